/**
 * The prerequisites step: every check runs at once, each row turns ok / warn / fail with a
 * reason and the exact fix; then the user goes on, re-runs, changes subscription, registers
 * the missing providers (a plan), or quits.
 */
import {providerRegisterCommand} from '../commands/az.js';
import {messages} from '../messages/catalog.js';
import {applyPlan, type Action, type Step} from '../wizard/engine.js';
import type {Context} from '../wizard/context.js';
import {Cancelled, GoBack, WizardError} from '../wizard/errors.js';
import type {CheckId, CheckResult} from '../wizard/types.js';
import {checkCredential, checkProviders, checkRoleAssignments, failedCheck, ofTenant, pickSubscription, providers} from './prerequisites/azure-checks.js';
import {checkFlagTargets} from './check-flag-targets.js';
import {readTargetAhead} from './pull-secret/target.js';
import {readRegistryStepAhead} from './registry/read-ahead.js';
import {checkKubeconfig} from './prerequisites/kube-checks.js';
import {azCheck, checkKubectl, probeTools} from './prerequisites/tool-checks.js';

const order: readonly CheckId[] = ['az', 'kubectl', 'credential', 'subscriptions', 'role-assignments', 'providers', 'kubeconfig'];

/** The providers the run needs (the Arc ones only for the connected registry path). */
function neededProviders(context: Context): string[] {
	return context.flags.method === 'connected-registry' ? [...providers.base, ...providers.arc] : [...providers.base];
}

/** The checks that depend on the chosen subscription. */
async function subscriptionChecks(context: Context, subscriptionId: string): Promise<string[]> {
	const {store, azure, explain} = context;
	const update = store.getState().actions.updateCheck;
	update('role-assignments', {status: 'running'});
	update('providers', {status: 'running'});
	const [, found] = await Promise.all([
		checkRoleAssignments(azure, subscriptionId, explain).then((outcome) => update('role-assignments', outcome)),
		checkProviders(azure, subscriptionId, neededProviders(context)).then(
			(result) => (update('providers', result.outcome), result),
			(error: unknown) => (update('providers', {status: 'warn', reason: explain(error).message}), {missing: []}),
		),
	]);
	return found.missing;
}

/** The Azure chain: sign-in, then subscriptions, then the subscription's checks. */
async function azureChecks(context: Context, wantedSubscription?: string): Promise<string[]> {
	const {store, azure, explain} = context;
	const {updateCheck: update, setIdentity, setSubscriptions, chooseSubscription} = store.getState().actions;
	const signingIn = checkCredential(azure, explain, context.cloud.azureCloud);
	// Listed while the sign-in is checked (both wait on the same first token); used only once it is known to work. A
	// failed listing says why (throttled, offline…) with its code, not that the account sees no subscription.
	const listing = azure.listSubscriptions().catch((error: unknown) => explain(error));
	const credential = await signingIn;
	update('credential', credential.outcome);
	setIdentity(credential.identity);
	const skip = {status: 'skipped', reason: undefined} as const;
	if (!credential.identity) {
		for (const id of ['subscriptions', 'role-assignments', 'providers'] as const) update(id, skip);
		return [];
	}
	const subscriptions = await listing;
	if (subscriptions instanceof WizardError) {
		update('subscriptions', failedCheck(subscriptions));
		for (const id of ['role-assignments', 'providers'] as const) update(id, skip);
		return [];
	}
	// --tenant: only that tenant's subscriptions are offered (az login --tenant does the same).
	setSubscriptions(ofTenant(subscriptions, context.flags.tenant));
	const picked = pickSubscription(subscriptions, wantedSubscription ?? context.flags.subscription, context.defaultSubscriptionId, context.flags.tenant);
	update('subscriptions', picked.outcome);
	if (!picked.subscription) {
		for (const id of ['role-assignments', 'providers'] as const) update(id, skip);
		return [];
	}
	chooseSubscription(picked.subscription);
	// Under --yes, the registry step's reads go out beside the subscription's checks.
	readRegistryStepAhead(context, picked.subscription.id);
	return subscriptionChecks(context, picked.subscription.id);
}

/**
 * Whether the path may use the kubeconfig: not when --method attach says it reaches AKS with the cluster's own
 * credentials, read from Azure into memory. Its check is then not made: it would load the Kubernetes client and call
 * a cluster the run never uses, on the way to the first change.
 */
function usesKubeconfig(method: Context['flags']['method']): boolean {
	return method !== 'attach';
}

/** Runs every check in parallel; resolves with the providers still to register. */
export async function runChecks(context: Context, wantedSubscription?: string): Promise<string[]> {
	const {store, exec, kubernetes, kubeconfig} = context;
	const titles = messages().prerequisites.checks;
	const rows: CheckResult[] = order.map((id) => ({id, title: titles[id], status: 'running'}));
	store.getState().actions.resetChecks(rows);
	const update = store.getState().actions.updateCheck;
	const probe = probeTools(context);
	const text = messages().prerequisites;
	const [missing] = await Promise.all([
		azureChecks(context, wantedSubscription),
		probe.az ? azCheck(context).then((outcome) => update('az', outcome)) : update('az', {status: 'skipped', reason: text.az.notProbed}),
		probe.kubectl ? checkKubectl(exec).then((outcome) => update('kubectl', outcome)) : update('kubectl', {status: 'skipped', reason: text.kubectl.notProbed}),
		usesKubeconfig(context.flags.method)
			? checkKubeconfig(kubernetes, kubeconfig).then((outcome) => update('kubeconfig', outcome))
			: update('kubeconfig', {status: 'skipped', reason: text.kubeconfig.notNeeded('--method attach')}),
	]);
	return missing;
}

/** How often, and how long, a registration is followed until it is `Registered` (as `az provider register --wait`). */
export const registration = {pollMs: 5000, timeoutMs: 5 * 60_000} as const;

/** Registers one provider and waits until Azure says `Registered` (or the wait runs out). */
async function registerAndWait(context: Context, subscriptionId: string, name: string): Promise<string> {
	const {azure, clock, store} = context;
	let state = await azure.registerProvider(subscriptionId, name);
	for (let waited = 0; state !== 'Registered' && waited < registration.timeoutMs; waited += registration.pollMs) {
		store.getState().actions.setProgress(`register-${name}`, 'running', messages().prerequisites.providers.waiting(name, state));
		await clock.sleep(registration.pollMs);
		state = await azure.providerState(subscriptionId, name);
	}
	return state;
}

/** A plan that registers the missing resource providers. */
export function registerProvidersPlan(context: Context, subscriptionId: string, missing: readonly string[]) {
	const text = messages().prerequisites.providers;
	const actions: Action[] = missing.map((name) => ({
		id: `register-${name}`,
		sentence: text.registerSentence(name),
		command: providerRegisterCommand(name, subscriptionId),
		call: `POST /subscriptions/${subscriptionId}/providers/${name}/register`,
		run: async () => ({outcome: 'done', detail: await registerAndWait(context, subscriptionId, name)}),
	}));
	return {stepId: 'providers', title: text.planTitle, actions};
}

/** Runs the register plan; a refusal or a failure (shown with its fix) brings the summary question back. */
async function registerMissing(context: Context, subscriptionId: string, missing: string[]): Promise<string[]> {
	try {
		if ((await applyPlan(registerProvidersPlan(context, subscriptionId, missing), context, {retry: false})) === 'applied')
			return await subscriptionChecks(context, subscriptionId);
		return missing;
	} catch (error: unknown) {
		if (error instanceof GoBack || error instanceof WizardError) return missing;
		throw error;
	} finally {
		context.store.getState().actions.show('prerequisites');
	}
}

/** Why a non-interactive run stops at the checks: which failed, and the first one's fix (each fix is on its own line above). */
function failedChecksError(checks: readonly CheckResult[]): WizardError {
	const text = messages().prerequisites.summary;
	const failed = checks.filter((check) => check.status === 'fail');
	return new WizardError(text.failedNonInteractive(failed.map((check) => check.title)), {
		suggestion: failed.find((check) => check.fix)?.fix ?? text.failedNonInteractiveFix,
	});
}

/** The summary question after the checks; loops until the user goes on or quits. */
async function summaryLoop(context: Context, missingAtStart: string[]): Promise<void> {
	const {store, prompter} = context;
	const text = messages().prerequisites.summary;
	let missing = missingAtStart;
	for (;;) {
		const state = store.getState();
		const failures = state.checks.filter((check) => check.status === 'fail').length;
		const choices = [
			{value: 'go-on', label: text.goOn, disabled: failures > 0},
			{value: 'rerun', label: text.rerun},
			...(missing.length > 0 && state.subscription ? [{value: 'register', label: text.register}] : []),
			...(state.subscriptions.length > 1 ? [{value: 'subscription', label: text.subscription}] : []),
			{value: 'quit', label: text.quit},
		];
		// A run that cannot ask never re-runs the same failing checks for ever: it stops with the first failure's fix.
		if (failures > 0 && context.flags.yes) throw failedChecksError(state.checks);
		const answer = await prompter.select({id: 'prerequisites-next', message: text.question, choices, default: failures > 0 ? 'rerun' : 'go-on'});
		if (answer === 'go-on') return;
		if (answer === 'quit') throw new Cancelled();
		store.getState().actions.show('prerequisites');
		// A new attempt starts clean: an error from the last one no longer applies.
		store.getState().actions.fail(undefined);
		if (answer === 'rerun') missing = await runChecks(context, state.subscription?.id);
		if (answer === 'subscription') missing = await changeSubscription(context);
		if (answer === 'register' && state.subscription) missing = await registerMissing(context, state.subscription.id, missing);
	}
}

/** Asks for another subscription and re-runs the checks that depend on it. */
async function changeSubscription(context: Context): Promise<string[]> {
	const {store, prompter} = context;
	const state = store.getState();
	const manyTenants = new Set(state.subscriptions.map((item) => item.tenantId)).size > 1;
	const id = await prompter.select({
		id: 'subscription',
		message: messages().prerequisites.subscriptions.question,
		flag: '--subscription',
		// Subscriptions of several tenants (guest accounts): each says its tenant, which its tokens are then asked for.
		choices: state.subscriptions.map((item) => ({
			value: item.id,
			label: item.name,
			hint: manyTenants ? messages().prerequisites.subscriptions.tenantHint(item.id, item.tenantId) : item.id,
		})),
		default: state.subscription?.id,
	});
	const subscription = state.subscriptions.find((item) => item.id === id);
	if (subscription) {
		store.getState().actions.chooseSubscription(subscription);
		store.getState().actions.updateCheck('subscriptions', {
			status: 'ok',
			summary: messages().prerequisites.subscriptions.chosen(subscription.name, subscription.id, state.subscriptions.length),
		});
	}
	return subscriptionChecks(context, id);
}

export const checkPrerequisites: Step<Context> = {
	async run(context) {
		context.store.getState().actions.show('prerequisites');
		// Back here from a later step (Esc): the subscription picked before is kept, not az's default again.
		const kept = context.store.getState().subscription;
		const missing = await runChecks(context, kept && ofTenant([kept], context.flags.tenant).length > 0 ? kept.id : undefined);
		await summaryLoop(context, missing);
		// Before the first change: a --context the kubeconfig does not have stops the run here.
		await checkFlagTargets(context);
		readTargetAhead(context);
	},
};
