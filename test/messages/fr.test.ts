/**
 * The French catalog against the English one: every key is there, every message function runs with
 * the English parameter types (each branch: counts 0, 1 and 3, each literal of a union, an omitted
 * optional) and says something, in French. Only commands, codes and names may stay as in English.
 */
import {readdirSync, readFileSync} from 'node:fs';
import ts from 'typescript';
import {describe, expect, test} from 'vitest';
import {en} from '../../source/messages/en.js';
import {fr} from '../../source/messages/fr.js';

type Value = unknown;
type Message = (...args: Value[]) => unknown;

/** Parameter types of each message function, read from the English source: `common.nodeTooOld` → ['string', 'number']. */
function englishParameters(): Map<string, Array<{name: string; type: string; optional: boolean}>> {
	const directory = new URL('../../source/messages/en/', import.meta.url);
	const found = new Map<string, Array<{name: string; type: string; optional: boolean}>>();
	for (const file of readdirSync(directory).filter((name) => name.endsWith('.ts'))) {
		const text = readFileSync(new URL(file, directory), 'utf8');
		const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
		const walk = (node: ts.Node, path: string[]): void => {
			if (ts.isAsExpression(node) || ts.isParenthesizedExpression(node) || ts.isSatisfiesExpression(node)) {
				walk(node.expression, path);
			} else if (ts.isObjectLiteralExpression(node)) {
				for (const property of node.properties) {
					if (ts.isPropertyAssignment(property)) walk(property.initializer, [...path, property.name.getText(source).replace(/^'|'$/g, '')]);
				}
			} else if (ts.isArrowFunction(node)) {
				found.set(
					path.join('.'),
					node.parameters.map((parameter) => ({
						name: parameter.name.getText(source),
						type: parameter.type?.getText(source) ?? 'string',
						optional: parameter.questionToken !== undefined || parameter.initializer !== undefined,
					})),
				);
			}
		};
		for (const statement of source.statements) {
			if (!ts.isVariableStatement(statement) || !statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) continue;
			for (const declaration of statement.declarationList.declarations) {
				if (declaration.initializer) walk(declaration.initializer, [declaration.name.getText(source)]);
			}
		}
	}
	return found;
}

/** Strings that make a message take its other branches: a Deployment or a Pod, a -stdin flag, kubelogin. */
const stringsByName: Record<string, string[]> = {
	kind: ['Deployment', 'Pod'],
	flag: ['--registry-name', '--password-stdin'],
	command: ['az login', 'kubelogin'],
	host: ['myregistry.azurecr.io'],
	scope: ['/subscriptions/0000/resourceGroups/group/providers/Microsoft.ContainerRegistry/registries/myregistry'],
	message: ['Nom du registre\u00a0:'],
};

function samplesOf(parameter: {name: string; type: string; optional: boolean}): Value[] {
	const samples: Value[] = [];
	for (const part of parameter.type.split('|').map((piece) => piece.trim())) {
		if (part === 'string') samples.push(...(stringsByName[parameter.name] ?? [`«${parameter.name}»`]));
		else if (part === 'number') samples.push(0, 1, 3);
		else if (part === 'boolean') samples.push(true, false);
		else if (part === 'undefined') samples.push(undefined);
		else if (part === 'readonly string[]') samples.push([], ['alpha'], ['alpha', 'beta']);
		else if (/^'.*'$/.test(part)) samples.push(part.slice(1, -1));
		else throw new Error(`No sample for the parameter type ${part} of ${parameter.name}`);
	}
	if (parameter.optional) samples.push(undefined);
	return samples;
}

/** Every combination of the samples, at most `limit` of them (the first ones vary the last parameter fastest). */
function combinations(lists: Value[][], limit = 64): Value[][] {
	let result: Value[][] = [[]];
	for (const list of lists) {
		result = result.flatMap((prefix) => list.map((value) => [...prefix, value])).slice(0, limit);
	}
	return result;
}

type Leaf = {path: string; english: Value; french: Value};

function leaves(english: Value, french: Value, path: string[] = []): Leaf[] {
	if (typeof english === 'object' && english !== null) {
		const keys = new Set([...Object.keys(english), ...Object.keys(french ?? {})]);
		return [...keys].flatMap((key) => leaves((english as Record<string, Value>)[key], (french as Record<string, Value> | undefined)?.[key], [...path, key]));
	}
	return [{path: path.join('.'), english, french}];
}

const parameters = englishParameters();
const all = leaves(en, fr);

/** Runs a message with every sample combination: [arguments, English, French] each time. */
function outcomes(leaf: Leaf): Array<{args: Value[]; english: unknown; french: unknown}> {
	if (typeof leaf.english !== 'function') return [{args: [], english: leaf.english, french: leaf.french}];
	const declared = parameters.get(leaf.path);
	if (!declared) throw new Error(`${leaf.path}: no arrow function with that path in the English source`);
	return combinations(declared.map((parameter) => samplesOf(parameter))).map((args) => ({
		args,
		english: (leaf.english as Message)(...args),
		french: (leaf.french as Message)(...args),
	}));
}

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

describe('the French catalog', () => {
	test('has every key of the English one, and no key the English one lacks', () => {
		const missing = all.filter((leaf) => leaf.french === undefined).map((leaf) => leaf.path);
		const extra = all.filter((leaf) => leaf.english === undefined).map((leaf) => leaf.path);
		expect(missing).toEqual([]);
		expect(extra).toEqual([]);
		expect(all.length).toBeGreaterThan(900);
	});

	test('gives a function where the English has one, a string where it has a string', () => {
		const mismatched = all.filter((leaf) => typeof leaf.french !== typeof leaf.english).map((leaf) => `${leaf.path}: ${typeof leaf.french}`);
		expect(mismatched).toEqual([]);
	});

	test('every message, called with each sample of the English parameter types, returns a non-empty string wherever the English does', () => {
		const broken: string[] = [];
		let calls = 0;
		for (const leaf of all.filter((leaf) => typeof leaf.english === 'function')) {
			for (const args of combinations((parameters.get(leaf.path) ?? []).map((parameter) => samplesOf(parameter)))) {
				calls++;
				try {
					const said = (leaf.french as Message)(...args);
					const english = (leaf.english as Message)(...args);
					if (typeof said !== 'string' || (said.trim() === '' && english !== ''))
						broken.push(`${leaf.path}(${JSON.stringify(args)}) gave ${JSON.stringify(said)}`);
				} catch (error) {
					broken.push(`${leaf.path}(${JSON.stringify(args)}) threw ${String(error)}`);
				}
			}
		}
		expect(broken).toEqual([]);
		expect(calls).toBeGreaterThan(800);
	});

	test('no string is left empty', () => {
		const empty = all.filter((leaf) => typeof leaf.french === 'string' && leaf.french.trim() === '').map((leaf) => leaf.path);
		expect(empty).toEqual([]);
	});

	test('says everything in French: only commands, codes and names read as in English', () => {
		const untranslated = all
			.filter((leaf) => !sameAsEnglish.has(leaf.path))
			.filter((leaf) => outcomes(leaf).every((outcome) => outcome.french === outcome.english))
			.map((leaf) => leaf.path);
		expect(untranslated).toEqual([]);
	});

	test('the allow-list holds only keys that really read the same in both languages', () => {
		const byPath = new Map(all.map((leaf) => [leaf.path, leaf]));
		const stale = [...sameAsEnglish].filter((path) => {
			const leaf = byPath.get(path);
			return leaf === undefined || !outcomes(leaf).every((outcome) => outcome.french === outcome.english);
		});
		expect(stale).toEqual([]);
	});

	test('no English sentence is left inside a French message (outside the quoted commands)', () => {
		const english = /\b(the|is|was|and|with|cannot|does not)\b/i;
		const leftovers = all
			.flatMap((leaf) => outcomes(leaf).map((outcome) => ({path: leaf.path, said: outcome.french})))
			.filter(({said}) => typeof said === 'string' && english.test(said.replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '')))
			.map(({path, said}) => `${path}: ${String(said)}`);
		expect([...new Set(leftovers)]).toEqual([]);
	});

	test('follows French typography: a no-break space, never a plain one, before : ; ? ! and inside « »', () => {
		const plainSpace = / [:;?!]|« | »/;
		const wrong = all
			.flatMap((leaf) => outcomes(leaf).map((outcome) => ({path: leaf.path, said: outcome.french})))
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
