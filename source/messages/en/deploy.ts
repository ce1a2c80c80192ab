/** Messages of the sample deployment, live pod status, diagnosis, summary and undo. */
import {plural} from './intl.js';
export const deploy = {
	planTitle: 'Deploy the sample',
	sentence: (kind: string, name: string, replicas: number, image: string, namespace: string) =>
		kind === 'Deployment'
			? `Deploy ${name} (${plural(replicas, {one: `1 replica`, other: `${replicas} replicas`})} of ${image}) in namespace ${namespace}`
			: `Run the pod ${name} (${image}) in namespace ${namespace}`,
	undoSentence: (kind: string, name: string, namespace: string) => `Delete the ${kind.toLowerCase()} ${name} in namespace ${namespace}`,
	updated: 'it existed already; updated to this spec (not undone later)',
	confirm: 'Apply this deployment?',
	apply: 'Apply',
	showYaml: 'Show the YAML',
	hideYaml: 'Hide the YAML',
	back: 'Back',
	watching: (selector: string, namespace: string) => `Watching pods (${selector}) in namespace ${namespace}…`,
	allRunning: (count: number) =>
		count === 2 ? 'Both pods are running.' : plural(count, {one: 'The pod is running.', other: `All ${count} pods are running.`}),
	podSecurity: {
		question: (namespace: string) =>
			`The namespace ${namespace} enforces Pod Security "restricted", which refuses the docs' sample nginx (it runs as root). Deploy which sample?`,
		hint: 'Read from the namespace label pod-security.kubernetes.io/enforce before anything is deployed.',
		variant: 'A variant that meets "restricted"',
		variantHint: (image: string, port: number) =>
			`${image} on port ${port}, non-root, no privilege escalation, capabilities dropped, RuntimeDefault seccomp, requests and limits`,
		seeds: "The docs' sample nginx as it is",
		seedsHint: 'the cluster will refuse its pods; the wizard then says why',
	},
	question: {
		message: 'The pods cannot pull their image. What next?',
		refused: 'The cluster refuses to create the pods. What next?',
		again: 'The pods are still failing. What next?',
		fix: 'Fix it now',
		fixAgain: 'Try the fix again',
		watch: 'Keep watching',
		watchHint: 'the table stays live; asked again if they fail again',
		restart: 'Restart the pods now',
		restartHint: 'the deployment recreates them at once, without waiting out the back-off',
		leave: 'Leave the pods as they are',
		leaveHint: 'stop watching and go on to the summary',
	},
	diagnosisNotice: (title: string, explanation: string, code?: string) => `(x) ${title}${code ? ` (${code})` : ''}: ${explanation}`,
	fixNotice: (fix: string) => `    Fix: ${fix}`,
	restart: {
		title: 'Restart the pods',
		sentence: (name: string, namespace: string) =>
			`Delete the pods of ${name} in namespace ${namespace}, so that it recreates them and they pull again at once`,
	},
	left: 'Stopped watching; the pods were left as they are.',
	restarted: 'Pods deleted; the deployment recreates them and they pull again now.',
	fixApplied: 'Fix applied; watching the pods recover (the kubelet retries with a back-off of up to 5 minutes).',
	diagnosis: {
		refused: {
			title: 'The cluster refuses to create the pods',
			explanation: (namespace: string, message: string) => `The Deployment in ${namespace} makes no pod: the API server refuses each one (${message}).`,
		},
		noPullPermission: {
			title: 'No permission to pull from the registry',
			attach: (registry: string, cluster: string) =>
				`The registry refused the pull with 401 Unauthorized: the kubelet identity of ${cluster} has no AcrPull on ${registry}.`,
			attachPending: (role: string, registry: string, cluster: string) =>
				`The registry refused the pull with 401 Unauthorized, though ${role} on ${registry} is granted to the kubelet identity of ${cluster}: the role assignment is not in effect yet (new ones can take minutes, longer through an Entra group). The pods retry by themselves: keep watching, and check from the nodes with the command below.`,
			anonymous: (registry: string, loginServer: string) =>
				`The registry ${registry} refused the pull with 401 Unauthorized, and no credentials were sent: the pod has no pull secret for ${loginServer} (not in imagePullSecrets, or its server is not ${loginServer}).`,
		},
		badCredentials: {
			title: 'The registry refused the credentials',
			explanation: (secret: string, registry: string) =>
				`The registry ${registry} refused the credentials in ${secret} (401 Unauthorized): a wrong or expired password, a deleted service principal or token, or a service principal without AcrPull.`,
		},
		tokenScope: {
			title: 'The token may not read this repository',
			explanation: (repository: string, registry: string) =>
				`The credentials were accepted, but their scope map on ${registry} does not allow content/read on the repository ${repository} (insufficient_scope).`,
		},
		imageNotFound: {
			title: 'The image or tag does not exist',
			explanation: (image: string, registry: string, repository: string) =>
				`${image} was not found in ${registry}. See which tags exist with: az acr repository show-tags --name ${registry} --repository ${repository}`,
		},
		wrongLoginServer: {
			title: "The image does not name the registry's login server",
			explanation: (host: string, loginServer: string) => `The image points at ${host}, which is not the registry's login server ${loginServer}.`,
			noSuchHost: (host: string, loginServer: string) => `The host ${host} does not exist (no such host). The registry's login server is ${loginServer}.`,
			fix: (image: string) => `Use the image ${image}`,
		},
		secretNotFound: {
			title: 'The pull secret is not in this namespace',
			explanation: (secret: string, namespace: string) =>
				`The pod refers to the pull secret ${secret}, but namespace ${namespace} has no secret by that name (a secret belongs to one namespace; it may have been created in another).`,
		},
		unknown: {
			title: 'The image cannot be pulled',
			explanation: (message: string) => message,
		},
	},
	summary: {
		question: 'What next?',
		finish: 'Finish',
		undo: (count: number) => plural(count, {one: 'Undo the 1 change made', other: `Undo the ${count} changes made`}),
		undoHint: 'shows the plan first; every undo is journaled too',
		script: 'The equivalent commands, to run it again without the wizard:',
		scriptPowerShell: 'The same with Azure PowerShell (Az module 5.9.0 or later):',
		scriptNote: 'Secrets are shown as placeholders; they were never written down.',
		createNote: 'For a NEW cluster, attach the registry at creation instead:',
		watch: 'Watch the pods from another terminal:',
	},
	screen: {
		podsTitle: (namespace: string) => `Pods in namespace ${namespace}`,
		columns: {name: 'NAME', ready: 'READY', status: 'STATUS', restarts: 'RESTARTS', age: 'AGE'},
		eventsOf: (pod: string) => `Events of ${pod}:`,
		times: (count: number) => ` (x${count})`,
		/** Under a pod table too long for the terminal: how many rows are not drawn, of how many, and how many of all are not up. */
		morePods: (hidden: number, total: number, notUp: number) => `… ${hidden} more not shown (${total} pods, ${notUp} not running and ready)`,
		/** A pod's change, as a run without a screen prints it. */
		podLine: (name: string, ready: string, status: string) => `    pod ${name} ${ready} ${status}`,
		undone: 'undone',
		unchanged: 'already in place',
		failed: 'failed',
	},
	undo: {
		planTitle: 'Undo the changes',
		alreadyGone: 'already gone; nothing to undo',
		registryNote: (name: string) =>
			`The registry ${name} was created by the wizard: undoing deletes it with every image in it, including any pushed since. This cannot be undone.`,
		unknownKind: (kind: string) => `No way to undo "${kind}" is known; undo it by hand.`,
		missingParam: (kind: string, name: string) => `The undo "${kind}" lacks "${name}" in the journal; undo it by hand.`,
	},
} as const;
