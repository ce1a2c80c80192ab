import {describe, expect, it} from 'vitest';
import {AzureError} from '../../source/azure/azure.js';
import {decodeClaims, identityFromClaims} from '../../source/azure/azure-sdk-claims.js';

const jwt = (claims: object): string =>
	`${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;
const ids = {oid: '11111111-1111-1111-1111-111111111111', tid: '22222222-2222-2222-2222-222222222222'};

describe('identityFromClaims', () => {
	it('names a user by upn', () => {
		expect(identityFromClaims(decodeClaims(jwt({...ids, upn: 'ana@contoso.com', name: 'Ana', idtyp: 'user'})))).toEqual({
			name: 'ana@contoso.com',
			objectId: ids.oid,
			tenantId: ids.tid,
			type: 'user',
		});
	});

	it('falls back to unique_name for guest users without upn', () => {
		expect(identityFromClaims({...ids, unique_name: 'live.com#bob@outlook.com'})).toMatchObject({name: 'live.com#bob@outlook.com', type: 'user'});
	});

	it('recognises a service principal by idtyp=app or by appid alone', () => {
		expect(identityFromClaims({...ids, appid: 'app-1', idtyp: 'app'})).toMatchObject({name: 'app-1', type: 'servicePrincipal'});
		expect(identityFromClaims({...ids, appid: 'app-2'})).toMatchObject({name: 'app-2', type: 'servicePrincipal'});
	});

	it('recognises a managed identity by its xms_mirid claim', () => {
		const mirid = '/subscriptions/s/resourcegroups/g/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id1';
		expect(identityFromClaims({...ids, appid: 'app-3', idtyp: 'app', xms_mirid: mirid}).type).toBe('managedIdentity');
	});

	it('refuses a token without oid or tid, and text that is not a JWT', () => {
		expect(() => identityFromClaims({upn: 'x'})).toThrow(AzureError);
		expect(() => decodeClaims('not-a-token')).toThrow(AzureError);
		expect(() => decodeClaims('a.bm90IGpzb24.c')).toThrow(/could not be read/);
	});
});
