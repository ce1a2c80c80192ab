/* eslint-disable no-irregular-whitespace -- French typography: a no-break space before : ; ? ! and inside « », in the strings only. */
/** Les codes d’erreur d’Azure et de Kubernetes, expliqués en clair. Le code d’origine est toujours affiché à côté. */
import type {Catalog} from '../catalog.js';

export const errors: Catalog['errors'] = {
	toolMissing: (command: string) => `${command} n’est pas installé.`,
	cloudMismatch: {
		message: (asked: string, active: string) =>
			`--cloud ${asked} diffère du cloud actif d’az CLI (${active}), dont l’assistant utilise la connexion : ses jetons ne sont pas valides dans ${asked}.`,
		suggestion: (asked: string, active: string) =>
			`Basculez az sur ce cloud et connectez-vous-y : az cloud set --name ${asked} && az login ; ou lancez sans --cloud (ou avec --cloud ${active}).`,
	},
	sandboxCloudMismatch: {
		message: (asked: string, plays: string) => `--cloud ${asked} diffère du cloud que joue ce bac à sable (${plays}).`,
		suggestion: (asked: string) =>
			`Omettez --cloud pour travailler dans le bac à sable tel qu’il est, ou démarrez-en un qui joue ${asked} : acr-wizard sandbox --cloud ${asked}.`,
	},
	unknownAzCloud: {
		message: (active: string) =>
			`Le cloud actif d’az CLI est ${active}, que l’assistant ne connaît pas : il fonctionne dans AzureCloud, AzureChinaCloud et AzureUSGovernment.`,
		suggestion: (active: string, command: string) =>
			`Basculez az sur l’un d’eux et connectez-vous-y (${command} && az login, ou AzureChinaCloud, AzureUSGovernment) ; pour un bac à sable acr-wizard inscrit sous le nom ${active}, rejoignez-le avec --sandbox <son fichier d’environnement>.`,
	},
	azure: {
		AuthorizationFailed: {
			message: 'Votre compte n’est pas autorisé à faire ceci ici.',
			suggestion:
				'Demandez à un Propriétaire ou à un Administrateur de l’accès utilisateur de l’abonnement de vous accorder l’accès, ou d’exécuter la commande affichée.',
		},
		RoleAssignmentExists: {message: 'L’attribution de rôle existe déjà.', suggestion: 'Rien à faire : l’accès est déjà accordé.'},
		MissingSubscriptionRegistration: {
			message: (target: string) => `L’abonnement n’est pas inscrit auprès de ${target}.`,
			suggestion: (target: string) => `az provider register --namespace ${target}`,
		},
		ResourceGroupNotFound: {
			message: 'Le groupe de ressources n’existe pas.',
			suggestion: 'Choisissez un groupe de ressources existant, ou créez-en un dans l’assistant.',
		},
		ResourceNotFound: {
			message: 'Cette ressource n’existe pas (ou vous ne pouvez pas la voir).',
			suggestion: 'Vérifiez le nom et l’abonnement : az resource list --name <name> -o table',
		},
		AlreadyInUse: {message: 'Ce nom de registre est déjà pris.', suggestion: 'Passez une autre valeur à --registry-name.'},
		RegistryNameNotAvailable: {message: 'Ce nom de registre est déjà pris.', suggestion: 'Passez une autre valeur à --registry-name.'},
		InvalidAuthenticationToken: {message: 'Azure n’a pas accepté le jeton de connexion.', suggestion: 'az login'},
		ExpiredAuthenticationToken: {message: 'La connexion a expiré.', suggestion: 'az login'},
		CredentialUnavailable: {message: 'Aucune information d’identification Azure n’est disponible.', suggestion: 'az login'},
		Throttled: {message: 'Azure limite les requêtes en ce moment.', suggestion: 'Attendez une minute et réessayez.'},
		network: {message: 'Azure est injoignable.', suggestion: 'Vérifiez votre connexion réseau (et les paramètres de proxy), puis réessayez.'},
		serverError: {
			message: 'Azure a échoué de son côté (une erreur serveur) ; la requête pourra aboutir lors d’un prochain essai.',
			suggestion: 'Relancez acr-wizard dans quelques minutes : ce qui a déjà été créé est retrouvé et conservé, pas recréé.',
		},
		timeout: {
			message: 'Azure n’a pas répondu à temps.',
			suggestion: 'Réessayez ; quand Azure est lent, accordez plus de temps à chaque requête avec ACR_WIZARD_CALL_TIMEOUT=<secondes>.',
		},
		RegistryQuotaExceeded: {
			message: 'L’abonnement a atteint son quota de registres de conteneurs.',
			suggestion:
				'Utilisez un registre existant (--registry-name <nom>), supprimez-en un dont vous n’avez plus besoin (az acr delete --name <nom>), ou demandez une augmentation de quota.',
		},
		unknown: (code: string) => `Azure a refusé la requête (${code}).`,
		adapter: {
			timeout: (request: string, seconds: number) => `Aucune réponse à ${request} en ${seconds} s.`,
			leftBehind: (what: string, undo: string) => `${what} est resté en place ; supprimez-le avec : ${undo}`,
			registryData: {
				catalog: 'la liste de ses dépôts',
				repository: (repository: string) => `les étiquettes de ${repository}`,
				image: (repository: string, tag: string) => `${repository}:${tag}`,
				signIn: 'un jeton de connexion',
				unauthorized: (server: string, what: string) =>
					`${server} n’a pas accepté les informations d’identification pour ${what} : elles sont erronées, expirées, ou n’y donnent pas accès.`,
				denied: (server: string, what: string) =>
					`${server} a refusé ${what} : ses règles de pare-feu ou de réseau ne laissent pas entrer cette adresse, ou les informations d’identification n’ont pas le droit de le lire.`,
				notFound: (server: string, what: string) => `${server} n’a pas ${what}.`,
				throttled: (server: string) => `${server} limite les requêtes en ce moment ; attendez une minute et réessayez.`,
				failed: (server: string, what: string, status: number) => `${server} a répondu HTTP ${status} pour ${what}.`,
				noEntraToken: (server: string) => `Votre connexion Azure n’a donné aucun jeton pour le plan de données de ${server}. Reconnectez-vous avec az login.`,
			},
		},
		entraCluster: {
			noToken: (serverId: string, detail: string) =>
				`Ce cluster utilise la connexion Microsoft Entra ID, et votre connexion Azure n’a donné aucun jeton pour son application serveur (${serverId})${detail ? ` : ${detail}` : '.'} Reconnectez-vous avec az login (avec --tenant <le locataire du cluster> s’il est dans un autre).`,
			timeout: (serverId: string, seconds: number) =>
				`Ce cluster utilise la connexion Microsoft Entra ID, et aucun jeton pour son application serveur (${serverId}) n’est arrivé en ${seconds} s. Vérifiez az account get-access-token --resource ${serverId}, puis réessayez.`,
		},
	},
	kube: {
		Forbidden: {message: 'Le cluster a refusé ceci à votre utilisateur.', suggestion: 'kubectl auth can-i --list'},
		Unauthorized: {
			message: 'Le cluster n’a pas accepté vos informations d’identification.',
			suggestion: 'Actualisez-les : az aks get-credentials --resource-group <group> --name <cluster> (ou la connexion propre à votre cluster)',
		},
		NotFound: {message: 'Cet objet Kubernetes n’existe pas.', suggestion: 'kubectl get <kind> -A'},
		AlreadyExists: {message: 'Cet objet Kubernetes existe déjà.', suggestion: 'Choisissez un autre nom, ou laissez l’assistant le mettre à jour.'},
		Invalid: {message: 'Le cluster a rejeté l’objet comme non valide.', suggestion: 'Lisez l’erreur de champ ci-dessus et modifiez cette valeur.'},
		network: {message: 'Le cluster est injoignable.', suggestion: 'kubectl cluster-info'},
		timeout: {
			message: 'Le cluster n’a pas répondu à temps.',
			suggestion: 'kubectl cluster-info ; quand le cluster est lent, accordez plus de temps à chaque requête avec ACR_WIZARD_CALL_TIMEOUT=<secondes>.',
		},
		serverError: {
			message: 'Le serveur d’API du cluster a échoué de son côté (une erreur serveur).',
			suggestion: 'Vérifiez le cluster (kubectl get --raw=/readyz), puis relancez acr-wizard : ce qui a déjà été créé est retrouvé et conservé.',
		},
		unknown: (reason: string) => `Le cluster a refusé la requête (${reason}).`,
		admission: {
			podSecurityTitle: 'Pod Security refuse les pods',
			podSecurity: (namespace: string | undefined, level: string, wants: readonly string[]) =>
				`L’espace de noms${namespace ? ` ${namespace}` : ''} impose la norme Pod Security « ${level} » (étiquette pod-security.kubernetes.io/enforce), et le pod n’y est pas conforme : ${wants.join(' ; ')}.`,
			podSecurityFix: (namespace: string | undefined, level: string) =>
				`Déployez une variante conforme à « ${level} » (image non root, securityContext restreint), ou adressez-vous à l’administrateur du cluster : kubectl get namespace ${namespace ?? '<namespace>'} --show-labels`,
			quotaTitle: 'Un ResourceQuota refuse les pods',
			quotaUnspecified: (namespace: string | undefined, quota: string, missing: readonly string[]) =>
				`L’espace de noms${namespace ? ` ${namespace}` : ''} a le ResourceQuota ${quota}, qui exige que chaque conteneur indique ses ressources : ${missing.join(' ; ')}.`,
			quotaExceeded: (namespace: string | undefined, quota: string, requested: string, used: string, limited: string) =>
				`L’espace de noms${namespace ? ` ${namespace}` : ''} a le ResourceQuota ${quota}, et le pod le dépasserait : demandé ${requested}, utilisé ${used}, limite ${limited}.`,
			quotaFix: (namespace: string | undefined) =>
				`Fixez des requêtes et des limites dans le quota, ou demandez-en davantage : kubectl describe resourcequota --namespace ${namespace ?? '<namespace>'}`,
			policyTitle: 'Une stratégie d’admission refuse les pods',
			gatekeeper: (namespace: string | undefined, constraints: readonly string[], wants: readonly string[]) =>
				`Azure Policy pour AKS (Gatekeeper) refuse le pod${namespace ? ` dans l’espace de noms ${namespace}` : ''} : ${constraints.map((constraint, index) => `contrainte ${constraint} : ${wants[index] ?? ''}`).join(' ; ')}.`,
			webhook: (namespace: string | undefined, webhook: string, message: string) =>
				`Le webhook d’admission ${webhook} refuse le pod${namespace ? ` dans l’espace de noms ${namespace}` : ''} : ${message}.`,
			validatingPolicy: (namespace: string | undefined, policy: string, binding: string, message: string) =>
				`La ValidatingAdmissionPolicy ${policy} (liaison ${binding}) refuse le pod${namespace ? ` dans l’espace de noms ${namespace}` : ''} : ${message}.`,
			policyFix: (command: string) =>
				`Rendez le pod conforme à la stratégie, ou demandez une exemption à l’administrateur du cluster ; les stratégies s’affichent avec ${command}`,
		},
		adapter: {
			kubeconfigMissing: (path: string) =>
				`Il n’y a pas de fichier kubeconfig à ${path}. Obtenez-en un avec az aks get-credentials --resource-group <group> --name <cluster>, ou passez --kubeconfig <chemin>.`,
			kubeconfigNoneInList: (list: string) => `Aucun des fichiers de KUBECONFIG n’existe (${list}). Corrigez KUBECONFIG, ou passez --kubeconfig <chemin>.`,
			kubeconfigUnreadable: (path: string, detail: string) => `Le kubeconfig ${path} n’a pas pu être lu : ${detail}`,
			kubeconfigIsDirectory: 'c’est un dossier, pas un fichier',
			contextMissing: (name: string, available: string) =>
				`Le kubeconfig n’a pas de contexte nommé « ${name} » (il a : ${available || 'aucun'}). Listez-les avec kubectl config get-contexts.`,
			noCurrentContext: 'Le kubeconfig ne désigne aucun contexte courant. Définissez-en un avec kubectl config use-context <name>.',
			timeout: (server: string, seconds: number) => `Le cluster à ${server} n’a pas répondu en ${seconds} s.`,
			refused: (server: string) => `Rien n’a répondu à ${server} (connexion refusée) : le cluster tourne-t-il ?`,
			unknownHost: (server: string) => `L’adresse du cluster dans ${server} ne se résout pas.`,
			tls: (server: string, detail: string) =>
				`La connexion TLS à ${server} a échoué (${detail}) : l’autorité de certification (certificate-authority) du kubeconfig ne correspond pas au serveur.`,
			failed: (server: string, detail: string) => `La requête à ${server} a échoué (${detail}).`,
			unauthorized: (server: string) => `Le cluster à ${server} n’a pas accepté les informations d’identification du kubeconfig (401 Unauthorized).`,
			status: (code: number) => `Le cluster a répondu HTTP ${code}.`,
			watchFailed: (detail: string) => `Le suivi des pods a échoué : ${detail}`,
			kubeloginMissing: (user: string) =>
				`L’utilisateur ${user} du kubeconfig se connecte avec Microsoft Entra ID par kubelogin, qui n’est pas installé ici. Installez-le avec az aks install-cli (ou depuis https://aka.ms/aks/kubelogin), puis réessayez.`,
			execPluginMissing: (user: string, command: string, hint: string) =>
				`L’utilisateur ${user} du kubeconfig obtient son jeton en exécutant ${command}, qui n’est pas installé ici.${hint ? ` ${hint}` : ''}`,
			execPluginTimeout: (command: string, seconds: number) =>
				`${command} n’a donné aucun jeton en ${seconds} s : il attend peut-être une connexion qu’il ne peut pas afficher ici. Connectez-vous avec az login et exécutez kubelogin convert-kubeconfig -l azurecli, puis réessayez.`,
			tokenRenewalTimeout: (seconds: number) =>
				`Le jeton Microsoft Entra ID du cluster allait expirer, et aucun nouveau jeton n’est arrivé en ${seconds} s. Vérifiez votre connexion Azure avec az account show, puis réessayez.`,
			tokenRenewalFailed: (detail: string) =>
				`Le jeton Microsoft Entra ID du cluster allait expirer, et votre connexion Azure n’en a pas donné de nouveau${detail ? ` (${detail})` : ''}. Reconnectez-vous avec az login, puis réessayez.`,
		},
	},
};
