/**
 * `--export DIR`: the run as files a person can keep and run again: `run.sh` (bash, stopping at
 * the first failure), `run.ps1` (Azure PowerShell where an action has its Az equivalent, the same
 * az or kubectl command elsewhere) and the YAML files they apply. The commands are the ones the
 * run showed (its journal, or a dry run's plans); a secret is never written: a password a command
 * makes is kept in a variable, one the user gave is read from the environment, checked first.
 */
import {messages} from '../messages/catalog.js';
import {secretVariables, type SecretVariable} from '../commands/variables.js';
import {summaryLines, undoStepId} from '../wizard/journal.js';
import type {WizardState} from '../wizard/store.js';
import type {CloudName} from '../azure/clouds.js';
import {azCloudCommands, powerShellCloudCommands} from '../commands/cloud.js';
import type {PlannedAction} from '../wizard/types.js';
import {powerShellOf} from '../commands/powershell.js';

export {powerShellOf};

/** One file of the export: its name in the folder, its text, its mode. */
export type ExportFile = {readonly name: string; readonly content: string; readonly mode: number};

/** The actions the export replays: what the run did and still stands, or every action a dry run planned. */
export function exportedActions(state: Pick<WizardState, 'dryRun' | 'planned' | 'journal'>): PlannedAction[] {
	if (state.dryRun) return state.planned.flatMap((plan) => plan.actions);
	const lines = summaryLines(state.journal);
	return state.journal
		.filter((entry) => entry.stepId !== undoStepId)
		.filter((_entry, index) => lines[index]?.outcome === 'done' || lines[index]?.outcome === 'unchanged');
}

const allVariables = Object.values(secretVariables) as SecretVariable[];

/** The secret variables the commands use before (or without) any command assigning them: the script reads them from the environment. */
export function variablesFromEnvironment(commands: readonly string[]): SecretVariable[] {
	const assigned = new Set<SecretVariable>();
	const needed: SecretVariable[] = [];
	for (const command of commands) {
		for (const name of allVariables) {
			if (command.includes(`"$${name}"`) && !assigned.has(name) && !needed.includes(name)) needed.push(name);
		}
		for (const name of allVariables) if (new RegExp(`(^|\\n|&& )${name}=\\$\\(`).test(command)) assigned.add(name);
	}
	return needed;
}

/** A comment line of either script (both shells use `#`). */
const comment = (text: string) => `# ${text}`;

/** The text of run.sh; in a sovereign cloud it first puts az there (az cloud set, az login). */
export function bashScript(actions: readonly PlannedAction[], cloud?: CloudName): string {
	const text = messages().record.export;
	const commands = actions.map((action) => action.command);
	const needed = variablesFromEnvironment(commands);
	return [
		'#!/usr/bin/env bash',
		comment(text.header),
		comment(text.bashRun),
		'set -euo pipefail',
		// The YAML files are beside the script: run from wherever, it reads them there.
		'cd "$(dirname "$0")"',
		comment(text.umask),
		'umask 077',
		...needed.map((name) => `: "\${${name}:?${text.missing(name)}}"`),
		...(actions.length > 0 && azCloudCommands(cloud).length > 0 ? ['', ...azCloudCommands(cloud)] : []),
		...actions.flatMap((action) => ['', comment(action.sentence), action.command]),
		'',
	].join('\n');
}

/** The text of run.ps1; in a sovereign cloud it first signs in there (Connect-AzAccount -Environment). */
export function powerShellScript(actions: readonly PlannedAction[], cloud?: CloudName): string {
	const text = messages().record.export;
	const needed = variablesFromEnvironment(actions.map((action) => action.command));
	return [
		comment(text.header),
		comment(text.powerShellRun),
		"$ErrorActionPreference = 'Stop'",
		'$PSNativeCommandUseErrorActionPreference = $true',
		'Set-Location -Path $PSScriptRoot',
		...needed.flatMap((name) => [`if (-not $env:${name}) { throw '${text.missing(name).replace(/'/g, "''")}' }`, `$${name} = $env:${name}`]),
		...(actions.length > 0 && powerShellCloudCommands(cloud).length > 0 ? ['', ...powerShellCloudCommands(cloud)] : []),
		...actions.flatMap((action) => ['', comment(action.sentence), action.powershell ?? powerShellOf(action.command)]),
		'',
	].join('\n');
}

/** Every file of the export: the two scripts and the YAML files (none holds a secret, so all are 0644). */
export function exportFiles(
	state: Pick<WizardState, 'dryRun' | 'planned' | 'journal'> & {readonly environment?: Pick<WizardState['environment'], 'azureCloud'>},
): ExportFile[] {
	const cloud = state.environment?.azureCloud;
	const actions = exportedActions(state);
	const yaml = new Map<string, string>();
	for (const action of actions) for (const file of action.files ?? []) yaml.set(file.name, file.content);
	return [
		{name: 'run.sh', content: bashScript(actions, cloud), mode: 0o644},
		{name: 'run.ps1', content: powerShellScript(actions, cloud), mode: 0o644},
		...[...yaml].map(([name, content]) => ({name, content, mode: 0o644})),
	];
}
