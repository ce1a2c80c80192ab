/**
 * The question asked under the live pods table when they cannot pull: fix it now, keep
 * watching, or leave. It is withdrawn (not left dangling) when the pods recover first.
 */
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import {applyPlan, type Plan} from '../../wizard/engine.js';
import {GoBack, PromptRequiredError, WizardError} from '../../wizard/errors.js';
import type {SelectSpec} from '../../wizard/prompter.js';
import type {Diagnosis, DiagnosisKind} from '../../diagnosis/classify.js';
import type {PodWatch} from './pod-watch.js';

/** What was last asked about: the cause, the failed pulls seen then, how often, and whether its fix was run. */
export type Asked = {readonly kind: DiagnosisKind; readonly failedPulls: number; readonly count: number; readonly fixTried: boolean};

/** Re-asks of the same cause, answered by default with "keep watching", before the default becomes "leave". */
const patientAsks = 3;

/** The answer a non-interactive run takes: the fix once, then watch a few times, then leave. */
function defaultAnswer(fix: Plan | undefined, asked: Asked | undefined, kind: DiagnosisKind): string {
	const same = asked?.kind === kind ? asked : undefined;
	if (fix && !same?.fixTried) return 'fix';
	return (same?.count ?? 0) < patientAsks ? 'watch' : 'leave';
}

/** The plans a question can offer: the fix for the cause, and a restart of the pods (Deployments only). */
export type Remedies = {readonly fix?: Plan; readonly restart?: Plan};

/** The question for a diagnosis: fix (when a plan can), keep watching, restart (when it can), leave. */
export function diagnosisQuestion(diagnosis: Diagnosis, remedies: Remedies, asked: Asked | undefined): SelectSpec {
	const text = messages().deploy.question;
	const {fix, restart} = remedies;
	const again = asked?.kind === diagnosis.kind;
	const fixChoice = fix
		? [{value: 'fix', label: again && asked.fixTried ? text.fixAgain : text.fix, hint: fix.actions.map((action) => action.command).join(' && ')}]
		: [];
	const restartChoice = restart ? [{value: 'restart', label: text.restart, hint: text.restartHint}] : [];
	return {
		id: 'deploy-diagnosis',
		message: again ? text.again : diagnosis.kind === 'pods-refused' ? text.refused : text.message,
		choices: [
			...fixChoice,
			{value: 'watch', label: text.watch, hint: text.watchHint},
			...restartChoice,
			{value: 'leave', label: text.leave, hint: text.leaveHint},
		],
		default: defaultAnswer(fix, asked, diagnosis.kind),
	};
}

type Settled = {readonly answer: string} | {readonly error: unknown};

/**
 * Asks while the watch goes on. Resolves with the answer, or undefined when the question was
 * withdrawn because the pods recovered, the watch failed or the cause changed first.
 */
export async function askWhileWatching(context: Context, watch: PodWatch, spec: SelectSpec, kind: DiagnosisKind): Promise<string | undefined> {
	const withdraw = new AbortController();
	// Never rejects, so the losing side of the race is never an unhandled rejection.
	const answered = context.prompter.select({...spec, signal: withdraw.signal}).then(
		(answer): Settled => ({answer}),
		(error: unknown): Settled => ({error}),
	);
	const overtaken = watch
		.until((state) => state.running || state.failure !== undefined || state.diagnosis?.kind !== kind, withdraw.signal)
		.then(() => undefined);
	try {
		const first = await Promise.race([answered, overtaken]);
		if (!first) return undefined;
		if ('answer' in first) return first.answer;
		throw first.error;
	} finally {
		// Withdraws the question if it is still pending, and releases the waiter if it is not.
		withdraw.abort();
	}
}

/** Runs a remedy plan (its own confirmation): `true` once applied; back or a failure (shown, journaled) gives `false`. */
export async function applyRemedy(context: Context, remedy: Plan, appliedLine: string): Promise<boolean> {
	const {actions} = context.store.getState();
	try {
		const applied = (await applyPlan(remedy, context, {retry: false})) === 'applied';
		if (applied) actions.setActivity(appliedLine);
		return applied;
	} catch (error: unknown) {
		// The engine already journaled the failure and put it in the store; the question comes back.
		if (error instanceof PromptRequiredError || !(error instanceof GoBack || error instanceof WizardError)) throw error;
		return false;
	} finally {
		actions.show('pods');
	}
}
