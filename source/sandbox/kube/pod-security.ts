/**
 * Pod Security admission, as the apiserver's built-in plugin applies it from namespace labels
 * (`pod-security.kubernetes.io/enforce|warn: baseline|restricted`): `enforce` refuses a violating pod with 403,
 * `warn` admits it and answers `Warning` headers, which kubectl prints and client-node passes on.
 */
import {StatusError} from './status.js';
import type {ObjectStore} from './store.js';
import {isObject, type JsonObject, type KubeObject} from './types.js';

type Level = 'privileged' | 'baseline' | 'restricted';

const levelOf = (value: unknown): Level | undefined => (value === 'privileged' || value === 'baseline' || value === 'restricted' ? value : undefined);

type ContainerView = {name: string; securityContext: JsonObject};

function containersOf(spec: JsonObject): ContainerView[] {
	const lists = [spec.initContainers, spec.containers];
	return lists.flatMap((list) =>
		Array.isArray(list)
			? list
					.filter(isObject)
					.map((c) => ({name: typeof c.name === 'string' ? c.name : '', securityContext: isObject(c.securityContext) ? c.securityContext : {}}))
			: [],
	);
}

const quoteList = (names: string[]): string => names.map((n) => `"${n}"`).join(', ');
const containerWord = (names: string[]): string => (names.length === 1 ? 'container' : 'containers');

function baselineViolations(spec: JsonObject, containers: ContainerView[]): string[] {
	const found: string[] = [];
	const hostNamespaces = ['hostNetwork', 'hostPID', 'hostIPC'].filter((field) => spec[field] === true);
	if (hostNamespaces.length > 0) found.push(`host namespaces (${hostNamespaces.map((f) => `${f}=true`).join(', ')})`);
	const privileged = containers.filter((c) => c.securityContext.privileged === true).map((c) => c.name);
	if (privileged.length > 0) found.push(`privileged (${containerWord(privileged)} ${quoteList(privileged)} must not set securityContext.privileged=true)`);
	const hostPaths = Array.isArray(spec.volumes)
		? spec.volumes
				.filter(isObject)
				.filter((v) => isObject(v.hostPath))
				.map((v) => String(v.name))
		: [];
	if (hostPaths.length > 0) found.push(`hostPath volumes (${hostPaths.length === 1 ? 'volume' : 'volumes'} ${quoteList(hostPaths)})`);
	return found;
}

function restrictedViolations(spec: JsonObject, containers: ContainerView[]): string[] {
	const found: string[] = [];
	const podContext = isObject(spec.securityContext) ? spec.securityContext : {};
	const escalating = containers.filter((c) => c.securityContext.allowPrivilegeEscalation !== false).map((c) => c.name);
	if (escalating.length > 0)
		found.push(
			`allowPrivilegeEscalation != false (${containerWord(escalating)} ${quoteList(escalating)} must set securityContext.allowPrivilegeEscalation=false)`,
		);
	const dropsAll = (c: ContainerView): boolean => {
		const caps = isObject(c.securityContext.capabilities) ? c.securityContext.capabilities : {};
		return Array.isArray(caps.drop) && caps.drop.includes('ALL');
	};
	const capable = containers.filter((c) => !dropsAll(c)).map((c) => c.name);
	if (capable.length > 0)
		found.push(`unrestricted capabilities (${containerWord(capable)} ${quoteList(capable)} must set securityContext.capabilities.drop=["ALL"])`);
	const nonRoot = (c: ContainerView): boolean =>
		c.securityContext.runAsNonRoot === true || (c.securityContext.runAsNonRoot === undefined && podContext.runAsNonRoot === true);
	const root = containers.filter((c) => !nonRoot(c)).map((c) => c.name);
	if (root.length > 0) found.push(`runAsNonRoot != true (pod or ${containerWord(root)} ${quoteList(root)} must set securityContext.runAsNonRoot=true)`);
	const seccompOk = (context: JsonObject): boolean =>
		isObject(context.seccompProfile) && (context.seccompProfile.type === 'RuntimeDefault' || context.seccompProfile.type === 'Localhost');
	const noSeccomp = seccompOk(podContext) ? [] : containers.filter((c) => !seccompOk(c.securityContext)).map((c) => c.name);
	if (noSeccomp.length > 0)
		found.push(
			`seccompProfile (pod or ${containerWord(noSeccomp)} ${quoteList(noSeccomp)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")`,
		);
	return found;
}

function violations(level: Level, pod: KubeObject): string[] {
	if (level === 'privileged') return [];
	const spec = isObject(pod.spec) ? pod.spec : {};
	const containers = containersOf(spec);
	const baseline = baselineViolations(spec, containers);
	return level === 'baseline' ? baseline : [...baseline, ...restrictedViolations(spec, containers)];
}

function namespaceLabels(store: ObjectStore, namespace: string): Record<string, string> {
	return store.find('namespaces', undefined, namespace)?.metadata.labels ?? {};
}

/** Refuses a pod that violates its namespace's enforced level, with the apiserver's 403 text. */
export function enforcePodSecurity(store: ObjectStore, pod: KubeObject): void {
	const namespace = pod.metadata.namespace ?? 'default';
	const labels = namespaceLabels(store, namespace);
	const level = levelOf(labels['pod-security.kubernetes.io/enforce']);
	if (!level) return;
	const found = violations(level, pod);
	if (found.length === 0) return;
	const version = labels['pod-security.kubernetes.io/enforce-version'] ?? 'latest';
	throw new StatusError(403, 'Forbidden', `pods "${pod.metadata.name}" is forbidden: violates PodSecurity "${level}:${version}": ${found.join(', ')}`, {
		name: pod.metadata.name,
		kind: 'pods',
	});
}

/** The `Warning` header texts for a pod that violates its namespace's warn level (admitted all the same). */
export function podSecurityWarnings(store: ObjectStore, pod: KubeObject): string[] {
	const labels = namespaceLabels(store, pod.metadata.namespace ?? 'default');
	const level = levelOf(labels['pod-security.kubernetes.io/warn']);
	if (!level) return [];
	const found = violations(level, pod);
	if (found.length === 0) return [];
	const version = labels['pod-security.kubernetes.io/warn-version'] ?? 'latest';
	return [`would violate PodSecurity "${level}:${version}": ${found.join(', ')}`];
}
