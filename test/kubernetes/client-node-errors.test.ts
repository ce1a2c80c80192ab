import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {ApiException} from '@kubernetes/client-node';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {toKubeError} from '../../source/kubernetes/client-node-errors.js';
import {describeKubeconfig, loadKubeconfig} from '../../source/kubernetes/client-node-kubeconfig.js';
import {KubeError} from '../../source/kubernetes/kubernetes.js';

const server = 'https://aks-dns-12345.hcp.eastus.azmk8s.io:443';
const fetchFailed = (code: string, message: string) => Object.assign(new TypeError('fetch failed'), {cause: Object.assign(new Error(message), {code})});

describe('toKubeError', () => {
	test('an ApiException keeps the Status reason, message and code, never its own text', () => {
		const body = JSON.stringify({
			kind: 'Status',
			apiVersion: 'v1',
			metadata: {},
			status: 'Failure',
			message: 'secrets "acr-secret" already exists',
			reason: 'AlreadyExists',
			details: {name: 'acr-secret', kind: 'secrets'},
			code: 409,
		});
		const error = toKubeError(new ApiException(409, 'Unknown API Status Code!', body, {'content-type': 'application/json'}), server);
		expect(error).toBeInstanceOf(KubeError);
		expect(error).toMatchObject({message: 'secrets "acr-secret" already exists', reason: 'AlreadyExists', statusCode: 409});
	});

	test('a 401 without a body says the credentials were not accepted', () => {
		expect(toKubeError(new ApiException(401, 'Unauthorized', undefined, {}), server)).toMatchObject({
			reason: 'Unauthorized',
			statusCode: 401,
			message: `The cluster at ${server} did not accept the kubeconfig's credentials (401 Unauthorized).`,
		});
	});

	test('a body that is not a Status (a proxy page) falls back to the code', () => {
		expect(toKubeError(new ApiException(502, 'Unknown API Status Code!', '<html>Bad gateway</html>', {}), server)).toMatchObject({
			reason: 'Unknown',
			statusCode: 502,
			message: 'The cluster answered HTTP 502.',
		});
		expect(
			toKubeError(new ApiException(403, 'Unknown API Status Code!', {message: 'forbidden: User "u" cannot list resource "pods"'}, {}), server),
		).toMatchObject({reason: 'Forbidden', statusCode: 403});
	});

	test('a watch refused with a status code maps like an API answer', () => {
		expect(toKubeError(Object.assign(new Error('Forbidden'), {statusCode: 403}), server)).toMatchObject({reason: 'Forbidden', statusCode: 403});
	});

	test('connection failures are reason network, with what went wrong in plain words', () => {
		expect(toKubeError(fetchFailed('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.1:443'), server).message).toBe(
			`Nothing answered at ${server} (connection refused): is the cluster running?`,
		);
		expect(toKubeError(fetchFailed('ENOTFOUND', 'getaddrinfo ENOTFOUND aks-dns'), server).message).toBe(`The cluster's address in ${server} does not resolve.`);
		expect(toKubeError(fetchFailed('SELF_SIGNED_CERT_IN_CHAIN', 'self-signed certificate in certificate chain'), server).message).toContain(
			'(self-signed certificate in certificate chain)',
		);
		const reset = toKubeError(fetchFailed('ECONNRESET', 'socket hang up'), server);
		expect(reset).toMatchObject({reason: 'network', message: `The request to ${server} failed (socket hang up).`});
		expect(toKubeError(new TypeError('fetch failed'), server).reason).toBe('network');
	});

	test('anything else keeps its message under reason Unknown, and a KubeError passes through', () => {
		expect(toKubeError(new Error('No active cluster!'), server)).toMatchObject({reason: 'Unknown'});
		const original = new KubeError('x', 'NotFound', 404);
		expect(toKubeError(original, server)).toBe(original);
	});
});

describe('kubeconfig files', () => {
	let directory = '';
	beforeAll(async () => {
		directory = await mkdtemp(join(tmpdir(), 'kubeconfig-'));
	});
	afterAll(async () => {
		await rm(directory, {recursive: true, force: true});
	});

	test('an empty file is a kubeconfig without contexts, as kubectl reads it', async () => {
		const path = join(directory, 'empty');
		await writeFile(path, '\n');
		expect(describeKubeconfig(loadKubeconfig({kind: 'file', path}, {home: directory}))).toEqual({contexts: [], path});
		expect(describeKubeconfig(loadKubeconfig({kind: 'inline', yaml: ''}, {home: directory}))).toEqual({contexts: []});
	});

	test('a broken file names the file and the line, never its content', async () => {
		const path = join(directory, 'broken');
		await writeFile(path, 'users:\n- name: u\n  user:\n    token: super-secret-token\n   bad: [\n');
		let caught: unknown;
		try {
			loadKubeconfig({kind: 'file', path}, {home: directory});
		} catch (error) {
			caught = error;
		}
		expect(caught).toMatchObject({reason: 'KubeconfigInvalid'});
		const message = caught instanceof Error ? caught.message : '';
		expect(message).toMatch(new RegExp(`^The kubeconfig ${path} could not be read: .*\\(line \\d+\\)$`));
		expect(message).not.toContain('super-secret-token');
	});

	test("a relative certificate path is resolved against the file's folder", async () => {
		const path = join(directory, 'relative');
		await writeFile(
			path,
			'clusters:\n- name: c\n  cluster:\n    server: https://127.0.0.1:6443\n    certificate-authority: ca.crt\ncontexts:\n- name: x\n  context: {cluster: c, user: u}\nusers:\n- name: u\n  user: {token: t}\ncurrent-context: x\n',
		);
		const {config} = loadKubeconfig({kind: 'file', path}, {home: directory});
		expect(config.getCluster('c')?.caFile).toBe(join(directory, 'ca.crt'));
	});
});
