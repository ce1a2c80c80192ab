/* eslint-disable no-irregular-whitespace -- French typography: a no-break space before : ; ? ! and inside « », in the strings only. */
/** Messages du déploiement d’exemple, de l’état des pods en direct, du diagnostic, du récapitulatif et de l’annulation. */
import type {Catalog} from '../catalog.js';
import {plural} from './intl.js';

/** Le genre grammatical des ressources Kubernetes que l’assistant déploie ou supprime. */
const kindArticle = (kind: string) => (kind === 'Deployment' ? `le déploiement` : kind === 'Pod' ? `le pod` : `la ressource ${kind}`);

export const deploy: Catalog['deploy'] = {
	planTitle: 'Déployer l’exemple',
	sentence: (kind: string, name: string, replicas: number, image: string, namespace: string) =>
		kind === 'Deployment'
			? `Déployer ${name} (${plural(replicas, {one: `${replicas} réplica`, other: `${replicas} réplicas`})} de ${image}) dans l’espace de noms ${namespace}`
			: `Exécuter le pod ${name} (${image}) dans l’espace de noms ${namespace}`,
	undoSentence: (kind: string, name: string, namespace: string) => `Supprimer ${kindArticle(kind)} ${name} dans l’espace de noms ${namespace}`,
	updated: 'il existait déjà ; mis à jour selon cette spécification (pas annulé par la suite)',
	confirm: 'Appliquer ce déploiement ?',
	apply: 'Appliquer',
	showYaml: 'Afficher le YAML',
	hideYaml: 'Masquer le YAML',
	back: 'Retour',
	watching: (selector: string, namespace: string) => `Suivi des pods (${selector}) dans l’espace de noms ${namespace}…`,
	allRunning: (count: number) =>
		count === 1
			? 'Le pod est en cours d’exécution.'
			: count === 2
				? 'Les deux pods sont en cours d’exécution.'
				: `Les ${count} pods sont en cours d’exécution.`,
	podSecurity: {
		question: (namespace: string) =>
			`L’espace de noms ${namespace} impose Pod Security « restricted », qui refuse le nginx d’exemple de la documentation (il tourne en root). Quel exemple déployer ?`,
		hint: 'Lu sur l’étiquette pod-security.kubernetes.io/enforce de l’espace de noms, avant tout déploiement.',
		variant: 'Une variante conforme à « restricted »',
		variantHint: (image: string, port: number) =>
			`${image} sur le port ${port}, non root, sans élévation de privilèges, capacités retirées, seccomp RuntimeDefault, requêtes et limites`,
		seeds: 'Le nginx d’exemple de la documentation, tel quel',
		seedsHint: 'le cluster refusera ses pods ; l’assistant dira alors pourquoi',
	},
	question: {
		message: 'Les pods ne peuvent pas extraire leur image. Et maintenant ?',
		refused: 'Le cluster refuse de créer les pods. Et maintenant ?',
		again: 'Les pods échouent toujours. Et maintenant ?',
		fix: 'Corriger maintenant',
		fixAgain: 'Retenter la correction',
		watch: 'Continuer à suivre',
		watchHint: 'le tableau reste à jour ; la question revient s’ils échouent de nouveau',
		restart: 'Redémarrer les pods maintenant',
		restartHint: 'le déploiement les recrée aussitôt, sans attendre la fin du délai de réessai',
		leave: 'Laisser les pods tels quels',
		leaveHint: 'arrêter le suivi et passer au récapitulatif',
	},
	diagnosisNotice: (title: string, explanation: string, code?: string) => `(x) ${title}${code ? ` (${code})` : ''} : ${explanation}`,
	fixNotice: (fix: string) => `    Correctif : ${fix}`,
	restart: {
		title: 'Redémarrer les pods',
		sentence: (name: string, namespace: string) =>
			`Supprimer les pods de ${name} dans l’espace de noms ${namespace}, pour qu’il les recrée et qu’ils extraient de nouveau leur image aussitôt`,
	},
	left: 'Suivi arrêté ; les pods ont été laissés tels quels.',
	restarted: 'Pods supprimés ; le déploiement les recrée et ils extraient de nouveau leur image dès maintenant.',
	fixApplied: 'Correctif appliqué ; suivi du rétablissement des pods (le kubelet réessaie avec un délai croissant, jusqu’à 5 minutes).',
	diagnosis: {
		refused: {
			title: 'Le cluster refuse de créer les pods',
			explanation: (namespace: string, message: string) =>
				`Le Deployment de ${namespace} ne crée aucun pod : le serveur d’API refuse chacun d’eux (${message}).`,
		},
		noPullPermission: {
			title: 'Pas d’autorisation d’extraire depuis le registre',
			attach: (registry: string, cluster: string) =>
				`Le registre a refusé l’extraction avec 401 Unauthorized : l’identité kubelet de ${cluster} n’a pas AcrPull sur ${registry}.`,
			attachPending: (role: string, registry: string, cluster: string) =>
				`Le registre a refusé l’extraction avec 401 Unauthorized, bien que ${role} sur ${registry} soit accordé à l’identité kubelet de ${cluster} : l’attribution de rôle n’est pas encore effective (une nouvelle attribution peut prendre plusieurs minutes, davantage via un groupe Entra). Les pods réessaient d’eux-mêmes : continuez à observer, et vérifiez depuis les nœuds avec la commande ci-dessous.`,
			anonymous: (registry: string, loginServer: string) =>
				`Le registre ${registry} a refusé l’extraction avec 401 Unauthorized, et aucune information d’identification n’a été envoyée : le pod n’a pas de secret d’extraction pour ${loginServer} (absent d’imagePullSecrets, ou son serveur n’est pas ${loginServer}).`,
		},
		badCredentials: {
			title: 'Le registre a refusé les informations d’identification',
			explanation: (secret: string, registry: string) =>
				`Le registre ${registry} a refusé les informations d’identification de ${secret} (401 Unauthorized) : un mot de passe erroné ou expiré, un principal de service ou un jeton supprimé, ou un principal de service sans AcrPull.`,
		},
		tokenScope: {
			title: 'Le jeton n’a pas le droit de lire ce dépôt',
			explanation: (repository: string, registry: string) =>
				`Les informations d’identification ont été acceptées, mais leur mappage d’étendue sur ${registry} n’autorise pas content/read sur le dépôt ${repository} (insufficient_scope).`,
		},
		imageNotFound: {
			title: 'L’image ou l’étiquette n’existe pas',
			explanation: (image: string, registry: string, repository: string) =>
				`${image} est introuvable dans ${registry}. Voyez les étiquettes existantes avec : az acr repository show-tags --name ${registry} --repository ${repository}`,
		},
		wrongLoginServer: {
			title: 'L’image ne désigne pas le serveur de connexion du registre',
			explanation: (host: string, loginServer: string) => `L’image pointe vers ${host}, qui n’est pas le serveur de connexion du registre, ${loginServer}.`,
			noSuchHost: (host: string, loginServer: string) => `L’hôte ${host} n’existe pas (no such host). Le serveur de connexion du registre est ${loginServer}.`,
			fix: (image: string) => `Utilisez l’image ${image}`,
		},
		secretNotFound: {
			title: 'Le secret d’extraction n’est pas dans cet espace de noms',
			explanation: (secret: string, namespace: string) =>
				`Le pod fait référence au secret d’extraction ${secret}, mais l’espace de noms ${namespace} n’a aucun secret de ce nom (un secret appartient à un seul espace de noms ; il a peut-être été créé dans un autre).`,
		},
		unknown: {
			title: 'L’image ne peut pas être extraite',
			explanation: (message: string) => message,
		},
	},
	summary: {
		question: 'Et maintenant ?',
		finish: 'Terminer',
		undo: (count: number) => (count === 1 ? 'Annuler la modification effectuée' : `Annuler les ${count} modifications effectuées`),
		undoHint: 'affiche d’abord le plan ; chaque annulation est aussi journalisée',
		script: 'Les commandes équivalentes, pour refaire la même chose sans l’assistant :',
		scriptPowerShell: 'La même chose avec Azure PowerShell (module Az 5.9.0 ou ultérieur) :',
		scriptNote: 'Les secrets apparaissent sous forme d’espaces réservés ; ils n’ont jamais été écrits nulle part.',
		createNote: 'Pour un NOUVEAU cluster, attachez plutôt le registre dès la création :',
		watch: 'Suivre les pods depuis un autre terminal :',
	},
	screen: {
		podsTitle: (namespace: string) => `Pods de l’espace de noms ${namespace}`,
		/** Les colonnes de kubectl get pods, telles que kubectl les affiche : non traduites. */
		columns: {name: 'NAME', ready: 'READY', status: 'STATUS', restarts: 'RESTARTS', age: 'AGE'},
		eventsOf: (pod: string) => `Événements de ${pod} :`,
		times: (count: number) => ` (x${count})`,
		morePods: (hidden: number, total: number, notUp: number) =>
			`… ${plural(hidden, {one: `${hidden} autre non affiché`, other: `${hidden} autres non affichés`})} (${total} pods, dont ${plural(notUp, {one: `${notUp} qui n’est pas en cours d’exécution et prêt`, other: `${notUp} qui ne sont pas en cours d’exécution et prêts`})})`,
		podLine: (name: string, ready: string, status: string) => `    pod ${name} : ${ready} ${status}`,
		undone: 'annulé',
		unchanged: 'déjà en place',
		failed: 'échec',
	},
	undo: {
		planTitle: 'Annuler les modifications',
		alreadyGone: 'déjà supprimé ; rien à annuler',
		registryNote: (name: string) =>
			`Le registre ${name} a été créé par l’assistant : l’annulation le supprime avec toutes ses images, y compris celles envoyées depuis. Cette opération est irréversible.`,
		unknownKind: (kind: string) => `Aucune façon connue d’annuler « ${kind} » ; annulez-le à la main.`,
		missingParam: (kind: string, name: string) => `L’annulation « ${kind} » n’a pas « ${name} » dans le journal ; annulez-la à la main.`,
	},
};
