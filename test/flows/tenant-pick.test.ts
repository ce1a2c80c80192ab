/**
 * Picking the tenant: the user is a guest in a second tenant (Fabrikam) that holds the shared
 * subscription. The prerequisites step over the sandbox with the real Azure adapter: `--tenant`
 * offers only that tenant's subscriptions, and without it the subscription question lists both
 * tenants' subscriptions, each naming its tenant; the one picked is then read with its tenant's tokens.
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {seedIds} from '../../source/sandbox/index.js';
import {otherTenant} from '../../source/sandbox/scenarios/registry-in-other-tenant.js';
import {checkPrerequisites} from '../../source/steps/check-prerequisites.js';
import {startAttachFlow, type AttachFlow} from '../helpers/attach-flow.js';
import {scriptedPrompter} from '../helpers/scripted-prompter.js';

const q = {next: 'What next?', subscription: 'Which subscription should the wizard use?'} as const;

describe('a user signed in to two tenants picks one, over the sandbox', () => {
	let flow: AttachFlow;
	beforeAll(async () => {
		flow = await startAttachFlow('owner', {scenario: 'registry-in-other-tenant'});
	});
	afterAll(async () => flow.close());

	test('--tenant offers only that tenant’s subscriptions, takes its subscription over az’s default, and its registry is listed', async () => {
		const context = flow.context({[q.next]: 'go-on'}, {flags: {tenant: otherTenant.tenantId.toUpperCase()}});
		await checkPrerequisites.run(context);
		const state = context.store.getState();
		expect(state.subscriptions.map((item) => item.id)).toEqual([seedIds.sharedSubscriptionId]);
		expect(state.subscription).toMatchObject({id: seedIds.sharedSubscriptionId, tenantId: otherTenant.tenantId});
		// Read in Fabrikam with Fabrikam's tokens: a home-tenant token would get 401 InvalidAuthenticationTokenTenant there.
		const registries = await flow.azure.listRegistries(seedIds.sharedSubscriptionId);
		expect(registries.map((registry) => registry.name)).toContain(seedIds.sharedRegistry);
	});

	test('without --tenant the subscription question lists both tenants’ subscriptions, each naming its tenant, and takes the other tenant’s', async () => {
		const context = flow.context({[q.next]: ['subscription', 'go-on'], [q.subscription]: seedIds.sharedSubscriptionId});
		await checkPrerequisites.run(context);
		const asked = context.scripted.asked.find((question) => question.message === q.subscription);
		const choices = asked?.kind === 'select' ? asked.spec.choices.map((choice) => ({value: choice.value, hint: choice.hint})) : [];
		expect(choices).toEqual(
			expect.arrayContaining([
				{value: seedIds.subscriptionId, hint: `${seedIds.subscriptionId} · tenant ${flow.sandbox.tenantId}`},
				{value: seedIds.sharedSubscriptionId, hint: `${seedIds.sharedSubscriptionId} · tenant ${otherTenant.tenantId}`},
			]),
		);
		expect(context.store.getState().subscription).toMatchObject({id: seedIds.sharedSubscriptionId, tenantId: otherTenant.tenantId});
		// The checks of the picked subscription ran again there, with its tenant's tokens: the guest Owner may assign roles.
		expect(context.store.getState().checks.find((check) => check.id === 'role-assignments')).toMatchObject({status: 'ok'});
		// Esc from the registry question comes back here: the checks run again, in the subscription picked, not az's default.
		await checkPrerequisites.run({...context, prompter: scriptedPrompter({[q.next]: 'go-on'})});
		expect(context.store.getState().subscription).toMatchObject({id: seedIds.sharedSubscriptionId});
	});
});
