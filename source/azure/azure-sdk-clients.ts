/**
 * What every part of the adapter shares: the credential, the cloud's endpoints and scopes,
 * the trusted CA, one SDK client per kind and subscription, and the plain REST clients.
 */
import {setTimeout as sleep} from 'node:timers/promises';
import {createSecureContext, type SecureContext} from 'node:tls';
import type {TokenCredential} from '@azure/core-auth';
import type {PipelineRetryOptions, TlsSettings} from '@azure/core-rest-pipeline';
import {deadlinePolicy, defaultCallTimeoutMs, type AdditionalPolicy} from './azure-sdk-deadline.js';
import {clouds, isCloudName, type CloudProfile} from './clouds.js';
import type {AzureCredential} from './credential.js';
import {AzureError} from './azure.js';
import {mayHaveApplied, toAzureError} from './azure-sdk-errors.js';
import {preciseRetryAfterPolicy} from './azure-sdk-retry-after.js';
import {createRestClient, type RestClient} from './azure-sdk-rest.js';
import {replicationBudget} from './replication.js';
import {sharedTokens, type SharedTokens} from './azure-sdk-shared-tokens.js';

/**
 * How often long-running operations are polled when Azure sends no Retry-After, how soon failed
 * calls are retried, and how long one HTTP request may take before it is given up.
 */
export type SdkTiming = {readonly pollIntervalMs?: number; readonly retryDelayMs?: number; readonly callTimeoutMs?: number};

/** Options for the TypeSpec-generated clients (arm-containerregistry, -containerservice, -resources…). */
export type ModularClientOptions = {
	readonly endpoint: string;
	readonly credentials: {scopes: string[]};
	readonly tlsOptions?: TlsSettings;
	readonly retryOptions?: PipelineRetryOptions;
	readonly additionalPolicies?: AdditionalPolicy[];
};

/** Options for the older core-client clients (arm-authorization, arm-kubernetesconfiguration). */
export type ClassicClientOptions = {
	readonly endpoint: string;
	readonly credentialScopes: string[];
	readonly tlsOptions?: TlsSettings;
	readonly retryOptions?: PipelineRetryOptions;
	readonly additionalPolicies?: AdditionalPolicy[];
};

/** The shared state of one adapter instance. */
export type SdkContext = {
	readonly cloud: CloudProfile;
	/** Shared by every client: one sign-in per audience and tenant (azure-sdk-shared-tokens.ts). */
	readonly credential: SharedTokens;
	readonly modularOptions: ModularClientOptions;
	readonly classicOptions: ClassicClientOptions;
	/** Poll interval for SDK pollers; a Retry-After from Azure takes precedence. */
	readonly updateIntervalInMs: number;
	/** The wait between tries while a new directory object replicates (az's 5 s unless the timing says otherwise). */
	readonly replicationDelayMs: number;
	/** Waits between reads of a resource whose create lost its answer, while it is still being made. */
	readonly readBackDelaysMs: readonly number[];
	readonly arm: RestClient;
	readonly graph: RestClient;
	/**
	 * The credential for calls on one subscription: tokens are asked for the subscription's tenant (a guest
	 * tenant's subscription refuses home-tenant tokens with InvalidAuthenticationTokenTenant), once it is known.
	 */
	credentialFor(subscriptionId: string): TokenCredential;
	/** The credential for a tenant (the home one when undefined). */
	credentialForTenant(tenantId: string | undefined): TokenCredential;
	/** Notes which tenant a subscription belongs to (from the subscription list). */
	rememberTenant(subscriptionId: string, tenantId: string): void;
	/** The ARM JSON client for a path (`/subscriptions/<id>/…`): its subscription's tenant's tokens. */
	armFor(path: string): RestClient;
	/** Returns the client of `kind` for `subscriptionId`, loading its SDK and creating it on first use. */
	cached<T>(kind: string, subscriptionId: string, make: () => Promise<T>): Promise<T>;
};

/**
 * The az CLI session first, then the environment (service principal variables), then a managed
 * identity. `@azure/identity` is the heaviest package we load (about a second), so it is loaded
 * on the first token request, and never when the caller brings its own credential.
 */
function defaultCredential(cloud: CloudProfile): TokenCredential {
	let chain: Promise<TokenCredential> | undefined;
	const load = async (): Promise<TokenCredential> => {
		const identity = await import('@azure/identity');
		// The sign-in authority of a public cloud is the SDK's own (AzureAuthorityHosts); the sandbox brings its own.
		const authorityHost = isCloudName(cloud.name) ? identity.AzureAuthorityHosts[clouds[cloud.name].sdk.authorityHost] : cloud.authorityHost;
		return new identity.ChainedTokenCredential(
			new identity.AzureCliCredential(),
			new identity.EnvironmentCredential({authorityHost}),
			new identity.ManagedIdentityCredential(),
		);
	};
	return {
		async getToken(scopes, options) {
			chain ??= load();
			return (await chain).getToken(scopes, options);
		},
	};
}

/** The TLS settings of each extra CA, made once: the HTTP client keeps one agent (and its open sockets) per settings object. */
const tlsSettings = new Map<string, TlsSettings & {readonly secureContext?: SecureContext}>();

/** One secure context for `ca`; when the PEM cannot be read, none (each connection then says why). */
function secureContextFor(ca: string[]): {secureContext: SecureContext} | Record<never, never> {
	try {
		return {secureContext: createSecureContext({ca})};
	} catch {
		return {};
	}
}

/**
 * TLS settings that trust the cloud's own CA (the sandbox's, the only cloud that brings one), or none. The sandbox
 * answers every endpoint itself, so its CA alone is trusted, as the pull check's connection does: nothing else is
 * reached, and no public root is parsed (~7 ms of CPU on the way to the first change). They carry one secure context
 * made once, and no `ca` list beside it: an https.Agent writes every option it was given into the name of the
 * connection pool it looks up for each request.
 */
export function tlsFor(cloud: CloudProfile): TlsSettings | undefined {
	if (!cloud.caPem) return undefined;
	let settings = tlsSettings.get(cloud.caPem);
	if (!settings) {
		const ca = [cloud.caPem];
		// The HTTP client spreads these into its https.Agent, which hands `secureContext` to every tls.connect; a PEM
		// that cannot be read is passed as `ca`, so each connection says why.
		const made = secureContextFor(ca);
		settings = 'secureContext' in made ? made : {ca};
		tlsSettings.set(cloud.caPem, settings);
	}
	return settings;
}

/** Builds the shared context for a cloud and credential. */
export function createSdkContext(cloud: CloudProfile, credential: AzureCredential | undefined, timing: SdkTiming = {}): SdkContext {
	const tokenCredential = sharedTokens(credential ?? defaultCredential(cloud));
	const tlsOptions = tlsFor(cloud);
	const retryOptions: PipelineRetryOptions | undefined =
		timing.retryDelayMs === undefined ? undefined : {retryDelayInMs: timing.retryDelayMs, maxRetryDelayInMs: timing.retryDelayMs * 8};
	const callTimeoutMs = timing.callTimeoutMs ?? defaultCallTimeoutMs;
	const shared = {...(tlsOptions ? {tlsOptions} : {}), ...(retryOptions ? {retryOptions} : {})};
	// A poll answer's millisecond hint is read as its Retry-After: the poller asks when the operation ends, not at the next whole second.
	const withDeadline = {
		...shared,
		additionalPolicies: [
			{policy: deadlinePolicy(callTimeoutMs), position: 'perRetry' as const},
			{policy: preciseRetryAfterPolicy(), position: 'perRetry' as const},
		],
	};
	// Promises, so two first calls at once share one client (and one SDK load).
	const clients = new Map<string, Promise<unknown>>();
	const tenants = new Map<string, string>();
	const tenantOf = (subscriptionId: string): string | undefined => tenants.get(subscriptionId.toLowerCase());
	const credentialForTenant = (tenantId: string | undefined): TokenCredential =>
		tenantId === undefined ? tokenCredential : {getToken: async (scopes, options) => tokenCredential.getToken(scopes, {...options, tenantId})};
	const armClients = new Map<string, RestClient>();
	const arm = createRestClient({endpoint: cloud.armEndpoint, scope: cloud.armScope, credential: tokenCredential, callTimeoutMs, ...shared});
	return {
		cloud,
		credential: tokenCredential,
		modularOptions: {endpoint: cloud.armEndpoint, credentials: {scopes: [cloud.armScope]}, ...withDeadline},
		classicOptions: {endpoint: cloud.armEndpoint, credentialScopes: [cloud.armScope], ...withDeadline},
		updateIntervalInMs: timing.pollIntervalMs ?? 1000,
		replicationDelayMs: timing.retryDelayMs ?? replicationBudget.delayMs,
		readBackDelaysMs: [1, 2, 4, 8].map((n) => n * (timing.retryDelayMs ?? 1000)),
		arm,
		// Each client caches its token, so a subscription's clients are made with its tenant's credential from the start.
		credentialFor: (subscriptionId) => ({getToken: async (scopes, options) => credentialForTenant(tenantOf(subscriptionId)).getToken(scopes, options)}),
		credentialForTenant,
		rememberTenant(subscriptionId, tenantId) {
			if (tenantId !== '') tenants.set(subscriptionId.toLowerCase(), tenantId);
		},
		armFor(path) {
			const subscriptionId = /^\/subscriptions\/([^/?]+)/i.exec(path)?.[1];
			const tenantId = subscriptionId === undefined ? undefined : tenantOf(subscriptionId);
			if (tenantId === undefined) return arm;
			let client = armClients.get(tenantId);
			if (!client) {
				client = createRestClient({endpoint: cloud.armEndpoint, scope: cloud.armScope, credential: credentialForTenant(tenantId), callTimeoutMs, ...shared});
				armClients.set(tenantId, client);
			}
			return client;
		},
		graph: createRestClient({endpoint: cloud.graphEndpoint, scope: cloud.graphScope, credential: tokenCredential, callTimeoutMs, ...shared}),
		async cached<T>(kind: string, subscriptionId: string, make: () => Promise<T>): Promise<T> {
			const key = `${kind}:${subscriptionId.toLowerCase()}`;
			let client = clients.get(key);
			if (!client) {
				client = make();
				clients.set(key, client);
			}
			return client as Promise<T>;
		},
	};
}

/** Reads every page of an SDK list into an array. */
export async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
	const items: T[] = [];
	for await (const item of pages) items.push(item);
	return items;
}

/** The part of an SDK poller (modular PollerLike or classic SimplePollerLike) the adapter uses. */
export type PollerSlice<T> = {
	onProgress(callback: (state: {status: string}) => void): unknown;
	pollUntilDone(): Promise<T>;
};

/** Waits for a long-running operation, reporting each status change to `progress`. */
export async function untilDone<T>(poller: PollerSlice<T>, progress?: (status: string) => void): Promise<T> {
	if (progress) {
		let last = '';
		poller.onProgress((state) => {
			if (state.status !== last) progress(state.status);
			last = state.status;
		});
	}
	return poller.pollUntilDone();
}

/** A resource read back after its create's answer was lost: its provisioningState and the port's value, or undefined when it does not exist. */
export type ReadBack<T> = {readonly state: string | undefined; readonly value: T} | undefined;

/**
 * Runs a create or update (a PUT and its long-running operation); when its answer or its
 * operation's answers are lost (no answer, 5xx, timeout), reads the resource back instead of
 * trusting the failure: Succeeded is adopted, Failed is reported as such, a resource still
 * being made is read again after each of `delaysMs`. A resource that is not there was never
 * made, and the original failure stands.
 */
export async function settleCreate<T>(run: () => Promise<T>, readBack: () => Promise<ReadBack<T>>, delaysMs: readonly number[]): Promise<T> {
	try {
		return await run();
	} catch (error: unknown) {
		const failure = toAzureError(error);
		if (!mayHaveApplied(failure)) throw failure;
		for (const delay of [0, ...delaysMs]) {
			if (delay > 0) await sleep(delay);
			let found: ReadBack<T>;
			try {
				found = await readBack();
			} catch {
				continue;
			}
			if (found === undefined) throw failure;
			const state = found.state?.toLowerCase();
			if (state === undefined || state === 'succeeded') return found.value;
			if (state === 'failed' || state === 'canceled')
				throw new AzureError(
					failure.message,
					failure.code === 'network' || failure.code === 'timeout' ? 'ProvisioningFailed' : failure.code,
					failure.statusCode,
					failure.target,
				);
		}
		throw failure;
	}
}
