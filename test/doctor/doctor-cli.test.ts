/**
 * The built `acr-wizard doctor`, run as a script would (pipes, so not a terminal): the demo world's report
 * as JSON valid against its schema, the text report, and the refusals of bad input with exit code 2.
 * `npm test` builds first; running vitest alone needs `npm run build`.
 */
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, test} from 'vitest';
import {doctorValidator} from './schema.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

type Run = {readonly code: number | null; readonly stdout: string; readonly stderr: string};

async function run(args: readonly string[]): Promise<Run> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [cli, ...args], {cwd: root, env: {...process.env, CI: undefined}, stdio: ['pipe', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
		child.on('error', reject);
		child.on('close', (code) => resolve({code, stdout, stderr}));
		child.stdin.end();
	});
}

beforeAll(() => {
	if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm test does).');
});

describe.concurrent('acr-wizard doctor, the built command', () => {
	test('doctor --demo --json: a schema-valid report whose first finding is the broken pull secret, exit 1', async () => {
		const result = await run(['doctor', '--demo', '--json']);
		expect(result.stderr).toBe('');
		const document = JSON.parse(result.stdout) as {status: string; findings: Array<{id: string; title: string}>; elapsedMs: number};
		const validate = await doctorValidator();
		expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
		expect(result.code).toBe(1);
		expect(document.status).toBe('fail');
		expect(document.findings[0]).toMatchObject({id: 'pull-secret', title: "The pull secret 'acr-secret' is not of a docker type"});
		// Secrets never reach the report: the demo secret's password is the registry's admin password, and no password field exists.
		expect(result.stdout).not.toMatch(/password"\s*:/i);
	});

	test('doctor --demo: the text report quotes the kubelet and names the fix', async () => {
		const result = await run(['doctor', '--demo']);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain("(x) The pull secret 'acr-secret' is not of a docker type");
		expect(result.stdout).toContain('evidence: Warning Failed: Failed to pull image "contososharedacr.azurecr.io/nginx:v1"');
		expect(result.stdout).toContain(
			'fix: kubectl get secret acr-secret --namespace default --context kind-local --output json | jq \'.type="kubernetes.io/dockerconfigjson"\'',
		);
	});

	test('--pod with --deployment is refused before anything starts, exit 2', async () => {
		const result = await run(['doctor', '--pod', 'a', '--deployment', 'b']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('--pod and --deployment both name what to examine; give one of them.');
		expect(result.stderr).toContain('acr-wizard doctor --pod <name>, or acr-wizard doctor --deployment <name>');
	});

	test('an unknown context is refused naming the known ones, exit 2 (as JSON with --json)', async () => {
		const result = await run(['doctor', '--demo', '--context', 'nope', '--json']);
		expect(result.code).toBe(2);
		const document = JSON.parse(result.stdout) as {error: {message: string; suggestion: string}};
		expect((await doctorValidator())(document)).toBe(true);
		expect(document.error.message).toContain("The kubeconfig has no context 'nope'. Its contexts: ");
		expect(document.error.message).toContain('aks-sandbox');
		expect(document.error.suggestion).toContain('--context <name>');
	});

	test('an unknown namespace and an unknown pod are refused, exit 2', async () => {
		const namespace = await run(['doctor', '--demo', '--namespace', 'nowhere']);
		expect(namespace.code).toBe(2);
		expect(namespace.stderr).toContain("The cluster of context 'kind-local' has no namespace 'nowhere'.");
		const pod = await run(['doctor', '--demo', '--pod', 'ghost']);
		expect(pod.code).toBe(2);
		expect(pod.stderr).toContain("There is no pod 'ghost' in namespace 'default'.");
		expect(pod.stderr).toContain('kubectl get pods --namespace default --context kind-local');
	});

	test('a wizard-only flag is refused for doctor, exit 2', async () => {
		const result = await run(['doctor', '--sku', 'basic']);
		expect(result.code).toBe(2);
	});
});
