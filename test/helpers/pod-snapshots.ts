/**
 * Pod snapshots as the Kubernetes adapter reports them (rows as `kubectl get pods` computes
 * them, events newest first), with the kubelet's and containerd's real failure texts.
 */
import type {PodsSnapshot} from '../../source/kubernetes/kubernetes.js';
import type {PodEvent, PodSummary} from '../../source/wizard/types.js';

export const loginServer = 'myregistry.azurecr.io';
export const image = `${loginServer}/nginx:v1`;

const chain = (shown: string, tail: string, code = 'Unknown') =>
	`rpc error: code = ${code} desc = failed to pull and unpack image "${shown}": failed to resolve reference "${shown}": ${tail}`;

/** containerd's error for each way ACR (or DNS) refuses a pull, as the kubelet quotes it. */
export const pullErrors = {
	/** No credentials sent (attach without AcrPull, or no pull secret for the host). */
	anonymous401: (shown = image, host = loginServer, repository = 'nginx') =>
		chain(
			shown,
			`failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://${host}/oauth2/token?scope=repository%3A${repository}%3Apull&service=${host}: 401 Unauthorized`,
		),
	/** Credentials sent and refused (a wrong password in the pull secret; the kubelet identity without AcrPull on real AKS). */
	oauth401: (shown = image, host = loginServer) =>
		chain(shown, `failed to authorize: failed to fetch oauth token: unexpected status from POST request to https://${host}/oauth2/token: 401 Unauthorized`),
	insufficientScope: (shown = image) =>
		chain(shown, 'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed'),
	forbidden403: (shown = image, host = loginServer) =>
		chain(shown, `unexpected status from HEAD request to https://${host}/v2/nginx/manifests/v1: 403 Forbidden`),
	notFound: (shown = image) => chain(shown, `${shown}: not found`, 'NotFound'),
	noSuchHost: (shown: string, host: string) =>
		chain(shown, `failed to do request: Head "https://${host}/v2/nginx/manifests/v1": dial tcp: lookup ${host}: no such host`),
	timeout: (shown = image, host = loginServer) =>
		chain(shown, `failed to do request: Head "https://${host}/v2/nginx/manifests/v1": dial tcp 20.62.128.3:443: i/o timeout`),
};

type PodOptions = {readonly image?: string; readonly namespace?: string; readonly createdAt?: string; readonly restarts?: number};

/** A pod row. `status` is kubectl's STATUS; `message` the waiting container's message. */
export function pod(name: string, status: string, options: PodOptions & {readonly message?: string} = {}): PodSummary {
	const running = status === 'Running';
	return {
		name,
		namespace: options.namespace ?? 'default',
		ready: running ? '1/1' : '0/1',
		status,
		restarts: options.restarts ?? 0,
		...(options.createdAt ? {createdAt: options.createdAt} : {}),
		images: [options.image ?? image],
		...(options.message ? {message: options.message} : {}),
	};
}

/** The events of one failed pull attempt (newest first), `count` times over. */
export function failedPullEvents(
	podName: string,
	error: string,
	options: {readonly image?: string; readonly count?: number; readonly at?: string} = {},
): PodEvent[] {
	const shown = options.image ?? image;
	const count = options.count ?? 1;
	const lastSeen = options.at ?? '2026-11-22T11:00:03Z';
	return [
		{pod: podName, type: 'Warning', reason: 'Failed', message: 'Error: ErrImagePull', count, lastSeen},
		{pod: podName, type: 'Warning', reason: 'Failed', message: `Failed to pull image "${shown}": ${error}`, count, lastSeen},
		{pod: podName, type: 'Normal', reason: 'Pulling', message: `Pulling image "${shown}"`, count, lastSeen: '2026-11-22T11:00:02Z'},
	];
}

/** The back-off events that follow failed pulls. */
export function backOffEvents(podName: string, shown = image, count = 1): PodEvent[] {
	return [
		{pod: podName, type: 'Warning', reason: 'Failed', message: 'Error: ImagePullBackOff', count, lastSeen: '2026-11-22T11:00:04Z'},
		{pod: podName, type: 'Normal', reason: 'BackOff', message: `Back-off pulling image "${shown}"`, count, lastSeen: '2026-11-22T11:00:04Z'},
	];
}

/** The kubelet's warning when a pull secret named in the pod is not in its namespace. */
export function missingSecretEvent(podName: string, ...secrets: string[]): PodEvent {
	return {
		pod: podName,
		type: 'Warning',
		reason: 'FailedToRetrieveImagePullSecret',
		message: `Unable to retrieve some image pull secrets (${secrets.join(', ')}); attempting to pull the image may not succeed.`,
		count: 1,
		lastSeen: '2026-11-22T11:00:02Z',
	};
}

/** The events of a successful pull and start. */
export function startedEvents(podName: string, shown = image): PodEvent[] {
	return [
		{pod: podName, type: 'Normal', reason: 'Started', message: 'Started container nginx', count: 1, lastSeen: '2026-11-22T11:01:00Z'},
		{
			pod: podName,
			type: 'Normal',
			reason: 'Pulled',
			message: `Successfully pulled image "${shown}" in 1.2s (1.2s including waiting). Image size: 72938612 bytes.`,
			count: 1,
			lastSeen: '2026-11-22T11:01:00Z',
		},
	];
}

/** The seed's two nginx0-deployment pods. */
export const podNames = ['nginx0-deployment-5d8f7c9b6d-abcde', 'nginx0-deployment-5d8f7c9b6d-fghij'] as const;

/** Both pods pending, pulling for the first time. */
export function pendingSnapshot(): PodsSnapshot {
	return {
		pods: podNames.map((name) => pod(name, 'ContainerCreating')),
		events: podNames.map((name): PodEvent => ({
			pod: name,
			type: 'Normal',
			reason: 'Pulling',
			message: `Pulling image "${image}"`,
			count: 1,
			lastSeen: '2026-11-22T11:00:02Z',
		})),
	};
}

/** Both pods failing to pull with `error`, after `attempts` tries. */
export function failingSnapshot(error: string, attempts = 1, status = 'ErrImagePull'): PodsSnapshot {
	return {
		pods: podNames.map((name) => pod(name, status, {message: error})),
		events: podNames.flatMap((name) => failedPullEvents(name, error, {count: attempts})),
	};
}

/** Both pods running and ready (the failure events of before still listed). */
export function runningSnapshot(previousError?: string): PodsSnapshot {
	return {
		pods: podNames.map((name) => pod(name, 'Running')),
		events: podNames.flatMap((name) => [...startedEvents(name), ...(previousError ? failedPullEvents(name, previousError) : [])]),
	};
}
