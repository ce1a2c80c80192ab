/* eslint-disable no-irregular-whitespace -- French typography: a no-break space before : ; ? ! and inside « », in the strings only. */
/** Messages des étapes du registre et de la méthode. */
import type {Catalog} from '../catalog.js';
import {plural} from './intl.js';

export const registry: Catalog['registry'] = {
	title: 'Registre',
	noSubscription: 'Aucun abonnement n’est choisi : il n’y a donc aucun registre à lister.',
	noSubscriptionFix: 'Revenez aux prérequis et choisissez un abonnement, ou passez --subscription <id>.',
	pick: {
		question: 'De quel registre le cluster doit-il extraire les images ?',
		hint: (count: number) =>
			count === 0
				? 'Pas encore de registre dans cet abonnement : créez-en un.'
				: plural(count, {one: `${count} registre dans cet abonnement.`, other: `${count} registres dans cet abonnement.`}),
		choiceHint: (group: string, sku: string, loginServer: string) => `${group} · ${sku} · ${loginServer}`,
		create: 'Créer un registre',
		createHint: 'az acr create',
		byId: 'Utiliser un registre par son ID de ressource',
		byIdHint: 'par exemple, un registre d’un autre abonnement',
		idQuestion: 'ID de ressource du registre :',
		idPlaceholder: '/subscriptions/<subscription-id>/resourceGroups/<group>/providers/Microsoft.ContainerRegistry/registries/<name>',
		idInvalid:
			'Ce n’est pas un ID de ressource de registre. Il a la forme /subscriptions/<subscription-id>/resourceGroups/<group>/providers/Microsoft.ContainerRegistry/registries/<name> (az acr show --name <name> --query id -o tsv l’affiche).',
		notFoundById: (id: string) => `Aucun registre à ${id}, ou ce compte ne peut pas le lire.`,
		notFoundByIdFix: 'Vérifiez l’ID avec : az acr show --ids <id> --query id -o tsv',
	},
	name: {
		question: 'Nom du registre :',
		hint: (suffix: string) => `5 à 50 lettres minuscules et chiffres, unique dans tout Azure ; il devient <nom>${suffix}.`,
		placeholder: 'mycontainerregistry',
		empty: 'Saisissez un nom : 5 à 50 lettres minuscules et chiffres, par exemple mycontainerregistry.',
		invalidCharacters: (characters: string, suggestion: string) =>
			`Un nom de registre ne peut contenir que des lettres a-z et des chiffres 0-9 ; retirez ${characters}${suggestion}.`,
		upperCase: (lower: string) => `Minuscules uniquement : ${lower}.`,
		tooShort: (length: number) =>
			plural(length, {
				one: `Trop court : ${length} caractère ; un nom de registre en compte au moins 5.`,
				other: `Trop court : ${length} caractères ; un nom de registre en compte au moins 5.`,
			}),
		tooLong: (length: number) => `Trop long : ${length} caractères ; un nom de registre en compte au plus 50.`,
		suggestion: (name: string) => `, par exemple ${name}`,
		spaces: 'les espaces',
		taken: (message: string, reason: string) =>
			`${message.replace(/\.$/, '')} (${reason}). Saisissez un autre nom, ou passez une autre valeur à --registry-name.`,
		checkFailed: (reason: string) => `Impossible de vérifier le nom : ${reason}`,
		takenDefault: (name: string) => `Le nom ${name} est déjà pris.`,
	},
	group: {
		question: 'Groupe de ressources du nouveau registre :',
		create: 'Créer un groupe de ressources',
		createHint: 'az group create',
		nameQuestion: 'Nom du nouveau groupe de ressources :',
		nameInvalid:
			'Un nom de groupe de ressources compte 1 à 90 lettres, chiffres, points, traits de soulignement, traits d’union ou parenthèses, et ne se termine pas par un point.',
		exists: (name: string) => `${name} existe déjà ; choisissez-le plutôt dans la liste.`,
		locationQuestion: 'Emplacement du nouveau groupe de ressources :',
		locationHint: 'Un nom de région Azure, tel que az account list-locations -o table l’affiche (par exemple eastus, westeurope).',
		locationHintIn: (cloud: string, regions: string) => `Une région de ${cloud} : ${regions}.`,
		locationNotInCloud: (location: string, cloud: string, regions: string) => `${location} n’est pas une région de ${cloud} ; ses régions sont ${regions}.`,
		locationUnknown: (location: string, nearest: string) =>
			nearest === ''
				? `${location} n’est pas une région que cet abonnement peut utiliser (az account list-locations --query "[].name" --output tsv les liste).`
				: `${location} n’est pas une région que cet abonnement peut utiliser. Vouliez-vous dire ${nearest} ?`,
		locationInvalid: 'Un emplacement est un nom de région en lettres minuscules et chiffres, par exemple eastus ou westeurope.',
	},
	sku: {
		question: 'SKU du registre (niveau de service) :',
		basic: 'Basic',
		basicHint: 'coût le plus bas ; pour apprendre et pour les petites charges de travail',
		standard: 'Standard',
		standardHint: 'plus de stockage et de débit ; la plupart des usages en production',
		premium: 'Premium',
		premiumHint: 'géoréplication, liaison privée ; nécessaire pour un registre connecté',
	},
	create: {
		planTitle: (name: string) => `Créer le registre ${name}`,
		groupSentence: (group: string, location: string) => `Créer le groupe de ressources ${group} dans ${location}`,
		registrySentence: (name: string, sku: string, group: string) => `Créer le registre ${sku} ${name} dans ${group}`,
		progress: (name: string, status: string) => `Création de ${name} : ${status}`,
		created: (loginServer: string) => `Créé ; serveur de connexion ${loginServer}`,
		groupCreated: (location: string) => `Créé dans ${location}`,
		undoRegistry: (name: string) => `Supprimer le registre ${name} et toutes ses images`,
		undoGroup: (name: string) => `Supprimer le groupe de ressources ${name} et tout ce qu’il contient`,
	},
	import: {
		planTitle: 'Importer l’image d’exemple',
		sentence: (source: string, registry: string, image: string) => `Importer ${source} dans ${registry} sous le nom ${image}`,
		progress: (image: string, status: string) => `Importation de ${image} : ${status}`,
		imported: (loginServer: string, image: string) => `Importée sous le nom ${loginServer}/${image}`,
		alreadyThere: (image: string) => `${image} est déjà présente ; rien n’a été importé`,
		conflictNotThere: (image: string, registry: string) =>
			`ACR a refusé l’importation pour cause de conflit, et pourtant ${image} n’est pas dans ${registry} : une opération est peut-être encore en cours sur le registre. Réessayez dans une minute.`,
		note: 'Le déploiement d’exemple exécute cette image ; l’importation la copie de Docker Hub dans votre registre, côté Azure.',
		skipped: 'Importation de l’image d’exemple ignorée ; le déploiement d’exemple a besoin de nginx:v1 dans le registre.',
		skip: 'Continuer sans importer',
		skipHint: 'le déploiement d’exemple proposera de nouveau l’importation si l’image manque',
		noteUnprivileged:
			'La variante Pod Security « restricted » exécute cette image : un nginx conçu pour tourner sous un utilisateur non root, sur le port 8080.',
		noteMcr:
			'Le déploiement d’exemple exécute cette image ; l’importation copie le même nginx depuis mcr.microsoft.com (sans limite de débit d’extraction) dans votre registre, côté Azure.',
		throttled: 'Docker Hub a refusé l’importation : sa limite d’extractions anonymes est atteinte (les serveurs d’importation d’ACR la partagent).',
		throttledFix: (mcr: string) =>
			`Importez le même nginx depuis le registre de Microsoft (${mcr}), ou connectez-vous à Docker Hub : az acr import … --username <docker-hub-user> --password <token>`,
		afterFailure: 'L’importation a échoué. Et maintenant ?',
		useMcr: 'Importer plutôt nginx depuis mcr.microsoft.com',
		signIn: 'Se connecter à Docker Hub pour l’importation',
		signInHint: 'un compte Docker Hub lève la limite anonyme (az acr import --username/--password)',
		username: 'Nom d’utilisateur Docker Hub :',
		usernameEmpty: 'Saisissez le nom d’utilisateur Docker Hub (ou revenez en arrière et prenez l’image sur mcr.microsoft.com).',
		password: (username: string) => `Mot de passe ou jeton d’accès Docker Hub de ${username} :`,
		passwordStdinMissing: '--source-password-stdin a été passé, mais rien n’est arrivé sur l’entrée standard.',
		passwordStdinFix:
			'Transmettez le mot de passe ou le jeton par un tube : printf %s "$DOCKER_HUB_TOKEN" | acr-wizard --yes --source-username <user> --source-password-stdin',
		passwordEmpty: 'Saisissez le mot de passe ou un jeton d’accès personnel (hub.docker.com → Account settings → Personal access tokens).',
	},
	screen: {
		title: 'Registre et accès',
		subscription: 'Abonnement',
		registry: 'Registre',
		method: 'Méthode',
		cluster: 'Cluster',
		notYet: 'pas encore choisi',
		registryDetail: (loginServer: string, sku: string, group: string) => `${loginServer} · ${sku} · ${group}`,
		methods: {attach: 'Attacher à AKS', detach: 'Détacher d’AKS', 'pull-secret': 'Secret d’extraction', 'connected-registry': 'Registre connecté'},
	},
	method: {
		title: 'Méthode',
		question: 'Comment le cluster doit-il obtenir l’accès au registre ?',
		hint: 'Sur AKS, l’attachement est recommandé : l’identité managée du kubelet extrait les images, sans rien à renouveler. Les secrets d’extraction fonctionnent sur tout cluster mais alourdissent la gestion : un secret par espace de noms, des mots de passe qui expirent. L’attachement ne sert qu’Azure Container Registry : pour extraire une image d’un registre externe privé, utilisez un secret d’extraction d’image.',
		attach: 'Attacher à AKS (identité managée)',
		attachHint: 'recommandé pour AKS ; aucun secret à gérer',
		pullSecret: 'Secret d’extraction (tout cluster)',
		pullSecretHint: 'tout contexte ; les secrets d’extraction alourdissent la gestion',
		connectedRegistry: 'Registre connecté sur un cluster avec Azure Arc activé',
		connectedRegistryHint: 'un réplica d’un registre Premium dans le cluster, servi sur une clusterIP',
		detach: 'Détacher un registre d’AKS',
		detachHint: 'retire AcrPull à l’identité kubelet',
		attachHintNoRights: 'demande le droit d’attribuer des rôles, qui vous manque d’après les vérifications',
		noRightsFlagHint:
			'D’après les vérifications, vous ne pouvez pas attribuer de rôles, donc aucune voie n’est prise pour vous : passez --method pull-secret --credential token (un jeton limité à des dépôts ne demande aucun rôle), ou --method attach quand vous pourrez attribuer des rôles.',
	},
};
