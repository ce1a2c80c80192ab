/**
 * The repositories a connected registry syncs are picked from the registry (its data plane's catalog, read over
 * HTTPS from the sandbox's login server): a multi-choice in a terminal, `--repository` without one; the seed's
 * hello-world, when missing, is offered with its import as a prerequisite; any other missing repository is refused.
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {seedIds} from '../../source/sandbox/index.js';
import {registryNetworkOf} from '../../source/sandbox/registry/network.js';
import {findRegistryByName} from '../../source/sandbox/state.js';
import {connectedRegistrySteps} from '../../source/steps/connected-registry/index.js';
import {checkConnectedPrerequisites} from '../../source/steps/connected-registry/prerequisites.js';
import {sessionOf} from '../../source/steps/connected-registry/session.js';
import {runSteps} from '../../source/wizard/engine.js';
import type {SelectSpec} from '../../source/wizard/prompter.js';
import {startConnectedFlow, type ConnectedFlow} from '../helpers/connected-registry-flow.js';

const arcId = `/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.Kubernetes/connectedClusters/${seedIds.arcCluster}`;
const q = {
	cluster: 'Which Arc-enabled cluster should run the connected registry?',
	context: `Which kubeconfig context reaches ${seedIds.arcCluster}?`,
	repositories: 'Which repositories should the connected registry sync?',
	apply: 'Apply this change?',
};
const flags = {
	method: 'connected-registry',
	cluster: seedIds.arcCluster,
	context: seedIds.arcCluster,
	connectedRegistryName: 'myconnectedregistry',
	clusterIp: '192.100.100.1',
	clientToken: 'mytoken',
} as const;

describe('connected registry: the repositories to sync, picked from the registry', () => {
	let flow: ConnectedFlow;
	beforeAll(async () => {
		flow = await startConnectedFlow();
	});
	afterAll(async () => flow.close());

	test("a terminal offers the registry's own repositories to tick; picked ones that exist need no import", async () => {
		const registry = await flow.registry('edgerepos01', 'Premium', true);
		await flow.azure.importImage(registry.id, 'mcr.microsoft.com/mcr/hello-world:latest', 'hello-world:latest');
		await flow.azure.importImage(registry.id, 'mcr.microsoft.com/oss/nginx/nginx:1.15.5-alpine', 'nginx:v1');
		let offered: SelectSpec | undefined;
		const context = flow.context(registry, {
			[q.cluster]: arcId,
			[q.context]: seedIds.arcCluster,
			[q.repositories]: (question) => {
				if (question.kind === 'select') offered = question.spec;
				return 'hello-world,nginx';
			},
			[q.apply]: 'apply',
		});
		await checkConnectedPrerequisites.run(context);
		expect(offered?.multiple).toBe(true);
		expect(offered?.choices.map((choice) => [choice.value, choice.hint])).toEqual([
			['hello-world', undefined],
			['nginx', undefined],
		]);
		expect(offered?.default).toBe('hello-world');
		expect(sessionOf(context.store).repositories).toEqual(['hello-world', 'nginx']);
		expect(context.store.getState().journal.map((entry) => entry.command)).not.toContainEqual(expect.stringContaining('az acr import'));
		context.scripted.verify();
	});

	test('on an empty registry the seed’s hello-world is offered with its import, which joins the prerequisites plan', async () => {
		const registry = await flow.registry('edgerepos02', 'Premium', true);
		let offered: SelectSpec | undefined;
		const context = flow.context(registry, {
			[q.cluster]: arcId,
			[q.context]: seedIds.arcCluster,
			[q.repositories]: (question) => {
				if (question.kind === 'select') offered = question.spec;
				return 'hello-world';
			},
			[q.apply]: 'apply',
		});
		await checkConnectedPrerequisites.run(context);
		expect(offered?.choices).toEqual([
			{value: 'hello-world', label: 'hello-world', hint: 'not in the registry yet: the wizard imports it from mcr.microsoft.com/mcr/hello-world:latest first'},
		]);
		expect(context.store.getState().journal.find((entry) => entry.command.startsWith('az acr import'))).toMatchObject({
			command: 'az acr import --name edgerepos02 --source mcr.microsoft.com/mcr/hello-world:latest --image hello-world:latest',
			outcome: 'done',
		});
		expect(await flow.azure.listTags(registry.loginServer, 'hello-world')).toEqual(['latest']);
		context.scripted.verify();
	});

	test('--repository naming a repository the registry lacks is refused with the reason and the import that would make it, before anything changes', async () => {
		const registry = await flow.registry('edgerepos03', 'Basic');
		await flow.azure.importImage(registry.id, 'mcr.microsoft.com/mcr/hello-world:latest', 'hello-world:latest');
		const context = flow.auto(registry, {...flags, repository: 'hello-world,nginx'});
		const error = await runSteps(connectedRegistrySteps, context).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(Error);
		expect((error as Error).message).toBe(
			'--repository hello-world,nginx: Not in edgerepos03: nginx (it has: hello-world). A connected registry syncs only repositories that exist: import the image first (az acr import --name edgerepos03 --source <source registry>/<image>:<tag> --image nginx:<tag>), or pick hello-world, which the wizard imports for you.',
		);
		expect(context.store.getState().journal).toEqual([]);
		expect((await flow.azure.getRegistry(registry.id)).sku).toBe('Basic');
	});

	test('--repository given twice syncs both: the sync scope map lists each, and hello-world runs', async () => {
		const registry = await flow.registry('edgerepos04', 'Premium', true);
		await flow.azure.importImage(registry.id, 'mcr.microsoft.com/oss/nginx/nginx:1.15.5-alpine', 'nginx:v1');
		// As the command line gives it: `--repository hello-world --repository nginx` reaches the question joined.
		const context = flow.auto(registry, {...flags, repository: 'hello-world,nginx'});
		await expect(runSteps(connectedRegistrySteps, context)).resolves.toBe('done');
		expect((await flow.azure.getScopeMap(registry.id, 'myconnectedregistry'))?.actions).toEqual(
			expect.arrayContaining([
				'repositories/hello-world/content/read',
				'repositories/hello-world/metadata/read',
				'repositories/nginx/content/read',
				'repositories/nginx/metadata/read',
			]),
		);
		const commands = context.store.getState().journal.map((entry) => entry.command);
		expect(commands).toContain('az acr import --name edgerepos04 --source mcr.microsoft.com/mcr/hello-world:latest --image hello-world:latest');
		expect(context.store.getState().notices).toContainEqual(expect.stringContaining('hello-world, nginx'));
	});

	test('a registry whose list cannot be read (its firewall keeps this address out) is asked by name, with the reason in the hint', async () => {
		const registry = await flow.registry('edgerepos05', 'Premium', true);
		const stored = findRegistryByName(flow.base.sandbox.state, 'edgerepos05');
		if (!stored) throw new Error('the registry edgerepos05 is missing from the sandbox');
		registryNetworkOf(stored).publicNetworkAccess = 'Disabled';
		let hint: string | undefined;
		const context = flow.context(registry, {
			[q.cluster]: arcId,
			[q.context]: seedIds.arcCluster,
			[q.repositories]: (question) => {
				if (question.kind === 'text') hint = question.spec.hint;
				return 'hello-world';
			},
			[q.apply]: 'apply',
		});
		await checkConnectedPrerequisites.run(context);
		expect(hint).toMatch(/^The registry's list of repositories could not be read \(.*refused the list of its repositories.*\); type the names/);
		expect(hint).toContain('DENIED');
		expect(sessionOf(context.store).repositories).toEqual(['hello-world']);
		// The import goes through ARM, which the registry firewall does not stop.
		expect(context.store.getState().journal.find((entry) => entry.command.startsWith('az acr import'))?.outcome).toBe('done');
		context.scripted.verify();
	});
});
