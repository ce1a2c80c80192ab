/* eslint-disable no-irregular-whitespace -- French typography: a no-break space before : ; ? ! and inside « », in the strings only. */
/** Messages des voies d’attachement et de détachement AKS. */
import type {Catalog} from '../catalog.js';
import {plural} from './intl.js';

export const attach: Catalog['attach'] = {
	noRegistry: 'Aucun registre n’est encore choisi.',
	noRegistryFix: 'Revenez à l’étape du registre (Échap) et choisissez-en un ou créez-en un.',
	noSubscription: 'Aucun abonnement n’est choisi : il n’y a donc aucun cluster à lister.',
	cluster: {
		title: 'Cluster AKS',
		question: 'Quel cluster AKS doit extraire les images du registre ?',
		detachQuestion: 'Quel cluster AKS doit cesser d’extraire les images du registre ?',
		hint: (count: number) =>
			count === 0
				? 'Aucun cluster AKS dans cet abonnement ; indiquez-en un par son ID de ressource.'
				: plural(count, {one: `${count} cluster AKS dans cet abonnement.`, other: `${count} clusters AKS dans cet abonnement.`}),
		choiceHint: (group: string, location: string, version: string | undefined) =>
			[group, location, version ? `Kubernetes ${version}` : undefined].filter(Boolean).join(' · '),
		byId: 'Indiquer un ID de ressource',
		byIdHint: 'un cluster d’un autre groupe de ressources ou d’un autre abonnement',
		idQuestion: 'ID de ressource du cluster AKS :',
		idPlaceholder: '/subscriptions/<subscription-id>/resourceGroups/<group>/providers/Microsoft.ContainerService/managedClusters/<name>',
		idInvalid:
			'Ce n’est pas un ID de ressource de cluster AKS. Il a la forme /subscriptions/<subscription-id>/resourceGroups/<group>/providers/Microsoft.ContainerService/managedClusters/<name> (az aks show --name <name> --resource-group <group> --query id -o tsv l’affiche).',
		notChosen: 'Aucun cluster AKS n’est encore choisi.',
		notFoundAt: (id: string) => `Aucun cluster AKS lisible par ce compte à ${id}.`,
		notFoundNamed: (name: string) => `Aucun cluster AKS lisible par ce compte ne s’appelle ${name}.`,
		notFoundFix: 'az aks list -o table',
		noneHint: (command: string) => `Ou créez-en un déjà attaché : ${command}`,
	},
	newCluster: {
		choice: 'Créer un cluster AKS attaché à ce registre',
		choiceHint: 'az aks create --attach-acr ; prend plusieurs minutes',
		groupQuestion: 'Groupe de ressources du nouveau cluster :',
		noGroup: 'Cet abonnement n’a aucun groupe de ressources où créer le cluster.',
		noGroupFix: 'az group create --name <group> --location <location>',
		nameQuestion: 'Nom du nouveau cluster AKS :',
		nameHint: '1 à 63 lettres, chiffres, traits d’union et traits de soulignement, commençant et finissant par une lettre ou un chiffre',
		nameInvalid:
			'Un nom de cluster AKS compte 1 à 63 caractères : lettres, chiffres, traits d’union et traits de soulignement, en commençant et en finissant par une lettre ou un chiffre.',
		nameTaken: (name: string, group: string) =>
			`Un cluster AKS nommé ${name} existe déjà dans ${group} : donnez un autre nom, ou revenez en arrière et choisissez ce cluster.`,
		locationQuestion: 'Emplacement (région) du nouveau cluster :',
		locationInvalid: 'Un emplacement s’écrit sous son nom court en minuscules, comme eastus ou westeurope (az account list-locations -o table).',
		nodeCountQuestion: 'Combien de nœuds ?',
		nodeCountHint: 'Chaque nœud est une machine virtuelle, facturée tant que le cluster existe',
		nodeCountInvalid: 'Le nombre de nœuds est un entier de 1 à 100.',
		vmSizeQuestion: 'Taille de machine virtuelle des nœuds :',
		vmSizeInvalid: 'Une taille de machine virtuelle ressemble à Standard_DS2_v2 (az vm list-sizes --location <location> -o table les liste).',
		kubeletQuestion: 'Identité kubelet du nouveau cluster :',
		kubeletManaged: 'Celle que crée AKS',
		kubeletManagedHint: 'créée avec le cluster ; son rôle d’extraction est accordé une fois qu’elle existe',
		kubeletOwn: 'Apporter la vôtre (affectée par l’utilisateur, créée d’abord)',
		kubeletOwnHint:
			'elle existe avant le cluster : son rôle d’extraction (ou son appartenance à un groupe Entra) est en place et prend effet pendant la création du cluster, sans attente ensuite',
		identitySentence: (name: string, purpose: 'control-plane' | 'kubelet') =>
			purpose === 'kubelet'
				? `Créer l’identité affectée par l’utilisateur ${name} pour les nœuds (kubelet)`
				: `Créer l’identité affectée par l’utilisateur ${name} pour le plan de contrôle`,
		identityCall: (id: string) => `PUT ${id}`,
		identityCreated: (clientId: string) => `ID client ${clientId}`,
		identityUndo: (name: string) => `Supprimer l’identité affectée par l’utilisateur ${name}`,
		ownIdentityNote:
			'L’identité kubelet est créée en premier et reçoit son rôle d’extraction avant le cluster, pour que l’attribution prenne effet pendant la création du cluster ; az aks create permet aussi à l’identité du plan de contrôle de gérer l’identité kubelet (Opérateur d’identités managées).',
		pullGroupMissing: (group: string) => `--pull-group ${group} : aucun groupe Entra n’a ce nom ou cet ID d’objet (ou plusieurs portent ce nom).`,
		pullGroupMissingFix: (group: string) => `az ad group show --group ${group} l’affiche ; passez son ID d’objet à --pull-group.`,
		pullGroupNoRole: (group: string, registry: string) =>
			`--pull-group ${group} : le groupe ne détient aucun rôle d’extraction sur ${registry} ; une identité kubelet qui en est membre ne pourrait donc pas extraire d’images.`,
		pullGroupNoRoleFix: (groupId: string, registryId: string) =>
			`Accordez-le d’abord : az role assignment create --assignee-object-id ${groupId} --assignee-principal-type Group --role AcrPull --scope ${registryId}`,
		groupMemberSentence: (identity: string, group: string, role: string, registry: string) =>
			`Ajouter l’identité kubelet ${identity} au groupe Entra ${group} (qui détient ${role} sur ${registry})`,
		groupMemberAdded: (group: string) => `membre de ${group}`,
		groupMemberAlready: (group: string) => `déjà membre de ${group}`,
		groupMemberUndo: (identity: string, group: string) => `Retirer ${identity} du groupe Entra ${group}`,
		groupNote: (group: string) =>
			`L’identité kubelet extrait les images par le groupe Entra ${group} : elle y est ajoutée avant la création du cluster, pour que l’appartenance (qui met plus longtemps à prendre effet qu’une attribution directe) atteigne le registre pendant la création du cluster.`,
		sentenceGroup: (name: string, group: string, count: number, size: string, location: string) =>
			`Créer le cluster AKS ${name} (${count} × ${size} dans ${location}) avec cette identité kubelet, qui extrait les images par ${group}`,
		createdGroup: (name: string, group: string) => `Cluster ${name} créé ; son identité kubelet extrait les images par ${group}`,
		title: (name: string) => `Créer le cluster AKS ${name}, attaché au registre`,
		sentence: (name: string, registry: string, role: string, count: number, size: string, location: string) =>
			`Créer le cluster AKS ${name} (${count} × ${size} dans ${location}) et accorder ${role} sur ${registry} à son identité kubelet`,
		call: (clusterId: string, registryId: string) => `PUT ${clusterId}; PUT ${registryId}/providers/Microsoft.Authorization/roleAssignments/<new-guid>`,
		costNote: (count: number, size: string) =>
			plural(count, {
				one: `Cela crée ${count} machine virtuelle de taille ${size}, facturée tant que le cluster existe ; l’annulation supprime le cluster (demandé à part).`,
				other: `Cela crée ${count} machines virtuelles de taille ${size}, facturées tant que le cluster existe ; l’annulation supprime le cluster (demandé à part).`,
			}),
		durationNote: 'La création d’un cluster peut prendre plusieurs minutes ; son état et le temps écoulé s’affichent ci-dessous pendant l’opération.',
		progress: (name: string, status: string, elapsed: string) => `Création de ${name}… ${status} · ${elapsed}`,
		elapsed: (seconds: number) => (seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`),
		created: (name: string, role: string) => `Cluster ${name} créé ; ${role} accordé à son identité kubelet`,
		undoSentence: (name: string) =>
			`Supprimer le cluster AKS ${name} (ses nœuds et son groupe de ressources de nœuds) et l’attribution de rôle de son identité kubelet`,
		undoConfirm: (name: string) => `Supprimer le cluster AKS ${name} et tout ce qui y tourne ?`,
		undoConfirmHint: 'Ce que cette exécution a créé de plus coûteux ; un cluster supprimé ne peut pas être récupéré.',
		undoKept: (command: string) => `Cluster conservé ; supprimez-le plus tard avec : ${command}`,
		forbidden: (registry: string) =>
			`Vous ne pouvez pas créer d’attributions de rôles sur ${registry} : aucun cluster n’a donc été créé, car son identité kubelet n’aurait pas pu recevoir le rôle d’extraction. Il faut pour cela le rôle Propriétaire ou Administrateur de l’accès utilisateur sur le registre ou au-dessus.`,
		forbiddenFix: (command: string) => `Demandez à un administrateur d’exécuter :\n  ${command}\npuis choisissez ce cluster ici.`,
	},
	identity: {
		missing: (cluster: string) =>
			`Erreur inattendue lors de l’obtention de l’identité kubelet du cluster. Ne définissez pas --attach-acr ni --detach-acr. Vous pouvez accorder ou retirer manuellement l’accès à ACR à l’identité nommée ${cluster}-agentpool dans le groupe de ressources MC_.`,
		missingFix: 'az aks show --name <cluster> --resource-group <group> --query identityProfile.kubeletidentity',
		noServicePrincipal: 'Impossible d’obtenir le principal de service du cluster AKS.',
		noServicePrincipalFix: 'az aks show --name <cluster> --resource-group <group> --query servicePrincipalProfile',
	},
	grant: {
		title: 'Attacher le registre au cluster',
		sentence: (registry: string, cluster: string) => `Accorder AcrPull sur ${registry} à l’identité kubelet de ${cluster}`,
		sentenceRole: (role: string, registry: string, cluster: string) => `Accorder ${role} sur ${registry} à l’identité kubelet de ${cluster}`,
		abacNote: (registry: string) =>
			`${registry} utilise des autorisations par attribution de rôle (ABAC) : AcrPull n’y est pas pris en compte, l’attachement accorde donc à la place Container Registry Repository Reader sur l’ensemble du registre (az aks update --attach-acr accorderait AcrPull, et les pods ne pourraient pas extraire leur image).`,
		noRoleNamed: (role: string) => `Le rôle « ${role} » n’existe pas.`,
		undoSentenceRole: (role: string, registry: string, cluster: string) => `Retirer ${role} sur ${registry} à l’identité kubelet de ${cluster}`,
		call: (registryId: string) => `PUT ${registryId}/providers/Microsoft.Authorization/roleAssignments/<new-guid>`,
		granted: (role: string) => `${role} accordé à l’identité kubelet`,
		already: (role: string, scope: string) => `Déjà accordé : ${role} sur ${scope} ; rien n’a été créé, relancer est sans risque`,
		nothingToDo: (cluster: string, role: string, registry: string) => `Rien à faire : l’identité kubelet de ${cluster} détient déjà ${role} sur ${registry}.`,
		alreadyNote: (role: string, scope: string) => `L’identité kubelet détient déjà ${role} sur ${scope} : rien ne sera créé, et relancer est sans risque.`,
		noRole: 'Le rôle « acrpull » n’existe pas.',
		noRoleFix: 'az role definition list --name AcrPull --scope <registry id>',
		groupNote:
			'Un rôle AcrPull accordé par un groupe Microsoft Entra peut prendre effet tardivement ; pour l’automatisation, apportez votre propre identité kubelet, ajoutée au groupe au préalable (az aks create … --assign-kubelet-identity <identity id>).',
		newClusterNote: (command: string) => `Un nouveau cluster peut être créé déjà attaché (choisissez-le à la question du cluster) : ${command}`,
		checkNote: (command: string) => `Vérifiez depuis les nœuds : ${command}`,
		otherSubscriptionNote: 'Le registre est dans un autre abonnement que le cluster : la commande le désigne donc par son ID de ressource.',
		undoSentence: (registry: string, cluster: string) => `Retirer AcrPull sur ${registry} à l’identité kubelet de ${cluster}`,
		forbidden: (registry: string) =>
			`Vous ne pouvez pas créer d’attributions de rôles sur ${registry} : rien n’a donc été modifié. Attacher un registre nécessite le rôle Propriétaire, Administrateur de compte Azure, Coadministrateur Azure ou Administrateur de l’accès utilisateur sur le registre ou au-dessus.`,
		forbiddenFix: (attach: string, assign: string) =>
			`Demandez à un administrateur d’exécuter :\n  ${attach}\nou son équivalent :\n  ${assign}\nOu revenez en arrière et utilisez un secret d’extraction d’image avec un jeton limité à des dépôts, qui ne nécessite aucune attribution de rôle.`,
	},
	pim: {
		question: (roles: readonly string[]) => `Activez votre rôle éligible ${roles.join(' ou ')} dans PIM, puis choisissez Revérifier :`,
		activate: (roles: readonly string[], scope: string) =>
			`Vous êtes éligible à ${roles.join(' ou ')} sur ${scope} dans Privileged Identity Management (PIM) : activez votre rôle éligible ${roles.join(' ou ')} dans PIM (portail Azure › Privileged Identity Management › Mes rôles › Ressources Azure), puis choisissez Revérifier.`,
		recheck: 'Revérifier',
		recheckHint: 'après l’activation du rôle ; l’activation peut mettre une minute à s’appliquer',
		stop: 'S’arrêter ici',
	},
	verify: {
		waiting: (seconds: number) => `En attente de la prise d’effet de l’attribution de rôle… ${seconds} s`,
		verified: (seconds: number) =>
			`Le registre accepte l’identité kubelet pour les extractions (échange de jeton, comme le fait az aks check-acr depuis un nœud)${seconds > 0 ? ` au bout de ${seconds} s` : ''}.`,
		visible:
			'L’attribution du rôle d’extraction est visible ; les nœuds peuvent encore avoir besoin d’une minute avant que leurs extractions soient acceptées.',
		timedOut: (seconds: number, code: string | undefined, command: string) =>
			`Le registre refuse encore l’identité kubelet au bout de ${seconds} s${code ? ` (${code})` : ''} : une nouvelle attribution de rôle peut mettre des minutes à prendre effet, davantage par un groupe Entra. Déploiement quand même ; les pods réessaient d’eux-mêmes. Vérifiez depuis les nœuds : ${command}`,
	},
	deploy: {
		credentialsSentence: (cluster: string) =>
			`Obtenir les informations d’identification utilisateur de ${cluster} (gardées en mémoire, non écrites dans ~/.kube/config)`,
		credentialsCall: (clusterId: string) => `POST ${clusterId}/listClusterUserCredential`,
		credentialsDetail: 'Kubeconfig gardé en mémoire',
	},
	detach: {
		title: 'Détacher le registre du cluster',
		sentence: (registry: string, cluster: string, count: number) =>
			count === 1
				? `Retirer AcrPull sur ${registry} à l’identité kubelet de ${cluster}`
				: `Retirer les ${count} attributions AcrPull sur ${registry} à l’identité kubelet de ${cluster}`,
		sentenceRoles: (roles: string, registry: string, cluster: string) => `Retirer ${roles} sur ${registry} à l’identité kubelet de ${cluster}`,
		removed: (count: number) => plural(count, {one: `${count} attribution de rôle supprimée`, other: `${count} attributions de rôles supprimées`}),
		nothing: (registry: string, cluster: string) => `L’identité kubelet de ${cluster} ne détient aucune attribution AcrPull sur ${registry} : rien à détacher.`,
		nothingAbac: (registry: string, cluster: string) =>
			`L’identité kubelet de ${cluster} ne détient ni AcrPull ni Container Registry Repository Reader sur ${registry} : rien à détacher.`,
		remaining: (role: string, scope: string) =>
			`L’identité kubelet détient encore ${role} sur ${scope} : elle pourra donc toujours extraire des images après le détachement.`,
		podsNote:
			'Les pods déjà en cours d’exécution gardent leurs images ; les nouveaux pods (un redémarrage, une montée en charge, un nouveau nœud) ne pourront pas extraire les leurs.',
	},
};
