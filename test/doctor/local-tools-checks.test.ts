/** The local-tools checks as pure functions of the facts: the known-bad az list, aks-preview against its core, the plugin, sudo. */
import {describe, expect, test} from 'vitest';
import {localBlockers, localTools} from '../../source/diagnosis/checks/local-tools.js';
import {knownBadAzReleases} from '../../source/diagnosis/checks/az-releases.js';
import type {LocalFacts} from '../../source/diagnosis/doctor-facts.js';
import {advisoryIds, overallStatus} from '../../source/diagnosis/doctor.js';
import semver from 'semver';

const machine = (overrides: Partial<LocalFacts> = {}): LocalFacts => ({
	az: {installed: true, version: '2.61.0', extensions: {}},
	kubectl: {installed: true, version: 'v1.32.4'},
	...overrides,
});

describe('local tools', () => {
	test('every known-bad release is a valid semver range with a public source', () => {
		for (const release of knownBadAzReleases) {
			expect(semver.validRange(release.versions), release.versions).not.toBeNull();
			expect(release.source).toMatch(/^[\w-]+\/[\w.-]+#\d+$/);
		}
	});

	test.each([
		['2.46.0', ['fail']],
		['2.38.0', ['warn', 'warn']],
		['2.44.1', ['warn']],
		['2.47.0', ['ok']],
	])('az %s', (version, statuses) => {
		const found = localTools(machine({az: {installed: true, version, extensions: {}}})).filter((finding) => finding.id === 'local-az');
		expect(found.map((finding) => finding.status)).toEqual(statuses);
	});

	test('a credential plugin on PATH is an all-clear, one off PATH a blocker', () => {
		const onPath = machine({execPlugin: {user: 'clusterUser_rg_aks', command: 'kubelogin', onPath: true}});
		expect(localTools(onPath).find((finding) => finding.id === 'local-exec-plugin')).toMatchObject({status: 'ok'});
		expect(localBlockers(onPath)).toEqual([]);
		const offPath = machine({execPlugin: {user: 'u', command: 'gke-gcloud-auth-plugin', onPath: false}});
		expect(localBlockers(offPath)).toMatchObject([
			{id: 'local-exec-plugin', status: 'fail', fix: {commands: ['install gke-gcloud-auth-plugin, or put it on PATH']}},
		]);
	});

	test('advisories never change the overall status; blockers do', () => {
		const advisories = localTools(machine({az: {installed: false, extensions: {}}, kubectl: {installed: false}}));
		expect(advisories.every((finding) => advisoryIds.has(finding.id))).toBe(true);
		expect(overallStatus(advisories)).toBe('ok');
		expect(overallStatus(localBlockers(machine({sudo: {user: 'alice', azConfigDir: '/root/.azure', profile: 'missing'}})))).toBe('fail');
	});

	test('no aks-preview installed: no aks-preview finding', () => {
		expect(localTools(machine()).map((finding) => finding.id)).toEqual(['local-az', 'local-kubectl']);
	});
});
