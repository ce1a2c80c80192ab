/**
 * Steps 1–2 of seed 004 over the sandbox with the real adapters, without a terminal: the connected registry's name
 * rules and a taken name, the sync schedule (cron) with its window (ISO 8601), the log level and ReadWrite's exact
 * sync scope, and the connection string in the CLI's exact format, exported only when asked to a 0600 file.
 */
import {mkdtemp, readFile, rm, stat, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Registry} from '../../source/azure/azure.js';
import {seedIds} from '../../source/sandbox/index.js';
import {createConnectedRegistryStep} from '../../source/steps/connected-registry/create.js';
import {checkConnectedPrerequisites} from '../../source/steps/connected-registry/prerequisites.js';
import {runSteps} from '../../source/wizard/engine.js';
import type {Flags} from '../../source/flags.js';
import {startConnectedFlow, type ConnectedFlow} from '../helpers/connected-registry-flow.js';

const base = {method: 'connected-registry', cluster: seedIds.arcCluster, context: seedIds.arcCluster, repository: 'hello-world'} as const;
const steps = [checkConnectedPrerequisites, createConnectedRegistryStep];

describe('connected registry: name, schedule, window, log level, mode and connection string (sandbox)', () => {
	let flow: ConnectedFlow;
	let directory: string;
	beforeAll(async () => {
		flow = await startConnectedFlow();
		directory = await mkdtemp(join(tmpdir(), 'connected-create-'));
	});
	afterAll(async () => {
		await flow.close();
		await rm(directory, {recursive: true, force: true});
	});

	const attempt = async (registry: Registry, flags: Flags) => runSteps(steps, flow.auto(registry, {...base, ...flags})).catch((error: unknown) => error);

	test('names outside the rule (5–40 lower-case letters and digits, starting with a letter) are refused with the rule, and nothing is created', async () => {
		const registry = await flow.registry('edgecreate01', 'Premium', true);
		expect(await attempt(registry, {connectedRegistryName: 'edge'})).toMatchObject({
			message: '--connected-registry-name edge: The name has 4 characters; it needs 5 to 40.',
		});
		expect(await attempt(registry, {connectedRegistryName: 'e'.repeat(41)})).toMatchObject({message: expect.stringContaining('has 41 characters') as unknown});
		for (const name of ['EdgeRegistry', '1edgeregistry', 'edge-registry'])
			expect(await attempt(registry, {connectedRegistryName: name})).toMatchObject({
				message: `--connected-registry-name ${name}: Use only lower-case letters a-z and digits 0-9, starting with a letter.`,
			});
		expect(await flow.azure.listConnectedRegistries(registry.id)).toEqual([]);
	});

	test('a name the registry already uses is refused with the reason and how to free it', async () => {
		const registry = await flow.registry('edgecreate02', 'Premium', true);
		await flow.azure.createConnectedRegistry(registry.id, {name: 'myconnectedregistry', mode: 'ReadOnly', repositories: ['hello-world']});
		expect(await attempt(registry, {connectedRegistryName: 'myconnectedregistry'})).toMatchObject({
			message:
				'--connected-registry-name myconnectedregistry: edgecreate02 already has a connected registry myconnectedregistry (Offline); choose another name, or delete it with az acr connected-registry delete --registry edgecreate02 --name myconnectedregistry --cleanup.',
		});
	});

	test('a schedule that is not cron, a number out of its field, and a window that is not ISO 8601 are refused before anything is created', async () => {
		const registry = await flow.registry('edgecreate03', 'Premium', true);
		const name = {connectedRegistryName: 'edgeschedule'};
		expect(await attempt(registry, {...name, syncSchedule: '0 9 * *'})).toMatchObject({
			message: '--sync-schedule 0 9 * *: A cron schedule has five fields: minute hour day-of-month month day-of-week, e.g. 0 9 * * *.',
		});
		expect(await attempt(registry, {...name, syncSchedule: '0 25 * * *'})).toMatchObject({
			message: '--sync-schedule 0 25 * * *: 25: the hour field takes 0 to 23.',
		});
		expect(await attempt(registry, {...name, syncSchedule: '0 9 * * *', syncWindow: '4h'})).toMatchObject({
			message: '--sync-window 4h: Write a duration such as PT4H, PT30M or P1D.',
		});
		expect(await flow.azure.listConnectedRegistries(registry.id)).toEqual([]);
	});

	test('ReadWrite with a schedule, its window and a log level: created with exactly those, and the sync scope map has the CLI’s ReadWrite actions', async () => {
		const registry = await flow.registry('edgecreate04', 'Premium', true);
		const context = flow.auto(registry, {
			...base,
			connectedRegistryName: 'edgereadwrite',
			mode: 'ReadWrite',
			syncSchedule: '*/15 9-17 * * 1-5',
			syncWindow: 'PT2H',
			logLevel: 'Debug',
		});
		await expect(runSteps(steps, context)).resolves.toBe('done');
		expect(await flow.azure.getConnectedRegistry(registry.id, 'edgereadwrite')).toMatchObject({
			mode: 'ReadWrite',
			schedule: '*/15 9-17 * * 1-5',
			syncWindow: 'PT2H',
			logLevel: 'Debug',
		});
		expect((await flow.azure.getScopeMap(registry.id, 'edgereadwrite'))?.actions).toEqual([
			'repositories/hello-world/content/read',
			'repositories/hello-world/content/write',
			'repositories/hello-world/content/delete',
			'repositories/hello-world/metadata/read',
			'repositories/hello-world/metadata/write',
			'gateway/edgereadwrite/config/read',
			'gateway/edgereadwrite/config/write',
			'gateway/edgereadwrite/message/read',
			'gateway/edgereadwrite/message/write',
		]);
		expect(context.store.getState().journal.find((entry) => entry.command.startsWith('az acr connected-registry create'))?.command).toBe(
			[
				'az acr connected-registry create --registry edgecreate04',
				'--name edgereadwrite',
				`--resource-group ${seedIds.resourceGroup}`,
				'--repository "hello-world"',
				'--mode ReadWrite',
				'--sync-schedule "*/15 9-17 * * 1-5"',
				'--sync-window PT2H',
				'--log-level Debug',
			].join(' \\\n  '),
		);
	});

	test('--connection-string-file writes the CLI’s exact connection string to a 0600 file (even one that was readable by others) and says where', async () => {
		const registry = await flow.registry('edgecreate05', 'Premium', true);
		const file = join(directory, 'protected-settings-extension.json');
		await writeFile(file, '{}\n', {mode: 0o644});
		const context = flow.auto(registry, {...base, connectedRegistryName: 'edgeexport', connectionStringFile: file});
		await expect(runSteps(steps, context)).resolves.toBe('done');
		expect((await stat(file)).mode & 0o777).toBe(0o600);
		const password = flow.passwords.at(-1) ?? '';
		expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
			connectionString: `ConnectedRegistryName=edgeexport;SyncTokenName=edgeexport;SyncTokenPassword=${password};ParentGatewayEndpoint=edgecreate05.${seedIds.location}.data.azurecr.io;ParentEndpointProtocol=https`,
		});
		const state = JSON.stringify(context.store.getState());
		expect(state).toContain(`Wrote ${file} (mode 0600`);
		expect(state).not.toContain(password);
		expect(state).not.toContain('SyncTokenPassword=');
	});
});
