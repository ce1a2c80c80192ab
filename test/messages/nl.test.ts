/**
 * The Dutch catalog against the English one (the walk shared with the other languages), and Dutch's
 * own: the seed's terms, commands and codes kept, plurals and lists.
 */
import {describe, expect, test} from 'vitest';
import {nl} from '../../source/messages/nl.js';
import {testAgainstEnglish} from './catalog-walk.js';

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
	// Seconds as the unit symbol, as English writes them ("3 s").
	'attach.newCluster.elapsed',
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
	testAgainstEnglish('Dutch', nl, sameAsEnglish);

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
