/** What a pod inspector reads of one pod through @kubernetes/client-node: `kubectl describe pod`'s fields, `kubectl logs`, `kubectl get pod -o yaml`. */
import type {V1Container, V1ContainerState, V1ContainerStatus, V1Pod} from '@kubernetes/client-node';
import {stringify} from 'yaml';
import {hasCode} from './client-node-errors.js';
import type {Clients} from './client-node-cluster.js';
import type {ContainerDescription, ContainerStateDescription, KubePodInspection, PodDescription} from './kubernetes.js';
import {isoTime} from './pod-summary.js';

/** Runs one call with the cluster's retries; every failure comes out as a KubeError. */
type Call = <T>(action: (c: Clients) => Promise<T>) => Promise<T>;

/** Environment variables whose inline value is a secret: masked in the YAML, as nothing secret reaches a screen. */
const secretName = /PASSWORD|SECRET|TOKEN|CONNECTION_?STRING|_KEY$/i;

function stateOf(state: V1ContainerState | undefined): ContainerStateDescription | undefined {
	if (state?.running) return {state: 'Running', ...optional('startedAt', isoTime(state.running.startedAt))};
	if (state?.terminated) {
		const {reason, exitCode} = state.terminated;
		return {
			state: 'Terminated',
			...optional('reason', reason),
			exitCode,
			...optional('startedAt', isoTime(state.terminated.startedAt)),
			...optional('finishedAt', isoTime(state.terminated.finishedAt)),
		};
	}
	if (state?.waiting) return {state: 'Waiting', ...optional('reason', state.waiting.reason), ...optional('message', state.waiting.message)};
	return undefined;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
	return value === undefined || value === '' ? {} : ({[key]: value} as Record<K, V>);
}

function containerOf(pod: V1Pod, name: string, image: string, status: V1ContainerStatus | undefined): ContainerDescription {
	const state = stateOf(status?.state) ?? {state: 'Waiting', reason: pod.status?.phase === 'Pending' ? 'ContainerCreating' : undefined};
	const last = stateOf(status?.lastState);
	return {
		name,
		image,
		...optional('imageID', status?.imageID),
		state: Object.fromEntries(Object.entries(state).filter(([, value]) => value !== undefined)) as ContainerStateDescription,
		...(last ? {lastState: last} : {}),
		ready: status?.ready ?? false,
		restartCount: status?.restartCount ?? 0,
	};
}

/** The pod's describe fields. */
export function describeOf(pod: V1Pod): PodDescription {
	const owner = pod.metadata?.ownerReferences?.find((reference) => reference.controller) ?? pod.metadata?.ownerReferences?.[0];
	const statuses = pod.status?.containerStatuses ?? [];
	return {
		name: pod.metadata?.name ?? '',
		namespace: pod.metadata?.namespace ?? '',
		...optional('node', pod.spec?.nodeName),
		...optional('startTime', isoTime(pod.status?.startTime)),
		labels: pod.metadata?.labels ?? {},
		phase: pod.metadata?.deletionTimestamp ? 'Terminating' : (pod.status?.phase ?? 'Pending'),
		...optional('ip', pod.status?.podIP),
		...(owner ? {controlledBy: `${owner.kind}/${owner.name}`} : {}),
		serviceAccount: pod.spec?.serviceAccountName ?? 'default',
		imagePullSecrets: (pod.spec?.imagePullSecrets ?? []).map((reference) => reference.name ?? ''),
		containers: (pod.spec?.containers ?? []).map((container) =>
			containerOf(
				pod,
				container.name,
				container.image ?? '',
				statuses.find((status) => status.name === container.name),
			),
		),
		conditions: (pod.status?.conditions ?? []).map((condition) => ({type: condition.type, status: condition.status})),
		...optional('qosClass', pod.status?.qosClass),
	};
}

/**
 * The pod as `kubectl get pod -o yaml` prints it: managedFields left out, inline secret-looking env values masked.
 * The pod is the apiserver's JSON (client-node-api.ts), written by the YAML library the manifests use (client-node's
 * own writer would bring its object serializer and every model).
 */
export function yamlOf(pod: V1Pod): string {
	const {managedFields: _managed, ...metadata} = pod.metadata ?? {};
	const mask = (containers: readonly V1Container[]) =>
		containers.map((container) => ({
			...container,
			...(container.env
				? {env: container.env.map((entry) => (entry.value !== undefined && secretName.test(entry.name) ? {...entry, value: '********'} : entry))}
				: {}),
		}));
	const spec = pod.spec ? {...pod.spec, containers: mask(pod.spec.containers)} : undefined;
	return stringify({...pod, apiVersion: pod.apiVersion ?? 'v1', kind: pod.kind ?? 'Pod', metadata, ...(spec ? {spec} : {})}, {lineWidth: 0});
}

/** A read that answers undefined on 404. */
async function unlessGone<T>(read: () => Promise<T>): Promise<T | undefined> {
	try {
		return await read();
	} catch (error) {
		if (hasCode(error, 404)) return undefined;
		throw error;
	}
}

/** The pod inspector's reads of the KubeCluster port. */
export function inspectionReads(call: Call): KubePodInspection {
	const read = async (namespace: string, name: string) => call(async (c) => unlessGone(async () => c.core.readNamespacedPod({namespace, name})));
	return {
		describePod: async (namespace, name) => {
			const pod = await read(namespace, name);
			return pod && describeOf(pod);
		},
		podYaml: async (namespace, name) => {
			const pod = await read(namespace, name);
			return pod && yamlOf(pod);
		},
		containerLogs: async (namespace, name, {container, previous, tailLines}) =>
			call(async (c) => {
				const text = await c.core.readNamespacedPodLog({
					namespace,
					name,
					...(container === undefined ? {} : {container}),
					...(previous ? {previous: true} : {}),
					...(tailLines === undefined ? {} : {tailLines}),
				});
				return String(text ?? '')
					.split('\n')
					.map((line) => line.replace(/\r$/, ''))
					.filter((line, index, lines) => line !== '' || index < lines.length - 1);
			}),
	};
}
