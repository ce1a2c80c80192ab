/**
 * What real clients (az, kubectl) need to talk to a running sandbox, written as files next to the
 * kubeconfig: the CA as `ca.pem`, an `env` file of shell exports, the cloud definition az registers,
 * and a `setup-az` script that registers that cloud and signs in through the managed-identity endpoint.
 */
import {chmod, mkdir, writeFile} from 'node:fs/promises';
import {join} from 'node:path';

/** The sandbox cloud's name as az knows it after `setup-az`. */
export const sandboxCloudName = 'AzureSandbox';

/** The env file's variable naming the Azure cloud the sandbox plays (`AzureChinaCloud`), for clients that join it. */
export const sandboxCloudVariable = 'ACR_WIZARD_SANDBOX_CLOUD';

/** An unused loopback port: az's proxy settings point there, so nothing it sends can leave the machine. */
const blackholeProxy = 'http://127.0.0.1:9';

/** The files written, by what they are. */
export type ClientFiles = {
	readonly dir: string;
	readonly kubeconfig: string;
	readonly caPem: string;
	readonly env: string;
	readonly cloudConfig: string;
	readonly setupAz: string;
	readonly azureConfigDir: string;
};

/** What the files describe. */
export type ClientFilesInput = {
	readonly dir: string;
	readonly armEndpoint: string;
	readonly caPem: string;
	readonly kubeconfigYaml: string;
	readonly acrSuffix: string;
	/** The Azure cloud the sandbox plays. */
	readonly plays?: string;
};

/** Quotes a value for a POSIX shell. */
const shellQuote = (value: string): string => `'${value.replace(/'/g, `'\\''`)}'`;

/** The environment variables that point az and kubectl at the sandbox (and keep az off the internet). */
export function clientEnvironment(
	files: Pick<ClientFiles, 'kubeconfig' | 'caPem' | 'azureConfigDir'>,
	armEndpoint: string,
	plays = 'AzureCloud',
): Record<string, string> {
	return {
		ACR_WIZARD_SANDBOX: armEndpoint,
		[sandboxCloudVariable]: plays,
		KUBECONFIG: files.kubeconfig,
		REQUESTS_CA_BUNDLE: files.caPem,
		SSL_CERT_FILE: files.caPem,
		MSI_ENDPOINT: `${armEndpoint}/msi/token`,
		AZURE_CONFIG_DIR: files.azureConfigDir,
		AZURE_CORE_COLLECT_TELEMETRY: 'false',
		AZURE_CORE_SURVEY_MESSAGE: 'false',
		HTTPS_PROXY: blackholeProxy,
		HTTP_PROXY: blackholeProxy,
		https_proxy: blackholeProxy,
		http_proxy: blackholeProxy,
		NO_PROXY: '127.0.0.1,localhost',
		no_proxy: '127.0.0.1,localhost',
	};
}

/** The cloud definition for `az cloud register --cloud-config @cloud.json` (az 2.45 reads only these names). */
export function cloudConfig(armEndpoint: string, acrSuffix: string): Record<string, unknown> {
	return {
		endpoints: {
			resourceManager: `${armEndpoint}/`,
			management: 'https://management.core.windows.net/',
			activeDirectory: `${armEndpoint}/adfs`,
			activeDirectoryResourceId: 'https://management.core.windows.net/',
			activeDirectoryGraphResourceId: `${armEndpoint}/graph/`,
			microsoftGraphResourceId: `${armEndpoint}/graph/`,
		},
		suffixes: {acrLoginServerEndpoint: `.${acrSuffix}`},
	};
}

/** Writes kubeconfig, ca.pem, env, cloud.json and setup-az into `dir` (created if missing), all readable only by the user. */
export async function writeClientFiles(input: ClientFilesInput): Promise<ClientFiles> {
	const {dir} = input;
	const files: ClientFiles = {
		dir,
		kubeconfig: join(dir, 'kubeconfig'),
		caPem: join(dir, 'ca.pem'),
		env: join(dir, 'env'),
		cloudConfig: join(dir, 'cloud.json'),
		setupAz: join(dir, 'setup-az'),
		azureConfigDir: join(dir, 'azure'),
	};
	await mkdir(files.azureConfigDir, {recursive: true, mode: 0o700});
	const environment = clientEnvironment(files, input.armEndpoint, input.plays);
	const envText = [
		'# Point az and kubectl at the acr-wizard sandbox: `. ./env`, then `./setup-az` once.',
		...Object.entries(environment).map(([name, value]) => `export ${name}=${shellQuote(value)}`),
		'',
	].join('\n');
	const setupText = [
		'#!/bin/sh',
		'# Registers the sandbox as an az cloud in its own AZURE_CONFIG_DIR and signs in through its managed-identity endpoint.',
		'set -e',
		`. ${shellQuote(files.env)}`,
		`az cloud show --name ${sandboxCloudName} >/dev/null 2>&1 || az cloud register --name ${sandboxCloudName} --cloud-config @${shellQuote(files.cloudConfig)} --output none`,
		`az cloud set --name ${sandboxCloudName} --output none`,
		'az login --identity --output none',
		'az account show --query "{subscription: name, id: id, user: user.name}" --output table',
		'',
	].join('\n');
	await Promise.all([
		writeFile(files.kubeconfig, input.kubeconfigYaml, {encoding: 'utf8', mode: 0o600}),
		writeFile(files.caPem, input.caPem, {encoding: 'utf8', mode: 0o600}),
		writeFile(files.env, envText, {encoding: 'utf8', mode: 0o600}),
		writeFile(files.cloudConfig, `${JSON.stringify(cloudConfig(input.armEndpoint, input.acrSuffix), null, 2)}\n`, {encoding: 'utf8', mode: 0o600}),
		writeFile(files.setupAz, setupText, {encoding: 'utf8', mode: 0o700}),
	]);
	await chmod(files.setupAz, 0o700);
	return files;
}
