/** Messages of the plan/confirm/run engine. */
import {plural} from './intl.js';
export const engine = {
	confirm: (count: number) => plural(count, {one: 'Apply this change?', other: `Apply these ${count} changes?`}),
	apply: 'Apply',
	back: 'Back',
	planTitle: (title: string) => `Plan: ${title}`,
	call: 'API call',
	retry: 'Retry from the failed action',
	stop: 'Stop here (what was done stays done; the summary lists it)',
	afterFailure: 'What next?',
	/** Above the actions of work started early (--yes) that run beside the plan on screen. */
	alsoRunning: 'Also running (started early, as every answer is known):',
	commandStyleKey: (style: 'az' | 'powershell') =>
		style === 'az' ? 'Commands shown as az · c: show them as Azure PowerShell' : 'Commands shown as Azure PowerShell · c: show them as az',
	cloudCommands: (cloud: string, command: string) => `These commands are for ${cloud}: run ${command} first.`,
} as const;
