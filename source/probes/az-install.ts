/**
 * What is installed on this machine for doctor's local-tools checks, read from disk without running
 * anything: an az extension's version and the core it needs, whether az's profile holds a sign-in, and
 * whether a command is on PATH.
 */
import {accessSync, constants} from 'node:fs';
import {readdir, readFile} from 'node:fs/promises';
import {delimiter, join} from 'node:path';
import {azConfigDir} from './az-profile.js';

/** An installed az extension as its own files describe it. */
export type AzExtensionFiles = {readonly directory: string; readonly version?: string; readonly minCliCoreVersion?: string};

/** Where az keeps user-installed extensions: `AZURE_EXTENSION_DIR`, else `<config dir>/cliextensions`. */
export function azExtensionDir(env: NodeJS.ProcessEnv = process.env): string {
	return env['AZURE_EXTENSION_DIR'] ?? join(azConfigDir(env), 'cliextensions');
}

/** The extension `name` in `root`, read from its wheel's METADATA and its `azext_metadata.json`; undefined when it is not there. */
export async function readAzExtension(root: string, name: string): Promise<AzExtensionFiles | undefined> {
	const directory = join(root, name);
	const entries = await readdir(directory).catch(() => undefined);
	if (!entries) return undefined;
	const distInfo = entries.find((entry) => entry.endsWith('.dist-info'));
	const metadata = distInfo ? await readFile(join(directory, distInfo, 'METADATA'), 'utf8').catch(() => '') : '';
	const version = /^Version:\s*(\S+)/m.exec(metadata)?.[1];
	const module = `azext_${name.replace(/-/g, '_')}`;
	const azext = await readFile(join(directory, module, 'azext_metadata.json'), 'utf8').catch(() => '');
	let minCliCoreVersion: string | undefined;
	try {
		const parsed = JSON.parse(azext) as Record<string, unknown>;
		const value = parsed['azext.minCliCoreVersion'];
		if (typeof value === 'string') minCliCoreVersion = value;
	} catch {
		// No metadata file, or not JSON: the minimum is not known.
	}
	return {directory, ...(version ? {version} : {}), ...(minCliCoreVersion ? {minCliCoreVersion} : {})};
}

/** What az's profile in `dir` holds: no file, a file without subscriptions (signed out), or a sign-in. */
export async function readAzProfileState(dir: string): Promise<'missing' | 'empty' | 'signed-in'> {
	let text: string;
	try {
		text = await readFile(join(dir, 'azureProfile.json'), 'utf8');
	} catch {
		return 'missing';
	}
	try {
		// azureProfile.json is written with a byte order mark.
		const parsed = JSON.parse(text.replace(/^\uFEFF/, '')) as {subscriptions?: unknown};
		return Array.isArray(parsed.subscriptions) && parsed.subscriptions.length > 0 ? 'signed-in' : 'empty';
	} catch {
		return 'empty';
	}
}

/** Whether `command` runs here: a path that is executable, or a name found on `path` (with Windows' extensions there). */
export function isOnPath(command: string, path: string | undefined, platform: NodeJS.Platform = process.platform): boolean {
	const runnable = (file: string): boolean => {
		try {
			accessSync(file, constants.X_OK);
			return true;
		} catch {
			return false;
		}
	};
	if (command.includes('/') || command.includes('\\')) return runnable(command);
	const extensions = platform === 'win32' ? ['', '.exe', '.cmd', '.bat'] : [''];
	return (path ?? '')
		.split(delimiter)
		.some((directory) => directory !== '' && extensions.some((extension) => runnable(join(directory, `${command}${extension}`))));
}
