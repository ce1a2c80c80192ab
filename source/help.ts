/**
 * The text of `acr-wizard --help`, from the tables of flags.ts, cut to the terminal's width: each
 * description in its column, going on under itself at its spaces, never where the terminal would
 * cut it (inside a word, at column 0).
 */
import {commandTable, flagOption, flagTable, type CommandName, type FlagName, type FlagRow, type Group, type Text} from './flags.js';
import {messages} from './messages/catalog.js';
import {displayWidth, padEndColumns} from './output/width.js';
import {wrapProse} from './output/wrap.js';

/** The width the help is cut to where no terminal gives its own (written to a file or a pipe). */
export const helpColumns = 80;

/** The narrowest a description column may be: on a terminal narrower than that, a description goes under its head. */
const narrowest = 24;

/** The column the commands' descriptions start in. */
const usageColumn = 36;

/** What a description holds that is pasted whole (a quoted example, not an apostrophe; a cron schedule): never cut, where it fits the column. */
const pasted = /(?<!\w)'[^']+'(?!\w)|(?:[\d*/,-]+ ){4}[\d*/,-]+/g;

/** `describe` cut to `width` columns, a quoted example or a schedule in it kept whole when it fits. */
function described(describe: string, width: number): string[] {
	const keep = (describe.match(pasted) ?? []).filter((span) => displayWidth(span) <= width);
	return wrapProse(describe, width, keep);
}

/** `head`, then `describe` from column `at` on, going on under itself; on the next line when the head reaches the column. */
function columnRow(head: string, describe: string, at: number, columns: number): string[] {
	if (columns - at < narrowest) {
		const under = ' '.repeat(8);
		return [head, ...described(describe, Math.max(narrowest, columns - under.length)).map((line) => under + line)];
	}
	const pad = ' '.repeat(at);
	const lines = described(describe, columns - at).map((line) => pad + line);
	if (displayWidth(head) >= at) return [head, ...lines];
	return lines.map((line, index) => (index === 0 ? padEndColumns(head, at) + line.slice(at) : line));
}

/** A paragraph `indent` columns in. */
function paragraph(text: string, indent: number, columns: number): string[] {
	const pad = ' '.repeat(indent);
	return wrapProse(text, Math.max(narrowest, columns - indent)).map((line) => pad + line);
}

/** One help row per flag of `group`: `--name <value>   what it does` plus its values, the descriptions in one column. */
function helpRows(group: Group, text: Text, columns: number): string[] {
	const rows = (Object.keys(flagTable) as FlagName[])
		.filter((name) => flagTable[name].group === group)
		.map((name) => {
			const row: FlagRow = flagTable[name];
			const option = row.negated ? `--no-${flagOption(name).slice(2)}` : flagOption(name);
			const head = `${option}${row.shortFlag ? `, -${row.shortFlag}` : ''}${row.placeholder ? ` ${row.placeholder}` : ''}`;
			const values = row.values ? `${row.values.join(' | ')}: ` : '';
			return [`    ${head}`, `${values}${row.describe(text)}`] as const;
		});
	const at = Math.max(...rows.map(([head]) => displayWidth(head))) + 3;
	return rows.flatMap(([head, describe]) => columnRow(head, describe, at, columns));
}

/** The text of `acr-wizard --help`, from the tables, for a terminal `columns` wide. */
export function helpText(columns: number = helpColumns): string {
	const text = messages().flags;
	const commands = (Object.keys(commandTable) as CommandName[]).filter((name) => name !== 'wizard');
	const rows: ReadonlyArray<readonly [string, string]> = [
		[commandTable.wizard.usage, commandTable.wizard.describe(text)],
		['--demo', text.commands.demo],
		...commands.map((name) => [commandTable[name].usage, commandTable[name].describe(text)] as const),
	];
	// A usage too long for its column (`doctor [--pod P | --deployment D]`) has its text on the next line, in the column.
	const usage = rows.flatMap(([words, describe]) => columnRow(`    $ acr-wizard ${words}`, describe, usageColumn, columns));
	const groups = Object.keys(text.groups) as Group[];
	return [
		'',
		...paragraph(text.description, 2, columns),
		'',
		`  ${text.usageTitle}`,
		...usage,
		...groups.flatMap((group) => ['', `  ${text.groups[group]}`, ...helpRows(group, text, columns)]),
		'',
		`  ${text.exitCodesTitle}`,
		...paragraph(text.exitCodes, 4, columns),
		'',
		`  ${text.keysTitle}`,
		...paragraph(text.keys, 4, columns),
		'',
	].join('\n');
}
