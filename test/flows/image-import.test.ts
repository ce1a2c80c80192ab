/**
 * The sample import against a sandbox with Docker Hub's real limits: anonymous imports from
 * docker.io are throttled (toomanyrequests), and ACR words the "tag already there" conflict in more
 * than one way. The real Azure adapter over HTTPS, a scripted prompter.
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Azure, Registry} from '../../source/azure/azure.js';
import {seedIds} from '../../source/sandbox/index.js';
import {dockerHubAccount} from '../../source/sandbox/azure/docker-hub.js';
import {createRegistryPlan} from '../../source/steps/registry/create-registry.js';
import {importImagePlan, mcrSampleSource, offerSampleImport} from '../../source/steps/shared/sample-image.js';
import {applyPlan} from '../../source/wizard/engine.js';
import {startAttachFlow, type AttachFlow} from '../helpers/attach-flow.js';

const apply = 'Apply this change?';
const afterFailure = 'The import failed. What next?';

describe('importing the sample image, over a sandbox with Docker Hub limits', () => {
	let flow: AttachFlow;
	beforeAll(async () => {
		// No anonymous pull left on Docker Hub for ACR's import servers.
		flow = await startAttachFlow('owner', {dockerHubAnonymousPulls: 0});
	});
	afterAll(async () => flow.close());

	const newRegistry = async (name: string) =>
		flow.azure.createRegistry({subscriptionId: seedIds.subscriptionId, resourceGroup: seedIds.resourceGroup, name, location: seedIds.location, sku: 'Basic'});
	const tagsOf = (name: string) => [
		...(flow.sandbox.state.registries
			.get(`/subscriptions/${seedIds.subscriptionId}/resourcegroups/${seedIds.resourceGroup}/providers/microsoft.containerregistry/registries/${name}`)
			?.images.get('nginx')
			?.keys() ?? []),
	];

	test('a throttled anonymous import says Docker Hub limited it, and mcr.microsoft.com (not rate-limited) imports nginx:v1 instead', async () => {
		const registry = await newRegistry('importflow01');
		const context = flow.context({[apply]: 'apply', [afterFailure]: 'mcr'});
		await offerSampleImport(context, registry);
		const journal = context.store.getState().journal;
		expect(journal[0]).toMatchObject({outcome: 'failed', error: {code: 'toomanyrequests'}});
		expect(journal[0]?.error?.message).toMatch(/Docker Hub/);
		expect(journal.at(-1)).toMatchObject({
			command: 'az acr import --name importflow01 --source mcr.microsoft.com/oss/nginx/nginx:1.15.5-alpine --image nginx:v1',
			outcome: 'done',
		});
		expect(tagsOf('importflow01')).toEqual(['v1']);
		context.scripted.verify();
	});

	test('with Docker Hub credentials the import goes through; the command shows --username and hides the password', async () => {
		const registry = await newRegistry('importflow02');
		const context = flow.context({
			[apply]: 'apply',
			[afterFailure]: 'credentials',
			'Docker Hub username:': dockerHubAccount.username,
			[`Docker Hub password or access token of ${dockerHubAccount.username}:`]: dockerHubAccount.password,
		});
		await offerSampleImport(context, registry);
		const last = context.store.getState().journal.at(-1);
		expect(last).toMatchObject({
			outcome: 'done',
			command: `az acr import --name importflow02 --source docker.io/library/nginx:latest --image nginx:v1 --username ${dockerHubAccount.username} --password "$DOCKER_HUB_PASSWORD"`,
		});
		expect(JSON.stringify(context.store.getState())).not.toContain(dockerHubAccount.password);
		expect(tagsOf('importflow02')).toEqual(['v1']);
	});

	test('an import onto a tag already there is reported unchanged however ACR words the conflict', async () => {
		const registry = await newRegistry('importflow03');
		const context = flow.context({[apply]: 'apply', [afterFailure]: 'mcr'});
		await offerSampleImport(context, registry);
		// Three more imports meet three wordings of the same 409 Conflict.
		for (let index = 0; index < 3; index++) {
			const again = flow.context({});
			await applyPlan(importImagePlan(again, registry, {stepId: `again-${index}`, source: 'mcr'}), again, {confirm: false, retry: false});
			expect(again.store.getState().journal[0]).toMatchObject({outcome: 'unchanged'});
		}
	});

	test('an import onto a tag already there is decided by reading the tag: no import is sent at all', async () => {
		const registry = await newRegistry('importflow04');
		await flow.azure.importImage(registry.id, mcrSampleSource, 'nginx:v1');
		// Any import that reached ACR now would fail: none may.
		const remove = flow.sandbox.faults.inject({method: 'POST', path: /\/importImage$/, kind: 'server-error', times: Infinity});
		try {
			const context = flow.context({});
			await applyPlan(importImagePlan(context, registry, {stepId: 'again', source: 'mcr'}), context, {confirm: false, retry: false});
			expect(context.store.getState().journal[0]).toMatchObject({outcome: 'unchanged'});
			expect(flow.sandbox.faults.hits()).toEqual([0]);
		} finally {
			remove();
		}
	});

	test('a 409 Conflict while the target tag is absent (another operation in progress) is a failure, not "already there"', async () => {
		const registry = await newRegistry('importflow05');
		const remove = flow.sandbox.faults.inject({
			method: 'POST',
			path: /\/importImage$/,
			kind: 'lro-failed',
			code: 'Conflict',
			message: 'Another operation is in progress on the registry; retry when it has finished.',
		});
		try {
			const context = flow.context({});
			await expect(
				applyPlan(importImagePlan(context, registry, {stepId: 'conflict', source: 'mcr'}), context, {confirm: false, retry: false}),
			).rejects.toMatchObject({
				code: 'Conflict',
				message:
					'ACR refused the import as a conflict, yet nginx:v1 is not in importflow05: an operation may still be running on the registry. Retry in a minute.',
			});
			expect(context.store.getState().journal[0]).toMatchObject({outcome: 'failed', error: {code: 'Conflict'}});
			expect(tagsOf('importflow05')).toEqual([]);
		} finally {
			remove();
		}
	});

	/** A context whose journal holds the creation of `name` by its own plan, as a run that made the registry has. */
	const madeByThisRun = async (name: string) => {
		const context = flow.context({});
		let made: Registry | undefined;
		const input = {
			subscriptionId: seedIds.subscriptionId,
			name,
			group: {name: seedIds.resourceGroup, location: seedIds.location, isNew: false},
			sku: 'Basic',
			location: seedIds.location,
		} as const;
		await applyPlan(
			createRegistryPlan(context, input, (registry) => (made = registry)),
			context,
			{confirm: false, retry: false},
		);
		if (!made) throw new Error(`${name} was not created`);
		return {context, registry: made};
	};

	/** `context` with its reads of a tag (`repository:tag`) noted in `reads`. */
	const noteTagReads = <C extends {azure: Azure}>(context: C) => {
		const reads: string[] = [];
		const getTagManifest: Azure['getTagManifest'] = async (loginServer, repository, tag, credentials) => {
			reads.push(`${repository}:${tag}`);
			return context.azure.getTagManifest(loginServer, repository, tag, credentials);
		};
		return {context: {...context, azure: {...context.azure, getTagManifest}}, reads};
	};

	test('into a registry this run created, the import is sent without reading the tag first: the registry starts empty', async () => {
		const made = await madeByThisRun('importflow06');
		const {context, reads} = noteTagReads(made.context);
		await applyPlan(importImagePlan(context, made.registry, {source: 'mcr'}), context, {confirm: false, retry: false});
		const last = context.store.getState().journal.at(-1);
		expect(last?.outcome).toBe('done');
		expect(last?.command).toContain('az acr import --name importflow06');
		expect(reads).toEqual([]);
		expect(tagsOf('importflow06')).toEqual(['v1']);
	});

	test('into a registry made by someone else, the tag is read before the import', async () => {
		const registry = await newRegistry('importflow08');
		const {context, reads} = noteTagReads(flow.context({}));
		await applyPlan(importImagePlan(context, registry, {source: 'mcr'}), context, {confirm: false, retry: false});
		expect(context.store.getState().journal.at(-1)?.outcome).toBe('done');
		// Once, before the import (absent); the import made it, nothing more to read.
		expect(reads).toEqual(['nginx:v1']);
	});

	test('into a registry this run created that got the tag meanwhile, the refused import reads the tag and is reported unchanged', async () => {
		const {context, registry} = await madeByThisRun('importflow07');
		// Pushed by someone else between the creation and the import.
		await flow.azure.importImage(registry.id, mcrSampleSource, 'nginx:v1');
		await applyPlan(importImagePlan(context, registry, {source: 'mcr'}), context, {confirm: false, retry: false});
		const last = context.store.getState().journal.at(-1);
		expect(last?.outcome).toBe('unchanged');
		expect(last?.command).toContain('az acr import --name importflow07');
	});
});
