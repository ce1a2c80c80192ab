/** Azure- en Kubernetes-foutcodes in gewone woorden. De oorspronkelijke code staat er altijd naast. */
import type {Catalog} from '../catalog.js';

export const errors: Catalog['errors'] = {
	toolMissing: (command: string) => `${command} is niet geïnstalleerd.`,
	cloudMismatch: {
		message: (asked: string, active: string) =>
			`--cloud ${asked} verschilt van de actieve cloud van de az CLI (${active}), waarvan de wizard de aanmelding gebruikt: de tokens daarvan zijn niet geldig in ${asked}.`,
		suggestion: (asked: string, active: string) =>
			`Zet az op die cloud en meld je daar aan: az cloud set --name ${asked} && az login; of start zonder --cloud (of met --cloud ${active}).`,
	},
	sandboxCloudMismatch: {
		message: (asked: string, plays: string) => `--cloud ${asked} verschilt van de cloud die deze sandbox speelt (${plays}).`,
		suggestion: (asked: string) =>
			`Laat --cloud weg om in de sandbox te werken zoals hij is, of start er een die ${asked} speelt: acr-wizard sandbox --cloud ${asked}.`,
	},
	unknownAzCloud: {
		message: (active: string) =>
			`De actieve cloud van de az CLI is ${active}, die de wizard niet kent: hij werkt in AzureCloud, AzureChinaCloud en AzureUSGovernment.`,
		suggestion: (active: string, command: string) =>
			`Zet az op een daarvan en meld je daar aan (${command} && az login, of AzureChinaCloud, AzureUSGovernment); voor een acr-wizard-sandbox die als ${active} is geregistreerd, sluit je aan met --sandbox <het env-bestand ervan>.`,
	},
	azure: {
		AuthorizationFailed: {
			message: 'Je account mag dit hier niet doen.',
			suggestion: 'Vraag een Owner of User Access Administrator van het abonnement om je toegang te geven, of om de getoonde opdracht uit te voeren.',
		},
		RoleAssignmentExists: {message: 'De roltoewijzing bestaat al.', suggestion: 'Niets te doen: de toegang is al verleend.'},
		MissingSubscriptionRegistration: {
			message: (target: string) => `Het abonnement is niet geregistreerd voor ${target}.`,
			suggestion: (target: string) => `az provider register --namespace ${target}`,
		},
		ResourceGroupNotFound: {
			message: 'De resourcegroep bestaat niet.',
			suggestion: 'Kies een bestaande resourcegroep, of maak er een in de wizard.',
		},
		ResourceNotFound: {
			message: 'Die resource bestaat niet (of je kunt hem niet zien).',
			suggestion: 'Controleer de naam en het abonnement: az resource list --name <naam> -o table',
		},
		AlreadyInUse: {message: 'Die registernaam is al in gebruik.', suggestion: 'Geef een andere --registry-name mee.'},
		RegistryNameNotAvailable: {message: 'Die registernaam is al in gebruik.', suggestion: 'Geef een andere --registry-name mee.'},
		InvalidAuthenticationToken: {message: 'Azure heeft het aanmeldingstoken niet geaccepteerd.', suggestion: 'az login'},
		ExpiredAuthenticationToken: {message: 'De aanmelding is verlopen.', suggestion: 'az login'},
		CredentialUnavailable: {message: 'Er zijn geen Azure-referenties beschikbaar.', suggestion: 'az login'},
		Throttled: {message: 'Azure beperkt op dit moment het aantal aanvragen.', suggestion: 'Wacht een minuut en probeer het opnieuw.'},
		network: {message: 'Azure is niet bereikbaar.', suggestion: 'Controleer je netwerkverbinding (en proxy-instellingen) en probeer het opnieuw.'},
		serverError: {
			message: 'Azure faalde aan zijn kant (een serverfout); de aanvraag kan bij een latere poging wel slagen.',
			suggestion: 'Start acr-wizard over een paar minuten opnieuw: wat al gemaakt is, wordt gevonden en behouden, niet twee keer gemaakt.',
		},
		timeout: {
			message: 'Azure heeft niet op tijd geantwoord.',
			suggestion: 'Probeer het opnieuw; als Azure traag is, geef je elke aanvraag meer tijd met ACR_WIZARD_CALL_TIMEOUT=<seconden>.',
		},
		RegistryQuotaExceeded: {
			message: 'Het abonnement heeft zijn quotum voor containerregisters bereikt.',
			suggestion:
				'Gebruik een bestaand register (--registry-name <naam>), verwijder er een dat je niet meer nodig hebt (az acr delete --name <naam>), of vraag meer quotum aan.',
		},
		unknown: (code: string) => `Azure heeft de aanvraag geweigerd (${code}).`,
		adapter: {
			timeout: (request: string, seconds: number) => `Geen antwoord op ${request} binnen ${seconds} s.`,
			leftBehind: (what: string, undo: string) => `${what} is achtergebleven; verwijder het met: ${undo}`,
			registryData: {
				catalog: 'de lijst met opslagplaatsen',
				repository: (repository: string) => `de tags van ${repository}`,
				image: (repository: string, tag: string) => `${repository}:${tag}`,
				signIn: 'een aanmeldingstoken',
				unauthorized: (server: string, what: string) =>
					`${server} heeft de referenties voor ${what} niet geaccepteerd: ze zijn onjuist of verlopen, of geven er geen toegang toe.`,
				denied: (server: string, what: string) =>
					`${server} weigerde ${what}: de firewall- of netwerkregels laten dit adres niet toe, of de referenties mogen het niet lezen.`,
				notFound: (server: string, what: string) => `${server} heeft geen ${what}.`,
				throttled: (server: string) => `${server} beperkt op dit moment het aantal aanvragen; wacht een minuut en probeer het opnieuw.`,
				failed: (server: string, what: string, status: number) => `${server} antwoordde HTTP ${status} op ${what}.`,
				noEntraToken: (server: string) => `Je Azure-aanmelding gaf geen token voor het gegevensvlak van ${server}. Meld je opnieuw aan met az login.`,
			},
		},
		entraCluster: {
			noToken: (serverId: string, detail: string) =>
				`Dit cluster gebruikt aanmelding met Microsoft Entra ID, en je Azure-aanmelding gaf geen token voor de servertoepassing ervan (${serverId})${detail ? `: ${detail}` : '.'} Meld je opnieuw aan met az login (met --tenant <de tenant van het cluster> als het in een andere tenant staat).`,
			timeout: (serverId: string, seconds: number) =>
				`Dit cluster gebruikt aanmelding met Microsoft Entra ID, en er kwam binnen ${seconds} s geen token voor de servertoepassing ervan (${serverId}). Controleer az account get-access-token --resource ${serverId} en probeer het opnieuw.`,
		},
	},
	kube: {
		Forbidden: {message: 'Het cluster weigerde dit voor jouw gebruiker.', suggestion: 'kubectl auth can-i --list'},
		Unauthorized: {
			message: 'Het cluster heeft je referenties niet geaccepteerd.',
			suggestion: 'Vernieuw ze: az aks get-credentials --resource-group <groep> --name <cluster> (of de eigen aanmelding van je cluster)',
		},
		NotFound: {message: 'Dat Kubernetes-object bestaat niet.', suggestion: 'kubectl get <kind> -A'},
		AlreadyExists: {message: 'Dat Kubernetes-object bestaat al.', suggestion: 'Kies een andere naam, of laat de wizard het bijwerken.'},
		Invalid: {message: 'Het cluster heeft het object als ongeldig geweigerd.', suggestion: 'Lees de veldfout hierboven en wijzig die waarde.'},
		network: {message: 'Het cluster is niet bereikbaar.', suggestion: 'kubectl cluster-info'},
		timeout: {
			message: 'Het cluster heeft niet op tijd geantwoord.',
			suggestion: 'kubectl cluster-info; als het cluster traag is, geef je elke aanvraag meer tijd met ACR_WIZARD_CALL_TIMEOUT=<seconden>.',
		},
		serverError: {
			message: 'De API-server van het cluster faalde aan zijn kant (een serverfout).',
			suggestion: 'Controleer het cluster (kubectl get --raw=/readyz) en start acr-wizard opnieuw: wat al gemaakt is, wordt gevonden en behouden.',
		},
		unknown: (reason: string) => `Het cluster heeft de aanvraag geweigerd (${reason}).`,
		admission: {
			podSecurityTitle: 'Pod Security weigert de pods',
			podSecurity: (namespace: string | undefined, level: string, wants: readonly string[]) =>
				`De naamruimte${namespace ? ` ${namespace}` : ''} dwingt de Pod Security-standaard "${level}" af (label pod-security.kubernetes.io/enforce), en de pod voldoet er niet aan: ${wants.join('; ')}.`,
			podSecurityFix: (namespace: string | undefined, level: string) =>
				`Implementeer een variant die aan "${level}" voldoet (installatiekopie zonder root, beperkte securityContext), of vraag het de beheerder van het cluster: kubectl get namespace ${namespace ?? '<naamruimte>'} --show-labels`,
			quotaTitle: 'Een ResourceQuota weigert de pods',
			quotaUnspecified: (namespace: string | undefined, quota: string, missing: readonly string[]) =>
				`De naamruimte${namespace ? ` ${namespace}` : ''} heeft de ResourceQuota ${quota}, die van elke container vraagt dat hij zijn resources opgeeft: ${missing.join('; ')}.`,
			quotaExceeded: (namespace: string | undefined, quota: string, requested: string, used: string, limited: string) =>
				`De naamruimte${namespace ? ` ${namespace}` : ''} heeft de ResourceQuota ${quota}, en de pod zou die overschrijden: aangevraagd ${requested}, gebruikt ${used}, limiet ${limited}.`,
			quotaFix: (namespace: string | undefined) =>
				`Stel requests en limits binnen het quotum in, of vraag meer aan: kubectl describe resourcequota --namespace ${namespace ?? '<naamruimte>'}`,
			policyTitle: 'Een toegangsbeleid weigert de pods',
			gatekeeper: (namespace: string | undefined, constraints: readonly string[], wants: readonly string[]) =>
				`Azure Policy voor AKS (Gatekeeper) weigert de pod${namespace ? ` in de naamruimte ${namespace}` : ''}: ${constraints.map((constraint, index) => `beperking ${constraint}: ${wants[index] ?? ''}`).join('; ')}.`,
			webhook: (namespace: string | undefined, webhook: string, message: string) =>
				`De toegangswebhook ${webhook} weigert de pod${namespace ? ` in de naamruimte ${namespace}` : ''}: ${message}.`,
			validatingPolicy: (namespace: string | undefined, policy: string, binding: string, message: string) =>
				`De ValidatingAdmissionPolicy ${policy} (binding ${binding}) weigert de pod${namespace ? ` in de naamruimte ${namespace}` : ''}: ${message}.`,
			policyFix: (command: string) =>
				`Laat de pod aan het beleid voldoen, of vraag de beheerder van het cluster om een uitzondering; de beleidsregels toont ${command}`,
		},
		adapter: {
			kubeconfigMissing: (path: string) =>
				`Er is geen kubeconfig-bestand op ${path}. Haal er een op met az aks get-credentials --resource-group <groep> --name <cluster>, of geef --kubeconfig <pad> mee.`,
			kubeconfigNoneInList: (list: string) => `Geen van de bestanden in KUBECONFIG bestaat (${list}). Herstel KUBECONFIG, of geef --kubeconfig <pad> mee.`,
			kubeconfigUnreadable: (path: string, detail: string) => `De kubeconfig ${path} kon niet worden gelezen: ${detail}`,
			kubeconfigIsDirectory: 'het is een map, geen bestand',
			contextMissing: (name: string, available: string) =>
				`De kubeconfig heeft geen context met de naam "${name}" (wel: ${available || 'geen'}). Toon ze met kubectl config get-contexts.`,
			noCurrentContext: 'De kubeconfig noemt geen huidige context. Stel er een in met kubectl config use-context <naam>.',
			timeout: (server: string, seconds: number) => `Het cluster op ${server} heeft niet binnen ${seconds} s geantwoord.`,
			refused: (server: string) => `Niets antwoordde op ${server} (verbinding geweigerd): draait het cluster?`,
			unknownHost: (server: string) => `Het adres van het cluster in ${server} kan niet worden omgezet.`,
			tls: (server: string, detail: string) =>
				`De TLS-verbinding met ${server} is mislukt (${detail}): de certificate-authority in de kubeconfig past niet bij de server.`,
			failed: (server: string, detail: string) => `De aanvraag aan ${server} is mislukt (${detail}).`,
			unauthorized: (server: string) => `Het cluster op ${server} heeft de referenties uit de kubeconfig niet geaccepteerd (401 Unauthorized).`,
			status: (code: number) => `Het cluster antwoordde HTTP ${code}.`,
			watchFailed: (detail: string) => `Het volgen van de pods is mislukt: ${detail}`,
			kubeloginMissing: (user: string) =>
				`De kubeconfig-gebruiker ${user} meldt zich aan met Microsoft Entra ID via kubelogin, dat hier niet is geïnstalleerd. Installeer het met az aks install-cli (of via https://aka.ms/aks/kubelogin) en probeer het opnieuw.`,
			execPluginMissing: (user: string, command: string, hint: string) =>
				`De kubeconfig-gebruiker ${user} krijgt zijn token door ${command} uit te voeren, dat hier niet is geïnstalleerd.${hint ? ` ${hint}` : ''}`,
			execPluginTimeout: (command: string, seconds: number) =>
				`${command} gaf binnen ${seconds} s geen token: het wacht misschien op een aanmelding die het hier niet kan tonen. Meld je aan met az login, voer kubelogin convert-kubeconfig -l azurecli uit en probeer het opnieuw.`,
			tokenRenewalTimeout: (seconds: number) =>
				`Het Microsoft Entra ID-token van het cluster liep bijna af, en er kwam binnen ${seconds} s geen nieuw. Controleer je Azure-aanmelding met az account show en probeer het opnieuw.`,
			tokenRenewalFailed: (detail: string) =>
				`Het Microsoft Entra ID-token van het cluster liep bijna af, en je Azure-aanmelding gaf geen nieuw${detail ? ` (${detail})` : ''}. Meld je opnieuw aan met az login en probeer het opnieuw.`,
		},
	},
};
