/**
 * Doctor in the sandbox's broken worlds, with the real adapters over HTTPS: for each failure the sandbox can
 * produce, the cause named first, and (where doctor can make the change) its fix plan makes the pod run.
 */
import {afterEach, describe, expect, test} from 'vitest';
import {seedIds} from '../../source/sandbox/index.js';
import {kubeRequest} from '../helpers/kube-raw.js';
import {setPullWorld} from '../sandbox/pull-failures/helpers.js';
import {loginServer, probeDeployment, reexamine, sharedRegistryId, startDoctorWorld, type DoctorWorld} from './doctor-world.js';

const aks = seedIds.aksCluster;
const kind = seedIds.localCluster;

let world: DoctorWorld | undefined;
afterEach(async () => {
	await world?.close();
	world = undefined;
});

/** The first finding of the report: the cause doctor names first. */
const first = (report: Awaited<ReturnType<DoctorWorld['doctor']>>) => report.findings[0];

/** A token that may read `repository` (or only hello-world), its password, and a pull secret on kind-local holding it. */
async function tokenSecret(target: DoctorWorld, options: {repository: string; server?: string; password?: string; secret?: string; namespace?: string}) {
	const map = await target.azure.createScopeMap(sharedRegistryId, 'doctor-read', [
		`repositories/${options.repository}/content/read`,
		`repositories/${options.repository}/metadata/read`,
	]);
	const token = await target.azure.createToken(sharedRegistryId, 'doctor-reader', map.id);
	const {username, password} = await target.azure.generateTokenPassword(sharedRegistryId, token.id, 'password1');
	const namespace = options.namespace ?? 'default';
	if (namespace !== 'default') await target.cluster(kind).createNamespace(namespace);
	await target.cluster(kind).applyDockerRegistrySecret({
		namespace,
		name: options.secret ?? 'acr-token',
		server: options.server ?? loginServer,
		username,
		password: options.password ?? password.value,
	});
}

describe('doctor names the cause first, and its plan makes the pod run', () => {
	test('AKS without AcrPull: the kubelet identity has no pull role; granting it makes the pod run', async () => {
		world = await startDoctorWorld();
		await world.deploy(aks, probeDeployment({image: `${loginServer}/nginx:v1`}));
		const report = await world.doctor({context: aks, namespace: 'default'});
		expect(first(report)).toMatchObject({id: 'kubelet-pull-role', status: 'fail', explainsKubelet: true});
		// The registry is in another subscription than the cluster: az names it by its resource id.
		expect(first(report)?.fix?.commands[0]).toBe(`az aks update --name aks-sandbox --resource-group rg-acr-sandbox --attach-acr ${sharedRegistryId}`);
		expect(report.status).toBe('fail');
		expect(await world.fix(report, aks)).toEqual([expect.stringContaining('Grant AcrPull'), expect.stringContaining('Restart the pods')]);
		await world.running(aks);
		expect((await reexamine(world, report)).pods).toEqual([]);
	});

	test('registry-abac-acrpull-ignored: AcrPull is not honoured in ABAC mode; Repository Reader makes the pod run', async () => {
		world = await startDoctorWorld('registry-abac-acrpull-ignored');
		await world.deploy(aks, probeDeployment({image: `${loginServer}/nginx:v1`}));
		const report = await world.doctor({context: aks});
		expect(first(report)).toMatchObject({id: 'kubelet-pull-role', status: 'fail'});
		expect(first(report)?.evidence).toContain('roleAssignmentMode: AbacRepositoryPermissions');
		expect(first(report)?.fix?.actions[0]).toMatchObject({kind: 'assign-role', role: 'Container Registry Repository Reader'});
		await world.fix(report, aks);
		await world.running(aks);
	});

	test('registry-abac-other-repository: the Repository Reader condition covers hello-world, not nginx', async () => {
		world = await startDoctorWorld('registry-abac-other-repository');
		await world.deploy(aks, probeDeployment({image: `${loginServer}/nginx:v1`}));
		const report = await world.doctor({context: aks});
		expect(first(report)).toMatchObject({id: 'kubelet-pull-role', status: 'fail'});
		expect(first(report)?.cause).toContain("'nginx'");
		await world.fix(report, aks);
		await world.running(aks);
	});

	test('a missing tag: the image is not in the registry; importing it makes the pod run', async () => {
		world = await startDoctorWorld();
		await world.attach();
		await world.deploy(aks, probeDeployment({image: `${loginServer}/nginx:v9`}));
		const report = await world.doctor({context: aks, deployment: 'doctor-probe', namespace: 'default'});
		expect(first(report)).toMatchObject({id: 'image-exists', status: 'fail'});
		expect(first(report)?.cause).toContain("'nginx' has no tag 'v9' (read from its data plane)");
		expect(first(report)?.fix?.commands[0]).toBe(
			`az acr import --name contososharedacr --source docker.io/library/nginx:latest --image nginx:v9 --subscription ${seedIds.sharedSubscriptionId}`,
		);
		await world.fix(report, aks);
		await world.running(aks);
	});

	test('a missing repository: the image is not in the registry (the import doctor offers has no source)', async () => {
		world = await startDoctorWorld();
		await world.attach();
		await world.deploy(aks, probeDeployment({image: `${loginServer}/no-such-app:v1`}));
		const report = await world.doctor({context: aks});
		expect(first(report)).toMatchObject({id: 'image-exists', status: 'fail'});
		// Read from the registry's data plane, not inferred from the kubelet's words.
		expect(first(report)?.cause).toContain("has no repository 'no-such-app' (read from its data plane)");
		expect(first(report)?.evidence).toContain('GET /v2/no-such-app/tags/list: NAME_UNKNOWN');
	});

	test('a registry name typo: no registry has that login server, the closest is named, and pointing the deployment at it makes the pod run', async () => {
		world = await startDoctorWorld();
		await world.attach();
		await world.deploy(aks, probeDeployment({image: 'contosossharedacr.azurecr.io/nginx:v1'}));
		const report = await world.doctor({context: aks});
		expect(first(report)).toMatchObject({id: 'image-registry', status: 'fail'});
		expect(first(report)?.cause).toContain(loginServer);
		expect(first(report)?.fix?.actions).toEqual([
			{kind: 'set-image', namespace: 'default', deployment: 'doctor-probe', container: 'app', image: `${loginServer}/nginx:v1`},
		]);
		await world.fix(report, aks);
		await world.running(aks);
	});

	test.each([
		['registry-firewall-denies-cluster', 'registry-network', 'denies by default'],
		['private-endpoint-dns-not-linked', 'registry-network', 'privatelink.azurecr.io'],
		['egress-firewall-blocks-registry', 'network-egress', 'time out'],
		['egress-firewall-tls-inspection', 'network-tls', 'TLS'],
		['custom-dns-no-such-host', 'network-dns', 'DNS'],
		['kubelet-identity-deleted', 'kubelet-identity', 'no longer exists'],
		['kubelet-identity-detached', 'kubelet-pull-role', 'do not present that identity'],
		['kubelet-service-principal-expired', 'kubelet-identity', 'service principal'],
	])('%s: doctor names %s first (%s); the fix is commands for a person', async (scenario, id, words) => {
		world = await startDoctorWorld(scenario);
		await world.deploy(aks, probeDeployment({image: `${loginServer}/nginx:v1`}));
		const report = await world.doctor({context: aks});
		expect(first(report)).toMatchObject({id, status: 'fail', explainsKubelet: true});
		expect(first(report)?.cause).toContain(words);
		expect(first(report)?.fix?.commands.length).toBeGreaterThan(0);
	});

	test('egress-firewall-blocks-data-endpoint: the layer downloads from the data endpoint time out, and doctor names that host', async () => {
		world = await startDoctorWorld('egress-firewall-blocks-data-endpoint');
		await world.deploy(aks, probeDeployment({image: `${loginServer}/nginx:v1`}));
		const report = await world.doctor({context: aks});
		expect(first(report)).toMatchObject({id: 'network-egress', status: 'fail'});
		expect(first(report)?.cause).toMatch(/contososharedacr\.[a-z0-9]+\.data\.azurecr\.io/);
	});

	test('role-propagation-delayed: a pull role granted minutes ago is named as not propagated yet, and the fix is to wait and restart', async () => {
		world = await startDoctorWorld('role-propagation-delayed');
		await world.attach();
		await world.deploy(aks, probeDeployment({image: `${loginServer}/nginx:v1`}));
		const report = await world.doctor({context: aks});
		expect(first(report)).toMatchObject({id: 'kubelet-pull-role', status: 'warn', title: 'The pull role is new and may not have reached the registry yet'});
		expect(first(report)?.fix?.actions).toEqual([{kind: 'restart-pods', namespace: 'default', selector: 'app=doctor-probe'}]);
		// Two minutes later (the sandbox told the assignment has arrived): the plan's restart makes the pod run.
		expect((await setPullWorld(world.sandbox, {propagation: {directMs: 0, groupMs: 0}})).status).toBe(200);
		await world.fix(report, aks);
		await world.running(aks);
	});

	test('arm64-pool-amd64-image: the image has no manifest for the arm64 node', async () => {
		world = await startDoctorWorld('arm64-pool-amd64-image');
		const template = {
			metadata: {labels: {app: 'doctor-probe'}},
			spec: {nodeSelector: {'kubernetes.io/arch': 'arm64'}, containers: [{name: 'app', image: `${loginServer}/app:v1`}]},
		};
		const body = {
			apiVersion: 'apps/v1',
			kind: 'Deployment',
			metadata: {name: 'doctor-probe'},
			spec: {replicas: 1, selector: {matchLabels: {app: 'doctor-probe'}}, template},
		};
		expect((await kubeRequest(world.sandbox, 'aks', 'POST', '/apis/apps/v1/namespaces/default/deployments', body)).status).toBe(201);
		const report = await world.failing(aks).then(async () => world?.doctor({context: aks}));
		expect(report && first(report)).toMatchObject({id: 'image-platform', status: 'fail'});
		expect(report && first(report)?.cause).toContain('linux/arm64');
		// The manifest as the registry serves it, read from its data plane.
		expect(report && first(report)?.evidence.some((line) => line.startsWith('manifest sha256:'))).toBe(true);
	});

	test('docker-hub-rate-limited: Docker Hub refuses more anonymous pulls', async () => {
		world = await startDoctorWorld('docker-hub-rate-limited');
		await world.deploy(aks, probeDeployment({image: 'docker.io/library/nginx:latest'}));
		const report = await world.doctor({context: aks});
		expect(first(report)).toMatchObject({id: 'image-rate-limited', status: 'fail'});
	});

	test('pull-secret-opaque: the secret is not of a docker type; rewriting it as one makes the pod run', async () => {
		world = await startDoctorWorld('pull-secret-opaque');
		await world.deploy(kind, probeDeployment({image: `${loginServer}/nginx:v1`}));
		const report = await world.doctor({context: kind});
		expect(first(report)).toMatchObject({id: 'pull-secret', status: 'fail', title: "The pull secret 'acr-secret' is not of a docker type"});
		await world.fix(report, kind);
		await world.running(kind);
	});

	test('registry-admin-password-rotated: the admin password in the secret is refused', async () => {
		world = await startDoctorWorld('registry-admin-password-rotated');
		await world.deploy(aks, probeDeployment({image: `${loginServer}/nginx:v1`, secrets: ['acr-admin']}));
		const report = await world.doctor({context: aks});
		expect(first(report)).toMatchObject({id: 'secret-credential', status: 'fail', title: "The registry refuses the secret's password"});
		expect(first(report)?.cause).toContain('admin user');
	});

	test("registry-token-one-repository: the token's scope map misses the repository; adding it makes the pod run", async () => {
		world = await startDoctorWorld('registry-token-one-repository');
		const token = await world.azure.getToken(sharedRegistryId, 'ci-hello-reader');
		if (!token) throw new Error('the scenario has no token');
		const {username, password} = await world.azure.generateTokenPassword(sharedRegistryId, token.id, 'password2');
		await world.cluster(kind).applyDockerRegistrySecret({namespace: 'default', name: 'acr-token', server: loginServer, username, password: password.value});
		await world.deploy(kind, probeDeployment({image: `${loginServer}/nginx:v1`, secrets: ['acr-token']}));
		const report = await world.doctor({context: kind});
		expect(first(report)).toMatchObject({id: 'secret-credential', status: 'fail', title: "The token's scope map does not cover the repository"});
		await world.fix(report, kind);
		await world.running(kind);
	});

	test('a wrong token password: the registry refuses the secret, which is otherwise right', async () => {
		world = await startDoctorWorld();
		await tokenSecret(world, {repository: 'nginx', password: 'not-the-password'});
		await world.deploy(kind, probeDeployment({image: `${loginServer}/nginx:v1`, secrets: ['acr-token']}));
		const report = await world.doctor({context: kind});
		expect(first(report)).toMatchObject({id: 'secret-credential', status: 'fail', title: "The registry refuses the secret's password"});
		// Tried, not inferred: the secret's own credentials against the token exchange.
		expect(first(report)?.evidence.some((line) => line.startsWith(`tried against ${loginServer}'s token exchange: refused (UNAUTHORIZED`))).toBe(true);
	});

	test('a secret in another namespace: the pod names a secret its namespace lacks, and doctor says where it is', async () => {
		world = await startDoctorWorld();
		await tokenSecret(world, {repository: 'nginx', namespace: 'ci'});
		await world.deploy(kind, probeDeployment({image: `${loginServer}/nginx:v1`, secrets: ['acr-token']}));
		const report = await world.doctor({context: kind, namespace: 'default'});
		expect(first(report)).toMatchObject({id: 'pull-secret', status: 'fail'});
		expect(first(report)?.cause).toContain('but in ci');
	});

	test("a wrong server in the secret: it holds credentials for another host; rewriting it for the registry's makes the pod run", async () => {
		world = await startDoctorWorld();
		await tokenSecret(world, {repository: 'nginx', server: 'contososharedacr.azurecr.cn'});
		await world.deploy(kind, probeDeployment({image: `${loginServer}/nginx:v1`, secrets: ['acr-token']}));
		const report = await world.doctor({context: kind});
		expect(first(report)).toMatchObject({id: 'pull-secret', status: 'fail', title: "The pull secret 'acr-token' names another server"});
		await world.fix(report, kind);
		await world.running(kind);
	});

	test('no credentials at all on a cluster that is not AKS: the pod has no pull secret for the registry', async () => {
		world = await startDoctorWorld();
		await world.deploy(kind, probeDeployment({image: `${loginServer}/nginx:v1`}));
		const report = await world.doctor({context: kind});
		expect(first(report)).toMatchObject({id: 'pull-credential', status: 'fail'});
	});

	test('--registry limits doctor to the pods pulling from that registry', async () => {
		world = await startDoctorWorld();
		await world.deploy(aks, probeDeployment({image: `${loginServer}/nginx:v1`}));
		expect((await world.doctor({context: aks, registry: seedIds.sharedRegistry})).pods).toHaveLength(1);
		await world.azure.createRegistry({
			subscriptionId: seedIds.subscriptionId,
			resourceGroup: seedIds.resourceGroup,
			name: 'otherdoctoracr',
			location: 'eastus',
			sku: 'Basic',
		});
		const other = await world.doctor({context: aks, registry: 'otherdoctoracr'});
		expect(other.pods).toEqual([]);
		expect(other.status).toBe('ok');
	});

	test('a healthy pod: exit status ok and no finding above ok', async () => {
		world = await startDoctorWorld();
		await tokenSecret(world, {repository: 'nginx'});
		const pod = await world.deploy(kind, probeDeployment({image: `${loginServer}/nginx:v1`, secrets: ['acr-token']}), 'running');
		const report = await world.doctor({context: kind, namespace: 'default', pod: pod.name});
		expect(report.status).toBe('ok');
		expect(report.findings.map((finding) => finding.status)).toEqual(report.findings.map(() => 'ok'));
		expect(report.findings.map((finding) => finding.id)).toEqual([
			'image-registry',
			'registry-network',
			'pull-secret',
			'secret-credential',
			'image-content',
			'kubelet',
		]);
		// The secret's own credentials were tried against the registry, and the image read from it.
		expect(report.findings.find((finding) => finding.id === 'secret-credential')?.evidence).toContain(
			`tried against ${loginServer}'s token exchange: accepted`,
		);
		expect(report.findings.find((finding) => finding.id === 'image-content')?.title).toBe('The registry holds nginx:v1');
	});
});
