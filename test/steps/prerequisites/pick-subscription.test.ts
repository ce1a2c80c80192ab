import {describe, expect, test} from 'vitest';
import {ofTenant, pickSubscription} from '../../../source/steps/prerequisites/azure-checks.js';

const home = {id: '11111111-1111-1111-1111-111111111111', name: 'Home Dev', tenantId: 'aaaaaaaa-0000-0000-0000-000000000001'};
const guest = {id: '22222222-2222-2222-2222-222222222222', name: 'Partner Prod', tenantId: 'bbbbbbbb-0000-0000-0000-000000000002'};
const all = [home, guest];

describe('picking the subscription', () => {
	test('without --tenant every tenant is offered and az default wins', () => {
		expect(ofTenant(all, undefined)).toEqual(all);
		expect(pickSubscription(all, undefined, guest.id).subscription).toEqual(guest);
	});

	test('--tenant offers only that tenant (any case), and its subscription is taken over az default of another tenant', () => {
		expect(ofTenant(all, guest.tenantId.toUpperCase())).toEqual([guest]);
		expect(pickSubscription(all, undefined, home.id, guest.tenantId).subscription).toEqual(guest);
	});

	test('--tenant naming no tenant of the account fails, listing the tenants it has and how to see them', () => {
		const picked = pickSubscription(all, undefined, undefined, 'cccccccc-0000-0000-0000-000000000003');
		expect(picked.subscription).toBeUndefined();
		expect(picked.outcome).toMatchObject({status: 'fail'});
		expect(picked.outcome.reason).toContain('no subscription in the tenant cccccccc-0000-0000-0000-000000000003');
		expect(picked.outcome.reason).toContain(home.tenantId);
		expect(picked.outcome.fix).toContain('--tenant');
	});

	test('a --subscription of another tenant than --tenant is refused saying so', () => {
		const picked = pickSubscription(all, home.id, undefined, guest.tenantId);
		expect(picked.outcome.reason).toBe(`Subscription ${home.id} is not in the tenant ${guest.tenantId} given with --tenant.`);
	});
});
