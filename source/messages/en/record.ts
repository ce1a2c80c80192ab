/** Messages of the run's record and of `acr-wizard runs`, `undo` and `resume`. */
import {plural, list} from './intl.js';
export const record = {
	/** The last line of every run: where its record is, and how to undo it later. */
	file: (file: string, id: string) => `The record of this run: ${file} (acr-wizard undo ${id} removes what it made)`,
	unwritable: (file: string, reason: string) => `The record of this run cannot be written to ${file} (${reason}); the run goes on without it.`,
	/** --dry-run: the plans built, nothing applied. */
	dryRun: {
		plan: (title: string) => `Plan (dry run, not applied): ${title}`,
		api: (call: string) => `API: ${call}`,
		done: (actions: number, plans: number) =>
			`Dry run: ${plural(actions, {one: '1 action', other: `${actions} actions`})} in ${plural(plans, {one: '1 plan', other: `${plans} plans`})}; nothing was changed. Run the same command without --dry-run to apply them.`,
		nothing: 'Dry run: nothing would change; everything is in place already.',
		screenTitle: 'The whole plan (dry run: nothing was changed)',
	},
	/** --export DIR: the equivalent scripts and the files they apply. */
	export: {
		header: 'The changes of an acr-wizard run, as the commands it showed. No secret is written here.',
		bashRun: 'Run it with: bash run.sh (signed in with az login, kubectl pointed at the cluster).',
		powerShellRun: 'Run it with: pwsh ./run.ps1 (PowerShell 7.3 or later, the Az module signed in with Connect-AzAccount, az and kubectl on PATH).',
		umask: 'What the commands write (protected-settings-extension.json holds a password) is readable by you only.',
		missing: (name: string) => `Set ${name} in the environment first: it is a password, never written into this script.`,
		written: (directory: string, files: readonly string[]) => `Exported to ${directory}: ${files.join(', ')} (mode 0644: none of them holds a secret).`,
		needs: (names: readonly string[]) =>
			`run.sh and run.ps1 read ${list(names)} from the environment; set ${plural(names.length, {one: 'it', other: 'them'})} before running.`,
		failed: (directory: string, reason: string) => `The export to ${directory} could not be written: ${reason}`,
		notAFolder: (path: string) => `--export ${path}: that is a file, not a folder.`,
		notAFolderFix: 'Name a folder (it is made when missing): --export ./acr-wizard-export',
	},
	runs: {
		none: (directory: string) => `No runs are recorded yet (they are kept in ${directory}).`,
		header: (directory: string) => `Runs recorded in ${directory}, newest first:`,
		line: (id: string, date: string, method: string, where: string, state: string) => `${id}  ${date}  ${method}  ${where}  ${state}`,
		standing: (count: number) =>
			count === 0 ? 'nothing of it still stands' : plural(count, {one: '1 change still stands:', other: `${count} changes still stand:`}),
		item: (sentence: string) => `    - ${sentence}`,
		noMethod: 'no path chosen',
		noTarget: 'no registry or cluster yet',
		states: {running: 'running', interrupted: 'interrupted (the process is gone)', done: 'done', failed: 'failed', stopped: 'stopped'},
		demo: '(demo sandbox: gone with its run)',
		unreadable: (file: string, problem: string) => `  ${file} is not a record this version can read: ${problem}`,
	},
	find: {
		none: (directory: string) => `No run is recorded in ${directory}, so there is nothing to undo or resume.`,
		noneFix: 'acr-wizard --demo',
		unknown: (wanted: string) => `No recorded run is called ${wanted}.`,
		ambiguous: (wanted: string, ids: string) => `${wanted} names more than one run: ${ids}.`,
		fix: 'acr-wizard runs',
		demoGone: (id: string) =>
			`The run ${id} ran in the demo's embedded sandbox, which ended with it: nothing it made remains, so there is nothing to undo or resume.`,
		demoFix: 'acr-wizard --demo',
		stillRunning: (id: string, pid: number) => `The run ${id} is still running (process ${pid}); stop it first.`,
		stillRunningFix: (pid: number) => `kill -INT ${pid}`,
		nothingToUndo: (id: string) => `Nothing the run ${id} made still stands: there is nothing to undo.`,
		finished: (id: string) => `The run ${id} reached its end; there is nothing to resume.`,
		finishedFix: (id: string) => `acr-wizard undo ${id}`,
	},
	group: {
		question: (name: string, count: number) =>
			`The resource group ${name} was created by this run and holds ${count === 0 ? 'nothing else' : plural(count, {one: '1 resource', other: `${count} resources`})}. Delete it too?`,
		keep: 'Keep it',
		remove: 'Delete it with everything in it',
	},
	jsonNeedsYes: '--json writes only JSON on stdout, so nothing can be asked there.',
	jsonNeedsYesFix: 'Add --yes (with flags for the answers that have no default).',
	jsonValue: (value: string) => `--json=${value}: --json takes no value but stream.`,
	jsonValueFix: 'Pass --json for one document at the end, or --json=stream for JSON lines as the run goes.',
	undone: (id: string) => `Undone: the run ${id} leaves nothing behind.`,
} as const;
