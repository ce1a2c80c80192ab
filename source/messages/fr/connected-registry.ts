/* eslint-disable no-irregular-whitespace -- French typography: a no-break space before : ; ? ! and inside « », in the strings only. */
/** Messages de la voie du registre connecté (article 004) : un registre connecté ACR dans un cluster avec Azure Arc activé, servi sur une clusterIP. */
import type {Catalog} from '../catalog.js';
import {date, list} from './intl.js';

export const connectedRegistry: Catalog['connectedRegistry'] = {
	noRegistry: 'Aucun registre n’est choisi : il n’y a donc pas de registre cloud avec lequel le registre connecté puisse se synchroniser.',
	noRegistryFix: 'Revenez en arrière et choisissez ou créez d’abord un registre Premium.',
	prerequisites: {
		title: 'Prérequis du registre connecté',
		planTitle: 'Préparer le registre pour un registre connecté',
		skuSentence: (name: string, sku: string) => `Faire passer ${name} de ${sku} à Premium`,
		skuNote: (sku: string) =>
			`Les registres connectés nécessitent le niveau Premium. Premium coûte plus cher que ${sku} (environ 1,67 USD par jour contre 0,17 pour Basic et 0,67 pour Standard, plus le stockage) ; ce tarif s’applique dès la mise à niveau. Vous pourrez revenir en arrière avec az acr update --sku ${sku} une fois qu’il ne restera plus de registre connecté.`,
		dataEndpointSentence: (name: string) => `Activer le point de terminaison de données dédié de ${name}`,
		dataEndpointNote: (endpoint: string) =>
			`Le registre connecté se synchronise par ${endpoint} ; les règles de pare-feu qui listent les points de terminaison du registre doivent l’ajouter.`,
		basicStopped: (name: string, sku: string) => `${name} est un registre ${sku} ; un registre connecté nécessite Premium.`,
		basicStoppedFix: (name: string) => `az acr update --name ${name} --sku Premium`,
		dataEndpointOff: (name: string) => `Le point de terminaison de données dédié de ${name} est désactivé ; un registre connecté se synchronise par lui.`,
		dataEndpointFix: (name: string) => `az acr update --name ${name} --data-endpoint-enabled true`,
		upgradeDone: 'Désormais Premium',
		endpointDone: (endpoint: string) => `Point de terminaison de données ${endpoint}`,
		provider: (namespace: string) => `Le fournisseur de ressources ${namespace} n’est pas inscrit dans l’abonnement.`,
		providerFix: (namespace: string) => `az provider register --namespace ${namespace}`,
		providerSentence: (namespace: string) => `Inscrire le fournisseur de ressources ${namespace}`,
		providerDone: (state: string) => `Fournisseur ${state}`,
		clusterQuestion: 'Quel cluster avec Azure Arc activé doit exécuter le registre connecté ?',
		clusterHint: 'Les clusters connectés (Microsoft.Kubernetes/connectedClusters) de l’abonnement.',
		clusterLabel: (name: string, group: string) => `${name} (${group})`,
		noClusters: 'L’abonnement n’a aucun cluster avec Azure Arc activé (connecté) où exécuter le registre connecté.',
		noClustersFix:
			'Connectez d’abord un cluster : az connectedk8s connect --name <cluster> --resource-group <group> (kubectl pointant sur ce cluster), puis relancez l’assistant.',
		unknownCluster: (value: string) => `Il n’y a pas de cluster connecté ${value} dans l’abonnement.`,
		contextQuestion: (cluster: string) => `Quel contexte kubeconfig atteint ${cluster} ?`,
		contextHint: 'L’assistant y lit la plage des services et y suit les pods du registre connecté.',
		noContext: 'Aucun contexte kubeconfig n’a été trouvé pour le cluster Arc.',
		noContextFix: (cluster: string, group: string) =>
			`az connectedk8s proxy --name ${cluster} --resource-group ${group} (dans un autre terminal) donne à kubectl un contexte pour ce cluster.`,
		repositoriesQuestion: 'Quels dépôts le registre connecté doit-il synchroniser ?',
		repositoriesHint: 'Noms des dépôts du registre cloud, séparés par des virgules, par exemple hello-world.',
		repositoriesPickHint: (registry: string) => `Les dépôts de ${registry} ; cochez-en un ou plusieurs.`,
		repositoriesUnreadable: (why: string) =>
			`La liste des dépôts du registre n’a pas pu être lue (${why}) ; saisissez les noms, séparés par des virgules, par exemple hello-world.`,
		sampleToImport: (source: string) => `pas encore dans le registre : l’assistant l’importe d’abord depuis ${source}`,
		repositoryMissing: (missing: readonly string[], registry: string, existing: readonly string[], importFix: string) =>
			`Absents de ${registry} : ${list(missing)} (il contient : ${existing.length > 0 ? list(existing) : 'pas encore de dépôt'}). Un registre connecté ne synchronise que des dépôts existants : importez d’abord l’image (${importFix}), ou choisissez hello-world, que l’assistant importe pour vous.`,
		importSentence: (source: string, registry: string, image: string) => `Importer ${source} dans ${registry} sous le nom ${image}`,
		imported: (image: string) => `${image} importée`,
		alreadyThere: (image: string) => `${image} est déjà présente ; rien n’a été importé`,
	},
	create: {
		title: 'Registre connecté',
		nameQuestion: 'Nom du registre connecté :',
		nameHint: '5 à 40 caractères : lettres minuscules et chiffres, en commençant par une lettre (le guide Microsoft utilise myconnectedregistry).',
		nameLength: (length: number) => `Le nom compte ${length} caractères ; il en faut 5 à 40.`,
		nameCharacters: 'N’utilisez que des lettres minuscules a-z et des chiffres 0-9, en commençant par une lettre.',
		nameTaken: (name: string, registry: string, state: string) =>
			`${registry} a déjà un registre connecté ${name} (${state}) ; choisissez un autre nom, ou supprimez-le avec az acr connected-registry delete --registry ${registry} --name ${name} --cleanup.`,
		modeQuestion: 'Mode :',
		readOnly: 'ReadOnly',
		readOnlyHint: 'les clients ne font qu’extraire (la valeur par défaut sûre)',
		readWrite: 'ReadWrite',
		readWriteHint: 'les clients extraient et envoient ; le jeton de synchronisation peut écrire dans le registre cloud',
		scheduleQuestion: 'Planification de la synchronisation (cron) :',
		scheduleHint: 'Quand le registre connecté se synchronise avec le registre cloud ; * * * * * signifie chaque minute.',
		scheduleInvalid: 'Une planification cron a cinq champs : minute heure jour-du-mois mois jour-de-la-semaine, par exemple 0 9 * * *.',
		cronFields: {minute: 'des minutes', hour: 'des heures', dayOfMonth: 'du jour du mois', month: 'du mois', dayOfWeek: 'du jour de la semaine'},
		scheduleOutOfRange: (field: string, name: string, low: number, high: number) => `${field} : le champ ${name} va de ${low} à ${high}.`,
		windowQuestion: 'Fenêtre de synchronisation (durée ISO 8601) :',
		windowHint: 'Durée maximale de chaque synchronisation planifiée, par exemple PT4H ; obligatoire avec toute planification autre que chaque minute.',
		windowInvalid: 'Écrivez une durée telle que PT4H, PT30M ou P1D.',
		windowRequired: 'Une planification autre que chaque minute nécessite une fenêtre de synchronisation, par exemple PT4H.',
		logLevelQuestion: 'Niveau de journalisation :',
		logLevelHint: 'Ce que le registre connecté écrit dans son journal (kubectl logs).',
		planTitle: (name: string) => `Créer le registre connecté ${name}`,
		sentence: (name: string, registry: string, mode: string, repositories: readonly string[]) =>
			`Créer le registre connecté ${mode} ${name} de ${registry}, qui synchronise ${list(repositories)}, avec son mappage d’étendue et son jeton de synchronisation ${name}`,
		note: (name: string) =>
			`Le mappage d’étendue de synchronisation ${name} autorise content/read et metadata/read sur chaque dépôt (ReadWrite ajoute content/write, content/delete, metadata/write) ainsi que gateway/${name}/config/read|config/write|message/read|message/write.`,
		done: (state: string) => `Créé ; état de connexion ${state}`,
		undo: (name: string) => `Supprimer le registre connecté ${name} avec son jeton et son mappage d’étendue de synchronisation`,
	},
	connection: {
		planTitle: 'Chaîne de connexion',
		sentence: (token: string) => `Générer password1 du jeton de synchronisation ${token} pour la chaîne de connexion`,
		note: 'La chaîne de connexion contient le mot de passe du jeton de synchronisation : elle est gardée en mémoire, transmise à l’extension comme paramètre protégé, et jamais affichée ni écrite dans un journal.',
		done: 'Mot de passe généré ; la chaîne de connexion est gardée en mémoire',
		exportQuestion: 'Écrire aussi le fichier de paramètres protégés (protected-settings-extension.json) ?',
		exportHint: 'Le guide Microsoft l’écrit pour az k8s-extension create --config-protected-file ; il contient le mot de passe.',
		exportNo: 'Non, le garder en mémoire seulement',
		exportYes: 'Oui, l’écrire (mode 0600)',
		exportPathQuestion: 'Où écrire le fichier ?',
		written: (path: string) => `${path} écrit (mode 0600, contient le mot de passe du jeton de synchronisation : supprimez-le une fois terminé)`,
	},
	clusterIP: {
		title: 'clusterIP du service',
		question: 'clusterIP du Service du registre connecté :',
		hint: (range: string) => `Elle doit se trouver dans la plage des services du cluster ${range} et être libre.`,
		hintManaged: (range: string) => `Elle doit se trouver dans la plage des services du cluster AKS ${range} (son networkProfile.serviceCidr) et être libre.`,
		unknownRange: 'Le serveur d’API n’a pas indiqué sa plage de services.',
		outside: (ip: string, range: string) => `${ip} n’est pas dans la plage valide : les services du cluster prennent leurs adresses dans ${range}.`,
		inUse: (ip: string) => `${ip} est déjà prise par un autre Service ; choisissez une adresse libre.`,
		notAnAddress: (value: string) => `${value} n’est pas une adresse IPv4 telle que 192.100.100.1.`,
	},
	extension: {
		title: 'Extension Arc du registre connecté',
		planTitle: (cluster: string) => `Installer l’extension du registre connecté sur ${cluster}`,
		sentence: (name: string, cluster: string, ip: string) =>
			`Installer l’extension ${name} (Microsoft.ContainerRegistry.ConnectedRegistry) sur ${cluster}, servie sur ${ip}`,
		note: 'Valeurs par défaut sûres, telles que le guide Microsoft les définit : HTTPS, cert-manager installé et activé, confiance distribuée à chaque nœud. La chaîne de connexion est transmise comme paramètre protégé.',
		progress: (status: string, seconds: number) => `Installation de l’extension : ${status} (${seconds} s)`,
		done: (state: string) => `Extension ${state}`,
		failed: (name: string) => `L’extension du registre connecté ${name} a fini en état Failed.`,
		arcSays: (message: string) => `Arc indique : ${message}`,
		failedFix: (name: string, cluster: string, group: string) =>
			`Voyez kubectl get pod -n connected-registry et az k8s-extension show --name ${name} --cluster-name ${cluster} --resource-group ${group} --cluster-type connectedClusters ; supprimez l’extension avant de la réinstaller.`,
		statusLine: (level: string, message: string) => `${level} : ${message}`,
		undo: (name: string) => `Supprimer l’extension ${name} (ses pods, son Service et sa revendication de volume partent avec elle)`,
	},
	verify: {
		title: 'Vérifier le registre connecté',
		waiting: (state: string, seconds: number) => `Registre connecté ${state} (${seconds} s) ; en attente de l’état Online`,
		online: (name: string, lastSync: string) => `${name} est Online ; dernière synchronisation ${date(lastSync)}`,
		/** Les colonnes telles que `az acr connected-registry show --output table` et `kubectl get pod` les affichent : non traduites. */
		showColumns: ['NAME', 'MODE', 'CONNECTION STATE', 'PARENT', 'LOGIN SERVER', 'LAST SYNC(UTC)', 'SYNC SCHEDULE', 'SYNC WINDOW'],
		podColumns: ['NAME', 'READY', 'STATUS'],
		service: (name: string, ip: string) => `Service ${name} sur ${ip}`,
		claim: (name: string, phase: string, storageClass: string) => `Revendication ${name} ${phase} (${storageClass})`,
		notOnline: (name: string, state: string) => `Le registre connecté ${name} est resté ${state}.`,
		syncPasswordRefused: (server: string) =>
			`L’extension n’a pas pu démarrer le registre connecté : ${server} refuse le mot de passe du jeton de synchronisation de la chaîne de connexion (UNAUTHORIZED) ; il est erroné ou a été renouvelé depuis la création de la chaîne de connexion.`,
		unauthorized:
			'Son pod journalise {"code":"UNAUTHORIZED","message":"Incorrect Password"} : le mot de passe du jeton de synchronisation de la chaîne de connexion est erroné ou a été renouvelé.',
		unauthorizedFix: (name: string, registry: string) =>
			`Générez une nouvelle chaîne de connexion (az acr connected-registry get-settings --name ${name} --registry ${registry} --parent-protocol https --generate-password 1 --yes) et mettez l’extension à jour avec elle.`,
		unauthorizedLogged: (pod: string, line: string) =>
			`L’extension est installée mais le registre connecté reste Offline : son pod ${pod} journalise ${line}. Le mot de passe du jeton de synchronisation dans la chaîne de connexion de l’extension (son paramètre protégé) est erroné ou a été renouvelé : le registre le refuse donc, et rien ne se synchronise.`,
		unauthorizedUpdate: (commands: string) =>
			`Générez un nouveau mot de passe de synchronisation et mettez-le dans le paramètre protégé de l’extension :\n${commands}`,
		alreadyActivated: 'Son pod journalise ALREADY_ACTIVATED : une autre instance (une installation précédente) détient encore l’activation.',
		alreadyActivatedFix: (name: string, registry: string) => `az acr connected-registry deactivate --name ${name} --registry ${registry} --yes`,
		deactivateSentence: (name: string) => `Désactiver ${name} pour que cette instance puisse l’activer`,
		pending: (claim: string, storageClass: string) =>
			`La revendication ${claim} est Pending : la classe de stockage ${storageClass} n’existe pas dans le cluster.`,
		pendingFix: 'kubectl get storageclass liste les classes ; réinstallez l’extension avec --config pvc.storageClassName=<classe>.',
		unknownState: 'inconnu',
		never: 'jamais',
	},
	client: {
		title: 'Accès client et exemple',
		tokenQuestion: 'Nom du jeton client avec lequel les pods extraient les images :',
		tokenHint: 'Un jeton limité à des dépôts, avec droit d’extraction sur les dépôts synchronisés, attaché au registre connecté.',
		planTitle: 'Jeton client, secret d’extraction et hello-world-deployment',
		scopeMapSentence: (name: string, repositories: readonly string[]) => `Créer le mappage d’étendue ${name} avec droit d’extraction sur ${list(repositories)}`,
		tokenSentence: (name: string, map: string) => `Créer le jeton client ${name} lié à ${map}`,
		passwordSentence: (name: string) => `Générer password1 de ${name}`,
		attachSentence: (token: string, name: string) => `Attacher le jeton client ${token} au registre connecté ${name}`,
		secretSentence: (name: string, ip: string, namespace: string) => `Créer le secret docker-registry ${name} pour ${ip} dans ${namespace}`,
		attached: 'Attaché',
		undoScopeMap: (name: string) => `Supprimer le mappage d’étendue ${name}`,
		undoToken: (name: string) => `Supprimer le jeton client ${name}`,
		undoSecret: (name: string) => `Supprimer le secret ${name}`,
		namespaceQuestion: 'Espace de noms du déploiement d’exemple :',
	},
	diagnosis: {
		notAttached: {
			title: 'Le jeton client n’est pas attaché au registre connecté',
			explanation: (token: string, name: string, verbatim: string) =>
				`Le registre connecté ${name} a refusé le jeton ${token} du secret d’extraction (401 Unauthorized) : un registre connecté n’accepte que les jetons clients qui lui sont attachés, et ${token} ne l’est pas. Le kubelet dit : ${verbatim}`,
			missing: (token: string, registry: string, verbatim: string) =>
				`Le secret d’extraction désigne le jeton ${token}, mais ${registry} n’a aucun jeton de ce nom (supprimé, ou jamais créé) : le registre connecté le refuse donc (401 Unauthorized). Le kubelet dit : ${verbatim}`,
		},
		notSynced: {
			title: 'Le dépôt n’est pas dans l’étendue de synchronisation',
			explanation: (repository: string, name: string, synced: readonly string[], verbatim: string) =>
				`Le registre connecté ${name} synchronise ${synced.length > 0 ? list(synced) : 'aucun dépôt'}, pas ${repository} : il n’a donc pas cette image (not found). Le kubelet dit : ${verbatim}`,
		},
		offline: {
			title: 'Le registre connecté ne s’est pas encore synchronisé',
			explanation: (name: string, state: string, lastSync: string, verbatim: string) =>
				`Le registre connecté ${name} est ${state} (dernière synchronisation ${date(lastSync)}) : il n’apprend ses jetons clients et ses images que par une synchronisation avec le registre cloud, et ne peut donc encore rien servir. Les pods réessaient d’eux-mêmes une fois qu’il est Online. Le kubelet dit : ${verbatim}`,
		},
		untrusted: {
			title: 'Les nœuds ne font pas confiance au certificat du registre connecté',
			explanation: (extension: string, verbatim: string) =>
				`L’extension ${extension} tourne avec trustDistribution.enabled=false : les nœuds n’ont donc jamais reçu l’autorité de certification du certificat TLS du registre connecté. Le kubelet dit : ${verbatim}`,
		},
		syncPassword: {
			title: 'La chaîne de connexion contient un mauvais mot de passe de jeton de synchronisation',
			explanation: (name: string, line: string) =>
				`Le registre connecté ${name} ne peut pas s’activer : son pod journalise ${line}. Le mot de passe du jeton de synchronisation dans la chaîne de connexion de l’extension est erroné ou a été renouvelé : il ne se synchronise donc jamais et ne sert rien.`,
		},
		activated: {
			title: 'Une autre instance détient l’activation',
			explanation: (name: string, line: string) =>
				`Le registre connecté ${name} ne peut pas s’activer : son pod journalise ${line}. Une installation précédente (supprimée sans az acr connected-registry deactivate) la détient encore ; une seule instance peut tourner à la fois.`,
		},
		badPassword: {
			title: 'Le mot de passe du secret d’extraction est erroné',
			explanation: (secret: string, token: string, name: string, verbatim: string) =>
				`Le jeton client ${token} est attaché à ${name}, mais le mot de passe contenu dans ${secret} n’est pas l’un des siens (erroné, expiré ou régénéré depuis) : l’extraction est donc refusée (401 Unauthorized). Le kubelet dit : ${verbatim}`,
		},
		clientScope: {
			title: 'Le jeton client n’a pas le droit de lire ce dépôt',
			explanation: (token: string, map: string, repository: string, verbatim: string) =>
				`Le jeton client ${token} a été accepté, mais son mappage d’étendue ${map} n’autorise pas content/read sur ${repository} (insufficient_scope). Le kubelet dit : ${verbatim}`,
		},
		fixPlanTitle: 'Corriger l’extraction depuis le registre connecté',
		permissionsSentence: (name: string, repositories: readonly string[]) => `Ajouter ${list(repositories)} à l’étendue de synchronisation de ${name}`,
		clientScopeSentence: (map: string, repositories: readonly string[]) => `Donner au mappage d’étendue ${map} le droit d’extraction sur ${list(repositories)}`,
		passwordSentence: (token: string) => `Générer un nouveau password1 du jeton client ${token}`,
		secretSentence: (secret: string, namespace: string) => `Mettre le nouveau mot de passe dans le secret ${secret} de ${namespace}`,
		trustSentence: (extension: string) => `Activer la distribution de la confiance dans l’extension ${extension}`,
		connectionSentence: (name: string) => `Générer un nouveau password1 du jeton de synchronisation de ${name} pour une nouvelle chaîne de connexion`,
		extensionSentence: (extension: string) => `Mettre à jour l’extension ${extension} avec la nouvelle chaîne de connexion`,
		updated: 'Mis à jour',
	},
	cleanup: {
		question: 'Supprimer ce que cette exécution a créé (extension, registre connecté, jetons, mappages d’étendue, secret, déploiement) ?',
		keep: 'Tout garder',
		keepHint: 'le registre connecté continue de se synchroniser ; le récapitulatif liste les commandes pour le supprimer plus tard',
		remove: 'Tout supprimer maintenant',
		removeHint: 'chaque suppression est d’abord affichée, dans l’ordre qu’utilise az acr connected-registry delete --cleanup',
		planTitle: (sentence: string) => `Nettoyage : ${sentence}`,
		done: 'Nettoyé : l’extension, le registre connecté, ses jetons et mappages d’étendue, le secret et l’exemple ont disparu.',
	},
};
