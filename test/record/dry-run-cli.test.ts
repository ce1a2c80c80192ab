/**
 * `--dry-run` over a sandbox the built CLI joins (started here, so what exists can be read
 * before and after): for each path (attach, a new AKS cluster, a pull secret with a new service
 * principal and with a token, the connected registry) the whole plan comes out as text and as
 * JSON valid against schemas/wizard-output.json, every action with its command and API call,
 * and the sandbox holds exactly what it held before (no registry, principal, role assignment,
 * token or Kubernetes object made, no password added); no record is kept.
 */
import {spawn} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import Ajv from 'ajv';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import type {WizardJson} from '../../source/output/json.js';
import {startSandbox, type Sandbox} from '../../source/sandbox/index.js';
import {built} from '../reliability/harness.js';

const schema = JSON.parse(readFileSync('schemas/wizard-output.json', 'utf8')) as object;
const validate = new Ajv({allErrors: true}).compile(schema);

let sandbox: Sandbox;
let stateHome: string;

beforeAll(async () => {
	sandbox = await startSandbox({pace: 'fast'});
	stateHome = mkdtempSync(join(tmpdir(), 'acr-wizard-dry-run-'));
});
afterAll(async () => {
	await sandbox.close();
	rmSync(stateHome, {recursive: true, force: true});
});

/** Runs the built CLI joined to the sandbox, stdout and stderr apart. */
async function dryRun(args: readonly string[]): Promise<{stdout: string; stderr: string; code: number | null}> {
	const child = spawn(process.execPath, ['dist/cli.js', '--sandbox', sandbox.armEndpoint, '--yes', '--dry-run', ...args], {
		env: {...process.env, NO_COLOR: '1', XDG_STATE_HOME: stateHome},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
	const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
	return {stdout, stderr, code};
}

/** The plan's actions as `command` lines, in order. */
const commandsOf = (document: WizardJson) => (document.plan ?? []).flatMap((plan) => plan.actions.map((action) => action.command));

const paths: ReadonlyArray<{readonly name: string; readonly args: readonly string[]; readonly expected: readonly RegExp[]}> = [
	{
		name: 'attach to an existing AKS cluster',
		args: ['--method', 'attach', '--registry-name', 'dryattach1'],
		expected: [
			/^az acr create --name dryattach1 /,
			/^az acr import --name dryattach1 /,
			/^az aks update --name aks-sandbox .*--attach-acr dryattach1$/,
			/^az aks get-credentials /,
			/^kubectl apply --context aks-sandbox -f acr-nginx\.yaml/,
		],
	},
	{
		name: 'a new AKS cluster attached at creation',
		args: ['--method', 'attach', '--registry-name', 'drynewaks1', '--create-cluster', 'aks-dry', '--cluster-resource-group', 'rg-acr-sandbox'],
		expected: [
			/^az acr create --name drynewaks1 /,
			/^az acr import /,
			/^az aks create --name aks-dry .*--attach-acr drynewaks1$/,
			/^az aks get-credentials .*aks-dry/,
			/^kubectl apply --context aks-dry -f acr-nginx\.yaml/,
		],
	},
	{
		name: 'a pull secret with a new service principal',
		args: ['--method', 'pull-secret', '--registry-name', 'drysp1', '--credential', 'new-service-principal', '--sp-name', 'dry-sp'],
		expected: [
			/^az acr create --name drysp1 /,
			/^az acr import /,
			/^PASSWORD=\$\(az ad sp create-for-rbac --name dry-sp /,
			/^az role assignment create --assignee \$USER_NAME /,
			/^kubectl create secret docker-registry acr-secret .*--docker-username=\$USER_NAME/,
			/^kubectl apply -f my-awesome-app-pod\.yaml/,
		],
	},
	{
		name: 'a pull secret with a repository-scoped token',
		args: ['--method', 'pull-secret', '--registry-name', 'drytoken1', '--credential', 'token'],
		expected: [
			/^az acr create --name drytoken1 /,
			/^az acr import /,
			/^az acr scope-map create /,
			/^az acr token create --name acr-pull-token /,
			/^TOKEN_PASSWORD=\$\(az acr token credential generate /,
			/^kubectl create secret docker-registry acr-secret .*--docker-username=acr-pull-token/,
			/^kubectl apply -f my-awesome-app-pod\.yaml/,
		],
	},
	{
		name: 'a connected registry on the Arc cluster',
		args: ['--method', 'connected-registry', '--registry-name', 'dryconnected1'],
		expected: [
			/^az acr create --name dryconnected1 .*--sku premium/,
			/^az acr update --name dryconnected1 --data-endpoint-enabled true$/,
			/^az provider register /,
			/^az acr import /,
			/^az acr connected-registry create /,
			/get-settings --name myconnectedregistry/,
			/^az k8s-extension create /,
			/^az acr scope-map create --name mytoken-scope-map/,
			/^az acr token create --name mytoken/,
			/^TOKEN_PASSWORD=\$\(az acr token credential generate --name mytoken/,
			/^az acr connected-registry update .*--add-client-tokens mytoken$/,
			/^kubectl create secret docker-registry regcred /,
			/^kubectl apply -f hello-world-deployment\.yaml/,
		],
	},
];

describe.skipIf(!built)('--dry-run: the whole plan, nothing changed', {timeout: 180_000}, () => {
	for (const path of paths) {
		test(`${path.name}: every action planned with its command and API call (JSON valid), and the sandbox unchanged`, async () => {
			const before = sandbox.inventory();
			const {stdout, stderr, code} = await dryRun([...path.args, '--json']);
			expect(code, stderr).toBe(0);
			const document = JSON.parse(stdout) as WizardJson;
			expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
			expect(document).toMatchObject({state: 'done', dryRun: true, actions: [], resources: []});
			const commands = commandsOf(document);
			expect(commands).toHaveLength(path.expected.length);
			path.expected.forEach((pattern, index) => expect(commands[index]).toMatch(pattern));
			expect(document.script).toEqual(commands);
			for (const action of (document.plan ?? []).flatMap((plan) => plan.actions)) expect(action.call).toMatch(/^(PUT|POST|PATCH|DELETE|GET) /);
			expect(stderr).toContain('Plan (dry run, not applied): ');
			expect(stderr).toMatch(/Dry run: \d+ actions in \d+ plans; nothing was changed\./);
			expect(sandbox.inventory()).toEqual(before);
			// A dry run changes nothing, so there is no record to undo or resume.
			expect(readdirSync(stateHome)).toEqual([]);
		});
	}

	test('as text, each plan with its actions, commands and API calls, and the line saying nothing was changed', async () => {
		const before = sandbox.inventory();
		const {stdout, code} = await dryRun(['--method', 'attach', '--registry-name', 'drytext1']);
		expect(code).toBe(0);
		expect(stdout).toContain(
			'Plan (dry run, not applied): Create the registry drytext1\n(-) Create the Basic registry drytext1 in rg-acr-sandbox\n    $ az acr create',
		);
		expect(stdout).toMatch(
			/\n {4}API: PUT \/subscriptions\/[^/]+\/resourceGroups\/rg-acr-sandbox\/providers\/Microsoft\.ContainerRegistry\/registries\/drytext1\n/,
		);
		expect(stdout).toContain('Dry run: 5 actions in 5 plans; nothing was changed. Run the same command without --dry-run to apply them.');
		expect(sandbox.inventory()).toEqual(before);
	});
});
