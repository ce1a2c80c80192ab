/** The pod inspector (doctor --watch and the wizard's live pod screen): its keys, views and the words of `kubectl describe pod`. */
import {plural} from './intl.js';

export const inspector = {
	keys: {
		list: '↑↓ pod · e events · d describe · l logs · y yaml · enter/esc done · q quit',
		listWatch: '↑↓ pod · e events · d describe · l logs · y yaml · q quit',
		detail: '↑↓ scroll · esc back · q quit',
		logs: '↑↓ scroll · p previous run · esc back · q quit',
	},
	views: {
		events: (pod: string) => `Events of ${pod}`,
		describe: (pod: string) => `kubectl describe pod ${pod}`,
		logs: (pod: string) => `kubectl logs ${pod}`,
		previousLogs: (pod: string) => `kubectl logs ${pod} --previous`,
		yaml: (pod: string) => `kubectl get pod ${pod} -o yaml`,
	},
	loading: 'Reading…',
	/** The one way on from the live pods once they run (enter or esc). */
	goOn: 'Go on to the summary',
	holdMessage: (count: number) =>
		count === 2
			? 'Both pods are running. Inspect them with the keys above, or go on:'
			: plural(count, {
					one: 'The pod is running. Inspect it with the keys above, or go on:',
					other: `All ${count} pods are running. Inspect them with the keys above, or go on:`,
				}),
	gone: (pod: string) => `The pod ${pod} is gone.`,
	noEvents: 'No events.',
	noLogs: 'No log lines.',
	selected: (pod: string) => `selected: ${pod}`,
	/** `kubectl describe pod`'s field names and column heads: kept as kubectl prints them. */
	describe: {
		name: 'Name:',
		namespace: 'Namespace:',
		serviceAccount: 'Service Account:',
		node: 'Node:',
		startTime: 'Start Time:',
		labels: 'Labels:',
		status: 'Status:',
		ip: 'IP:',
		controlledBy: 'Controlled By:',
		containers: 'Containers:',
		image: 'Image:',
		imageID: 'Image ID:',
		state: 'State:',
		lastState: 'Last State:',
		reason: 'Reason:',
		message: 'Message:',
		exitCode: 'Exit Code:',
		started: 'Started:',
		finished: 'Finished:',
		ready: 'Ready:',
		restartCount: 'Restart Count:',
		conditions: 'Conditions:',
		conditionColumns: ['Type', 'Status'],
		qosClass: 'QoS Class:',
		pullSecrets: 'Image Pull Secrets:',
		events: 'Events:',
		eventColumns: ['Type', 'Reason', 'Age', 'Message'],
		none: '<none>',
	},
} as const;
