import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {chmod, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {seedIds, type Sandbox} from '../../../source/sandbox/index.js';
import {raw} from '../helpers.js';

/** The real kubectl, when the machine has one. */
export const kubectlPath = ['/usr/bin/kubectl', '/usr/local/bin/kubectl'].find((p) => existsSync(p));

/** What a kubectl run printed and how it ended. */
export type KubectlRun = {readonly code: number; readonly stdout: string; readonly stderr: string};

/** A scratch directory with the sandbox's kubeconfig, removed by `close`. */
export type Scratch = {readonly dir: string; readonly kubeconfig: string; close(): Promise<void>};

/** Writes the sandbox's kubeconfig into a fresh scratch directory. */
export async function scratch(sandbox: Sandbox): Promise<Scratch> {
	const dir = await mkdtemp(join(tmpdir(), 'sandbox-failures-'));
	const kubeconfig = join(dir, 'config');
	await sandbox.writeKubeconfig(kubeconfig);
	return {dir, kubeconfig, close: async () => rm(dir, {recursive: true, force: true})};
}

/** Runs the real kubectl with a kubeconfig and a PATH of our choosing (so which exec plugins exist is known). */
export function kubectl(kubeconfig: string, args: readonly string[], env: Record<string, string> = {}): Promise<KubectlRun> {
	return new Promise((resolve) => {
		execFile(
			kubectlPath ?? 'kubectl',
			['--kubeconfig', kubeconfig, '--request-timeout', '10s', ...args],
			{env: {PATH: '/usr/bin:/bin', HOME: tmpdir(), ...env}, timeout: 30_000},
			(error, stdout, stderr) => {
				const code = error && typeof error.code === 'number' ? error.code : error ? 1 : 0;
				resolve({code, stdout, stderr});
			},
		);
	});
}

/** The AKS cluster's ARM id path. */
export const aksPath = `/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${seedIds.aksCluster}`;

/** `az aks get-credentials`: the user kubeconfig listClusterUserCredential returns, written to a file. */
export async function getCredentials(sandbox: Sandbox, path: string): Promise<void> {
	const answer = await raw(sandbox, 'POST', `${aksPath}/listClusterUserCredential?api-version=2025-10-01`);
	const value = (answer.body as {kubeconfigs: {value: string}[]}).kubeconfigs[0]?.value ?? '';
	await writeFile(path, Buffer.from(value, 'base64'), {mode: 0o600});
}

/**
 * Writes an exec credential plugin named `kubelogin` into `dir`: like kubelogin's MSI login, it asks the
 * sandbox's managed-identity endpoint for a token for the AKS server app and prints an ExecCredential,
 * or prints the token endpoint's error and exits 1, as kubelogin does when the sign-in is refused.
 */
export async function writeKubelogin(dir: string, sandbox: Sandbox): Promise<void> {
	const caPath = join(dir, 'ca.pem');
	await writeFile(caPath, sandbox.caPem);
	const script = `#!${process.execPath}
const https = require('node:https');
const fs = require('node:fs');
const args = process.argv.slice(2);
const serverId = args[args.indexOf('--server-id') + 1];
const url = new URL(${JSON.stringify(`${sandbox.armEndpoint}/msi/token`)});
url.searchParams.set('resource', serverId);
const req = https.request(url, {method: 'GET', ca: fs.readFileSync(${JSON.stringify(caPath)}), headers: {Metadata: 'true'}}, (res) => {
	let text = '';
	res.on('data', (c) => (text += c));
	res.on('end', () => {
		const body = JSON.parse(text);
		if (res.statusCode !== 200) {
			process.stderr.write('Error: failed to get token: ' + body.error_description + '\\n');
			process.exit(1);
		}
		process.stdout.write(JSON.stringify({kind: 'ExecCredential', apiVersion: 'client.authentication.k8s.io/v1beta1', spec: {interactive: false}, status: {token: body.access_token, expirationTimestamp: new Date(Number(body.expires_on) * 1000).toISOString()}}));
	});
});
req.on('error', (e) => { process.stderr.write(String(e)); process.exit(1); });
req.end();
`;
	const path = join(dir, 'kubelogin');
	await writeFile(path, script);
	await chmod(path, 0o755);
}
