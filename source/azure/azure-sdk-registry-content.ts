/**
 * The registry's data plane, what docker and the kubelet talk to: repositories, tags and manifests at
 * `https://<loginServer>/v2/…`, signed in as ACR does it. A call without a token is answered 401 with a challenge
 * (`Bearer realm=…,service=…,scope=…`); an Entra token is exchanged for an ACR refresh token (`/oauth2/exchange`),
 * that for an access token with the challenge's scope (`/oauth2/token`); a username and password (a token's, a
 * service principal's, the admin user's) get the access token directly (`GET /oauth2/token` with Basic).
 *
 * Over `@azure/core-rest-pipeline` rather than `@azure/container-registry`: that client takes only an Entra
 * credential (doctor checks a pull secret's username and password), its manifest platforms carry no variant, and it
 * reaches a login server only by its DNS name (the sandbox's login servers answer at the sandbox's address).
 */
import {Agent, type RequestOptions} from 'node:https';
import type {Duplex} from 'node:stream';
import {
	createDefaultHttpClient,
	createHttpHeaders,
	createPipelineFromOptions,
	createPipelineRequest,
	type HttpClient,
	type Pipeline,
	type PipelineResponse,
} from '@azure/core-rest-pipeline';
import {messages} from '../messages/catalog.js';
import {AzureError, type AzureRegistryContent, type ImagePlatform, type RegistryCredentials, type TagManifest} from './azure.js';
import type {SdkContext} from './azure-sdk-clients.js';
import {deadlinePolicy, defaultCallTimeoutMs} from './azure-sdk-deadline.js';
import {redactSecrets, toAzureError} from './azure-sdk-errors.js';

/** The Entra audience of ACR's data plane (the same in every cloud); ARM-audience tokens may be disabled per registry. */
const acrScope = 'https://containerregistry.azure.net/.default';

/** The media types a manifest read accepts, manifest lists and OCI indexes first (as docker and containerd ask). */
const manifestAccept = [
	'application/vnd.oci.image.index.v1+json',
	'application/vnd.docker.distribution.manifest.list.v2+json',
	'application/vnd.oci.image.manifest.v1+json',
	'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** One answer of the data plane: status, headers and the parsed JSON body. */
type Answer = {readonly status: number; readonly body: Json; readonly header: (name: string) => string | undefined};

/** Reaches login servers at the cloud's registry address (the sandbox's) while TLS still names the login server. */
class RegistryAddressAgent extends Agent {
	constructor(
		private readonly address: {readonly host: string; readonly port: number},
		ca: string | undefined,
	) {
		super({keepAlive: true, ...(ca ? {ca} : {})});
	}

	override createConnection(options: RequestOptions, callback?: (error: Error | null, stream: Duplex) => void): Duplex | null | undefined {
		const servername = options.servername ?? options.hostname ?? options.host ?? undefined;
		return super.createConnection({...options, host: this.address.host, port: this.address.port, ...(servername ? {servername} : {})}, callback);
	}
}

/** The parts of a `WWW-Authenticate: Bearer realm="…",service="…",scope="…"` challenge. */
export function parseChallenge(header: string | undefined): {realm?: string; service?: string; scope?: string} {
	const found: Record<string, string> = {};
	for (const match of (header ?? '').matchAll(/(\w+)="([^"]*)"/g)) if (match[1] && match[2] !== undefined) found[match[1]] = match[2];
	return {
		...(found.realm ? {realm: found.realm} : {}),
		...(found.service ? {service: found.service} : {}),
		...(found.scope ? {scope: found.scope} : {}),
	};
}

/** The registry's error code and message (`{"errors":[{"code","message"}]}`), or the OAuth ones. */
function registryErrorOf(answer: Answer): {code: string; message: string} {
	const errors = answer.body.errors;
	const first: unknown = Array.isArray(errors) ? errors[0] : undefined;
	if (isRecord(first) && text(first.code) !== '') return {code: text(first.code), message: text(first.message)};
	if (text(answer.body.error) !== '') return {code: text(answer.body.error), message: text(answer.body.error_description)};
	return {code: `HTTP ${answer.status}`, message: ''};
}

/** The registry's refusal in plain words, its own code and words kept beside them. */
function refusal(loginServer: string, answer: Answer, what: string): AzureError {
	const {code, message} = registryErrorOf(answer);
	const words = messages().errors.azure.adapter.registryData;
	const plain =
		answer.status === 401
			? words.unauthorized(loginServer, what)
			: answer.status === 403
				? words.denied(loginServer, what)
				: answer.status === 404
					? words.notFound(loginServer, what)
					: answer.status === 429
						? words.throttled(loginServer)
						: words.failed(loginServer, what, answer.status);
	return new AzureError(redactSecrets(message === '' ? plain : `${plain} (${code}: ${message})`), code, answer.status);
}

/** The platforms of a manifest list or OCI index (`os/architecture[/variant]` with each entry's digest). */
function platformsOf(body: Json): ImagePlatform[] | undefined {
	if (!Array.isArray(body.manifests)) return undefined;
	return body.manifests.flatMap((entry: unknown) => {
		if (!isRecord(entry) || !isRecord(entry.platform)) return [];
		const {os, architecture, variant} = entry.platform;
		return [{os: text(os), architecture: text(architecture), ...(text(variant) ? {variant: text(variant)} : {}), digest: text(entry.digest)}];
	});
}

/** The data-plane part of the registries port. */
export function createRegistryContent(ctx: SdkContext): AzureRegistryContent {
	const address = ctx.cloud.registryAddress;
	const agent = address ? new RegistryAddressAgent(address, ctx.cloud.caPem) : undefined;
	const pipeline: Pipeline = createPipelineFromOptions({
		...(ctx.modularOptions.tlsOptions ? {tlsOptions: ctx.modularOptions.tlsOptions} : {}),
		...(ctx.modularOptions.retryOptions ? {retryOptions: ctx.modularOptions.retryOptions} : {}),
	});
	const deadline = ctx.modularOptions.additionalPolicies?.find((p) => p.policy.name === 'acrWizardDeadline')?.policy ?? deadlinePolicy(defaultCallTimeoutMs);
	pipeline.addPolicy(deadline, {afterPhase: 'Retry'});
	const httpClient: HttpClient = createDefaultHttpClient();
	/** Refresh tokens from `/oauth2/exchange`, per login server (they last hours; access tokens are asked per scope). */
	const refreshTokens = new Map<string, Promise<string>>();

	const send = async (url: string, init: {method?: 'GET' | 'POST'; headers?: Record<string, string>; form?: URLSearchParams} = {}): Promise<Answer> => {
		const request = createPipelineRequest({
			url,
			method: init.method ?? 'GET',
			headers: createHttpHeaders({
				accept: 'application/json',
				...init.headers,
				...(init.form ? {'content-type': 'application/x-www-form-urlencoded'} : {}),
			}),
			...(init.form ? {body: init.form.toString()} : {}),
		});
		if (agent && new URL(url).hostname.endsWith(ctx.cloud.acrSuffix)) request.agent = agent;
		let response: PipelineResponse;
		try {
			response = await pipeline.sendRequest(httpClient, request);
		} catch (error: unknown) {
			throw toAzureError(error);
		}
		let parsed: unknown;
		try {
			parsed = JSON.parse(response.bodyAsText ?? '') as unknown;
		} catch {
			parsed = {};
		}
		return {status: response.status, body: isRecord(parsed) ? parsed : {}, header: (name) => response.headers.get(name)};
	};

	const refreshTokenFor = async (loginServer: string, service: string): Promise<string> => {
		const aad = await ctx.credential.getToken(acrScope).catch((error: unknown) => {
			throw toAzureError(error);
		});
		if (!aad) throw new AzureError(messages().errors.azure.adapter.registryData.noEntraToken(loginServer), 'CredentialUnavailable');
		const answer = await send(`https://${loginServer}/oauth2/exchange`, {
			method: 'POST',
			form: new URLSearchParams({grant_type: 'access_token', service, access_token: aad.token}),
		});
		const token = text(answer.body.refresh_token);
		if (answer.status !== 200 || token === '') throw refusal(loginServer, answer, messages().errors.azure.adapter.registryData.signIn);
		return token;
	};

	/** An access token for the challenge's scope: from the Entra sign-in's refresh token, or from the given credentials. */
	const accessTokenFor = async (loginServer: string, challenge: ReturnType<typeof parseChallenge>, credentials?: RegistryCredentials): Promise<string> => {
		const service = challenge.service ?? loginServer;
		const realm = challenge.realm ?? `https://${loginServer}/oauth2/token`;
		const scope = challenge.scope ?? '';
		let answer: Answer;
		if (credentials) {
			const query = new URLSearchParams({service, ...(scope ? {scope} : {})});
			const basic = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
			answer = await send(`${realm}?${query.toString()}`, {headers: {authorization: `Basic ${basic}`}});
		} else {
			const key = loginServer.toLowerCase();
			const refreshed = async (): Promise<string> => {
				let refresh = refreshTokens.get(key);
				if (!refresh) {
					refresh = refreshTokenFor(loginServer, service);
					refreshTokens.set(key, refresh);
					refresh.catch(() => refreshTokens.delete(key));
				}
				return refresh;
			};
			const exchange = async (): Promise<Answer> =>
				send(realm, {
					method: 'POST',
					form: new URLSearchParams({grant_type: 'refresh_token', service, refresh_token: await refreshed(), ...(scope ? {scope} : {})}),
				});
			answer = await exchange();
			// A refresh token kept from earlier may have expired (they last hours): one new exchange, then the answer stands.
			if (answer.status === 401) {
				refreshTokens.delete(key);
				answer = await exchange();
			}
		}
		const token = text(answer.body.access_token) || text(answer.body.token);
		if (answer.status !== 200 || token === '') throw refusal(loginServer, answer, messages().errors.azure.adapter.registryData.signIn);
		return token;
	};

	/** GETs a data-plane path: unauthenticated first, then with the token the registry's challenge asks for. */
	const read = async (loginServer: string, path: string, credentials: RegistryCredentials | undefined, accept?: string): Promise<Answer> => {
		const url = `https://${loginServer}${path}`;
		const headers: Record<string, string> = accept ? {accept} : {};
		const first = await send(url, {headers});
		if (first.status !== 401) return first;
		const challenge = parseChallenge(first.header('www-authenticate'));
		const token = await accessTokenFor(loginServer, challenge, credentials);
		return send(url, {headers: {...headers, authorization: `Bearer ${token}`}});
	};

	const words = (): ReturnType<typeof messages>['errors']['azure']['adapter']['registryData'] => messages().errors.azure.adapter.registryData;

	return {
		async listRepositories(loginServer, credentials) {
			const names: string[] = [];
			let path: string | undefined = '/v2/_catalog?n=1000';
			while (path) {
				const answer = await read(loginServer, path, credentials);
				if (answer.status !== 200) throw refusal(loginServer, answer, words().catalog);
				const page = answer.body.repositories;
				if (Array.isArray(page)) names.push(...page.filter((n): n is string => typeof n === 'string'));
				// The next page is in the Link header: `</v2/_catalog?last=…&n=…>; rel="next"`.
				path = /<([^>]+)>;\s*rel="?next"?/.exec(answer.header('link') ?? '')?.[1];
			}
			return names;
		},
		async listTags(loginServer, repository, credentials) {
			const answer = await read(loginServer, `/v2/${repository}/tags/list`, credentials);
			if (answer.status === 404 && registryErrorOf(answer).code === 'NAME_UNKNOWN') return undefined;
			if (answer.status !== 200) throw refusal(loginServer, answer, words().repository(repository));
			const tags = answer.body.tags;
			return Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [];
		},
		async getTagManifest(loginServer, repository, tag, credentials) {
			const answer = await read(loginServer, `/v2/${repository}/manifests/${encodeURIComponent(tag)}`, credentials, manifestAccept);
			const code = registryErrorOf(answer).code;
			if (answer.status === 404 && (code === 'NAME_UNKNOWN' || code === 'MANIFEST_UNKNOWN')) return undefined;
			if (answer.status !== 200) throw refusal(loginServer, answer, words().image(repository, tag));
			const mediaType = (answer.header('content-type') ?? text(answer.body.mediaType)).split(';')[0]?.trim() ?? '';
			const platforms = platformsOf(answer.body);
			return {
				mediaType,
				digest: answer.header('docker-content-digest') ?? '',
				...(platforms ? {platforms} : {}),
			} satisfies TagManifest;
		},
	};
}
