import {describe, expect, test} from 'vitest';
import type {DiagnosisKind} from '../../source/diagnosis/facts.js';
import {remedyFor, type RemedyFacts} from '../../source/diagnosis/remedy.js';

const base: RemedyFacts = {
	method: 'pull-secret',
	pullHosts: ['myregistry.azurecr.io'],
	loginServer: 'myregistry.azurecr.io',
	registryName: 'myregistry',
	image: 'myregistry.azurecr.io/nginx:v1',
	namespace: 'apps',
	secretName: 'acr-secret',
	sampleImage: 'nginx:v1',
};
const diagnosis = (kind: DiagnosisKind) => ({kind, title: 't', explanation: 'e'});

describe('the remedy for a diagnosis, from the facts alone', () => {
	test('attach: a refused pull grants the pull role; the missing sample is imported; a wrong login server has none', () => {
		const attach: RemedyFacts = {...base, method: 'attach', secretName: undefined};
		expect(remedyFor(diagnosis('no-pull-permission'), attach)).toEqual({kind: 'grant-pull'});
		expect(remedyFor(diagnosis('image-not-found'), attach)).toEqual({kind: 'import-sample', image: 'nginx:v1'});
		expect(remedyFor(diagnosis('wrong-login-server'), attach)).toBeUndefined();
	});

	test('attach: a grant that is there but not in effect yet has no remedy (granting again would change nothing)', () => {
		expect(remedyFor(diagnosis('no-pull-permission'), {...base, method: 'attach', secretName: undefined, pullGrantPending: 'AcrPull'})).toBeUndefined();
	});

	test('a missing image that is not the sample is not imported (the wizard does not know its source)', () => {
		expect(remedyFor(diagnosis('image-not-found'), {...base, image: 'myregistry.azurecr.io/app:2.1'})).toBeUndefined();
	});

	test('a refused password: a new one of the kind the secret carries; a principal without a pull role gets the role first', () => {
		expect(remedyFor(diagnosis('bad-credentials'), {...base, credential: 'token'})).toEqual({kind: 'new-password', credential: 'token'});
		expect(remedyFor(diagnosis('bad-credentials'), {...base, credential: 'service-principal', pullRoleHeld: true})).toEqual({
			kind: 'new-password',
			credential: 'service-principal',
		});
		expect(remedyFor(diagnosis('bad-credentials'), {...base, credential: 'service-principal', pullRoleHeld: false})).toEqual({kind: 'grant-pull'});
	});

	test("a token that may not read the repository gets the image's repository; a principal gets the role", () => {
		expect(remedyFor(diagnosis('token-scope'), {...base, credential: 'token', image: 'myregistry.azurecr.io/samples/hello:1'})).toEqual({
			kind: 'widen-token-scope',
			repository: 'samples/hello',
		});
		expect(remedyFor(diagnosis('token-scope'), {...base, credential: 'service-principal'})).toEqual({kind: 'grant-pull'});
	});

	test("the secret missing in the pod's namespace is written there; one naming another server is rewritten for the login server", () => {
		expect(remedyFor(diagnosis('secret-not-found'), base)).toEqual({
			kind: 'write-secret',
			namespace: 'apps',
			name: 'acr-secret',
			server: 'myregistry.azurecr.io',
			exists: false,
		});
		expect(remedyFor(diagnosis('no-pull-permission'), base)).toMatchObject({kind: 'write-secret', exists: true});
	});

	test('a setup nobody describes (a doctor on a foreign cluster, method unknown) gets no wizard remedy', () => {
		for (const kind of ['no-pull-permission', 'bad-credentials', 'token-scope', 'secret-not-found'] as const) {
			expect(remedyFor(diagnosis(kind), {...base, method: 'unknown'})).toBeUndefined();
		}
	});
});
