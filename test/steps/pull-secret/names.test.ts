import {describe, expect, test} from 'vitest';
import {
	isGuid,
	parseRepositories,
	validateDnsLabel,
	validateDnsSubdomain,
	validateExpiryDays,
	validateRepositories,
	validateServicePrincipalReference,
	validateTokenName,
} from '../../../source/steps/pull-secret/names.js';

describe('validateDnsLabel (RFC 1123 label, as Kubernetes checks namespace names)', () => {
	test.each(['awesomeapps', 'a', '0', 'my-app-2', 'a'.repeat(63), '1abc'])('accepts %s', (name) => {
		expect(validateDnsLabel(name)).toBeUndefined();
	});

	test('refuses an empty name and says what a name may hold', () => {
		expect(validateDnsLabel('')).toBe("Type a name. A namespace name holds lower-case letters a-z, digits 0-9 and '-', e.g. awesomeapps.");
	});

	test('refuses 64 characters and gives the length and the limit', () => {
		expect(validateDnsLabel('a'.repeat(64))).toBe('Too long: 64 characters. A namespace name has at most 63.');
	});

	test('refuses upper case and offers the lower-case name', () => {
		expect(validateDnsLabel('AwesomeApps')).toBe('Use lower case only: awesomeapps.');
	});

	test('names every refused character once', () => {
		expect(validateDnsLabel('my_app.v1_x')).toBe("A namespace name can hold only lower-case letters a-z, digits 0-9 and '-'; remove '_', '.'.");
	});

	test('refuses a leading or trailing hyphen, naming it', () => {
		expect(validateDnsLabel('-apps')).toBe("A namespace name must start with a letter or a digit, not '-'.");
		expect(validateDnsLabel('apps-')).toBe("A namespace name must end with a letter or a digit, not '-'.");
	});

	test('says "remove" for upper case mixed with other refused characters', () => {
		expect(validateDnsLabel('My App')).toBe("A namespace name can hold only lower-case letters a-z, digits 0-9 and '-'; remove 'M', ' ', 'A'.");
	});
});

describe('validateDnsSubdomain (secret names)', () => {
	test("accepts the seeds' acr-secret and dotted names", () => {
		expect(validateDnsSubdomain('acr-secret')).toBeUndefined();
		expect(validateDnsSubdomain('acr.secret-1')).toBeUndefined();
	});

	test('refuses empty dot-separated parts and bad edges', () => {
		expect(validateDnsSubdomain('acr..secret')).toBe('A secret name cannot have two dots in a row, or start or end with a dot.');
		expect(validateDnsSubdomain('acr.-secret')).toBe("A secret name must start with a letter or a digit, not '-'.");
		expect(validateDnsSubdomain('acr_secret')).toBe("A secret name can hold only lower-case letters a-z, digits 0-9, '-' and '.'; remove '_'.");
	});
});

describe('service principal references', () => {
	test('a well-formed appId is a GUID; a display name passes as it is', () => {
		expect(isGuid('3fa85f64-5717-4562-b3fc-2c963f66afa6')).toBe(true);
		expect(validateServicePrincipalReference('acr-service-principal')).toBeUndefined();
	});

	test('a GUID-like answer that is malformed is refused with the GUID shape', () => {
		expect(validateServicePrincipalReference('3fa85f64-5717-4562-b3fc')).toContain(
			'is not a valid appId: an appId is a GUID like 00000000-0000-0000-0000-000000000000',
		);
	});
});

describe('token answers', () => {
	test('token names are 5 to 40 letters, digits and hyphens', () => {
		expect(validateTokenName('acr-pull-token')).toBeUndefined();
		expect(validateTokenName('tok')).toBe('Too short: 3 characters; a token name has at least 5.');
		expect(validateTokenName('my_token')).toBe("A token name can hold only letters, digits and '-'; remove '_'.");
	});

	test('repositories are comma-separated, trimmed and deduplicated', () => {
		expect(parseRepositories(' nginx, samples/hello-world,,nginx ')).toEqual(['nginx', 'samples/hello-world']);
		expect(validateRepositories('nginx, Samples')).toContain('Samples is not a repository name');
		expect(validateRepositories(' , ')).toBe('List at least one repository, e.g. nginx.');
	});

	test('the expiry is empty or 1 to 3650 whole days', () => {
		expect(validateExpiryDays('')).toBeUndefined();
		expect(validateExpiryDays('30')).toBeUndefined();
		expect(validateExpiryDays('0')).toContain('0 is not a number of days');
		expect(validateExpiryDays('1.5')).toContain('1.5 is not a number of days');
	});
});

describe('suggestions are valid names themselves', () => {
	test("an upper-case secret name whose lower-case form is still invalid gets that form's own reason, not the invalid form as a suggestion", () => {
		const reason = validateDnsSubdomain('Bad..Name') ?? '';
		expect(reason).not.toContain('bad..name');
		expect(reason).toBe(validateDnsSubdomain('bad..name'));
	});

	test('an upper-case namespace whose lower-case form is invalid is refused for that, and a fixable one is offered in lower case', () => {
		expect(validateDnsLabel('-MyApps')).toBe(validateDnsLabel('-myapps'));
		expect(validateDnsLabel('-MyApps')).not.toContain('Use lower case only');
		expect(validateDnsLabel('MyApps')).toBe('Use lower case only: myapps.');
	});
});
