import {isObject, type Container, type KubeObject, type Pod} from './types.js';

/** Fills the defaults the apiserver adds to a new pod (pull policy, service account, scheduler…). */
export function defaultPod(object: KubeObject): Pod {
	const spec = isObject(object.spec) ? object.spec : {};
	const containers = (Array.isArray(spec.containers) ? spec.containers : []).filter(isObject).map((container): Container => {
		const image = typeof container.image === 'string' ? container.image : '';
		return {
			resources: {},
			terminationMessagePath: '/dev/termination-log',
			terminationMessagePolicy: 'File',
			imagePullPolicy: defaultPullPolicy(image),
			...container,
			name: typeof container.name === 'string' ? container.name : '',
			image,
		};
	});
	const serviceAccountName = typeof spec.serviceAccountName === 'string' ? spec.serviceAccountName : 'default';
	return {
		...object,
		spec: {
			restartPolicy: 'Always',
			terminationGracePeriodSeconds: 30,
			dnsPolicy: 'ClusterFirst',
			securityContext: {},
			schedulerName: 'default-scheduler',
			tolerations: [
				{key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300},
				{key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300},
			],
			priority: 0,
			enableServiceLinks: true,
			preemptionPolicy: 'PreemptLowerPriority',
			...spec,
			containers,
			serviceAccountName,
			serviceAccount: serviceAccountName,
		},
		status: {phase: 'Pending', qosClass: 'BestEffort'},
	};
}

function defaultPullPolicy(image: string): string {
	const lastPart = image.split('/').at(-1) ?? '';
	if (image.includes('@')) return 'IfNotPresent';
	return !lastPart.includes(':') || lastPart.endsWith(':latest') ? 'Always' : 'IfNotPresent';
}
