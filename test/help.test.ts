/** The text of --help: every flag of the table, cut to the terminal's width in each language. */
import {afterEach, describe, expect, test} from 'vitest';
import {flagOption, flagTable, type FlagName} from '../source/flags.js';
import {helpText} from '../source/help.js';
import {loadLanguage, setLanguage} from '../source/messages/catalog.js';
import type {LanguageTag} from '../source/messages/tags.js';
import {displayWidth} from '../source/output/width.js';

afterEach(() => setLanguage('en'));

const languages: readonly LanguageTag[] = ['en', 'fr', 'nl', 'zh-CN'];

test('the help lists every flag of the table, and the values of the fixed-value ones', () => {
	// Wide enough that no description is cut: the values read as one list.
	const help = helpText(400);
	// A switch that is on unless turned off is listed by its --no- form (--no-color).
	for (const name of Object.keys(flagTable) as FlagName[])
		expect(help).toContain('negated' in flagTable[name] ? `--no-${flagOption(name).slice(2)}` : flagOption(name));
	expect(help).toContain('attach | pull-secret | detach | connected-registry');
	expect(help).toContain('Basic | Standard | Premium');
	expect(help).toContain('ReadOnly | ReadWrite');
	expect(help).toMatch(/Sandbox \(with --demo\)\n\s+--pace/);
});

describe.each(languages)('in %s', (tag) => {
	test.each([60, 80, 120])('at %i columns no line of the help is wider than the terminal, and no word is cut', async (columns) => {
		await loadLanguage(tag);
		setLanguage(tag);
		const help = helpText(columns);
		const wide = helpText(1000);
		for (const line of help.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
		// The same words as the help that needs no cut, in the same order: only spaces and line ends differ (none in Chinese).
		const words = (text: string) => text.split(/\s+/).filter((word) => word !== '');
		if (tag === 'zh-CN') expect(help.replace(/\s+/g, '')).toBe(wide.replace(/\s+/g, ''));
		else expect(words(help)).toEqual(words(wide));
	});
});

test('a description goes on under itself, in the column it starts in', () => {
	const lines = helpText(80).split('\n');
	const at = lines.findIndex((line) => line.startsWith('    --json '));
	const column = (lines[at] ?? '').indexOf('one JSON document');
	expect(column).toBeGreaterThan(20);
	expect(lines[at + 1]?.slice(0, column).trim()).toBe('');
	expect(lines[at + 1]?.[column]).not.toBe(' ');
});

test('on a terminal too narrow for the column, each description goes under its flag, eight columns in', () => {
	const lines = helpText(50).split('\n');
	const at = lines.indexOf('    --yes, -y');
	expect(at).toBeGreaterThan(0);
	expect(lines[at + 1]).toMatch(/^ {8}do not ask/);
});

test('a value list is never cut before its bar, and a cron schedule or a quoted example that fits is whole', () => {
	const help = helpText(80);
	for (const line of help.split('\n')) expect(line).not.toMatch(/^\s*\|/);
	expect(help).toContain('* * * * *');
	expect(helpText(120)).toContain("'drop-after POST /v1.0/applications$; throttle(2)@kube GET /pods$ x3'");
});
