/* eslint-disable no-irregular-whitespace -- French typography: a no-break space before : ; ? ! and inside « », in the strings only. */
/** Messages du moteur plan/confirmation/exécution. */
import type {Catalog} from '../catalog.js';

export const engine: Catalog['engine'] = {
	confirm: (count: number) => (count === 1 ? 'Appliquer cette modification ?' : `Appliquer ces ${count} modifications ?`),
	apply: 'Appliquer',
	back: 'Retour',
	planTitle: (title: string) => `Plan : ${title}`,
	call: 'Appel d’API',
	retry: 'Reprendre à l’action qui a échoué',
	stop: 'S’arrêter ici (ce qui est fait reste fait ; le récapitulatif le liste)',
	afterFailure: 'Et maintenant ?',
	alsoRunning: 'Également en cours (lancé en avance, toutes les réponses étant connues) :',
	commandStyleKey: (style: 'az' | 'powershell') =>
		style === 'az' ? 'Commandes affichées en az · c : les afficher en Azure PowerShell' : 'Commandes affichées en Azure PowerShell · c : les afficher en az',
	cloudCommands: (cloud: string, command: string) => `Ces commandes valent pour ${cloud} : exécutez d’abord ${command}.`,
};
