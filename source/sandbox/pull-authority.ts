import type {PullAuthority, PullCredential, PullDecision, PullFailureKind, PullRequest} from './contracts.js';
import type {SandboxContext} from './context.js';
import {actionMatches} from './azure/roles.js';
import {findImage, parseImage, type ImageReference} from './azure/images.js';
import {checkServicePrincipalPassword} from './graph/graph.js';
import {isIpv4} from './cidr.js';
import {key, type ImageStore, type Registry, type RegistryToken, type StoredImage} from './state.js';
import {kubeletPrincipal} from './azure/cluster-identity.js';
import {mayPull, watchPropagation} from './registry/access.js';
import {blobPathFailure, registryPath, type PathFailure} from './registry/network.js';
import {runConnectedRegistry, servingConnectedRegistry} from './arc/connected-registry.js';

/** Who a pull is checked against: a public registry, a cloud registry, or a connected registry on a clusterIP. */
type PullTarget =
	| {readonly kind: 'public'; readonly images: ImageStore}
	| {readonly kind: 'cloud'; readonly registry: Registry}
	| {
			readonly kind: 'connected';
			readonly registry: Registry | undefined;
			readonly syncRepositories: (repo: string) => boolean;
			readonly clientTokens: readonly RegistryToken[];
	  }
	/** A connected registry whose TLS certificate the node does not trust (trust distribution off). */
	| {readonly kind: 'untrusted'};

type Verdict = 'granted' | 'bad-credentials' | 'insufficient-scope';

const chain = (image: string, tail: string, code = 'Unknown'): string =>
	`rpc error: code = ${code} desc = failed to pull and unpack image "${image}": failed to resolve reference "${image}": ${tail}`;

const canonical = (ref: ImageReference): string => `${ref.host}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;

/** Whether a token's scope map lets it read a repository's content. */
function tokenCanRead(registry: Registry, token: RegistryToken, repository: string): boolean {
	const mapName = /\/scopeMaps\/([^/]+)$/i.exec(token.scopeMapId)?.[1]?.toLowerCase() ?? '';
	return registry.scopeMaps.get(mapName)?.actions.some((a) => actionMatches(a, `repositories/${repository}/content/read`)) ?? false;
}

function judgeToken(registry: Registry, token: RegistryToken, credential: PullCredential, repository: string, now: string): Verdict {
	const passwordOk = token.status === 'enabled' && token.passwords.some((p) => p.value === credential.password && (p.expiry === undefined || p.expiry > now));
	if (!passwordOk) {
		return 'bad-credentials';
	}
	return tokenCanRead(registry, token, repository) ? 'granted' : 'insufficient-scope';
}

function judgeCredential(ctx: SandboxContext, target: PullTarget, credential: PullCredential, repository: string): Verdict {
	const now = ctx.clock.now().toISOString();
	if (target.kind === 'public') {
		return 'granted';
	}
	const username = credential.username.toLowerCase();
	if (target.kind === 'untrusted') {
		return 'bad-credentials';
	}
	if (target.kind === 'connected') {
		const token = target.clientTokens.find((t) => t.name.toLowerCase() === username);
		return token && target.registry ? judgeToken(target.registry, token, credential, repository, now) : 'bad-credentials';
	}
	const registry = target.registry;
	if (username === registry.name.toLowerCase()) {
		return registry.adminUserEnabled && registry.adminPasswords.includes(credential.password) ? 'granted' : 'bad-credentials';
	}
	const token = registry.tokens.get(username);
	if (token) {
		return judgeToken(registry, token, credential, repository, now);
	}
	const objectId = checkServicePrincipalPassword(ctx, credential.username, credential.password);
	return objectId !== undefined && mayPull(ctx, objectId, registry, repository) ? 'granted' : 'bad-credentials';
}

function findTarget(ctx: SandboxContext, request: PullRequest, host: string): PullTarget | undefined {
	const publicImages = ctx.state.publicRegistries.get(host);
	if (publicImages) {
		return {kind: 'public', images: publicImages};
	}
	const registry = [...ctx.state.registries.values()].find((r) => `${r.name.toLowerCase()}.${ctx.acrSuffix}` === host);
	if (registry) {
		return {kind: 'cloud', registry};
	}
	const ip = host.replace(/:\d+$/, '');
	if (!isIpv4(ip)) {
		return undefined;
	}
	const serving = servingConnectedRegistry(ctx, request.clusterId, ip);
	switch (serving.kind) {
		case 'no-service':
		case 'not-ready':
			return undefined;
		case 'untrusted':
			return {kind: 'untrusted'};
		case 'unsynced':
			return {kind: 'connected', registry: undefined, syncRepositories: () => false, clientTokens: []};
		case 'serving': {
			const {registry, syncToken} = serving;
			return {
				kind: 'connected',
				registry,
				syncRepositories: (repo) => (syncToken ? tokenCanRead(registry, syncToken, repo) : false),
				clientTokens: serving.clientTokens,
			};
		}
	}
}

const unpack = (image: string, tail: string, code = 'Unknown'): string =>
	`rpc error: code = ${code} desc = failed to pull and unpack image "${image}": ${tail}`;

/** What a connection failure reads like after `failed to do request: <Method> "<url>": `. */
function transportTail(failure: PathFailure, host: string): string {
	switch (failure.kind) {
		case 'no-such-host':
			return `dial tcp: lookup ${host} on ${failure.dnsServer}:53: no such host`;
		case 'timeout':
			return `dial tcp ${failure.ip}:443: i/o timeout`;
		case 'eof':
			return 'EOF';
		case 'x509':
			return 'tls: failed to verify certificate: x509: certificate signed by unknown authority';
		case 'denied':
			return '403 Forbidden';
	}
}

const transportKind = (failure: PathFailure): PullFailureKind =>
	failure.kind === 'no-such-host' ? 'unknown-host' : failure.kind === 'x509' ? 'tls' : failure.kind === 'denied' ? 'forbidden' : 'unreachable';

/** The kubelet's identity for a pull: from the cluster's state when it is a managed cluster, else what the node says. */
function kubeletIdentity(ctx: SandboxContext, request: PullRequest): string | undefined {
	const cluster = ctx.state.managedClusters.get(key(request.clusterId));
	return cluster ? kubeletPrincipal(ctx, cluster, request.node) : request.kubeletObjectId;
}

/** Counts an anonymous pull against a public registry's limit; true when the limit is reached. */
function overRateLimit(ctx: SandboxContext, host: string): boolean {
	const limit = ctx.state.pullWorld.rateLimits.get(host);
	if (!limit) return false;
	const now = ctx.clock.now().getTime();
	limit.pulls = limit.pulls.filter((at) => at > now - limit.windowMs);
	if (limit.pulls.length >= limit.limit) return true;
	limit.pulls.push(now);
	return false;
}

const blobUrl = (host: string, image: StoredImage): string => {
	const hex = image.digest.replace(/^sha256:/, '');
	return `https://${host}/docker/registry/v2/blobs/sha256/${hex.slice(0, 2)}/${hex}/data`;
};

/** Decides one pull the way ACR (or a connected registry on its clusterIP) and containerd would. */
export function decidePull(ctx: SandboxContext, request: PullRequest): PullDecision {
	const ref = parseImage(request.image);
	const shown = ref.host === 'docker.io' ? canonical(ref) : request.image;
	if (ref.repository !== ref.repository.toLowerCase() || ref.repository === '') {
		return {
			ok: false,
			kind: 'invalid-name',
			message: `couldn't parse image name "${request.image}": invalid reference format: repository name must be lowercase`,
		};
	}
	const target = findTarget(ctx, request, ref.host);
	const manifestUrl = `https://${ref.host}/v2/${ref.repository}/manifests/${ref.digest ?? ref.tag ?? 'latest'}`;
	if (!target) {
		const tail = isIpv4(ref.host.replace(/:\d+$/, ''))
			? `failed to do request: Head "${manifestUrl}": dial tcp ${ref.host.replace(/:\d+$/, '')}:443: connect: connection refused`
			: `failed to do request: Head "${manifestUrl}": dial tcp: lookup ${ref.host}: no such host`;
		return {ok: false, kind: 'unknown-host', message: chain(shown, tail)};
	}
	const repository = ref.repository;
	if (target.kind === 'untrusted') {
		return {
			ok: false,
			kind: 'unknown-host',
			message: chain(shown, `failed to do request: Head "${manifestUrl}": tls: failed to verify certificate: x509: certificate signed by unknown authority`),
		};
	}
	const tokenUrl = `https://${ref.host}/oauth2/token`;
	const anonymousTokenUrl = `${tokenUrl}?scope=repository%3A${encodeURIComponent(repository)}%3Apull&service=${ref.host}`;
	const path = target.kind === 'cloud' ? registryPath(ctx, request.clusterId, target.registry) : undefined;
	if (path && !path.ok) {
		const kind = transportKind(path.failure);
		if (path.failure.kind === 'denied') {
			return {
				ok: false,
				kind,
				message: chain(
					shown,
					`failed to authorize: failed to fetch anonymous token: unexpected status from GET request to ${anonymousTokenUrl}: 403 Forbidden`,
				),
			};
		}
		return {ok: false, kind, message: chain(shown, `failed to do request: Head "${manifestUrl}": ${transportTail(path.failure, ref.host)}`)};
	}
	const credentials = request.credentials.filter(
		(c) =>
			c.server
				.replace(/^https?:\/\//, '')
				.replace(/\/+$/, '')
				.toLowerCase() === ref.host,
	);
	const verdicts = credentials.map((c) => judgeCredential(ctx, target, c, repository));
	const kubelet = target.kind === 'cloud' ? kubeletIdentity(ctx, request) : undefined;
	const kubeletOk = target.kind === 'cloud' && kubelet !== undefined && mayPull(ctx, kubelet, target.registry, repository);
	const cluster = ctx.state.managedClusters.get(key(request.clusterId));
	const kubeletSendsSecret = cluster?.servicePrincipalProfile !== undefined && target.kind === 'cloud';
	const anonymousOk = target.kind === 'public' || (target.kind === 'cloud' && target.registry.anonymousPullEnabled);
	if (!verdicts.includes('granted') && !kubeletOk && !anonymousOk) {
		if (verdicts.includes('insufficient-scope')) {
			return {
				ok: false,
				kind: 'forbidden',
				message: chain(
					shown,
					'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
				),
			};
		}
		const tail =
			credentials.length > 0 || kubeletSendsSecret
				? `failed to authorize: failed to fetch oauth token: unexpected status from POST request to ${tokenUrl}: 401 Unauthorized`
				: `failed to authorize: failed to fetch anonymous token: unexpected status from GET request to ${anonymousTokenUrl}: 401 Unauthorized`;
		return {ok: false, kind: 'unauthorized', message: chain(shown, tail)};
	}
	const store = target.kind === 'public' ? target.images : target.registry?.images;
	const visible = target.kind !== 'connected' || target.syncRepositories(repository);
	const image = visible && store ? findImage(store, ref) : undefined;
	if (!image) {
		return {ok: false, kind: 'not-found', message: chain(shown, `${shown}: not found`, 'NotFound')};
	}
	if (target.kind === 'public' && credentials.length === 0 && overRateLimit(ctx, ref.host)) {
		const registryHost = ref.host === 'docker.io' ? 'registry-1.docker.io' : ref.host;
		return {
			ok: false,
			kind: 'rate-limited',
			message: unpack(
				shown,
				`failed to copy: httpReadSeeker: failed open: unexpected status code https://${registryHost}/v2/${repository}/manifests/${image.digest}: 429 Too Many Requests - Server message: toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit`,
			),
		};
	}
	const wanted = request.platform ? `${request.platform.os}/${request.platform.arch}` : undefined;
	if (wanted !== undefined && image.platforms !== undefined && !image.platforms.includes(wanted)) {
		return {ok: false, kind: 'platform', message: unpack(shown, 'no match for platform in manifest: not found', 'NotFound')};
	}
	if (path?.ok) {
		const blocked = blobPathFailure(ctx, request.clusterId, path);
		if (blocked) {
			return {
				ok: false,
				kind: transportKind(blocked),
				message: unpack(
					shown,
					`failed to copy: httpReadSeeker: failed open: failed to do request: Get "${blobUrl(path.blobHost, image)}": ${transportTail(blocked, path.blobHost)}`,
				),
			};
		}
	}
	return {ok: true, digest: image.digest, sizeBytes: image.sizeBytes};
}

/** The sandbox's `PullAuthority`: pull decisions plus change notifications for the Kubernetes side. */
export function createPullAuthority(ctx: SandboxContext, listeners: Set<() => void>): PullAuthority & {stop(): void} {
	const propagation = watchPropagation(ctx, () => {
		for (const listener of listeners) listener();
	});
	listeners.add(() => propagation.rearm());
	return {
		stop: () => propagation.stop(),
		decidePull: (request) => decidePull(ctx, request),
		registryLocation: (host) => [...ctx.state.registries.values()].find((r) => `${r.name.toLowerCase()}.${ctx.acrSuffix}` === host.toLowerCase())?.location,
		runContainer: (start) => runConnectedRegistry(ctx, start),
		cloud: ctx.cloud,
		onAccessChange(listener) {
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},
	};
}
