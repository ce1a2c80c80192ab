/**
 * The AKS paths. Attach: pick the cluster, grant AcrPull to its kubelet identity (a plan; stops
 * first when the caller cannot assign roles), then deploy the sample and watch it. Detach: pick the
 * cluster, remove the AcrPull grant.
 */
import type {ManagedCluster, Registry} from '../../azure/azure.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import {applyPlan, type Step} from '../../wizard/engine.js';
import {WizardError} from '../../wizard/errors.js';
import {planDetach} from './detach.js';
import {attachFacts, attachPlan, ensureCanAssign} from './grant-pull.js';
import {pickClusterStep} from './pick-cluster.js';
import {deploySample} from './sample-deployment.js';
import {verifyPull} from './verify-pull.js';
import {attachRoleName} from '../shared/pull-roles.js';
import {ensureAssignRights} from './assign-rights.js';
import {cannotAttachNew, createClusterPlan} from './create-cluster.js';
import {newClusterId, newClusterSlot, type NewClusterSpec} from './new-cluster.js';

/** The registry and cluster chosen so far; fails plainly when one is missing. */
async function chosen(context: Context): Promise<{registry: Registry; cluster: ManagedCluster}> {
	const text = messages().attach;
	const {registry, target} = context.store.getState();
	if (!registry) throw new WizardError(text.noRegistry, {suggestion: text.noRegistryFix});
	if (!target.clusterId) throw new WizardError(text.cluster.notChosen, {suggestion: text.cluster.notFoundFix});
	const cluster = await context.azure.getManagedCluster(target.clusterId).catch((error: unknown) => {
		throw context.explain(error);
	});
	return {registry, cluster};
}

/** The pull role verify gave up waiting for, when it did: the pods' refusals are then the delay. */
function pendingRole(verified: Awaited<ReturnType<typeof verifyPull>> | undefined, registry: Registry): string | undefined {
	return verified === 'timed-out' ? attachRoleName(registry) : undefined;
}

/** A new cluster: stop before anything is made when the caller cannot grant the pull role; then create, attach and deploy. */
async function createAttachAndDeploy(context: Context, spec: NewClusterSpec): Promise<'back' | undefined> {
	const {registry} = context.store.getState();
	if (!registry) throw new WizardError(messages().attach.noRegistry, {suggestion: messages().attach.noRegistryFix});
	const slot = context.memory.get(newClusterSlot);
	// Through --pull-group no role is assigned (the group holds it): only the group's membership changes.
	if (!spec.pullGroup) await ensureAssignRights(context, registry.id, () => cannotAttachNew(context, spec, registry));
	const plan = createClusterPlan(context, spec, registry, (made) => (slot.cluster = made));
	if ((await applyPlan(plan, context)) === 'back') return 'back';
	const cluster = slot.cluster ?? (await context.azure.getManagedCluster(newClusterId(spec)));
	const verified = cluster.kubeletIdentity ? await verifyPull(context, cluster, registry, cluster.kubeletIdentity.objectId) : undefined;
	await deploySample(context, cluster, registry, undefined, pendingRole(verified, registry));
	return undefined;
}

/** Grant, then the sample, as one step: going back from either returns to the cluster question. */
const attachStep: Step<Context> = {
	async run(context) {
		const spec = context.memory.get(newClusterSlot).spec;
		if (spec) return createAttachAndDeploy(context, spec);
		const {registry, cluster} = await chosen(context);
		const facts = await attachFacts(context, cluster, registry);
		await ensureCanAssign(context, facts);
		// The kubelet identity already holds a pull role (a cluster chosen again, or granted before): nothing to confirm.
		if (facts.existing) context.store.getState().actions.report(messages().attach.grant.nothingToDo(cluster.name, facts.existing.role, registry.name));
		if ((await applyPlan(attachPlan(context, facts), context, facts.existing ? {confirm: false} : {})) === 'back') return 'back';
		const verified = await verifyPull(context, cluster, registry, facts.principal.objectId);
		await deploySample(context, cluster, registry, facts, pendingRole(verified, registry));
	},
};

const detachStep: Step<Context> = {
	async run(context) {
		const {registry, cluster} = await chosen(context);
		const plan = await planDetach(context, cluster, registry);
		return plan ? applyPlan(plan, context) : undefined;
	},
};

/** The attach path: cluster, then AcrPull for its kubelet identity and the sample deployment. */
export const attachSteps: ReadonlyArray<Step<Context>> = [pickClusterStep, attachStep];

/** The detach path: cluster, then removing its kubelet identity's AcrPull on the registry. */
export const detachSteps: ReadonlyArray<Step<Context>> = [pickClusterStep, detachStep];
