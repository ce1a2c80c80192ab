import {afterEach, describe, expect, test, vi} from 'vitest';
import {Reflector, type Listing, type WatchLike} from '../../source/kubernetes/client-node-reflector.js';
import {KubeError} from '../../source/kubernetes/kubernetes.js';

type Item = {metadata: {name: string; resourceVersion: string}; value?: string};
type Session = {query: Record<string, unknown>; emit(type: string, object: unknown): void; end(error?: unknown): void; controller: AbortController};

/** A stand-in for client-node's Watch that the test drives: one session per watch request. */
function scriptedWatch() {
	const sessions: Session[] = [];
	const watch: WatchLike = {
		async watch(_path, query, callback, done) {
			const controller = new AbortController();
			let ended = false;
			const end = (error: unknown = null) => {
				if (ended) return;
				ended = true;
				done(error);
			};
			controller.signal.addEventListener('abort', () => end(new DOMException('This operation was aborted', 'AbortError')));
			sessions.push({query, emit: (type, object) => callback(type, object), end, controller});
			return controller;
		},
	};
	return {watch, sessions};
}

const item = (name: string, resourceVersion: string, value?: string): Item => ({metadata: {name, resourceVersion}, ...(value === undefined ? {} : {value})});

function reflector(lists: Array<Listing<Item> | Error>) {
	const {watch, sessions} = scriptedWatch();
	const changes: string[][] = [];
	const fatal: KubeError[] = [];
	let listCalls = 0;
	const instance = new Reflector<Item>({
		watch,
		path: '/api/v1/namespaces/demo/pods',
		query: {labelSelector: 'app=nginx0'},
		list: async () => {
			const next = lists[Math.min(listCalls++, lists.length - 1)];
			if (next === undefined || next instanceof Error) throw next ?? new Error('no list');
			return next;
		},
		server: 'https://127.0.0.1:6443',
		onChange: () => changes.push([...instance.items.values()].map((entry) => `${entry.metadata.name}${entry.value ? `=${entry.value}` : ''}`)),
		onFatal: (error) => fatal.push(error),
	});
	return {instance, sessions, changes, fatal, listCount: () => listCalls};
}

const session = (sessions: Session[], index: number): Session => {
	const found = sessions[index];
	if (!found) throw new Error(`no watch session ${index}`);
	return found;
};

describe('Reflector', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	test('lists, then watches from the list resourceVersion with the same selector and keeps the map in step', async () => {
		const {instance, sessions, changes} = reflector([{items: [item('a', '5')], resourceVersion: '10'}]);
		await instance.start();
		expect(session(sessions, 0).query).toMatchObject({labelSelector: 'app=nginx0', resourceVersion: '10', allowWatchBookmarks: true});
		expect(session(sessions, 0).query.timeoutSeconds).toBeGreaterThanOrEqual(300);
		session(sessions, 0).emit('ADDED', item('b', '11'));
		session(sessions, 0).emit('MODIFIED', item('a', '12', 'ready'));
		session(sessions, 0).emit('DELETED', item('b', '13'));
		expect(changes).toEqual([['a'], ['a', 'b'], ['b', 'a=ready'], ['a=ready']]);
		instance.stop();
	});

	test('a watch the server ends resumes from the last resourceVersion seen, bookmarks included', async () => {
		const {instance, sessions, listCount} = reflector([{items: [], resourceVersion: '10'}]);
		await instance.start();
		session(sessions, 0).emit('ADDED', item('a', '11'));
		session(sessions, 0).emit('BOOKMARK', {metadata: {resourceVersion: '20'}});
		session(sessions, 0).end();
		await vi.waitFor(() => expect(sessions).toHaveLength(2));
		expect(session(sessions, 1).query.resourceVersion).toBe('20');
		expect(listCount()).toBe(1);
		instance.stop();
	});

	test('an ERROR 410 Expired in the stream relists and watches from the new list', async () => {
		const {instance, sessions, changes, listCount} = reflector([
			{items: [item('old', '5')], resourceVersion: '10'},
			{items: [item('new', '90')], resourceVersion: '100'},
		]);
		await instance.start();
		session(sessions, 0).emit('ERROR', {kind: 'Status', code: 410, reason: 'Expired', message: 'too old resource version: 10 (50)'});
		session(sessions, 0).end();
		await vi.waitFor(() => expect(sessions).toHaveLength(2));
		expect(listCount()).toBe(2);
		expect(session(sessions, 1).query.resourceVersion).toBe('100');
		expect(changes.at(-1)).toEqual(['new']);
		instance.stop();
	});

	test('a 410 answer to the watch request itself relists too', async () => {
		const {instance, sessions, listCount} = reflector([{items: [], resourceVersion: '10'}]);
		await instance.start();
		session(sessions, 0).end(Object.assign(new Error('Gone'), {statusCode: 410}));
		await vi.waitFor(() => expect(sessions).toHaveLength(2));
		expect(listCount()).toBe(2);
		instance.stop();
	});

	test('a refused watch (403) stops and reports a KubeError once', async () => {
		const {instance, sessions, fatal} = reflector([{items: [], resourceVersion: '10'}]);
		await instance.start();
		session(sessions, 0).end(Object.assign(new Error('Forbidden'), {statusCode: 403}));
		expect(fatal).toHaveLength(1);
		expect(fatal[0]).toMatchObject({reason: 'Forbidden', statusCode: 403});
		expect(sessions).toHaveLength(1);
	});

	test('connection failures are retried with back-off, then reported as network after five in a row', async () => {
		vi.useFakeTimers();
		const {instance, sessions, fatal} = reflector([{items: [], resourceVersion: '10'}]);
		await instance.start();
		const refused = () =>
			Object.assign(new TypeError('fetch failed'), {cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6443'), {code: 'ECONNREFUSED'})});
		for (let attempt = 0; attempt < 4; attempt++) {
			session(sessions, attempt).end(refused());
			await vi.runAllTimersAsync();
			expect(sessions).toHaveLength(attempt + 2);
		}
		session(sessions, 4).end(refused());
		expect(fatal).toHaveLength(1);
		expect(fatal[0]).toMatchObject({reason: 'network'});
		expect(fatal[0]?.message).toContain('connection refused');
	});

	test('a failed first list rejects start with a KubeError and watches nothing', async () => {
		const {instance, sessions} = reflector([Object.assign(new TypeError('fetch failed'), {cause: {code: 'ECONNREFUSED', message: 'connect ECONNREFUSED'}})]);
		await expect(instance.start()).rejects.toBeInstanceOf(KubeError);
		expect(sessions).toHaveLength(0);
	});

	test('stop aborts the watch and no reconnect follows', async () => {
		const {instance, sessions, changes} = reflector([{items: [], resourceVersion: '10'}]);
		await instance.start();
		instance.stop();
		expect(session(sessions, 0).controller.signal.aborted).toBe(true);
		session(sessions, 0).emit('ADDED', item('late', '11'));
		expect(changes).toEqual([[]]);
		expect(sessions).toHaveLength(1);
	});
});
