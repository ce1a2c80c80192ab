/**
 * The seeds' sample on AKS: the cluster's user credentials (as `az aks get-credentials`, kept in
 * memory), then `nginx0-deployment` (2 replicas of `<loginServer>/nginx:v1`) deployed and watched;
 * a pull failure is offered the attach plan or the import as its fix.
 */
import type {ManagedCluster, Registry} from '../../azure/azure.js';
import type {InlineKubeconfig, Workload} from '../../kubernetes/kubernetes.js';
import {workloadYaml} from '../../kubernetes/manifests.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import {goesWithMade} from '../../wizard/journal.js';
import {applyPlan, type Plan} from '../../wizard/engine.js';
import {deployAndWatch} from '../deploy/deploy-and-watch.js';
import type {Diagnosis, DiagnosisFacts} from '../../diagnosis/classify.js';
import {remedyFor, type RemedyFacts} from '../../diagnosis/remedy.js';
import {importImagePlan, sampleImage, unprivilegedSample} from '../shared/sample-image.js';
import {getCredentialsCommand} from '../../commands/az.js';
import {importAksCredentialCommand} from '../../commands/powershell.js';
import {applyFileCommand} from '../../commands/kubectl.js';
import {attachFacts, attachPlan, type AttachFacts} from './grant-pull.js';

/** The seed's `acr-nginx.yaml` deployment for a registry's login server. */
export function sampleWorkload(loginServer: string): Workload {
	return {
		kind: 'Deployment',
		namespace: 'default',
		name: 'nginx0-deployment',
		labels: {app: 'nginx0-deployment'},
		podLabels: {app: 'nginx0'},
		replicas: 2,
		image: `${loginServer}/${sampleImage.image}`,
		containerName: 'nginx',
		containerPort: 80,
		imagePullSecrets: [],
	};
}

/** Fetches the user kubeconfig into memory, journaling the equivalent `az aks get-credentials` once. */
async function clusterCredentials(context: Context, cluster: ManagedCluster): Promise<InlineKubeconfig> {
	const text = messages().attach.deploy;
	let source: InlineKubeconfig | undefined;
	const plan: Plan = {
		stepId: 'attach-deploy',
		title: text.credentialsSentence(cluster.name),
		actions: [
			{
				id: `get-credentials-${cluster.name}`,
				sentence: text.credentialsSentence(cluster.name),
				command: getCredentialsCommand(cluster, context.defaultSubscriptionId),
				powershell: importAksCredentialCommand(cluster),
				// Credentials of a cluster this run created go with it.
				...goesWithMade(context.store.getState().journal, cluster.id),
				call: text.credentialsCall(cluster.id),
				run: async () => {
					source = await context.azure.getClusterUserSource(cluster.id);
					return {outcome: 'done', detail: text.credentialsDetail};
				},
			},
		],
	};
	// Reading credentials changes nothing, so it runs without a confirmation; the journal keeps the command.
	await applyPlan(plan, context, {confirm: false});
	if (source !== undefined) return source;
	// A dry run reads the credentials of a cluster that exists (to see its namespace); a cluster it would create has none yet.
	if (context.store.getState().dryRun) return context.azure.getClusterUserSource(cluster.id).catch((): InlineKubeconfig => ({kind: 'inline', yaml: ''}));
	return context.azure.getClusterUserSource(cluster.id);
}

/**
 * The fix offered for a diagnosis: the remedy is decided from the facts (`diagnosis/remedy.ts`): attach for a
 * refused pull, the import for the missing sample image; this path turns it into its plan.
 */
export function fixFor(
	context: Context,
	registry: Registry,
	facts: AttachFacts | undefined,
	pullGrantPending?: string,
): (diagnosis: Diagnosis) => Plan | undefined {
	const remedyFacts: RemedyFacts = {
		...(pullGrantPending === undefined ? {} : {pullGrantPending}),
		method: 'attach',
		pullHosts: [registry.loginServer],
		loginServer: registry.loginServer,
		registryName: registry.name,
		image: sampleWorkload(registry.loginServer).image,
		namespace: 'default',
		sampleImage: sampleImage.image,
	};
	return (diagnosis) => {
		const remedy = remedyFor(diagnosis, remedyFacts);
		// The grant seen before may be gone since (a detach): the fix always tries the assignment.
		if (remedy?.kind === 'grant-pull') return facts ? attachPlan(context, {...facts, existing: undefined}) : undefined;
		if (remedy?.kind === 'import-sample') return importImagePlan(context, registry, {stepId: 'attach-fix'});
		return undefined;
	};
}

/**
 * Deploys the sample to the cluster and watches it until it runs or the user leaves. `known`:
 * the attach facts the step already read, so the kubelet principal and its grants are not read twice;
 * `pullGrantPending`: the pull role verify gave up waiting for (a refusal is then diagnosed as the delay).
 */
export async function deploySample(
	context: Context,
	cluster: ManagedCluster,
	registry: Registry,
	known?: AttachFacts,
	pullGrantPending?: string,
): Promise<'running' | 'left' | 'planned'> {
	const facts = known ?? (await attachFacts(context, cluster, registry).catch(() => undefined));
	const kubeconfig = await clusterCredentials(context, cluster);
	const workload = sampleWorkload(registry.loginServer);
	// The context az aks get-credentials writes (and makes current) is named after the cluster: named in every kubectl
	// command, so each reaches this cluster whatever the user's current context is when pasted.
	const kubeContext = cluster.name;
	const diagnosisFacts: DiagnosisFacts = {
		method: 'attach',
		pullHosts: [registry.loginServer],
		loginServer: registry.loginServer,
		registryName: registry.name,
		registryId: registry.id,
		registrySubscriptionId: registry.subscriptionId,
		clusterSubscriptionId: cluster.subscriptionId,
		azDefaultSubscriptionId: context.defaultSubscriptionId,
		image: workload.image,
		kubeContext,
		namespace: workload.namespace,
		clusterName: cluster.name,
		resourceGroup: cluster.resourceGroup,
		...(pullGrantPending === undefined ? {} : {pullGrantPending}),
	};
	return deployAndWatch(context, {
		cluster: context.kubernetes.cluster(kubeconfig),
		workload,
		yaml: workloadYaml(workload),
		kubeContext,
		command: applyFileCommand('acr-nginx.yaml', kubeContext),
		target: {kind: 'aks', clusterId: cluster.id},
		facts: diagnosisFacts,
		fixFor: fixFor(context, registry, facts, pullGrantPending),
		compliantVariant: {
			image: `${registry.loginServer}/${unprivilegedSample.image}`,
			prepare: async () => void (await applyPlan(importImagePlan(context, registry, {source: 'unprivileged'}), context)),
		},
	});
}
