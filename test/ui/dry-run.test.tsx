import {cleanup} from 'ink-testing-library';
import {afterEach, expect, test} from 'vitest';
import {renderApp} from '../helpers/render.js';

afterEach(() => cleanup());

test('the summary of a dry run lists every plan with its actions, commands and API calls, and says nothing was changed', async () => {
	const app = renderApp({
		state: {
			view: 'summary',
			dryRun: true,
			planned: [
				{
					stepId: 'registry',
					title: 'Create the registry myregistry',
					notes: [],
					actions: [
						{
							id: 'create-registry-myregistry',
							sentence: 'Create the Basic registry myregistry in rg',
							command: 'az acr create --name myregistry --resource-group rg --sku basic',
							call: 'PUT /subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/myregistry',
						},
					],
				},
				{
					stepId: 'deploy',
					title: 'Deploy the sample',
					notes: [],
					actions: [
						{
							id: 'deploy',
							sentence: 'Deploy nginx0-deployment',
							command: 'kubectl apply -f acr-nginx.yaml',
							call: 'POST /apis/apps/v1/namespaces/default/deployments',
						},
					],
				},
			],
		},
	});
	const frame = await app.waitFor('Dry run: 2 actions in 2 plans');
	expect(frame).toContain('The whole plan (dry run: nothing was changed)');
	expect(frame).toContain('Create the registry myregistry');
	expect(frame).toContain('(-) Create the Basic registry myregistry in rg');
	expect(frame).toContain('$ az acr create --name myregistry --resource-group rg --sku basic');
	// A call longer than the line wraps under itself, cut before a `/`: never inside a word, never back at column 0.
	expect(frame).toMatch(/\n {4}API: PUT \/subscriptions\/s\/resourceGroups\/rg\/providers\/Microsoft\.ContainerRegistry\/registries *\n {9}\/myregistry\n/);
	expect(frame).toContain('API: POST /apis/apps/v1/namespaces/default/deployments');
	expect(frame).toContain('$ kubectl apply -f acr-nginx.yaml');
	expect(frame).not.toContain('Undo');
});
