/** The sample's deployment as a plan of one action, and its confirmation with a look at the YAML. */
import type {KubeCluster, Workload} from '../../kubernetes/kubernetes.js';
import {deleteWorkloadCommand, restartPodsCommand} from '../../commands/kubectl.js';
import {messages} from '../../messages/catalog.js';
import type {PodSummary} from '../../wizard/types.js';
import type {Confirm, Plan} from '../../wizard/engine.js';
import type {UndoSpec} from '../../wizard/undo-spec.js';
import {firstTry} from '../../wizard/tries.js';
import {kubeUndoParams, type UndoTarget} from '../shared/undo-kit.js';

/** The journal step id of the sample deployment. */
export const deployStepId = 'deploy';

/** What the plan needs. */
export type DeployPlanInput = {
	readonly cluster: KubeCluster;
	readonly workload: Workload;
	readonly command: string;
	readonly target: UndoTarget;
	/** The kubeconfig context the equivalent commands name (absent: the current one). */
	readonly kubeContext?: string;
	/** The YAML the command applies (`kubectl apply -f <file>`), for --export. */
	readonly yaml?: string;
};

/** The file `kubectl apply -f <file>` reads, with the YAML in it. */
function appliedFiles(input: DeployPlanInput): Array<{name: string; content: string}> {
	// Flags may come before the file (`kubectl apply --context aks-demo -f acr-nginx.yaml`).
	const name = /\bapply\b[^|]*?\s-f (\S+\.ya?ml)\b/.exec(input.command)?.[1];
	return name && input.yaml !== undefined ? [{name, content: input.yaml}] : [];
}

/** How many ready pods mean "running": the replicas of a Deployment, one for a Pod. */
export function expectedPods(workload: Workload): number {
	return workload.kind === 'Deployment' ? workload.replicas : 1;
}

/** `app=nginx0`: the selector of the workload's pods (a Deployment's pod labels, else its labels). */
export function labelSelector(workload: Workload): string {
	const labels = workload.kind === 'Deployment' ? (workload.podLabels ?? workload.labels) : workload.labels;
	return Object.entries(labels)
		.map(([key, value]) => `${key}=${value}`)
		.join(',');
}

function apiCall(workload: Workload): string {
	return workload.kind === 'Deployment'
		? `POST /apis/apps/v1/namespaces/${workload.namespace}/deployments`
		: `POST /api/v1/namespaces/${workload.namespace}/pods`;
}

/** Whether a pod belongs to the workload (a bare Pod is known by name; its labels may select others too). */
export function belongsTo(workload: Workload): (pod: PodSummary) => boolean {
	return workload.kind === 'Pod' ? (pod) => pod.name === workload.name : () => true;
}

/** Whether a ReplicaSet is the workload's: a Deployment's are named `<deployment>-<pod-template-hash>`. */
export function ownsReplicaSet(workload: Workload): (replicaSet: string) => boolean {
	return (replicaSet) =>
		workload.kind === 'Deployment' && replicaSet.startsWith(`${workload.name}-`) && !replicaSet.slice(workload.name.length + 1).includes('-');
}

/**
 * A plan that applies the workload; undo deletes it (only when this run created it). `namespaceIsNew`: its namespace
 * was created by this run, so the workload's first create is sent without reading it first.
 */
export function deployPlan(input: DeployPlanInput, namespaceIsNew = false): Plan {
	const {workload, cluster, target} = input;
	const text = messages().deploy;
	const {kind, namespace, name} = workload;
	const first = firstTry();
	return {
		stepId: deployStepId,
		title: text.planTitle,
		actions: [
			{
				id: `apply-${kind.toLowerCase()}-${namespace}-${name}`,
				sentence: text.sentence(kind, name, expectedPods(workload), workload.image, namespace),
				command: input.command,
				call: apiCall(workload),
				files: appliedFiles(input),
				async run() {
					const {created} = await cluster.applyWorkload(workload, {absent: first() && namespaceIsNew});
					if (!created) return {outcome: 'done', detail: text.updated};
					const undo: UndoSpec = {
						sentence: text.undoSentence(kind, name, namespace),
						command: deleteWorkloadCommand(kind, name, {namespace, context: input.kubeContext}),
						kind: 'delete-workload',
						params: {kind, namespace, name, ...kubeUndoParams(target)},
					};
					return {outcome: 'done', undo};
				},
			},
		],
	};
}

/**
 * A plan that deletes a Deployment's pods so it recreates them at once, instead of waiting out
 * the kubelet's back-off (up to 5 minutes) after a fix. `attempt` keeps each restart its own journal entry.
 */
export function restartPlan(input: DeployPlanInput, attempt: number): Plan | undefined {
	const {workload, cluster} = input;
	if (workload.kind !== 'Deployment') return undefined;
	const text = messages().deploy.restart;
	const selector = labelSelector(workload);
	return {
		stepId: deployStepId,
		title: text.title,
		actions: [
			{
				id: `restart-${workload.namespace}-${workload.name}-${attempt}`,
				sentence: text.sentence(workload.name, workload.namespace),
				command: restartPodsCommand(selector, {namespace: workload.namespace, context: input.kubeContext}),
				call: `DELETE /api/v1/namespaces/${workload.namespace}/pods?labelSelector=${encodeURIComponent(selector)}`,
				async run() {
					await cluster.restartPods(workload.namespace, selector);
					return {outcome: 'done'};
				},
			},
		],
	};
}

/** The deploy question (the plan is on screen): apply, show or hide the YAML, or back. */
export function confirmDeploy(yaml: string): Confirm {
	return async (_plan, {prompter}) => {
		const text = messages().deploy;
		let isShowingYaml = false;
		for (;;) {
			const answer = await prompter.select({
				id: 'confirm-deploy',
				message: text.confirm,
				hint: isShowingYaml ? yaml : undefined,
				choices: [
					{value: 'apply', label: text.apply},
					{value: 'yaml', label: isShowingYaml ? text.hideYaml : text.showYaml},
					{value: 'back', label: text.back},
				],
				default: 'apply',
				back: 'back',
				redraw: 'yaml',
			});
			if (answer === 'apply') return true;
			if (answer === 'back') return false;
			isShowingYaml = !isShowingYaml;
		}
	};
}
