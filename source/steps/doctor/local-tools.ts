/**
 * Doctor's local facts: the az CLI and its aks-preview extension, kubectl, the kubeconfig user's credential
 * plugin, and whether doctor runs as root through sudo with root's own (empty) az profile. Reads only; the
 * two version commands run at once, each with a deadline, beside the cluster and Azure reads.
 */
import type {LocalFacts} from '../../diagnosis/doctor-facts.js';
import {azConfigDir} from '../../probes/az-profile.js';
import {azExtensionDir, cachedAzVersion, isOnPath, listAzExtensions, readAzExtension, readAzProfileState, whichPath} from '../../probes/az-install.js';
import {ToolMissingError, type Exec} from '../../probes/tool.js';
import {parseAzVersion, parseKubectlVersion} from '../../probes/versions.js';

/** Where the local facts come from: the command runner, the environment, and the user id (undefined on Windows). */
export type LocalDeps = {readonly exec: Exec; readonly env: NodeJS.ProcessEnv; readonly uid?: number};

/** The kubeconfig user of the examined context: its name and its credential plugin. */
export type KubeUser = {readonly name: string; readonly execCommand?: string};

const azDeadlineMs = 8000;
const kubectlDeadlineMs = 5000;

/**
 * az's version and extensions: from what az itself last wrote (its version cache, its extension directory) when az
 * was not upgraded since, else from `az version -o json` (a Python start: about a second).
 */
async function readAz(deps: LocalDeps): Promise<LocalFacts['az']> {
	const path = whichPath('az', deps.env['PATH']);
	if (path === undefined && deps.env['PATH'] !== undefined) return {installed: false, extensions: {}};
	const cached = path ? await cachedAzVersion(azConfigDir(deps.env), path) : undefined;
	if (cached) return {installed: true, version: cached, extensions: await listAzExtensions(azExtensionDir(deps.env))};
	return runAzVersion(deps.exec);
}

/** `az version -o json`: the core's version and every extension's. */
async function runAzVersion(exec: Exec): Promise<LocalFacts['az']> {
	try {
		const {stdout} = await exec('az', ['version', '-o', 'json'], {timeoutMs: azDeadlineMs});
		const version = parseAzVersion(stdout);
		let extensions: Record<string, string> = {};
		try {
			const parsed = JSON.parse(stdout) as {extensions?: unknown};
			if (typeof parsed.extensions === 'object' && parsed.extensions !== null)
				extensions = Object.fromEntries(Object.entries(parsed.extensions).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
		} catch {
			// An answer that is not JSON: no extensions known.
		}
		return {installed: true, ...(version ? {version} : {}), extensions};
	} catch (error) {
		return {installed: !(error instanceof ToolMissingError), extensions: {}};
	}
}

async function readKubectl(exec: Exec): Promise<LocalFacts['kubectl']> {
	try {
		const {stdout} = await exec('kubectl', ['version', '--client', '-o', 'json'], {timeoutMs: kubectlDeadlineMs});
		const version = parseKubectlVersion(stdout);
		return {installed: true, ...(version ? {version} : {})};
	} catch (error) {
		return {installed: !(error instanceof ToolMissingError)};
	}
}

/** Root through sudo (`SUDO_USER` set, uid 0): az reads root's profile, not the invoking user's. */
async function readSudo(deps: LocalDeps): Promise<LocalFacts['sudo']> {
	const user = deps.env['SUDO_USER'];
	if (deps.uid !== 0 || user === undefined || user === '' || user === 'root') return undefined;
	const dir = azConfigDir(deps.env);
	return {user, azConfigDir: dir, profile: await readAzProfileState(dir)};
}

/** Starts the reads that do not depend on the context (az, kubectl, sudo); `finish` adds the context's plugin. */
export function startLocalFacts(deps: LocalDeps): {finish(user: KubeUser | undefined): Promise<LocalFacts>} {
	const reads = Promise.all([
		readAz(deps),
		readKubectl(deps.exec),
		readSudo(deps),
		readAzExtension(azExtensionDir(deps.env), 'aks-preview').catch(() => undefined),
	]);
	// finish() may come late (after the target is resolved): keep an early failure from going unhandled meanwhile.
	void reads.catch(() => undefined);
	return {
		async finish(user) {
			const [az, kubectl, sudo, files] = await reads;
			const previewVersion = az.extensions['aks-preview'] ?? files?.version;
			const aksPreview =
				files || previewVersion
					? {
							...(previewVersion ? {version: previewVersion} : {}),
							...(files?.minCliCoreVersion ? {minCliCoreVersion: files.minCliCoreVersion} : {}),
							...(files ? {directory: files.directory} : {}),
						}
					: undefined;
			const execPlugin = user?.execCommand ? {user: user.name, command: user.execCommand, onPath: isOnPath(user.execCommand, deps.env['PATH'])} : undefined;
			return {az, kubectl, ...(aksPreview ? {aksPreview} : {}), ...(execPlugin ? {execPlugin} : {}), ...(sudo ? {sudo} : {})};
		},
	};
}
