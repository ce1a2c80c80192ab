/** Writes the export's files into its folder (made if missing), each with its own mode whatever the umask. */
import {statSync} from 'node:fs';
import {chmod, mkdir, writeFile} from 'node:fs/promises';
import {join, resolve} from 'node:path';
import {messages} from '../messages/catalog.js';
import {exportFiles, exportedActions, variablesFromEnvironment, type ExportFile} from './script.js';
import type {WizardState} from '../wizard/store.js';

/** Why `--export <path>` cannot be used (it names a file), before anything starts; undefined when it can. */
export function exportProblem(path: string): {readonly message: string; readonly suggestion: string} | undefined {
	const text = messages().record.export;
	const found = (() => {
		try {
			return statSync(path);
		} catch {
			return undefined;
		}
	})();
	return found && !found.isDirectory() ? {message: text.notAFolder(path), suggestion: text.notAFolderFix} : undefined;
}

/** Writes the export of a run that ended; the lines that say what was written (or why not). */
export async function exportRun(directory: string, state: Pick<WizardState, 'dryRun' | 'planned' | 'journal' | 'environment'>): Promise<string[]> {
	const text = messages().record.export;
	try {
		const written = await writeExport(directory, exportFiles(state));
		const needed = variablesFromEnvironment(exportedActions(state).map((action) => action.command));
		return [
			text.written(
				resolve(directory),
				written.map((path) => path.slice(resolve(directory).length + 1)),
			),
			...(needed.length > 0 ? [text.needs(needed)] : []),
		];
	} catch (error: unknown) {
		return [text.failed(resolve(directory), error instanceof Error ? error.message : String(error))];
	}
}

/** Writes `files` into `directory`; the paths written, in order. */
export async function writeExport(directory: string, files: readonly ExportFile[]): Promise<string[]> {
	const folder = resolve(directory);
	await mkdir(folder, {recursive: true});
	const written: string[] = [];
	for (const file of files) {
		const path = join(folder, file.name);
		await writeFile(path, file.content, {encoding: 'utf8', mode: file.mode});
		// writeFile's mode applies only to a new file, less the umask: set it exactly.
		await chmod(path, file.mode);
		written.push(path);
	}
	return written;
}
