/**
 * The French catalog against the English one: every key is there, every message function runs with
 * the English parameter types (each branch: counts 0, 1 and 3, each literal of a union, an omitted
 * optional) and says something, in French. Only commands, codes and names may stay as in English.
 */
import {describe, expect, test} from 'vitest';
import {fr} from '../../source/messages/fr.js';
import {testAgainstEnglish, walkAgainstEnglish} from './catalog-walk.js';

/**
 * What may read the same in French as in English: commands, codes, names, placeholders, symbols,
 * kubectl's and az's own column names, and words French shares (Options, Cluster, Premium…).
 */
const sameAsEnglish = new Set([
	'common.status.ok',
	'common.status.warn',
	'common.status.fail',
	'common.status.skipped',
	'common.status.pending',
	'common.status.running',
	'common.code',
	'common.masked',
	'flags.groups.options',
	'flags.groups.sandboxCommand',
	'flags.groups.doctor',
	'prerequisites.checks.az',
	'prerequisites.checks.kubectl',
	'prerequisites.az.upgradeFix',
	'prerequisites.credential.noneFix',
	'prerequisites.subscriptions.unknownFlagFix',
	'prerequisites.providers.missingFix',
	'prerequisites.kubeconfig.noCurrentFix',
	'registry.pick.choiceHint',
	'registry.pick.createHint',
	'registry.pick.idPlaceholder',
	'registry.name.placeholder',
	'registry.group.createHint',
	'registry.sku.basic',
	'registry.sku.standard',
	'registry.sku.premium',
	'registry.screen.cluster',
	'registry.screen.registryDetail',
	'attach.cluster.choiceHint',
	'attach.cluster.idPlaceholder',
	'attach.cluster.notFoundFix',
	'attach.newCluster.noGroupFix',
	'attach.newCluster.identityCall',
	'attach.newCluster.call',
	'attach.identity.missingFix',
	'attach.identity.noServicePrincipalFix',
	'attach.grant.call',
	'attach.grant.noRoleFix',
	'attach.deploy.credentialsCall',
	'pullSecret.target.contextHint',
	'pullSecret.newPrincipal.created',
	'pullSecret.existing.appIdHint',
	'deploy.diagnosis.unknown.explanation',
	'deploy.screen.columns.name',
	'deploy.screen.columns.ready',
	'deploy.screen.columns.status',
	'deploy.screen.columns.restarts',
	'deploy.screen.columns.age',
	'deploy.screen.times',
	'connectedRegistry.prerequisites.basicStoppedFix',
	'connectedRegistry.prerequisites.dataEndpointFix',
	'connectedRegistry.prerequisites.providerFix',
	'connectedRegistry.prerequisites.clusterLabel',
	'connectedRegistry.create.readOnly',
	'connectedRegistry.create.readWrite',
	'connectedRegistry.verify.showColumns.0',
	'connectedRegistry.verify.showColumns.1',
	'connectedRegistry.verify.showColumns.2',
	'connectedRegistry.verify.showColumns.3',
	'connectedRegistry.verify.showColumns.4',
	'connectedRegistry.verify.showColumns.5',
	'connectedRegistry.verify.showColumns.6',
	'connectedRegistry.verify.showColumns.7',
	'connectedRegistry.verify.podColumns.0',
	'connectedRegistry.verify.podColumns.1',
	'connectedRegistry.verify.podColumns.2',
	'connectedRegistry.verify.alreadyActivatedFix',
	'connectedRegistry.extension.done',
	'errors.azure.MissingSubscriptionRegistration.suggestion',
	'errors.azure.InvalidAuthenticationToken.suggestion',
	'errors.azure.ExpiredAuthenticationToken.suggestion',
	'errors.azure.CredentialUnavailable.suggestion',
	'errors.azure.adapter.registryData.image',
	'errors.kube.Forbidden.suggestion',
	'errors.kube.NotFound.suggestion',
	'errors.kube.network.suggestion',
	'record.runs.line',
	'record.runs.item',
	'record.find.noneFix',
	'record.find.fix',
	'record.find.demoFix',
	'record.find.stillRunningFix',
	'record.find.finishedFix',
	'doctor.checks.identity.assignIdentityCommand',
	'doctor.checks.credentials.credentialShowCommand',
	'doctor.checks.credentials.tokenPasswordCommand',
	'doctor.checks.credentials.spResetCommand',
	'doctor.checks.local.azOkTitle',
	'doctor.checks.local.upgrade',
	'doctor.checks.local.previewUpdate',
	'doctor.checks.local.previewRemove',
	'doctor.checks.local.kubectlInstall',
	'doctor.checks.local.kubectlOkTitle',
	'doctor.checks.local.sudoConfigDir',
	'doctor.checks.image.buildCommand',
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

const {all, outcomes} = walkAgainstEnglish(fr);

describe('the French catalog', () => {
	testAgainstEnglish('French', fr, sameAsEnglish);

	test('no English sentence is left inside a French message (outside the quoted commands)', () => {
		const english = /\b(the|is|was|and|with|cannot|does not)\b/i;
		const leftovers = all
			.flatMap((leaf) => outcomes(leaf).map((outcome) => ({path: leaf.path, said: outcome.translated})))
			.filter(({said}) => typeof said === 'string' && english.test(said.replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '')))
			.map(({path, said}) => `${path}: ${String(said)}`);
		expect([...new Set(leftovers)]).toEqual([]);
	});

	test('follows French typography: a no-break space, never a plain one, before : ; ? ! and inside « »', () => {
		const plainSpace = / [:;?!]|« | »/;
		const wrong = all
			.flatMap((leaf) => outcomes(leaf).map((outcome) => ({path: leaf.path, said: outcome.translated})))
			.filter(({said}) => typeof said === 'string' && plainSpace.test(said))
			.map(({path, said}) => `${path}: ${String(said)}`);
		expect([...new Set(wrong)]).toEqual([]);
	});

	test('uses the terms of the French seed (002) where the English names the concept', () => {
		expect(fr.common.welcome.paths[1]?.detail).toContain('secret d’extraction d’image');
		expect(fr.pullSecret.credential.labels['new-service-principal']).toBe('Nouveau principal de service');
		expect(fr.registry.method.attach).toContain('identité managée');
		expect(fr.registry.title).toBe('Registre');
	});

	test('counts agree in French: 0 and 1 take the singular, more the plural', () => {
		expect(fr.prerequisites.summary.withWarnings(1)).toMatch(/^1 avertissement\u00a0:/);
		expect(fr.prerequisites.summary.withWarnings(0)).toMatch(/^0 avertissement\u00a0:/);
		expect(fr.prerequisites.summary.withWarnings(2)).toMatch(/^2 avertissements\u00a0:/);
		expect(fr.deploy.sentence('Deployment', 'nginx0-deployment', 2, 'r.azurecr.io/nginx:v1', 'default')).toContain('2 réplicas');
		expect(fr.doctor.report.title('aks', 1)).toContain('1 pod examiné');
	});
});
