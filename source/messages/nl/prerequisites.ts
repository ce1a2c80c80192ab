/** Berichten van het scherm met vereisten. */
import type {Catalog} from '../catalog.js';
import {plural, list} from './intl.js';

export const prerequisites: Catalog['prerequisites'] = {
	title: 'Vereisten',
	intro: 'Controleren wat de wizard nodig heeft, alles tegelijk.',
	checks: {
		az: 'Azure CLI',
		kubectl: 'kubectl',
		credential: 'Aanmelding bij Azure',
		subscriptions: 'Abonnement',
		'role-assignments': 'Roltoewijzingen maken',
		providers: 'Resourceproviders',
		kubeconfig: 'Kubernetes-context',
	},
	az: {
		missing: 'Niet geïnstalleerd. De wizard praat rechtstreeks met Azure; je hebt het alleen nodig om de equivalente opdrachten zelf uit te voeren.',
		missingFix: 'Installeer het: https://aka.ms/installazurecli',
		tooOld: (version: string, minimum: string) =>
			`Versie ${version} is ouder dan ${minimum}, die nodig is om een register aan AKS te koppelen (az aks update --attach-acr).`,
		oldForSp: (version: string, minimum: string) => `Versie ${version} werkt voor koppelen, maar het service-principal-script heeft ${minimum} of later nodig.`,
		upgradeFix: 'az upgrade',
		unreadable: 'Gevonden, maar de versie kon niet worden gelezen uit `az version -o json`.',
		unreadableFix: 'Voer `az version` uit om te zien wat er mis is met de installatie.',
		notProbed: 'Niet gecontroleerd met --yes: deze run meldt zich aan zonder az en toont de az-opdrachten alleen om te lezen.',
	},
	kubectl: {
		missing:
			'Niet geïnstalleerd. De wizard praat rechtstreeks met clusters; je hebt het alleen nodig om de equivalente opdrachten en `az aks check-acr` uit te voeren.',
		missingFix: 'Installeer het: https://kubernetes.io/docs/tasks/tools/ (of az aks install-cli)',
		unreadable: 'Gevonden, maar `kubectl version --client -o json` gaf geen versie.',
		notProbed: 'Niet gecontroleerd met --yes: de wizard praat zelf met het cluster en toont de kubectl-opdrachten alleen om te lezen.',
	},
	credential: {
		none: 'Er zijn geen Azure-referenties beschikbaar: niet aangemeld met de Azure CLI, en geen referenties in de omgeving.',
		noneFix: 'az login',
		signedIn: (name: string) => `Aangemeld als ${name}`,
	},
	subscriptions: {
		none: 'Dit account ziet geen enkel abonnement.',
		noneFix: 'az login --tenant <tenant-id>, of vraag toegang tot een abonnement',
		tenantHint: (id: string, tenantId: string) => `${id} · tenant-id ${tenantId}`,
		chosen: (name: string, id: string, count: number) => (count > 1 ? `${name} (${id}), 1 van ${count}` : `${name} (${id})`),
		unknownFlag: (id: string) => `Abonnement ${id} hoort niet bij de abonnementen die dit account ziet.`,
		unknownFlagFix: 'az account list -o table',
		tenantNone: (tenant: string, tenants: readonly string[]) =>
			`Dit account ziet geen abonnement in de tenant ${tenant} (de abonnementen staan in: ${tenants.join(', ')}).`,
		tenantNoneFix:
			'az account list --query "[].{name:name, id:id, tenant:tenantId}" -o table, en geef dan een van die tenants mee aan --tenant (of meld je erbij aan: az login --tenant <id>)',
		notInTenant: (subscription: string, tenant: string) => `Abonnement ${subscription} staat niet in de tenant ${tenant} die met --tenant is opgegeven.`,
		question: 'Welk abonnement moet de wizard gebruiken?',
	},
	roles: {
		ok: 'Je kunt roltoewijzingen maken (Owner of User Access Administrator).',
		missing:
			'Je kunt geen roltoewijzingen maken in dit abonnement. Voor het koppelen van een register aan AKS en voor het maken van een service-principal met een rol is Owner, Account Administrator, Co-Administrator of User Access Administrator nodig. Een token met opslagplaatsbereik werkt wel.',
		missingFix: 'Vraag een Owner van het abonnement om je User Access Administrator te geven, of om de roltoewijzing voor je uit te voeren.',
		unknown: 'Je machtigingen konden niet worden gecontroleerd.',
	},
	providers: {
		ok: (count: number) => `${count} geregistreerd`,
		missing: (names: readonly string[]) => `Niet geregistreerd: ${names.join(', ')}.`,
		registering: (names: readonly string[]) =>
			`Nog bezig met registreren: ${names.join(', ')}. Dit duurt een paar minuten; voer de controles later opnieuw uit.`,
		waiting: (name: string, state: string) => `${name}: ${state}…`,
		missingFix: (names: readonly string[]) => names.map((name) => `az provider register --namespace ${name}`).join(' && '),
		registerSentence: (name: string) => `De resourceprovider ${name} registreren in het abonnement`,
		planTitle: 'Resourceproviders registreren',
	},
	kubeconfig: {
		notNeeded: (flag: string) =>
			`Niet nodig met ${flag}: de wizard leest de referenties van het AKS-cluster uit Azure (zoals az aks get-credentials) en houdt ze in het geheugen.`,
		none: 'Geen kubeconfig gevonden, dus er is nog geen cluster om naar te implementeren.',
		invalidFix: 'Herstel of vervang dat bestand (kubectl config view laat zien hoe kubectl het leest), of wijs met --kubeconfig <pad> een ander bestand aan.',
		noneFix: 'az aks get-credentials --resource-group <groep> --name <cluster>, of maak een lokaal cluster (kind create cluster)',
		noCurrent: (count: number) => plural(count, {one: '1 context, maar die is niet de huidige.', other: `${count} contexten, geen ervan is de huidige.`}),
		noCurrentFix: 'kubectl config use-context <naam>',
		reachable: (context: string, version: string) => `${context}: bereikbaar, Kubernetes ${version}`,
		unreachable: (context: string, reason: string) => `${context} antwoordt niet: ${reason}`,
		unreachableFix: (context: string) => `Controleer of het cluster draait, en dan: kubectl --context ${context} get nodes`,
	},
	summary: {
		allGood: 'Alles is in orde.',
		withWarnings: (count: number) =>
			`${plural(count, {one: '1 waarschuwing', other: `${count} waarschuwingen`})}: je kunt doorgaan; de betrokken paden zeggen wat ze nodig hebben.`,
		withFailures: (count: number) =>
			plural(count, {
				one: '1 controle is mislukt. Los het probleem op en voer de controles opnieuw uit.',
				other: `${count} controles zijn mislukt. Los ze op en voer de controles opnieuw uit.`,
			}),
		failedNonInteractive: (titles: readonly string[]) =>
			`Gestopt vóór enige wijziging: ${plural(titles.length, {one: '1 controle van de vereisten is', other: `${titles.length} controles van de vereisten zijn`})} mislukt (${list(titles)}).`,
		failedNonInteractiveFix: 'Los op wat de mislukte controles hierboven zeggen en start acr-wizard opnieuw.',
		question: 'Wat nu?',
		goOn: 'Doorgaan',
		rerun: 'De controles opnieuw uitvoeren',
		subscription: 'Een ander abonnement gebruiken',
		register: 'De ontbrekende resourceproviders registreren',
		quit: 'Stoppen',
	},
};
