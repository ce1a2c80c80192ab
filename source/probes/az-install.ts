/**
 * What is installed on this machine for doctor's local-tools checks, read from disk without running
 * anything: an az extension's version and the core it needs, whether az's profile holds a sign-in, and
 * whether a command is on PATH.
 */
import {accessSync, constants} from 'node:fs';
import {readdir, readFile, realpath, stat} from 'node:fs/promises';
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

/**
 * The az version az itself last wrote into `versionCheck.json` (`versions.azure-cli.local`), when that is newer than
 * the az executable at `azPath` (so az was not upgraded since): reading it costs no Python start.
 */
export async function cachedAzVersion(dir: string, azPath: string): Promise<string | undefined> {
	try {
		const parsed = JSON.parse((await readFile(join(dir, 'versionCheck.json'), 'utf8')).replace(/^\uFEFF/, '')) as {
			versions?: {'azure-cli'?: {local?: unknown}};
			update_time?: unknown;
		};
		const version = parsed.versions?.['azure-cli']?.local;
		const updated = typeof parsed.update_time === 'string' ? Date.parse(`${parsed.update_time.replace(' ', 'T').slice(0, 23)}Z`) : Number.NaN;
		if (typeof version !== 'string' || Number.isNaN(updated)) return undefined;
		const installed = (await stat(await realpath(azPath))).mtimeMs;
		return updated > installed ? version : undefined;
	} catch {
		return undefined;
	}
}

/** The extensions in az's extension directory with their versions (from each wheel's METADATA). */
export async function listAzExtensions(root: string): Promise<Record<string, string>> {
	const names = await readdir(root).catch((): string[] => []);
	const found = await Promise.all(names.map(async (name) => [name, (await readAzExtension(root, name))?.version] as const));
	return Object.fromEntries(found.filter((entry): entry is readonly [string, string] => entry[1] !== undefined));
}

/** The first path `command` runs from: itself when it is a path, else the first match on `path`; undefined when none. */
export function whichPath(command: string, path: string | undefined, platform: NodeJS.Platform = process.platform): string | undefined {
	const runnable = (file: string): boolean => {
		try {
			accessSync(file, constants.X_OK);
			return true;
		} catch {
			return false;
		}
	};
	if (command.includes('/') || command.includes('\\')) return runnable(command) ? command : undefined;
	const extensions = platform === 'win32' ? ['', '.exe', '.cmd', '.bat'] : [''];
	for (const directory of (path ?? '').split(delimiter)) {
		if (directory === '') continue;
		for (const extension of extensions) {
			const file = join(directory, `${command}${extension}`);
			if (runnable(file)) return file;
		}
	}
	return undefined;
}

/** Whether `command` runs here: a path that is executable, or a name found on `path` (with Windows' extensions there). */
export function isOnPath(command: string, path: string | undefined, platform: NodeJS.Platform = process.platform): boolean {
	return whichPath(command, path, platform) !== undefined;
}
