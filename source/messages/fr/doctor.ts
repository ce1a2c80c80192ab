/* eslint-disable no-irregular-whitespace -- French typography: a no-break space before : ; ? ! and inside « », in the strings only. */
/** Messages de `acr-wizard doctor` : ses options, ses refus, les mots de chaque vérification et le rapport. */
import type {Catalog} from '../catalog.js';
import {date, list as listOf, plural} from './intl.js';

const list = (items: readonly string[]): string => (items.length === 0 ? '(aucun)' : listOf(items));

export const doctor: Catalog['doctor'] = {
	flags: {
		command: 'trouver pourquoi un pod ne peut pas extraire son image d’ACR, et proposer le correctif',
		pod: 'le pod à examiner (doctor : par défaut, chaque pod qui n’arrive pas à extraire son image)',
		deployment: 'le déploiement dont examiner les pods (doctor ; pas avec --pod)',
		registry: 'le registre d’où les pods devraient extraire leurs images (doctor), par nom ou par serveur de connexion',
		json: 'afficher le rapport en JSON (schéma : schemas/doctor.v1.schema.json)',
		watch: 'rester à l’écran et suivre les pods (doctor, dans un terminal)',
	},
	refusals: {
		podAndDeployment: '--pod et --deployment désignent tous deux ce qu’il faut examiner ; n’en passez qu’un.',
		podAndDeploymentFix: 'acr-wizard doctor --pod <nom>, ou acr-wizard doctor --deployment <nom>',
		unknownContext: (context: string, known: readonly string[]) => `Le kubeconfig n’a pas de contexte « ${context} ». Ses contextes : ${list(known)}.`,
		unknownContextFix: 'kubectl config get-contexts les liste ; passez-en un avec --context <nom>.',
		noContext: 'Le kubeconfig ne désigne aucun contexte courant, et --context n’a pas été passé.',
		noContextFix: 'kubectl config get-contexts les liste ; passez-en un avec --context <nom>.',
		unknownNamespace: (namespace: string, context: string) => `Le cluster du contexte « ${context} » n’a pas d’espace de noms « ${namespace} ».`,
		unknownNamespaceFix: (context: string) => `kubectl get namespaces --context ${context} les liste ; passez-en un avec --namespace <nom>.`,
		unknownPod: (pod: string, namespace: string) => `Il n’y a pas de pod « ${pod} » dans l’espace de noms « ${namespace} ».`,
		unknownPodFix: (namespace: string, context: string) =>
			`kubectl get pods --namespace ${namespace} --context ${context} les liste ; passez-en un avec --pod <nom>.`,
		unknownDeployment: (deployment: string, namespace: string) => `Il n’y a pas de déploiement « ${deployment} » dans l’espace de noms « ${namespace} ».`,
		unknownDeploymentFix: (namespace: string, context: string) =>
			`kubectl get deployments --namespace ${namespace} --context ${context} les liste ; passez-en un avec --deployment <nom>.`,
		unknownRegistry: (registry: string, seen: readonly string[]) => `Aucun registre visible pour vous ne s’appelle « ${registry} ». Registres : ${list(seen)}.`,
		unknownRegistryFix: 'az acr list --query "[].loginServer" les liste ; passez-en un avec --registry <nom>.',
		clusterUnreachable: (context: string, why: string) => `Le cluster du contexte « ${context} » ne peut pas être lu : ${why}`,
		clusterUnreachableFix: (context: string) => `kubectl cluster-info --context ${context} montre ce que rencontre kubectl ; corrigez cela d’abord.`,
	},
	kubelet: {
		pullsTitle: 'Le kubelet a extrait l’image',
		pulls: (image: string, status: string) => `${image} a été extraite ; le pod est ${status}.`,
		failsTitle: (code: string) => `Le kubelet ne peut pas extraire l’image (${code})`,
		fails: (image: string) => `Les mots du kubelet lui-même à propos de ${image}, cités tels qu’il les a écrits.`,
		unexplainedTitle: 'Aucune vérification n’explique cet échec',
		unexplained: (ruledOut: readonly string[]) =>
			`L’extraction échoue et aucune des vérifications de doctor ne trouve pourquoi. Écarté : ${ruledOut.length === 0 ? 'rien n’a pu être vérifié' : ruledOut.join(' ; ')}. Lisez les mots du kubelet ci-dessous et les événements du pod.`,
		unreadableTitle: (source: string) => `Impossible de lire ${source}`,
		unreadable: (source: string) => `${source} n’a pas pu être lu : les vérifications qui en ont besoin n’ont donc pas été faites.`,
	},
	checks: {
		registry: {
			foundTitle: 'L’image désigne un registre que vous voyez',
			found: (host: string, id: string) => `${host} est le serveur de connexion de ${id}.`,
			notFoundTitle: 'L’image ne désigne aucun registre que vous voyez',
			typo: (host: string, closest: string) =>
				`Aucun registre n’a le serveur de connexion ${host} ; ${closest} n’en diffère que d’une lettre ou deux : le nom du registre dans l’image est mal orthographié.`,
			notFound: (host: string, count: number) =>
				`Aucun des ${count} registres que vous voyez (dans tous les abonnements) n’a le serveur de connexion ${host} : le nom est faux, ou le registre est dans un locataire où vous n’êtes pas connecté.`,
			seen: (servers: readonly string[]) => `registres que vous voyez : ${list(servers)}`,
			useImage: (image: string) => `utilisez l’image ${image}`,
			privateTitle: 'Le registre n’est joignable que par un point de terminaison privé',
			privateRefused: (name: string, zone: string) =>
				`${name} a l’accès réseau public désactivé et les nœuds sont refusés : ils résolvent son adresse publique, la zone DNS de son point de terminaison privé (${zone}) n’est donc pas liée au réseau du cluster.`,
			otherCloudTitle: 'L’image désigne un registre d’un autre cloud Azure',
			otherCloud: (host: string, imageCloud: string, cloud: string, suffix: string) =>
				`${host} est un registre de ${imageCloud}, mais ce cluster et vos registres sont dans ${cloud} (<nom>${suffix}) : une connexion, une identité kubelet ou un rôle d’un cloud n’est pas valide dans un autre, l’extraction est donc refusée.`,
			otherCloudSame: (host: string, here: string) =>
				`${here}, dans ce cloud, porte le même nom : l’image a été écrite pour un autre cloud que celui de ${host}.`,
			importAcross: (image: string, suffix: string) =>
				`az acr import --name <registry> --source ${image} --image <repository>:<tag> --username <user> --password <password>, puis utilisez <registry>${suffix}/<repository>:<tag>`,
			privateOkTitle: 'Le registre est privé, et le cluster l’atteint',
			privateOk: (name: string) => `${name} a l’accès réseau public désactivé ; l’extraction n’a pas échoué à cause du réseau.`,
			firewallTitle: 'Le pare-feu du registre n’admet pas le cluster',
			firewall: (name: string, rules: readonly string[]) =>
				`${name} refuse par défaut et n’autorise que ${list(rules)} : l’adresse de sortie du cluster n’en fait pas partie, le registre répond donc 403 Forbidden.`,
			openTitle: 'Le réseau du registre admet le cluster',
			open: (name: string) => `${name} accepte le trafic public.`,
		},
		identity: {
			missingTitle: 'L’identité kubelet n’a pas de rôle d’extraction sur le registre',
			missing: (registry: string, cluster: string) =>
				`L’identité kubelet de ${cluster} ne détient pas AcrPull (ni aucun rôle permettant d’extraire) sur ${registry} : le registre refuse son jeton avec 401 Unauthorized.`,
			abacTitle: 'Le registre utilise des autorisations par dépôt, et le kubelet n’en a aucune pour ce dépôt',
			abac: (registry: string, repository: string, cluster: string) =>
				`${registry} est en mode ABAC (roleAssignmentMode AbacRepositoryPermissions) : AcrPull n’y est pas pris en compte, et l’identité kubelet de ${cluster} ne détient aucun Container Registry Repository Reader couvrant « ${repository} ».`,
			noAssignments: (objectId: string) => `aucune attribution de rôle de ${objectId} ne s’applique au registre`,
			propagatingTitle: 'Le rôle d’extraction est récent et n’a peut-être pas encore atteint le registre',
			propagating: (role: string, registry: string) =>
				`Le rôle ${role} du kubelet sur ${registry} a été accordé il y a quelques minutes ; une nouvelle attribution de rôle met quelques minutes à s’appliquer aux extractions (jusqu’à 10 par un groupe). Patientez, puis redémarrez les pods.`,
			groupPropagatingTitle: 'Le rôle d’extraction vient d’un groupe et est récent : il n’a pas encore atteint le registre',
			groupPropagating: (role: string, registry: string, group: string) =>
				`L’identité kubelet est membre du groupe ${group}, qui a reçu ${role} sur ${registry} il y a quelques minutes : un rôle obtenu par un groupe met plus longtemps à s’appliquer aux extractions (10 minutes et plus). Ne l’accordez pas de nouveau : patientez, puis redémarrez les pods.`,
			grantedTitle: 'L’identité kubelet a le droit d’extraire depuis le registre',
			granted: (role: string, registry: string) => `L’identité kubelet détient ${role} sur ${registry}.`,
			refusedTitle: 'Le kubelet détient un rôle d’extraction, et pourtant le registre le refuse',
			refused: (role: string, registry: string, cluster: string) =>
				`L’identité kubelet de ${cluster} détient ${role} sur ${registry}, et reçoit quand même 401 : les nœuds ne présentent pas cette identité (elle a été retirée des groupes de machines virtuelles identiques des pools de nœuds).`,
			poolRefusedTitle: (pool: string) => `Les nœuds du pool ${pool} sont refusés alors que l’identité kubelet a le droit d’extraire`,
			poolRefused: (pool: string, role: string, registry: string, cluster: string, pools: readonly string[]) =>
				`L’identité kubelet de ${cluster} détient ${role} sur ${registry}, et pourtant le pod du pool ${pool} reçoit 401 : les nœuds de ce pool extraient sous une autre identité (un pool avec sa propre identité kubelet, ou celle du cluster retirée de son groupe identique). ${cluster} a les pools ${list(pools)} ; donnez AcrPull à l’identité de ${pool}, ou donnez l’identité kubelet à son groupe identique.`,
			assignIdentityCommand: (resourceId: string) =>
				`az vmss identity assign --resource-group <node-resource-group> --name <node-pool-scale-set> --identities ${resourceId}`,
			deletedTitle: 'L’identité kubelet a été supprimée',
			deleted: (cluster: string, resourceId: string) =>
				`${cluster} désigne l’identité kubelet ${resourceId}, qui n’existe plus : aucun jeton ne peut être obtenu pour elle, chaque extraction est donc refusée.`,
			notInDirectory: (objectId: string) => `principal de service ${objectId} : introuvable dans l’annuaire`,
			recreateIdentityCommand: (cluster: string, resourceGroup: string) =>
				`az aks update --name ${cluster} --resource-group ${resourceGroup} --assign-kubelet-identity <new identity resource id>, puis az aks update --attach-acr`,
			servicePrincipalExpiredTitle: 'Le secret du principal de service du cluster a expiré',
			servicePrincipalExpired: (cluster: string, appId: string, end: string) =>
				`${cluster} n’a pas d’identité managée : ses nœuds extraient sous le principal de service ${appId}, dont le dernier secret a expiré le ${date(end)} : ses demandes de jeton échouent, chaque extraction répond donc 401 jusqu’à la réinitialisation des informations d’identification du cluster.`,
			otherTenantTitle: 'Le registre est dans un autre locataire que le cluster',
			otherTenant: (registry: string, registryTenant: string, cluster: string, clusterTenant: string) =>
				`${registry} est dans le locataire ${registryTenant} et ${cluster} dans le locataire ${clusterTenant} : un rôle sur le registre ne peut pas désigner l’identité managée du kubelet d’un autre locataire (PrincipalNotFound), --attach-acr ne peut donc pas fonctionner. Extrayez avec un secret : un jeton limité à des dépôts de ${registry}.`,
			useSecret: (secret: string) => `ajoutez imagePullSecrets: [{name: ${secret}}] au modèle de pod (ou à son compte de service)`,
			servicePrincipalTitle: 'Le cluster extrait avec un principal de service',
			servicePrincipal: (cluster: string, appId: string) =>
				`${cluster} n’a pas d’identité managée : ses nœuds extraient sous le principal de service ${appId} ; quand son secret expire, chaque extraction répond 401 jusqu’à la réinitialisation des informations d’identification du cluster.`,
		},
		secrets: {
			missingTitle: (name: string) => `Le secret d’extraction « ${name} » est absent`,
			missing: (name: string, namespace: string) =>
				`Le pod désigne le secret d’extraction « ${name} », qui n’existe pas dans l’espace de noms ${namespace} : le kubelet extrait sans lui.`,
			elsewhere: (name: string, namespace: string, others: readonly string[]) =>
				`Le pod désigne le secret d’extraction « ${name} », qui n’est pas dans son espace de noms ${namespace} mais dans ${list(others)} : un pod ne peut utiliser que les secrets de son propre espace de noms.`,
			namedBy: (name: string, by: string) => `imagePullSecrets de ${by} : ${name}`,
			typeTitle: (name: string) => `Le secret d’extraction « ${name} » n’est pas d’un type docker`,
			type: (name: string, type: string) =>
				`« ${name} » est de type ${type} : le kubelet ne lit que les secrets kubernetes.io/dockerconfigjson et kubernetes.io/dockercfg, et l’ignore.`,
			serverTitle: (name: string) => `Le secret d’extraction « ${name} » désigne un autre serveur`,
			server: (name: string, servers: readonly string[], host: string) =>
				`« ${name} » contient des identifiants pour ${list(servers)}, pas pour ${host} : le kubelet compare le serveur à l’identique, il n’en envoie donc aucun.`,
			noCredentialTitle: 'Le pod n’a aucun identifiant utilisable pour le registre',
			noCredential: (context: string, host: string) =>
				`Le cluster de ${context} n’est pas un cluster AKS que doctor peut voir : ses nœuds n’ont donc aucune identité connue du registre. Il n’extrait depuis ${host} qu’avec un secret d’extraction de configuration docker pour ce serveur, et le pod n’en a aucun que le kubelet puisse utiliser.`,
			okTitle: (name: string) => `Le secret d’extraction « ${name} » est une configuration docker pour le registre`,
			ok: (name: string, host: string) => `« ${name} » contient des identifiants pour ${host}.`,
		},
		credentials: {
			trialAccepted: (host: string) => `essayé auprès de l’échange de jeton de ${host} : accepté`,
			trialRefused: (host: string, words: string) => `essayé auprès de l’échange de jeton de ${host} : refusé (${words})`,
			unknownTitle: 'Le nom d’utilisateur du secret n’est pas un nom qu’Azure connaisse pour ce registre',
			unknown: (secret: string, username: string) =>
				`« ${secret} » se connecte en tant que ${username}, qui n’est ni l’utilisateur administrateur, ni un jeton du registre, ni un principal de service que doctor puisse trouver.`,
			adminOffTitle: 'Le secret utilise l’utilisateur administrateur, qui est désactivé',
			adminOff: (registry: string, secret: string) =>
				`« ${secret} » se connecte en tant qu’utilisateur administrateur de ${registry}, et l’utilisateur administrateur est désactivé.`,
			adminOkTitle: 'Le secret utilise l’utilisateur administrateur, qui est activé',
			adminOk: (registry: string) => `L’utilisateur administrateur de ${registry} est activé.`,
			passwordTitle: 'Le registre refuse le mot de passe du secret',
			adminPassword: (secret: string, registry: string) =>
				`« ${secret} » se connecte en tant qu’utilisateur administrateur de ${registry} et est refusé : son mot de passe n’est plus en vigueur (renouvelé depuis avec az acr credential renew).`,
			credentialShowCommand: (registry: string) => `az acr credential show --name ${registry}`,
			tokenDisabledTitle: 'Le jeton du secret est désactivé',
			tokenDisabled: (token: string, registry: string) => `« ${token} » est un jeton de ${registry} et il est désactivé : le registre le refuse.`,
			tokenExpiredTitle: 'Le mot de passe du jeton du secret a expiré',
			tokenExpired: (token: string, ended: readonly string[]) =>
				`Tous les mots de passe du jeton « ${token} » ont expiré (${list(ended)}) : le registre le refuse avec 401 Unauthorized.`,
			scopeTitle: 'Le mappage d’étendue du jeton ne couvre pas le dépôt',
			scope: (token: string, scopeMap: string, repository: string) =>
				`Le jeton « ${token} » ne peut lire que ce qu’autorise son mappage d’étendue « ${scopeMap} », qui n’a pas content/read sur « ${repository} » : le registre répond insufficient_scope.`,
			tokenOkTitle: 'Le jeton a le droit de lire le dépôt',
			tokenOk: (token: string, repository: string) => `« ${token} » est activé et son mappage d’étendue couvre « ${repository} ».`,
			tokenPassword: (secret: string, token: string) =>
				`« ${secret} » se connecte avec le jeton « ${token} », qui est activé et couvre le dépôt, et est refusé : son mot de passe est erroné ou expiré.`,
			tokenPasswordCommand: (token: string, registry: string) => `az acr token credential generate --name ${token} --registry ${registry} --password1`,
			spGoneTitle: 'Le principal de service du secret n’existe pas',
			spGone: (appId: string, secret: string) =>
				`« ${secret} » se connecte en tant que ${appId}, et aucun principal de service n’a cet appId (il a été supprimé).`,
			spNoRoleTitle: 'Le principal de service du secret n’a pas de rôle d’extraction',
			spNoRole: (appId: string, registry: string) =>
				`Le principal de service ${appId} ne détient pas AcrPull (ni aucun rôle permettant d’extraire) sur ${registry}.`,
			noRoles: 'aucun rôle d’extraction sur le registre',
			spOkTitle: 'Le principal de service du secret a le droit d’extraire',
			spOk: (appId: string, role: string) => `Le principal de service ${appId} détient ${role}.`,
			spPassword: (secret: string, appId: string) =>
				`« ${secret} » se connecte en tant que principal de service ${appId}, qui a le droit d’extraire, et est refusé : son mot de passe est erroné ou expiré.`,
			spResetCommand: (appId: string) => `az ad sp credential reset --id ${appId} --append --query password --output tsv`,
		},
		connected: {
			extensionOkTitle: (name: string) => `L’extension ${name} du registre connecté est installée`,
			extensionOk: (name: string, version: string | undefined) => `${name} est Succeeded${version ? ` (version ${version})` : ''}.`,
			extensionBadTitle: (name: string) => `L’extension ${name} du registre connecté ne s’est pas installée`,
			extensionBad: (name: string, state: string, error: string) => `${name} est ${state}${error ? ` : ${error}` : ''}.`,
			serviceOkTitle: (ip: string) => `La clusterIP ${ip} est le Service du registre connecté`,
			serviceOk: (name: string, ip: string) => `Le Service ${name} détient ${ip}.`,
			serviceMissingTitle: (ip: string) => `Aucun Service ne détient la clusterIP ${ip}`,
			serviceMissing: (ip: string, extension: string) =>
				`L’extension ${extension} est configurée avec service.clusterIP=${ip}, et aucun Service de l’espace de noms connected-registry ne la détient : rien ne répond à cette adresse.`,
			onlineTitle: (name: string) => `Le registre connecté ${name} est en ligne`,
			online: (name: string, lastSync: string) => `${name} est Online ; dernière synchronisation ${date(lastSync)}.`,
			activeTitle: (name: string) => `Le registre connecté ${name} est activé`,
			active: (name: string) => `${name} est activé par l’instance de ce cluster.`,
			inactiveTitle: (name: string) => `Le registre connecté ${name} n’est pas activé`,
			inactive: (name: string, status: string) => `L’état d’activation de ${name} est ${status} : aucune instance ne l’a activé avec sa chaîne de connexion.`,
			syncedTitle: (repository: string) => `« ${repository} » est dans l’étendue de synchronisation`,
			synced: (name: string, repositories: readonly string[]) => `${name} synchronise ${list(repositories)}.`,
			attachedTitle: (token: string) => `Le jeton client ${token} est attaché`,
			attached: (token: string, name: string) => `${name} accepte ${token}.`,
		},
		local: {
			azMissingTitle: 'Azure CLI n’est pas installé',
			azMissing:
				'az n’est pas dans le PATH : doctor lit Azure lui-même, mais les correctifs qu’il affiche sont des commandes az, et elles ne fonctionneront pas ici.',
			azInstall: 'installez-le : https://learn.microsoft.com/cli/azure/install-azure-cli',
			azUnreadableTitle: 'La version d’Azure CLI n’a pas pu être lue',
			azUnreadable:
				'az version -o json n’a pas répondu à temps avec une version : sa version n’a donc pas pu être comparée à celles qui ont des bogues connus.',
			azBadTitle: (version: string) => `Azure CLI ${version} a un bogue connu dans une commande qu’utilise doctor`,
			azBad: (version: string, command: string, symptom: string, fixedIn: string | undefined, source: string) =>
				`Dans az ${version}, ${command} ${symptom} (${source})${fixedIn ? ` ; corrigé dans ${fixedIn}` : ''}.`,
			azOkTitle: (version: string) => `Azure CLI ${version}`,
			azOk: (version: string) => `az ${version} n’a aucun des bogues connus des commandes qu’utilise doctor.`,
			upgrade: 'az upgrade',
			previewBrokenTitle: 'L’extension aks-preview ne peut pas se charger avec cet az',
			previewBroken: (version: string, minimum: string, core: string) =>
				`aks-preview ${version} nécessite az ${minimum} ou ultérieur et az est en ${core} : les commandes az aks échouent tant qu’elle est installée.`,
			previewStaleTitle: 'Une extension aks-preview périmée remplace az aks',
			previewStale: (version: string, minimum: string, core: string) =>
				`aks-preview ${version} (conçue pour az ${minimum}) remplace les commandes az aks d’az ${core} : une extension aussi en retard sur son cœur échoue avec des traces ImportError ou se comporte comme une ancienne version.`,
			previewUpdate: 'az extension update --name aks-preview',
			previewRemove: 'az extension remove --name aks-preview',
			previewOkTitle: 'L’extension aks-preview est à jour',
			previewOk: (version: string) => `aks-preview ${version} remplace les commandes az aks ; elle correspond à cet az.`,
			kubectlMissingTitle: 'kubectl n’est pas installé',
			kubectlMissing: 'kubectl n’est pas dans le PATH : doctor lit le cluster lui-même, mais les correctifs qu’il affiche sont des commandes kubectl.',
			kubectlInstall: 'az aks install-cli',
			kubectlOkTitle: (version: string) => `kubectl ${version}`,
			kubectlOk: 'kubectl est installé.',
			pluginMissingTitle: (command: string) => `Le plug-in d’identification ${command} du kubeconfig n’est pas installé`,
			pluginMissing: (user: string, command: string) =>
				`L’utilisateur ${user} du kubeconfig se connecte en exécutant ${command}, qui n’est pas dans le PATH : kubectl et doctor ne peuvent pas atteindre le cluster tant qu’il n’est pas installé.`,
			pluginInstall: (command: string) => (/kubelogin/i.test(command) ? 'az aks install-cli' : `installez ${command}, ou mettez-le dans le PATH`),
			pluginOkTitle: (command: string) => `Le plug-in d’identification ${command} est installé`,
			pluginOk: (user: string, command: string) => `L’utilisateur ${user} du kubeconfig exécute ${command}, qui est dans le PATH.`,
			sudoTitle: 'doctor tourne en root par sudo, avec un profil az vide',
			sudo: (user: string, dir: string) =>
				`sudo exécute doctor en root : az et doctor lisent donc le profil de root dans ${dir}, qui ne contient aucune connexion ; le az login de ${user} n’est pas utilisé.`,
			sudoRun: 'lancez acr-wizard doctor sans sudo',
			sudoConfigDir: (user: string) => `sudo AZURE_CONFIG_DIR=~${user}/.azure acr-wizard doctor`,
			unreachableTitle: 'Le cluster est injoignable',
			unreachable: (context: string, why: string) => `Le cluster du contexte « ${context} » ne peut pas être lu : ${why}`,
		},
		image: {
			notFoundTitle: 'L’image n’est pas dans le registre',
			notFound: (image: string, registry: string) =>
				`${registry} n’a pas ${image} : le dépôt ou l’étiquette n’existe pas (une faute de frappe, ou l’image n’a jamais été envoyée ni importée).`,
			repositoryMissing: (repository: string, registry: string) =>
				`${registry} n’a pas de dépôt « ${repository} » (lu dans son plan de données) : il n’a jamais été envoyé ni importé, ou le nom est mal orthographié.`,
			tagMissing: (tag: string, repository: string, registry: string, tags: readonly string[]) =>
				`Le dépôt « ${repository} » de ${registry} n’a pas d’étiquette « ${tag} » (lu dans son plan de données) ; ses étiquettes : ${list(tags)}.`,
			contentOkTitle: (image: string) => `Le registre contient ${image}`,
			contentOk: (image: string, registry: string) => `${registry} contient ${image} (lu dans son plan de données).`,
			contentUnreadableTitle: 'Le contenu du registre n’a pas pu être lu',
			contentUnreadable: (registry: string, image: string) =>
				`doctor n’a pas pu lire ${image} dans le plan de données de ${registry} avec votre connexion : son existence est donc déduite des mots du kubelet.`,
			platformTitle: 'L’image n’est pas construite pour la plateforme du nœud',
			platform: (image: string, wanted: string, node: string, pool: string | undefined) =>
				`${image} n’a pas de manifeste pour ${wanted}, la plateforme du nœud ${node}${pool ? ` (pool ${pool})` : ''}.`,
			buildCommand: (image: string) => `docker buildx build --platform linux/amd64,linux/arm64 --tag ${image} --push .`,
			rateLimitedTitle: 'Le registre public limite le débit du cluster',
			rateLimited: (host: string) => `${host} refuse pour l’instant de nouvelles extractions anonymes depuis l’adresse du cluster (429 toomanyrequests).`,
			importHint: (image: string) => `az acr import --name <registry> --source ${image} (puis extrayez-la depuis votre registre)`,
			invalidNameTitle: 'La référence d’image n’est pas valide',
			invalidName: (image: string) => `« ${image} » n’est pas une référence d’image valide (les noms de dépôts sont en minuscules).`,
			tlsTitle: 'Les nœuds ne font pas confiance au certificat du registre',
			tls: (host: string) =>
				`Le certificat TLS présenté pour ${host} est signé par une autorité à laquelle les nœuds ne font pas confiance : un pare-feu qui inspecte le TLS le signe de nouveau.`,
			tlsHint: 'exemptez *.azurecr.io et les points de terminaison de données du registre de l’inspection TLS',
			tlsHintFor: (suffix: string) => `exemptez *${suffix} et les points de terminaison de données du registre de l’inspection TLS`,
			timeoutTitle: 'Les nœuds ne peuvent pas atteindre le registre',
			timeout: (host: string) => `Les connexions des nœuds vers ${host} expirent : un pare-feu de sortie ou une route les abandonne.`,
			egressHint: (host: string, suffix: string) =>
				`autorisez ${host} et son point de terminaison de données (<registry>.<region>.data${suffix}) sur le port 443 dans le pare-feu de sortie`,
			dnsTitle: 'Les nœuds ne peuvent pas résoudre le nom du registre',
			dns: (host: string) =>
				`Le serveur DNS des nœuds ne résout pas ${host} : un serveur DNS personnalisé qui ne transfère pas vers Azure DNS (168.63.129.16).`,
			dnsHint: (host: string, zone: string) => `transférez ${host.split('.').slice(1).join('.')} (et ${zone}) du serveur DNS personnalisé vers 168.63.129.16`,
		},
	},
	report: {
		title: (context: string, pods: number) =>
			`acr-wizard doctor · contexte ${context} · ${plural(pods, {one: `${pods} pod examiné`, other: `${pods} pods examinés`})}`,
		noPods: 'Aucun pod n’échoue à extraire son image (et aucun n’a été désigné) : rien à diagnostiquer.',
		sound: 'Le chemin d’extraction est sain.',
		problems: (count: number) =>
			plural(count, {
				one: `${count} problème trouvé ; le premier explique les mots du kubelet.`,
				other: `${count} problèmes trouvés ; le premier explique les mots du kubelet.`,
			}),
		evidence: 'preuve',
		fix: 'correctif',
		canRun: (count: number) =>
			`doctor peut faire ${count === 1 ? 'cette modification' : `ces ${count} modifications`} pour vous : lancez acr-wizard doctor dans un terminal pour appliquer le correctif.`,
		took: (ms: number) => `rapport en ${ms} ms`,
		planTitle: 'Corriger ce que doctor a trouvé',
		applyQuestion: 'Appliquer le correctif ?',
		watching: 'En attente du démarrage du pod…',
		recovered: (pods: string) => `Les pods extraient leur image et tournent maintenant (${pods}).`,
		notRecovered: (pods: string) => `Les pods ne tournent pas encore (${pods}) ; relancez acr-wizard doctor.`,
	},
	screen: {
		title: 'acr-wizard doctor : pourquoi ce pod ne peut-il pas extraire son image ?',
		phases: {
			target: 'Vérifier le contexte, l’espace de noms et le pod',
			facts: 'Lire les pods, les événements, les secrets, les registres, les rôles et les jetons (en parallèle)',
			checks: 'Effectuer les vérifications',
		},
		apply: 'Appliquer le correctif, puis suivre le pod',
		quit: 'Quitter',
		nothingToRun: 'Rien ici n’est une modification que doctor puisse faire pour vous : les commandes ci-dessus sont à exécuter par vous.',
		nothingToRunWatch:
			'Rien ici n’est une modification que doctor puisse faire pour vous : les commandes ci-dessus sont à exécuter par vous. Suivre les pods en attendant ?',
		watchOnly: 'Suivre les pods sans correctif',
	},
	actions: {
		assignRole: (role: string, principal: string, scope: string) => `Accorder ${role} sur ${scope.split('/').at(-1) ?? scope} à ${principal}`,
		importImage: (source: string, target: string, registry: string) => `Importer ${source} dans ${registry} sous le nom ${target}`,
		updateScopeMap: (scopeMap: string) => `Autoriser le mappage d’étendue ${scopeMap} à lire le dépôt`,
		rewriteSecret: (name: string, server: string) => `Réécrire le secret d’extraction ${name} en configuration docker pour ${server}`,
		setImage: (deployment: string, image: string) => `Faire pointer le déploiement ${deployment} vers ${image}`,
		restartPods: (selector: string) => `Redémarrer les pods ${selector}`,
		undoAssignRole: (role: string, principal: string, registry: string) => `Retirer l’attribution ${role} que doctor a donnée à ${principal} sur ${registry}`,
		enableToken: (token: string) => `Activer le jeton ${token}`,
		renewTokenPassword: (token: string, slot: string, secret: string) =>
			`Générer un nouveau ${slot} pour le jeton ${token} et l’écrire dans le secret d’extraction ${secret}`,
		attachClientToken: (token: string, connected: string) => `Attacher le jeton client ${token} au registre connecté ${connected}`,
		roleNotFound: (role: string) => `Le rôle « ${role} » n’est pas défini dans l’étendue du registre.`,
		secretGone: (name: string) => `Le secret « ${name} » a disparu.`,
	},
};
