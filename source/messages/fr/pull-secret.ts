/* eslint-disable no-irregular-whitespace -- French typography: a no-break space before : ; ? ! and inside « », in the strings only. */
/** Messages de la voie du secret d’extraction (articles 001 nl et 003 zh-CN) : cible, identifiants, secret, pod d’exemple. */
import type {Catalog} from '../catalog.js';
import {date, list, plural} from './intl.js';

export const pullSecret: Catalog['pullSecret'] = {
	noRegistry: 'Aucun registre n’est choisi : il n’y a donc rien d’où extraire des images.',
	noRegistryFix: 'Revenez en arrière et choisissez ou créez d’abord un registre.',
	names: {
		namespace: 'Un nom d’espace de noms',
		secret: 'Un nom de secret',
		empty: (what: string) => `Saisissez un nom. ${what} contient des lettres minuscules a-z, des chiffres 0-9 et « - », par exemple awesomeapps.`,
		tooLong: (what: string, length: number, max: number) => `Trop long : ${length} caractères. ${what} en compte au plus ${max}.`,
		upperCase: (lower: string) => `Minuscules uniquement : ${lower}.`,
		characters: (what: string, bad: string) => `${what} ne peut contenir que des lettres minuscules a-z, des chiffres 0-9 et « - » ; retirez ${bad}.`,
		subdomainCharacters: (what: string, bad: string) =>
			`${what} ne peut contenir que des lettres minuscules a-z, des chiffres 0-9, « - » et « . » ; retirez ${bad}.`,
		start: (what: string, character: string) => `${what} doit commencer par une lettre ou un chiffre, pas par « ${character} ».`,
		end: (what: string, character: string) => `${what} doit se terminer par une lettre ou un chiffre, pas par « ${character} ».`,
		emptyLabel: (what: string) => `${what} ne peut pas contenir deux points à la suite, ni commencer ou se terminer par un point.`,
	},
	target: {
		title: 'Cluster et espace de noms',
		noKubeconfig: 'Aucun kubeconfig n’a pu être lu : il n’y a donc pas de cluster où placer le secret d’extraction.',
		noKubeconfigFix:
			'Créez ou connectez d’abord un cluster (kind create cluster, minikube start, ou az aks get-credentials --resource-group <group> --name <cluster>), puis relancez l’assistant.',
		noContexts: (path: string) => `Le kubeconfig ${path} n’a aucun contexte.`,
		contextQuestion: 'Quel cluster (contexte kubeconfig) doit extraire les images du registre ?',
		contextHintLine: (path?: string) => `Tout cluster convient : kind, minikube, AKS, un autre cloud. Contextes de ${path ?? 'votre kubeconfig'}.`,
		currentLabel: (name: string) => `${name} (courant)`,
		contextHint: (server: string) => server,
		unknownContext: (name: string) => `Il n’y a pas de contexte ${name} dans le kubeconfig.`,
		unreachable: (name: string, reason: string) => `Le cluster du contexte ${name} n’a pas répondu : ${reason}`,
		namespaceQuestion: 'Dans quel espace de noms placer le secret et le pod d’exemple ?',
		namespaceHint: 'Un secret d’extraction ne sert qu’aux pods de son propre espace de noms.',
		createNamespace: 'Créer un espace de noms',
		newNamespaceQuestion: 'Nom de l’espace de noms :',
		systemNamespace: (name: string) =>
			`${name} appartient au cluster lui-même ; l’exemple va dans un espace de noms à lui. Choisissez un autre nom, par exemple --namespace awesomeapps.`,
		newNamespaceHint:
			'Lettres minuscules, chiffres et « - », en commençant et en finissant par une lettre ou un chiffre, 63 au plus (le guide Microsoft utilise awesomeapps).',
		typedNamespaceQuestion: 'Espace de noms à utiliser (votre utilisateur n’a peut-être pas le droit de les lister) :',
		typedNamespaceHint:
			'Le cluster a refusé de lister les espaces de noms pour votre utilisateur (403) : saisissez-en un où vous travaillez ; il est vérifié comme le fait kubectl auth can-i.',
		typedNamespaceRefused: (namespace: string, resource: string) =>
			`Votre utilisateur n’a pas le droit de créer des ${resource} dans ${namespace} (kubectl auth can-i create ${resource} --namespace ${namespace} répond non) : saisissez un espace de noms où vous avez un RoleBinding.`,
	},
	credential: {
		title: 'Identifiants du registre',
		question: 'Quels identifiants le secret d’extraction doit-il contenir ?',
		hint: 'Le cluster s’en sert pour se connecter au registre ; ils vont dans le secret, et nulle part ailleurs.',
		labels: {
			'new-service-principal': 'Nouveau principal de service',
			'existing-service-principal': 'Principal de service existant',
			token: 'Jeton limité à des dépôts',
		},
		hints: {
			'new-service-principal': 'si vous pouvez attribuer des rôles : une nouvelle identité pour ce registre',
			'existing-service-principal': 'si vous en avez déjà un (appId ou nom)',
			token: 'si vous ne pouvez pas attribuer de rôles : aucune autorisation d’annuaire nécessaire',
		},
		blocked: (registry: string) =>
			`Votre compte ne peut pas attribuer de rôles sur le registre ${registry} : un principal de service n’y aurait donc aucun accès. Rien n’a été modifié.`,
		blockedFix:
			'Choisissez « Jeton limité à des dépôts » : il ne nécessite aucune autorisation d’annuaire. Ou demandez à un Propriétaire ou à un Administrateur de l’accès utilisateur du registre d’effectuer l’attribution de rôle.',
	},
	role: {
		question: 'Quel rôle le principal de service doit-il recevoir sur le registre ?',
		hint: 'Limité à ce registre. Pour extraire, acrpull suffit.',
		refused: (registry: string) =>
			`Azure a refusé l’attribution de rôle sur le registre ${registry}, bien que vos autorisations la permettent : une affectation de refus ou une condition sur votre propre attribution de rôle l’interdit (l’API Permissions ne peut montrer ni l’une ni l’autre).`,
		handOff: (command: string) =>
			`Demandez à un Propriétaire ou à un Administrateur de l’accès utilisateur du registre d’exécuter :\n  ${command}\nOu revenez en arrière et choisissez « Jeton limité à des dépôts » : il ne nécessite aucune attribution de rôle.`,
		hints: {acrpull: 'extraction seule', acrpush: 'envoi et extraction', owner: 'envoi, extraction et attribution de rôles'},
		sentence: (role: string, registry: string, name: string) => `Attribuer ${role} sur le registre ${registry} à ${name}`,
		notFound: (role: string, registry: string) => `Le rôle ${role} n’existe pas dans l’étendue de ${registry}.`,
		alreadyAssigned: (role: string, name: string) => `${name} a déjà ${role} ici`,
		assigned: (role: string, name: string) => `${name} a désormais ${role}`,
		undoSentence: (role: string, name: string, registry: string) => `Retirer ${role} sur ${registry} à ${name}`,
		noPrincipal: (name: string) => `Le principal de service ${name} n’est pas encore connu : aucun rôle ne peut donc lui être attribué.`,
	},
	newPrincipal: {
		question: 'Nom du nouveau principal de service :',
		hint: 'Doit être unique dans votre locataire Microsoft Entra.',
		empty: 'Saisissez un nom pour le principal de service, par exemple acr-service-principal.',
		tooLong: (length: number) => `Trop long : ${length} caractères ; un nom de principal de service en compte au plus 120.`,
		exists: (name: string) =>
			`Un principal de service nommé ${name} existe déjà ('http://${name}' already exists) et ne doit pas être réutilisé : choisissez un autre nom.`,
		passwordUnstored: (name: string) =>
			`Son mot de passe n’existait que dans la mémoire de cette exécution et n’est stocké nulle part ; supprimer ${name} le supprime (az ad sp credential reset en crée un nouveau).`,
		reuseQuestion: (name: string) => `Un principal de service nommé ${name} existe déjà. Le réutiliser ?`,
		reuseLabel: 'Le réutiliser',
		reuseHint: 'lui donner le rôle et ajouter un nouveau mot de passe pour le secret d’extraction ; ses autres mots de passe restent',
		renameLabel: 'Choisir un autre nom',
		reuseFlagHint: (name: string) =>
			`Passez --reuse-service-principal pour réutiliser ${name} (un nouveau mot de passe est ajouté ; ses autres mots de passe restent), ou --sp-name <autre nom>.`,
		planTitle: (name: string) => `Créer le principal de service ${name}`,
		sentence: (name: string) => `Créer le principal de service ${name} avec un mot de passe (az ad sp create-for-rbac)`,
		created: (appId: string) => `appId ${appId}`,
		reused: (name: string, appId: string) => `${name} a été créé plus tôt dans cette exécution (appId ${appId})`,
		undoSentence: (name: string) => `Supprimer le principal de service ${name}`,
		passwordNote: 'Le mot de passe n’est affiché nulle part : il reste en mémoire et ne va que dans le secret d’extraction.',
		cliNote: 'Le script équivalent nécessite Azure CLI 2.25.0 ou ultérieur (vérifiez avec az --version).',
	},
	existing: {
		passwordUnstored: (name: string) =>
			`Le mot de passe ajouté à ${name} n’est stocké nulle part (il n’existait que dans la mémoire de cette exécution) et reste valide jusqu’à son expiration.`,
		passwordRemove: (appId: string) =>
			`az ad app credential list --id ${appId} --query "[].{keyId:keyId, created:startDateTime}" --output table, puis az ad app credential delete --id ${appId} --key-id <keyId>`,
		bothPasswordFlags: '--reset-password et --password-stdin ont été passés tous les deux : le secret d’extraction prend un seul mot de passe.',
		bothPasswordFlagsFix: 'Passez --reset-password pour ajouter un nouveau mot de passe, ou transmettez celui que vous avez par un tube avec --password-stdin.',
		passwordStdinMissing: '--password-stdin a été passé, mais rien n’est arrivé sur l’entrée standard.',
		passwordStdinFix: (appId: string) =>
			`Transmettez le mot de passe par un tube : printf %s "$SP_PASSWORD" | acr-wizard --yes --credential existing-service-principal --service-principal ${appId} --password-stdin`,
		question: 'appId ou nom d’affichage du principal de service :',
		hint: 'Son appId (un GUID ; az ad sp list --display-name <name> --query "[].appId" --output tsv l’affiche), son nom d’affichage, ou http://<nom>.',
		empty: 'Saisissez l’appId (un GUID) ou le nom d’affichage du principal de service.',
		badGuid: (value: string) =>
			`${value} n’est pas un appId valide : un appId est un GUID comme 00000000-0000-0000-0000-000000000000 (8-4-4-4-12 chiffres hexadécimaux).`,
		notFound: (value: string, isAppId: boolean) =>
			isAppId
				? `Aucun principal de service n’a l’appId ${value} dans ce locataire (az ad sp show --id ${value}).`
				: `Aucun principal de service ne s’appelle ${value} dans ce locataire (az ad sp list --display-name ${value}).`,
		pickQuestion: (count: number, name: string) => `${count} principaux de service s’appellent ${name} ; lequel ?`,
		appIdHint: (appId: string) => `appId ${appId}`,
		passwordQuestion: (name: string) => `Avez-vous le mot de passe de ${name} ?`,
		typeLabel: 'Oui, je vais le saisir',
		typeHint: 'masqué ; gardé en mémoire uniquement',
		resetLabel: 'Non, le réinitialiser',
		resetHint: 'az ad sp credential reset --append : un nouveau mot de passe à côté des anciens, qui continuent de fonctionner',
		secretQuestion: (name: string) => `Mot de passe de ${name} :`,
		secretEmpty: 'Saisissez le mot de passe (il ne s’affiche pas), ou appuyez sur Échap pour le réinitialiser plutôt.',
		planTitle: (name: string) => `Donner à ${name} l’accès au registre`,
		resetSentence: (name: string) => `Ajouter un nouveau mot de passe à ${name} (ses autres mots de passe continuent de fonctionner)`,
		resetDone: (expiresAt: string) => `nouveau mot de passe, valide jusqu’au ${date(expiresAt)}`,
		resetNote: 'Le nouveau mot de passe n’est affiché nulle part : il reste en mémoire et ne va que dans le secret d’extraction.',
	},
	token: {
		nameQuestion: 'Nom du jeton :',
		nameHint: 'Le nom d’utilisateur du secret d’extraction ; son mappage d’étendue s’appelle <token>-scope-map.',
		nameTooShort: (length: number) =>
			plural(length, {
				one: `Trop court : ${length} caractère ; un nom de jeton en compte au moins 5.`,
				other: `Trop court : ${length} caractères ; un nom de jeton en compte au moins 5.`,
			}),
		nameTooLong: (length: number, max: number) => `Trop long : ${length} caractères ; ${max} au plus, pour que <token>-scope-map ne dépasse pas 50.`,
		nameCharacters: (bad: string) => `Un nom de jeton ne peut contenir que des lettres, des chiffres et « - » ; retirez ${bad}.`,
		repositoriesQuestion: 'Dépôts que le jeton peut utiliser (séparés par des virgules) :',
		repositoriesHint: 'L’image d’exemple est nginx ; ajoutez-en d’autres sous la forme a,b/c.',
		noRepositories: 'Indiquez au moins un dépôt, par exemple nginx.',
		badRepository: (name: string) =>
			`${name} n’est pas un nom de dépôt : lettres minuscules, chiffres et . _ - séparés par « / », par exemple nginx ou samples/hello-world.`,
		accessQuestion: 'Que peut faire le jeton dans ces dépôts ?',
		pullLabel: 'Extraire',
		pullHint: 'content/read metadata/read : suffisant pour un cluster',
		pushLabel: 'Extraire et envoyer',
		pushHint: 'aussi content/write metadata/write, par exemple pour un agent de build',
		expiryQuestion: 'Le mot de passe expire au bout de combien de jours (vide : jamais) ?',
		expiryHint: 'Passé ce délai, les pods ne peuvent plus extraire d’images tant que le mot de passe n’est pas régénéré.',
		expiryNever: 'sans expiration',
		badExpiry: (value: string) =>
			`${value} n’est pas un nombre de jours : saisissez un entier de 1 à 3650, ou laissez vide pour un mot de passe qui n’expire pas.`,
		planTitle: (name: string) => `Créer le jeton limité à des dépôts ${name}`,
		scopeMapSentence: (name: string, repositories: readonly string[], access: 'pull' | 'push') =>
			`Créer le mappage d’étendue ${name} : ${access === 'pull' ? 'extraction' : 'extraction et envoi'} sur ${list(repositories)}`,
		scopeMapUpdateSentence: (name: string, repositories: readonly string[]) => `Ajouter ${list(repositories)} au mappage d’étendue existant ${name}`,
		scopeMapDescription: 'Créé par acr-wizard pour un secret d’extraction d’image',
		scopeMapUnchanged: 'autorise déjà ces dépôts',
		scopeMapAdded: (count: number) => plural(count, {one: `${count} action ajoutée`, other: `${count} actions ajoutées`}),
		scopeMapUndo: (name: string) => `Supprimer le mappage d’étendue ${name}`,
		scopeMapMissing: (name: string) => `Le mappage d’étendue ${name} n’existe pas : le jeton ne peut donc pas y être lié.`,
		tokenSentence: (name: string, map: string) => `Créer le jeton ${name} avec le mappage d’étendue ${map}`,
		tokenUnchanged: 'existe déjà avec ce mappage d’étendue',
		tokenRebound: (map: string) => `utilise désormais ${map}`,
		tokenUndo: (name: string) => `Supprimer le jeton ${name}`,
		tokenMissing: (name: string) => `Le jeton ${name} n’existe pas : aucun mot de passe ne peut donc être généré pour lui.`,
		passwordSentence: (name: string, days: number | undefined, slot: string = 'password1') =>
			`Générer ${slot} de ${name}${days === undefined ? ' (sans expiration)' : `, valide ${plural(days, {one: `${days} jour`, other: `${days} jours`})}`}`,
		passwordUnstored: (name: string, slot: string) =>
			`${slot} de ${name} n’est stocké nulle part (il n’existait que dans la mémoire de cette exécution) et reste valide jusqu’à son expiration.`,
		slotNote: (name: string, slot: string, kept: string, replaced: boolean) =>
			replaced
				? `Les deux mots de passe de ${name} sont définis : ${slot} est remplacé (qui l’utilise doit prendre le nouveau) ; ${kept} est conservé.`
				: `${name} a déjà ${kept} : le nouveau mot de passe va dans ${slot}, et qui utilise ${kept} continue de fonctionner.`,
		passwordExpires: (at: string) => `valide jusqu’au ${date(at)}`,
		passwordNeverExpires: 'n’expire pas',
		passwordNote: 'Le mot de passe du jeton n’est affiché nulle part : il reste en mémoire et ne va que dans le secret d’extraction.',
	},
	secret: {
		title: 'Secret d’extraction',
		noCredential: 'Il n’y a pas encore d’identifiants pour le secret d’extraction.',
		nameQuestion: 'Nom du secret d’extraction :',
		nameHint: 'Le nom que les pods indiquent sous imagePullSecrets (le guide Microsoft utilise acr-secret).',
		replaceQuestion: (name: string, namespace: string) => `Le secret ${name} existe déjà dans ${namespace}. Le remplacer par ces identifiants ?`,
		replaceHint: 'Non le garde tel quel (et le pod d’exemple l’utilise tel quel).',
		serviceAccountQuestion: (name: string, namespace: string) => `Ajouter aussi ${name} au compte de service par défaut de ${namespace} ?`,
		serviceAccountHint: (namespace: string) =>
			`Alors chaque pod de ${namespace} qui tourne sous le compte de service par défaut reçoit le secret sans l’indiquer dans ses propres imagePullSecrets.`,
		planTitle: (name: string, namespace: string) => `Créer le secret d’extraction ${name} dans ${namespace}`,
		namespaceSentence: (namespace: string, context: string) => `Créer l’espace de noms ${namespace} dans ${context}`,
		namespaceExists: 'existe déjà',
		undoNamespace: (namespace: string, context: string) => `Supprimer l’espace de noms ${namespace} dans ${context} et tout ce qu’il contient`,
		createSentence: (name: string, namespace: string, server: string) => `Créer le secret docker-registry ${name} dans ${namespace} pour ${server}`,
		updateSentence: (name: string, namespace: string, server: string) =>
			`Remplacer le secret docker-registry ${name} de ${namespace} par les identifiants pour ${server}`,
		sameCredentials: 'contient déjà ces identifiants',
		replaced: 'remplacé',
		keptNote: (name: string) => `Le secret existant ${name} est conservé tel quel.`,
		overheadNote:
			'Les secrets d’extraction alourdissent la gestion : chaque pod (ou son compte de service) doit indiquer le secret, et celui-ci doit être renouvelé quand le mot de passe change ou expire.',
		aksNote: (registry: string) =>
			`Ce contexte est un cluster AKS : l’identité managée du cluster peut extraire les images sans aucun imagePullSecrets sur les pods (az aks update --name <cluster> --resource-group <group> --attach-acr ${registry}, la voie d’attachement de l’assistant).`,
		undoSecret: (name: string, namespace: string) => `Supprimer le secret ${name} de ${namespace}`,
		serviceAccountSentence: (name: string, namespace: string) => `Ajouter ${name} aux imagePullSecrets du compte de service par défaut de ${namespace}`,
		serviceAccountUnchanged: (name: string) => `indique déjà ${name}`,
		undoServiceAccount: (name: string, namespace: string) => `Retirer ${name} du compte de service par défaut de ${namespace}`,
	},
	sample: {
		title: 'Pod d’exemple',
	},
	fix: {
		assignTitle: (name: string) => `Donner à ${name} le rôle acrpull sur le registre`,
		resetTitle: (name: string) => `Ajouter un nouveau mot de passe à ${name} et mettre à jour le secret`,
		tokenPasswordTitle: (name: string) => `Générer un nouveau mot de passe pour ${name} et mettre à jour le secret`,
		scopeTitle: (map: string, repository: string) => `Autoriser le mappage d’étendue ${map} à lire ${repository}`,
		createTitle: (secret: string, namespace: string) => `Créer le secret ${secret} dans ${namespace}`,
		serverTitle: (secret: string, server: string) => `Faire pointer le secret ${secret} vers ${server}`,
		passwordNote: 'Le nouveau mot de passe n’est affiché nulle part : il reste en mémoire et ne va que dans le secret d’extraction.',
	},
};
