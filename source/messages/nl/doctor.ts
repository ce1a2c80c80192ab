/** Berichten van `acr-wizard doctor`: de flags, de weigeringen, de woorden van elke controle en het rapport. */
import type {Catalog} from '../catalog.js';
import {plural} from './intl.js';

const list = (items: readonly string[]): string => (items.length === 0 ? '(geen)' : items.join(', '));

export const doctor: Catalog['doctor'] = {
	flags: {
		command: 'uitzoeken waarom een pod niet uit ACR kan ophalen, en de oplossing aanbieden',
		pod: 'de pod die wordt onderzocht (doctor: standaard elke pod die niet kan ophalen)',
		deployment: 'de deployment waarvan de pods worden onderzocht (doctor; niet met --pod)',
		registry: 'het register waaruit de pods moeten ophalen (doctor), op naam of aanmeldingsserver',
		json: 'het rapport als JSON afdrukken (schema: schemas/doctor.v1.schema.json)',
		watch: 'op het scherm blijven en de pods volgen (doctor, in een terminal)',
	},
	refusals: {
		podAndDeployment: '--pod en --deployment noemen allebei wat er onderzocht moet worden; geef er één op.',
		podAndDeploymentFix: 'acr-wizard doctor --pod <naam>, of acr-wizard doctor --deployment <naam>',
		unknownContext: (context: string, known: readonly string[]) => `De kubeconfig heeft geen context '${context}'. De contexten: ${list(known)}.`,
		unknownContextFix: 'kubectl config get-contexts toont ze; geef er een mee met --context <naam>.',
		noContext: 'De kubeconfig noemt geen huidige context, en --context is niet opgegeven.',
		noContextFix: 'kubectl config get-contexts toont ze; geef er een mee met --context <naam>.',
		unknownNamespace: (namespace: string, context: string) => `Het cluster van context '${context}' heeft geen naamruimte '${namespace}'.`,
		unknownNamespaceFix: (context: string) => `kubectl get namespaces --context ${context} toont ze; geef er een mee met --namespace <naam>.`,
		unknownPod: (pod: string, namespace: string) => `Er is geen pod '${pod}' in naamruimte '${namespace}'.`,
		unknownPodFix: (namespace: string, context: string) =>
			`kubectl get pods --namespace ${namespace} --context ${context} toont ze; geef er een mee met --pod <naam>.`,
		unknownDeployment: (deployment: string, namespace: string) => `Er is geen deployment '${deployment}' in naamruimte '${namespace}'.`,
		unknownDeploymentFix: (namespace: string, context: string) =>
			`kubectl get deployments --namespace ${namespace} --context ${context} toont ze; geef er een mee met --deployment <naam>.`,
		unknownRegistry: (registry: string, seen: readonly string[]) => `Geen register dat je kunt zien, heet '${registry}'. Registers: ${list(seen)}.`,
		unknownRegistryFix: 'az acr list --query "[].loginServer" toont ze; geef er een mee met --registry <naam>.',
		clusterUnreachable: (context: string, why: string) => `Het cluster van context '${context}' kan niet worden gelezen: ${why}`,
		clusterUnreachableFix: (context: string) => `kubectl cluster-info --context ${context} laat zien waar kubectl op stuit; los dat eerst op.`,
	},
	kubelet: {
		pullsTitle: 'De kubelet heeft de installatiekopie opgehaald',
		pulls: (image: string, status: string) => `${image} is opgehaald; de pod is ${status}.`,
		failsTitle: (code: string) => `De kubelet kan de installatiekopie niet ophalen (${code})`,
		fails: (image: string) => `De eigen woorden van de kubelet over ${image}, geciteerd zoals hij ze schreef.`,
		unexplainedTitle: 'Geen enkele controle verklaart deze fout',
		unexplained: (ruledOut: readonly string[]) =>
			`De pull mislukt en geen van de controles van doctor vindt waarom. Uitgesloten: ${ruledOut.length === 0 ? 'er kon niets worden gecontroleerd' : ruledOut.join('; ')}. Lees de woorden van de kubelet hieronder en de gebeurtenissen van de pod.`,
		unreadableTitle: (source: string) => `${source} kon niet worden gelezen`,
		unreadable: (source: string) => `${source} kon niet worden gelezen, dus de controles die het nodig hebben, zijn niet uitgevoerd.`,
	},
	checks: {
		registry: {
			foundTitle: 'De installatiekopie noemt een register dat je kunt zien',
			found: (host: string, id: string) => `${host} is de aanmeldingsserver van ${id}.`,
			notFoundTitle: 'De installatiekopie noemt geen register dat je kunt zien',
			typo: (host: string, closest: string) =>
				`Geen register heeft de aanmeldingsserver ${host}; ${closest} scheelt een of twee letters: de registernaam in de installatiekopie bevat een tikfout.`,
			notFound: (host: string, count: number) =>
				`Geen van de ${count} registers die je kunt zien (in elk abonnement) heeft de aanmeldingsserver ${host}: de naam is onjuist, of het register staat in een tenant waarbij je niet bent aangemeld.`,
			seen: (servers: readonly string[]) => `registers die je kunt zien: ${list(servers)}`,
			useImage: (image: string) => `gebruik de installatiekopie ${image}`,
			privateTitle: 'Het register is alleen bereikbaar via een privé-eindpunt',
			privateRefused: (name: string, zone: string) =>
				`${name} heeft openbare netwerktoegang uitgeschakeld en de knooppunten worden geweigerd: ze zetten de naam om naar het openbare adres, dus de DNS-zone van het privé-eindpunt (${zone}) is niet gekoppeld aan het netwerk van het cluster.`,
			otherCloudTitle: 'De installatiekopie noemt een register van een andere Azure-cloud',
			otherCloud: (host: string, imageCloud: string, cloud: string, suffix: string) =>
				`${host} is een register van ${imageCloud}, maar dit cluster en je registers staan in ${cloud} (<naam>${suffix}): een aanmelding, een kubelet-identiteit of een rol van de ene cloud is niet geldig in een andere, dus de pull wordt geweigerd.`,
			otherCloudSame: (host: string, here: string) =>
				`${here} in deze cloud heeft dezelfde naam: de installatiekopie is geschreven voor een andere cloud dan die van ${host}.`,
			importAcross: (image: string, suffix: string) =>
				`az acr import --name <register> --source ${image} --image <opslagplaats>:<tag> --username <gebruiker> --password <wachtwoord>, en gebruik dan <register>${suffix}/<opslagplaats>:<tag>`,
			privateOkTitle: 'Het register is privé, en het cluster bereikt het',
			privateOk: (name: string) => `${name} heeft openbare netwerktoegang uitgeschakeld; de pull is niet op het netwerk mislukt.`,
			firewallTitle: 'De firewall van het register laat het cluster niet toe',
			firewall: (name: string, rules: readonly string[]) =>
				`${name} weigert standaard en staat alleen ${list(rules)} toe: het uitgaande adres van het cluster hoort daar niet bij, dus het register antwoordt 403 Forbidden.`,
			openTitle: 'Het netwerk van het register laat het cluster toe',
			open: (name: string) => `${name} accepteert openbaar verkeer.`,
		},
		identity: {
			missingTitle: 'De kubelet-identiteit heeft geen pull-rol op het register',
			missing: (registry: string, cluster: string) =>
				`De kubelet-identiteit van ${cluster} heeft geen AcrPull (of een andere rol waarmee je kunt ophalen) op ${registry}: het register weigert zijn token met 401 Unauthorized.`,
			abacTitle: 'Het register gebruikt opslagplaatsmachtigingen, en de kubelet heeft er geen voor deze opslagplaats',
			abac: (registry: string, repository: string, cluster: string) =>
				`${registry} staat in ABAC-modus (roleAssignmentMode AbacRepositoryPermissions): AcrPull telt daar niet, en de kubelet-identiteit van ${cluster} heeft geen Container Registry Repository Reader die '${repository}' dekt.`,
			noAssignments: (objectId: string) => `geen roltoewijzing van ${objectId} geldt op het register`,
			propagatingTitle: 'De pull-rol is nieuw en heeft het register misschien nog niet bereikt',
			propagating: (role: string, registry: string) =>
				`De ${role} van de kubelet op ${registry} is een paar minuten geleden verleend; een nieuwe roltoewijzing heeft een paar minuten nodig voordat pulls hem zien (tot 10 via een groep). Wacht, en herstart dan de pods.`,
			groupPropagatingTitle: 'De pull-rol komt via een groep en is nieuw: hij heeft het register nog niet bereikt',
			groupPropagating: (role: string, registry: string, group: string) =>
				`De kubelet-identiteit is lid van de groep ${group}, die een paar minuten geleden ${role} op ${registry} heeft gekregen: een rol via een groep heeft langer nodig voordat pulls hem zien (10 minuten en meer). Verleen hem niet opnieuw: wacht, en herstart dan de pods.`,
			grantedTitle: 'De kubelet-identiteit mag uit het register ophalen',
			granted: (role: string, registry: string) => `De kubelet-identiteit heeft ${role} op ${registry}.`,
			refusedTitle: 'De kubelet heeft een pull-rol, maar het register weigert hem toch',
			refused: (role: string, registry: string, cluster: string) =>
				`De kubelet-identiteit van ${cluster} heeft ${role} op ${registry}, en krijgt toch 401: de knooppunten presenteren die identiteit niet (ze is verwijderd uit de schaalsets van de knooppuntgroepen).`,
			poolRefusedTitle: (pool: string) => `De knooppunten van groep ${pool} worden geweigerd, hoewel de kubelet-identiteit mag ophalen`,
			poolRefused: (pool: string, role: string, registry: string, cluster: string, pools: readonly string[]) =>
				`De kubelet-identiteit van ${cluster} heeft ${role} op ${registry}, maar de pod op groep ${pool} krijgt 401: de knooppunten van die groep halen op als een andere identiteit (een groep met een eigen kubelet-identiteit, of die van het cluster is uit de schaalset verwijderd). ${cluster} heeft de knooppuntgroepen ${list(pools)}; geef de identiteit van ${pool} AcrPull, of geef zijn schaalset de kubelet-identiteit.`,
			assignIdentityCommand: (resourceId: string) =>
				`az vmss identity assign --resource-group <knooppuntresourcegroep> --name <schaalset-van-knooppuntgroep> --identities ${resourceId}`,
			deletedTitle: 'De kubelet-identiteit is verwijderd',
			deleted: (cluster: string, resourceId: string) =>
				`${cluster} noemt de kubelet-identiteit ${resourceId}, die niet meer bestaat: er is geen token voor te krijgen, dus elke pull wordt geweigerd.`,
			notInDirectory: (objectId: string) => `service-principal ${objectId}: niet gevonden in de directory`,
			recreateIdentityCommand: (cluster: string, resourceGroup: string) =>
				`az aks update --name ${cluster} --resource-group ${resourceGroup} --assign-kubelet-identity <resource-id van de nieuwe identiteit>, en dan az aks update --attach-acr`,
			servicePrincipalExpiredTitle: 'Het geheim van de service-principal van het cluster is verlopen',
			servicePrincipalExpired: (cluster: string, appId: string, end: string) =>
				`${cluster} heeft geen beheerde identiteit: de knooppunten halen op als de service-principal ${appId}, waarvan het laatste geheim op ${end} is verlopen: de tokenaanvragen mislukken, dus elke pull antwoordt 401 totdat de referenties van het cluster opnieuw zijn ingesteld.`,
			otherTenantTitle: 'Het register staat in een andere tenant dan het cluster',
			otherTenant: (registry: string, registryTenant: string, cluster: string, clusterTenant: string) =>
				`${registry} staat in tenant ${registryTenant} en ${cluster} in tenant ${clusterTenant}: een rol op het register kan de beheerde identiteit van de kubelet uit een andere tenant niet noemen (PrincipalNotFound), dus --attach-acr kan niet werken. Haal op met een geheim: een token met opslagplaatsbereik van ${registry}.`,
			useSecret: (secret: string) => `voeg imagePullSecrets: [{name: ${secret}}] toe aan de podsjabloon (of aan het serviceaccount ervan)`,
			servicePrincipalTitle: 'Het cluster haalt op met een service-principal',
			servicePrincipal: (cluster: string, appId: string) =>
				`${cluster} heeft geen beheerde identiteit: de knooppunten halen op als de service-principal ${appId}; als het geheim daarvan verloopt, antwoordt elke pull 401 totdat de referenties van het cluster opnieuw zijn ingesteld.`,
		},
		secrets: {
			missingTitle: (name: string) => `Het pull-geheim '${name}' is er niet`,
			missing: (name: string, namespace: string) =>
				`De pod noemt het pull-geheim '${name}', dat niet bestaat in naamruimte ${namespace}: de kubelet haalt op zonder.`,
			elsewhere: (name: string, namespace: string, others: readonly string[]) =>
				`De pod noemt het pull-geheim '${name}', dat niet in zijn naamruimte ${namespace} staat maar in ${list(others)}: een pod kan alleen de geheimen van zijn eigen naamruimte gebruiken.`,
			namedBy: (name: string, by: string) => `imagePullSecrets van ${by}: ${name}`,
			typeTitle: (name: string) => `Het pull-geheim '${name}' is niet van een docker-type`,
			type: (name: string, type: string) =>
				`'${name}' is van het type ${type}: de kubelet leest alleen geheimen van kubernetes.io/dockerconfigjson en kubernetes.io/dockercfg, en negeert dit.`,
			serverTitle: (name: string) => `Het pull-geheim '${name}' noemt een andere server`,
			server: (name: string, servers: readonly string[], host: string) =>
				`'${name}' bevat referenties voor ${list(servers)}, niet voor ${host}: de kubelet vergelijkt de server exact, dus hij stuurt er geen.`,
			noCredentialTitle: 'De pod heeft geen bruikbare referenties voor het register',
			noCredential: (context: string, host: string) =>
				`Het cluster van ${context} is geen AKS-cluster dat doctor kan zien, dus de knooppunten hebben geen identiteit die het register kent: het haalt alleen op uit ${host} met een docker config-pull-geheim voor die server, en de pod heeft er geen dat de kubelet kan gebruiken.`,
			okTitle: (name: string) => `Het pull-geheim '${name}' is een docker config voor het register`,
			ok: (name: string, host: string) => `'${name}' bevat referenties voor ${host}.`,
		},
		credentials: {
			trialAccepted: (host: string) => `geprobeerd bij de tokenuitwisseling van ${host}: geaccepteerd`,
			trialRefused: (host: string, words: string) => `geprobeerd bij de tokenuitwisseling van ${host}: geweigerd (${words})`,
			unknownTitle: 'De gebruikersnaam in het geheim is er geen die Azure kent voor dit register',
			unknown: (secret: string, username: string) =>
				`'${secret}' meldt zich aan als ${username}, en dat is niet de beheerdersgebruiker, geen token van het register en geen service-principal die doctor kan vinden.`,
			adminOffTitle: 'Het geheim gebruikt de beheerdersgebruiker, die is uitgeschakeld',
			adminOff: (registry: string, secret: string) =>
				`'${secret}' meldt zich aan als de beheerdersgebruiker van ${registry}, en de beheerdersgebruiker is uitgeschakeld.`,
			adminOkTitle: 'Het geheim gebruikt de beheerdersgebruiker, die is ingeschakeld',
			adminOk: (registry: string) => `De beheerdersgebruiker van ${registry} is ingeschakeld.`,
			passwordTitle: 'Het register weigert het wachtwoord in het geheim',
			adminPassword: (secret: string, registry: string) =>
				`'${secret}' meldt zich aan als de beheerdersgebruiker van ${registry} en wordt geweigerd: het wachtwoord is niet meer actueel (sindsdien vernieuwd met az acr credential renew).`,
			credentialShowCommand: (registry: string) => `az acr credential show --name ${registry}`,
			tokenDisabledTitle: 'Het token in het geheim is uitgeschakeld',
			tokenDisabled: (token: string, registry: string) => `'${token}' is een token van ${registry} en is uitgeschakeld: het register weigert het.`,
			tokenExpiredTitle: 'Het tokenwachtwoord in het geheim is verlopen',
			tokenExpired: (token: string, ended: readonly string[]) =>
				`Elk wachtwoord van het token '${token}' is verlopen (${list(ended)}): het register weigert het met 401 Unauthorized.`,
			scopeTitle: 'De bereiktoewijzing van het token dekt de opslagplaats niet',
			scope: (token: string, scopeMap: string, repository: string) =>
				`Het token '${token}' mag alleen lezen wat zijn bereiktoewijzing '${scopeMap}' toestaat, en die heeft geen content/read op '${repository}': het register antwoordt insufficient_scope.`,
			tokenOkTitle: 'Het token mag de opslagplaats lezen',
			tokenOk: (token: string, repository: string) => `'${token}' is ingeschakeld en zijn bereiktoewijzing dekt '${repository}'.`,
			tokenPassword: (secret: string, token: string) =>
				`'${secret}' meldt zich aan als het token '${token}', dat is ingeschakeld en de opslagplaats dekt, en wordt geweigerd: het wachtwoord is onjuist of verlopen.`,
			tokenPasswordCommand: (token: string, registry: string) => `az acr token credential generate --name ${token} --registry ${registry} --password1`,
			spGoneTitle: 'De service-principal in het geheim bestaat niet',
			spGone: (appId: string, secret: string) => `'${secret}' meldt zich aan als ${appId}, en geen service-principal heeft die appId (hij is verwijderd).`,
			spNoRoleTitle: 'De service-principal in het geheim heeft geen pull-rol',
			spNoRole: (appId: string, registry: string) =>
				`De service-principal ${appId} heeft geen AcrPull (of een andere rol waarmee je kunt ophalen) op ${registry}.`,
			noRoles: 'geen pull-rol op het register',
			spOkTitle: 'De service-principal in het geheim mag ophalen',
			spOk: (appId: string, role: string) => `De service-principal ${appId} heeft ${role}.`,
			spPassword: (secret: string, appId: string) =>
				`'${secret}' meldt zich aan als de service-principal ${appId}, die mag ophalen, en wordt geweigerd: het wachtwoord is onjuist of verlopen.`,
			spResetCommand: (appId: string) => `az ad sp credential reset --id ${appId} --append --query password --output tsv`,
		},
		connected: {
			extensionOkTitle: (name: string) => `De extensie ${name} van het verbonden register is geïnstalleerd`,
			extensionOk: (name: string, version: string | undefined) => `${name} is Succeeded${version ? ` (versie ${version})` : ''}.`,
			extensionBadTitle: (name: string) => `De extensie ${name} van het verbonden register is niet geïnstalleerd`,
			extensionBad: (name: string, state: string, error: string) => `${name} staat op ${state}${error ? `: ${error}` : ''}.`,
			serviceOkTitle: (ip: string) => `De clusterIP ${ip} is de Service van het verbonden register`,
			serviceOk: (name: string, ip: string) => `Service ${name} heeft ${ip}.`,
			serviceMissingTitle: (ip: string) => `Geen Service heeft de clusterIP ${ip}`,
			serviceMissing: (ip: string, extension: string) =>
				`De extensie ${extension} is geconfigureerd met service.clusterIP=${ip}, en geen Service in naamruimte connected-registry heeft dat adres: niets antwoordt erop.`,
			onlineTitle: (name: string) => `Het verbonden register ${name} is online`,
			online: (name: string, lastSync: string) => `${name} is Online; laatste synchronisatie ${lastSync}.`,
			activeTitle: (name: string) => `Het verbonden register ${name} is geactiveerd`,
			active: (name: string) => `${name} is geactiveerd door de instantie in dit cluster.`,
			inactiveTitle: (name: string) => `Het verbonden register ${name} is niet geactiveerd`,
			inactive: (name: string, status: string) =>
				`De activeringsstatus van ${name} is ${status}: geen instantie heeft het met zijn verbindingsreeks geactiveerd.`,
			syncedTitle: (repository: string) => `'${repository}' valt binnen het synchronisatiebereik`,
			synced: (name: string, repositories: readonly string[]) => `${name} synchroniseert ${list(repositories)}.`,
			attachedTitle: (token: string) => `Het clienttoken ${token} is gekoppeld`,
			attached: (token: string, name: string) => `${name} accepteert ${token}.`,
		},
		local: {
			azMissingTitle: 'De Azure CLI is niet geïnstalleerd',
			azMissing: 'az staat niet in PATH: doctor leest Azure zelf, maar de oplossingen die het afdrukt zijn az-opdrachten, en die werken hier niet.',
			azInstall: 'installeer het: https://learn.microsoft.com/cli/azure/install-azure-cli',
			azUnreadableTitle: 'De versie van de Azure CLI kon niet worden gelezen',
			azUnreadable:
				'az version -o json antwoordde niet op tijd met een versie, dus de release kon niet worden vergeleken met de releases waarvan fouten bekend zijn.',
			azBadTitle: (version: string) => `Azure CLI ${version} heeft een bekende fout in een opdracht die doctor gebruikt`,
			azBad: (version: string, command: string, symptom: string, fixedIn: string | undefined, source: string) =>
				`In az ${version}: ${command} ${symptom} (${source})${fixedIn ? `; opgelost in ${fixedIn}` : ''}.`,
			azOkTitle: (version: string) => `Azure CLI ${version}`,
			azOk: (version: string) => `az ${version} heeft geen van de bekende fouten in de opdrachten die doctor gebruikt.`,
			upgrade: 'az upgrade',
			previewBrokenTitle: 'De extensie aks-preview kan niet laden met deze az',
			previewBroken: (version: string, minimum: string, core: string) =>
				`aks-preview ${version} heeft az ${minimum} of later nodig en az is ${core}: az aks-opdrachten mislukken zolang de extensie is geïnstalleerd.`,
			previewStaleTitle: 'Een verouderde extensie aks-preview vervangt az aks',
			previewStale: (version: string, minimum: string, core: string) =>
				`aks-preview ${version} (gemaakt voor az ${minimum}) vervangt de az aks-opdrachten van az ${core}: een extensie die zo ver achterloopt op de kern, faalt met ImportError-tracebacks of gedraagt zich als een oude release.`,
			previewUpdate: 'az extension update --name aks-preview',
			previewRemove: 'az extension remove --name aks-preview',
			previewOkTitle: 'De extensie aks-preview is actueel',
			previewOk: (version: string) => `aks-preview ${version} vervangt de az aks-opdrachten; hij past bij deze az.`,
			kubectlMissingTitle: 'kubectl is niet geïnstalleerd',
			kubectlMissing: 'kubectl staat niet in PATH: doctor leest het cluster zelf, maar de oplossingen die het afdrukt zijn kubectl-opdrachten.',
			kubectlInstall: 'az aks install-cli',
			kubectlOkTitle: (version: string) => `kubectl ${version}`,
			kubectlOk: 'kubectl is geïnstalleerd.',
			pluginMissingTitle: (command: string) => `De referentieplug-in ${command} uit de kubeconfig is niet geïnstalleerd`,
			pluginMissing: (user: string, command: string) =>
				`De kubeconfig-gebruiker ${user} meldt zich aan door ${command} uit te voeren, dat niet in PATH staat: kubectl en doctor bereiken het cluster pas als het is geïnstalleerd.`,
			pluginInstall: (command: string) => (/kubelogin/i.test(command) ? 'az aks install-cli' : `installeer ${command}, of zet het in PATH`),
			pluginOkTitle: (command: string) => `De referentieplug-in ${command} is geïnstalleerd`,
			pluginOk: (user: string, command: string) => `De kubeconfig-gebruiker ${user} voert ${command} uit, dat in PATH staat.`,
			sudoTitle: 'doctor draait als root via sudo, met een leeg az-profiel',
			sudo: (user: string, dir: string) =>
				`sudo draait doctor als root, dus az en doctor lezen het profiel van root in ${dir}, waarin geen aanmelding staat; de eigen az login van ${user} wordt niet gebruikt.`,
			sudoRun: 'voer acr-wizard doctor uit zonder sudo',
			sudoConfigDir: (user: string) => `sudo AZURE_CONFIG_DIR=~${user}/.azure acr-wizard doctor`,
			unreachableTitle: 'Het cluster is niet bereikbaar',
			unreachable: (context: string, why: string) => `Het cluster van context '${context}' kan niet worden gelezen: ${why}`,
		},
		image: {
			notFoundTitle: 'De installatiekopie staat niet in het register',
			notFound: (image: string, registry: string) =>
				`${registry} heeft geen ${image}: de opslagplaats of de tag bestaat niet (een tikfout, of hij is nooit gepusht of geïmporteerd).`,
			repositoryMissing: (repository: string, registry: string) =>
				`${registry} heeft geen opslagplaats '${repository}' (gelezen uit het gegevensvlak): ze is nooit gepusht of geïmporteerd, of de naam bevat een tikfout.`,
			tagMissing: (tag: string, repository: string, registry: string, tags: readonly string[]) =>
				`De opslagplaats '${repository}' van ${registry} heeft geen tag '${tag}' (gelezen uit het gegevensvlak); de tags: ${list(tags)}.`,
			contentOkTitle: (image: string) => `Het register bevat ${image}`,
			contentOk: (image: string, registry: string) => `${registry} heeft ${image} (gelezen uit het gegevensvlak).`,
			contentUnreadableTitle: 'De inhoud van het register kon niet worden gelezen',
			contentUnreadable: (registry: string, image: string) =>
				`doctor kon ${image} niet lezen uit het gegevensvlak van ${registry} met jouw aanmelding, dus of het bestaat, wordt afgeleid uit de woorden van de kubelet.`,
			platformTitle: 'De installatiekopie is niet gebouwd voor het platform van het knooppunt',
			platform: (image: string, wanted: string, node: string, pool: string | undefined) =>
				`${image} heeft geen manifest voor ${wanted}, het platform van knooppunt ${node}${pool ? ` (groep ${pool})` : ''}.`,
			buildCommand: (image: string) => `docker buildx build --platform linux/amd64,linux/arm64 --tag ${image} --push .`,
			rateLimitedTitle: 'Het openbare register beperkt de pulls van het cluster',
			rateLimited: (host: string) => `${host} weigert voorlopig meer anonieme pulls vanaf het adres van het cluster (429 toomanyrequests).`,
			importHint: (image: string) => `az acr import --name <register> --source ${image} (en haal het dan op uit je register)`,
			invalidNameTitle: 'De verwijzing naar de installatiekopie is ongeldig',
			invalidName: (image: string) => `'${image}' is geen geldige verwijzing naar een installatiekopie (namen van opslagplaatsen zijn in kleine letters).`,
			tlsTitle: 'De knooppunten vertrouwen het certificaat van het register niet',
			tls: (host: string) =>
				`Het TLS-certificaat voor ${host} is ondertekend door een instantie die de knooppunten niet vertrouwen: een firewall die TLS inspecteert, ondertekent het opnieuw.`,
			tlsHint: 'zonder *.azurecr.io en de gegevenseindpunten van het register uit van TLS-inspectie',
			tlsHintFor: (suffix: string) => `zonder *${suffix} en de gegevenseindpunten van het register uit van TLS-inspectie`,
			timeoutTitle: 'De knooppunten kunnen het register niet bereiken',
			timeout: (host: string) => `Verbindingen van de knooppunten naar ${host} verlopen: een uitgaande firewall of route laat ze vallen.`,
			egressHint: (host: string, suffix: string) =>
				`sta ${host} en zijn gegevenseindpunt (<register>.<regio>.data${suffix}) toe op poort 443 in de uitgaande firewall`,
			dnsTitle: 'De knooppunten kunnen de naam van het register niet omzetten',
			dns: (host: string) =>
				`De DNS-server van de knooppunten zet ${host} niet om: een aangepaste DNS-server die niet doorstuurt naar Azure DNS (168.63.129.16).`,
			dnsHint: (host: string, zone: string) =>
				`stuur ${host.split('.').slice(1).join('.')} (en ${zone}) vanaf de aangepaste DNS-server door naar 168.63.129.16`,
		},
	},
	report: {
		title: (context: string, pods: number) => `acr-wizard doctor · context ${context} · ${plural(pods, {one: '1 pod', other: `${pods} pods`})} onderzocht`,
		noPods: 'Geen enkele pod kan niet ophalen (en er is er geen genoemd): niets te diagnosticeren.',
		sound: 'Het ophaalpad is in orde.',
		problems: (count: number) => `${plural(count, {one: '1 probleem', other: `${count} problemen`})} gevonden; het eerste verklaart de woorden van de kubelet.`,
		evidence: 'bewijs',
		fix: 'oplossing',
		canRun: (count: number) =>
			`doctor kan ${plural(count, {one: 'deze wijziging', other: `deze ${count} wijzigingen`})} voor je maken: voer acr-wizard doctor uit in een terminal om de oplossing toe te passen.`,
		took: (ms: number) => `rapport in ${ms} ms`,
		planTitle: 'Herstellen wat doctor heeft gevonden',
		applyQuestion: 'De oplossing toepassen?',
		watching: 'Wachten tot de pod draait…',
		recovered: (pods: string) => `De pods halen nu op en draaien (${pods}).`,
		notRecovered: (pods: string) => `De pods draaien nog niet (${pods}); voer acr-wizard doctor opnieuw uit.`,
	},
	screen: {
		title: 'acr-wizard doctor: waarom kan deze pod niet ophalen?',
		phases: {
			target: 'De context, naamruimte en pod controleren',
			facts: 'De pods, gebeurtenissen, geheimen, registers, rollen en tokens lezen (tegelijk)',
			checks: 'De controles uitvoeren',
		},
		apply: 'De oplossing toepassen en dan de pod volgen',
		quit: 'Stoppen',
		nothingToRun: 'Niets hier is een wijziging die doctor voor je kan maken: de opdrachten hierboven moet je zelf uitvoeren.',
		nothingToRunWatch: 'Niets hier is een wijziging die doctor voor je kan doen: de opdrachten hierboven voer je zelf uit. Intussen de pods volgen?',
		watchOnly: 'De pods volgen zonder oplossing',
	},
	actions: {
		assignRole: (role: string, principal: string, scope: string) => `${role} op ${scope.split('/').at(-1) ?? scope} verlenen aan ${principal}`,
		importImage: (source: string, target: string, registry: string) => `${source} importeren in ${registry} als ${target}`,
		updateScopeMap: (scopeMap: string) => `De bereiktoewijzing ${scopeMap} de opslagplaats laten lezen`,
		rewriteSecret: (name: string, server: string) => `Het pull-geheim ${name} herschrijven als docker config voor ${server}`,
		setImage: (deployment: string, image: string) => `Deployment ${deployment} op ${image} richten`,
		restartPods: (selector: string) => `De pods ${selector} herstarten`,
		undoAssignRole: (role: string, principal: string, registry: string) => `De ${role}-toewijzing die doctor aan ${principal} gaf op ${registry} intrekken`,
		enableToken: (token: string) => `Het token ${token} inschakelen`,
		renewTokenPassword: (token: string, slot: string, secret: string) =>
			`Een nieuwe ${slot} genereren voor het token ${token} en die in het pull-geheim ${secret} schrijven`,
		attachClientToken: (token: string, connected: string) => `Het clienttoken ${token} koppelen aan het verbonden register ${connected}`,
		roleNotFound: (role: string) => `De rol '${role}' is niet gedefinieerd op het bereik van het register.`,
		secretGone: (name: string) => `Het geheim '${name}' is weg.`,
	},
};
