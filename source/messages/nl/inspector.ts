/** De pod-inspector (doctor --watch en het live podscherm van de wizard): zijn toetsen, weergaven en de woorden van `kubectl describe pod`. */
import type {Catalog} from '../catalog.js';
import {plural} from './intl.js';

export const inspector: Catalog['inspector'] = {
	keys: {
		list: '↑↓ pod · e gebeurtenissen · d describe · l logboek · y yaml · enter/esc klaar · q stoppen',
		listWatch: '↑↓ pod · e gebeurtenissen · d describe · l logboek · y yaml · q stoppen',
		detail: '↑↓ scrollen · esc terug · q stoppen',
		logs: '↑↓ scrollen · p vorige run · esc terug · q stoppen',
	},
	views: {
		events: (pod: string) => `Gebeurtenissen van ${pod}`,
		describe: (pod: string) => `kubectl describe pod ${pod}`,
		logs: (pod: string) => `kubectl logs ${pod}`,
		previousLogs: (pod: string) => `kubectl logs ${pod} --previous`,
		yaml: (pod: string) => `kubectl get pod ${pod} -o yaml`,
	},
	loading: 'Lezen…',
	goOn: 'Door naar de samenvatting',
	holdMessage: (count: number) =>
		count === 2
			? 'Beide pods draaien. Bekijk ze met de toetsen hierboven, of ga door:'
			: plural(count, {
					one: 'De pod draait. Bekijk hem met de toetsen hierboven, of ga door:',
					other: `Alle ${count} pods draaien. Bekijk ze met de toetsen hierboven, of ga door:`,
				}),
	gone: (pod: string) => `De pod ${pod} is weg.`,
	noEvents: 'Geen gebeurtenissen.',
	noLogs: 'Geen logregels.',
	selected: (pod: string) => `gekozen: ${pod}`,
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
};
