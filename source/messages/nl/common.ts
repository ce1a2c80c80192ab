/** Berichten die elk scherm deelt. */
import type {Catalog} from '../catalog.js';
import {plural} from './intl.js';

export const common: Catalog['common'] = {
	pathTitle: 'De gekozen manier om het cluster toegang te geven',
	keys: '↑↓ verplaatsen · enter kiezen · esc terug · q stoppen',
	keysMultiple: '↑↓ verplaatsen · spatie aanvinken · enter bevestigen · esc terug · q stoppen',
	keysText: 'enter bevestigen · esc terug · ctrl+c stoppen',
	enterFor: (value: string) => `(enter voor ${value})`,
	example: (value: string) => `bijv. ${value}`,
	typeYourOwn: (value: string) => `Typ er zelf een, bijv. ${value}, en druk op enter.`,
	status: {ok: '✓', warn: '!', fail: 'x', skipped: '-', pending: '·', running: '…'},
	fix: 'Oplossing:',
	nodeTooOld: (version: string, needed: number) =>
		`acr-wizard heeft Node.js ${needed} of nieuwer nodig; dit is Node.js ${version}. Installeer Node.js ${needed} (of start het met een nieuwere node) en probeer het opnieuw.`,
	code: (code: string) => `(${code})`,
	back: 'Terug',
	quit: 'Stoppen',
	yes: 'Ja',
	no: 'Nee',
	replication: {
		principal: (attempt: number, tries: number) =>
			`Wachten tot de directory de nieuwe service-principal toont (poging ${attempt}/${tries}; een nieuw object kan een paar minuten nodig hebben om te repliceren)…`,
		assignment: (attempt: number, tries: number) =>
			`Wachten tot de directory de principal aan Azure-roltoewijzingen toont (poging ${attempt}/${tries}; een nieuw object kan een paar minuten nodig hebben om te repliceren)…`,
	},
	welcome: {
		title: 'Welkom bij acr-wizard',
		intro:
			'Deze wizard geeft een Kubernetes-cluster toegang tot een Azure-containerregister, implementeert een voorbeeld en volgt hoe het draait. Elke wijziging zie je eerst, met de equivalente az- of kubectl-opdracht, en wordt pas uitgevoerd als je bevestigt.',
		pathsTitle: 'Drie manieren om er te komen:',
		paths: [
			{name: 'Koppelen aan AKS', detail: 'AcrPull verlenen aan de kubelet-identiteit van het cluster (az aks update --attach-acr)'},
			{
				name: 'Pull-geheim, elk cluster',
				detail:
					'kind, minikube of elke kubeconfig-context: een service-principal of een token met opslagplaatsbereik in een pull-geheim voor installatiekopieën',
			},
			{name: 'Verbonden register op Arc', detail: 'een verbonden ACR-register in een cluster met Azure Arc, bereikbaar op een clusterIP'},
		],
		sandboxStarting: 'Sandbox: de lokale Azure- en Kubernetes-emulator wordt gestart…',
		sandboxWatch: (kubeconfigPath: string) => `Volg de pods vanuit een andere terminal: KUBECONFIG=${kubeconfigPath} kubectl get pods -A -w`,
		sandbox: (endpoint: string) => `Sandbox: in gesprek met de lokale emulator op ${endpoint}; er gaat niets naar Azure.`,
		sandboxPlays: (cloud: string, suffix: string) => `Hij speelt ${cloud}: registers heten <naam>${suffix}, met de regio's en hostnamen van die cloud.`,
		cloud: (cloud: string, endpoint: string, suffix: string) => `Cloud: ${cloud} (${endpoint}); registers heten <naam>${suffix}.`,
		questionStart: 'Klaar om te beginnen?',
		choiceStart: 'Vereisten controleren',
	},
	notTty: 'acr-wizard heeft een interactieve terminal nodig (een die de cursor kan verplaatsen: niet TERM=dumb).',
	notTtySuggestion: 'Start het in een terminal, of geef --yes mee om de standaardwaarden te nemen (met flags voor de antwoorden die er geen hebben).',
	cancelled: 'Geannuleerd. Er is verder niets gewijzigd.',
	stoppedStanding: (count: number) =>
		plural(count, {
			one: 'Gestopt. Deze run heeft 1 wijziging gemaakt die nog van kracht is:',
			other: `Gestopt. Deze run heeft ${count} wijzigingen gemaakt die nog van kracht zijn:`,
		}),
	stoppedNothing: 'Niets van wat deze run heeft gemaakt, is nog aanwezig.',
	standingUndo: (command: string) => `verwijderen met: ${command}`,
	stopping: 'Stoppen na de huidige actie… (nogmaals Ctrl+C om meteen te stoppen)',
	goingRound: (message: string, count: number) => `Een niet-interactieve run beantwoordde "${message}" ${count} keer zonder verder te komen.`,
	goingRoundSuggestion: 'Start het in een terminal om te zien wat er steeds gevraagd wordt, of geef de flags mee die het beantwoorden.',
	promptRequired: (message: string, flag?: string) =>
		flag ? `Geen antwoord op "${message}" in een niet-interactieve run.` : `"${message}" heeft een antwoord nodig, en deze run kan het niet vragen.`,
	defaultRefused: (message: string, value: string, problem: string) => `${message} de standaardwaarde ${value} kan niet worden gebruikt: ${problem}`,
	promptRequiredSuggestion: (flag?: string) =>
		flag === undefined
			? 'Start acr-wizard in een terminal.'
			: flag.endsWith('-stdin')
				? `Geef het door via ${flag}: printf %s "$SECRET" | acr-wizard … ${flag}`
				: `Geef ${flag} <waarde> mee.`,
	usingDefault: (message: string, value: string) => `${message} ${value} (standaardwaarde, niet-interactief)`,
	usingFlag: (message: string, value: string, flag: string) => `${message} ${value} (uit ${flag})`,
	invalidChoice: (flag: string, value: string, allowed: readonly string[]) => `${flag} ${value} is niet een van: ${allowed.join(', ')}.`,
	anotherValue: (flag: string) => `Geef een andere waarde mee aan ${flag}.`,
	masked: '••••••••',
};
