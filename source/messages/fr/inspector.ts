/* eslint-disable no-irregular-whitespace -- French typography: a no-break space before : ; ? ! and inside « », in the strings only. */
/** L’inspecteur de pods (doctor --watch et l’écran des pods en direct de l’assistant) : ses touches, ses vues et les mots de `kubectl describe pod`. */
import type {Catalog} from '../catalog.js';
import {plural} from './intl.js';

export const inspector: Catalog['inspector'] = {
	keys: {
		list: '↑↓ pod · e événements · d describe · l journaux · y yaml · entrée/échap terminé · q quitter',
		listWatch: '↑↓ pod · e événements · d describe · l journaux · y yaml · q quitter',
		detail: '↑↓ défiler · échap retour · q quitter',
		logs: '↑↓ défiler · p exécution précédente · échap retour · q quitter',
	},
	views: {
		events: (pod: string) => `Événements de ${pod}`,
		describe: (pod: string) => `kubectl describe pod ${pod}`,
		logs: (pod: string) => `kubectl logs ${pod}`,
		previousLogs: (pod: string) => `kubectl logs ${pod} --previous`,
		yaml: (pod: string) => `kubectl get pod ${pod} -o yaml`,
	},
	loading: 'Lecture…',
	goOn: 'Passer au récapitulatif',
	holdMessage: (count: number) =>
		count === 2
			? `Les deux pods sont en cours d’exécution. Inspectez-les avec les touches ci-dessus, ou continuez :`
			: plural(count, {
					one: `Le pod est en cours d’exécution. Inspectez-le avec les touches ci-dessus, ou continuez :`,
					other: `Les ${count} pods sont en cours d’exécution. Inspectez-les avec les touches ci-dessus, ou continuez :`,
				}),
	gone: (pod: string) => `Le pod ${pod} n’existe plus.`,
	noEvents: 'Aucun événement.',
	noLogs: 'Aucune ligne de journal.',
	selected: (pod: string) => `sélectionné : ${pod}`,
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
