/**
 * Verify before deploying: once the pull role is granted, check that the kubelet identity can really pull (the
 * registry's token exchange for it, as canipull does on a node; where the wizard cannot act as that identity, the
 * role assignment being visible), every 3 s for up to 45 s as vscode-aks-tools does, with the wait on the activity
 * line. On timeout the sample is deployed anyway, with a warning naming the cause and the check command.
 */
import type {ManagedCluster, Registry} from '../../azure/azure.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import {checkAcrCommand} from '../../commands/az.js';
import {existingPullGrant} from '../shared/pull-roles.js';
import {sampleImage} from '../shared/sample-image.js';

export const verifyIntervalMs = 3000;
export const verifyBudgetMs = 45_000;

/** One look: can the kubelet pull the sample's repository now? With how it was seen. */
async function lookOnce(context: Context, registry: Registry, principalId: string): Promise<{ok: boolean; by: 'exchange' | 'assignment'; code?: string}> {
	const repository = sampleImage.repository;
	const exchanged = await context.azure.checkIdentityPull(registry.loginServer, repository, principalId).catch(() => undefined);
	if (exchanged) return {ok: exchanged.canPull, by: 'exchange', ...(exchanged.code ? {code: exchanged.code} : {})};
	const grant = await existingPullGrant(context.azure, registry.id, principalId, registry.roleAssignmentMode).catch(() => undefined);
	return {ok: grant !== undefined, by: 'assignment'};
}

/** Waits until the kubelet identity can pull, or the budget is spent; says which, and never throws for a slow grant. */
export async function verifyPull(
	context: Context,
	cluster: ManagedCluster,
	registry: Registry,
	principalId: string,
): Promise<'verified' | 'timed-out' | 'planned'> {
	// A dry run granted nothing: there is nothing to wait for.
	if (context.store.getState().dryRun) return 'planned';
	const text = messages().attach.verify;
	const {setActivity, notice, report} = context.store.getState().actions;
	const started = context.clock.now().getTime();
	try {
		for (;;) {
			const look = await lookOnce(context, registry, principalId);
			const elapsed = context.clock.now().getTime() - started;
			if (look.ok) {
				notice(look.by === 'exchange' ? text.verified(Math.round(elapsed / 1000)) : text.visible);
				return 'verified';
			}
			if (elapsed >= verifyBudgetMs) {
				// A warning the screen must show too (a plain notice reaches only the plain output): the pods may fail at first.
				report(text.timedOut(verifyBudgetMs / 1000, look.code, checkAcrCommand(cluster, registry.loginServer, context.defaultSubscriptionId)));
				return 'timed-out';
			}
			setActivity(text.waiting(Math.round(elapsed / 1000)));
			await context.clock.sleep(verifyIntervalMs);
		}
	} finally {
		setActivity(undefined);
	}
}
