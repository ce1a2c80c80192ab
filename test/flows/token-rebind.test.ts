/** A token rebound to another scope map over the sandbox: PATCH as az acr token update sends it, its passwords kept. */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {seedIds, startSandbox, type Sandbox} from '../../source/sandbox/index.js';
import {sandboxAzure} from '../azure/sandbox-azure.js';

const registryId = `/subscriptions/${seedIds.sharedSubscriptionId}/resourceGroups/${seedIds.sharedResourceGroup}/providers/Microsoft.ContainerRegistry/registries/${seedIds.sharedRegistry}`;

describe('rebinding a repository-scoped token, over the sandbox', () => {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startSandbox({pace: 'fast'});
	});
	afterAll(async () => sandbox.close());

	test('the token moves to the new scope map and both its passwords still work', async () => {
		const azure = sandboxAzure(sandbox);
		const oldMap = await azure.createScopeMap(registryId, 'old-map', ['repositories/nginx/content/read']);
		const newMap = await azure.createScopeMap(registryId, 'new-map', ['repositories/nginx/content/read', 'repositories/hello-world/content/read']);
		const token = await azure.createToken(registryId, 'ci-token', oldMap.id);
		await azure.generateTokenPassword(registryId, token.id, 'password1');
		await azure.generateTokenPassword(registryId, token.id, 'password2');
		const stored = () => [...sandbox.state.registries.values()].find((r) => r.name === seedIds.sharedRegistry)?.tokens.get('ci-token');
		const before = stored()?.passwords.map((p) => p.value);
		await expect(azure.updateTokenScopeMap(registryId, 'ci-token', newMap.id)).resolves.toMatchObject({name: 'ci-token', scopeMapId: newMap.id});
		expect(stored()?.passwords.map((p) => p.value)).toEqual(before);
		expect(before).toHaveLength(2);
	});

	test('a PUT of the token replaces it, as ARM does: the passwords it does not name are gone (why the rebinding is a PATCH)', async () => {
		const azure = sandboxAzure(sandbox);
		const oldMap = await azure.createScopeMap(registryId, 'put-old-map', ['repositories/nginx/content/read']);
		const newMap = await azure.createScopeMap(registryId, 'put-new-map', ['repositories/hello-world/content/read']);
		const token = await azure.createToken(registryId, 'put-token', oldMap.id);
		await azure.generateTokenPassword(registryId, token.id, 'password1');
		const stored = () => [...sandbox.state.registries.values()].find((r) => r.name === seedIds.sharedRegistry)?.tokens.get('put-token');
		expect(stored()?.passwords).toHaveLength(1);
		await expect(azure.createToken(registryId, 'put-token', newMap.id)).resolves.toMatchObject({scopeMapId: newMap.id});
		expect(stored()?.passwords).toEqual([]);
	});
});
