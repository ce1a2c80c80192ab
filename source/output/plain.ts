/**
 * The renderer for runs without a terminal (--yes in CI, pipes): one line per change, from
 * the same store the Ink screens read.
 */
import {messages} from '../messages/catalog.js';
import {originalWords} from './original-words.js';
import {plainStopLines, stopLines} from './stop-lines.js';
import {commandLineStarts} from './wrap.js';
import {watchCommand} from '../wizard/journal.js';
import type {WizardState, WizardStore} from '../wizard/store.js';
import type {PlannedAction, PlanView} from '../wizard/types.js';
import {powerShellOf} from '../commands/powershell.js';

type Write = (line: string) => void;

/** `verbose`: also the full cause of an error (--verbose). */
export type PlainOptions = {readonly verbose?: boolean};

/** Lines that `next` adds over `previous`: notices, finished checks, journal entries, errors, a cancel. */
export function plainLines(previous: WizardState, next: WizardState, options: PlainOptions = {}): string[] {
	const mark = messages().common.status;
	const lines: string[] = [];
	// As the welcome screen does: where the sandbox answers, and how to watch it with kubectl.
	const environment = next.environment;
	if (environment.sandbox && environment.ready && !previous.environment.ready) {
		lines.push(messages().common.welcome.sandbox(environment.armEndpoint));
		if (environment.azureCloud !== undefined && environment.azureCloud !== 'AzureCloud') {
			lines.push(messages().common.welcome.sandboxPlays(environment.azureCloud, environment.acrSuffix ?? ''));
		}
	}
	// Once the welcome has read which context the run starts from.
	if (environment.sandbox && environment.kubeconfigPath && environment.watch && !previous.environment.watch)
		lines.push(messages().common.welcome.sandboxWatch(environment.kubeconfigPath, environment.watch.context));
	for (const notice of next.notices.slice(previous.notices.length)) lines.push(notice);
	for (const check of next.checks) {
		const before = previous.checks.find((item) => item.id === check.id);
		if (check.status === 'running' || check.status === 'pending' || before?.status === check.status) continue;
		lines.push(`(${mark[check.status]}) ${check.title}${check.summary ? `: ${check.summary}` : ''}${check.reason ? ` — ${check.reason}` : ''}`);
		if (check.fix) lines.push(`    ${messages().common.fix} ${check.fix}`);
	}
	for (const plan of next.planned.slice(previous.planned.length)) lines.push(...plannedLines(plan, next.commandStyle));
	for (const entry of next.journal.slice(previous.journal.length)) {
		const status = entry.outcome === 'done' ? 'ok' : entry.outcome === 'unchanged' ? 'skipped' : 'fail';
		lines.push(`(${mark[status]}) ${entry.sentence}`);
		lines.push(...commandLines(shownCommand(entry, next.commandStyle)));
	}
	if (next.error && next.error !== previous.error) {
		lines.push(`(${mark.fail}) ${next.error.message}${next.error.code ? ` ${messages().common.code(next.error.code)}` : ''}`);
		if (next.error.suggestion) lines.push(`    ${messages().common.fix} ${next.error.suggestion}`);
		// --verbose: the full cause, as the error panel shows it (in a translation, Azure's own words anyway).
		lines.push(...originalWords(next.error.detail, options.verbose ?? false).map((line) => `    ${line}`));
	}
	for (const pod of next.pods) {
		const before = previous.pods.find((item) => item.name === pod.name);
		if (before?.status === pod.status && before.ready === pod.ready) continue;
		lines.push(messages().deploy.screen.podLine(pod.name, pod.ready, pod.status));
	}
	if (next.activity && next.activity !== previous.activity) lines.push(next.activity);
	if (next.finished && !previous.finished) lines.push(...watchLines(next), ...plainStopLines(stopLines(next.finished, next.record)), ...dryRunEnd(next));
	return lines;
}

/** The command an action shows in the style asked for (`--commands powershell`): its Az form, else its own as PowerShell runs it. */
function shownCommand(action: Pick<PlannedAction, 'command' | 'powershell'>, style: WizardState['commandStyle']): string {
	return style === 'powershell' ? (action.powershell ?? powerShellOf(action.command)) : action.command;
}

/** A command under its action: `    $ ` before each command it holds, its continuation lines six columns in. */
function commandLines(command: string): string[] {
	const starts = commandLineStarts(command);
	return command.split('\n').map((line, index) => `${starts[index] === true ? '    $ ' : '      '}${line}`);
}

/** As the summary screen does: how to watch the deployed pods from another terminal, once the run is over. */
function watchLines(state: WizardState): string[] {
	const command = state.dryRun ? undefined : watchCommand(state);
	return command ? [messages().deploy.summary.watch, `    $ ${command}`] : [];
}

/** A plan a dry run built: its title, then each action with its command and API call. */
export function plannedLines(plan: PlanView, style?: WizardState['commandStyle']): string[] {
	const text = messages().record.dryRun;
	const mark = messages().common.status;
	return [
		text.plan(plan.title),
		...plan.actions.flatMap((action) => [`(${mark.skipped}) ${action.sentence}`, ...commandLines(shownCommand(action, style)), `    ${text.api(action.call)}`]),
	];
}

/** The last line of a dry run that went through: how much it would change. */
function dryRunEnd(state: WizardState): string[] {
	if (!state.dryRun || state.finished?.exitCode !== 0) return [];
	const actions = state.planned.reduce((sum, plan) => sum + plan.actions.length, 0);
	return [actions === 0 ? messages().record.dryRun.nothing : messages().record.dryRun.done(actions, state.planned.length)];
}

/**
 * Subscribes to the store and writes each new line; returns the unsubscribe function. A line
 * the same as the one just written is not repeated (a step that says a thing both as its
 * activity and as a notice, such as "nothing to detach", prints it once).
 */
export function renderPlain(store: WizardStore, write: Write, options: PlainOptions = {}): () => void {
	let last: string | undefined;
	return store.subscribe((next, previous) => {
		for (const line of plainLines(previous, next, options)) {
			if (line === last) continue;
			last = line;
			write(line);
		}
	});
}
