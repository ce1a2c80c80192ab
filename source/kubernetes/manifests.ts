/**
 * Pure: a `Workload` → the Kubernetes object and the YAML the seeds show (`acr-nginx.yaml`, the
 * pull-secret seed's pod), and a docker-registry secret built as `kubectl create secret docker-registry` builds it.
 */
import {stringify} from 'yaml';
import type {DockerRegistrySecret, Workload} from './kubernetes.js';

/** A Kubernetes object as plain JSON data, keys in the order the seeds write them. */
export type Manifest = {readonly apiVersion: string; readonly kind: string; readonly metadata: Readonly<Record<string, unknown>>} & Readonly<
	Record<string, unknown>
>;

/** The secret object `kubectl create secret docker-registry` sends (holds the password: never print it). */
export type DockerRegistrySecretObject = {
	readonly apiVersion: 'v1';
	readonly kind: 'Secret';
	readonly metadata: {readonly name: string; readonly namespace: string};
	readonly type: 'kubernetes.io/dockerconfigjson';
	readonly data: {readonly '.dockerconfigjson': string};
};

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** The `.dockerconfigjson` document kubectl writes: `{"auths":{"<server>":{"username","password","auth"}}}`. */
function dockerConfigJson(secret: Pick<DockerRegistrySecret, 'server' | 'username' | 'password'>): string {
	const entry = {username: secret.username, password: secret.password, auth: base64(`${secret.username}:${secret.password}`)};
	return JSON.stringify({auths: {[secret.server]: entry}});
}

/** The Secret of type kubernetes.io/dockerconfigjson for `secret`, as kubectl builds it. */
export function dockerRegistrySecretObject(secret: DockerRegistrySecret): DockerRegistrySecretObject {
	return {
		apiVersion: 'v1',
		kind: 'Secret',
		metadata: {name: secret.name, namespace: secret.namespace},
		type: 'kubernetes.io/dockerconfigjson',
		data: {'.dockerconfigjson': base64(dockerConfigJson(secret))},
	};
}

function metadata(workload: Workload, labels: Readonly<Record<string, string>>): Record<string, unknown> {
	return {
		name: workload.name,
		// The seeds leave the namespace out for `default`, where kubectl puts it anyway.
		...(workload.namespace === 'default' ? {} : {namespace: workload.namespace}),
		...(Object.keys(labels).length === 0 ? {} : {labels: {...labels}}),
	};
}

/** What Pod Security "restricted" asks of a container, and the requests and limits a compute quota asks. */
function hardening(hardened: {readonly runAsUser: number}): Record<string, unknown> {
	return {
		securityContext: {
			allowPrivilegeEscalation: false,
			capabilities: {drop: ['ALL']},
			runAsNonRoot: true,
			runAsUser: hardened.runAsUser,
			seccompProfile: {type: 'RuntimeDefault'},
		},
		resources: {requests: {cpu: '100m', memory: '64Mi'}, limits: {cpu: '250m', memory: '128Mi'}},
	};
}

function container(workload: Workload): Record<string, unknown> {
	return {
		name: workload.containerName,
		image: workload.image,
		...(workload.imagePullPolicy === undefined ? {} : {imagePullPolicy: workload.imagePullPolicy}),
		...(workload.kind === 'Deployment' && workload.containerPort !== undefined ? {ports: [{containerPort: workload.containerPort}]} : {}),
		...(workload.hardened ? hardening(workload.hardened) : {}),
	};
}

/** The pod-level securityContext of a hardened workload. */
const podSecurity = (workload: Workload) => (workload.hardened ? {securityContext: {runAsNonRoot: true, seccompProfile: {type: 'RuntimeDefault'}}} : {});

const pullSecrets = (names: readonly string[]) => (names.length === 0 ? {} : {imagePullSecrets: names.map((name) => ({name}))});

/** The Kubernetes object for a workload: a Deployment as in `acr-nginx.yaml`, or a Pod as in the pull-secret seed. */
export function workloadObject(workload: Workload): Manifest {
	if (workload.kind === 'Pod') {
		return {
			apiVersion: 'v1',
			kind: 'Pod',
			metadata: metadata(workload, workload.labels),
			spec: {...podSecurity(workload), containers: [container(workload)], ...pullSecrets(workload.imagePullSecrets)},
		};
	}
	const podLabels = workload.podLabels ?? workload.labels;
	return {
		apiVersion: 'apps/v1',
		kind: 'Deployment',
		metadata: metadata(workload, workload.labels),
		spec: {
			replicas: workload.replicas,
			selector: {matchLabels: {...podLabels}},
			template: {
				metadata: {labels: {...podLabels}},
				// The connected-registry seed puts imagePullSecrets ahead of the containers.
				spec: {...podSecurity(workload), ...pullSecrets(workload.imagePullSecrets), containers: [container(workload)]},
			},
		},
	};
}

/**
 * The YAML a user would `kubectl apply -f`: the deployment with sequences flush to their key as in
 * `acr-nginx.yaml`, the pod with indented sequences as in the pull-secret seed.
 */
export function workloadYaml(workload: Workload): string {
	return stringify(workloadObject(workload), {indentSeq: workload.kind === 'Pod', lineWidth: 0});
}

/** The fields of an existing pod that the sample pod sets. */
export type ExistingPod = {
	readonly metadata?: {readonly labels?: Readonly<Record<string, string>>};
	readonly spec?: {
		readonly containers?: ReadonlyArray<{readonly name: string; readonly image?: string; readonly imagePullPolicy?: string}>;
		readonly imagePullSecrets?: ReadonlyArray<{readonly name?: string}>;
	};
};

/** Whether an existing pod already is the sample pod (so applying it again changes nothing). */
export function podMatchesWorkload(pod: ExistingPod, workload: Extract<Workload, {kind: 'Pod'}>): boolean {
	const [container, ...others] = pod.spec?.containers ?? [];
	if (!container || others.length > 0 || container.name !== workload.containerName || container.image !== workload.image) return false;
	if (workload.imagePullPolicy !== undefined && container.imagePullPolicy !== workload.imagePullPolicy) return false;
	// Admission adds the service account's pull secrets to a pod, so extra ones are expected.
	const secrets = (pod.spec?.imagePullSecrets ?? []).map((reference) => reference.name ?? '');
	if (!workload.imagePullSecrets.every((name) => secrets.includes(name))) return false;
	return Object.entries(workload.labels).every(([key, value]) => pod.metadata?.labels?.[key] === value);
}
