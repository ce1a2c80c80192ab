/** Berichten van de voorbeeldimplementatie, de live podstatus, de diagnose, de samenvatting en het ongedaan maken. */
import type {Catalog} from '../catalog.js';
import {plural} from './intl.js';

export const deploy: Catalog['deploy'] = {
	planTitle: 'Het voorbeeld implementeren',
	sentence: (kind: string, name: string, replicas: number, image: string, namespace: string) =>
		kind === 'Deployment'
			? `${name} implementeren (${plural(replicas, {one: '1 replica', other: `${replicas} replica's`})} van ${image}) in naamruimte ${namespace}`
			: `De pod ${name} (${image}) starten in naamruimte ${namespace}`,
	undoSentence: (kind: string, name: string, namespace: string) => `De ${kind.toLowerCase()} ${name} in naamruimte ${namespace} verwijderen`,
	updated: 'bestond al; bijgewerkt naar deze specificatie (wordt later niet ongedaan gemaakt)',
	confirm: 'Deze implementatie toepassen?',
	apply: 'Toepassen',
	showYaml: 'De YAML tonen',
	hideYaml: 'De YAML verbergen',
	back: 'Terug',
	watching: (selector: string, namespace: string) => `Pods volgen (${selector}) in naamruimte ${namespace}…`,
	allRunning: (count: number) => (count === 2 ? 'Beide pods draaien.' : plural(count, {one: 'De pod draait.', other: `De ${count} pods draaien allemaal.`})),
	podSecurity: {
		question: (namespace: string) =>
			`De naamruimte ${namespace} dwingt Pod Security "restricted" af, die de voorbeeld-nginx uit de documentatie weigert (die draait als root). Welk voorbeeld implementeren?`,
		hint: 'Gelezen uit het naamruimtelabel pod-security.kubernetes.io/enforce, voordat er iets wordt geïmplementeerd.',
		variant: 'Een variant die aan "restricted" voldoet',
		variantHint: (image: string, port: number) =>
			`${image} op poort ${port}, zonder root, zonder escalatie van bevoegdheden, capabilities verwijderd, RuntimeDefault-seccomp, requests en limits`,
		seeds: 'De voorbeeld-nginx uit de documentatie zoals hij is',
		seedsHint: 'het cluster zal de pods weigeren; de wizard zegt dan waarom',
	},
	question: {
		message: 'De pods kunnen hun installatiekopie niet ophalen. Wat nu?',
		refused: 'Het cluster weigert de pods te maken. Wat nu?',
		again: 'De pods falen nog steeds. Wat nu?',
		fix: 'Nu oplossen',
		fixAgain: 'De oplossing opnieuw proberen',
		watch: 'Blijven volgen',
		watchHint: 'de tabel blijft live; je krijgt de vraag opnieuw als ze weer falen',
		restart: 'De pods nu herstarten',
		restartHint: 'de implementatie maakt ze meteen opnieuw, zonder de back-off af te wachten',
		leave: 'De pods laten zoals ze zijn',
		leaveHint: 'stoppen met volgen en doorgaan naar de samenvatting',
	},
	diagnosisNotice: (title: string, explanation: string, code?: string) => `(x) ${title}${code ? ` (${code})` : ''}: ${explanation}`,
	fixNotice: (fix: string) => `    Oplossing: ${fix}`,
	restart: {
		title: 'De pods herstarten',
		sentence: (name: string, namespace: string) =>
			`De pods van ${name} in naamruimte ${namespace} verwijderen, zodat ze opnieuw worden gemaakt en meteen opnieuw ophalen`,
	},
	left: 'Gestopt met volgen; de pods zijn gelaten zoals ze zijn.',
	restarted: 'Pods verwijderd; de implementatie maakt ze opnieuw en ze halen nu opnieuw op.',
	fixApplied: 'Oplossing toegepast; de pods worden gevolgd terwijl ze herstellen (de kubelet probeert opnieuw met een back-off tot 5 minuten).',
	diagnosis: {
		refused: {
			title: 'Het cluster weigert de pods te maken',
			explanation: (namespace: string, message: string) => `De Deployment in ${namespace} maakt geen pod: de API-server weigert elke pod (${message}).`,
		},
		noPullPermission: {
			title: 'Geen machtiging om uit het register op te halen',
			attach: (registry: string, cluster: string) =>
				`Het register weigerde de pull met 401 Unauthorized: de kubelet-identiteit van ${cluster} heeft geen AcrPull op ${registry}.`,
			attachPending: (role: string, registry: string, cluster: string) =>
				`Het register weigerde de pull met 401 Unauthorized, hoewel ${role} op ${registry} aan de kubelet-identiteit van ${cluster} is toegekend: de roltoewijzing is nog niet van kracht (nieuwe toewijzingen kunnen minuten duren, langer via een Entra-groep). De pods proberen het zelf opnieuw: blijf kijken, en controleer vanaf de knooppunten met de opdracht hieronder.`,
			anonymous: (registry: string, loginServer: string) =>
				`Het register ${registry} weigerde de pull met 401 Unauthorized, en er zijn geen referenties meegestuurd: de pod heeft geen pull-geheim voor ${loginServer} (niet in imagePullSecrets, of de server ervan is niet ${loginServer}).`,
		},
		badCredentials: {
			title: 'Het register weigerde de referenties',
			explanation: (secret: string, registry: string) =>
				`Het register ${registry} weigerde de referenties in ${secret} (401 Unauthorized): een onjuist of verlopen wachtwoord, een verwijderde service-principal of een verwijderd token, of een service-principal zonder AcrPull.`,
		},
		tokenScope: {
			title: 'Het token mag deze opslagplaats niet lezen',
			explanation: (repository: string, registry: string) =>
				`De referenties zijn geaccepteerd, maar hun bereiktoewijzing op ${registry} staat content/read op de opslagplaats ${repository} niet toe (insufficient_scope).`,
		},
		imageNotFound: {
			title: 'De installatiekopie of tag bestaat niet',
			explanation: (image: string, registry: string, repository: string) =>
				`${image} is niet gevonden in ${registry}. Bekijk welke tags er zijn met: az acr repository show-tags --name ${registry} --repository ${repository}`,
		},
		wrongLoginServer: {
			title: 'De installatiekopie noemt de aanmeldingsserver van het register niet',
			explanation: (host: string, loginServer: string) =>
				`De installatiekopie verwijst naar ${host}, en dat is niet de aanmeldingsserver van het register, ${loginServer}.`,
			noSuchHost: (host: string, loginServer: string) =>
				`De host ${host} bestaat niet (no such host). De aanmeldingsserver van het register is ${loginServer}.`,
			fix: (image: string) => `Gebruik de installatiekopie ${image}`,
		},
		secretNotFound: {
			title: 'Het pull-geheim staat niet in deze naamruimte',
			explanation: (secret: string, namespace: string) =>
				`De pod verwijst naar het pull-geheim ${secret}, maar naamruimte ${namespace} heeft geen geheim met die naam (een geheim hoort bij één naamruimte; het is misschien in een andere gemaakt).`,
		},
		unknown: {
			title: 'De installatiekopie kan niet worden opgehaald',
			explanation: (message: string) => message,
		},
	},
	summary: {
		question: 'Wat nu?',
		finish: 'Afronden',
		undo: (count: number) => plural(count, {one: 'De gemaakte wijziging ongedaan maken', other: `De ${count} gemaakte wijzigingen ongedaan maken`}),
		undoHint: 'toont eerst het plan; elke ongedaanmaking wordt ook vastgelegd',
		script: 'De equivalente opdrachten, om het zonder de wizard opnieuw te doen:',
		scriptPowerShell: 'Hetzelfde met Azure PowerShell (Az-module 5.9.0 of later):',
		scriptNote: 'Geheimen worden als tijdelijke aanduidingen getoond; ze zijn nooit opgeschreven.',
		createNote: 'Koppel voor een NIEUW cluster het register in plaats daarvan bij het maken:',
		watch: 'Volg de pods vanuit een andere terminal:',
	},
	screen: {
		podsTitle: (namespace: string) => `Pods in naamruimte ${namespace}`,
		columns: {name: 'NAAM', ready: 'GEREED', status: 'STATUS', restarts: 'HERSTARTS', age: 'LEEFTIJD'},
		eventsOf: (pod: string) => `Gebeurtenissen van ${pod}:`,
		times: (count: number) => ` (x${count})`,
		morePods: (hidden: number, total: number, notUp: number) => `… nog ${hidden} niet getoond (${total} pods, ${notUp} niet actief en gereed)`,
		podLine: (name: string, ready: string, status: string) => `    pod ${name}: ${ready} ${status}`,
		undone: 'ongedaan gemaakt',
		unchanged: 'al aanwezig',
		failed: 'mislukt',
	},
	undo: {
		planTitle: 'De wijzigingen ongedaan maken',
		alreadyGone: 'al weg; niets ongedaan te maken',
		registryNote: (name: string) =>
			`Het register ${name} is door de wizard gemaakt: ongedaan maken verwijdert het met elke installatiekopie erin, ook die welke sindsdien zijn gepusht. Dit kan niet ongedaan worden gemaakt.`,
		unknownKind: (kind: string) => `Er is geen manier bekend om "${kind}" ongedaan te maken; doe het met de hand.`,
		missingParam: (kind: string, name: string) => `Bij het ongedaan maken van "${kind}" ontbreekt "${name}" in het journaal; doe het met de hand.`,
	},
};
