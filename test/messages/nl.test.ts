/**
 * The Dutch catalog: every key of the English one, every function answering for the same arguments,
 * nothing left in English but commands, codes and names.
 */
import {describe, expect, test} from 'vitest';
import {en} from '../../source/messages/en.js';
import {nl} from '../../source/messages/nl.js';

type Fn = (...args: unknown[]) => unknown;

/** Sample arguments: each function is called with every set the English one accepts (names, lists, counts, one). */
const argumentSets: readonly (readonly unknown[])[] = [
	Array.from({length: 8}, () => 'myregistry'),
	Array.from({length: 8}, () => ['nginx', 'hello-world']),
	Array.from({length: 8}, () => 3),
	Array.from({length: 8}, () => 1),
	Array.from({length: 8}, () => 0),
];

type Leaf = {readonly path: string; readonly english: unknown; readonly dutch: unknown};

function leaves(english: unknown, dutch: unknown, path = ''): Leaf[] {
	if (typeof english === 'object' && english !== null) {
		const keysOf = (value: unknown) => (typeof value === 'object' && value !== null ? Object.keys(value) : []);
		const all = [...new Set([...keysOf(english), ...keysOf(dutch)])];
		return all.flatMap((key) =>
			leaves(
				(english as Record<string, unknown>)[key],
				typeof dutch === 'object' && dutch !== null ? (dutch as Record<string, unknown>)[key] : undefined,
				path ? `${path}.${key}` : key,
			),
		);
	}
	return [{path, english, dutch}];
}

const all = leaves(en, nl);

/** What the English function says for a set of arguments, or undefined when it does not take that set (or says nothing with it). */
function englishFor(english: Fn, args: readonly unknown[]): string | undefined {
	try {
		const answer = english(...args);
		return typeof answer === 'string' && answer.trim() !== '' ? answer : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Values that stay as they are in Dutch: symbols, commands, placeholders of resource IDs, product
 * and SKU names, the column headers az prints, and templates made only of names and punctuation.
 */
const sameAsEnglish = new Set([
	// Status marks and the mask.
	'common.status.ok',
	'common.status.warn',
	'common.status.fail',
	'common.status.skipped',
	'common.status.pending',
	'common.status.running',
	'common.masked',
	// Commands.
	'errors.azure.MissingSubscriptionRegistration.suggestion',
	'errors.azure.InvalidAuthenticationToken.suggestion',
	'errors.azure.ExpiredAuthenticationToken.suggestion',
	'errors.azure.CredentialUnavailable.suggestion',
	'errors.kube.Forbidden.suggestion',
	'errors.kube.NotFound.suggestion',
	'errors.kube.network.suggestion',
	'flags.groups.sandboxCommand',
	'flags.groups.doctor',
	'prerequisites.az.upgradeFix',
	'prerequisites.credential.noneFix',
	'prerequisites.subscriptions.unknownFlagFix',
	'prerequisites.providers.missingFix',
	'registry.pick.createHint',
	'registry.group.createHint',
	'attach.cluster.notFoundFix',
	'connectedRegistry.prerequisites.basicStoppedFix',
	'connectedRegistry.prerequisites.dataEndpointFix',
	'connectedRegistry.prerequisites.providerFix',
	'connectedRegistry.verify.alreadyActivatedFix',
	'record.find.noneFix',
	'record.find.fix',
	'record.find.demoFix',
	'record.find.stillRunningFix',
	'record.find.finishedFix',
	'doctor.checks.credentials.credentialShowCommand',
	'doctor.checks.credentials.tokenPasswordCommand',
	'doctor.checks.credentials.spResetCommand',
	'doctor.checks.local.upgrade',
	'doctor.checks.local.previewUpdate',
	'doctor.checks.local.previewRemove',
	'doctor.checks.local.kubectlInstall',
	'doctor.checks.local.sudoConfigDir',
	'doctor.checks.image.buildCommand',
	// API calls and resource ID templates.
	'attach.newCluster.identityCall',
	'attach.newCluster.call',
	'attach.grant.call',
	'attach.deploy.credentialsCall',
	'registry.pick.idPlaceholder',
	'attach.cluster.idPlaceholder',
	'registry.name.placeholder',
	// Product, tool, SKU and mode names, and words Dutch shares with English.
	'prerequisites.checks.az',
	'prerequisites.checks.kubectl',
	'registry.sku.basic',
	'registry.sku.standard',
	'registry.sku.premium',
	'registry.screen.cluster',
	'connectedRegistry.create.readOnly',
	'connectedRegistry.create.readWrite',
	'pullSecret.token.pullLabel',
	'deploy.screen.columns.status',
	'doctor.checks.local.azOkTitle',
	'doctor.checks.local.kubectlOkTitle',
	// The columns of az acr connected-registry show and kubectl get pod, as those tools print them.
	...[0, 1, 2, 3, 4, 5, 6, 7].map((index) => `connectedRegistry.verify.showColumns.${index}`),
	...[0, 1, 2].map((index) => `connectedRegistry.verify.podColumns.${index}`),
	// Templates of names, numbers and punctuation only.
	'common.code',
	'engine.planTitle',
	'errors.azure.adapter.registryData.image',
	'prerequisites.providers.waiting',
	'registry.pick.choiceHint',
	'registry.screen.registryDetail',
	'attach.cluster.choiceHint',
	'pullSecret.target.contextHint',
	'pullSecret.newPrincipal.created',
	'pullSecret.existing.appIdHint',
	'deploy.diagnosisNotice',
	'deploy.diagnosis.unknown.explanation',
	'deploy.screen.times',
	'connectedRegistry.prerequisites.clusterLabel',
	'connectedRegistry.prerequisites.providerDone',
	'connectedRegistry.extension.statusLine',
	'connectedRegistry.verify.claim',
	'record.dryRun.api',
	'record.runs.line',
	'record.runs.item',
	// The pod inspector's views are kubectl's own commands, and `kubectl describe pod` prints its fields in English.
	'inspector.views.describe',
	'inspector.views.logs',
	'inspector.views.previousLogs',
	'inspector.views.yaml',
	'inspector.describe.name',
	'inspector.describe.namespace',
	'inspector.describe.serviceAccount',
	'inspector.describe.node',
	'inspector.describe.startTime',
	'inspector.describe.labels',
	'inspector.describe.status',
	'inspector.describe.ip',
	'inspector.describe.controlledBy',
	'inspector.describe.containers',
	'inspector.describe.image',
	'inspector.describe.imageID',
	'inspector.describe.state',
	'inspector.describe.lastState',
	'inspector.describe.reason',
	'inspector.describe.message',
	'inspector.describe.exitCode',
	'inspector.describe.started',
	'inspector.describe.finished',
	'inspector.describe.ready',
	'inspector.describe.restartCount',
	'inspector.describe.conditions',
	'inspector.describe.conditionColumns.0',
	'inspector.describe.conditionColumns.1',
	'inspector.describe.qosClass',
	'inspector.describe.pullSecrets',
	'inspector.describe.events',
	'inspector.describe.eventColumns.0',
	'inspector.describe.eventColumns.1',
	'inspector.describe.eventColumns.2',
	'inspector.describe.eventColumns.3',
	'inspector.describe.none',
]);

describe('the Dutch catalog', () => {
	test('has every key of the English catalog, each of the same kind, and no other', () => {
		const different = all.filter(({english, dutch}) => typeof english !== typeof dutch).map(({path}) => path);
		expect(different).toEqual([]);
		expect(all.length).toBeGreaterThan(1000);
	});

	test('every function answers in words for every set of arguments the English one takes', () => {
		const functions = all.filter(({english}) => typeof english === 'function');
		expect(functions.length).toBeGreaterThan(400);
		const problems: string[] = [];
		for (const {path, english, dutch} of functions) {
			const taken = argumentSets.filter((args) => englishFor(english as Fn, args) !== undefined);
			if (taken.length === 0) problems.push(`${path}: no sample arguments fit the English function`);
			for (const args of taken) {
				try {
					const answer = (dutch as Fn)(...args);
					if (typeof answer !== 'string' || answer.trim() === '') problems.push(`${path}(${JSON.stringify(args[0])}…) is empty`);
				} catch (error) {
					problems.push(`${path}(${JSON.stringify(args[0])}…) throws ${String(error)}`);
				}
			}
		}
		expect(problems).toEqual([]);
	});

	test('leaves nothing in English but commands, codes, names and templates of them', () => {
		const english = all.filter(({path, english, dutch}) => {
			if (sameAsEnglish.has(path)) return false;
			if (typeof english !== 'function') return english === dutch;
			const taken = argumentSets.filter((args) => englishFor(english as Fn, args) !== undefined);
			// Untranslated when it says the very same as the English for every set of arguments.
			return taken.length > 0 && taken.every((args) => (dutch as Fn)(...args) === (english as Fn)(...args));
		});
		expect(english.map(({path}) => path)).toEqual([]);
	});

	test('uses the terms of the Dutch seed: containerregister, pull-geheim, service-principal, beheerde identiteit', () => {
		expect(nl.common.welcome.intro).toContain('Azure-containerregister');
		expect(nl.registry.screen.methods['pull-secret']).toBe('Pull-geheim');
		expect(nl.pullSecret.credential.labels['new-service-principal']).toBe('Nieuwe service-principal');
		expect(nl.registry.method.attach).toBe('Koppelen aan AKS (beheerde identiteit)');
		expect(nl.pullSecret.secret.overheadNote).toContain('extra beheeroverhead');
	});

	test('keeps commands and Azure error codes as they are', () => {
		expect(nl.errors.azure.MissingSubscriptionRegistration.suggestion('Microsoft.ContainerRegistry')).toBe(
			'az provider register --namespace Microsoft.ContainerRegistry',
		);
		expect(nl.deploy.diagnosis.tokenScope.explanation('nginx', 'myregistry')).toContain('(insufficient_scope)');
		expect(nl.attach.verify.timedOut(60, 'UNAUTHORIZED', 'az aks check-acr')).toContain('(UNAUTHORIZED)');
		expect(nl.pullSecret.newPrincipal.exists('acr-service-principal')).toContain("'http://acr-service-principal' already exists");
	});
	test('the check titles fit the title column of the prerequisites screen (28 columns, with a space after)', () => {
		const tooWide = Object.values(nl.prerequisites.checks).filter((title) => title.length > 27);
		expect(tooWide).toEqual([]);
	});

	test('counts read right in Dutch, one and more, with Intl plurals and lists', () => {
		expect(nl.engine.confirm(1)).toBe('Deze wijziging toepassen?');
		expect(nl.engine.confirm(3)).toBe('Deze 3 wijzigingen toepassen?');
		expect(nl.doctor.report.title('kind-acr', 1)).toBe('acr-wizard doctor · context kind-acr · 1 pod onderzocht');
		expect(nl.registry.pick.hint(2)).toBe('2 registers in dit abonnement.');
		expect(nl.prerequisites.summary.failedNonInteractive(['Azure CLI', 'kubectl', 'Abonnement'])).toContain('(Azure CLI, kubectl en Abonnement)');
	});
});
