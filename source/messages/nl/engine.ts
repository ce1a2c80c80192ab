/** Berichten van de plan/bevestig/uitvoer-engine. */
import type {Catalog} from '../catalog.js';
import {plural} from './intl.js';

export const engine: Catalog['engine'] = {
	confirm: (count: number) => plural(count, {one: 'Deze wijziging toepassen?', other: `Deze ${count} wijzigingen toepassen?`}),
	apply: 'Toepassen',
	back: 'Terug',
	planTitle: (title: string) => `Plan: ${title}`,
	call: 'API-aanroep',
	retry: 'Opnieuw proberen vanaf de mislukte actie',
	stop: 'Hier stoppen (wat gedaan is, blijft gedaan; de samenvatting somt het op)',
	afterFailure: 'Wat nu?',
	alsoRunning: 'Loopt ook (vroeg gestart, omdat elk antwoord bekend is):',
	commandStyleKey: (style: 'az' | 'powershell') =>
		style === 'az' ? 'Opdrachten getoond als az · c: toon ze als Azure PowerShell' : 'Opdrachten getoond als Azure PowerShell · c: toon ze als az',
	cloudCommands: (cloud: string, command: string) => `Deze opdrachten zijn voor ${cloud}: voer eerst ${command} uit.`,
};
