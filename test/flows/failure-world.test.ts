/**
 * What the wizard says in the sandbox's broken worlds (its named scenarios), with the real adapters:
 * where its in-flow diagnosis applies, the words and the original code it shows.
 */
import {afterEach, describe, expect, test} from 'vitest';
import {seedIds} from '../../source/sandbox/index.js';
import {attachSteps} from '../../source/steps/attach/index.js';
import {chooseMethod} from '../../source/steps/choose-method.js';
import {chooseRegistry} from '../../source/steps/choose-registry.js';
import {pullSecretSteps} from '../../source/steps/pull-secret/index.js';
import {runSteps} from '../../source/wizard/engine.js';
import {startAttachFlow, type AttachFlow} from '../helpers/attach-flow.js';
import {q as ps, secret, target} from '../helpers/pull-secret-answers.js';
import {startPullSecretFlow, type PullSecretFlow} from '../helpers/pull-secret-flow.js';

const aksId = `/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${seedIds.aksCluster}`;
const q = {
	registry: 'Which registry should the cluster pull from?',
	name: 'Registry name:',
	group: 'Resource group for the new registry:',
	sku: 'Registry SKU (service tier):',
	apply: 'Apply this change?',
	method: 'How should the cluster get access to the registry?',
	cluster: 'Which AKS cluster should pull from the registry?',
	deploy: 'Apply this deployment?',
	next: 'What next?',
} as const;

const attachAnswers = {
	[q.registry]: '+create',
	[q.name]: 'failureworld01',
	[q.group]: seedIds.resourceGroup,
	[q.sku]: 'basic',
	[q.apply]: ['apply', 'apply', 'apply'],
	[q.method]: 'attach',
	[q.cluster]: aksId,
	[q.deploy]: 'apply',
	[q.next]: 'stop',
};

describe('the attach path in the sandbox’s broken worlds', () => {
	let flow: AttachFlow | undefined;
	afterEach(async () => {
		await flow?.close();
		flow = undefined;
	});

	const attach = async (scenario: string, extra: Readonly<Record<string, string>> = {}) => {
		flow = await startAttachFlow('owner', {scenario});
		const context = flow.context({...attachAnswers, ...extra});
		const outcome: unknown = await runSteps([chooseRegistry, chooseMethod, ...attachSteps], context).catch((error: unknown) => error);
		const state = context.store.getState();
		return {outcome, error: state.error, journal: state.journal.map((entry) => [entry.command, entry.outcome])};
	};

	test('a stopped cluster: the grant is made, then the deployment fails saying nothing answers and asking whether the cluster runs', async () => {
		const {error, journal} = await attach('cluster-stopped');
		expect(journal.slice(-3)).toEqual([
			['az aks update --name aks-sandbox --resource-group rg-acr-sandbox --attach-acr failureworld01', 'done'],
			['az aks get-credentials --resource-group rg-acr-sandbox --name aks-sandbox', 'done'],
			['kubectl apply --context aks-sandbox -f acr-nginx.yaml', 'failed'],
		]);
		expect(error).toMatchObject({code: 'network', suggestion: 'kubectl cluster-info'});
		expect(error?.message).toMatch(
			/^The cluster could not be reached\. Nothing answered at https:\/\/127\.0\.0\.1:\d+ \(connection refused\): is the cluster running\?$/,
		);
	});

	test('a private cluster: the same unreachable API server, in the same words', async () => {
		const {error} = await attach('private-cluster');
		expect(error).toMatchObject({code: 'network', message: expect.stringContaining('(connection refused)') as unknown});
	});

	test('rotated cluster certificates: the wizard fetches fresh credentials, which carry the new CA, and the sample runs', async () => {
		const {outcome, journal} = await attach('cluster-ca-rotated');
		expect(outcome).toBe('done');
		expect(journal.at(-1)).toEqual(['kubectl apply --context aks-sandbox -f acr-nginx.yaml', 'done']);
	});

	test('unregistered providers: creating the registry fails with the code and the az provider register command', async () => {
		const {error, journal} = await attach('providers-unregistered');
		expect(journal).toEqual([['az acr create --name failureworld01 --resource-group rg-acr-sandbox --sku basic', 'failed']]);
		expect(error).toMatchObject({
			code: 'MissingSubscriptionRegistration',
			message: 'The subscription is not registered for Microsoft.ContainerRegistry.',
			suggestion: 'az provider register --namespace Microsoft.ContainerRegistry',
		});
	});

	test('an Owner role that is only eligible (PIM): the grant is refused before anything changes, naming the roles it needs and how to activate the eligible one', async () => {
		const {outcome, journal} = await attach('pim-eligible-owner', {'Activate your eligible Owner role in PIM, then choose Re-check:': 'stop'});
		expect(journal.map(([command]) => command)).not.toContain('az aks update --name aks-sandbox --resource-group rg-acr-sandbox --attach-acr failureworld01');
		expect(outcome).toMatchObject({
			code: 'Microsoft.Authorization/roleAssignments/write',
			message: expect.stringContaining('You cannot create role assignments on failureworld01, so nothing was changed.') as unknown,
			suggestion: expect.stringContaining('activate your eligible Owner role in PIM') as unknown,
		});
	});

	test('MFA required: the first Azure call stops with the credential error and az login', async () => {
		const {outcome, journal} = await attach('mfa-required');
		expect(journal).toEqual([]);
		expect(outcome).toMatchObject({code: 'CredentialUnavailable', suggestion: 'az login'});
	});
});

describe('the pull-secret path in the sandbox’s broken worlds', () => {
	let flow: PullSecretFlow | undefined;
	afterEach(async () => {
		await flow?.close();
		flow = undefined;
	});

	const pullSecret = async (scenario: string) => {
		flow = await startPullSecretFlow('failureworld02', 'owner', {scenario});
		const context = flow.context({
			...target('awesomeapps'),
			...secret('awesomeapps', 0),
			[ps.kind]: 'new-service-principal',
			[ps.spName]: 'acr-sp-failure',
			[ps.role]: 'acrpull',
			[ps.apply(2)]: ['apply', 'apply'],
			[q.next]: 'stop',
		});
		await runSteps(pullSecretSteps, context).catch((error: unknown) => error);
		const state = context.store.getState();
		return {error: state.error, journal: state.journal.map((entry) => [entry.command, entry.outcome])};
	};

	test('a read-only kubeconfig user: creating the namespace fails with the apiserver’s 403 text and kubectl auth can-i', async () => {
		const {error, journal} = await pullSecret('cluster-read-only-user');
		expect(journal.at(-1)).toEqual(['kubectl create namespace awesomeapps', 'failed']);
		expect(error).toMatchObject({
			code: 'Forbidden',
			suggestion: 'kubectl auth can-i --list',
			message:
				'The cluster refused this for your user. namespaces is forbidden: User "system:serviceaccount:default:viewer" cannot create resource "namespaces" in API group "" at the cluster scope',
		});
	});

	test('a user who may not register applications: the new service principal fails with Graph’s Authorization_RequestDenied', async () => {
		const {error, journal} = await pullSecret('directory-read-only-user');
		expect(journal).toHaveLength(1);
		expect(journal[0]?.[1]).toBe('failed');
		expect(error).toMatchObject({code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.'});
	});
});
