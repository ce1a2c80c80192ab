import {randomInt} from 'node:crypto';
import type {EmulatedClusterSpec} from '../contracts.js';
import {contains, nthAddress, parseCidr} from './cidr.js';
import {badRequest, fieldInvalid, fieldRequired, invalid, StatusError} from './status.js';
import type {ObjectStore} from './store.js';
import {isObject, type JsonObject, type KubeObject} from './types.js';
import {validateSecret} from './secrets.js';
import {defaultPod} from './pod-defaults.js';
import {enforcePodSecurity} from './pod-security.js';
import {admitClaim} from './volumes.js';
import {enforceQuota} from './quota.js';
import {enforceAdmissionPolicies} from './gatekeeper.js';
import type {ApiServerAccess} from './access.js';

/** What admission needs to know about the cluster (and, from its access rules, the admission policies it enforces). */
export type AdmissionContext = {store: ObjectStore; spec: EmulatedClusterSpec; readonly access?: Pick<ApiServerAccess, 'admissionPolicies'>};

const safeAlphabet = 'bcdfghjklmnpqrstvwxz2456789';

/** `n` random characters from the apiserver's name alphabet. */
export function randomSuffix(n: number): string {
	return Array.from({length: n}, () => safeAlphabet[randomInt(safeAlphabet.length)] ?? 'x').join('');
}

/** Applies defaults and validation for a create; returns the object to store or throws a Status error. */
export function admitCreate(resource: string, object: KubeObject, context: AdmissionContext): KubeObject {
	if (!object.metadata.name && object.metadata.generateName) object.metadata.name = object.metadata.generateName + randomSuffix(5);
	if (!object.metadata.name) {
		throw invalid(object.kind || 'Object', groupOf(resource), '', [fieldRequired('metadata.name', 'name or generateName is required')]);
	}
	switch (resource) {
		case 'namespaces':
			return {...object, spec: {finalizers: ['kubernetes']}, status: {phase: 'Active'}};
		case 'secrets':
			return validateSecret(object);
		case 'services':
			return admitService(object, context);
		case 'pods': {
			enforceQuota(context.store, object);
			const pod = admitPod(object, context);
			// Validating webhooks (Gatekeeper, for Azure Policy) see the pod once the built-in plugins have admitted it.
			enforceAdmissionPolicies(context.access?.admissionPolicies?.() ?? [], pod);
			return pod;
		}
		case 'deployments':
			return admitDeployment({...object, metadata: {...object.metadata, generation: 1}});
		case 'persistentvolumeclaims':
			return admitClaim(context, object);
		default:
			return object;
	}
}

/** Applies defaults and validation for an update of `previous` into `next`. */
export function admitUpdate(resource: string, previous: KubeObject, next: KubeObject, context: AdmissionContext): KubeObject {
	switch (resource) {
		case 'secrets':
			return validateSecret(next);
		case 'services': {
			const keep = isObject(previous.spec) ? previous.spec.clusterIP : undefined;
			const spec = isObject(next.spec) ? next.spec : {};
			return admitService(
				{
					...next,
					spec: {...spec, clusterIP: spec.clusterIP ?? keep, clusterIPs: spec.clusterIPs ?? (isObject(previous.spec) ? previous.spec.clusterIPs : undefined)},
				},
				context,
				previous.metadata.name,
			);
		}
		case 'deployments': {
			const changed = JSON.stringify(previous.spec) !== JSON.stringify(next.spec);
			const generation = (previous.metadata.generation ?? 1) + (changed ? 1 : 0);
			return admitDeployment({...next, metadata: {...next.metadata, generation}, status: previous.status});
		}
		default:
			return next;
	}
}

function groupOf(resource: string): string {
	if (resource === 'storageclasses') return 'storage.k8s.io';
	return resource === 'deployments' ? 'apps' : '';
}

function admitService(object: KubeObject, context: AdmissionContext, self?: string): KubeObject {
	const spec: JsonObject = isObject(object.spec) ? {...object.spec} : {};
	const cidr = parseCidr(context.spec.serviceCidr);
	const requested = typeof spec.clusterIP === 'string' && spec.clusterIP !== '' ? spec.clusterIP : undefined;
	const used = new Set(
		context.store
			.list('services')
			.filter((service) => service.metadata.name !== self || service.metadata.namespace !== object.metadata.namespace)
			.map((service) => (isObject(service.spec) ? service.spec.clusterIP : undefined)),
	);
	let clusterIP = requested;
	if (requested === undefined) {
		for (let n = 10; n < cidr.size - 1 && clusterIP === undefined; n++) {
			const candidate = nthAddress(cidr, n);
			if (!used.has(candidate)) clusterIP = candidate;
		}
	} else if (requested !== 'None') {
		const fail = (detail: string) =>
			invalid('Service', '', object.metadata.name, [
				fieldInvalid('spec.clusterIPs', `[]string{"${requested}"}`, `failed to allocate IP ${requested}: ${detail}`),
			]);
		if (!contains(cidr, requested)) throw fail(`the provided IP (${requested}) is not in the valid range. The range of valid IPs is ${cidr.text}`);
		if (used.has(requested)) throw fail('provided IP is already allocated');
	}
	const ports = Array.isArray(spec.ports) ? spec.ports.map((port: unknown) => (isObject(port) ? {protocol: 'TCP', targetPort: port.port, ...port} : port)) : [];
	return {
		...object,
		spec: {
			type: 'ClusterIP',
			sessionAffinity: 'None',
			ipFamilies: ['IPv4'],
			ipFamilyPolicy: 'SingleStack',
			internalTrafficPolicy: 'Cluster',
			...spec,
			ports,
			clusterIP,
			clusterIPs: [clusterIP],
		},
		status: {loadBalancer: {}},
	};
}

function admitPod(object: KubeObject, context: AdmissionContext): KubeObject {
	const namespace = object.metadata.namespace ?? 'default';
	const pod = defaultPod(object);
	const account = pod.spec.serviceAccountName ?? 'default';
	const serviceAccount = context.store.find('serviceaccounts', namespace, account);
	if (!serviceAccount) {
		throw new StatusError(
			403,
			'Forbidden',
			`pods "${object.metadata.name}" is forbidden: error looking up service account ${namespace}/${account}: serviceaccount "${account}" not found`,
			{name: object.metadata.name, kind: 'pods'},
		);
	}
	// The ServiceAccount admission plugin copies the account's pull secrets into a pod that names none;
	// the kubelet later reads only the pod's list, so patching the account does not help pods that already exist.
	const inherited = Array.isArray(serviceAccount.imagePullSecrets) ? serviceAccount.imagePullSecrets.filter(isObject) : [];
	if ((pod.spec.imagePullSecrets ?? []).length === 0 && inherited.length > 0)
		pod.spec.imagePullSecrets = inherited.map((reference) => ({name: typeof reference.name === 'string' ? reference.name : ''}));
	if (pod.spec.containers.length === 0) {
		throw invalid('Pod', '', object.metadata.name, [fieldRequired('spec.containers')]);
	}
	enforcePodSecurity(context.store, pod);
	return pod;
}

function admitDeployment(object: KubeObject): KubeObject {
	const spec = isObject(object.spec) ? object.spec : undefined;
	if (!spec || !isObject(spec.template)) throw badRequest('Deployment in version "v1" cannot be handled: spec.template is required');
	const selector = isObject(spec.selector) && isObject(spec.selector.matchLabels) ? spec.selector.matchLabels : {};
	const template = spec.template;
	const labels = isObject(template.metadata) && isObject(template.metadata.labels) ? template.metadata.labels : {};
	const selectorMatches = Object.entries(selector).every(([label, value]) => labels[label] === value);
	if (!selectorMatches || Object.keys(selector).length === 0) {
		const goMap = `map[string]string{${Object.entries(labels)
			.map(([label, value]) => `"${label}":"${String(value)}"`)
			.join(', ')}}`;
		throw invalid('Deployment', 'apps', object.metadata.name, [
			fieldInvalid('spec.template.metadata.labels', goMap, '`selector` does not match template `labels`'),
		]);
	}
	return {
		...object,
		spec: {
			replicas: 1,
			revisionHistoryLimit: 10,
			progressDeadlineSeconds: 600,
			...spec,
			strategy:
				isObject(spec.strategy) && typeof spec.strategy.type === 'string'
					? spec.strategy
					: {type: 'RollingUpdate', rollingUpdate: {maxUnavailable: '25%', maxSurge: '25%'}},
		},
		status: isObject(object.status) ? object.status : {},
	};
}
