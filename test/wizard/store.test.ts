import {describe, expect, test} from 'vitest';
import {testStore} from '../helpers/test-context.js';

describe('wizard store', () => {
	test('a new run starts on the welcome view with nothing recorded', () => {
		const state = testStore().getState();
		expect(state).toMatchObject({view: 'welcome', checks: [], journal: [], notices: [], progress: []});
		expect(state.question).toBeUndefined();
	});

	test('updateCheck changes only the named row', () => {
		const store = testStore();
		const {resetChecks, updateCheck} = store.getState().actions;
		resetChecks([
			{id: 'az', title: 'Azure CLI', status: 'running'},
			{id: 'kubectl', title: 'kubectl', status: 'running'},
		]);
		updateCheck('az', {status: 'ok', summary: '2.61.0'});
		expect(store.getState().checks).toEqual([
			{id: 'az', title: 'Azure CLI', status: 'ok', summary: '2.61.0'},
			{id: 'kubectl', title: 'kubectl', status: 'running'},
		]);
	});

	test('showPlan resets the progress to one pending row per action', () => {
		const store = testStore();
		const action = {id: 'a', sentence: 'A', command: 'az a', call: 'PUT /a'};
		store.getState().actions.showPlan({stepId: 's', title: 'T', actions: [action, {...action, id: 'b'}], notes: []});
		store.getState().actions.setProgress('a', 'ok');
		expect(store.getState().progress).toEqual([
			{id: 'a', status: 'ok', detail: undefined},
			{id: 'b', status: 'pending'},
		]);
	});

	test('refuseAnswer sets the error of the pending question only', () => {
		const store = testStore();
		store.getState().actions.refuseAnswer('ignored');
		expect(store.getState().question).toBeUndefined();
		store.getState().actions.ask({kind: 'text', id: 'n', message: 'Name:'});
		store.getState().actions.refuseAnswer('Too short.');
		expect(store.getState().question).toMatchObject({message: 'Name:', error: 'Too short.'});
		store.getState().actions.clearQuestion();
		expect(store.getState().question).toBeUndefined();
	});

	test('setTarget merges into the target', () => {
		const store = testStore();
		store.getState().actions.setTarget({context: 'kind-local'});
		store.getState().actions.setTarget({namespace: 'default'});
		expect(store.getState().target).toEqual({context: 'kind-local', namespace: 'default'});
	});
});
