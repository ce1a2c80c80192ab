import {describe, expect, test} from 'vitest';
import {registryNameCheck, suggestRegistryName, validateRegistryName} from '../../../source/steps/registry/registry-name.js';
import {explain} from '../../../source/steps/shared/explain.js';
import {AzureError} from '../../../source/azure/azure.js';
import {fakeAzure, fakeIds} from '../../helpers/fake-azure.js';

describe('validateRegistryName', () => {
	test('accepts 5 to 50 lower-case letters and digits', () => {
		expect(validateRegistryName('mycontainerregistry')).toBeUndefined();
		expect(validateRegistryName('acr01')).toBeUndefined();
		expect(validateRegistryName('a'.repeat(50))).toBeUndefined();
	});

	test('says a name under 5 characters is too short and how long it is', () => {
		expect(validateRegistryName('acr')).toBe('Too short: 3 characters; a registry name needs at least 5.');
	});

	test('says a 51-character name is too long', () => {
		expect(validateRegistryName('a'.repeat(51))).toBe('Too long: 51 characters; a registry name has at most 50.');
	});

	test('refuses upper case and gives the lower-case form', () => {
		expect(validateRegistryName('MyContainerRegistry')).toBe('Use lower case only: mycontainerregistry.');
	});

	test('names the dash and suggests the name without it', () => {
		expect(validateRegistryName('my-registry')).toBe('A registry name can hold only letters a-z and digits 0-9; remove "-", e.g. myregistry.');
	});

	test('names every character that cannot be used, and suggests nothing when the rest is too short', () => {
		expect(validateRegistryName('a_b.c')).toBe('A registry name can hold only letters a-z and digits 0-9; remove "_", ".".');
	});

	test('asks for a name when nothing is typed', () => {
		expect(validateRegistryName('')).toContain('Type a name');
	});

	test('suggests the lower-case form without the characters a name cannot hold', () => {
		expect(suggestRegistryName('My-Registry 2')).toBe('myregistry2');
		expect(suggestRegistryName('A-b')).toBeUndefined();
	});
});

describe('registryNameCheck', () => {
	test('passes a free name', async () => {
		const check = registryNameCheck(fakeAzure(), fakeIds.subscriptionId, explain);
		await expect(check('freshregistry')).resolves.toBeUndefined();
	});

	test('refuses a taken name with the API message and reason, naming --registry-name', async () => {
		const check = registryNameCheck(fakeAzure(), fakeIds.subscriptionId, explain);
		await expect(check('contoso')).resolves.toBe('The registry contoso is already in use (AlreadyExists). Type another name, or pass another --registry-name.');
	});

	test("says the check failed, in plain words with Azure's code, when Azure cannot be asked", async () => {
		const azure = fakeAzure({
			checkRegistryName: async () => {
				throw new AzureError('The client does not have authorization.', 'AuthorizationFailed', 403);
			},
		});
		const check = registryNameCheck(azure, fakeIds.subscriptionId, explain);
		await expect(check('freshregistry')).resolves.toBe('Could not check the name: Your account is not allowed to do this here. (AuthorizationFailed)');
	});
});

describe('registry name suggestions', () => {
	test('a name whose lower-case form is still invalid is never offered in lower case', () => {
		expect(validateRegistryName('Ab')).toBe(validateRegistryName('ab'));
		expect(validateRegistryName('Ab')).not.toContain('Use lower case only: ab.');
	});

	test('invalid characters get a suggestion that is a valid name, and plain upper case the lower-case name', () => {
		expect(validateRegistryName('Bad..Name')).toContain('badname');
		expect(validateRegistryName('badname')).toBeUndefined();
		expect(validateRegistryName('MyRegistry')).toBe('Use lower case only: myregistry.');
	});
});
