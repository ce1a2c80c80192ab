import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {seedIds, startSandbox, type Sandbox} from '../../source/sandbox/index.js';
import {sandboxAzure} from '../azure/sandbox-azure.js';

describe('the seeded world has a service principal made before the wizard ran', () => {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startSandbox({pace: 'fast', seed: 'owner'});
	});
	afterAll(async () => sandbox.close());

	test('found by display name with its appId, with no role on anything yet; a reset gives it a new password', async () => {
		const azure = sandboxAzure(sandbox);
		const [principal, ...others] = await azure.findServicePrincipals(seedIds.existingServicePrincipal);
		expect(others).toEqual([]);
		expect(principal?.displayName).toBe('ci-image-puller');
		expect(principal?.appId).toMatch(/^[0-9a-f-]{36}$/);
		const assignments = [...sandbox.state.roleAssignments.values()].filter((item) => item.principalId === principal?.objectId);
		expect(assignments).toEqual([]);
		if (!principal) return;
		const password = await azure.resetPassword(principal);
		expect(password.value.length).toBeGreaterThan(20);
	});
});
