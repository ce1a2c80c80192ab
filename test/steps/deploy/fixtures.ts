/** What the deploy tests share: the seed's deployment, the attach facts, a fix plan that records its run. */
import type {Workload} from '../../../source/kubernetes/kubernetes.js';
import type {DeployInput} from '../../../source/steps/deploy/deploy-and-watch.js';
import type {DiagnosisFacts} from '../../../source/diagnosis/classify.js';
import type {Plan} from '../../../source/wizard/engine.js';
import type {FakeKubeCluster} from '../../helpers/fake-kubernetes.js';
import {image, loginServer} from '../../helpers/pod-snapshots.js';

export const clusterId =
	'/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/myResourceGroup/providers/Microsoft.ContainerService/managedClusters/myAKSCluster';

export const workload: Workload = {
	kind: 'Deployment',
	namespace: 'default',
	name: 'nginx0-deployment',
	labels: {app: 'nginx0-deployment'},
	podLabels: {app: 'nginx0'},
	replicas: 2,
	image,
	containerName: 'nginx',
	containerPort: 80,
	imagePullSecrets: [],
};

export const yaml = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx0-deployment
spec:
  replicas: 2
  template:
    spec:
      containers:
      - name: nginx
        image: ${image}
`;

export const facts: DiagnosisFacts = {
	method: 'attach',
	pullHosts: [loginServer],
	loginServer,
	registryName: 'myregistry',
	image,
	namespace: 'default',
	clusterName: 'myAKSCluster',
	resourceGroup: 'myResourceGroup',
};

export const attachCommand = 'az aks update --name myAKSCluster --resource-group myResourceGroup --attach-acr myregistry';

/** A one-action fix plan; `runs` counts its executions, `fail` makes it throw. */
export function fixPlan(options: {readonly fail?: Error} = {}): Plan & {readonly runs: () => number} {
	let runs = 0;
	return {
		stepId: 'attach',
		title: 'Attach the registry',
		runs: () => runs,
		actions: [
			{
				id: 'grant-acrpull',
				sentence: 'Grant AcrPull on myregistry to the kubelet identity of myAKSCluster',
				command: attachCommand,
				call: 'PUT /subscriptions/…/roleAssignments/{id}',
				async run() {
					runs++;
					if (options.fail) throw options.fail;
					return {outcome: 'done'};
				},
			},
		],
	};
}

/** The input of the seed's deployment on an AKS cluster. */
export function deployInput(cluster: FakeKubeCluster, fixFor?: DeployInput['fixFor']): DeployInput {
	return {cluster, workload, yaml, command: 'kubectl apply -f acr-nginx.yaml', target: {kind: 'aks', clusterId}, facts, fixFor};
}

/** Waits (turn by turn, never a timed sleep) until `condition` holds. */
export async function until(condition: () => boolean, what = 'the condition'): Promise<void> {
	const deadline = Date.now() + 5000;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error(`until: ${what} did not hold within 5 s`);
		await new Promise((resolve) => setImmediate(resolve));
	}
}
