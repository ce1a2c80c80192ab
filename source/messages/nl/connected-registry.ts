/** Berichten van het pad voor een verbonden register (seed 004): een verbonden ACR-register in een cluster met Azure Arc, bereikbaar op een clusterIP. */
import type {Catalog} from '../catalog.js';
import {plural} from './intl.js';

const list = (items: readonly string[]) => items.join(', ');

export const connectedRegistry: Catalog['connectedRegistry'] = {
	noRegistry: 'Er is geen register gekozen, dus er is geen cloudregister waarmee het verbonden register kan synchroniseren.',
	noRegistryFix: 'Ga terug en kies of maak eerst een Premium-register.',
	prerequisites: {
		title: 'Vereisten voor het verbonden register',
		planTitle: 'Het register klaarmaken voor een verbonden register',
		skuSentence: (name: string, sku: string) => `${name} upgraden van ${sku} naar Premium`,
		skuNote: (sku: string) =>
			`Verbonden registers hebben de Premium-laag nodig. Premium kost meer dan ${sku} (ongeveer 1,67 USD per dag, tegenover 0,17 voor Basic en 0,67 voor Standard, plus opslag); de prijs geldt vanaf de upgrade. Je kunt teruggaan met az acr update --sku ${sku} zodra er geen verbonden register meer is.`,
		dataEndpointSentence: (name: string) => `Het toegewezen gegevenseindpunt van ${name} inschakelen`,
		dataEndpointNote: (endpoint: string) =>
			`Het verbonden register synchroniseert via ${endpoint}; firewallregels die de eindpunten van het register noemen, moeten dit eindpunt toevoegen.`,
		basicStopped: (name: string, sku: string) => `${name} is een ${sku}-register; een verbonden register heeft Premium nodig.`,
		basicStoppedFix: (name: string) => `az acr update --name ${name} --sku Premium`,
		dataEndpointOff: (name: string) => `Het toegewezen gegevenseindpunt van ${name} staat uit; een verbonden register synchroniseert erdoor.`,
		dataEndpointFix: (name: string) => `az acr update --name ${name} --data-endpoint-enabled true`,
		upgradeDone: 'Nu Premium',
		endpointDone: (endpoint: string) => `Gegevenseindpunt ${endpoint}`,
		provider: (namespace: string) => `De resourceprovider ${namespace} is niet geregistreerd in het abonnement.`,
		providerFix: (namespace: string) => `az provider register --namespace ${namespace}`,
		providerSentence: (namespace: string) => `De resourceprovider ${namespace} registreren`,
		providerDone: (state: string) => `Provider ${state}`,
		clusterQuestion: 'Welk cluster met Azure Arc moet het verbonden register draaien?',
		clusterHint: 'Verbonden clusters (Microsoft.Kubernetes/connectedClusters) van het abonnement.',
		clusterLabel: (name: string, group: string) => `${name} (${group})`,
		noClusters: 'Het abonnement heeft geen cluster met Azure Arc (verbonden cluster) waarin het verbonden register kan draaien.',
		noClustersFix:
			'Verbind eerst een cluster: az connectedk8s connect --name <cluster> --resource-group <groep> (met kubectl erop gericht) en start de wizard opnieuw.',
		unknownCluster: (value: string) => `Er is geen verbonden cluster ${value} in het abonnement.`,
		contextQuestion: (cluster: string) => `Met welke kubeconfig-context bereik je ${cluster}?`,
		contextHint: 'De wizard leest daarmee het servicebereik en volgt er de pods van het verbonden register mee.',
		noContext: 'Er is geen kubeconfig-context gevonden voor het Arc-cluster.',
		noContextFix: (cluster: string, group: string) =>
			`az connectedk8s proxy --name ${cluster} --resource-group ${group} (in een andere terminal) geeft kubectl er een context voor.`,
		repositoriesQuestion: 'Welke opslagplaatsen moet het verbonden register synchroniseren?',
		repositoriesHint: 'Namen van opslagplaatsen van het cloudregister, gescheiden door komma’s, bijvoorbeeld hello-world.',
		repositoriesPickHint: (registry: string) => `De opslagplaatsen van ${registry}; vink er een of meer aan.`,
		repositoriesUnreadable: (why: string) =>
			`De lijst met opslagplaatsen van het register kon niet worden gelezen (${why}); typ de namen, gescheiden door komma’s, bijvoorbeeld hello-world.`,
		sampleToImport: (source: string) => `nog niet in het register: de wizard importeert het eerst uit ${source}`,
		repositoryMissing: (missing: readonly string[], registry: string, existing: readonly string[], importFix: string) =>
			`Niet in ${registry}: ${list(missing)} (het register heeft: ${existing.length > 0 ? list(existing) : 'nog geen opslagplaatsen'}). Een verbonden register synchroniseert alleen opslagplaatsen die bestaan: importeer eerst de installatiekopie (${importFix}), of kies hello-world, dat de wizard voor je importeert.`,
		importSentence: (source: string, registry: string, image: string) => `${source} importeren in ${registry} als ${image}`,
		imported: (image: string) => `${image} geïmporteerd`,
		alreadyThere: (image: string) => `${image} is er al; niets geïmporteerd`,
	},
	create: {
		title: 'Verbonden register',
		nameQuestion: 'Naam van het verbonden register:',
		nameHint: '5 tot 40 tekens: kleine letters en cijfers, beginnend met een letter (de handleiding van Microsoft gebruikt myconnectedregistry).',
		nameLength: (length: number) => `De naam heeft ${plural(length, {one: '1 teken', other: `${length} tekens`})}; er zijn er 5 tot 40 nodig.`,
		nameCharacters: 'Gebruik alleen kleine letters a-z en cijfers 0-9, beginnend met een letter.',
		nameTaken: (name: string, registry: string, state: string) =>
			`${registry} heeft al een verbonden register ${name} (${state}); kies een andere naam, of verwijder het met az acr connected-registry delete --registry ${registry} --name ${name} --cleanup.`,
		modeQuestion: 'Modus:',
		readOnly: 'ReadOnly',
		readOnlyHint: 'clients halen alleen op (de veilige standaard)',
		readWrite: 'ReadWrite',
		readWriteHint: 'clients halen op en pushen; het synchronisatietoken mag naar het cloudregister schrijven',
		scheduleQuestion: 'Synchronisatieschema (cron):',
		scheduleHint: 'Wanneer het verbonden register synchroniseert met het cloudregister; * * * * * is elke minuut.',
		scheduleInvalid: 'Een cron-schema heeft vijf velden: minuut uur dag-van-de-maand maand dag-van-de-week, bijvoorbeeld 0 9 * * *.',
		cronFields: {minute: 'minuut', hour: 'uur', dayOfMonth: 'dag van de maand', month: 'maand', dayOfWeek: 'dag van de week'},
		scheduleOutOfRange: (field: string, name: string, low: number, high: number) => `${field}: het veld ${name} accepteert ${low} tot ${high}.`,
		windowQuestion: 'Synchronisatievenster (ISO 8601-duur):',
		windowHint: 'Hoe lang elke geplande synchronisatie mag duren, bijvoorbeeld PT4H; nodig bij elk schema behalve elke minuut.',
		windowInvalid: 'Schrijf een duur zoals PT4H, PT30M of P1D.',
		windowRequired: 'Een ander schema dan elke minuut heeft een synchronisatievenster nodig, bijvoorbeeld PT4H.',
		logLevelQuestion: 'Logboekniveau:',
		logLevelHint: 'Hoeveel het verbonden register naar zijn logboek schrijft (kubectl logs).',
		planTitle: (name: string) => `Het verbonden register ${name} maken`,
		sentence: (name: string, registry: string, mode: string, repositories: readonly string[]) =>
			`Het verbonden ${mode}-register ${name} van ${registry} maken, dat ${list(repositories)} synchroniseert, met zijn synchronisatiebereiktoewijzing en -token ${name}`,
		note: (name: string) =>
			`De synchronisatiebereiktoewijzing ${name} staat content/read en metadata/read toe op elke opslagplaats (ReadWrite voegt content/write, content/delete, metadata/write toe) en gateway/${name}/config/read|config/write|message/read|message/write.`,
		done: (state: string) => `Gemaakt; verbindingsstatus ${state}`,
		undo: (name: string) => `Het verbonden register ${name} verwijderen, met zijn synchronisatietoken en bereiktoewijzing`,
	},
	connection: {
		planTitle: 'Verbindingsreeks',
		sentence: (token: string) => `password1 van het synchronisatietoken ${token} genereren voor de verbindingsreeks`,
		note: 'De verbindingsreeks bevat het wachtwoord van het synchronisatietoken: ze blijft in het geheugen, gaat als beveiligde instelling naar de extensie, en wordt nooit getoond of in een logboek geschreven.',
		done: 'Wachtwoord gegenereerd; de verbindingsreeks blijft in het geheugen',
		exportQuestion: 'Ook het bestand met beveiligde instellingen schrijven (protected-settings-extension.json)?',
		exportHint: 'De handleiding van Microsoft schrijft het voor az k8s-extension create --config-protected-file; het bevat het wachtwoord.',
		exportNo: 'Nee, alleen in het geheugen houden',
		exportYes: 'Ja, schrijven (modus 0600)',
		exportPathQuestion: 'Waar moet het bestand worden geschreven?',
		written: (path: string) => `${path} geschreven (modus 0600, bevat het wachtwoord van het synchronisatietoken: verwijder het als je klaar bent)`,
	},
	clusterIP: {
		title: 'ClusterIP van de Service',
		question: 'clusterIP van de Service van het verbonden register:',
		hint: (range: string) => `Het moet in het servicebereik ${range} van het cluster liggen en vrij zijn.`,
		hintManaged: (range: string) => `Het moet in het servicebereik ${range} van het AKS-cluster liggen (zijn networkProfile.serviceCidr) en vrij zijn.`,
		unknownRange: 'De API-server heeft zijn servicebereik niet genoemd.',
		outside: (ip: string, range: string) => `${ip} ligt niet in het geldige bereik: de services van het cluster krijgen adressen uit ${range}.`,
		inUse: (ip: string) => `${ip} is al in gebruik door een andere Service; kies een vrij adres.`,
		notAnAddress: (value: string) => `${value} is geen IPv4-adres zoals 192.100.100.1.`,
	},
	extension: {
		title: 'Arc-extensie voor het verbonden register',
		planTitle: (cluster: string) => `De extensie voor het verbonden register installeren op ${cluster}`,
		sentence: (name: string, cluster: string, ip: string) =>
			`De extensie ${name} (Microsoft.ContainerRegistry.ConnectedRegistry) installeren op ${cluster}, bereikbaar op ${ip}`,
		note: 'Veilige standaarden, zoals de handleiding van Microsoft ze instelt: HTTPS, cert-manager geïnstalleerd en ingeschakeld, vertrouwen verspreid naar elk knooppunt. De verbindingsreeks gaat mee als beveiligde instelling.',
		progress: (status: string, seconds: number) => `De extensie wordt geïnstalleerd: ${status} (${seconds} s)`,
		done: (state: string) => `Extensie ${state}`,
		failed: (name: string) => `De extensie voor het verbonden register ${name} is geëindigd met Failed.`,
		arcSays: (message: string) => `Arc zegt: ${message}`,
		failedFix: (name: string, cluster: string, group: string) =>
			`Zie kubectl get pod -n connected-registry en az k8s-extension show --name ${name} --cluster-name ${cluster} --resource-group ${group} --cluster-type connectedClusters; verwijder de extensie voordat je hem opnieuw installeert.`,
		statusLine: (level: string, message: string) => `${level}: ${message}`,
		undo: (name: string) => `De extensie ${name} verwijderen (de pods, Service en claim gaan mee)`,
	},
	verify: {
		title: 'Het verbonden register controleren',
		waiting: (state: string, seconds: number) => `Verbonden register ${state} (${seconds} s); wachten op Online`,
		online: (name: string, lastSync: string) => `${name} is Online; laatste synchronisatie ${lastSync}`,
		showColumns: ['NAME', 'MODE', 'CONNECTION STATE', 'PARENT', 'LOGIN SERVER', 'LAST SYNC(UTC)', 'SYNC SCHEDULE', 'SYNC WINDOW'],
		podColumns: ['NAME', 'READY', 'STATUS'],
		service: (name: string, ip: string) => `Service ${name} op ${ip}`,
		claim: (name: string, phase: string, storageClass: string) => `Claim ${name} ${phase} (${storageClass})`,
		notOnline: (name: string, state: string) => `Het verbonden register ${name} bleef ${state}.`,
		syncPasswordRefused: (server: string) =>
			`De extensie kon het verbonden register niet starten: ${server} weigert het wachtwoord van het synchronisatietoken uit de verbindingsreeks (UNAUTHORIZED); het is onjuist of is vernieuwd sinds de verbindingsreeks is gemaakt.`,
		unauthorized:
			'De pod logt {"code":"UNAUTHORIZED","message":"Incorrect Password"}: het wachtwoord van het synchronisatietoken in de verbindingsreeks is onjuist of is vernieuwd.',
		unauthorizedFix: (name: string, registry: string) =>
			`Genereer een nieuwe verbindingsreeks (az acr connected-registry get-settings --name ${name} --registry ${registry} --parent-protocol https --generate-password 1 --yes) en werk de extensie ermee bij.`,
		unauthorizedLogged: (pod: string, line: string) =>
			`De extensie is geïnstalleerd, maar het verbonden register blijft Offline: de pod ${pod} logt ${line}. Het wachtwoord van het synchronisatietoken in de verbindingsreeks van de extensie (de beveiligde instelling) is onjuist of is vernieuwd, dus het register weigert het en er wordt niets gesynchroniseerd.`,
		unauthorizedUpdate: (commands: string) =>
			`Genereer een nieuw synchronisatiewachtwoord en zet het in de beveiligde instelling van de extensie:\n${commands}`,
		alreadyActivated: 'De pod logt ALREADY_ACTIVATED: een andere instantie (een eerdere installatie) heeft de activering nog.',
		alreadyActivatedFix: (name: string, registry: string) => `az acr connected-registry deactivate --name ${name} --registry ${registry} --yes`,
		deactivateSentence: (name: string) => `${name} deactiveren zodat deze instantie het kan activeren`,
		pending: (claim: string, storageClass: string) => `De claim ${claim} is Pending: de opslagklasse ${storageClass} bestaat niet in het cluster.`,
		pendingFix: 'kubectl get storageclass toont de klassen; installeer de extensie opnieuw met --config pvc.storageClassName=<klasse>.',
		unknownState: 'onbekend',
		never: 'nooit',
	},
	client: {
		title: 'Clienttoegang en het voorbeeld',
		tokenQuestion: 'Naam van het clienttoken waarmee de pods ophalen:',
		tokenHint: 'Een token met opslagplaatsbereik met pull op de gesynchroniseerde opslagplaatsen, gekoppeld aan het verbonden register.',
		planTitle: 'Clienttoken, pull-geheim en hello-world-deployment',
		scopeMapSentence: (name: string, repositories: readonly string[]) => `De bereiktoewijzing ${name} maken met pull op ${list(repositories)}`,
		tokenSentence: (name: string, map: string) => `Het clienttoken ${name} maken, gekoppeld aan ${map}`,
		passwordSentence: (name: string) => `password1 van ${name} genereren`,
		attachSentence: (token: string, name: string) => `Het clienttoken ${token} koppelen aan het verbonden register ${name}`,
		secretSentence: (name: string, ip: string, namespace: string) => `Het docker-registry-geheim ${name} maken voor ${ip} in ${namespace}`,
		attached: 'Gekoppeld',
		undoScopeMap: (name: string) => `De bereiktoewijzing ${name} verwijderen`,
		undoToken: (name: string) => `Het clienttoken ${name} verwijderen`,
		undoSecret: (name: string) => `Het geheim ${name} verwijderen`,
		namespaceQuestion: 'Naamruimte van de voorbeeldimplementatie:',
	},
	diagnosis: {
		notAttached: {
			title: 'Het clienttoken is niet gekoppeld aan het verbonden register',
			explanation: (token: string, name: string, verbatim: string) =>
				`Het verbonden register ${name} weigerde het token ${token} uit het pull-geheim (401 Unauthorized): een verbonden register accepteert alleen de clienttokens die eraan gekoppeld zijn, en ${token} is dat niet. De kubelet zegt: ${verbatim}`,
			missing: (token: string, registry: string, verbatim: string) =>
				`Het pull-geheim noemt het token ${token}, maar ${registry} heeft zo'n token niet (verwijderd, of nooit gemaakt), dus het verbonden register weigert het (401 Unauthorized). De kubelet zegt: ${verbatim}`,
		},
		notSynced: {
			title: 'De opslagplaats valt niet binnen het synchronisatiebereik',
			explanation: (repository: string, name: string, synced: readonly string[], verbatim: string) =>
				`Het verbonden register ${name} synchroniseert ${synced.length > 0 ? list(synced) : 'geen enkele opslagplaats'}, niet ${repository}, dus het heeft zo'n installatiekopie niet (not found). De kubelet zegt: ${verbatim}`,
		},
		offline: {
			title: 'Het verbonden register heeft nog niet gesynchroniseerd',
			explanation: (name: string, state: string, lastSync: string, verbatim: string) =>
				`Het verbonden register ${name} is ${state} (laatste synchronisatie ${lastSync}): het leert zijn clienttokens en installatiekopieën alleen kennen via een synchronisatie met het cloudregister, dus het kan nog niets leveren. De pods halen vanzelf opnieuw op zodra het Online is. De kubelet zegt: ${verbatim}`,
		},
		untrusted: {
			title: 'De knooppunten vertrouwen het certificaat van het verbonden register niet',
			explanation: (extension: string, verbatim: string) =>
				`De extensie ${extension} draait met trustDistribution.enabled=false, dus de knooppunten hebben de CA van het TLS-certificaat van het verbonden register nooit gekregen. De kubelet zegt: ${verbatim}`,
		},
		syncPassword: {
			title: 'De verbindingsreeks bevat een onjuist wachtwoord voor het synchronisatietoken',
			explanation: (name: string, line: string) =>
				`Het verbonden register ${name} kan niet activeren: de pod logt ${line}. Het wachtwoord van het synchronisatietoken in de verbindingsreeks van de extensie is onjuist of is vernieuwd, dus het synchroniseert nooit en levert niets.`,
		},
		activated: {
			title: 'Een andere instantie heeft de activering',
			explanation: (name: string, line: string) =>
				`Het verbonden register ${name} kan niet activeren: de pod logt ${line}. Een eerdere installatie (verwijderd zonder az acr connected-registry deactivate) heeft de activering nog; er mag maar één instantie tegelijk draaien.`,
		},
		badPassword: {
			title: 'Het wachtwoord in het pull-geheim is onjuist',
			explanation: (secret: string, token: string, name: string, verbatim: string) =>
				`Het clienttoken ${token} is gekoppeld aan ${name}, maar het wachtwoord in ${secret} is niet een van zijn wachtwoorden (onjuist, verlopen of sindsdien opnieuw gegenereerd), dus de pull wordt geweigerd (401 Unauthorized). De kubelet zegt: ${verbatim}`,
		},
		clientScope: {
			title: 'Het clienttoken mag deze opslagplaats niet lezen',
			explanation: (token: string, map: string, repository: string, verbatim: string) =>
				`Het clienttoken ${token} is geaccepteerd, maar zijn bereiktoewijzing ${map} staat content/read op ${repository} niet toe (insufficient_scope). De kubelet zegt: ${verbatim}`,
		},
		fixPlanTitle: 'De pull uit het verbonden register herstellen',
		permissionsSentence: (name: string, repositories: readonly string[]) => `${list(repositories)} toevoegen aan het synchronisatiebereik van ${name}`,
		clientScopeSentence: (map: string, repositories: readonly string[]) => `De bereiktoewijzing ${map} pull geven op ${list(repositories)}`,
		passwordSentence: (token: string) => `Een nieuwe password1 van het clienttoken ${token} genereren`,
		secretSentence: (secret: string, namespace: string) => `Het nieuwe wachtwoord in het geheim ${secret} in ${namespace} zetten`,
		trustSentence: (extension: string) => `De vertrouwensverspreiding inschakelen in de extensie ${extension}`,
		connectionSentence: (name: string) => `Een nieuwe password1 van het synchronisatietoken van ${name} genereren voor een nieuwe verbindingsreeks`,
		extensionSentence: (extension: string) => `De extensie ${extension} bijwerken met de nieuwe verbindingsreeks`,
		updated: 'Bijgewerkt',
	},
	cleanup: {
		question: 'Verwijderen wat deze run heeft gemaakt (extensie, verbonden register, tokens, bereiktoewijzingen, geheim, implementatie)?',
		keep: 'Alles bewaren',
		keepHint: 'het verbonden register blijft synchroniseren; de samenvatting toont de opdrachten om het later te verwijderen',
		remove: 'Nu verwijderen',
		removeHint: 'elke verwijdering wordt eerst getoond, in de volgorde die az acr connected-registry delete --cleanup gebruikt',
		planTitle: (sentence: string) => `Opruimen: ${sentence}`,
		done: 'Opgeruimd: de extensie, het verbonden register, de tokens en bereiktoewijzingen, het geheim en het voorbeeld zijn weg.',
	},
};
