import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {Azure} from '../../source/azure/azure.js';
import type {Kubernetes} from '../../source/kubernetes/kubernetes.js';
import {flagAnswers} from '../../source/flags.js';
import {seedIds} from '../../source/sandbox/index.js';
import {attachSteps} from '../../source/steps/attach/index.js';
import {chooseMethod} from '../../source/steps/choose-method.js';
import {chooseRegistry} from '../../source/steps/choose-registry.js';
import {createAutoPrompter} from '../../source/wizard/auto-prompter.js';
import {earlyWorkOf} from '../../source/wizard/early-work.js';
import {runSteps} from '../../source/wizard/engine.js';
import {Cancelled} from '../../source/wizard/errors.js';
import {withFlagAnswers} from '../../source/wizard/flag-answers.js';
import {runWizard} from '../../source/wizard/run.js';
import {requestStop, resetStopRequest} from '../../source/wizard/stop-request.js';
import type {Flags} from '../../source/wizard/context.js';
import {startAttachFlow, type AttachFlow} from '../helpers/attach-flow.js';

/** Waits until `check` holds, yielding to I/O between tries; fails naming `what`. */
async function until(what: string, check: () => boolean): Promise<void> {
	for (let tries = 0; tries < 20_000 && !check(); tries++) await new Promise<void>((resolve) => setImmediate(resolve));
	if (!check()) throw new Error(`never happened: ${what}`);
}

describe('--yes: the sample image is imported while the attach path goes on', () => {
	let flow: AttachFlow;
	beforeAll(async () => {
		flow = await startAttachFlow('owner');
	});
	afterAll(async () => {
		resetStopRequest();
		await flow.close();
	});

	/** A --yes context whose import waits until the test opens it. */
	function yesContext(registryName: string) {
		let open: () => void = () => undefined;
		const opened = new Promise<void>((resolve) => (open = resolve));
		const importing = {started: false};
		const azure: Azure = {
			...flow.azure,
			importImage: async (...args) => {
				importing.started = true;
				await opened;
				return flow.azure.importImage(...args);
			},
		};
		// The cluster's reads of a namespace's Pod Security level, noted.
		const levelReads: string[] = [];
		const kubernetes: Kubernetes = {
			...flow.kubernetes,
			cluster: (source, name) => {
				const cluster = flow.kubernetes.cluster(source, name);
				return {...cluster, podSecurityLevel: async (namespace) => (levelReads.push(namespace), cluster.podSecurityLevel(namespace))};
			},
		};
		const flags: Flags = {yes: true, registryName, resourceGroup: seedIds.resourceGroup, method: 'attach', cluster: seedIds.aksCluster};
		const probe = flow.context({}, {flags});
		const prompter = withFlagAnswers(createAutoPrompter(probe.store), flagAnswers(flags), probe.store);
		return {context: {...probe, azure, kubernetes, prompter}, open, importing, levelReads};
	}

	test('the grant and the credentials happen while the import runs; the deployment waits for the image; each is journaled once, as it ended', async () => {
		const {context, open, importing} = yesContext('earlyimport01');
		const journaled = () => context.store.getState().journal.map((entry) => entry.command.split(' ').slice(0, 3).join(' '));
		const run = runSteps([chooseRegistry, chooseMethod, ...attachSteps], context);
		await until('the credentials are read while the import waits', () => journaled().includes('az aks get-credentials'));
		expect(importing.started).toBe(true);
		expect(journaled()).not.toContain('kubectl apply --context');
		expect(context.store.getState().alsoRunning?.map((item) => item.sentence)).toEqual([
			'Import docker.io/library/nginx:latest into earlyimport01 as nginx:v1',
		]);
		open();
		await expect(run).resolves.toBe('done');
		expect(journaled()).toEqual(['az acr create', 'az aks update', 'az aks get-credentials', 'az acr import', 'kubectl apply --context']);
		expect(context.store.getState().alsoRunning).toEqual([]);
		expect(context.store.getState().pods.filter((pod) => pod.status === 'Running')).toHaveLength(2);
	});

	test('while the import runs, the namespace is read ahead (the Kubernetes client loads then): only the deployment waits for the image', async () => {
		const {context, open, levelReads} = yesContext('earlyimport03');
		const journaled = () => context.store.getState().journal.map((entry) => entry.command.split(' ').slice(0, 3).join(' '));
		const run = runSteps([chooseRegistry, chooseMethod, ...attachSteps], context);
		await until('the namespace is read while the import waits', () => levelReads.length > 0);
		expect(levelReads).toEqual(['default']);
		expect(journaled()).not.toContain('az acr import');
		expect(journaled()).not.toContain('kubectl apply --context');
		open();
		await expect(run).resolves.toBe('done');
		expect(journaled()).toEqual(['az acr create', 'az aks update', 'az aks get-credentials', 'az acr import', 'kubectl apply --context']);
		// Read once: the deployment used what was read ahead.
		expect(levelReads).toEqual(['default']);
	});

	test('Ctrl+C while the import runs beside the path: the import finishes and is journaled before the stop report is made', async () => {
		const {context, open, importing} = yesContext('earlyimport02');
		const ended = runWizard([chooseRegistry, chooseMethod, ...attachSteps], context);
		await until('the import has started', () => importing.started);
		requestStop();
		// The path stops at its next action or question; the import, already running, is let finish.
		await until('the early work is the only thing left', () => earlyWorkOf(context.memory).running());
		open();
		expect(await ended).toBe(2);
		const {journal, finished} = context.store.getState();
		expect(journal.map((entry) => [entry.id.replace(/-earlyimport02.*/, ''), entry.outcome])).toEqual(
			expect.arrayContaining([
				['create-registry', 'done'],
				['import', 'done'],
			]),
		);
		expect(finished?.exitCode).toBe(2);
		expect(finished?.standing?.map((item) => item.sentence)).toEqual(expect.arrayContaining(['Create the Basic registry earlyimport02 in rg-acr-sandbox']));
		resetStopRequest();
	});

	test('early work started twice under one key runs once; its failure is thrown by the first join only', async () => {
		const early = earlyWorkOf(flow.context({}).memory);
		let runs = 0;
		const failing = async () => {
			runs++;
			throw new Cancelled();
		};
		early.start('sample-image', failing);
		early.start('sample-image', failing);
		await expect(early.join()).rejects.toBeInstanceOf(Cancelled);
		await expect(early.join()).resolves.toBeUndefined();
		await expect(early.settle()).resolves.toBeUndefined();
		expect(runs).toBe(1);
		expect(early.running()).toBe(false);
	});
});
