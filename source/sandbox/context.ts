import type {PacedClock} from './clock.js';
import type {EmulatedClusterSpec} from './contracts.js';
import type {ClusterWorkloads} from './contracts.js';
import {ArmError, resourceGroupNotFound, subscriptionNotFound} from './http/errors.js';
import type {SandboxRequest} from './http/router.js';
import type {Operations} from './operations.js';
import type {PlayedCloud} from './sovereign.js';
import {findResourceGroup, type ResourceGroup, type SandboxState, type Subscription} from './state.js';

/** Where an emulated cluster's Kubernetes API listens, and the bearer token it accepts. */
export type ClusterEndpoint = {readonly url: string; readonly token: string; readonly name: string};

/** What every ARM and Graph handler shares. */
export type SandboxContext = {
	readonly state: SandboxState;
	readonly ops: Operations;
	readonly clock: PacedClock;
	/** Registry login server suffix of the sandbox cloud, e.g. `azurecr.io` (the played cloud's). */
	readonly acrSuffix: string;
	/** The Azure cloud the sandbox plays: its host names and regions. */
	readonly cloud: PlayedCloud;
	readonly caPem: string;
	/** Cluster id (lower case) → its Kubernetes API. */
	readonly clusterEndpoints: Map<string, ClusterEndpoint>;
	/** Cluster id (lower case) → the cluster as its in-cluster agents (Helm, the Arc extension manager) use it. */
	readonly clusterWorkloads: Map<string, ClusterWorkloads>;
	/** Tells pull-decision listeners that access may have changed. */
	notifyAccessChange(): void;
	/** Starts the Kubernetes API of a cluster created through ARM and records its endpoint. */
	startCluster(spec: EmulatedClusterSpec): Promise<void>;
	/** Stops the Kubernetes API of a deleted cluster: its endpoint is forgotten at once, the server closes after. */
	stopCluster(id: string): Promise<void>;
};

/** The subscription, or ARM's 404. */
export function requireSubscription(ctx: SandboxContext, subscriptionId: string): Subscription {
	const sub = ctx.state.subscriptions.get(subscriptionId.toLowerCase());
	if (!sub) {
		throw subscriptionNotFound(subscriptionId);
	}
	return sub;
}

/** The resource group, or ARM's 404 `ResourceGroupNotFound`. */
export function requireResourceGroup(ctx: SandboxContext, subscriptionId: string, name: string): ResourceGroup {
	requireSubscription(ctx, subscriptionId);
	const rg = findResourceGroup(ctx.state, subscriptionId, name);
	if (!rg) {
		throw resourceGroupNotFound(name);
	}
	return rg;
}

/** The request body as a plain object (empty when absent), or a 400. */
export function bodyObject(request: SandboxRequest): Record<string, unknown> {
	if (request.body === undefined || request.body === null) {
		return {};
	}
	if (typeof request.body !== 'object' || Array.isArray(request.body)) {
		throw new ArmError(400, 'InvalidRequestContent', 'The request content was invalid and could not be deserialized.');
	}
	return request.body as Record<string, unknown>;
}

/** A nested object field of a body (empty when absent). */
export function objectField(value: Record<string, unknown>, name: string): Record<string, unknown> {
	const field = value[name];
	return typeof field === 'object' && field !== null && !Array.isArray(field) ? (field as Record<string, unknown>) : {};
}

/** A string field of a body, if it is one. */
export function stringField(value: Record<string, unknown>, name: string): string | undefined {
	const field = value[name];
	return typeof field === 'string' ? field : undefined;
}

/** A string-array field of a body (empty when absent). */
export function stringArray(value: Record<string, unknown>, name: string): string[] {
	const field = value[name];
	return Array.isArray(field) ? field.filter((item): item is string => typeof item === 'string') : [];
}

/** A string-to-string map field of a body (non-strings dropped). */
export function stringMap(value: Record<string, unknown>, name: string): Record<string, string> {
	const result: Record<string, string> = {};
	for (const [k, v] of Object.entries(objectField(value, name))) {
		if (typeof v === 'string') {
			result[k] = v;
		} else if (typeof v === 'number' || typeof v === 'boolean') {
			result[k] = String(v);
		}
	}
	return result;
}

/** The api-version the caller sent (for status URLs). */
export const apiVersionOf = (request: SandboxRequest): string => request.query.get('api-version') ?? '';
