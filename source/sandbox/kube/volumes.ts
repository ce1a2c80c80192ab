import type {ServerContext} from './context.js';
import {EventRecorder} from './events.js';
import type {ObjectStore} from './store.js';
import {isObject, type JsonObject, type KubeObject} from './types.js';

const defaultClassAnnotation = 'storageclass.kubernetes.io/is-default-class';

/** The storage class a claim asks for, or the cluster's default class when it names none. */
function className(context: {store: ObjectStore}, claim: KubeObject): string | undefined {
	const spec = isObject(claim.spec) ? claim.spec : {};
	if (typeof spec.storageClassName === 'string') return spec.storageClassName;
	return context.store.list('storageclasses').find((sc) => sc.metadata.annotations?.[defaultClassAnnotation] === 'true')?.metadata.name;
}

/** Defaults a new claim as the apiserver (and the DefaultStorageClass admission plugin) does: Pending, Filesystem, the default class. */
export function admitClaim(context: {store: ObjectStore}, claim: KubeObject): KubeObject {
	const spec: JsonObject = isObject(claim.spec) ? {...claim.spec} : {};
	const name = className(context, claim);
	return {...claim, spec: {volumeMode: 'Filesystem', ...spec, ...(name === undefined ? {} : {storageClassName: name})}, status: {phase: 'Pending'}};
}

/**
 * The persistent volume controller with a dynamic provisioner behind every storage class: a Pending claim whose
 * class exists is bound to a new volume; one whose class does not exist stays Pending with the real
 * `ProvisioningFailed` event, until the class appears.
 */
export function startVolumeController(context: ServerContext): () => void {
	const events = new EventRecorder(context.store, context.clock);
	const reconcile = () => {
		if (context.isClosed()) return;
		for (const claim of context.store.list('persistentvolumeclaims')) {
			const status = isObject(claim.status) ? claim.status : {};
			if (status.phase !== 'Pending' || claim.metadata.deletionTimestamp) continue;
			const spec = isObject(claim.spec) ? claim.spec : {};
			const wanted = typeof spec.storageClassName === 'string' ? spec.storageClassName : undefined;
			const storageClass = wanted === undefined ? undefined : context.store.find('storageclasses', undefined, wanted);
			if (!storageClass) {
				const message =
					wanted === undefined
						? 'no persistent volumes available for this claim and no storage class is set'
						: `storageclass.storage.k8s.io "${wanted}" not found`;
				events.record(claim, {
					type: 'Warning',
					reason: wanted === undefined ? 'FailedBinding' : 'ProvisioningFailed',
					message,
					component: 'persistentvolume-controller',
				});
				continue;
			}
			const resources = isObject(spec.resources) ? spec.resources : {};
			const requests = isObject(resources.requests) ? resources.requests : {};
			const volume = `pvc-${claim.metadata.uid ?? ''}`;
			const provisioner = typeof storageClass.provisioner === 'string' ? storageClass.provisioner : 'kubernetes.io/no-provisioner';
			context.store.update('persistentvolumeclaims', {
				...claim,
				metadata: {
					...claim.metadata,
					resourceVersion: undefined,
					annotations: {
						...claim.metadata.annotations,
						'pv.kubernetes.io/bind-completed': 'yes',
						'pv.kubernetes.io/bound-by-controller': 'yes',
						'volume.kubernetes.io/storage-provisioner': provisioner,
					},
					finalizers: ['kubernetes.io/pvc-protection'],
				},
				spec: {...spec, volumeName: volume},
				status: {
					phase: 'Bound',
					accessModes: Array.isArray(spec.accessModes) ? spec.accessModes : ['ReadWriteOnce'],
					capacity: {storage: typeof requests.storage === 'string' ? requests.storage : '1Gi'},
				},
			});
			events.record(claim, {
				type: 'Normal',
				reason: 'ProvisioningSucceeded',
				message: `Successfully provisioned volume ${volume}`,
				component: 'persistentvolume-controller',
			});
		}
	};
	return context.store.subscribe((event) => {
		if (event.resource !== 'storageclasses' && !(event.resource === 'persistentvolumeclaims' && event.type === 'ADDED')) return;
		queueMicrotask(reconcile);
	});
}

/** The claims a pod mounts that are not Bound (missing or Pending): the scheduler will not place the pod until they are. */
export function unboundClaims(context: ServerContext, pod: KubeObject): string[] {
	const spec = isObject(pod.spec) ? pod.spec : {};
	const volumes = Array.isArray(spec.volumes) ? spec.volumes.filter(isObject) : [];
	const namespace = pod.metadata.namespace ?? 'default';
	return volumes
		.map((volume) =>
			isObject(volume.persistentVolumeClaim) && typeof volume.persistentVolumeClaim.claimName === 'string' ? volume.persistentVolumeClaim.claimName : undefined,
		)
		.filter((claim): claim is string => claim !== undefined)
		.filter((claim) => {
			const found = context.store.find('persistentvolumeclaims', namespace, claim);
			return !found || !isObject(found.status) || found.status.phase !== 'Bound';
		});
}
