/**
 * What the simulated containers print, and whether they exit. Known images print what the real ones print
 * (nginx's entrypoint, hello-world's greeting); `aks/canipull`, the probe `az aks check-acr` runs, checks the
 * node's real access to the registry it is given (name resolution, the kubelet identity, the token exchange)
 * and prints and exits as canipull does. Any other image prints nothing and keeps running.
 */
import type {EmulatedClusterSpec, PullAuthority} from '../contracts.js';
import {logKey, type ServerContext} from './context.js';
import type {ContainerState} from './pod-status.js';
import {timestamp} from './store.js';
import type {Container, Pod} from './types.js';

/** One container's output and, for a program that ends, its exit code. */
export type ContainerProgram = {readonly lines: readonly string[]; readonly exitCode?: number};

/** canipull's exit codes (its `pkg/exitcode`). */
const canipullExit = {azureConfigNotFound: 1, credentialInvalid: 10, dnsResolutionFailure: 52, missingPullPermission: 60} as const;

const repositoryOf = (image: string): string => {
	const withoutDigest = image.split('@')[0] ?? image;
	const withoutTag = withoutDigest.replace(/:[^/:]+$/, '');
	const parts = withoutTag.split('/');
	return (parts.length > 1 && /[.:]|^localhost$/.test(parts[0] ?? '') ? parts.slice(1) : parts).join('/');
};

/** Lines nginx's docker entrypoint and master process print at start. */
function nginxLines(now: Date): string[] {
	const stamp = `${now.toISOString().slice(0, 10).replace(/-/g, '/')} ${now.toISOString().slice(11, 19)}`;
	return [
		'/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
		'/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
		'/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
		'10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
		'10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
		'/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
		'/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
		'/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
		'/docker-entrypoint.sh: Configuration complete; ready for start up',
		`${stamp} [notice] 1#1: using the "epoll" event method`,
		`${stamp} [notice] 1#1: nginx/1.27.5`,
		`${stamp} [notice] 1#1: OS: Linux 5.15.0-1089-azure`,
		`${stamp} [notice] 1#1: start worker processes`,
		`${stamp} [notice] 1#1: start worker process 29`,
	];
}

const helloWorldLines = [
	'',
	'Hello from Docker!',
	'This message shows that your installation appears to be working correctly.',
	'',
	'To generate this message, Docker took the following steps:',
	' 1. The Docker client contacted the Docker daemon.',
	' 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.',
	'    (amd64)',
	' 3. The Docker daemon created a new container from that image which runs the',
	'    executable that produces the output you are currently reading.',
	' 4. The Docker daemon streamed that output to the Docker client, which sent it',
	'    to your terminal.',
	'',
];

/** The ACR login server canipull was asked about: its last argument that is not a flag. */
const canipullTarget = (container: Container): string | undefined => {
	const args = Array.isArray(container['args']) ? container['args'].filter((a): a is string => typeof a === 'string') : [];
	return args.filter((a) => !a.startsWith('-')).pop();
};

/** What canipull prints at `-v6` for this node's real access to `acr`, and its exit code. */
function canipull(spec: EmulatedClusterSpec, authority: PullAuthority, acr: string | undefined, now: Date, tty: boolean): ContainerProgram {
	const at = `[${now.toISOString().replace(/\.\d{3}Z$/, 'Z')}] `;
	// With a terminal (az runs it with `-it`) fatih/color paints the verdicts.
	const paint = (line: string) => (tty ? line.replace('SUCCEEDED', '\u001B[32mSUCCEEDED\u001B[0m').replace('FAILED', '\u001B[31mFAILED\u001B[0m') : line);
	const out = (lines: string[], exitCode: number): ContainerProgram => ({lines: lines.map((line) => paint(`${at}${line}`)), exitCode});
	if (acr === undefined) {
		return {lines: ['No ACR input. Expect `canipull myacr.azurecr.io`.'], exitCode: 0};
	}
	const host = acr
		.replace(/^https?:\/\//, '')
		.replace(/\/.*$/, '')
		.toLowerCase();
	const probe = authority.decidePull({
		image: `${host}/canipull-probe:check`,
		clusterId: spec.id,
		...(spec.kubeletObjectId === undefined ? {} : {kubeletObjectId: spec.kubeletObjectId}),
		credentials: [],
	});
	if (!probe.ok && probe.kind === 'unknown-host') {
		return out(
			[`Checking host name resolution (${acr}): FAILED`, `Failed to resolve specified fqdn ${acr}: lookup ${acr} on 10.0.0.10:53: no such host`],
			canipullExit.dnsResolutionFailure,
		);
	}
	const location = authority.registryLocation?.(host) ?? spec.location ?? authority.cloud?.location ?? 'eastus';
	const lines = [
		`Checking host name resolution (${acr}): SUCCEEDED`,
		`Canonical name for ACR (${acr}): r0512${location.slice(0, 3)}-1.${location}.${authority.cloud?.cloudappSuffix ?? 'cloudapp.azure.com'}.`,
		`ACR location: ${location}`,
		'Loading azure.json file from /etc/kubernetes/azure.json',
	];
	if (spec.kind !== 'aks' || spec.kubeletObjectId === undefined) {
		return out([...lines, 'Failed to load azure.json. Are you running inside Kubernetes on Azure? '], canipullExit.azureConfigNotFound);
	}
	if (spec.location !== undefined && location.toLowerCase() !== spec.location.toLowerCase()) {
		lines.push(
			'Checking ACR location matches cluster location: FAILED',
			`ACR location '${location}' does not match your cluster location '${spec.location}'. This may result in slow image pulls and extra cost.`,
		);
	}
	lines.push(
		'Checking managed identity...',
		`Cluster cloud name: ${authority.cloud?.environmentName ?? 'AzurePublicCloud'}`,
		`Kubelet managed identity client ID: ${spec.kubeletClientId ?? ''}`,
		'Validating managed identity existance: SUCCEEDED',
	);
	const granted = probe.ok || probe.kind === 'not-found';
	if (!granted) {
		return out(
			[
				...lines,
				'Validating image pull permission: FAILED',
				`ACR ${acr} rejected token exchange: ACR token exchange endpoint returned error status: 401. body: {"errors":[{"code":"UNAUTHORIZED","message":"authentication required, visit https://aka.ms/acr/authorization for more information."}]}`,
			],
			canipullExit.missingPullPermission,
		);
	}
	return out([...lines, 'Validating image pull permission: SUCCEEDED', '', `Your cluster can pull images from ${acr}!`], 0);
}

/** The program a container runs, decided when it starts. */
export function programFor(spec: EmulatedClusterSpec, authority: PullAuthority, container: Container, now: Date): ContainerProgram {
	const repository = repositoryOf(container.image);
	const tty = container['tty'] === true;
	if (repository === 'aks/canipull') {
		return canipull(spec, authority, canipullTarget(container), now, tty);
	}
	if (repository === 'hello-world' || repository.endsWith('/hello-world')) {
		return {lines: helloWorldLines, exitCode: 0};
	}
	if (repository === 'nginx' || repository.endsWith('/nginx')) {
		return {lines: nginxLines(now)};
	}
	return {lines: []};
}

/**
 * Starts a pulled container's program: records its output (`kubectl logs`) and answers the state to show. A
 * program that ends shows as terminated at once when the pod does not restart containers (`restartPolicy:
 * Never`, or `OnFailure` with exit 0); otherwise the container keeps running.
 */
export function startProgram(context: ServerContext, authority: PullAuthority, pod: Pod, container: Container, running: ContainerState): ContainerState {
	const now = context.clock.now();
	const program = programFor(context.spec, authority, container, now);
	context.logs.set(logKey(pod.metadata.namespace ?? 'default', pod.metadata.name, container.name), program.lines);
	const policy = typeof pod.spec['restartPolicy'] === 'string' ? pod.spec['restartPolicy'] : 'Always';
	if (program.exitCode === undefined || running.kind !== 'running' || policy === 'Always' || (policy === 'OnFailure' && program.exitCode !== 0)) {
		return running;
	}
	return {
		kind: 'terminated',
		exitCode: program.exitCode,
		startedAt: running.startedAt,
		finishedAt: timestamp(now),
		containerID: running.containerID,
		imageID: running.imageID,
	};
}
