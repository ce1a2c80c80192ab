/**
 * The sandbox: a local Azure (ARM + a Microsoft Graph subset) and Kubernetes emulator over HTTPS on 127.0.0.1.
 *
 * How a real Azure SDK client talks to it (the production adapter must do exactly this, nothing more):
 * pass the sandbox `credential`, set `endpoint` to `armEndpoint`, and trust the sandbox CA through the
 * pipeline option `tlsOptions: {ca: caPem}`. core-rest-pipeline turns `tlsOptions` into its `tlsPolicy`,
 * which sets `request.tlsSettings`; its Node HTTP client then builds an `https.Agent` with that `ca`, so
 * only the SDK's own requests trust the sandbox CA (no `NODE_EXTRA_CA_CERTS`, no global agent). The SDKs
 * ask for the scope `${endpoint}/.default`, which the sandbox accepts. For example:
 *
 * ```ts
 * new ContainerRegistryManagementClient(sandbox.credential, sandbox.subscriptionId, {
 * 	endpoint: sandbox.armEndpoint,
 * 	tlsOptions: {ca: sandbox.caPem},
 * });
 * ```
 * Classic (autorest) clients such as `@azure/arm-authorization` 9 take the same `endpoint` and `tlsOptions`.
 */
import {randomBytes} from 'node:crypto';
import {writeFileSync} from 'node:fs';
import {writeFile} from 'node:fs/promises';
import type {TokenCredential} from '@azure/core-auth';
import type {ClusterWorkloads, EmulatedClusterSpec, PullAuthority} from './contracts.js';
import {startClusterApi as realStartClusterApi, type ClusterApiOptions} from './kube/index.js';
import {createClock, type PacedClock, type SandboxPace} from './clock.js';
import {createSandboxCredential} from './credential.js';
import {isAksServerAudience} from './azure/entra-id.js';
import {createSandboxTls} from './tls.js';
import {armFaults, createFaults, faultsVariable, type SandboxFaults} from './faults.js';
import {Router} from './http/router.js';
import {startSandboxServer} from './http/server.js';
import {Operations} from './operations.js';
import type {ClusterEndpoint, SandboxContext} from './context.js';
import {createArmRouter} from './arm.js';
import {addMetadataRoutes} from './azure/resources.js';
import {addGraphRoutes} from './graph/graph.js';
import {createArmAuthorizer} from './azure/enforce.js';
import {addLoginRoutes} from './login.js';
import {addJoinRoutes} from './join.js';
import {createAuthenticate} from './auth.js';
import {configureReplication, type ReplicationLag} from './graph/replication.js';
import {limitDockerHub} from './azure/docker-hub.js';
import {restrictRoleAssignments, type AssignmentPolicy} from './azure/assignment-policies.js';
import {createPullAuthority} from './pull-authority.js';
import {createDataPlane} from './registry/data-plane.js';
import {specWithPools} from './azure/cluster-identity.js';
import {seedIds, seedState, type SandboxSeed} from './seed.js';
import {buildKubeconfig, type KubeconfigEntry} from './kubeconfig.js';
import {key, type SandboxState} from './state.js';
import {inventoryOf, type ClusterInventory, type ClusterReader, type Inventory} from './inventory.js';
import {GuardedRouter} from './control/guarded-router.js';
import {graphGuard} from './control/graph-permissions.js';
import {addControlRoutes} from './control/routes.js';
import {createApiServerAccess} from './control/api-server-access.js';
import {createSignInPolicy} from './control/sign-in.js';
import {findScenario, type Scenario} from './scenarios/index.js';
import {playedClouds, type PlayedCloudName} from './sovereign.js';

export {seedIds} from './seed.js';
export {sandboxCloudVariable} from './client-env.js';
export {joinSandbox, isLoopbackUrl, type JoinedSandbox} from './join.js';
export {scenarios, findScenario} from './scenarios/index.js';
export type {Scenario} from './scenarios/index.js';
export {playedCloudNames, isPlayedCloudName, type PlayedCloudName} from './sovereign.js';
export type {FaultSpec, FaultKind, FaultSurface, SandboxFaults} from './faults.js';
export type {Inventory, ClusterInventory} from './inventory.js';
export {FaultSpecError, faultsEndpoint, faultsVariable, parseFaultSpec} from './faults.js';

/** Starts one emulated cluster's Kubernetes API (the real one lives in `./kube/`). */
export type StartClusterApi = (
	options: ClusterApiOptions,
) => Promise<{url: string; close(): Promise<void>; workloads?: ClusterWorkloads; inventory?: () => ClusterInventory}>;

/** Options of `startSandbox`. */
export type StartSandboxOptions = {
	/** `owner` (default): the user may assign roles; `contributor`: role assignment writes get 403. */
	readonly seed?: SandboxSeed;
	/** `fast` (default) for tests: no waits, `Retry-After: 0`; `demo` for a person watching. */
	readonly pace?: SandboxPace;
	/** Replaces the Kubernetes API servers (tests of the Azure side pass a stub). */
	readonly startClusterApi?: StartClusterApi;
	/** Provider namespaces that start unregistered in the seeded subscriptions. */
	readonly unregisteredProviders?: readonly string[];
	/**
	 * Faults to arm at start, as a spec (see `faults.ts`); when absent, the environment variable
	 * `ACR_WIZARD_SANDBOX_FAULTS`. A spec that cannot be read fails the start with a FaultSpecError.
	 */
	readonly faults?: string;
	/** The HTTPS port of ARM, Graph and sign-in (default: a free one). */
	readonly port?: number;
	/** A named broken world to start in (`acr-wizard sandbox --list-scenarios` lists them); an unknown name throws. */
	readonly scenario?: string;
	/** AKS clusters sign in with Microsoft Entra ID, local accounts disabled: kubelogin kubeconfigs, Entra tokens only. */
	readonly entraIdClusters?: boolean;
	/**
	 * How long the Entra tokens for the AKS server application last, in seconds (an hour when absent, as Entra's
	 * own): short-lived ones show whether a client renews its cluster token before it expires.
	 */
	readonly entraIdTokenSeconds?: number;
	/** New applications and service principals stay invisible to Graph and ARM for a while, as in a real tenant. */
	readonly directoryReplication?: ReplicationLag;
	/** Anonymous imports from docker.io allowed before Docker Hub's rate limit answers `toomanyrequests` (unlimited when absent). */
	readonly dockerHubAnonymousPulls?: number;
	/** A rule the Permissions API cannot show refuses role-assignment writes: a deny assignment, or a condition on the user's role. */
	readonly roleAssignmentPolicy?: AssignmentPolicy;
	/** The Azure cloud to play (its login server suffix, host names and regions); the public cloud when absent. */
	readonly cloud?: PlayedCloudName;
};

/** What the wizard needs to know to talk to the sandbox as a cloud. */
export type SandboxCloud = {
	readonly name: 'AzureSandbox';
	/** The Azure cloud whose names the sandbox serves (`azurecr.cn` when it plays AzureChinaCloud). */
	readonly plays: PlayedCloudName;
	/** Where the seeded world lives, and so where new resources go by default. */
	readonly defaultLocation: string;
	readonly armEndpoint: string;
	readonly acrSuffix: string;
	readonly authorityHost: string;
	readonly graphEndpoint: string;
	readonly armScope: string;
	/** The scope Graph tokens are asked for (`<graphEndpoint>/.default`). */
	readonly graphScope: string;
	/** Where a cluster node's managed identities get tokens (`?object_id=<kubelet>`), as the node's instance metadata service. */
	readonly nodeIdentityEndpoint: string;
	/** Where every login server answers (TLS servername and Host header: the login server). */
	readonly registryAddress: {readonly host: string; readonly port: number};
};

/** One emulated cluster and its running API. */
export type SandboxCluster = {readonly spec: EmulatedClusterSpec; readonly contextName: string; readonly url: string; readonly token: string};

/** A running sandbox. */
export type Sandbox = {
	readonly armEndpoint: string;
	readonly graphEndpoint: string;
	readonly caPem: string;
	readonly credential: TokenCredential;
	readonly subscriptionId: string;
	readonly sharedSubscriptionId: string;
	readonly tenantId: string;
	readonly kubeconfigYaml: string;
	readonly cloud: SandboxCloud;
	readonly clusters: readonly SandboxCluster[];
	readonly faults: SandboxFaults;
	readonly state: SandboxState;
	readonly authority: PullAuthority;
	readonly clock: PacedClock;
	/** What exists, by name and without secrets (also `GET /_sandbox/inventory`). */
	inventory(): Inventory;
	/**
	 * Where registry login servers (`<name>.<acrSuffix>`) answer: this host and port, with the login server as
	 * TLS servername and Host header (`curl --resolve <login server>:<port>:<host> https://<login server>:<port>/v2/`).
	 */
	readonly loginServerAddress: {readonly host: string; readonly port: number};
	/** Writes the kubeconfig (all contexts) to a file created with mode 0600. */
	writeKubeconfig(path: string): Promise<void>;
	close(): Promise<void>;
};

/** When set, a closing sandbox writes its inventory (what exists, no secrets) as JSON to this file. */
export const inventoryVariable = 'ACR_WIZARD_SANDBOX_INVENTORY';

const graphBase = '/graph';

/** Starts the sandbox: TLS, ARM + Graph on one HTTPS port, and one Kubernetes API per emulated cluster. */
export async function startSandbox(options: StartSandboxOptions = {}): Promise<Sandbox> {
	const clock = createClock(options.pace ?? 'fast');
	const played = playedClouds[options.cloud ?? 'AzureCloud'];
	const {acrSuffix} = played;
	const scenario = options.scenario === undefined ? undefined : findScenario(options.scenario);
	// The second CA is what a cluster presents once its certificates are rotated (az aks rotate-certs, or a scenario).
	const [tls, rotatedTls] = await Promise.all([
		createSandboxTls(clock.now(), undefined, [`*.${acrSuffix}`]),
		createSandboxTls(clock.now(), 'acr-wizard sandbox CA (rotated)', [`*.${acrSuffix}`]),
	]);
	const secret = randomBytes(32);
	const {state, clusters: specs} = seedState(options.seed ?? 'owner', options.unregisteredProviders, played);
	if (options.directoryReplication) configureReplication(state, options.directoryReplication);
	if (options.dockerHubAnonymousPulls !== undefined) limitDockerHub(state, options.dockerHubAnonymousPulls);
	if (options.roleAssignmentPolicy) restrictRoleAssignments(state, options.roleAssignmentPolicy);
	if (options.entraIdClusters === true) {
		for (const [id, cluster] of state.managedClusters) state.managedClusters.set(id, {...cluster, entraId: {disableLocalAccounts: true}});
	}
	state.control.rotatedTls = rotatedTls;
	scenario?.apply({state, ids: seedIds, now: clock.now()});
	const listeners = new Set<() => void>();
	const clusterEndpoints = new Map<string, ClusterEndpoint>();
	const clusterWorkloads = new Map<string, ClusterWorkloads>();
	const ctx: SandboxContext = {
		state,
		ops: new Operations(clock),
		clock,
		acrSuffix,
		cloud: played,
		caPem: tls.caPem,
		clusterEndpoints,
		async startCluster(spec) {
			await startOne(spec);
		},
		async stopCluster(id) {
			clusterEndpoints.delete(key(id));
			clusterWorkloads.delete(key(id));
			const api = apisById.get(key(id));
			apisById.delete(key(id));
			if (!api) return;
			apis.splice(apis.indexOf(api), 1);
			await api.close();
		},
		clusterWorkloads,
		notifyAccessChange() {
			for (const listener of listeners) {
				try {
					listener();
				} catch {
					// A listener's failure must not break the ARM call that changed access.
				}
			}
		},
	};
	const faults = createFaults();
	// Read before anything starts, so a spec that cannot be read fails the start with nothing to close.
	armFaults(faults, options.faults ?? process.env[faultsVariable] ?? '');
	let base = '';
	const open = new Router();
	addMetadataRoutes(open, () => ({arm: base, graph: `${base}${graphBase}`, authority: `${base}/adfs`}), played);
	addLoginRoutes(open, {ctx, secret, baseUrl: () => base});
	const joinInfo = {caPem: tls.caPem, kubeconfigYaml: '', subscriptionId: seedIds.subscriptionId, cloud: played.name};
	addJoinRoutes(open, () => joinInfo);
	// Set once the sandbox is up: a scenario applied from the control endpoint then also gets its `started` step.
	const running: {sandbox?: Sandbox} = {};
	const applyScenario = async (chosen: Scenario): Promise<void> => {
		chosen.apply({state, ids: seedIds, now: clock.now()});
		ctx.notifyAccessChange();
		if (running.sandbox) await chosen.started?.(running.sandbox);
	};
	addControlRoutes(open, {ctx, applyScenario: async (name) => applyScenario(findScenario(name))});
	const graph = new GuardedRouter(graphGuard(ctx));
	addGraphRoutes(graph, ctx, graphBase);
	const clusterReaders = new Map<string, ClusterReader>();
	const clusterTokens: string[] = [];
	const inventory = () => inventoryOf(state, clusterReaders, (id) => ctx.ops.provisioningState(id), clusterTokens);
	const server = await startSandboxServer({
		inventory,
		tls,
		arm: createArmRouter(ctx),
		graph,
		open,
		graphBase,
		faults,
		...(options.port === undefined ? {} : {port: options.port}),
		authorize: createArmAuthorizer(ctx),
		byHost: createDataPlane({ctx, secret}),
		authenticate: createAuthenticate(
			secret,
			clock.now,
			() => `${base}/adfs`,
			state.tenantId,
			() => `${base}${graphBase}`,
		),
	});
	base = server.url;
	const authority = createPullAuthority(ctx, listeners);
	const start = options.startClusterApi ?? realStartClusterApi;
	const apis: {close(): Promise<void>}[] = [];
	const apisById = new Map<string, {close(): Promise<void>}>();
	const clusters: SandboxCluster[] = [];
	async function startOne(spec: EmulatedClusterSpec): Promise<SandboxCluster> {
		const token = `sandbox-${spec.name}-${randomBytes(16).toString('hex')}`;
		const serverTls = {key: tls.key, cert: tls.cert};
		const access = createApiServerAccess({state, spec, token, secret, now: clock.now, tls: serverTls, rotatedTls, listeners});
		const api = await start({spec, authority, clock, tls: serverTls, token, access, faults});
		apis.push(api);
		apisById.set(key(spec.id), api);
		const contextName = spec.kind === 'local' ? seedIds.localCluster : spec.name;
		if (api.inventory) clusterReaders.set(contextName, api.inventory);
		clusterTokens.push(token);
		clusterEndpoints.set(key(spec.id), {url: api.url, token, name: spec.name});
		if (api.workloads) clusterWorkloads.set(key(spec.id), api.workloads);
		return {spec, contextName, url: api.url, token};
	}
	try {
		for (const spec of specs.map((seeded) => specWithPools(state, seeded))) {
			clusters.push(await startOne(spec));
		}
	} catch (error: unknown) {
		await Promise.all(apis.map((api) => api.close()));
		await server.close();
		throw error;
	}
	const entries: KubeconfigEntry[] = clusters.map((c) => ({
		contextName: c.contextName,
		clusterName: c.contextName,
		userName: c.spec.kind === 'aks' ? `clusterUser_${seedIds.resourceGroup}_${c.spec.name}` : `${c.contextName}-user`,
		server: c.url,
		token: c.token,
	}));
	const kubeconfigYaml = buildKubeconfig(entries, tls.caPem, seedIds.localCluster);
	joinInfo.kubeconfigYaml = kubeconfigYaml;
	const identity = {tenantId: state.tenantId, objectId: state.user.id, upn: state.user.userPrincipalName, name: state.user.displayName};
	const sandbox: Sandbox = {
		armEndpoint: base,
		graphEndpoint: `${base}${graphBase}`,
		caPem: tls.caPem,
		credential: createSandboxCredential(
			identity,
			secret,
			`${base}/adfs/${state.tenantId}/`,
			clock.now,
			createSignInPolicy(state, clock.now, {objectId: state.user.id, upn: state.user.userPrincipalName}),
			(audience) => (isAksServerAudience(audience) ? options.entraIdTokenSeconds : undefined),
		),
		subscriptionId: seedIds.subscriptionId,
		sharedSubscriptionId: seedIds.sharedSubscriptionId,
		tenantId: state.tenantId,
		kubeconfigYaml,
		cloud: {
			name: 'AzureSandbox',
			plays: played.name,
			defaultLocation: played.location,
			armEndpoint: base,
			acrSuffix,
			authorityHost: `${base}/adfs`,
			graphEndpoint: `${base}${graphBase}`,
			armScope: `${base}/.default`,
			graphScope: `${base}${graphBase}/.default`,
			nodeIdentityEndpoint: `${base}/msi/token`,
			registryAddress: {host: '127.0.0.1', port: Number(new URL(base).port)},
		},
		clusters,
		faults,
		loginServerAddress: {host: '127.0.0.1', port: Number(new URL(base).port)},
		state,
		authority,
		clock,
		inventory,
		async writeKubeconfig(path: string) {
			await writeFile(path, kubeconfigYaml, {encoding: 'utf8', mode: 0o600});
		},
		async close() {
			authority.stop();
			listeners.clear();
			// A run driven from outside (the reliability suite) reads what the sandbox held at the end.
			const inventoryPath = process.env[inventoryVariable];
			if (inventoryPath) writeFileSync(inventoryPath, `${JSON.stringify(inventory(), undefined, 2)}\n`, {encoding: 'utf8', mode: 0o600});
			await Promise.all(apis.map((api) => api.close()));
			await server.close();
		},
	};
	running.sandbox = sandbox;
	await scenario?.started?.(sandbox);
	return sandbox;
}
