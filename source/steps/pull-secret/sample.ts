/**
 * Step 4 of the pull-secret path: the seeds' sample pod (`my-awesome-app-pod`) pulling
 * `<loginServer>/nginx:v1` with the pull secret, deployed and watched by the deploy step,
 * with this path's fixes offered when it cannot pull.
 */
import type {Registry} from '../../azure/azure.js';
import type {Workload} from '../../kubernetes/kubernetes.js';
import {workloadYaml} from '../../kubernetes/manifests.js';
import type {Context} from '../../wizard/context.js';
import type {Step} from '../../wizard/engine.js';
import {deployAndWatch} from '../deploy/deploy-and-watch.js';
import type {DiagnosisFacts} from '../../diagnosis/classify.js';
import {requireRegistry} from './credential.js';
import {importImagePlan, sampleImage, unprivilegedSample} from '../shared/sample-image.js';
import type {CompliantVariant} from '../deploy/pod-security.js';
import {applyPlan} from '../../wizard/engine.js';
import {parseImageRef} from '../../diagnosis/image-ref.js';
import {scopeMapAction} from './token.js';
import {fixFor, type FixInput} from './fixes.js';
import {holdsPullRole} from './roles.js';
import {defaultSecretName, namedContext, requireSession} from './secret.js';
import {applyFileCommand} from '../../commands/kubectl.js';
import {clusterOf, sessionOf, type PullCredential, type PullTarget} from './session.js';

/** The seeds' pod, pulling the sample from this registry with the secret. */
export function samplePod(registry: Registry, namespace: string, secretName: string): Workload {
	return {
		kind: 'Pod',
		namespace,
		name: 'my-awesome-app-pod',
		// The seeds' pod has no labels; the watch knows it by name.
		labels: {},
		image: `${registry.loginServer}/${sampleImage.image}`,
		containerName: 'main-app-container',
		imagePullPolicy: 'IfNotPresent',
		imagePullSecrets: [secretName],
	};
}

/** `kubectl apply -f my-awesome-app-pod.yaml`, naming the context when it is not the current one. */
export function applyCommand(target: PullTarget): string {
	return applyFileCommand('my-awesome-app-pod.yaml', namedContext(target));
}

/** What the diagnosis needs to word its explanation with the real names. */
function sampleFacts(context: Context, registry: Registry, target: PullTarget, workload: Workload, secretName: string): DiagnosisFacts {
	return {
		method: 'pull-secret',
		pullHosts: [registry.loginServer],
		loginServer: registry.loginServer,
		registryName: registry.name,
		registryId: registry.id,
		registrySubscriptionId: registry.subscriptionId,
		image: workload.image,
		namespace: workload.namespace,
		secretName,
		kubeContext: namedContext(target),
		azDefaultSubscriptionId: context.defaultSubscriptionId,
	};
}

/**
 * The pod for a namespace enforcing Pod Security "restricted": the non-root nginx, imported first; a
 * token's scope map gets that repository too, or the pod would be refused by the registry instead.
 */
function compliantVariant(context: Context, registry: Registry, credential: PullCredential, fixes: FixInput): CompliantVariant {
	const image = `${registry.loginServer}/${unprivilegedSample.image}`;
	return {
		image,
		prepare: async () => {
			const plan = importImagePlan(context, registry, {source: 'unprivileged'});
			const {token} = credential;
			const repository = parseImageRef(image).repository;
			const scope = token
				? [
						scopeMapAction(
							context,
							registry,
							{...token, repositories: [repository], access: 'pull'},
							{map: {id: '', name: token.scopeMapName, actions: []}},
							`variant-scope-map:${token.scopeMapName}:${repository}`,
						),
					]
				: [];
			await applyPlan({...plan, actions: [...plan.actions, ...scope]}, context);
			fixes.image = image;
		},
	};
}

/** Step 4: deploy the sample pod and watch it until it runs or the user leaves. */
export const deploySample: Step<Context> = {
	async run(context) {
		const registry = requireRegistry(context);
		const {target, credential} = requireSession(context);
		const secretName = sessionOf(context).secretName ?? defaultSecretName;
		const cluster = clusterOf(context, target.context);
		const workload = samplePod(registry, target.namespace, secretName);
		// Known before the pod runs, so a 401 can be told apart: no pull role, or a wrong password.
		// Unknown (the assignments cannot be read) counts as held: a 401 then offers a new password.
		const pullRoleHeld = credential.principal ? await holdsPullRole(context, registry, credential.principal).catch(() => true) : true;
		const fixes: FixInput = {cluster, registry, target, secretName, image: workload.image, pullRoleHeld, count: 0};
		const facts = sampleFacts(context, registry, target, workload, secretName);
		await deployAndWatch(context, {
			cluster,
			workload,
			yaml: workloadYaml(workload),
			command: applyCommand(target),
			target: {kind: 'context', context: target.context, kubeconfigPath: target.kubeconfigPath},
			kubeContext: namedContext(target),
			facts,
			fixFor: fixFor(context, fixes, facts),
			compliantVariant: compliantVariant(context, registry, credential, fixes),
		});
	},
};
