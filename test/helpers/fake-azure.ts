/**
 * `fakeAzure(overrides)`: a complete default Azure (Shopify's `testDeveloperPlatformClient`
 * pattern) that records every call's arguments, with any method replaceable per test:
 * `fakeAzure({createRegistry: async () => { throw taken; }})`.
 */
import type {Azure} from '../../source/azure/azure.js';
import {defaultAzure} from './fake-azure-defaults.js';
import {defaultWorld, type FakeAzureWorld} from './fake-azure-world.js';

export {clusterId, fakeCluster, fakeIds, fakeRegistry, registryId, resourceGroupId, type FakeAzureWorld} from './fake-azure-world.js';

/** The arguments of every call, per method: `fake.calls.assignRole[0]?.[0].scope`. */
export type AzureCalls = {readonly [K in keyof Azure]: Array<Parameters<Azure[K]>>};

/** The fake: the port itself, plus what it was asked and the world it keeps. */
export type FakeAzure = Azure & {
	readonly calls: AzureCalls;
	readonly world: FakeAzureWorld;
	/** Method names in the order they were called. */
	readonly log: Array<keyof Azure>;
};

/** Changes the default world before the fake is built (e.g. `world.canWriteRoleAssignments = false`). */
export type FakeAzureOptions = {readonly world?: (world: FakeAzureWorld) => void};

/** A complete default Azure that records calls; `overrides` replace single methods. */
export function fakeAzure(overrides: Partial<Azure> = {}, options: FakeAzureOptions = {}): FakeAzure {
	const world = defaultWorld();
	options.world?.(world);
	const defaults = defaultAzure(world);
	const calls: Record<string, unknown[][]> = {};
	const log: Array<keyof Azure> = [];
	const fake: Record<string, unknown> = {calls, world, log};
	for (const name of Object.keys(defaults) as Array<keyof Azure>) {
		calls[name] = [];
		const implementation = (overrides[name] ?? defaults[name]) as (...args: unknown[]) => Promise<unknown>;
		fake[name] = async (...args: unknown[]) => {
			calls[name]?.push(args);
			log.push(name);
			return implementation(...args);
		};
	}
	return fake as FakeAzure;
}
