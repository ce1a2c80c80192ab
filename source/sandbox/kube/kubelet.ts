import {setTimeout as sleep} from 'node:timers/promises';
import type {ContainerRun, PullAuthority, PullCredential, PullDecision} from '../contracts.js';
import {logKey, type ServerContext} from './context.js';
import {deferred, pacedWait} from './deferred.js';
import {EventRecorder, type PodEvent} from './events.js';
import {podStatusFor, runningState, scheduledStatus, type ContainerState} from './pod-status.js';
import {dockerCredentials} from './secrets.js';
import {startProgram} from './programs.js';
import {isObject, type Container, type Pod} from './types.js';
import {unboundClaims} from './volumes.js';
import {timestamp} from './store.js';

const initialBackOffMs = 10_000;
const maxBackOffMs = 300_000;
const pullMs = 1_200;

/** Thrown inside a pod's loop when the pod is gone or the server closed. */
class PodGone extends Error {}

/** The kubelet simulation: schedules new pods, pulls through the authority, backs off and recovers. */
export class Kubelet {
	private readonly events: EventRecorder;
	private wake = deferred();
	private nextNode = 0;
	private readonly unsubscribe: Array<() => void> = [];

	constructor(
		private readonly context: ServerContext,
		private readonly authority: PullAuthority,
	) {
		this.events = new EventRecorder(context.store, context.clock);
		this.unsubscribe.push(
			context.store.subscribe((event) => {
				if (event.resource !== 'pods') return;
				if (event.type === 'ADDED') void this.runPod(event.object.metadata.namespace ?? 'default', event.object.metadata.name, event.object.metadata.uid ?? '');
				if (event.type === 'DELETED') this.events.forget(event.object.metadata.uid ?? '');
			}),
			authority.onAccessChange(() => this.accessChanged()),
		);
	}

	/** Stops listening; running loops end at their next step. */
	stop(): void {
		for (const unsubscribe of this.unsubscribe) unsubscribe();
		this.accessChanged();
	}

	private accessChanged(): void {
		const previous = this.wake;
		this.wake = deferred();
		previous.resolve();
	}

	private async runPod(namespace: string, name: string, uid: string): Promise<void> {
		const {spec, clock} = this.context;
		const current = (): Pod => {
			const pod = this.context.store.find('pods', namespace, name);
			if (!pod || pod.metadata.uid !== uid || this.context.isClosed()) throw new PodGone();
			return pod as Pod;
		};
		// The paced waits of this pod's start, and whether its start was logged (`GET /_sandbox/timings`).
		let modelled = 100;
		let logged = false;
		const createdAt = clock.now();
		try {
			await this.pause(100);
			await this.waitForClaims(current);
			let pod = current();
			const node = pod.spec.nodeName ?? this.schedule(pod);
			if (node === undefined) return;
			pod = this.write({...pod, spec: {...pod.spec, nodeName: node}, status: scheduledStatus(pod, clock.now())});
			this.events.record(pod, {
				type: 'Normal',
				reason: 'Scheduled',
				message: `Successfully assigned ${namespace}/${name} to ${node}`,
				component: 'default-scheduler',
			});
			const states = new Map<string, ContainerState>();
			const addresses = {host: hostIp(node, spec.nodeNames), pod: podIp()};
			const publish = () => {
				const latest = current();
				return this.write({...latest, status: podStatusFor(latest, states, clock.now(), addresses.host, addresses.pod)});
			};
			await this.pause(300);
			modelled += 300;
			publish();
			let backOff = initialBackOffMs;
			for (;;) {
				const waiting = current().spec.containers.filter((container) => !['running', 'terminated'].includes(states.get(container.name)?.kind ?? ''));
				if (waiting.length === 0) {
					if (!logged) this.logStart(current(), createdAt, modelled);
					logged = true;
					// A container whose program the authority knows keeps being re-evaluated when access changes.
					if (!this.refreshPrograms(current(), states, node)) return;
					publish();
					await Promise.race([this.wake.promise, this.context.closed]);
					continue;
				}
				const failed: Container[] = [];
				for (const container of waiting) {
					if (!(await this.pull(current, container, node, states))) failed.push(container);
					modelled += pullMs;
					publish();
				}
				if (failed.length === 0) continue;
				await this.pause(1_000);
				modelled += 1_000 + backOff;
				for (const container of failed) {
					const state = states.get(container.name);
					if (state?.kind !== 'waiting' || state.reason !== 'ErrImagePull') continue;
					const previous = `${state.reason}: ${state.message}`;
					states.set(container.name, {kind: 'waiting', reason: 'ImagePullBackOff', message: `Back-off pulling image "${container.image}": ${previous}`});
					const pod = publish();
					this.podEvent(pod, container, {type: 'Normal', reason: 'BackOff', message: `Back-off pulling image "${container.image}"`}, node);
					this.podEvent(pod, container, {type: 'Warning', reason: 'Failed', message: 'Error: ImagePullBackOff'}, node);
				}
				const wake = this.wake.promise;
				const interrupt = Promise.race([wake, this.context.closed]);
				await pacedWait(clock, backOff, interrupt);
				// A real-time floor (1% of the back-off) so a fast clock never spins on a refused pull.
				await Promise.race([sleep(backOff / 100, undefined, {ref: false}), interrupt]);
				backOff = Math.min(backOff * 2, maxBackOffMs);
			}
		} catch (error) {
			// A vanished pod or a closed server ends the loop; anything else is a conflict with a concurrent delete.
			if (!(error instanceof PodGone) && !this.context.isClosed() && this.context.store.find('pods', namespace, name)) throw error;
		}
	}

	/** Picks a node whose labels match the pod's nodeSelector (round robin), or records FailedScheduling as the scheduler does. */
	private schedule(pod: Pod): string | undefined {
		const {spec} = this.context;
		const selector = isObject(pod.spec.nodeSelector) ? pod.spec.nodeSelector : {};
		const nodes = spec.nodeNames.length > 0 ? spec.nodeNames : [`${spec.name}-node`];
		const fits = nodes.filter((name) => {
			const labels = this.context.store.find('nodes', undefined, name)?.metadata.labels ?? {};
			return Object.entries(selector).every(([label, value]) => labels[label] === value);
		});
		if (fits.length === 0) {
			const count = nodes.length;
			const message = `0/${count} nodes are available: ${count} node(s) didn't match Pod's node affinity/selector. preemption: 0/${count} nodes are available: ${count} Preemption is not helpful for scheduling.`;
			this.events.record(pod, {type: 'Warning', reason: 'FailedScheduling', message, component: 'default-scheduler'});
			return undefined;
		}
		return fits[this.nextNode++ % fits.length];
	}

	/** The node's OS and architecture from its labels, which decide the manifest picked from an image index. */
	private platformOf(node: string): {os: string; arch: string} {
		const labels = this.context.store.find('nodes', undefined, node)?.metadata.labels ?? {};
		return {os: labels['kubernetes.io/os'] ?? 'linux', arch: labels['kubernetes.io/arch'] ?? 'amd64'};
	}

	/** One pull attempt for a container; records the kubelet's events and returns whether it succeeded. */
	private async pull(current: () => Pod, container: Container, node: string, states: Map<string, ContainerState>): Promise<boolean> {
		const pod = current();
		const credentials = this.credentialsFor(pod, node);
		this.podEvent(pod, container, {type: 'Normal', reason: 'Pulling', message: `Pulling image "${container.image}"`}, node);
		await this.pause(pullMs);
		const decision = this.decide(container.image, credentials, node);
		const latest = current();
		if (decision.ok) {
			this.podEvent(
				latest,
				container,
				{
					type: 'Normal',
					reason: 'Pulled',
					message: `Successfully pulled image "${container.image}" in 1.2s (1.2s including waiting). Image size: ${decision.sizeBytes} bytes.`,
				},
				node,
			);
			this.podEvent(latest, container, {type: 'Normal', reason: 'Created', message: `Created container: ${container.name}`}, node);
			states.set(
				container.name,
				startProgram(this.context, this.authority, latest, container, runningState(container.image, decision.digest, this.context.clock.now())),
			);
			this.podEvent(latest, container, {type: 'Normal', reason: 'Started', message: `Started container ${container.name}`}, node);
			this.refreshPrograms(latest, states, node);
			return true;
		}
		if (decision.kind === 'invalid-name') {
			states.set(container.name, {kind: 'waiting', reason: 'InvalidImageName', message: decision.message});
			this.podEvent(
				latest,
				container,
				{type: 'Warning', reason: 'InspectFailed', message: `Failed to apply default image tag "${container.image}": ${decision.message}`},
				node,
			);
			this.podEvent(latest, container, {type: 'Warning', reason: 'Failed', message: 'Error: InvalidImageName'}, node);
			return false;
		}
		states.set(container.name, {kind: 'waiting', reason: 'ErrImagePull', message: decision.message});
		this.podEvent(latest, container, {type: 'Warning', reason: 'Failed', message: `Failed to pull image "${container.image}": ${decision.message}`}, node);
		this.podEvent(latest, container, {type: 'Warning', reason: 'Failed', message: 'Error: ErrImagePull'}, node);
		return false;
	}

	/** Waits, Pending and unscheduled with the scheduler's event, while a claim the pod mounts is not Bound. */
	private async waitForClaims(current: () => Pod): Promise<void> {
		for (;;) {
			const pod = current();
			const unbound = unboundClaims(this.context, pod);
			if (unbound.length === 0) return;
			const nodes = Math.max(this.context.spec.nodeNames.length, 1);
			const message = `0/${nodes} nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/${nodes} nodes are available: ${nodes} Preemption is not helpful for scheduling.`;
			const at = timestamp(this.context.clock.now());
			const status = {
				phase: 'Pending',
				conditions: [{type: 'PodScheduled', status: 'False', lastProbeTime: null, lastTransitionTime: at, reason: 'Unschedulable', message}],
				qosClass: pod.status.qosClass ?? 'BestEffort',
			};
			const written = JSON.stringify(pod.status.conditions) === JSON.stringify(status.conditions) ? pod : this.write({...pod, status});
			this.events.record(written, {type: 'Warning', reason: 'FailedScheduling', message, component: 'default-scheduler'});
			const changed = deferred();
			const stop = this.context.store.subscribe((event) => {
				if (
					event.resource === 'persistentvolumeclaims' ||
					(event.resource === 'pods' && event.object.metadata.uid === pod.metadata.uid && event.type === 'DELETED')
				)
					changed.resolve();
			});
			try {
				await Promise.race([changed.promise, this.context.closed]);
			} finally {
				stop();
			}
			if (this.context.isClosed()) throw new PodGone();
		}
	}

	/**
	 * Runs (again) the programs of the pod's running containers that the authority knows: their log lines and
	 * readiness. Returns whether any container has such a program.
	 */
	private refreshPrograms(pod: Pod, states: Map<string, ContainerState>, node: string): boolean {
		const run = this.authority.runContainer;
		if (!run) return false;
		let known = false;
		for (const container of pod.spec.containers) {
			const state = states.get(container.name);
			if (state?.kind !== 'running') continue;
			let result: ContainerRun | undefined;
			try {
				result = run.call(this.authority, {
					clusterId: this.context.spec.id,
					namespace: pod.metadata.namespace ?? 'default',
					podName: pod.metadata.name,
					containerName: container.name,
					image: container.image,
					env: this.containerEnv(pod, container),
				});
			} catch {
				result = undefined;
			}
			if (!result) continue;
			known = true;
			this.context.logs.set(logKey(pod.metadata.namespace ?? 'default', pod.metadata.name, container.name), [...result.logs]);
			if (state.ready !== result.ready) states.set(container.name, {...state, ready: result.ready});
			if (!result.ready)
				this.podEvent(pod, container, {type: 'Warning', reason: 'Unhealthy', message: 'Readiness probe failed: HTTP probe failed with statuscode: 503'}, node);
		}
		return known;
	}

	/** A container's environment with `secretKeyRef` values read from the pod's namespace. */
	private containerEnv(pod: Pod, container: Container): Record<string, string> {
		const env: Record<string, string> = {};
		const entries = Array.isArray(container.env) ? container.env.filter(isObject) : [];
		for (const entry of entries) {
			if (typeof entry.name !== 'string') continue;
			if (typeof entry.value === 'string') {
				env[entry.name] = entry.value;
				continue;
			}
			const ref = isObject(entry.valueFrom) && isObject(entry.valueFrom.secretKeyRef) ? entry.valueFrom.secretKeyRef : undefined;
			if (!ref || typeof ref.name !== 'string' || typeof ref.key !== 'string') continue;
			const secret = this.context.store.find('secrets', pod.metadata.namespace ?? 'default', ref.name);
			const data = secret && isObject(secret.data) ? secret.data[ref.key] : undefined;
			if (typeof data === 'string') env[entry.name] = Buffer.from(data, 'base64').toString('utf8');
		}
		return env;
	}

	/** Asks the authority; a throwing authority shows up as a failed pull rather than ending the loop. */
	private decide(image: string, credentials: PullCredential[], node: string): PullDecision {
		const {id, kubeletObjectId} = this.context.spec;
		try {
			return this.authority.decidePull({
				image,
				clusterId: id,
				...(kubeletObjectId === undefined ? {} : {kubeletObjectId}),
				credentials,
				node,
				platform: this.platformOf(node),
			});
		} catch (error) {
			return {ok: false, kind: 'unknown-host', message: `rpc error: code = Unknown desc = ${error instanceof Error ? error.message : String(error)}`};
		}
	}

	/** Docker credentials from the pod's pull secrets (its service account's were copied in at admission), warning about missing ones. */
	private credentialsFor(pod: Pod, node: string): PullCredential[] {
		const namespace = pod.metadata.namespace ?? 'default';
		const names = (pod.spec.imagePullSecrets ?? [])
			.map((reference) => (typeof reference.name === 'string' ? reference.name : ''))
			.filter((name, index, all) => name !== '' && all.indexOf(name) === index);
		const missing: string[] = [];
		const credentials = names.flatMap((name) => {
			const secret = this.context.store.find('secrets', namespace, name);
			if (!secret) {
				missing.push(name);
				return [];
			}
			return dockerCredentials(secret).map((credential) => ({...credential, source: `${namespace}/${name}`}));
		});
		if (missing.length > 0) {
			const message = `Unable to retrieve some image pull secrets (${missing.join(', ')}); attempting to pull the image may not succeed.`;
			this.events.record(pod, {type: 'Warning', reason: 'FailedToRetrieveImagePullSecret', message, component: 'kubelet', host: node});
		}
		return credentials;
	}

	private podEvent(pod: Pod, container: Container, event: Omit<PodEvent, 'component' | 'fieldPath'>, node: string): void {
		this.events.record(pod, {...event, fieldPath: `spec.containers{${container.name}}`, component: 'kubelet', host: node});
	}

	private write(pod: Pod): Pod {
		return this.context.store.update('pods', {...pod, metadata: {...pod.metadata, resourceVersion: undefined}}) as Pod;
	}

	/** Logs how long the pod took from its creation until all its containers ran, and the latency the demo pace models. */
	private logStart(pod: Pod, createdAt: Date, modelMs: number): void {
		this.context.clock.timings?.record({
			operation: 'pods/start',
			resource: `${this.context.spec.name}/${pod.metadata.namespace ?? 'default'}/${pod.metadata.name}`,
			startedAt: createdAt.toISOString(),
			endedAt: this.context.clock.now().toISOString(),
			modelMs,
			status: 'Succeeded',
		});
	}

	/** Waits `ms` at the clock's pace, or until the server closes. */
	private async pause(ms: number): Promise<void> {
		await Promise.race([this.context.clock.delay(ms), this.context.closed]);
		if (this.context.isClosed()) throw new PodGone();
	}
}

function hostIp(node: string, nodes: readonly string[]): string {
	return `10.224.0.${4 + Math.max(nodes.indexOf(node), 0)}`;
}

let podCounter = 10;
function podIp(): string {
	podCounter++;
	return `10.244.${Math.floor(podCounter / 250) % 250}.${(podCounter % 250) + 2}`;
}
