import {describe, expect, test} from 'vitest';
import {createInkPrompter} from '../../source/ui/ink-prompter.js';
import {testStore} from '../helpers/test-context.js';

/** A promise the test settles itself. */
function deferred<T>() {
	let resolve: (value: T) => void = () => undefined;
	let reject: (error: Error) => void = () => undefined;
	const promise = new Promise<T>((ok, fail) => {
		resolve = ok;
		reject = fail;
	});
	return {promise, resolve, reject};
}

describe('the Ink prompter', () => {
	test('a question withdrawn while its answer is checked neither blocks the next question nor passes it its error', async () => {
		const store = testStore();
		const {prompter, controller} = createInkPrompter(store);
		const checking = deferred<string | undefined>();
		const withdraw = new AbortController();
		const first = prompter.text({id: 'first', message: 'Registry name:', check: async () => checking.promise, signal: withdraw.signal});
		const firstSettled = first.catch((error: unknown) => error);
		controller.answer('myregistry');
		withdraw.abort(new Error('withdrawn'));
		expect(await firstSettled).toMatchObject({message: 'withdrawn'});
		const second = prompter.select({id: 'second', message: 'Which method?', choices: [{value: 'attach', label: 'Attach'}]});
		controller.answer('attach');
		expect(store.getState().question).toBeUndefined();
		expect(await second).toBe('attach');
		const third = prompter.text({id: 'third', message: 'Namespace:'});
		checking.reject(new Error('the name check broke'));
		await checking.promise.catch(() => undefined);
		await new Promise((resolve) => setImmediate(resolve));
		expect(store.getState().question).toMatchObject({id: 'third'});
		expect(store.getState().question?.error).toBeUndefined();
		controller.answer('default');
		expect(await third).toBe('default');
	});

	test('a check that fails shows its message under the same question, which stays asked', async () => {
		const store = testStore();
		const {prompter, controller} = createInkPrompter(store);
		const answer = prompter.text({id: 'name', message: 'Registry name:', check: async () => Promise.reject(new Error('the name check broke'))});
		controller.answer('myregistry');
		await new Promise((resolve) => setImmediate(resolve));
		expect(store.getState().question).toMatchObject({id: 'name', error: 'the name check broke'});
		controller.back();
		await expect(answer).rejects.toMatchObject({name: 'GoBack'});
	});
});
