/**
 * Kubeconfig loading as kubectl does it: an explicit file, else every file of `$KUBECONFIG`
 * merged (the first file to define a name or the current context wins), else `~/.kube/config`;
 * or a YAML held in memory (AKS user credentials), which is never written to disk.
 */
import {existsSync, readFileSync, statSync} from 'node:fs';
import {homedir} from 'node:os';
import {delimiter, join} from 'node:path';
import {KubeConfig} from '@kubernetes/client-node';
import {messages} from '../messages/catalog.js';
import {KubeError, type KubeconfigInfo, type KubeconfigSource} from './kubernetes.js';

/** A loaded kubeconfig, and the file(s) it came from for messages. */
export type LoadedKubeconfig = {readonly config: KubeConfig; readonly path?: string};

/** Where to look when no path is given; injectable so tests need not touch the real home. */
export type KubeconfigEnvironment = {readonly kubeconfigVariable?: string; readonly home: string};

/** The process's own `$KUBECONFIG` and home directory. */
export function processEnvironment(): KubeconfigEnvironment {
	return {kubeconfigVariable: process.env.KUBECONFIG, home: homedir()};
}

/** Why a YAML failed to parse, without quoting the file (it may hold a token). */
function parseDetail(error: unknown): string {
	const yamlError = error as {name?: unknown; reason?: unknown; mark?: {line?: unknown}};
	if (yamlError.name === 'YAMLException' && typeof yamlError.reason === 'string') {
		return typeof yamlError.mark?.line === 'number' ? `${yamlError.reason} (line ${yamlError.mark.line + 1})` : yamlError.reason;
	}
	return error instanceof Error ? error.message : String(error);
}

function parse(load: (config: KubeConfig) => void, label: string): KubeConfig {
	const config = new KubeConfig();
	try {
		load(config);
	} catch (error) {
		throw new KubeError(messages().errors.kube.adapter.kubeconfigUnreadable(label, parseDetail(error)), 'KubeconfigInvalid');
	}
	return config;
}

function loadFile(path: string): KubeConfig {
	const text = messages().errors.kube.adapter;
	// A directory or a file that cannot be read is not a missing kubeconfig: say what it is.
	if (statSync(path).isDirectory()) throw new KubeError(text.kubeconfigUnreadable(path, text.kubeconfigIsDirectory), 'KubeconfigInvalid');
	let content: string;
	try {
		content = readFileSync(path, 'utf8');
	} catch (error) {
		throw new KubeError(text.kubeconfigUnreadable(path, error instanceof Error ? error.message : String(error)), 'KubeconfigInvalid');
	}
	// An empty file parses to nothing; kubectl treats it as a kubeconfig without contexts.
	if (content.trim() === '') return parse((config) => config.loadFromOptions({clusters: [], users: [], contexts: [], currentContext: ''}), path);
	return parse((config) => config.loadFromFile(path), path);
}

/** kubectl's merge: names already defined by an earlier file are kept, the first current context wins. */
function merge(configs: readonly KubeConfig[]): KubeConfig {
	const merged = new KubeConfig();
	const firstByName = <T extends {name: string}>(lists: ReadonlyArray<readonly T[]>): T[] => {
		const seen = new Map<string, T>();
		for (const item of lists.flat()) if (!seen.has(item.name)) seen.set(item.name, item);
		return [...seen.values()];
	};
	merged.loadFromOptions({
		clusters: firstByName(configs.map((config) => config.clusters)),
		users: firstByName(configs.map((config) => config.users)),
		contexts: firstByName(configs.map((config) => config.contexts)),
		currentContext: configs.map((config) => config.currentContext).find((name) => Boolean(name)) ?? '',
	});
	return merged;
}

/** Loads the kubeconfig `source` points at; a missing file is a KubeError that says how to get one. */
export function loadKubeconfig(source: KubeconfigSource, environment: KubeconfigEnvironment = processEnvironment()): LoadedKubeconfig {
	const text = messages().errors.kube.adapter;
	if (source.kind === 'inline') return {config: parse((config) => config.loadFromString(source.yaml.trim() === '' ? '{}' : source.yaml), 'kubeconfig')};
	if (source.path !== undefined) {
		if (!existsSync(source.path)) throw new KubeError(text.kubeconfigMissing(source.path), 'KubeconfigNotFound');
		return {config: loadFile(source.path), path: source.path};
	}
	const listed = (environment.kubeconfigVariable ?? '').split(delimiter).filter((path) => path !== '');
	if (listed.length > 0) {
		// kubectl skips the files of the list that do not exist.
		const present = listed.filter((path) => existsSync(path));
		if (present.length === 0) throw new KubeError(text.kubeconfigNoneInList(listed.join(delimiter)), 'KubeconfigNotFound');
		return {config: merge(present.map(loadFile)), path: present.join(delimiter)};
	}
	const path = join(environment.home, '.kube', 'config');
	if (!existsSync(path)) throw new KubeError(text.kubeconfigMissing(path), 'KubeconfigNotFound');
	return {config: loadFile(path), path};
}

/** The contexts of a loaded kubeconfig, in our words. */
export function describeKubeconfig({config, path}: LoadedKubeconfig): KubeconfigInfo {
	const contexts = config.getContexts().map((context) => {
		const exec: unknown = config.getUser(context.user)?.exec;
		const command = typeof exec === 'object' && exec !== null ? (exec as {command?: unknown}).command : undefined;
		return {
			name: context.name,
			cluster: context.cluster,
			server: config.getCluster(context.cluster)?.server ?? '',
			...(context.namespace ? {namespace: context.namespace} : {}),
			user: context.user,
			...(typeof command === 'string' ? {execCommand: command} : {}),
		};
	});
	const current = config.getCurrentContext();
	return {contexts, ...(current ? {currentContext: current} : {}), ...(path === undefined ? {} : {path})};
}

/** Points `config` at `context` (or keeps the current one); an unknown or missing context is a KubeError. */
export function selectContext(config: KubeConfig, context?: string): void {
	const text = messages().errors.kube.adapter;
	const name = context ?? config.getCurrentContext();
	if (!name) throw new KubeError(text.noCurrentContext, 'ContextNotFound');
	if (!config.getContextObject(name)) {
		throw new KubeError(
			text.contextMissing(
				name,
				config
					.getContexts()
					.map((item) => item.name)
					.join(', '),
			),
			'ContextNotFound',
		);
	}
	config.setCurrentContext(name);
}
