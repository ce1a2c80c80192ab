/**
 * Kubeconfig users that run a credential plugin (`user.exec`). @kubernetes/client-node runs it with
 * stdout and stderr captured, so a plugin that prompts (kubelogin's device code, its default) waits
 * on a prompt nobody sees. As `kubelogin convert-kubeconfig -l azurecli` rewrites the file, the
 * in-memory copy of such a user runs `kubelogin get-token --login azurecli --server-id …` instead
 * (the az CLI's sign-in, no prompt); a plugin that is not installed is said plainly before any call;
 * and the plugin gets a deadline, so a hung one fails with words rather than waiting for ever.
 */
import {accessSync, constants} from 'node:fs';
import {delimiter, join} from 'node:path';
import type {KubeConfig, User} from '@kubernetes/client-node';
import {messages} from '../messages/catalog.js';
import {KubeError} from './kubernetes.js';

type Exec = {readonly command?: unknown; readonly args?: unknown; readonly installHint?: unknown} & Record<string, unknown>;

/** kubelogin logins that prompt a person (device code is its default when `--login` is absent). */
const promptingLogins = new Set(['devicecode', 'interactive']);

const stringArgs = (exec: Exec): string[] => (Array.isArray(exec.args) ? exec.args.filter((arg): arg is string => typeof arg === 'string') : []);

function argValue(args: readonly string[], flag: string): string | undefined {
	const index = args.indexOf(flag);
	if (index >= 0) return args[index + 1];
	return args.find((arg) => arg.startsWith(`${flag}=`))?.slice(flag.length + 1);
}

/** True for `kubelogin get-token …` (any path to kubelogin, as kubelogin's converter matches it). */
export function isKubeloginExec(exec: Exec | undefined): boolean {
	return exec !== undefined && typeof exec.command === 'string' && exec.command.toLowerCase().includes('kubelogin') && stringArgs(exec).includes('get-token');
}

/**
 * The args `kubelogin convert-kubeconfig -l azurecli` writes for a prompting login: `get-token --login
 * azurecli --server-id <id>` (its tenant and client ids are dropped: the az CLI login decides them);
 * a non-prompting login (azurecli, spn, msi, workload identity) is kept as it is.
 */
export function azureCliArgs(args: readonly string[]): readonly string[] {
	const login = argValue(args, '--login') ?? argValue(args, '-l') ?? 'devicecode';
	if (!promptingLogins.has(login)) return args;
	const serverId = argValue(args, '--server-id');
	const cacheDir = argValue(args, '--cache-dir') ?? argValue(args, '--token-cache-dir');
	return [
		'get-token',
		'--login',
		'azurecli',
		...(serverId === undefined ? [] : ['--server-id', serverId]),
		...(cacheDir === undefined ? [] : ['--cache-dir', cacheDir]),
	];
}

/** Whether `command` runs here: a path that is executable, or a name found on `PATH`. */
function installed(command: string, path: string | undefined): boolean {
	const runnable = (file: string): boolean => {
		try {
			accessSync(file, constants.X_OK);
			return true;
		} catch {
			return false;
		}
	};
	if (command.includes('/') || command.includes('\\')) return runnable(command);
	const extensions = process.platform === 'win32' ? ['', '.exe', '.cmd', '.bat'] : [''];
	return (path ?? '')
		.split(delimiter)
		.some((directory) => directory !== '' && extensions.some((extension) => runnable(join(directory, `${command}${extension}`))));
}

/**
 * Prepares the current context's user: a prompting kubelogin login becomes the az CLI login, and a
 * plugin that is not installed is a KubeError naming how to install it (`az aks install-cli` for kubelogin).
 */
export function prepareExecUser(config: KubeConfig, path: string | undefined = process.env.PATH): void {
	const text = messages().errors.kube.adapter;
	const user: User | null = config.getCurrentUser();
	const exec = user?.exec as Exec | undefined;
	if (!user || typeof exec?.command !== 'string') return;
	if (!installed(exec.command, path)) {
		if (isKubeloginExec(exec)) throw new KubeError(text.kubeloginMissing(user.name), 'KubeloginMissing');
		const hint = typeof exec.installHint === 'string' ? (exec.installHint.trim().split('\n')[0] ?? '') : '';
		throw new KubeError(text.execPluginMissing(user.name, exec.command, hint), 'ExecPluginMissing');
	}
	if (!isKubeloginExec(exec)) return;
	const args = azureCliArgs(stringArgs(exec));
	const converted: User = {...user, exec: {...exec, args}};
	config.users = config.users.map((item) => (item.name === user.name ? converted : item));
}

/** Races the authentication (where the plugin runs) against `deadlineMs`, for users with a plugin. */
export async function withPluginDeadline<T>(config: KubeConfig, authenticate: () => Promise<T>, deadlineMs: number): Promise<T> {
	const exec = config.getCurrentUser()?.exec as Exec | undefined;
	if (typeof exec?.command !== 'string') return authenticate();
	const command = exec.command;
	let timer: NodeJS.Timeout | undefined;
	const deadline = new Promise<never>((_resolve, reject) => {
		timer = setTimeout(
			() => reject(new KubeError(messages().errors.kube.adapter.execPluginTimeout(command, Math.round(deadlineMs / 1000)), 'ExecPluginTimeout')),
			deadlineMs,
		);
		timer.unref();
	});
	try {
		return await Promise.race([authenticate(), deadline]);
	} finally {
		clearTimeout(timer);
	}
}
