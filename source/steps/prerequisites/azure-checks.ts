/** The checks that ask Azure: who is signed in, which subscription, role permission, providers. */
import type {AzureAccount} from '../../azure/azure.js';
import {messages} from '../../messages/catalog.js';
import type {Explain} from '../../wizard/engine.js';
import type {WizardError} from '../../wizard/errors.js';
import type {CloudName} from '../../azure/clouds.js';
import {azSignInCommand} from '../../commands/cloud.js';
import type {CheckOutcome, Identity, SubscriptionView} from '../../wizard/types.js';

/** The resource providers every path needs, and the ones the connected registry path adds. */
export const providers = {
	base: ['Microsoft.ContainerRegistry', 'Microsoft.ContainerService'],
	arc: ['Microsoft.Kubernetes', 'Microsoft.KubernetesConfiguration', 'Microsoft.ExtendedLocation'],
} as const;

/** A check that Azure refused or could not answer: its reason in plain words with the original code, and the fix. */
export function failedCheck(explained: WizardError): CheckOutcome {
	const reason = explained.code ? `${explained.message} ${messages().common.code(explained.code)}` : explained.message;
	return {status: 'fail', reason, fix: explained.suggestion};
}

/** Signs in (az session first, then the environment) and says who; the fix signs az in to the cloud in use (`az cloud set` first in a sovereign one). */
export async function checkCredential(
	azure: AzureAccount,
	explain: Explain,
	cloud: CloudName = 'AzureCloud',
): Promise<{outcome: CheckOutcome; identity?: Identity}> {
	const text = messages().prerequisites.credential;
	try {
		const identity = await azure.signedInIdentity();
		return {outcome: {status: 'ok', summary: text.signedIn(identity.name)}, identity};
	} catch (error: unknown) {
		const explained = explain(error);
		return {outcome: {status: 'fail', reason: `${text.none} ${explained.code ? `(${explained.code})` : ''}`.trim(), fix: azSignInCommand(cloud)}};
	}
}

/** The subscriptions of `tenant` (all when none is given; the tenant by id, case-insensitively). */
export function ofTenant(subscriptions: readonly SubscriptionView[], tenant: string | undefined): readonly SubscriptionView[] {
	return tenant === undefined ? subscriptions : subscriptions.filter((item) => item.tenantId.toLowerCase() === tenant.toLowerCase());
}

/** Picks the subscription: the flag, else az's default, else the first one seen; only among `--tenant`'s when it is given. */
export function pickSubscription(
	all: readonly SubscriptionView[],
	wanted: string | undefined,
	azDefault: string | undefined,
	tenant?: string,
): {subscription?: SubscriptionView; outcome: CheckOutcome} {
	const text = messages().prerequisites.subscriptions;
	const subscriptions = ofTenant(all, tenant);
	if (tenant !== undefined && subscriptions.length === 0 && all.length > 0) {
		const tenants = [...new Set(all.map((item) => item.tenantId))];
		return {outcome: {status: 'fail', reason: text.tenantNone(tenant, tenants), fix: text.tenantNoneFix}};
	}
	if (subscriptions.length === 0) return {outcome: {status: 'fail', reason: text.none, fix: text.noneFix}};
	const byIdOrName = (key: string | undefined) =>
		key ? subscriptions.find((item) => item.id === key || item.name.toLowerCase() === key.toLowerCase()) : undefined;
	if (wanted && !byIdOrName(wanted)) {
		const elsewhere = tenant !== undefined && all.some((item) => item.id === wanted || item.name.toLowerCase() === wanted.toLowerCase());
		return {outcome: {status: 'fail', reason: elsewhere ? text.notInTenant(wanted, tenant) : text.unknownFlag(wanted), fix: text.unknownFlagFix}};
	}
	const subscription = byIdOrName(wanted) ?? byIdOrName(azDefault) ?? subscriptions[0];
	if (!subscription) return {outcome: {status: 'fail', reason: text.none, fix: text.noneFix}};
	return {subscription, outcome: {status: 'ok', summary: text.chosen(subscription.name, subscription.id, subscriptions.length)}};
}

/** Whether the caller may write role assignments on the subscription (a warning, not a failure). */
export async function checkRoleAssignments(azure: AzureAccount, subscriptionId: string, explain: Explain): Promise<CheckOutcome> {
	const text = messages().prerequisites.roles;
	try {
		const can = await azure.canWriteRoleAssignments(`/subscriptions/${subscriptionId}`);
		return can ? {status: 'ok', summary: text.ok} : {status: 'warn', reason: text.missing, fix: text.missingFix};
	} catch (error: unknown) {
		const explained = explain(error);
		return {status: 'warn', reason: `${text.unknown} ${explained.message}`};
	}
}

/** Which of the needed resource providers are not registered (one still registering needs no second request). */
export async function checkProviders(
	azure: AzureAccount,
	subscriptionId: string,
	needed: readonly string[],
): Promise<{outcome: CheckOutcome; missing: string[]}> {
	const text = messages().prerequisites.providers;
	const states = await Promise.all(needed.map(async (name) => ({name, state: await azure.providerState(subscriptionId, name)})));
	const registering = states.filter((item) => item.state === 'Registering').map((item) => item.name);
	const missing = states.filter((item) => item.state !== 'Registered' && item.state !== 'Registering').map((item) => item.name);
	if (missing.length > 0) return {outcome: {status: 'warn', reason: text.missing(missing), fix: text.missingFix(missing)}, missing};
	if (registering.length > 0) return {outcome: {status: 'warn', reason: text.registering(registering)}, missing};
	return {outcome: {status: 'ok', summary: text.ok(needed.length)}, missing};
}
