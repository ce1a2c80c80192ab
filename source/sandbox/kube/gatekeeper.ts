/**
 * Admission policies as Azure Policy for AKS enforces them: Gatekeeper's validating webhook
 * (`validation.gatekeeper.sh`) refuses a pod that breaks one of the cluster's constraints, with
 * 403 and the webhook's words, each violation prefixed by its constraint's name:
 *   admission webhook "validation.gatekeeper.sh" denied the request: [azurepolicy-k8sazurev3containerlimits-…] container <nginx> has no resource limits
 * Two of the built-in policies a hardened AKS cluster carries are modelled, by the texts of their
 * Gatekeeper templates: containers must set CPU and memory limits (K8sAzureV3ContainerLimits), and
 * must not run as root (K8sAzureV3AllowedUsersGroups, `runAsNonRoot` or a non-zero `runAsUser`).
 */
import {StatusError} from './status.js';
import {isObject, type JsonObject, type KubeObject} from './types.js';

/** One constraint: its name, what it checks, and the namespaces it covers (all but kube-system when absent). */
export type AdmissionPolicy = {
	readonly name: string;
	readonly rule: 'container-limits' | 'run-as-non-root';
	readonly namespaces?: readonly string[];
};

/** The rules the sandbox knows, for the control endpoint's validation. */
export const admissionPolicyRules = ['container-limits', 'run-as-non-root'] as const;

/** Gatekeeper's webhook, as its ValidatingWebhookConfiguration names it. */
export const gatekeeperWebhook = 'validation.gatekeeper.sh';

type Container = {readonly name: string; readonly body: JsonObject};

function containersOf(pod: KubeObject): Container[] {
	const spec = isObject(pod.spec) ? pod.spec : {};
	const list = Array.isArray(spec.containers) ? spec.containers.filter(isObject) : [];
	return list.map((body) => ({name: typeof body.name === 'string' ? body.name : '', body}));
}

/** Whether the container sets both limits (cpu and memory), as the container-limits template requires. */
function hasLimits(container: Container): boolean {
	const resources = isObject(container.body.resources) ? container.body.resources : {};
	const limits = isObject(resources.limits) ? resources.limits : {};
	return limits.cpu !== undefined && limits.memory !== undefined;
}

/** Whether the container (or its pod) says it runs as a non-root user. */
function runsAsNonRoot(container: Container, pod: KubeObject): boolean {
	const podContext = isObject(pod.spec) && isObject(pod.spec.securityContext) ? pod.spec.securityContext : {};
	const own = isObject(container.body.securityContext) ? container.body.securityContext : {};
	const nonRoot = own.runAsNonRoot ?? podContext.runAsNonRoot;
	const user = own.runAsUser ?? podContext.runAsUser;
	return nonRoot === true || (typeof user === 'number' && user !== 0);
}

/** The violations of one policy by a pod, in the template's words. */
function violations(policy: AdmissionPolicy, pod: KubeObject): string[] {
	const found: string[] = [];
	for (const container of containersOf(pod)) {
		if (policy.rule === 'container-limits' && !hasLimits(container)) found.push(`[${policy.name}] container <${container.name}> has no resource limits`);
		if (policy.rule === 'run-as-non-root' && !runsAsNonRoot(container, pod)) {
			found.push(
				`[${policy.name}] Container ${container.name} is attempting to run without a required securityContext/runAsNonRoot or securityContext/runAsUser != 0`,
			);
		}
	}
	return found;
}

/** Throws the webhook's 403 when the pod breaks a constraint covering its namespace. */
export function enforceAdmissionPolicies(policies: readonly AdmissionPolicy[], pod: KubeObject): void {
	const namespace = pod.metadata.namespace ?? 'default';
	const covering = policies.filter((policy) => (policy.namespaces === undefined ? namespace !== 'kube-system' : policy.namespaces.includes(namespace)));
	const found = covering.flatMap((policy) => violations(policy, pod));
	if (found.length === 0) return;
	throw new StatusError(403, 'Forbidden', `admission webhook "${gatekeeperWebhook}" denied the request: ${found.join('\n')}`, {
		name: pod.metadata.name,
		kind: 'pods',
	});
}
