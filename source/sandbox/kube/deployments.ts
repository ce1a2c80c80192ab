import {randomUUID} from 'node:crypto';
import {admitCreate, randomSuffix} from './admission.js';
import {EventRecorder} from './events.js';
import {StatusError} from './status.js';
import type {ServerContext} from './context.js';
import {timestamp} from './store.js';
import {clone, isObject, type JsonObject, type KubeObject} from './types.js';

const safeAlphabet = 'bcdfghjklmnpqrstvwxz2456789';

/** `pod-template-hash` as the deployment controller computes it: FNV-32a of the template, safe-encoded. */
export function podTemplateHash(template: unknown): string {
	let hash = 0x811c9dc5;
	for (const byte of Buffer.from(JSON.stringify(template))) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
	return [...String(hash)].map((digit) => safeAlphabet[digit.charCodeAt(0) % safeAlphabet.length] ?? 'b').join('');
}

/** The deployment controller: keeps one pod per replica of the current template, and the deployment's status. */
export class DeploymentController {
	private readonly pending = new Set<string>();
	private readonly replicaSetUids = new Map<string, string>();
	/** The last refusal of a pod create per deployment (`namespace/name`), for its ReplicaFailure condition. */
	private readonly failures = new Map<string, string>();
	private readonly events: EventRecorder;
	private readonly unsubscribe: () => void;
	private scheduled = false;

	constructor(private readonly context: ServerContext) {
		this.events = new EventRecorder(context.store, context.clock);
		this.unsubscribe = context.store.subscribe((event) => {
			const namespace = event.object.metadata.namespace ?? 'default';
			// A relabelled namespace or a changed quota may now admit the pods: the controller tries again, as its backoff would.
			if (event.resource === 'namespaces' || event.resource === 'resourcequotas') {
				const changed = event.resource === 'namespaces' ? event.object.metadata.name : namespace;
				for (const deployment of context.store.list('deployments', changed))
					if (this.failures.has(`${changed}/${deployment.metadata.name}`)) this.enqueue(changed, deployment.metadata.name);
			}
			if (event.resource === 'deployments') {
				if (event.type === 'DELETED') this.deletePods(namespace, event.object.metadata.name);
				else this.enqueue(namespace, event.object.metadata.name);
			}
			if (event.resource === 'pods') {
				const owner = event.object.metadata.ownerReferences?.find((reference) => reference.kind === 'ReplicaSet');
				if (typeof owner?.name === 'string') this.enqueue(namespace, owner.name.replace(/-[^-]+$/, ''));
			}
		});
	}

	/** Stops reacting to changes. */
	stop(): void {
		this.unsubscribe();
	}

	private enqueue(namespace: string, name: string): void {
		this.pending.add(`${namespace}/${name}`);
		if (this.scheduled) return;
		this.scheduled = true;
		setImmediate(() => {
			this.scheduled = false;
			const keys = [...this.pending];
			this.pending.clear();
			if (this.context.isClosed()) return;
			for (const key of keys) {
				const [namespace = '', name = ''] = key.split('/');
				this.reconcile(namespace, name);
			}
		});
	}

	private ownedPods(namespace: string, name: string): KubeObject[] {
		return this.context.store
			.list('pods', namespace)
			.filter((pod) =>
				(pod.metadata.ownerReferences ?? []).some(
					(reference) =>
						typeof reference.name === 'string' &&
						reference.kind === 'ReplicaSet' &&
						reference.name.startsWith(`${name}-`) &&
						!reference.name.slice(name.length + 1).includes('-'),
				),
			);
	}

	private deletePods(namespace: string, name: string): void {
		for (const pod of this.ownedPods(namespace, name)) this.context.store.delete('pods', namespace, pod.metadata.name);
	}

	private reconcile(namespace: string, name: string): void {
		const {store} = this.context;
		const deployment = store.find('deployments', namespace, name);
		if (!deployment || !isObject(deployment.spec)) return;
		const spec = deployment.spec;
		const hash = podTemplateHash(spec.template);
		const replicas = typeof spec.replicas === 'number' ? spec.replicas : 1;
		const pods = this.ownedPods(namespace, name);
		for (const pod of pods.filter((item) => item.metadata.labels?.['pod-template-hash'] !== hash)) store.delete('pods', namespace, pod.metadata.name);
		const current = pods.filter((item) => item.metadata.labels?.['pod-template-hash'] === hash);
		for (const extra of current.slice(replicas)) store.delete('pods', namespace, extra.metadata.name);
		for (let index = current.length; index < replicas; index++) this.createPod(deployment, hash);
		this.updateStatus(namespace, name, hash, replicas);
	}

	private createPod(deployment: KubeObject, hash: string): void {
		const namespace = deployment.metadata.namespace ?? 'default';
		const replicaSet = `${deployment.metadata.name}-${hash}`;
		const uidKey = `${namespace}/${replicaSet}`;
		const rsUid = this.replicaSetUids.get(uidKey) ?? randomUUID();
		this.replicaSetUids.set(uidKey, rsUid);
		const template = isObject(deployment.spec) && isObject(deployment.spec.template) ? clone(deployment.spec.template) : {};
		const templateMeta = isObject(template.metadata) ? template.metadata : {};
		const labels = {...(isObject(templateMeta.labels) ? templateMeta.labels : {}), 'pod-template-hash': hash};
		const pod: KubeObject = {
			apiVersion: 'v1',
			kind: 'Pod',
			metadata: {
				...templateMeta,
				name: `${replicaSet}-${randomSuffix(5)}`,
				generateName: `${replicaSet}-`,
				namespace,
				labels: Object.fromEntries(Object.entries(labels).map(([key, value]) => [key, String(value)])),
				ownerReferences: [{apiVersion: 'apps/v1', kind: 'ReplicaSet', name: replicaSet, uid: rsUid, controller: true, blockOwnerDeletion: true}],
			},
			spec: isObject(template.spec) ? template.spec : {},
		};
		const failureKey = `${namespace}/${deployment.metadata.name}`;
		try {
			this.context.store.create('pods', admitCreate('pods', pod, this.context));
			this.failures.delete(failureKey);
		} catch (error: unknown) {
			// As the ReplicaSet controller: a FailedCreate event on the ReplicaSet, and the deployment's ReplicaFailure condition.
			const message = error instanceof StatusError ? error.message : error instanceof Error ? error.message : String(error);
			this.failures.set(failureKey, message);
			const owner: KubeObject = {apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: {name: replicaSet, namespace, uid: rsUid}};
			this.events.record(owner, {type: 'Warning', reason: 'FailedCreate', message: `Error creating: ${message}`, component: 'replicaset-controller'});
		}
	}

	private updateStatus(namespace: string, name: string, hash: string, replicas: number): void {
		const {store} = this.context;
		const deployment = store.find('deployments', namespace, name);
		if (!deployment) return;
		const pods = this.ownedPods(namespace, name);
		const ready = pods.filter((pod) => isObject(pod.status) && pod.status.phase === 'Running').length;
		const updated = pods.filter((pod) => pod.metadata.labels?.['pod-template-hash'] === hash).length;
		const previous: JsonObject = isObject(deployment.status) ? deployment.status : {};
		const counts: JsonObject = {
			observedGeneration: deployment.metadata.generation ?? 1,
			replicas: pods.length,
			updatedReplicas: updated,
			...(ready > 0 ? {readyReplicas: ready, availableReplicas: ready} : {}),
			...(pods.length - ready > 0 ? {unavailableReplicas: pods.length - ready} : {}),
		};
		const {conditions: previousConditions, ...previousCounts} = previous;
		const failure = this.failures.get(`${namespace}/${name}`);
		const hadFailure =
			Array.isArray(previousConditions) &&
			previousConditions.some((condition) => isObject(condition) && condition.type === 'ReplicaFailure' && condition.message === failure);
		if (
			JSON.stringify(previousCounts) === JSON.stringify(counts) &&
			(failure === undefined ? !(Array.isArray(previousConditions) && previousConditions.some((c) => isObject(c) && c.type === 'ReplicaFailure')) : hadFailure)
		)
			return;
		const now = timestamp(this.context.clock.now());
		const available = ready >= replicas;
		const conditions = [
			{
				type: 'Available',
				status: available ? 'True' : 'False',
				lastUpdateTime: now,
				lastTransitionTime: now,
				reason: available ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
				message: available ? 'Deployment has minimum availability.' : 'Deployment does not have minimum availability.',
			},
			{
				type: 'Progressing',
				status: 'True',
				lastUpdateTime: now,
				lastTransitionTime: now,
				reason: available ? 'NewReplicaSetAvailable' : 'ReplicaSetUpdated',
				message: available ? `ReplicaSet "${name}-${hash}" has successfully progressed.` : `ReplicaSet "${name}-${hash}" is progressing.`,
			},
			...(failure === undefined
				? []
				: [{type: 'ReplicaFailure', status: 'True', lastUpdateTime: now, lastTransitionTime: now, reason: 'FailedCreate', message: failure}]),
		];
		store.update('deployments', {...deployment, metadata: {...deployment.metadata, resourceVersion: undefined}, status: {...counts, conditions}});
	}
}
