import {describe, expect, test} from 'vitest';
import {AzureError, type ServicePrincipal} from '../../../source/azure/azure.js';
import {chooseCredential} from '../../../source/steps/pull-secret/credential.js';
import {sessionOf} from '../../../source/steps/pull-secret/session.js';
import {fakeAzure, fakeIds} from '../../helpers/fake-azure.js';
import {fakeClock} from '../../helpers/test-context.js';
import {pullSecretContext, q, registry, storeText} from './context.js';

const principal: ServicePrincipal = {
	appId: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
	objectId: '44444444-0000-0000-0000-000000000001',
	displayName: 'build-agent',
	applicationObjectId: '55555555-0000-0000-0000-000000000001',
};

function withPrincipals(...principals: ServicePrincipal[]) {
	return fakeAzure({}, {world: (world) => world.servicePrincipals.push(...principals)});
}

const typed = {
	[q.kind]: 'existing-service-principal',
	[q.spReference]: principal.appId,
	[q.role]: 'acrpull',
	[q.hasPassword('build-agent')]: 'type',
	[q.password('build-agent')]: 'typed-secret-value-42',
	[q.apply(1)]: 'apply',
};

describe('credential: existing service principal', () => {
	test("assigns acrpull by appId with the seed's role assignment command and keeps the typed password in memory", async () => {
		const context = pullSecretContext(typed, {azure: withPrincipals(principal)});
		await chooseCredential.run(context);
		expect(context.store.getState().plan?.actions.map((action) => action.command)).toEqual([
			`az role assignment create --assignee ${principal.appId} --scope ${registry.id} --role acrpull`,
		]);
		expect(context.azure.world.roleAssignments).toEqual([expect.objectContaining({principalId: principal.objectId, scope: registry.id})]);
		const credential = sessionOf(context).credential;
		expect(credential?.username).toBe(principal.appId);
		expect(credential?.password.reveal()).toBe('typed-secret-value-42');
		expect(storeText(context)).not.toContain('typed-secret-value-42');
		const secret = context.prompter.asked.find((question) => question.kind === 'secret');
		expect(secret?.message).toBe('Password of build-agent:');
		context.prompter.verify();
	});

	test("the role assignment waits while ARM does not see the principal yet (PrincipalNotFound), by the attach path's policy: 5 s between tries", async () => {
		let failures = 3;
		const azure = fakeAzure(
			{
				assignRole: async (input) => {
					if (failures-- > 0) throw new AzureError(`Principal ${input.principalId} does not exist in the directory.`, 'PrincipalNotFound', 400);
					return {created: true, assignment: {id: `${input.scope}/providers/Microsoft.Authorization/roleAssignments/x`, ...input}};
				},
			},
			{world: (world) => world.servicePrincipals.push(principal)},
		);
		const clock = fakeClock();
		const context = {...pullSecretContext(typed, {azure}), clock};
		await chooseCredential.run(context);
		expect(clock.sleeps).toEqual([5000, 5000, 5000]);
		expect(context.store.getState().journal[0]).toMatchObject({outcome: 'done'});
	});

	test('a 403 on the role assignment itself (a deny assignment the permissions check cannot see) hands over to an administrator with the command', async () => {
		const denied = new AzureError(
			"The client 'alex' has permission to perform action 'Microsoft.Authorization/roleAssignments/write'; however, the access is denied because of the deny assignment with name 'guardrails'.",
			'AuthorizationFailed',
			403,
		);
		const azure = fakeAzure({assignRole: async () => Promise.reject(denied)}, {world: (world) => world.servicePrincipals.push(principal)});
		const context = pullSecretContext({...typed, 'What next?': 'quit'}, {azure});
		await chooseCredential.run(context).catch(() => undefined);
		const failed = context.store.getState().journal.find((entry) => entry.outcome === 'failed');
		expect(failed?.error?.message).toMatch(/^Azure refused the role assignment on the registry myregistry, although your permissions list it/);
		expect(failed?.error?.suggestion).toContain(`az role assignment create --assignee ${principal.appId} --scope ${registry.id} --role acrpull`);
		expect(failed?.error).toMatchObject({code: 'AuthorizationFailed', detail: denied.message});
	});

	test('a role already assigned is reported unchanged, and needs no permission to assign roles', async () => {
		const azure = fakeAzure(
			{},
			{
				world: (world) => {
					world.servicePrincipals.push(principal);
					world.canWriteRoleAssignments = false;
					world.roleAssignments.push({
						id: `${registry.id}/providers/Microsoft.Authorization/roleAssignments/1`,
						scope: registry.id,
						roleDefinitionId: `/providers/Microsoft.Authorization/roleDefinitions/${fakeIds.acrPullRoleId}`,
						principalId: principal.objectId,
					});
				},
			},
		);
		const context = pullSecretContext(typed, {azure});
		await chooseCredential.run(context);
		expect(context.store.getState().journal.map((entry) => [entry.outcome, entry.detail])).toEqual([['unchanged', 'build-agent already has AcrPull here']]);
		expect(azure.world.roleAssignments).toHaveLength(1);
	});

	test("resets the password when the user no longer has it, with the seed's reset command", async () => {
		const script = {
			[q.kind]: 'existing-service-principal',
			[q.spReference]: 'build-agent',
			[q.role]: 'acrpull',
			[q.hasPassword('build-agent')]: 'reset',
			[q.apply(2)]: 'apply',
		};
		const context = pullSecretContext(script, {azure: withPrincipals(principal)});
		await chooseCredential.run(context);
		expect(context.store.getState().plan?.actions.map((action) => action.command)).toEqual([
			`az role assignment create --assignee ${principal.appId} --scope ${registry.id} --role acrpull`,
			`PASSWORD=$(az ad sp credential reset --id ${principal.appId} --append --query password --output tsv)`,
		]);
		expect(context.azure.calls.resetPassword).toEqual([[principal]]);
		expect(sessionOf(context).credential?.password.reveal()).toBe('fake-secret-password-1');
		expect(storeText(context)).not.toContain('fake-secret-password');
		context.prompter.verify();
	});

	test('a malformed appId is refused with the GUID shape; an unknown one says how to look it up', async () => {
		const script = {...typed, [q.spReference]: ['3fa85f64-5717-4562', '3fa85f64-5717-4562-b3fc-000000000000', principal.appId]};
		const context = pullSecretContext(script, {azure: withPrincipals(principal)});
		await chooseCredential.run(context);
		expect(context.prompter.refusals).toEqual([
			'Service principal appId or display name: 3fa85f64-5717-4562 → 3fa85f64-5717-4562 is not a valid appId: an appId is a GUID like 00000000-0000-0000-0000-000000000000 (8-4-4-4-12 hexadecimal digits).',
			'Service principal appId or display name: 3fa85f64-5717-4562-b3fc-000000000000 → No service principal has the appId 3fa85f64-5717-4562-b3fc-000000000000 in this tenant (az ad sp show --id 3fa85f64-5717-4562-b3fc-000000000000).',
		]);
	});

	test('two principals with the same display name are told apart by appId', async () => {
		const twin = {...principal, appId: '3fa85f64-5717-4562-b3fc-111111111111', objectId: '44444444-0000-0000-0000-000000000002'};
		const script = {...typed, [q.spReference]: 'build-agent', '2 service principals are named build-agent; which one?': twin.appId};
		const context = pullSecretContext(script, {azure: withPrincipals(principal, twin)});
		await chooseCredential.run(context);
		expect(sessionOf(context).credential?.username).toBe(twin.appId);
		expect(context.azure.world.roleAssignments[0]?.principalId).toBe(twin.objectId);
	});

	test('without the role and without permission to assign it, stops before the password and suggests the token', async () => {
		const azure = fakeAzure(
			{},
			{
				world: (world) => {
					world.servicePrincipals.push(principal);
					world.canWriteRoleAssignments = false;
				},
			},
		);
		const script = {
			[q.kind]: ['existing-service-principal', 'token'],
			[q.spReference]: principal.appId,
			[q.role]: 'acrpull',
			[q.tokenName]: 'acr-pull-token',
			[q.repositories]: 'nginx',
			[q.access]: 'pull',
			[q.expiry]: '',
			[q.apply(3)]: 'apply',
		};
		const context = pullSecretContext(script, {azure});
		await chooseCredential.run(context);
		expect(context.prompter.messages()).not.toContain(q.hasPassword('build-agent'));
		expect(azure.calls.assignRole).toHaveLength(0);
		expect(sessionOf(context).credential?.kind).toBe('token');
		context.prompter.verify();
	});

	test("accepts the seeds' http://<name> form of a servicePrincipalName", async () => {
		const context = pullSecretContext({...typed, [q.spReference]: 'http://build-agent'}, {azure: withPrincipals(principal)});
		await chooseCredential.run(context);
		expect(sessionOf(context).credential?.username).toBe(principal.appId);
	});
});
