/**
 * Before deploying: the namespace's Pod Security level (`pod-security.kubernetes.io/enforce`). Under
 * "restricted" the seeds' nginx (root, no securityContext) would be refused pod by pod, so the wizard
 * says so and offers a variant that meets it: nginx-unprivileged on 8080 as a non-root user, with the
 * restricted securityContext and requests/limits, imported into the registry first.
 */
import {workloadYaml} from '../../kubernetes/manifests.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import {GoBack} from '../../wizard/errors.js';
import {unprivilegedSample} from '../shared/sample-image.js';
import type {DeployInput} from './deploy-and-watch.js';

/** What a path can offer for a restricted namespace: the variant's image, and how to get it into the registry. */
export type CompliantVariant = {readonly image: string; readonly prepare: () => Promise<void>};

/**
 * Starts reading the namespace's Pod Security level when the deployment needs to know it (a variant to offer, the
 * workload not hardened yet, a namespace this run did not create bare: `namespaceIsNew`); undefined when it does not. Started ahead
 * (while the image is imported), a failure waits for meetPodSecurity to be seen.
 */
export function readPodSecurityLevel(
	input: DeployInput,
	variant: CompliantVariant | undefined,
	namespaceIsNew: boolean,
): Promise<string | undefined> | undefined {
	if (input.workload.hardened || !variant || namespaceIsNew) return undefined;
	const read = input.cluster.podSecurityLevel(input.workload.namespace);
	read.catch(() => undefined);
	return read;
}

/**
 * The input to deploy: the seeds' sample, or (in a namespace enforcing "restricted", when chosen) the compliant variant;
 * `read` is readPodSecurityLevel's.
 */
export async function meetPodSecurity(
	context: Context,
	input: DeployInput,
	variant: CompliantVariant | undefined,
	read: Promise<string | undefined> | undefined,
): Promise<DeployInput> {
	const {workload} = input;
	// No read: the workload is hardened already, or no variant is offered.
	if (!read || !variant) return input;
	// A dry run may deploy to a cluster it would create: nothing to read there yet, the seeds' sample is planned.
	const level = await read.catch((error: unknown) => {
		if (context.store.getState().dryRun) return undefined;
		throw error;
	});
	if (level !== 'restricted') return input;
	const text = messages().deploy.podSecurity;
	const answer = await context.prompter.select({
		id: 'deploy-pod-security',
		message: text.question(workload.namespace),
		hint: text.hint,
		choices: [
			{value: 'variant', label: text.variant, hint: text.variantHint(variant.image, unprivilegedSample.port)},
			{value: 'seeds', label: text.seeds, hint: text.seedsHint},
		],
		default: 'variant',
	});
	if (answer !== 'variant' && answer !== 'seeds') throw new GoBack();
	if (answer === 'seeds') return input;
	await variant.prepare();
	const hardened = {
		...workload,
		image: variant.image,
		...(workload.kind === 'Deployment' ? {containerPort: unprivilegedSample.port} : {}),
		hardened: {runAsUser: unprivilegedSample.user},
	};
	return {...input, workload: hardened, yaml: workloadYaml(hardened), facts: {...input.facts, image: variant.image}};
}
