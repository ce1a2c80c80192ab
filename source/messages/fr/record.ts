/* eslint-disable no-irregular-whitespace -- French typography: a no-break space before : ; ? ! and inside « », in the strings only. */
/** Messages du journal d’exécution et de `acr-wizard runs`, `undo` et `resume`. */
import type {Catalog} from '../catalog.js';
import {list, plural} from './intl.js';

export const record: Catalog['record'] = {
	file: (file: string, id: string) => `Le journal de cette exécution : ${file} (acr-wizard undo ${id} supprime ce qu’elle a créé)`,
	unwritable: (file: string, reason: string) =>
		`Le journal de cette exécution ne peut pas être écrit dans ${file} (${reason}) ; l’exécution continue sans lui.`,
	dryRun: {
		plan: (title: string) => `Plan (simulation, non appliqué) : ${title}`,
		api: (call: string) => `API : ${call}`,
		done: (actions: number, plans: number) =>
			`Simulation : ${plural(actions, {one: `${actions} action`, other: `${actions} actions`})} dans ${plural(plans, {one: `${plans} plan`, other: `${plans} plans`})} ; rien n’a été modifié. Relancez la même commande sans --dry-run pour les appliquer.`,
		nothing: 'Simulation : rien ne changerait ; tout est déjà en place.',
		screenTitle: 'Le plan complet (simulation : rien n’a été modifié)',
	},
	export: {
		header: 'Les modifications d’une exécution d’acr-wizard, sous la forme des commandes qu’il a affichées. Aucun secret n’est écrit ici.',
		bashRun: 'Exécutez-le avec : bash run.sh (connecté avec az login, kubectl pointant sur le cluster).',
		powerShellRun: 'Exécutez-le avec : pwsh ./run.ps1 (PowerShell 7.3 ou ultérieur, le module Az connecté avec Connect-AzAccount, az et kubectl dans le PATH).',
		umask: 'Ce qu’écrivent les commandes (protected-settings-extension.json contient un mot de passe) n’est lisible que par vous.',
		missing: (name: string) => `Définissez d’abord ${name} dans l’environnement : c’est un mot de passe, jamais écrit dans ce script.`,
		written: (directory: string, files: readonly string[]) => `Exporté dans ${directory} : ${files.join(', ')} (mode 0644 : aucun ne contient de secret).`,
		needs: (names: readonly string[]) =>
			`run.sh et run.ps1 lisent ${list(names)} dans l’environnement ; ${plural(names.length, {one: 'définissez-la', other: 'définissez-les'})} avant l’exécution.`,
		failed: (directory: string, reason: string) => `L’export vers ${directory} n’a pas pu être écrit : ${reason}`,
		notAFolder: (path: string) => `--export ${path} : c’est un fichier, pas un dossier.`,
		notAFolderFix: 'Indiquez un dossier (il est créé s’il manque) : --export ./acr-wizard-export',
	},
	runs: {
		none: (directory: string) => `Aucune exécution n’est encore enregistrée (elles sont conservées dans ${directory}).`,
		header: (directory: string) => `Exécutions enregistrées dans ${directory}, de la plus récente à la plus ancienne :`,
		line: (id: string, date: string, method: string, where: string, state: string) => `${id}  ${date}  ${method}  ${where}  ${state}`,
		standing: (count: number) =>
			count === 0 ? 'rien n’en reste en place' : count === 1 ? '1 modification reste en place :' : `${count} modifications restent en place :`,
		item: (sentence: string) => `    - ${sentence}`,
		noMethod: 'aucune voie choisie',
		noTarget: 'pas encore de registre ni de cluster',
		states: {
			running: 'en cours',
			interrupted: 'interrompue (le processus a disparu)',
			done: 'terminée',
			failed: 'en échec',
			stopped: 'arrêtée',
		},
		demo: '(bac à sable de démonstration : disparu avec son exécution)',
		unreadable: (file: string, problem: string) => `  ${file} n’est pas un journal que cette version sait lire : ${problem}`,
	},
	find: {
		none: (directory: string) => `Aucune exécution n’est enregistrée dans ${directory} : il n’y a donc rien à annuler ni à reprendre.`,
		noneFix: 'acr-wizard --demo',
		unknown: (wanted: string) => `Aucune exécution enregistrée ne s’appelle ${wanted}.`,
		ambiguous: (wanted: string, ids: string) => `${wanted} désigne plusieurs exécutions : ${ids}.`,
		fix: 'acr-wizard runs',
		demoGone: (id: string) =>
			`L’exécution ${id} a eu lieu dans le bac à sable intégré de la démonstration, qui s’est terminé avec elle : rien de ce qu’elle a créé ne subsiste, il n’y a donc rien à annuler ni à reprendre.`,
		demoFix: 'acr-wizard --demo',
		stillRunning: (id: string, pid: number) => `L’exécution ${id} est toujours en cours (processus ${pid}) ; arrêtez-la d’abord.`,
		stillRunningFix: (pid: number) => `kill -INT ${pid}`,
		nothingToUndo: (id: string) => `Rien de ce qu’a créé l’exécution ${id} ne reste en place : il n’y a rien à annuler.`,
		finished: (id: string) => `L’exécution ${id} est allée jusqu’au bout ; il n’y a rien à reprendre.`,
		finishedFix: (id: string) => `acr-wizard undo ${id}`,
	},
	group: {
		question: (name: string, count: number) =>
			`Le groupe de ressources ${name} a été créé par cette exécution et ${count === 0 ? 'ne contient rien d’autre' : count === 1 ? 'contient 1 ressource' : `contient ${count} ressources`}. Le supprimer aussi ?`,
		keep: 'Le garder',
		remove: 'Le supprimer avec tout ce qu’il contient',
	},
	jsonNeedsYes: '--json n’écrit que du JSON sur stdout : rien ne peut donc y être demandé.',
	jsonNeedsYesFix: 'Ajoutez --yes (avec des options pour les réponses qui n’ont pas de valeur par défaut).',
	jsonValue: (value: string) => `--json=${value} : --json ne prend pas d’autre valeur que stream.`,
	jsonValueFix: 'Passez --json pour un seul document à la fin, ou --json=stream pour des lignes JSON au fil de l’exécution.',
	undone: (id: string) => `Annulé : l’exécution ${id} ne laisse rien derrière elle.`,
};
