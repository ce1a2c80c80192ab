import {describe, expect, test} from 'vitest';
import {AzureError} from '../../../source/azure/azure.js';
import {chooseCredential} from '../../../source/steps/pull-secret/credential.js';
import {sessionOf} from '../../../source/steps/pull-secret/session.js';
import {passwordSlot} from '../../../source/steps/pull-secret/token.js';
import {fakeAzure, fakeIds} from '../../helpers/fake-azure.js';
import {pullSecretContext, q, registry, storeText} from './context.js';

const otherSubscription = '00000000-0000-0000-0000-000000000002';

/** The journal says this run created the registry (it was empty then). */
function madeRegistryHere(context: ReturnType<typeof pullSecretContext>): void {
	context.store.getState().actions.appendJournal({
		stepId: 'registry',
		id: 'create-registry-myregistry',
		sentence: 'Create the Basic registry myregistry in myResourceGroup',
		command: 'az acr create --name myregistry --resource-group myResourceGroup --sku basic',
		call: `PUT ${registry.id}`,
		outcome: 'done',
		at: '2026-12-03T07:00:00.000Z',
		undo: {sentence: 'Delete the registry myregistry', command: 'az acr delete --name myregistry --yes', kind: 'delete-registry', params: {id: registry.id}},
	});
}
const tokenScript = {
	[q.kind]: 'token',
	[q.tokenName]: 'acr-pull-token',
	[q.repositories]: 'nginx',
	[q.access]: 'pull',
	[q.expiry]: '30',
	[q.apply(3)]: 'apply',
};

describe('credential: repository-scoped token', () => {
	test('creates a scope map, a token and a password with an expiry, with the az acr commands', async () => {
		const context = pullSecretContext(tokenScript);
		await chooseCredential.run(context);
		expect(context.store.getState().plan?.actions.map((action) => action.command)).toEqual([
			'az acr scope-map create --name acr-pull-token-scope-map --registry myregistry --repository nginx content/read metadata/read',
			'az acr token create --name acr-pull-token --registry myregistry --scope-map acr-pull-token-scope-map',
			`TOKEN_PASSWORD=$(az acr token credential generate --name acr-pull-token --registry myregistry --password1 --expiration-in-days 30 --query "passwords[?name=='password1'].value | [0]" --output tsv)`,
		]);
		expect(context.azure.calls.createScopeMap).toEqual([
			[registry.id, 'acr-pull-token-scope-map', ['repositories/nginx/content/read', 'repositories/nginx/metadata/read'], expect.any(String)],
		]);
		expect(context.azure.calls.generateTokenPassword).toEqual([[registry.id, `${registry.id}/tokens/acr-pull-token`, 'password1', '2026-12-22T11:00:00.000Z']]);
		const credential = sessionOf(context).credential;
		expect(credential?.username).toBe('acr-pull-token');
		expect(credential?.password.reveal()).toBe('fake-secret-password-1');
		expect(storeText(context)).not.toContain('fake-secret-password');
		expect(context.store.getState().journal.map((entry) => entry.undo?.kind)).toEqual(['delete-scope-map', 'delete-token', undefined]);
		context.prompter.verify();
	});

	test("a registry in another subscription than az's default: every az acr command names its subscription", async () => {
		const other = {...registry, id: registry.id.replace(fakeIds.subscriptionId, otherSubscription), subscriptionId: otherSubscription};
		const context = pullSecretContext(tokenScript);
		context.store.getState().actions.chooseRegistry(other);
		await chooseCredential.run(context);
		const commands = context.store.getState().journal.flatMap((entry) => [entry.command, ...(entry.undo ? [entry.undo.command] : [])]);
		expect(commands).toHaveLength(5);
		for (const command of commands) expect(command).toContain(`--registry myregistry --subscription ${otherSubscription}`);
	});

	test('the token question needs no directory permission', async () => {
		const azure = fakeAzure({}, {world: (world) => void (world.canWriteRoleAssignments = false)});
		const context = pullSecretContext(tokenScript, {azure});
		await chooseCredential.run(context);
		expect(azure.calls.canWriteRoleAssignments).toHaveLength(0);
		expect(azure.world.tokens.size).toBe(1);
	});

	test('several repositories with push: one --repository per repository, write actions included, no expiry', async () => {
		const context = pullSecretContext({...tokenScript, [q.repositories]: 'nginx, samples/hello-world', [q.access]: 'push', [q.expiry]: ''});
		await chooseCredential.run(context);
		const [scopeMap, , password] = context.store.getState().plan?.actions ?? [];
		expect(scopeMap?.command).toBe(
			'az acr scope-map create --name acr-pull-token-scope-map --registry myregistry --repository nginx content/read content/write metadata/read metadata/write --repository samples/hello-world content/read content/write metadata/read metadata/write',
		);
		expect(password?.command).toBe(
			`TOKEN_PASSWORD=$(az acr token credential generate --name acr-pull-token --registry myregistry --password1 --query "passwords[?name=='password1'].value | [0]" --output tsv)`,
		);
		expect(context.azure.calls.generateTokenPassword[0]?.[3]).toBeUndefined();
	});

	test('an existing token and scope map are reused and reported unchanged; only a new password is generated', async () => {
		const first = pullSecretContext(tokenScript);
		await chooseCredential.run(first);
		const second = pullSecretContext(tokenScript, {azure: first.azure});
		await chooseCredential.run(second);
		expect(second.store.getState().journal.map((entry) => entry.outcome)).toEqual(['unchanged', 'unchanged', 'done']);
		expect(first.azure.world.tokens.size).toBe(1);
		expect(first.azure.world.scopeMaps.size).toBe(1);
		expect(first.azure.calls.createToken).toHaveLength(1);
	});

	test('in a registry this run created, nothing is read on the way to the password: each action takes what the one before made', async () => {
		const context = pullSecretContext(tokenScript);
		madeRegistryHere(context);
		const log = context.azure.log;
		await chooseCredential.run(context);
		expect(log.filter((name) => name === 'getScopeMap' || name === 'getToken')).toEqual([]);
		// The token binds the scope map made; the password goes to the token made.
		expect(context.azure.calls.createToken).toEqual([[registry.id, 'acr-pull-token', `${registry.id}/scopeMaps/acr-pull-token-scope-map`]]);
		expect(context.azure.calls.generateTokenPassword[0]?.[1]).toBe(`${registry.id}/tokens/acr-pull-token`);
		expect(
			context.store
				.getState()
				.journal.slice(1)
				.map((entry) => entry.outcome),
		).toEqual(['done', 'done', 'done']);
	});

	test("in a registry this run created, an action tried again reads before it writes, and the token the lost try made is the run's to undo", async () => {
		let tries = 0;
		const azure = fakeAzure({
			createToken: async (registryId, name, scopeMapId) => {
				const made = {id: `${registryId}/tokens/${name}`, name, scopeMapId, status: 'enabled'};
				azure.world.tokens.set(made.id, made);
				if (++tries === 1) throw new AzureError('The request timed out.', 'GatewayTimeout', 504);
				return made;
			},
		});
		const context = pullSecretContext({...tokenScript, 'What next?': 'retry'}, {azure});
		madeRegistryHere(context);
		await chooseCredential.run(context);
		// The second try read and found the token the first made: no second one. Nothing handed on after a failure, the
		// password's action reads the token too.
		expect(azure.world.tokens.size).toBe(1);
		expect(azure.log.filter((name) => name === 'getToken')).toHaveLength(2);
		expect(
			context.store
				.getState()
				.journal.slice(1)
				.map((entry) => [entry.id.split(':')[0], entry.outcome]),
		).toEqual([
			['scope-map', 'done'],
			['token', 'failed'],
			['token', 'done'],
			['token-password', 'done'],
		]);
		expect(context.store.getState().journal.at(-2)?.undo?.kind).toBe('delete-token');
	});

	test('a scope map whose create answer was lost is found by the try again and kept as made by this run (its undo deletes it)', async () => {
		let tries = 0;
		const azure = fakeAzure({
			createScopeMap: async (registryId, name, actions) => {
				const made = {id: `${registryId}/scopeMaps/${name}`, name, actions: [...actions]};
				azure.world.scopeMaps.set(made.id, made);
				if (++tries === 1) throw new AzureError('The request timed out.', 'GatewayTimeout', 504);
				return made;
			},
		});
		const context = pullSecretContext({...tokenScript, 'What next?': 'retry'}, {azure});
		await chooseCredential.run(context);
		expect(azure.world.scopeMaps.size).toBe(1);
		const entries = context.store.getState().journal.map((entry) => [entry.id.split(':')[0], entry.outcome, entry.undo?.kind]);
		expect(entries.slice(0, 2)).toEqual([
			['scope-map', 'failed', undefined],
			['scope-map', 'done', 'delete-scope-map'],
		]);
	});

	test('a scope map that was there before, with every action wanted, stays unchanged and is not undone', async () => {
		const first = pullSecretContext(tokenScript);
		await chooseCredential.run(first);
		const second = pullSecretContext(tokenScript, {azure: first.azure});
		await chooseCredential.run(second);
		expect(
			second.store
				.getState()
				.journal.slice(0, 2)
				.map((entry) => [entry.outcome, entry.undo?.kind]),
		).toEqual([
			['unchanged', undefined],
			['unchanged', undefined],
		]);
	});

	test('in a registry made before this run, the plan reads the scope map and the token first', async () => {
		const context = pullSecretContext(tokenScript);
		const log = context.azure.log;
		await chooseCredential.run(context);
		const beforeFirstWrite = log.slice(0, log.indexOf('createScopeMap'));
		expect(beforeFirstWrite.filter((name) => name === 'getScopeMap' || name === 'getToken').sort()).toEqual(['getScopeMap', 'getScopeMap', 'getToken']);
	});

	test('a token bound to another scope map is rebound with PATCH (az acr token update), never replaced by a PUT that would drop its passwords', async () => {
		const azure = fakeAzure(
			{},
			{
				world: (world) =>
					world.tokens.set(`${registry.id}/tokens/acr-pull-token`, {
						id: `${registry.id}/tokens/acr-pull-token`,
						name: 'acr-pull-token',
						scopeMapId: `${registry.id}/scopeMaps/old-map`,
						status: 'enabled',
					}),
			},
		);
		const context = pullSecretContext(tokenScript, {azure});
		await chooseCredential.run(context);
		const rebind = context.store.getState().plan?.actions[1];
		expect(rebind).toMatchObject({
			command: 'az acr token update --name acr-pull-token --registry myregistry --scope-map acr-pull-token-scope-map',
			call: `PATCH ${registry.id}/tokens/acr-pull-token`,
		});
		expect(azure.calls.updateTokenScopeMap).toEqual([[registry.id, 'acr-pull-token', `${registry.id}/scopeMaps/acr-pull-token-scope-map`]]);
		expect(azure.calls.createToken).toEqual([]);
	});

	test('an existing scope map missing a repository is updated with --add-repository, keeping what it had', async () => {
		const first = pullSecretContext({...tokenScript, [q.repositories]: 'other'});
		await chooseCredential.run(first);
		const second = pullSecretContext(tokenScript, {azure: first.azure});
		await chooseCredential.run(second);
		const [scopeMap] = second.store.getState().plan?.actions ?? [];
		expect(scopeMap?.command).toBe(
			'az acr scope-map update --name acr-pull-token-scope-map --registry myregistry --add-repository nginx content/read metadata/read',
		);
		expect([...first.azure.world.scopeMaps.values()][0]?.actions).toEqual([
			'repositories/other/content/read',
			'repositories/other/metadata/read',
			'repositories/nginx/content/read',
			'repositories/nginx/metadata/read',
		]);
	});
});

describe('which password slot a token run fills', () => {
	const token = (...names: Array<'password1' | 'password2'>) => ({
		id: 't',
		name: 't',
		scopeMapId: 'm',
		status: 'enabled',
		passwords: names.map((name) => ({name})),
	});

	test('a new token, or one without passwords, gets password1', () => {
		expect(passwordSlot(undefined)).toEqual({slot: 'password1', replaced: false});
		expect(passwordSlot(token())).toEqual({slot: 'password1', replaced: false});
	});

	test('a token with password1 gets password2, keeping password1', () => {
		expect(passwordSlot(token('password1'))).toEqual({slot: 'password2', kept: 'password1', replaced: false});
	});

	test('a token with password2 only gets password1, keeping password2', () => {
		expect(passwordSlot(token('password2'))).toEqual({slot: 'password1', kept: 'password2', replaced: false});
	});

	test('a token with both replaces password2 and says so', () => {
		expect(passwordSlot(token('password1', 'password2'))).toEqual({slot: 'password2', kept: 'password1', replaced: true});
	});
});
