/* eslint-disable no-irregular-whitespace -- French typography: a no-break space before : ; ? ! and inside « », in the strings only. */
/** Messages de l’écran des prérequis. */
import type {Catalog} from '../catalog.js';
import {list, plural} from './intl.js';

export const prerequisites: Catalog['prerequisites'] = {
	title: 'Prérequis',
	intro: 'Vérification de tout ce dont l’assistant a besoin, en une seule fois.',
	checks: {
		az: 'Azure CLI',
		kubectl: 'kubectl',
		credential: 'Connexion à Azure',
		subscriptions: 'Abonnement',
		'role-assignments': 'Droit d’attribuer des rôles',
		providers: 'Fournisseurs de ressources',
		kubeconfig: 'Contexte Kubernetes',
	},
	az: {
		missing: 'Non installé. L’assistant dialogue directement avec Azure : il n’en a besoin que si vous exécutez vous-même les commandes équivalentes.',
		missingFix: 'Installez-le : https://aka.ms/installazurecli',
		tooOld: (version: string, minimum: string) =>
			`La version ${version} est antérieure à ${minimum}, nécessaire pour attacher un registre à AKS (az aks update --attach-acr).`,
		oldForSp: (version: string, minimum: string) =>
			`La version ${version} convient pour l’attachement, mais le script du principal de service nécessite la version ${minimum} ou ultérieure.`,
		upgradeFix: 'az upgrade',
		unreadable: 'Trouvé, mais sa version n’a pas pu être lue dans `az version -o json`.',
		unreadableFix: 'Exécutez `az version` pour voir ce qui ne va pas dans l’installation.',
		notProbed: 'Non vérifié avec --yes : cette exécution se connecte sans az, et n’affiche les commandes az qu’à titre de lecture.',
	},
	kubectl: {
		missing:
			'Non installé. L’assistant dialogue directement avec les clusters : il n’en a besoin que pour exécuter les commandes équivalentes et `az aks check-acr`.',
		missingFix: 'Installez-le : https://kubernetes.io/docs/tasks/tools/ (ou az aks install-cli)',
		unreadable: 'Trouvé, mais `kubectl version --client -o json` n’a donné aucune version.',
		notProbed: 'Non vérifié avec --yes : l’assistant dialogue lui-même avec le cluster, et n’affiche les commandes kubectl qu’à titre de lecture.',
	},
	credential: {
		none: 'Aucune information d’identification Azure disponible : pas de connexion avec Azure CLI, ni d’identifiants dans l’environnement.',
		noneFix: 'az login',
		signedIn: (name: string) => `Connecté en tant que ${name}`,
	},
	subscriptions: {
		none: 'Ce compte ne voit aucun abonnement.',
		noneFix: 'az login --tenant <tenant-id>, ou demandez l’accès à un abonnement',
		tenantHint: (id: string, tenantId: string) => `${id} · locataire ${tenantId}`,
		chosen: (name: string, id: string, count: number) => (count > 1 ? `${name} (${id}), 1 sur ${count}` : `${name} (${id})`),
		unknownFlag: (id: string) => `L’abonnement ${id} ne fait pas partie de ceux que ce compte peut voir.`,
		unknownFlagFix: 'az account list -o table',
		tenantNone: (tenant: string, tenants: readonly string[]) =>
			`Ce compte ne voit aucun abonnement dans le locataire ${tenant} (ses abonnements sont dans : ${tenants.join(', ')}).`,
		tenantNoneFix:
			'az account list --query "[].{name:name, id:id, tenant:tenantId}" -o table, puis passez l’un de ces locataires à --tenant (ou connectez-vous-y : az login --tenant <id>)',
		notInTenant: (subscription: string, tenant: string) => `L’abonnement ${subscription} n’est pas dans le locataire ${tenant} indiqué avec --tenant.`,
		question: 'Quel abonnement l’assistant doit-il utiliser ?',
	},
	roles: {
		ok: 'Vous pouvez créer des attributions de rôles (Propriétaire ou Administrateur de l’accès utilisateur).',
		missing:
			'Vous ne pouvez pas créer d’attributions de rôles dans cet abonnement. Attacher un registre à AKS et créer un principal de service avec un rôle nécessitent tous deux le rôle Propriétaire, Administrateur de compte, Coadministrateur ou Administrateur de l’accès utilisateur. Un jeton limité à des dépôts fonctionne quand même.',
		missingFix:
			'Demandez à un Propriétaire de l’abonnement de vous accorder le rôle Administrateur de l’accès utilisateur, ou d’effectuer l’attribution de rôle à votre place.',
		unknown: 'Impossible de vérifier vos autorisations.',
	},
	providers: {
		ok: (count: number) => plural(count, {one: `${count} inscrit`, other: `${count} inscrits`}),
		missing: (names: readonly string[]) => `Non inscrits : ${names.join(', ')}.`,
		registering: (names: readonly string[]) =>
			`Inscription en cours : ${names.join(', ')}. Cela prend quelques minutes ; relancez les vérifications plus tard.`,
		waiting: (name: string, state: string) => `${name} : ${state}…`,
		missingFix: (names: readonly string[]) => names.map((name) => `az provider register --namespace ${name}`).join(' && '),
		registerSentence: (name: string) => `Inscrire le fournisseur de ressources ${name} dans l’abonnement`,
		planTitle: 'Inscrire les fournisseurs de ressources',
	},
	kubeconfig: {
		notNeeded: (flag: string) =>
			`Inutile avec ${flag} : l’assistant lit les identifiants du cluster AKS dans Azure (comme az aks get-credentials) et les garde en mémoire.`,
		none: 'Aucun kubeconfig trouvé : il n’y a donc pas encore de cluster où déployer.',
		invalidFix:
			'Corrigez ou remplacez ce fichier (kubectl config view montre ce que kubectl en comprend), ou passez --kubeconfig <chemin> pour en désigner un autre.',
		noneFix: 'az aks get-credentials --resource-group <group> --name <cluster>, ou créez un cluster local (kind create cluster)',
		noCurrent: (count: number) =>
			plural(count, {one: `${count} contexte, qui n’est pas le contexte courant.`, other: `${count} contextes, aucun n’est le contexte courant.`}),
		noCurrentFix: 'kubectl config use-context <name>',
		reachable: (context: string, version: string) => `${context} : accessible, Kubernetes ${version}`,
		unreachable: (context: string, reason: string) => `${context} ne répond pas : ${reason}`,
		unreachableFix: (context: string) => `Vérifiez que le cluster tourne, puis : kubectl --context ${context} get nodes`,
	},
	summary: {
		allGood: 'Tout est en place.',
		withWarnings: (count: number) =>
			plural(count, {
				one: `${count} avertissement : vous pouvez continuer ; les voies concernées disent ce qu’il leur faut.`,
				other: `${count} avertissements : vous pouvez continuer ; les voies concernées disent ce qu’il leur faut.`,
			}),
		withFailures: (count: number) =>
			plural(count, {
				one: `${count} vérification a échoué. Corrigez-la et relancez les vérifications.`,
				other: `${count} vérifications ont échoué. Corrigez-les et relancez les vérifications.`,
			}),
		failedNonInteractive: (titles: readonly string[]) =>
			plural(titles.length, {
				one: `Arrêt avant toute modification : ${titles.length} vérification des prérequis a échoué (${list(titles)}).`,
				other: `Arrêt avant toute modification : ${titles.length} vérifications des prérequis ont échoué (${list(titles)}).`,
			}),
		failedNonInteractiveFix: 'Corrigez ce que disent les vérifications en échec ci-dessus, puis relancez acr-wizard.',
		question: 'Et maintenant ?',
		goOn: 'Continuer',
		rerun: 'Relancer les vérifications',
		subscription: 'Utiliser un autre abonnement',
		register: 'Inscrire les fournisseurs de ressources manquants',
		quit: 'Quitter',
	},
};
