/**
 * Doctor's local-tools checks over the sandbox with the real adapters: the kubeconfig's credential plugin
 * missing, root through sudo with an empty az profile, a known-bad az release, and a stale or broken
 * aks-preview. The commands az and kubectl answer come from a fake Exec; the files are real ones.
 */
import {mkdir, mkdtemp, rm, utimes, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {parse, stringify} from 'yaml';
import {seedIds} from '../../source/sandbox/index.js';
import {fakeExec} from '../helpers/fake-exec.js';
import {loginServer, probeDeployment, startDoctorWorld, type DoctorWorld} from './doctor-world.js';

const aks = seedIds.aksCluster;

let world: DoctorWorld | undefined;
const directories: string[] = [];
afterEach(async () => {
	await world?.close();
	world = undefined;
	await Promise.all(directories.splice(0).map(async (directory) => rm(directory, {recursive: true, force: true})));
});

async function directory(): Promise<string> {
	const made = await mkdtemp(join(tmpdir(), 'doctor-local-'));
	directories.push(made);
	return made;
}

/** The Exec answers of a machine with az `version` (and its extensions) and kubectl v1.32.4. */
function tools(version: string, extensions: Record<string, string> = {}) {
	return fakeExec({
		'az version -o json': {stdout: JSON.stringify({'azure-cli': version, 'azure-cli-core': version, extensions})},
		'kubectl version --client -o json': {stdout: JSON.stringify({clientVersion: {gitVersion: 'v1.32.4'}})},
	});
}

/** An aks-preview extension as `az extension add` lays it out: its wheel's METADATA and its azext_metadata.json. */
async function aksPreview(root: string, version: string, minCliCoreVersion: string): Promise<void> {
	const extension = join(root, 'aks-preview');
	await mkdir(join(extension, `aks_preview-${version}.dist-info`), {recursive: true});
	await mkdir(join(extension, 'azext_aks_preview'), {recursive: true});
	await writeFile(join(extension, `aks_preview-${version}.dist-info`, 'METADATA'), `Metadata-Version: 2.1\nName: aks-preview\nVersion: ${version}\n`);
	await writeFile(
		join(extension, 'azext_aks_preview', 'azext_metadata.json'),
		JSON.stringify({'azext.isPreview': true, 'azext.minCliCoreVersion': minCliCoreVersion}),
	);
}

describe('doctor checks the tools on this machine', () => {
	test('kubelogin-required: the kubeconfig user runs kubelogin, which is not on PATH; doctor names it first instead of refusing', async () => {
		world = await startDoctorWorld('kubelogin-required');
		const id = `/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${aks}`;
		// What az aks get-credentials writes for an Entra cluster (the Azure adapter answers it with the token already got).
		const config = parse(await world.azure.getClusterUserKubeconfig(id)) as {users: Array<{name: string; user: unknown}>};
		const exec = {
			apiVersion: 'client.authentication.k8s.io/v1beta1',
			command: 'kubelogin',
			args: ['get-token', '--login', 'devicecode'],
			provideClusterInfo: false,
		};
		const yaml = stringify({...config, users: config.users.map((user) => ({name: user.name, user: {exec}}))});
		const empty = await directory();
		const report = await world.doctor(
			{context: aks},
			{kubeconfig: {kind: 'inline', yaml}, local: {exec: tools('2.61.0'), env: {PATH: empty, AZURE_CONFIG_DIR: empty}}},
		);
		expect(report.findings[0]).toMatchObject({id: 'local-exec-plugin', status: 'fail', title: "The kubeconfig's credential plugin kubelogin is not installed"});
		expect(report.findings[0]?.evidence).toContain('kubelogin: not found on PATH');
		expect(report.findings[0]?.fix?.commands).toEqual(['az aks install-cli']);
		expect(report.findings.map((finding) => finding.id)).toContain('cluster-unreachable');
		expect(report.status).toBe('fail');
	});

	test('a kubeconfig user without a credential plugin: no plugin finding, and the az release is reported', async () => {
		world = await startDoctorWorld();
		const none = await directory();
		await world.deploy(aks, probeDeployment({image: `${loginServer}/nginx:v1`}));
		const report = await world.doctor({context: aks}, {local: {exec: tools('2.61.0'), env: {AZURE_CONFIG_DIR: none}}});
		expect(report.findings.find((finding) => finding.id === 'local-exec-plugin')).toBeUndefined();
		expect(report.findings.find((finding) => finding.id === 'local-az')).toMatchObject({status: 'ok', title: 'Azure CLI 2.61.0'});
		// The pod's cause stays first: the local advisories come after the pod's findings.
		expect(report.findings[0]).toMatchObject({id: 'kubelet-pull-role', status: 'fail'});
	});

	test('sudo with an empty az profile: root reads its own profile, and doctor says so before the pod', async () => {
		world = await startDoctorWorld();
		await world.deploy(aks, probeDeployment({image: `${loginServer}/nginx:v1`}));
		const rootAz = await directory();
		await writeFile(join(rootAz, 'azureProfile.json'), '\uFEFF{"installationId": "x", "subscriptions": []}');
		const report = await world.doctor({context: aks}, {local: {exec: tools('2.61.0'), env: {SUDO_USER: 'alice', AZURE_CONFIG_DIR: rootAz, PATH: ''}, uid: 0}});
		expect(report.findings[0]).toMatchObject({id: 'local-sudo', status: 'fail'});
		expect(report.findings[0]?.cause).toContain("alice's own az login is not used");
		expect(report.findings[0]?.fix?.commands).toEqual(['run acr-wizard doctor without sudo', 'sudo AZURE_CONFIG_DIR=~alice/.azure acr-wizard doctor']);
		// The pod's own cause follows.
		expect(report.findings[1]).toMatchObject({id: 'kubelet-pull-role', status: 'fail'});
	});

	test("az's own version cache is read when az was not upgraded since it was written: no Python start", async () => {
		world = await startDoctorWorld();
		const bin = await directory();
		const config = await directory();
		await writeFile(join(bin, 'az'), '#!/bin/sh\n', {mode: 0o755});
		await utimes(join(bin, 'az'), new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'));
		await writeFile(join(config, 'versionCheck.json'), '\uFEFF{"versions": {"azure-cli": {"local": "2.46.0"}}, "update_time": "2026-06-01 10:00:00.000000"}');
		await aksPreview(join(config, 'cliextensions'), '0.5.50', '2.30.0');
		// No az stub: running az would fail this test.
		const exec = fakeExec({'kubectl version --client -o json': {stdout: JSON.stringify({clientVersion: {gitVersion: 'v1.32.4'}})}});
		const report = await world.doctor({context: aks}, {local: {exec, env: {PATH: bin, AZURE_CONFIG_DIR: config}}});
		expect(report.findings.find((finding) => finding.id === 'local-az')).toMatchObject({
			status: 'fail',
			title: 'Azure CLI 2.46.0 has a known bug in a command doctor uses',
		});
		expect(report.findings.find((finding) => finding.id === 'local-aks-preview')?.evidence).toContain('aks-preview: 0.5.50');
		expect(exec.ran.filter((line) => line.startsWith('az '))).toEqual([]);
	});

	test('an az upgraded after its version cache was written is asked again', async () => {
		world = await startDoctorWorld();
		const bin = await directory();
		const config = await directory();
		await writeFile(join(config, 'versionCheck.json'), '{"versions": {"azure-cli": {"local": "2.46.0"}}, "update_time": "2026-01-01 10:00:00.000000"}');
		await writeFile(join(bin, 'az'), '#!/bin/sh\n', {mode: 0o755});
		const report = await world.doctor({context: aks}, {local: {exec: tools('2.61.0'), env: {PATH: bin, AZURE_CONFIG_DIR: config}}});
		expect(report.findings.find((finding) => finding.id === 'local-az')).toMatchObject({status: 'ok', title: 'Azure CLI 2.61.0'});
	});

	test('sudo with a signed-in root profile is no finding', async () => {
		world = await startDoctorWorld();
		const rootAz = await directory();
		await writeFile(join(rootAz, 'azureProfile.json'), JSON.stringify({subscriptions: [{id: seedIds.subscriptionId, isDefault: true}]}));
		const report = await world.doctor({context: aks}, {local: {exec: tools('2.61.0'), env: {SUDO_USER: 'alice', AZURE_CONFIG_DIR: rootAz}, uid: 0}});
		expect(report.findings.map((finding) => finding.id)).not.toContain('local-sudo');
	});

	test('az 2.46.0: attach-acr is known to fail in it; an advisory that does not change the exit status', async () => {
		world = await startDoctorWorld();
		const none = await directory();
		const report = await world.doctor({context: aks}, {local: {exec: tools('2.46.0'), env: {AZURE_CONFIG_DIR: none}}});
		const az = report.findings.find((finding) => finding.id === 'local-az');
		expect(az).toMatchObject({status: 'fail', title: 'Azure CLI 2.46.0 has a known bug in a command doctor uses'});
		expect(az?.cause).toContain('Azure/azure-cli#25963');
		expect(az?.cause).toContain('fixed in 2.47.0');
		expect(az?.fix?.commands).toEqual(['az upgrade']);
		// No pod fails to pull: the pull path is sound whatever az's release.
		expect(report.status).toBe('ok');
	});

	test('az missing and kubectl missing: warnings naming how to install them', async () => {
		world = await startDoctorWorld();
		const none = await directory();
		const report = await world.doctor({context: aks}, {local: {exec: fakeExec({}, {missing: ['az', 'kubectl']}), env: {AZURE_CONFIG_DIR: none}}});
		expect(report.findings.find((finding) => finding.id === 'local-az')).toMatchObject({status: 'warn', title: 'The Azure CLI is not installed'});
		expect(report.findings.find((finding) => finding.id === 'local-kubectl')).toMatchObject({
			status: 'warn',
			fix: {commands: ['az aks install-cli'], actions: []},
		});
	});

	test.each([
		['a stale aks-preview (made for az 2.30.0 under az 2.61.0)', '0.5.50', '2.30.0', 'warn', 'A stale aks-preview extension replaces az aks'],
		['an aks-preview that needs a newer az', '9.0.0', '2.70.0', 'fail', 'The aks-preview extension cannot load with this az'],
		['a current aks-preview', '7.0.0b1', '2.58.0', 'ok', 'The aks-preview extension is current'],
	])('%s', async (_name, version, minimum, status, title) => {
		world = await startDoctorWorld();
		const config = await directory();
		await aksPreview(join(config, 'cliextensions'), version, minimum);
		const report = await world.doctor({context: aks}, {local: {exec: tools('2.61.0', {'aks-preview': version}), env: {AZURE_CONFIG_DIR: config}}});
		const preview = report.findings.find((finding) => finding.id === 'local-aks-preview');
		expect(preview).toMatchObject({status, title});
		expect(preview?.evidence).toContain(`azext.minCliCoreVersion: ${minimum}`);
	});
});
