/**
 * ResourceQuota admission for pods, as the apiserver's quota plugin answers: a namespace whose quota
 * constrains cpu or memory refuses a pod whose containers do not say their requests/limits
 * (`failed quota: <name>: must specify …`), and one that would exceed it (`exceeded quota: …`), both 403.
 */
import {StatusError} from './status.js';
import type {ObjectStore} from './store.js';
import {isObject, type JsonObject, type KubeObject} from './types.js';

const computeKeys = ['limits.cpu', 'limits.memory', 'requests.cpu', 'requests.memory'] as const;
type ComputeKey = (typeof computeKeys)[number];

const units: Readonly<Record<string, number>> = {m: 0.001, k: 1e3, M: 1e6, G: 1e9, T: 1e12, Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4};

/** A Kubernetes quantity (`500m`, `128Mi`, `1`) as a number, or undefined when it is not one. */
export function quantity(value: unknown): number | undefined {
	const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
	const match = /^([0-9.]+)([a-zA-Z]*)$/.exec(text.trim());
	if (!match) return undefined;
	const factor = match[2] === '' ? 1 : units[match[2] ?? ''];
	return factor === undefined ? undefined : Number(match[1]) * factor;
}

/** The key a quota's `hard` names, in its canonical form (`cpu` is `requests.cpu`). */
const canonical = (key: string): string => (key === 'cpu' || key === 'memory' ? `requests.${key}` : key);

type Container = {readonly name: string; readonly resources: JsonObject};

function containersOf(pod: KubeObject): Container[] {
	const spec = isObject(pod.spec) ? pod.spec : {};
	const list = Array.isArray(spec.containers) ? spec.containers.filter(isObject) : [];
	return list.map((c) => ({name: typeof c.name === 'string' ? c.name : '', resources: isObject(c.resources) ? c.resources : {}}));
}

function amountOf(container: Container, key: ComputeKey): number | undefined {
	const [kind = '', resource = ''] = key.split('.');
	const section = container.resources[kind];
	return isObject(section) ? quantity(section[resource]) : undefined;
}

const live = (pod: KubeObject): boolean => !(isObject(pod.status) && (pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed'));

function format(key: string, value: number): string {
	if (key.endsWith('cpu')) return value < 1 ? `${Math.round(value * 1000)}m` : String(value);
	if (key.endsWith('memory')) return value % 1024 ** 2 === 0 ? `${value / 1024 ** 2}Mi` : String(value);
	return String(value);
}

/** Refuses a pod that its namespace's quotas do not admit, with the quota plugin's 403 text. */
export function enforceQuota(store: ObjectStore, pod: KubeObject): void {
	const namespace = pod.metadata.namespace ?? 'default';
	const forbidden = (detail: string) =>
		new StatusError(403, 'Forbidden', `pods "${pod.metadata.name}" is forbidden: ${detail}`, {name: pod.metadata.name, kind: 'pods'});
	const containers = containersOf(pod);
	const others = store.list('pods', namespace).filter(live);
	for (const quota of store.list('resourcequotas', namespace)) {
		const spec = isObject(quota.spec) ? quota.spec : {};
		const hard = Object.fromEntries(Object.entries(isObject(spec.hard) ? spec.hard : {}).map(([key, value]) => [canonical(key), value]));
		const constrained = computeKeys.filter((key) => hard[key] !== undefined);
		const missing = constrained.flatMap((key) => containers.filter((c) => amountOf(c, key) === undefined).map((c) => `${key} for: ${c.name}`));
		if (missing.length > 0) throw forbidden(`failed quota: ${quota.metadata.name}: must specify ${missing.join('; ')}`);
		const over: {key: string; requested: number; used: number; limit: number}[] = [];
		if (hard.pods !== undefined) {
			const limit = quantity(hard.pods) ?? 0;
			if (others.length + 1 > limit) over.push({key: 'pods', requested: 1, used: others.length, limit});
		}
		for (const key of constrained) {
			const limit = quantity(hard[key]) ?? 0;
			const requested = containers.reduce((sum, c) => sum + (amountOf(c, key) ?? 0), 0);
			const used = others.flatMap(containersOf).reduce((sum, c) => sum + (amountOf(c, key) ?? 0), 0);
			if (used + requested > limit + 1e-9) over.push({key, requested, used, limit});
		}
		if (over.length > 0) {
			const list = (pick: (item: (typeof over)[number]) => number) => over.map((item) => `${item.key}=${format(item.key, pick(item))}`).join(',');
			throw forbidden(
				`exceeded quota: ${quota.metadata.name}, requested: ${list((item) => item.requested)}, used: ${list((item) => item.used)}, limited: ${list((item) => item.limit)}`,
			);
		}
	}
}
