/** Plain JSON shapes the emulated API server stores and serves. */

/** Any JSON object. */
export type JsonObject = {[key: string]: unknown};

/** The part of `metadata` the server reads and writes. */
export type ObjectMeta = {
	name: string;
	generateName?: string;
	namespace?: string;
	uid?: string;
	resourceVersion?: string;
	generation?: number;
	creationTimestamp?: string;
	deletionTimestamp?: string;
	labels?: Record<string, string>;
	annotations?: Record<string, string>;
	ownerReferences?: JsonObject[];
	[key: string]: unknown;
};

/** A stored Kubernetes object: `kind`/`apiVersion` are always set in storage. */
export type KubeObject = {
	apiVersion: string;
	kind: string;
	metadata: ObjectMeta;
	[key: string]: unknown;
};

/** A container as the kubelet simulation reads it. */
export type Container = {name: string; image: string; [key: string]: unknown};

/** The fields of a pod the emulator reads. */
export type PodSpec = {
	containers: Container[];
	nodeName?: string;
	serviceAccountName?: string;
	imagePullSecrets?: Array<{name?: string}>;
	[key: string]: unknown;
};

/** A pod as stored. */
export type Pod = KubeObject & {spec: PodSpec; status: JsonObject};

/** True for a non-null, non-array object. */
export function isObject(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep copy of a JSON value. */
export function clone<T>(value: T): T {
	return structuredClone(value);
}
