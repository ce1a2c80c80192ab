/** Berichten van het logboek van de run en van `acr-wizard runs`, `undo` en `resume`. */
import type {Catalog} from '../catalog.js';
import {plural, list} from './intl.js';

export const record: Catalog['record'] = {
	file: (file: string, id: string) => `Het logboek van deze run: ${file} (acr-wizard undo ${id} verwijdert wat hij heeft gemaakt)`,
	unwritable: (file: string, reason: string) =>
		`Het logboek van deze run kan niet naar ${file} worden geschreven (${reason}); de run gaat zonder logboek verder.`,
	dryRun: {
		plan: (title: string) => `Plan (proefrun, niet toegepast): ${title}`,
		api: (call: string) => `API: ${call}`,
		done: (actions: number, plans: number) =>
			`Proefrun: ${plural(actions, {one: '1 actie', other: `${actions} acties`})} in ${plural(plans, {one: '1 plan', other: `${plans} plannen`})}; er is niets gewijzigd. Voer dezelfde opdracht uit zonder --dry-run om ze toe te passen.`,
		nothing: 'Proefrun: er zou niets veranderen; alles is al aanwezig.',
		screenTitle: 'Het hele plan (proefrun: er is niets gewijzigd)',
	},
	export: {
		header: 'De wijzigingen van een acr-wizard-run, als de opdrachten die hij toonde. Er staat hier geen enkel geheim in.',
		bashRun: 'Voer het uit met: bash run.sh (aangemeld met az login, kubectl gericht op het cluster).',
		powerShellRun: 'Voer het uit met: pwsh ./run.ps1 (PowerShell 7.3 of later, de Az-module aangemeld met Connect-AzAccount, az en kubectl in PATH).',
		umask: 'Wat de opdrachten schrijven (protected-settings-extension.json bevat een wachtwoord), is alleen voor jou leesbaar.',
		missing: (name: string) => `Stel eerst ${name} in de omgeving in: het is een wachtwoord en wordt nooit in dit script geschreven.`,
		written: (directory: string, files: readonly string[]) => `Geëxporteerd naar ${directory}: ${files.join(', ')} (modus 0644: geen ervan bevat een geheim).`,
		needs: (names: readonly string[]) =>
			`run.sh en run.ps1 lezen ${list(names)} uit de omgeving; stel ${plural(names.length, {one: 'die', other: 'ze'})} in voordat je ze uitvoert.`,
		failed: (directory: string, reason: string) => `De export naar ${directory} kon niet worden geschreven: ${reason}`,
		notAFolder: (path: string) => `--export ${path}: dat is een bestand, geen map.`,
		notAFolderFix: 'Noem een map (die wordt gemaakt als hij ontbreekt): --export ./acr-wizard-export',
	},
	runs: {
		none: (directory: string) => `Er zijn nog geen runs vastgelegd (ze worden bewaard in ${directory}).`,
		header: (directory: string) => `Runs vastgelegd in ${directory}, nieuwste eerst:`,
		line: (id: string, date: string, method: string, where: string, state: string) => `${id}  ${date}  ${method}  ${where}  ${state}`,
		standing: (count: number) =>
			count === 0 ? 'er staat niets meer van' : plural(count, {one: '1 wijziging staat nog:', other: `${count} wijzigingen staan nog:`}),
		item: (sentence: string) => `    - ${sentence}`,
		noMethod: 'geen pad gekozen',
		noTarget: 'nog geen register of cluster',
		states: {
			running: 'bezig',
			interrupted: 'onderbroken (het proces is weg)',
			done: 'klaar',
			failed: 'mislukt',
			stopped: 'gestopt',
		},
		demo: '(demo-sandbox: verdwenen met zijn run)',
		unreadable: (file: string, problem: string) => `  ${file} is geen logboek dat deze versie kan lezen: ${problem}`,
	},
	find: {
		none: (directory: string) => `Er is geen run vastgelegd in ${directory}, dus er is niets om ongedaan te maken of te hervatten.`,
		noneFix: 'acr-wizard --demo',
		unknown: (wanted: string) => `Geen vastgelegde run heet ${wanted}.`,
		ambiguous: (wanted: string, ids: string) => `${wanted} past bij meer dan één run: ${ids}.`,
		fix: 'acr-wizard runs',
		demoGone: (id: string) =>
			`De run ${id} liep in de ingebouwde sandbox van de demo, die ermee is geëindigd: er is niets van over, dus er is niets om ongedaan te maken of te hervatten.`,
		demoFix: 'acr-wizard --demo',
		stillRunning: (id: string, pid: number) => `De run ${id} is nog bezig (proces ${pid}); stop hem eerst.`,
		stillRunningFix: (pid: number) => `kill -INT ${pid}`,
		nothingToUndo: (id: string) => `Niets van wat de run ${id} heeft gemaakt, staat nog: er is niets om ongedaan te maken.`,
		finished: (id: string) => `De run ${id} is tot het eind gekomen; er is niets om te hervatten.`,
		finishedFix: (id: string) => `acr-wizard undo ${id}`,
	},
	group: {
		question: (name: string, count: number) =>
			`De resourcegroep ${name} is door deze run gemaakt en bevat ${count === 0 ? 'verder niets' : plural(count, {one: '1 resource', other: `${count} resources`})}. Ook verwijderen?`,
		keep: 'Bewaren',
		remove: 'Verwijderen, met alles erin',
	},
	jsonNeedsYes: '--json schrijft alleen JSON naar stdout, dus daar kan niets worden gevraagd.',
	jsonNeedsYesFix: 'Voeg --yes toe (met flags voor de antwoorden die geen standaardwaarde hebben).',
	jsonValue: (value: string) => `--json=${value}: --json neemt geen andere waarde dan stream.`,
	jsonValueFix: 'Geef --json voor één document aan het eind, of --json=stream voor JSON-regels terwijl de run loopt.',
	undone: (id: string) => `Ongedaan gemaakt: de run ${id} laat niets achter.`,
};
