/**
 * AKS clusters that sign in with Microsoft Entra ID, local accounts disabled (most production
 * clusters): the user credential is a kubelogin exec (device code), and the API server takes only
 * Entra tokens for the AKS server application. The real adapters against such a sandbox.
 */
import {chmod, mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {request} from 'node:https';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {parse} from 'yaml';
import {createKubernetes} from '../../source/kubernetes/client-node.js';
import {seedIds} from '../../source/sandbox/index.js';
import {attachSteps} from '../../source/steps/attach/index.js';
import {runSteps} from '../../source/wizard/engine.js';
import {startAttachFlow, type AttachFlow} from '../helpers/attach-flow.js';

const aksId = `/subscriptions/${seedIds.subscriptionId}/resourceGroups/${seedIds.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${seedIds.aksCluster}`;
const sharedRegistryId = `/subscriptions/${seedIds.sharedSubscriptionId}/resourceGroups/${seedIds.sharedResourceGroup}/providers/Microsoft.ContainerRegistry/registries/${seedIds.sharedRegistry}`;
const serverAppId = '6dae42f8-4368-4678-94ff-3960e28e3630';

type ExecUser = {name: string; user: {exec?: {command: string; args: string[]}; token?: string}};

/** POSTs to the sandbox's ARM with a management token, trusting its CA, as `az aks get-credentials` does. */
async function listClusterUserCredential(flow: AttachFlow): Promise<string> {
	const bearer = (await flow.sandbox.credential.getToken(`${flow.sandbox.armEndpoint}/.default`))?.token ?? '';
	const url = new URL(`${aksId}/listClusterUserCredential?api-version=2025-07-01`, flow.sandbox.armEndpoint);
	const body = await new Promise<string>((resolve, reject) => {
		const call = request(url, {method: 'POST', ca: flow.sandbox.caPem, headers: {authorization: `Bearer ${bearer}`, 'content-length': 0}}, (response) => {
			let text = '';
			response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
			response.on('end', () => resolve(text));
		});
		call.on('error', reject);
		call.end();
	});
	const answer = JSON.parse(body) as {kubeconfigs: {value: string}[]};
	return Buffer.from(answer.kubeconfigs[0]?.value ?? '', 'base64').toString('utf8');
}

describe('an AKS cluster with Entra ID sign-in and local accounts disabled, over the sandbox', () => {
	let flow: AttachFlow;
	let directory: string;
	beforeAll(async () => {
		flow = await startAttachFlow('owner', {entraIdClusters: true});
		directory = await mkdtemp(join(tmpdir(), 'entra-aks-'));
	});
	afterAll(async () => {
		await flow.close();
		await rm(directory, {recursive: true, force: true});
	});

	test('the sandbox answers the user credential as a kubelogin device-code exec, reports aadProfile, and its API server refuses the static token', async () => {
		const users = (parse(await listClusterUserCredential(flow)) as {users: ExecUser[]}).users;
		expect(users[0]?.user.exec?.command).toBe('kubelogin');
		expect(users[0]?.user.exec?.args).toEqual(expect.arrayContaining(['get-token', '--server-id', serverAppId, '--login', 'devicecode']));
		const staticToken = createKubernetes({home: directory}).cluster({kind: 'inline', yaml: flow.sandbox.kubeconfigYaml}, seedIds.aksCluster);
		await expect(staticToken.listNamespaces()).rejects.toMatchObject({statusCode: 401});
		const cluster = await flow.azure.getManagedCluster(aksId);
		expect(cluster.entraId).toEqual({localAccountsDisabled: true});
	});

	test("attach deploys the sample to 2/2 Running with a token for the AKS server application from the wizard's own sign-in, no kubelogin needed", async () => {
		const context = flow.context({
			'Which AKS cluster should pull from the registry?': aksId,
			'Apply this change?': 'apply',
			'Apply this deployment?': 'apply',
		});
		context.store.getState().actions.chooseRegistry(await flow.azure.getRegistry(sharedRegistryId));
		await expect(runSteps(attachSteps, context)).resolves.toBe('done');
		expect(context.store.getState().pods.filter((pod) => pod.status === 'Running' && pod.ready === '1/1')).toHaveLength(2);
		const users = (parse(await flow.azure.getClusterUserKubeconfig(aksId)) as {users: ExecUser[]}).users;
		// What the adapter hands on holds a bearer for the server application, not the exec.
		expect(users[0]?.user.exec).toBeUndefined();
		const claims = JSON.parse(Buffer.from((users[0]?.user.token ?? '').split('.')[1] ?? '', 'base64url').toString('utf8')) as {aud: string};
		expect(claims.aud).toBe(serverAppId);
	});

	test('a kubeconfig file with the device-code exec runs kubelogin with --login azurecli, as kubelogin convert-kubeconfig -l azurecli writes it', async () => {
		const path = join(directory, 'entra-config');
		await writeFile(path, await listClusterUserCredential(flow), {mode: 0o600});
		const bin = join(directory, 'bin');
		await rm(bin, {recursive: true, force: true});
		await import('node:fs/promises').then(async (fs) => fs.mkdir(bin));
		const token = (await flow.sandbox.credential.getToken(`${serverAppId}/.default`))?.token ?? '';
		// A stand-in kubelogin: with the az CLI login it prints the ExecCredential; with device code it
		// prints the device-code prompt on stderr and never returns, as the real one waits for the sign-in.
		const credential = JSON.stringify({
			kind: 'ExecCredential',
			apiVersion: 'client.authentication.k8s.io/v1beta1',
			spec: {interactive: false},
			status: {token},
		});
		const script = [
			`#!${process.execPath}`,
			'const args = process.argv.slice(2);',
			"const login = args[args.indexOf('--login') + 1];",
			`if (login === 'azurecli') { process.stdout.write(${JSON.stringify(credential)}); process.exit(0); }`,
			"process.stderr.write('To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code ABCD1234 to authenticate.\\n');",
			'setInterval(() => {}, 1000);',
		].join('\n');
		await writeFile(join(bin, 'kubelogin'), script, {mode: 0o700});
		await chmod(join(bin, 'kubelogin'), 0o700);
		const previous = process.env.PATH;
		process.env.PATH = bin;
		try {
			const cluster = createKubernetes({home: directory}).cluster({kind: 'file', path});
			await expect(cluster.serverVersion(5000)).resolves.toMatch(/^v1\./);
		} finally {
			process.env.PATH = previous;
		}
	});

	test('a kubeconfig file whose kubelogin never gives a token fails the first call at the plugin deadline, naming kubelogin, instead of hanging', async () => {
		const path = join(directory, 'entra-config-hung');
		await writeFile(path, await listClusterUserCredential(flow), {mode: 0o600});
		const bin = join(directory, 'bin-hung');
		await mkdir(bin, {recursive: true});
		// A stand-in kubelogin that gives no token whatever its login (as one waiting on an az CLI or browser sign-in nobody
		// sees); it gives up after 20 s, past this test's own limit, so no process outlives the run.
		await writeFile(join(bin, 'kubelogin'), [`#!${process.execPath}`, 'setTimeout(() => process.exit(1), 20_000);'].join('\n'), {mode: 0o700});
		const previous = process.env.PATH;
		process.env.PATH = bin;
		try {
			// The request's own deadline (30 s here) is far past the plugin's: the plugin's deadline is what ends the wait.
			const cluster = createKubernetes({home: directory}, {pluginDeadlineMs: 1000, callTimeoutMs: 30_000}).cluster({kind: 'file', path});
			await expect(cluster.listNamespaces()).rejects.toMatchObject({
				reason: 'ExecPluginTimeout',
				message: expect.stringContaining('kubelogin') as unknown,
			});
		} finally {
			process.env.PATH = previous;
		}
	}, 15_000);

	test('a kubeconfig file that needs kubelogin, on a machine without it, says so with az aks install-cli instead of a network error', async () => {
		const path = join(directory, 'entra-config-missing');
		await writeFile(path, await listClusterUserCredential(flow), {mode: 0o600});
		const previous = process.env.PATH;
		process.env.PATH = join(directory, 'empty');
		try {
			const cluster = createKubernetes({home: directory}).cluster({kind: 'file', path});
			await expect(cluster.serverVersion(5000)).rejects.toMatchObject({
				reason: 'KubeloginMissing',
				message: expect.stringContaining('az aks install-cli') as unknown,
			});
		} finally {
			process.env.PATH = previous;
		}
	});
});
