/**
 * Doctor on the identity and credential causes the first table left open, with the real adapters over the
 * sandbox: a registry in another tenant, a cluster whose service principal secret expired (its expiry read),
 * a disabled token and an expired token password (each fixed by its plan until the pod runs).
 */
import {afterEach, describe, expect, test} from 'vitest';
import {seedIds} from '../../source/sandbox/index.js';
import {arm} from '../../source/sandbox/scenarios/connected-registry-world.js';
import {pullIdentityIds} from '../../source/sandbox/scenarios/pull-identity.js';
import {otherTenant} from '../../source/sandbox/scenarios/registry-in-other-tenant.js';
import {kubeRequest} from '../helpers/kube-raw.js';
import {setPullWorld} from '../sandbox/pull-failures/helpers.js';
import {loginServer, probeDeployment, sharedRegistryId, startDoctorWorld, type DoctorWorld} from './doctor-world.js';

const aks = seedIds.aksCluster;
const kind = seedIds.localCluster;

let world: DoctorWorld | undefined;
afterEach(async () => {
	await world?.close();
	world = undefined;
});

/** A token that may read nginx, and its pull secret `acr-token` on kind-local with the password `password` (else a fresh one). */
async function tokenSecret(target: DoctorWorld, password?: string): Promise<{tokenId: string}> {
	const map = await target.azure.createScopeMap(sharedRegistryId, 'doctor-read', ['repositories/nginx/content/read', 'repositories/nginx/metadata/read']);
	const token = await target.azure.createToken(sharedRegistryId, 'doctor-reader', map.id);
	const fresh = await target.azure.generateTokenPassword(sharedRegistryId, token.id, 'password1');
	await target.cluster(kind).applyDockerRegistrySecret({
		namespace: 'default',
		name: 'acr-token',
		server: loginServer,
		username: fresh.username,
		password: password ?? fresh.password.value,
	});
	return {tokenId: token.id};
}

describe('doctor on identities and credentials', () => {
	test('registry-in-other-tenant: the registry is in Fabrikam, the cluster at home; attach cannot work, and doctor says to pull with a token', async () => {
		world = await startDoctorWorld('registry-in-other-tenant');
		await world.deploy(aks, probeDeployment({image: `${loginServer}/nginx:v1`}));
		const report = await world.doctor({context: aks});
		expect(report.findings[0]).toMatchObject({
			id: 'kubelet-tenant',
			status: 'fail',
			explainsKubelet: true,
			title: 'The registry is in another tenant than the cluster',
		});
		expect(report.findings[0]?.cause).toContain(otherTenant.tenantId);
		expect(report.findings[0]?.fix?.commands[0]).toContain('az acr scope-map create --name aks-sandbox-pull');
		// The attach doctor would otherwise offer cannot name a principal of another tenant.
		expect(report.findings.map((finding) => finding.id)).not.toContain('kubelet-pull-role');
	});

	test('node-pool-own-kubelet-identity: the pod on gpupool is refused while the kubelet identity holds AcrPull; doctor names that pool', async () => {
		world = await startDoctorWorld('node-pool-own-kubelet-identity');
		const template = {
			metadata: {labels: {app: 'doctor-probe'}},
			spec: {nodeSelector: {agentpool: pullIdentityIds.gpuPool}, containers: [{name: 'app', image: `${loginServer}/nginx:v1`}]},
		};
		const body = {
			apiVersion: 'apps/v1',
			kind: 'Deployment',
			metadata: {name: 'doctor-probe'},
			spec: {replicas: 1, selector: {matchLabels: {app: 'doctor-probe'}}, template},
		};
		expect((await kubeRequest(world.sandbox, 'aks', 'POST', '/apis/apps/v1/namespaces/default/deployments', body)).status).toBe(201);
		await world.failing(aks);
		const report = await world.doctor({context: aks});
		expect(report.findings[0]).toMatchObject({
			id: 'kubelet-pull-role',
			status: 'fail',
			title: `The nodes of pool ${pullIdentityIds.gpuPool} are refused though the kubelet identity may pull`,
		});
		expect(report.findings[0]?.evidence).toContain('pools: gpupool, nodepool1');
	});

	test('group-role-propagating: AcrPull through a group given minutes ago; doctor says to wait, not to grant again, and its restart makes the pod run once it arrives', async () => {
		world = await startDoctorWorld('group-role-propagating');
		await world.deploy(aks, probeDeployment({image: `${loginServer}/nginx:v1`}));
		const report = await world.doctor({context: aks});
		expect(report.findings[0]).toMatchObject({
			id: 'kubelet-pull-role',
			status: 'warn',
			title: 'The pull role comes through a group and is new: it has not reached the registry yet',
		});
		expect(report.findings[0]?.evidence.some((line) => line.includes('through group'))).toBe(true);
		expect(report.findings[0]?.fix?.actions).toEqual([{kind: 'restart-pods', namespace: 'default', selector: 'app=doctor-probe'}]);
		// Ten minutes later (the sandbox told the group's assignment has arrived): the plan's restart makes the pod run.
		expect((await setPullWorld(world.sandbox, {propagation: {directMs: 0, groupMs: 0}})).status).toBe(200);
		await world.fix(report, aks);
		await world.running(aks);
	});

	test('kubelet-service-principal-expired: the secret of the cluster service principal ended yesterday, read from its application', async () => {
		world = await startDoctorWorld('kubelet-service-principal-expired');
		await world.deploy(aks, probeDeployment({image: `${loginServer}/nginx:v1`}));
		const report = await world.doctor({context: aks});
		expect(report.findings[0]).toMatchObject({id: 'kubelet-identity', status: 'fail', title: "The cluster's service principal secret expired"});
		expect(report.findings[0]?.evidence.some((line) => line.startsWith('passwordCredentials[].endDateTime: '))).toBe(true);
		expect(report.findings[0]?.fix?.commands[0]).toContain(
			'az aks update-credentials --name aks-sandbox --resource-group rg-acr-sandbox --reset-service-principal',
		);
	});

	test('a disabled token: the secret signs in as a disabled token; enabling it makes the pod run', async () => {
		world = await startDoctorWorld();
		await tokenSecret(world);
		const token = `${sharedRegistryId}/tokens/doctor-reader`;
		// Disabled as `az acr token update --status disabled` does it (PATCH): its passwords stay, so enabling it again is the whole fix.
		await arm(world.sandbox, 'PATCH', token, {properties: {status: 'disabled'}});
		await world.deploy(kind, probeDeployment({image: `${loginServer}/nginx:v1`, secrets: ['acr-token']}));
		const report = await world.doctor({context: kind});
		expect(report.findings[0]).toMatchObject({id: 'secret-credential', status: 'fail', title: "The secret's token is disabled"});
		expect(report.findings[0]?.fix?.commands).toEqual([
			`az acr token update --name doctor-reader --registry contososharedacr --status enabled --subscription ${seedIds.sharedSubscriptionId}`,
		]);
		expect(await world.fix(report, kind)).toEqual(['Enable the token doctor-reader', 'Restart the pods app=doctor-probe']);
		await world.running(kind);
	});

	test("an expired token password: every password of the secret's token has ended; a new one written into the secret makes the pod run", async () => {
		world = await startDoctorWorld();
		const {tokenId} = await tokenSecret(world);
		// A password that ended an hour ago (as one made with --expiration-in-days does once its days are over).
		const ended = new Date(Date.now() - 3_600_000).toISOString();
		const answer = (await arm(world.sandbox, 'POST', `${sharedRegistryId}/generateCredentials`, {tokenId, name: 'password1', expiry: ended})) as {
			passwords?: Array<{value?: string}>;
		};
		const expired = answer.passwords?.[0]?.value ?? '';
		await world
			.cluster(kind)
			.applyDockerRegistrySecret({namespace: 'default', name: 'acr-token', server: loginServer, username: 'doctor-reader', password: expired});
		await world.deploy(kind, probeDeployment({image: `${loginServer}/nginx:v1`, secrets: ['acr-token']}));
		const report = await world.doctor({context: kind});
		expect(report.findings[0]).toMatchObject({id: 'secret-credential', status: 'fail', title: "The secret's token password expired"});
		expect(report.findings[0]?.fix?.actions[0]).toMatchObject({kind: 'renew-token-password', slot: 'password1', secret: 'acr-token'});
		await world.fix(report, kind);
		await world.running(kind);
		// The new password went into the secret only: the report and the plan name none.
		expect(JSON.stringify(report)).not.toContain(expired);
	});
});
