/* eslint-disable no-irregular-whitespace -- French typography: a no-break space before : ; ? ! and inside « », in the strings only. */
/** Messages partagés par tous les écrans. */
import type {Catalog} from '../catalog.js';
import {plural} from './intl.js';

export const common: Catalog['common'] = {
	pathTitle: 'La voie choisie pour donner l’accès au cluster',
	keys: '↑↓ se déplacer · entrée choisir · échap retour · q quitter',
	keysMultiple: '↑↓ se déplacer · espace cocher · entrée valider · échap retour · q quitter',
	keysText: 'entrée valider · échap retour · ctrl+c quitter',
	enterFor: (value: string) => `(entrée pour ${value})`,
	example: (value: string) => `par exemple ${value}`,
	typeYourOwn: (value: string) => `Saisissez le vôtre, par exemple ${value}, puis entrée.`,
	status: {ok: '✓', warn: '!', fail: 'x', skipped: '-', pending: '·', running: '…'},
	fix: 'Correctif :',
	nodeTooOld: (version: string, needed: number) =>
		`acr-wizard nécessite Node.js ${needed} ou ultérieur ; celui-ci est Node.js ${version}. Installez Node.js ${needed} (ou lancez-le avec un node plus récent), puis réessayez.`,
	code: (code: string) => `(${code})`,
	back: 'Retour',
	quit: 'Quitter',
	yes: 'Oui',
	no: 'Non',
	replication: {
		principal: (attempt: number, tries: number) =>
			`En attente de l’apparition du nouveau principal de service dans l’annuaire (essai ${attempt}/${tries} ; la réplication d’un nouvel objet peut prendre quelques minutes)…`,
		assignment: (attempt: number, tries: number) =>
			`En attente de l’apparition du principal dans les attributions de rôles Azure (essai ${attempt}/${tries} ; la réplication d’un nouvel objet peut prendre quelques minutes)…`,
	},
	welcome: {
		title: 'Bienvenue dans acr-wizard',
		intro:
			'Cet assistant donne à un cluster Kubernetes l’accès à un registre Azure Container Registry, déploie un exemple et le regarde tourner. Chaque modification est d’abord affichée, avec la commande az ou kubectl équivalente, et n’est exécutée qu’après votre confirmation.',
		pathsTitle: 'Trois façons d’y parvenir :',
		paths: [
			{name: 'Attacher à AKS', detail: 'accorder AcrPull à l’identité kubelet du cluster (az aks update --attach-acr)'},
			{
				name: 'Secret d’extraction, tout cluster',
				detail: 'kind, minikube ou tout contexte kubeconfig : un principal de service ou un jeton limité à des dépôts dans un secret d’extraction d’image',
			},
			{name: 'Registre connecté sur Arc', detail: 'un registre connecté ACR dans un cluster avec Azure Arc activé, servi sur une clusterIP'},
		],
		sandboxStarting: 'Bac à sable : démarrage de l’émulateur local d’Azure et de Kubernetes…',
		sandboxWatch: (kubeconfigPath: string) => `Suivez ses pods depuis un autre terminal : KUBECONFIG=${kubeconfigPath} kubectl get pods -A -w`,
		sandbox: (endpoint: string) => `Bac à sable : dialogue avec l’émulateur local sur ${endpoint} ; rien n’atteint Azure.`,
		sandboxPlays: (cloud: string, suffix: string) =>
			`Il joue le rôle de ${cloud} : les registres sont <nom>${suffix}, avec les régions et les noms d’hôte de ce cloud.`,
		cloud: (cloud: string, endpoint: string, suffix: string) => `Cloud : ${cloud} (${endpoint}) ; les registres sont <nom>${suffix}.`,
		questionStart: 'Prêt à commencer ?',
		choiceStart: 'Vérifier les prérequis',
	},
	notTty: 'acr-wizard a besoin d’un terminal interactif (capable de déplacer le curseur : pas TERM=dumb).',
	notTtySuggestion: 'Lancez-le dans un terminal, ou passez --yes pour prendre les valeurs par défaut (avec des options pour les réponses qui n’en ont pas).',
	cancelled: 'Annulé. Rien d’autre n’a été modifié.',
	stoppedStanding: (count: number) =>
		plural(count, {
			one: `Arrêté. Cette exécution a fait ${count} modification qui reste en place :`,
			other: `Arrêté. Cette exécution a fait ${count} modifications qui restent en place :`,
		}),
	stoppedNothing: 'Rien de ce que cette exécution a créé ne reste en place.',
	standingUndo: (command: string) => `à supprimer avec : ${command}`,
	stopping: 'Arrêt après l’action en cours… (Ctrl+C de nouveau pour arrêter tout de suite)',
	goingRound: (message: string, count: number) => `Une exécution non interactive a répondu ${count} fois à « ${message} » sans aller plus loin.`,
	goingRoundSuggestion: 'Lancez-le dans un terminal pour voir ce qu’il redemande, ou passez les options qui y répondent.',
	promptRequired: (message: string, flag?: string) =>
		flag
			? `Aucune réponse à « ${message} » dans une exécution non interactive.`
			: `« ${message} » attend une réponse, et cette exécution ne peut pas la demander.`,
	defaultRefused: (message: string, value: string, problem: string) => `${message} la valeur par défaut ${value} ne peut pas être utilisée : ${problem}`,
	promptRequiredSuggestion: (flag?: string) =>
		flag === undefined
			? 'Lancez acr-wizard dans un terminal.'
			: flag.endsWith('-stdin')
				? `Transmettez-le par un tube avec ${flag} : printf %s "$SECRET" | acr-wizard … ${flag}`
				: `Passez ${flag} <valeur>.`,
	usingDefault: (message: string, value: string) => `${message} ${value} (par défaut, non interactif)`,
	usingFlag: (message: string, value: string, flag: string) => `${message} ${value} (d’après ${flag})`,
	invalidChoice: (flag: string, value: string, allowed: readonly string[]) => `${flag} ${value} ne fait pas partie de : ${allowed.join(', ')}.`,
	anotherValue: (flag: string) => `Passez une autre valeur à ${flag}.`,
	masked: '••••••••',
};
