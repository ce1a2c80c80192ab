import {execFileSync} from 'node:child_process';
import {describe, expect, test} from 'vitest';
import {commandWords, wrapCommand, wrapPath} from '../../source/output/wrap.js';

const roleId =
	'/subscriptions/3c9a1e7b-2d4f-4a6c-8e0b-5f1d2c3b4a59/resourceGroups/rg-acr-sandbox/providers/Microsoft.ContainerRegistry/registries/myregistry/providers/Microsoft.Authorization/roleAssignments/afb96613-b4d5-42c8-9c3c-e34e0d125239';
const commands = [
	`az role assignment delete --ids ${roleId}`,
	'kubectl create secret docker-registry acr-secret --context kind-local --namespace web --docker-server=myregistry.azurecr.io --docker-username=3fa85f64-5717-4562-b3fc-2c963f66afa6 --docker-password="$PASSWORD"',
	`kubectl patch serviceaccount default --context kind-local --namespace web -p '{"imagePullSecrets":[{"$patch":"delete","name":"acr-secret"}]}'`,
	`az acr import --name myregistry --source "docker.io/library/nginx:latest" --image nginx:v1 --subscription 3c9a1e7b-2d4f-4a6c-8e0b-5f1d2c3b4a59`,
];

/** The words the shell reads from `text` (bash parses it; nothing runs). */
function shellWords(text: string): string[] {
	return execFileSync('bash', ['-c', `printf '%s\\n' ${text}`], {encoding: 'utf8', env: {PASSWORD: 'p'}})
		.trimEnd()
		.split('\n');
}

/** The lines as the Command component draws them: continuation lines indented, those going on inside a word at column 0. */
function drawn(command: string, width: number, indent: number): string {
	return wrapCommand(command, width, indent)
		.map((line, index) => (index === 0 || line.midWord ? line.text : `${' '.repeat(indent)}${line.text}`))
		.join('\n');
}

describe('pasteable commands', () => {
	test.each([40, 60, 80, 120])('at %i columns no line is wider than the terminal unless it holds a quoted word, and bash reads the same words', (width) => {
		for (const command of commands) {
			const text = drawn(command, width, 2);
			for (const line of text.split('\n')) if (!line.includes("'")) expect(line.length).toBeLessThanOrEqual(width);
			expect(shellWords(text)).toEqual(shellWords(command));
		}
	});

	test('a command that fits is left alone; a long one is cut between words with " \\"', () => {
		expect(wrapCommand('kubectl get pods', 80)).toEqual([{text: 'kubectl get pods', midWord: false}]);
		const lines = wrapCommand(commands[1] ?? '', 80).map((line) => line.text);
		expect(lines.slice(0, -1).every((line) => line.endsWith(' \\'))).toBe(true);
		expect(lines.join(' ')).not.toMatch(/\w\\\w/);
	});

	test('a role assignment id wider than the line is cut inside the word, going on at column 0 so the shell joins it back', () => {
		const lines = wrapCommand(commands[0] ?? '', 60);
		expect(lines[0]?.text).toBe('az role assignment delete --ids \\');
		expect(lines.slice(2).every((line) => line.midWord)).toBe(true);
		expect(lines.map((line) => line.text.replace(/ ?\\$/, '')).join('')).toContain(roleId);
	});

	test('words keep their quotes', () => {
		expect(commandWords(`kubectl patch sa default -p '{"a": [1, 2]}' --namespace "my ns"`)).toEqual([
			'kubectl',
			'patch',
			'sa',
			'default',
			'-p',
			`'{"a": [1, 2]}'`,
			'--namespace',
			'"my ns"',
		]);
	});
});

describe('Azure PowerShell commands', () => {
	const create = `New-AzRoleAssignment -ObjectId 0d4f9b2e-6c1a-4e8b-9f3d-2a7c5e1b8d60 -RoleDefinitionName AcrPull -Scope ${roleId}`;

	test('are cut between words with PowerShell\'s " `", never bash\'s " \\", and read back as the same words', () => {
		const lines = wrapCommand(create, 60, 2, 'powershell').map((line) => line.text);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.slice(0, -1).every((line) => line.endsWith(' `'))).toBe(true);
		expect(lines.some((line) => line.endsWith('\\'))).toBe(false);
		expect(lines.map((line) => line.replace(/ `$/, '')).join(' ')).toBe(create);
	});

	test('a word wider than the line is left whole (PowerShell cannot join a cut word), for the terminal to wrap', () => {
		const lines = wrapCommand(create, 60, 2, 'powershell');
		expect(lines.some((line) => line.midWord)).toBe(false);
		expect(lines.map((line) => line.text)).toContain(roleId);
	});
});

describe('API calls', () => {
	const cluster =
		'/subscriptions/3c9a1e7b-2d4f-4a6c-8e0b-5f1d2c3b4a59/resourceGroups/rg-acr-sandbox/providers/Microsoft.ContainerService/managedClusters/aks-demo';
	const call = `DELETE ${roleId}; DELETE ${cluster}`;

	test.each([40, 66, 106])('at %i columns each line fits, is cut before a "/" or after "; ", and they join back to the call', (width) => {
		const lines = wrapPath(call, width);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
		for (const line of lines.slice(1)) expect(line).toMatch(/^(?:\/|DELETE \/)/);
		expect(lines.join('').replace(';DELETE', '; DELETE')).toBe(call);
	});

	test('a method stays with its path; a call that fits is left alone', () => {
		expect(wrapPath(call, 66).some((line) => /DELETE$/.test(line))).toBe(false);
		expect(wrapPath('POST /apis/apps/v1/namespaces/default/deployments', 80)).toEqual(['POST /apis/apps/v1/namespaces/default/deployments']);
	});
});
