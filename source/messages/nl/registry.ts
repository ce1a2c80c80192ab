/** Berichten van de stappen voor het register en de methode. */
import type {Catalog} from '../catalog.js';
import {plural} from './intl.js';

export const registry: Catalog['registry'] = {
	title: 'Register',
	noSubscription: 'Er is geen abonnement gekozen, dus er zijn geen registers om te tonen.',
	noSubscriptionFix: 'Ga terug naar de vereisten en kies een abonnement, of geef --subscription <id> mee.',
	pick: {
		question: 'Uit welk register moet het cluster ophalen?',
		hint: (count: number) =>
			count === 0
				? 'Nog geen register in dit abonnement: maak er een.'
				: plural(count, {one: '1 register in dit abonnement.', other: `${count} registers in dit abonnement.`}),
		choiceHint: (group: string, sku: string, loginServer: string) => `${group} · ${sku} · ${loginServer}`,
		create: 'Een nieuw register maken',
		createHint: 'az acr create',
		byId: 'Een register gebruiken via zijn resource-id',
		byIdHint: 'bijvoorbeeld een register in een ander abonnement',
		idQuestion: 'Resource-id van het register:',
		idPlaceholder: '/subscriptions/<subscription-id>/resourceGroups/<group>/providers/Microsoft.ContainerRegistry/registries/<name>',
		idInvalid:
			'Dat is geen resource-id van een register. Zo’n id ziet eruit als /subscriptions/<subscription-id>/resourceGroups/<group>/providers/Microsoft.ContainerRegistry/registries/<name> (az acr show --name <naam> --query id -o tsv drukt het af).',
		notFoundById: (id: string) => `Geen register op ${id}, of dit account kan het niet lezen.`,
		notFoundByIdFix: 'Controleer de id met: az acr show --ids <id> --query id -o tsv',
	},
	name: {
		question: 'Naam van het register:',
		hint: (suffix: string) => `5 tot 50 kleine letters en cijfers, uniek binnen Azure; het wordt <naam>${suffix}.`,
		placeholder: 'mycontainerregistry',
		empty: 'Typ een naam: 5 tot 50 kleine letters en cijfers, bijvoorbeeld mycontainerregistry.',
		invalidCharacters: (characters: string, suggestion: string) =>
			`Een registernaam mag alleen de letters a-z en de cijfers 0-9 bevatten; verwijder ${characters}${suggestion}.`,
		upperCase: (lower: string) => `Gebruik alleen kleine letters: ${lower}.`,
		tooShort: (length: number) => `Te kort: ${plural(length, {one: '1 teken', other: `${length} tekens`})}; een registernaam heeft er minstens 5.`,
		tooLong: (length: number) => `Te lang: ${length} tekens; een registernaam heeft er hoogstens 50.`,
		suggestion: (name: string) => `, bijvoorbeeld ${name}`,
		spaces: 'de spaties',
		taken: (message: string, reason: string) => `${message.replace(/\.$/, '')} (${reason}). Typ een andere naam, of geef een andere --registry-name mee.`,
		checkFailed: (reason: string) => `De naam kon niet worden gecontroleerd: ${reason}`,
		takenDefault: (name: string) => `De naam ${name} is al in gebruik.`,
	},
	group: {
		question: 'Resourcegroep voor het nieuwe register:',
		create: 'Een nieuwe resourcegroep maken',
		createHint: 'az group create',
		nameQuestion: 'Naam van de nieuwe resourcegroep:',
		nameInvalid:
			'Een resourcegroepnaam heeft 1 tot 90 letters, cijfers, punten, onderstrepingstekens, afbreekstreepjes of haakjes, en eindigt niet op een punt.',
		exists: (name: string) => `${name} bestaat al; kies hem in plaats daarvan uit de lijst.`,
		locationQuestion: 'Locatie van de nieuwe resourcegroep:',
		locationHint: 'Een Azure-regionaam, zoals az account list-locations -o table hem toont (bijvoorbeeld eastus, westeurope).',
		locationHintIn: (cloud: string, regions: string) => `Een regio van ${cloud}: ${regions}.`,
		locationNotInCloud: (location: string, cloud: string, regions: string) => `${location} is geen regio van ${cloud}; de regio's zijn ${regions}.`,
		locationUnknown: (location: string, nearest: string) =>
			nearest === ''
				? `${location} is geen regio die dit abonnement kan gebruiken (az account list-locations --query "[].name" --output tsv toont ze).`
				: `${location} is geen regio die dit abonnement kan gebruiken. Bedoel je ${nearest}?`,
		locationInvalid: 'Een locatie is een regionaam in kleine letters en cijfers, bijvoorbeeld eastus of westeurope.',
	},
	sku: {
		question: 'SKU van het register (servicelaag):',
		basic: 'Basic',
		basicHint: 'laagste kosten; om te leren en voor kleine workloads',
		standard: 'Standard',
		standardHint: 'meer opslag en doorvoer; voor de meeste productie',
		premium: 'Premium',
		premiumHint: 'geo-replicatie, private link; nodig voor een verbonden register',
	},
	create: {
		planTitle: (name: string) => `Het register ${name} maken`,
		groupSentence: (group: string, location: string) => `De resourcegroep ${group} maken in ${location}`,
		registrySentence: (name: string, sku: string, group: string) => `Het ${sku}-register ${name} maken in ${group}`,
		progress: (name: string, status: string) => `${name} wordt gemaakt: ${status}`,
		created: (loginServer: string) => `Gemaakt; aanmeldingsserver ${loginServer}`,
		groupCreated: (location: string) => `Gemaakt in ${location}`,
		undoRegistry: (name: string) => `Het register ${name} verwijderen, met elke installatiekopie erin`,
		undoGroup: (name: string) => `De resourcegroep ${name} verwijderen, met alles erin`,
	},
	import: {
		planTitle: 'De voorbeeldinstallatiekopie importeren',
		sentence: (source: string, registry: string, image: string) => `${source} importeren in ${registry} als ${image}`,
		progress: (image: string, status: string) => `${image} wordt geïmporteerd: ${status}`,
		imported: (loginServer: string, image: string) => `Geïmporteerd als ${loginServer}/${image}`,
		alreadyThere: (image: string) => `${image} is er al; niets geïmporteerd`,
		conflictNotThere: (image: string, registry: string) =>
			`ACR weigerde de import als conflict, maar ${image} staat niet in ${registry}: er loopt misschien nog een bewerking op het register. Probeer het over een minuut opnieuw.`,
		note: 'De voorbeeldimplementatie draait deze installatiekopie; importeren kopieert hem van Docker Hub naar je register, aan de kant van Azure.',
		skipped: 'Import van de voorbeeldinstallatiekopie overgeslagen; de voorbeeldimplementatie heeft nginx:v1 in het register nodig.',
		skip: 'Doorgaan zonder te importeren',
		skipHint: 'de voorbeeldimplementatie biedt de import opnieuw aan als de installatiekopie ontbreekt',
		noteUnprivileged:
			'De variant voor Pod Security "restricted" draait deze installatiekopie: nginx, gebouwd om als gebruiker zonder root op poort 8080 te draaien.',
		noteMcr:
			'De voorbeeldimplementatie draait deze installatiekopie; importeren kopieert dezelfde nginx van mcr.microsoft.com (zonder limiet op pulls) naar je register, aan de kant van Azure.',
		throttled: 'Docker Hub weigerde de import: de limiet voor anonieme pulls is bereikt (de importservers van ACR delen die).',
		throttledFix: (mcr: string) =>
			`Importeer dezelfde nginx uit het register van Microsoft (${mcr}), of meld je aan bij Docker Hub: az acr import … --username <docker-hub-gebruiker> --password <token>`,
		afterFailure: 'De import is mislukt. Wat nu?',
		useMcr: 'nginx in plaats daarvan importeren van mcr.microsoft.com',
		signIn: 'Aanmelden bij Docker Hub voor de import',
		signInHint: 'een Docker Hub-account heft de anonieme limiet op (az acr import --username/--password)',
		username: 'Docker Hub-gebruikersnaam:',
		usernameEmpty: 'Typ de Docker Hub-gebruikersnaam (of ga terug en neem de installatiekopie van mcr.microsoft.com).',
		password: (username: string) => `Docker Hub-wachtwoord of -toegangstoken van ${username}:`,
		passwordStdinMissing: '--source-password-stdin is opgegeven, maar er kwam niets binnen op standaardinvoer.',
		passwordStdinFix:
			'Geef het wachtwoord of token door via een pipe: printf %s "$DOCKER_HUB_TOKEN" | acr-wizard --yes --source-username <gebruiker> --source-password-stdin',
		passwordEmpty: 'Typ het wachtwoord of een persoonlijk toegangstoken (hub.docker.com → Account settings → Personal access tokens).',
	},
	screen: {
		title: 'Register en toegang',
		subscription: 'Abonnement',
		registry: 'Register',
		method: 'Methode',
		cluster: 'Cluster',
		notYet: 'nog niet gekozen',
		registryDetail: (loginServer: string, sku: string, group: string) => `${loginServer} · ${sku} · ${group}`,
		methods: {attach: 'Koppelen aan AKS', detach: 'Loskoppelen van AKS', 'pull-secret': 'Pull-geheim', 'connected-registry': 'Verbonden register'},
	},
	method: {
		title: 'Methode',
		question: 'Hoe moet het cluster toegang krijgen tot het register?',
		hint: 'Op AKS is koppelen de aanbevolen manier: de beheerde identiteit van de kubelet haalt op, zonder iets om te vernieuwen. Pull-geheimen werken op elk cluster, maar brengen extra beheeroverhead met zich mee: een geheim per naamruimte, wachtwoorden die verlopen. Koppelen werkt alleen voor Azure Container Registry: gebruik een pull-geheim voor installatiekopieën om op te halen uit een privé extern register.',
		attach: 'Koppelen aan AKS (beheerde identiteit)',
		attachHint: 'aanbevolen voor AKS; geen geheim om te beheren',
		pullSecret: 'Pull-geheim (elk cluster)',
		pullSecretHint: 'elke context; pull-geheimen brengen extra beheeroverhead mee',
		connectedRegistry: 'Verbonden register op een Arc-cluster',
		connectedRegistryHint: 'een replica van een Premium-register in het cluster, bereikbaar op een clusterIP',
		detach: 'Een register loskoppelen van AKS',
		detachHint: 'verwijdert AcrPull van de kubelet-identiteit',
		attachHintNoRights: 'vraagt het recht om rollen toe te wijzen, dat je volgens de controles niet hebt',
		noRightsFlagHint:
			'Volgens de controles kun je geen rollen toewijzen, dus wordt er geen manier voor je gekozen: geef --method pull-secret --credential token (een token met repositorybereik heeft geen rol nodig), of --method attach zodra je rollen mag toewijzen.',
	},
};
