import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {seedIds} from '../../source/sandbox/seed.js';
import type {Sandbox} from '../../source/sandbox/index.js';
import {operationName, TimingLog, type OperationTiming} from '../../source/sandbox/timings.js';
import {sandboxAzure} from '../azure/sandbox-azure.js';
import {raw, startTestSandbox} from './helpers.js';

describe('the timing log of paced operations (GET /_sandbox/timings)', () => {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => sandbox.close());

	test('a registry created and an image imported are listed with their ARM operation names and the latency the demo pace models', async () => {
		const since = new Date().toISOString();
		const azure = sandboxAzure(sandbox);
		const registry = await azure.createRegistry({
			subscriptionId: seedIds.subscriptionId,
			resourceGroup: seedIds.resourceGroup,
			name: 'timingsacr1',
			location: 'eastus',
			sku: 'Basic',
		});
		await azure.importImage(registry.id, 'docker.io/library/nginx:latest', 'nginx:v1');
		const answer = await raw(sandbox, 'GET', `/_sandbox/timings?since=${encodeURIComponent(since)}`, undefined, null);
		expect(answer.status).toBe(200);
		const {pace, value} = answer.body as {pace: string; value: OperationTiming[]};
		expect(pace).toBe('fast');
		const mine = value.filter((entry) => entry.resource.includes('/registries/timingsacr1'));
		expect(mine.map((entry) => [entry.operation, entry.modelMs, entry.status])).toEqual([
			['Microsoft.ContainerRegistry/registries/write', 2500, 'Succeeded'],
			['Microsoft.ContainerRegistry/registries/importImage/action', 3000, 'Succeeded'],
		]);
		for (const entry of mine) expect(entry.ms).toBe(new Date(entry.endedAt).getTime() - new Date(entry.startedAt).getTime());
	});

	test('a time that is not ISO 8601 is refused, saying the form expected', async () => {
		const answer = await raw(sandbox, 'GET', '/_sandbox/timings?since=yesterday', undefined, null);
		expect(answer.status).toBe(400);
		expect(JSON.stringify(answer.body)).toContain("'since' must be an ISO 8601 time");
	});
});

describe('TimingLog', () => {
	test('keeps the newest entries up to its limit, and lists those that ended since a time', () => {
		const log = new TimingLog(2);
		const at = (second: number) => `2026-12-02T02:00:0${second}.000Z`;
		for (const second of [1, 2, 3])
			log.record({operation: 'pods/start', resource: `aks/default/pod-${second}`, startedAt: at(0), endedAt: at(second), modelMs: 1600, status: 'Succeeded'});
		expect(log.list().map((entry) => entry.resource)).toEqual(['aks/default/pod-2', 'aks/default/pod-3']);
		expect(log.list(new Date(at(3))).map((entry) => entry.ms)).toEqual([3000]);
	});

	test('operation names follow the resource type, as the activity log has them', () => {
		const registry = '/subscriptions/s/resourceGroups/g/providers/Microsoft.ContainerRegistry/registries/r';
		expect(operationName(`${registry}/tokens/t`, 'write')).toBe('Microsoft.ContainerRegistry/registries/tokens/write');
		expect(operationName(registry, 'delete')).toBe('Microsoft.ContainerRegistry/registries/delete');
		expect(operationName(registry, 'action', 'generateCredentials')).toBe('Microsoft.ContainerRegistry/registries/generateCredentials/action');
	});
});
