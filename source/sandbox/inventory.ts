/**
 * What exists in the sandbox, by name and never with a secret: the resources and directory
 * objects a run may create, and the objects of every emulated cluster. `GET /_sandbox/inventory`
 * answers it, so a test driving the built CLI can check that nothing was made twice and see
 * what a stopped run left.
 */
import {createHash} from 'node:crypto';
import type {SandboxState} from './state.js';

/** The SHA-256 (hex) of a secret: what the inventory says of it, so an output can be searched for it without the secret being written. */
export const secretDigest = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

/** One cluster's objects, by kind: `namespace/name` (or the name of a namespace). */
export type ClusterInventory = {
	readonly namespaces: readonly string[];
	readonly secrets: readonly string[];
	readonly deployments: readonly string[];
	readonly pods: readonly string[];
	readonly serviceAccountPullSecrets: readonly string[];
};

export type Inventory = {
	readonly registries: ReadonlyArray<{
		name: string;
		provisioningState: string;
		scopeMaps: string[];
		tokens: Array<{name: string; passwords: string[]}>;
		tags: string[];
	}>;
	readonly applications: ReadonlyArray<{displayName: string; appId: string; passwords: number}>;
	readonly servicePrincipals: ReadonlyArray<{displayName: string; appId: string; passwords: number}>;
	readonly roleAssignments: ReadonlyArray<{name: string; scope: string; roleDefinitionId: string; principalId: string}>;
	readonly resourceGroups: readonly string[];
	readonly clusters: Readonly<Record<string, ClusterInventory>>;
	/** SHA-256 digests of every secret the sandbox holds (passwords, token and admin passwords, cluster bearer tokens). */
	readonly secretDigests: readonly string[];
};

/** Reads one cluster's objects (the real API server keeps them in an ObjectStore). */
export type ClusterReader = () => ClusterInventory;

/** The inventory of `state` and the clusters' readers. */
export function inventoryOf(
	state: SandboxState,
	clusters: ReadonlyMap<string, ClusterReader>,
	provisioningState: (id: string) => string,
	clusterTokens: readonly string[] = [],
): Inventory {
	const secrets = [
		...[...state.applications.values()].flatMap((a) => a.passwordCredentials.map((p) => p.secretText)),
		...[...state.servicePrincipals.values()].flatMap((sp) => sp.passwordCredentials.map((p) => p.secretText)),
		...[...state.registries.values()].flatMap((r) => [...r.adminPasswords, ...[...r.tokens.values()].flatMap((t) => t.passwords.map((p) => p.value))]),
		...clusterTokens,
	];
	return {
		secretDigests: [...new Set(secrets.filter((secret) => secret !== '').map(secretDigest))],
		registries: [...state.registries.values()].map((r) => ({
			name: r.name,
			provisioningState: provisioningState(r.id),
			scopeMaps: [...r.scopeMaps.values()].filter((m) => m.type !== 'SystemDefined').map((m) => m.name),
			tokens: [...r.tokens.values()].map((t) => ({name: t.name, passwords: t.passwords.map((p) => p.name)})),
			tags: [...r.images.entries()].flatMap(([repository, tags]) => [...tags.keys()].map((tag) => `${repository}:${tag}`)),
		})),
		applications: [...state.applications.values()].map((a) => ({displayName: a.displayName, appId: a.appId, passwords: a.passwordCredentials.length})),
		servicePrincipals: [...state.servicePrincipals.values()].map((s) => ({
			displayName: s.displayName,
			appId: s.appId,
			passwords: s.passwordCredentials.length,
		})),
		roleAssignments: [...state.roleAssignments.values()].map((a) => ({
			name: a.name,
			scope: a.scope,
			roleDefinitionId: a.roleDefinitionId,
			principalId: a.principalId,
		})),
		resourceGroups: [...state.resourceGroups.values()].map((g) => g.name),
		clusters: Object.fromEntries([...clusters.entries()].map(([name, read]) => [name, read()])),
	};
}
