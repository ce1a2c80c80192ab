/** Berichten van het pad met een pull-geheim (seeds 001 nl en 003 zh-CN): doel, referentie, geheim, voorbeeldpod. */
import type {Catalog} from '../catalog.js';
import {plural} from './intl.js';

const list = (items: readonly string[]) => items.join(', ');

export const pullSecret: Catalog['pullSecret'] = {
	noRegistry: 'Er is geen register gekozen, dus er is niets om uit op te halen.',
	noRegistryFix: 'Ga terug en kies of maak eerst een register.',
	names: {
		namespace: 'Een naamruimtenaam',
		secret: 'Een geheimnaam',
		empty: (what: string) => `Typ een naam. ${what} bestaat uit kleine letters a-z, cijfers 0-9 en '-', bijvoorbeeld awesomeapps.`,
		tooLong: (what: string, length: number, max: number) => `Te lang: ${length} tekens. ${what} heeft er hoogstens ${max}.`,
		upperCase: (lower: string) => `Gebruik alleen kleine letters: ${lower}.`,
		characters: (what: string, bad: string) => `${what} mag alleen kleine letters a-z, cijfers 0-9 en '-' bevatten; verwijder ${bad}.`,
		subdomainCharacters: (what: string, bad: string) => `${what} mag alleen kleine letters a-z, cijfers 0-9, '-' en '.' bevatten; verwijder ${bad}.`,
		start: (what: string, character: string) => `${what} moet beginnen met een letter of cijfer, niet met '${character}'.`,
		end: (what: string, character: string) => `${what} moet eindigen op een letter of cijfer, niet op '${character}'.`,
		emptyLabel: (what: string) => `${what} mag geen twee punten achter elkaar hebben, en niet met een punt beginnen of eindigen.`,
	},
	target: {
		title: 'Cluster en naamruimte',
		noKubeconfig: 'Er kon geen kubeconfig worden gelezen, dus er is geen cluster om het pull-geheim in te zetten.',
		noKubeconfigFix:
			'Maak of verbind eerst een cluster (kind create cluster, minikube start, of az aks get-credentials --resource-group <groep> --name <cluster>) en start de wizard opnieuw.',
		noContexts: (path: string) => `De kubeconfig ${path} heeft geen contexten.`,
		contextQuestion: 'Welk cluster (kubeconfig-context) moet uit het register ophalen?',
		contextHintLine: (path?: string) => `Elk cluster werkt: kind, minikube, AKS, een andere cloud. Contexten uit ${path ?? 'je kubeconfig'}.`,
		currentLabel: (name: string) => `${name} (huidige)`,
		contextHint: (server: string) => server,
		unknownContext: (name: string) => `Er is geen context ${name} in de kubeconfig.`,
		unreachable: (name: string, reason: string) => `Het cluster van context ${name} antwoordde niet: ${reason}`,
		namespaceQuestion: 'In welke naamruimte moeten het geheim en de voorbeeldpod komen?',
		namespaceHint: 'Een pull-geheim werkt alleen voor pods in zijn eigen naamruimte.',
		createNamespace: 'Een nieuwe naamruimte maken',
		newNamespaceQuestion: 'Naam van de naamruimte:',
		systemNamespace: (name: string) =>
			`${name} hoort bij het cluster zelf; het voorbeeld komt in een eigen naamruimte. Kies een andere naam, bijvoorbeeld --namespace awesomeapps.`,
		newNamespaceHint:
			"Kleine letters, cijfers en '-', beginnend en eindigend met een letter of cijfer, hoogstens 63 tekens (de handleiding van Microsoft gebruikt awesomeapps).",
		typedNamespaceQuestion: 'Te gebruiken naamruimte (je gebruiker mag ze misschien niet opvragen):',
		typedNamespaceHint:
			'Het cluster weigerde je gebruiker de naamruimten te tonen (403): typ er een waarin je werkt; die wordt gecontroleerd zoals kubectl auth can-i dat doet.',
		typedNamespaceRefused: (namespace: string, resource: string) =>
			`Je gebruiker mag geen ${resource} maken in ${namespace} (kubectl auth can-i create ${resource} --namespace ${namespace} zegt nee): typ een naamruimte waarin je een RoleBinding hebt.`,
	},
	credential: {
		title: 'Registerreferentie',
		question: 'Welke referentie moet het pull-geheim bevatten?',
		hint: 'Het cluster meldt zich ermee aan bij het register; ze komt in het geheim terecht en nergens anders.',
		labels: {
			'new-service-principal': 'Nieuwe service-principal',
			'existing-service-principal': 'Bestaande service-principal',
			token: 'Token met opslagplaatsbereik',
		},
		hints: {
			'new-service-principal': 'als je rollen mag toewijzen: een nieuwe identiteit voor dit register',
			'existing-service-principal': 'als je er al een hebt (appId of naam)',
			token: 'als je geen rollen mag toewijzen: geen directorymachtiging nodig',
		},
		blocked: (registry: string) =>
			`Je account kan geen rollen toewijzen op het register ${registry}, dus een service-principal zou er geen toegang toe krijgen. Er is niets gewijzigd.`,
		blockedFix:
			'Kies "Token met opslagplaatsbereik": daarvoor is geen directorymachtiging nodig. Of vraag een Owner of User Access Administrator van het register om de roltoewijzing uit te voeren.',
	},
	role: {
		question: 'Welke rol moet de service-principal krijgen op het register?',
		hint: 'Alleen op dit register. Voor ophalen is niet meer dan acrpull nodig.',
		refused: (registry: string) =>
			`Azure weigerde de roltoewijzing op het register ${registry}, hoewel je machtigingen hem toestaan: een weigeringstoewijzing of een voorwaarde op je eigen roltoewijzing verbiedt het (de Permissions-API kan geen van beide tonen).`,
		handOff: (command: string) =>
			`Vraag een Owner of User Access Administrator van het register om dit uit te voeren:\n  ${command}\nOf ga terug en kies "Token met opslagplaatsbereik": daarvoor is geen roltoewijzing nodig.`,
		hints: {acrpull: 'alleen pull', acrpush: 'push en pull', owner: 'push, pull en rollen toewijzen'},
		sentence: (role: string, registry: string, name: string) => `${role} op het register ${registry} toewijzen aan ${name}`,
		notFound: (role: string, registry: string) => `De rol ${role} bestaat niet op het bereik van ${registry}.`,
		alreadyAssigned: (role: string, name: string) => `${name} heeft hier al ${role}`,
		assigned: (role: string, name: string) => `${name} heeft nu ${role}`,
		undoSentence: (role: string, name: string, registry: string) => `${role} op ${registry} intrekken bij ${name}`,
		noPrincipal: (name: string) => `De service-principal ${name} is nog niet bekend, dus er kan geen rol aan worden toegewezen.`,
	},
	newPrincipal: {
		question: 'Naam van de nieuwe service-principal:',
		hint: 'Moet uniek zijn binnen je Microsoft Entra-tenant.',
		empty: 'Typ een naam voor de service-principal, bijvoorbeeld acr-service-principal.',
		tooLong: (length: number) => `Te lang: ${length} tekens; een service-principalnaam heeft er hoogstens 120.`,
		exists: (name: string) =>
			`Er bestaat al een service-principal met de naam ${name} ('http://${name}' already exists) en die mag niet worden hergebruikt: kies een andere naam.`,
		passwordUnstored: (name: string) =>
			`Het wachtwoord stond alleen in het geheugen van deze run en is nergens opgeslagen; het verwijderen van ${name} verwijdert het (az ad sp credential reset maakt een nieuw).`,
		reuseQuestion: (name: string) => `Er bestaat al een service-principal met de naam ${name}. Hergebruiken?`,
		reuseLabel: 'Hergebruiken',
		reuseHint: 'hem de rol geven en een nieuw wachtwoord toevoegen voor het pull-geheim; de andere wachtwoorden blijven',
		renameLabel: 'Een andere naam kiezen',
		reuseFlagHint: (name: string) =>
			`Geef --reuse-service-principal mee om ${name} te hergebruiken (er wordt een nieuw wachtwoord toegevoegd; de andere wachtwoorden blijven), of --sp-name <een andere naam>.`,
		planTitle: (name: string) => `De service-principal ${name} maken`,
		sentence: (name: string) => `De service-principal ${name} maken met een wachtwoord (az ad sp create-for-rbac)`,
		created: (appId: string) => `appId ${appId}`,
		reused: (name: string, appId: string) => `${name} is eerder in deze run gemaakt (appId ${appId})`,
		undoSentence: (name: string) => `De service-principal ${name} verwijderen`,
		passwordNote: 'Het wachtwoord wordt nergens getoond: het blijft in het geheugen en gaat alleen naar het pull-geheim.',
		cliNote: 'Het equivalente script heeft Azure CLI 2.25.0 of later nodig (controleer met az --version).',
	},
	existing: {
		passwordUnstored: (name: string) =>
			`Het wachtwoord dat aan ${name} is toegevoegd, is nergens opgeslagen (het stond alleen in het geheugen van deze run) en blijft geldig tot het verloopt.`,
		passwordRemove: (appId: string) =>
			`az ad app credential list --id ${appId} --query "[].{keyId:keyId, created:startDateTime}" --output table, en dan az ad app credential delete --id ${appId} --key-id <keyId>`,
		bothPasswordFlags: '--reset-password en --password-stdin zijn allebei opgegeven: het pull-geheim neemt één wachtwoord.',
		bothPasswordFlagsFix: 'Geef --reset-password mee om een nieuw wachtwoord toe te voegen, of geef het wachtwoord dat je hebt door met --password-stdin.',
		passwordStdinMissing: '--password-stdin is opgegeven, maar er kwam niets binnen op standaardinvoer.',
		passwordStdinFix: (appId: string) =>
			`Geef het wachtwoord door via een pipe: printf %s "$SP_PASSWORD" | acr-wizard --yes --credential existing-service-principal --service-principal ${appId} --password-stdin`,
		question: 'AppId of weergavenaam van de service-principal:',
		hint: 'De appId (een GUID; az ad sp list --display-name <naam> --query "[].appId" --output tsv drukt hem af), de weergavenaam, of http://<naam>.',
		empty: 'Typ de appId (een GUID) of de weergavenaam van de service-principal.',
		badGuid: (value: string) =>
			`${value} is geen geldige appId: een appId is een GUID zoals 00000000-0000-0000-0000-000000000000 (8-4-4-4-12 hexadecimale cijfers).`,
		notFound: (value: string, isAppId: boolean) =>
			isAppId
				? `Geen service-principal heeft de appId ${value} in deze tenant (az ad sp show --id ${value}).`
				: `Geen service-principal heet ${value} in deze tenant (az ad sp list --display-name ${value}).`,
		pickQuestion: (count: number, name: string) => `${count} service-principals heten ${name}; welke bedoel je?`,
		appIdHint: (appId: string) => `appId ${appId}`,
		passwordQuestion: (name: string) => `Heb je het wachtwoord van ${name}?`,
		typeLabel: 'Ja, ik typ het in',
		typeHint: 'gemaskeerd; alleen in het geheugen bewaard',
		resetLabel: 'Nee, opnieuw instellen',
		resetHint: 'az ad sp credential reset --append: een nieuw wachtwoord naast de oude, die blijven werken',
		secretQuestion: (name: string) => `Wachtwoord van ${name}:`,
		secretEmpty: 'Typ het wachtwoord (het wordt niet getoond), of druk op Esc en stel het in plaats daarvan opnieuw in.',
		planTitle: (name: string) => `${name} toegang geven tot het register`,
		resetSentence: (name: string) => `Een nieuw wachtwoord toevoegen aan ${name} (de andere wachtwoorden blijven werken)`,
		resetDone: (expiresAt: string) => `nieuw wachtwoord, geldig tot ${expiresAt}`,
		resetNote: 'Het nieuwe wachtwoord wordt nergens getoond: het blijft in het geheugen en gaat alleen naar het pull-geheim.',
	},
	token: {
		nameQuestion: 'Naam van het token:',
		nameHint: 'De gebruikersnaam in het pull-geheim; de bereiktoewijzing ervan heet <token>-scope-map.',
		nameTooShort: (length: number) => `Te kort: ${plural(length, {one: '1 teken', other: `${length} tekens`})}; een tokennaam heeft er minstens 5.`,
		nameTooLong: (length: number, max: number) => `Te lang: ${length} tekens; hoogstens ${max}, zodat <token>-scope-map binnen 50 blijft.`,
		nameCharacters: (bad: string) => `Een tokennaam mag alleen letters, cijfers en '-' bevatten; verwijder ${bad}.`,
		repositoriesQuestion: 'Opslagplaatsen die het token mag gebruiken (gescheiden door komma’s):',
		repositoriesHint: 'De voorbeeldinstallatiekopie is nginx; voeg andere toe als a,b/c.',
		noRepositories: 'Noem minstens één opslagplaats, bijvoorbeeld nginx.',
		badRepository: (name: string) =>
			`${name} is geen opslagplaatsnaam: kleine letters, cijfers en . _ - gescheiden door '/', bijvoorbeeld nginx of samples/hello-world.`,
		accessQuestion: 'Wat mag het token doen in die opslagplaatsen?',
		pullLabel: 'Pull',
		pullHint: 'content/read metadata/read: genoeg voor een cluster',
		pushLabel: 'Pull en push',
		pushHint: 'ook content/write metadata/write, bijvoorbeeld voor een buildagent',
		expiryQuestion: 'Na hoeveel dagen verloopt het wachtwoord (leeg voor nooit)?',
		expiryHint: 'Daarna kunnen de pods niet meer ophalen totdat het wachtwoord opnieuw wordt gegenereerd.',
		expiryNever: 'geen vervaldatum',
		badExpiry: (value: string) => `${value} is geen aantal dagen: typ een geheel getal van 1 tot 3650, of laat het leeg voor een wachtwoord dat niet verloopt.`,
		planTitle: (name: string) => `Het token met opslagplaatsbereik ${name} maken`,
		scopeMapSentence: (name: string, repositories: readonly string[], access: 'pull' | 'push') =>
			`De bereiktoewijzing ${name} maken: ${access === 'pull' ? 'pull' : 'pull en push'} op ${list(repositories)}`,
		scopeMapUpdateSentence: (name: string, repositories: readonly string[]) => `${list(repositories)} toevoegen aan de bestaande bereiktoewijzing ${name}`,
		scopeMapDescription: 'Gemaakt door acr-wizard voor een pull-geheim voor installatiekopieën',
		scopeMapUnchanged: 'staat deze opslagplaatsen al toe',
		scopeMapAdded: (count: number) => plural(count, {one: '1 actie toegevoegd', other: `${count} acties toegevoegd`}),
		scopeMapUndo: (name: string) => `De bereiktoewijzing ${name} verwijderen`,
		scopeMapMissing: (name: string) => `De bereiktoewijzing ${name} bestaat niet, dus het token kan er niet aan worden gekoppeld.`,
		tokenSentence: (name: string, map: string) => `Het token ${name} maken met de bereiktoewijzing ${map}`,
		tokenUnchanged: 'bestaat al met deze bereiktoewijzing',
		tokenRebound: (map: string) => `gebruikt nu ${map}`,
		tokenUndo: (name: string) => `Het token ${name} verwijderen`,
		tokenMissing: (name: string) => `Het token ${name} bestaat niet, dus er kan geen wachtwoord voor worden gegenereerd.`,
		passwordSentence: (name: string, days: number | undefined, slot: string = 'password1') =>
			`${slot} van ${name} genereren${days === undefined ? ' (verloopt niet)' : `, ${plural(days, {one: '1 dag', other: `${days} dagen`})} geldig`}`,
		passwordUnstored: (name: string, slot: string) =>
			`${slot} van ${name} is nergens opgeslagen (het stond alleen in het geheugen van deze run) en blijft geldig tot het verloopt.`,
		slotNote: (name: string, slot: string, kept: string, replaced: boolean) =>
			replaced
				? `Beide wachtwoorden van ${name} zijn ingesteld: ${slot} wordt vervangen (wie het gebruikt, moet het nieuwe nemen); ${kept} blijft.`
				: `${name} heeft al ${kept}: het nieuwe wachtwoord komt in ${slot}, zodat wie ${kept} gebruikt, gewoon blijft werken.`,
		passwordExpires: (at: string) => `geldig tot ${at}`,
		passwordNeverExpires: 'verloopt niet',
		passwordNote: 'Het tokenwachtwoord wordt nergens getoond: het blijft in het geheugen en gaat alleen naar het pull-geheim.',
	},
	secret: {
		title: 'Pull-geheim',
		noCredential: 'Er is nog geen referentie voor het pull-geheim.',
		nameQuestion: 'Naam van het pull-geheim:',
		nameHint: 'De naam die pods onder imagePullSecrets noemen (de handleiding van Microsoft gebruikt acr-secret).',
		replaceQuestion: (name: string, namespace: string) => `Het geheim ${name} bestaat al in ${namespace}. Vervangen door deze referentie?`,
		replaceHint: 'Nee laat het zoals het is (en de voorbeeldpod gebruikt het zoals het is).',
		serviceAccountQuestion: (name: string, namespace: string) => `${name} ook toevoegen aan het standaardserviceaccount van ${namespace}?`,
		serviceAccountHint: (namespace: string) =>
			`Dan krijgt elke pod in ${namespace} die als het standaardserviceaccount draait het geheim, zonder het onder zijn eigen imagePullSecrets te noemen.`,
		planTitle: (name: string, namespace: string) => `Het pull-geheim ${name} maken in ${namespace}`,
		namespaceSentence: (namespace: string, context: string) => `De naamruimte ${namespace} maken in ${context}`,
		namespaceExists: 'bestaat al',
		undoNamespace: (namespace: string, context: string) => `De naamruimte ${namespace} in ${context} verwijderen, met alles erin`,
		createSentence: (name: string, namespace: string, server: string) => `Het docker-registry-geheim ${name} maken in ${namespace} voor ${server}`,
		updateSentence: (name: string, namespace: string, server: string) =>
			`Het docker-registry-geheim ${name} in ${namespace} vervangen door de referentie voor ${server}`,
		sameCredentials: 'bevat deze referentie al',
		replaced: 'vervangen',
		keptNote: (name: string) => `Het bestaande geheim ${name} blijft zoals het is.`,
		overheadNote:
			'Pull-geheimen brengen extra beheeroverhead met zich mee: elke pod (of zijn serviceaccount) moet het geheim noemen, en het moet worden vernieuwd als het wachtwoord verandert of verloopt.',
		aksNote: (registry: string) =>
			`Deze context is een AKS-cluster: de beheerde identiteit van het cluster kan ophalen zonder imagePullSecrets op de pods (az aks update --name <cluster> --resource-group <groep> --attach-acr ${registry}, het koppelpad van de wizard).`,
		undoSecret: (name: string, namespace: string) => `Het geheim ${name} verwijderen uit ${namespace}`,
		serviceAccountSentence: (name: string, namespace: string) => `${name} toevoegen aan de imagePullSecrets van het standaardserviceaccount in ${namespace}`,
		serviceAccountUnchanged: (name: string) => `noemt ${name} al`,
		undoServiceAccount: (name: string, namespace: string) => `${name} verwijderen uit het standaardserviceaccount in ${namespace}`,
	},
	sample: {
		title: 'Voorbeeldpod',
	},
	fix: {
		assignTitle: (name: string) => `${name} acrpull geven op het register`,
		resetTitle: (name: string) => `Een nieuw wachtwoord toevoegen aan ${name} en het geheim bijwerken`,
		tokenPasswordTitle: (name: string) => `Een nieuw wachtwoord genereren voor ${name} en het geheim bijwerken`,
		scopeTitle: (map: string, repository: string) => `De bereiktoewijzing ${map} ${repository} laten lezen`,
		createTitle: (secret: string, namespace: string) => `Het geheim ${secret} maken in ${namespace}`,
		serverTitle: (secret: string, server: string) => `Het geheim ${secret} op ${server} richten`,
		passwordNote: 'Het nieuwe wachtwoord wordt nergens getoond: het blijft in het geheugen en gaat alleen naar het pull-geheim.',
	},
};
