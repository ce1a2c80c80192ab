/**
 * Doctor on an image served by a connected registry on its clusterIP, with the real adapters over the
 * sandbox: the seed 004 world built through the emulated APIs, a client token and its pull secret, a
 * hello-world deployment on the Arc cluster; then one thing broken, doctor's cause, and its plan.
 */
import {afterEach, describe, expect, test} from 'vitest';
import {seedIds} from '../../source/sandbox/index.js';
import {
	arcKube,
	arcWorld,
	connectionString,
	createConnectedRegistryWorld,
	extensionSettled,
	putExtension,
	registryPath,
} from '../../source/sandbox/scenarios/connected-registry-world.js';
import {probeDeployment, reexamine, startDoctorWorld, type DoctorWorld} from './doctor-world.js';

const arc = seedIds.arcCluster;
const image = `${arcWorld.clusterIP}/hello-world:latest`;
const gatewayOnly = ['config/read', 'config/write', 'message/read', 'message/write'].map((action) => `gateway/${arcWorld.connectedRegistry}/${action}`);

let world: DoctorWorld | undefined;
afterEach(async () => {
	await world?.close();
	world = undefined;
});

/** The connected registry installed and online, the client token `mytoken` (attached or not), its pull secret on the Arc cluster. */
async function connectedWorld(target: DoctorWorld, options: {attach: boolean}): Promise<string> {
	await createConnectedRegistryWorld(target.sandbox);
	await putExtension(target.sandbox, {}, await connectionString(target.sandbox));
	expect(await extensionSettled(target.sandbox)).toBe('Succeeded');
	const registryId = registryPath();
	const map = await target.azure.createScopeMap(registryId, 'mytoken-scope-map', [
		'repositories/hello-world/content/read',
		'repositories/hello-world/metadata/read',
	]);
	const token = await target.azure.createToken(registryId, 'mytoken', map.id);
	const {username, password} = await target.azure.generateTokenPassword(registryId, token.id, 'password1');
	if (options.attach) await target.azure.addClientTokens(registryId, arcWorld.connectedRegistry, [token.id]);
	await target
		.cluster(arc)
		.applyDockerRegistrySecret({namespace: 'default', name: 'cr-secret', server: arcWorld.clusterIP, username, password: password.value});
	return registryId;
}

/** Scales the connected registry's own deployment to zero (its pod gone, nothing serves the clusterIP). */
async function stopConnectedRegistry(target: DoctorWorld): Promise<void> {
	const path = '/apis/apps/v1/namespaces/connected-registry/deployments/connected-registry';
	const deployment = (await arcKube(target.sandbox, 'GET', path)) as {spec: {replicas: number}};
	await arcKube(target.sandbox, 'PUT', path, {...deployment, spec: {...deployment.spec, replicas: 0}});
}

describe('doctor on a connected registry', () => {
	test('client token missing: the token is not attached to the connected registry; attaching it makes the pod run', async () => {
		world = await startDoctorWorld();
		await connectedWorld(world, {attach: false});
		await world.deploy(arc, probeDeployment({image, secrets: ['cr-secret']}));
		const report = await world.doctor({context: arc});
		expect(report.findings[0]).toMatchObject({id: 'connected-registry', status: 'fail', title: 'The client token is not attached to the connected registry'});
		expect(report.findings[0]?.evidence.join('\n')).toContain('clientTokenIds: (none)');
		expect(report.findings[0]?.fix?.commands).toEqual([
			`az acr connected-registry update --registry ${arcWorld.registry} --name ${arcWorld.connectedRegistry} --add-client-tokens mytoken`,
		]);
		expect(report.findings.map((finding) => finding.id)).toEqual(
			expect.arrayContaining(['connected-extension', 'connected-service', 'connected-sync', 'connected-sync-scope']),
		);
		expect(await world.fix(report, arc)).toEqual([
			`Attach the client token mytoken to the connected registry ${arcWorld.connectedRegistry}`,
			'Restart the pods app=doctor-probe',
		]);
		await world.running(arc);
		expect((await reexamine(world, report)).pods).toEqual([]);
	});

	test('repository not synced: the sync scope leaves hello-world out; adding it back makes the pod run', async () => {
		world = await startDoctorWorld();
		const registryId = await connectedWorld(world, {attach: true});
		await world.azure.createScopeMap(registryId, arcWorld.connectedRegistry, gatewayOnly);
		await world.deploy(arc, probeDeployment({image, secrets: ['cr-secret']}));
		const report = await world.doctor({context: arc});
		expect(report.findings[0]).toMatchObject({id: 'connected-registry', status: 'fail', title: 'The repository is not in the sync scope'});
		expect(report.findings[0]?.fix?.actions[0]).toMatchObject({kind: 'update-scope-map', scopeMap: arcWorld.connectedRegistry});
		// The image is there in the cloud registry: doctor does not call it missing.
		expect(report.findings.map((finding) => finding.id)).not.toContain('image-exists');
		await world.fix(report, arc);
		await world.running(arc);
		const map = await world.azure.getScopeMap(registryId, arcWorld.connectedRegistry);
		expect(map?.actions).toEqual(expect.arrayContaining([...gatewayOnly, 'repositories/hello-world/content/read']));
	});

	test('connected registry offline: its pod is gone, it is Offline, and doctor says so with the command that shows it', async () => {
		world = await startDoctorWorld();
		await connectedWorld(world, {attach: true});
		await stopConnectedRegistry(world);
		await world.deploy(arc, probeDeployment({image, secrets: ['cr-secret']}));
		const report = await world.doctor({context: arc});
		expect(report.findings[0]).toMatchObject({id: 'connected-registry', status: 'fail', title: 'The connected registry has not synced yet'});
		expect(report.findings[0]?.cause).toContain('is Offline');
		expect(report.findings[0]?.fix).toEqual({
			commands: [`az acr connected-registry show --registry ${arcWorld.registry} --name ${arcWorld.connectedRegistry} --output table`],
			actions: [],
		});
	});

	test('wrong password in the connection string: the extension installs, the registry stays Offline, and doctor quotes its pod’s UNAUTHORIZED line with the fix for the protected setting', async () => {
		world = await startDoctorWorld();
		await createConnectedRegistryWorld(world.sandbox);
		const wrong = (await connectionString(world.sandbox)).replace(/SyncTokenPassword=[^;]*/, 'SyncTokenPassword=not-the-password');
		await putExtension(world.sandbox, {}, wrong);
		expect(await extensionSettled(world.sandbox)).toBe('Succeeded');
		const registryId = registryPath();
		const map = await world.azure.createScopeMap(registryId, 'mytoken-scope-map', [
			'repositories/hello-world/content/read',
			'repositories/hello-world/metadata/read',
		]);
		const token = await world.azure.createToken(registryId, 'mytoken', map.id);
		const {username, password} = await world.azure.generateTokenPassword(registryId, token.id, 'password1');
		await world.azure.addClientTokens(registryId, arcWorld.connectedRegistry, [token.id]);
		await world
			.cluster(arc)
			.applyDockerRegistrySecret({namespace: 'default', name: 'cr-secret', server: arcWorld.clusterIP, username, password: password.value});
		await world.deploy(arc, probeDeployment({image, secrets: ['cr-secret']}));
		const report = await world.doctor({context: arc});
		expect(report.findings[0]).toMatchObject({id: 'connected-registry', status: 'fail', title: 'The connection string carries a wrong sync token password'});
		expect(report.findings[0]?.cause).toContain('{"code":"UNAUTHORIZED","message":"Incorrect Password"');
		const commands = (report.findings[0]?.fix?.commands ?? []).join('\n');
		expect(commands).toContain('--generate-password 1');
		expect(commands).toContain('az k8s-extension update');
		expect(commands).toContain('--config-protected-file protected-settings-extension.json');
		expect(JSON.stringify(report)).not.toContain(password.value);
	});

	test('a healthy pod on the connected registry: every part ok', async () => {
		world = await startDoctorWorld();
		await connectedWorld(world, {attach: true});
		const pod = await world.deploy(arc, probeDeployment({image, secrets: ['cr-secret']}), 'running');
		const report = await world.doctor({context: arc, namespace: 'default', pod: pod.name});
		expect(report.status).toBe('ok');
		expect(report.findings.filter((finding) => finding.id.startsWith('connected-')).map((finding) => [finding.id, finding.status])).toEqual([
			['connected-extension', 'ok'],
			['connected-service', 'ok'],
			['connected-sync', 'ok'],
			['connected-activation', 'ok'],
			['connected-sync-scope', 'ok'],
			['connected-client-token', 'ok'],
		]);
	});
});
