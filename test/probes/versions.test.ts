import {describe, expect, test} from 'vitest';
import {azOutcome} from '../../source/steps/prerequisites/tool-checks.js';
import {atLeast, parseAzVersion, parseKubectlVersion} from '../../source/probes/versions.js';
import {azVersionOutput} from '../helpers/fake-exec.js';

describe('az version', () => {
	test('2.6.0 fails the attach check with the upgrade hint', () => {
		const outcome = azOutcome(parseAzVersion(azVersionOutput('2.6.0')));
		expect(outcome).toMatchObject({status: 'fail', summary: '2.6.0', fix: 'az upgrade'});
		expect(outcome.reason).toContain('older than 2.7.0');
		expect(outcome.reason).toContain('az aks update --attach-acr');
	});

	test('2.7.0 passes attach but warns that the service principal script needs 2.25.0', () => {
		const outcome = azOutcome(parseAzVersion(azVersionOutput('2.7.0')));
		expect(outcome).toMatchObject({status: 'warn', summary: '2.7.0', fix: 'az upgrade'});
		expect(outcome.reason).toContain('2.25.0');
	});

	test('2.25.0 is fine for everything', () => {
		expect(azOutcome(parseAzVersion(azVersionOutput('2.25.0')))).toEqual({status: 'ok', summary: '2.25.0'});
	});

	test('garbage output is a clear warning, not a crash', () => {
		for (const stdout of ['', 'not json', '[]', 'null', '{"azure-cli": 7}', '{"azure-cli": "banana"}', 'WARNING: something\n{"azure-cli": "2.61.0"}']) {
			expect(parseAzVersion(stdout)).toBeUndefined();
		}
		const outcome = azOutcome(undefined);
		expect(outcome.status).toBe('warn');
		expect(outcome.reason).toContain('az version -o json');
		expect(outcome.fix).toContain('az version');
	});

	test('a pre-release or build suffix still compares by its numbers', () => {
		expect(atLeast('2.61.0b1', '2.7.0')).toBe(true);
		expect(atLeast('2.6.9', '2.7.0')).toBe(false);
		expect(atLeast('v2.10.0', '2.7.0')).toBe(true);
	});
});

describe('kubectl version', () => {
	test('reads the client gitVersion from the JSON output', () => {
		const stdout = JSON.stringify({clientVersion: {major: '1', minor: '32', gitVersion: 'v1.32.4', platform: 'linux/amd64'}, kustomizeVersion: 'v5.5.0'});
		expect(parseKubectlVersion(stdout)).toBe('v1.32.4');
	});

	test('anything else reads as no version', () => {
		for (const stdout of ['', 'Client Version: v1.32.4', '{}', '{"clientVersion": "v1"}', '{"clientVersion": {}}']) {
			expect(parseKubectlVersion(stdout)).toBeUndefined();
		}
	});
});
