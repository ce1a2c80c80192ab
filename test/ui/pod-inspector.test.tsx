/** The pod inspector (ink-testing-library): each key — ↑↓, e, d, l (and p), y, esc, enter, q — and a detail view read again as its pod changes. */
import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, test} from 'vitest';
import type {
	ContainerLogRequest,
	ContainerStateDescription,
	KubePodInspection,
	PodDescription,
	PodEvent,
	PodSummary,
} from '../../source/kubernetes/kubernetes.js';
import {KubeError} from '../../source/kubernetes/kubernetes.js';
import {PodInspector} from '../../source/ui/components/pod-inspector.js';
import {frameOf, keys, type Instance} from '../helpers/render.js';

afterEach(() => cleanup());

const now = new Date('2026-12-02T06:00:00Z');
const failing: PodSummary = {
	name: 'nginx0-deployment-5d9c-a1',
	namespace: 'default',
	ready: '0/1',
	status: 'ImagePullBackOff',
	restarts: 0,
	createdAt: '2026-12-02T05:59:00Z',
	images: ['contososharedacr.azurecr.io/nginx:v1'],
};
const running: PodSummary = {...failing, name: 'nginx0-deployment-5d9c-b2', ready: '1/1', status: 'Running'};
const crashed: PodSummary = {...failing, name: 'worker-7f-c3', status: 'CrashLoopBackOff', restarts: 3};
const pulled = 'Failed to pull image "contososharedacr.azurecr.io/nginx:v1": 401 Unauthorized';
const events: PodEvent[] = [
	{pod: failing.name, type: 'Warning', reason: 'Failed', message: pulled, count: 4, lastSeen: '2026-12-02T05:59:50Z'},
	{
		pod: failing.name,
		type: 'Normal',
		reason: 'Scheduled',
		message: `Successfully assigned default/${failing.name} to aks-nodepool1-0`,
		count: 1,
		lastSeen: '2026-12-02T05:59:00Z',
	},
];

function description(pod: PodSummary, state: PodDescription['containers'][number]['state']): PodDescription {
	return {
		name: pod.name,
		namespace: 'default',
		node: 'aks-nodepool1-0',
		startTime: '2026-12-02T05:59:00Z',
		labels: {app: 'nginx0', 'pod-template-hash': '5d9c'},
		phase: 'Pending',
		ip: '10.244.0.7',
		controlledBy: 'ReplicaSet/nginx0-deployment-5d9c',
		serviceAccount: 'default',
		imagePullSecrets: ['acr-secret'],
		containers: [{name: 'nginx', image: pod.images[0] ?? '', state, ready: false, restartCount: pod.restarts}],
		conditions: [{type: 'Ready', status: 'False'}],
		qosClass: 'BestEffort',
	};
}

/** A reader that answers from `pods` and records every read. */
function fakeReader(overrides: Partial<KubePodInspection> = {}) {
	const calls: string[] = [];
	let waiting: ContainerStateDescription = {state: 'Waiting', reason: 'ImagePullBackOff', message: `Back-off pulling image "${failing.images[0] ?? ''}"`};
	const reader: KubePodInspection = {
		describePod: async (_namespace, name) => {
			calls.push(`describe ${name}`);
			return description(name === failing.name ? failing : crashed, waiting);
		},
		containerLogs: async (_namespace, name, request: ContainerLogRequest) => {
			calls.push(`logs ${name}${request.previous ? ' --previous' : ''}`);
			return request.previous ? ['panic: cannot open /data/config.yaml'] : Array.from({length: 60}, (_, index) => `line ${index + 1}`);
		},
		podYaml: async (_namespace, name) => {
			calls.push(`yaml ${name}`);
			return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n`;
		},
		...overrides,
	};
	return {
		reader,
		calls,
		setWaiting: (next: typeof waiting) => {
			waiting = next;
		},
	};
}

async function until(instance: Instance, wanted: string | RegExp): Promise<string> {
	for (let attempt = 0; attempt < 300; attempt++) {
		const frame = frameOf(instance);
		if (typeof wanted === 'string' ? frame.includes(wanted) : wanted.test(frame)) return frame;
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
	throw new Error(`the inspector never showed ${String(wanted)}; last frame:\n${frameOf(instance)}`);
}

function inspector(pods: readonly PodSummary[], options: {reader?: KubePodInspection; onDone?: () => void} = {}) {
	const quits: string[] = [];
	const dones: string[] = [];
	const fake = fakeReader();
	const reader = options.reader ?? fake.reader;
	const element = (list: readonly PodSummary[], podEvents: readonly PodEvent[] = events) => (
		<PodInspector
			pods={list}
			events={podEvents}
			reader={reader}
			now={() => now}
			onQuit={() => quits.push('q')}
			{...(options.onDone ? {onDone: options.onDone} : {onDone: () => dones.push('done')})}
		/>
	);
	const instance = render(element(pods));
	return {
		instance,
		quits,
		dones,
		fake,
		rerender: (list: readonly PodSummary[], podEvents?: readonly PodEvent[]) => instance.rerender(element(list, podEvents)),
	};
}

describe('pod inspector', () => {
	test('lists the pods as kubectl get pods does, the first picked with its warnings; ↓ and ↑ move the pick', async () => {
		const {instance} = inspector([failing, running]);
		const frame = await until(instance, 'NAME');
		expect(frame).toMatch(/> nginx0-deployment-5d9c-a1\s+0\/1\s+ImagePullBackOff\s+0\s+60s/);
		expect(frame).toContain(`Warning Failed    ${pulled}`);
		expect(frame).toContain('↑↓ pod · e events · d describe · l logs · y yaml · enter/esc done · q quit');
		instance.stdin.write(keys.down);
		expect(await until(instance, '> nginx0-deployment-5d9c-b2')).not.toContain('> nginx0-deployment-5d9c-a1');
		instance.stdin.write(keys.up);
		await until(instance, '> nginx0-deployment-5d9c-a1');
	});

	test('e shows the pod’s events oldest first as kubectl describe’s table, and esc goes back to the list', async () => {
		const {instance} = inspector([failing]);
		await until(instance, 'NAME');
		instance.stdin.write('e');
		const frame = await until(instance, `Events of ${failing.name}`);
		expect(frame).toMatch(/Type\s+Reason\s+Age\s+Message/);
		expect(frame.indexOf('Scheduled')).toBeLessThan(frame.indexOf('Failed'));
		expect(frame).toMatch(/Warning\s+Failed\s+10s \(x4\)\s+Failed to pull image/);
		instance.stdin.write(keys.escape);
		await until(instance, '> nginx0-deployment-5d9c-a1');
	});

	test('d shows kubectl describe’s fields that matter to a pull, and reads them again when the pod changes', async () => {
		const {instance, fake, rerender} = inspector([failing]);
		await until(instance, 'NAME');
		instance.stdin.write('d');
		const frame = await until(instance, 'Controlled By:');
		expect(frame).toContain(`kubectl describe pod ${failing.name}`);
		expect(frame).toMatch(/Node:\s+aks-nodepool1-0/);
		expect(frame).toMatch(/Start Time:\s+Wed, 02 Dec 2026 05:59:00 \+0000/);
		expect(frame).toMatch(/Controlled By:\s+ReplicaSet\/nginx0-deployment-5d9c/);
		expect(frame).toMatch(/State:\s+Waiting\n\s+Reason:\s+ImagePullBackOff/);
		// The rest is below the 24-row test terminal: ↓ scrolls to it.
		for (let line = 0; line < 12; line++) instance.stdin.write(keys.down);
		const scrolled = await until(instance, 'Image Pull Secrets: acr-secret');
		expect(scrolled).toMatch(/Warning\s+Failed\s+10s \(x4\)/);
		expect(scrolled).not.toContain('Namespace:');
		fake.setWaiting({state: 'Waiting', reason: 'ErrImagePull', message: 'rpc error'});
		rerender([{...failing, status: 'ErrImagePull'}], events);
		await until(instance, /Reason:\s+ErrImagePull/);
		expect(fake.calls.filter((call) => call === `describe ${failing.name}`)).toHaveLength(2);
	});

	test('l shows the container’s newest log lines; ↑ scrolls back; p switches to the previous run', async () => {
		const {instance, fake} = inspector([running]);
		await until(instance, 'NAME');
		instance.stdin.write('l');
		const frame = await until(instance, 'line 60');
		expect(frame).toContain(`kubectl logs ${running.name}`);
		expect(frame).not.toContain('line 1\n');
		expect(frame).toContain('↑↓ scroll · p previous run · esc back · q quit');
		instance.stdin.write(keys.up);
		await until(instance, /line 59\n[^]*↑↓ scroll/);
		expect(frameOf(instance)).not.toContain('line 60');
		instance.stdin.write('p');
		await until(instance, 'panic: cannot open /data/config.yaml');
		expect(frameOf(instance)).toContain(`kubectl logs ${running.name} --previous`);
		expect(fake.calls).toEqual([`logs ${running.name}`, `logs ${running.name} --previous`]);
	});

	test('l on a container that restarted and waits again opens its previous run, which says why it stopped', async () => {
		const {instance, fake} = inspector([crashed]);
		await until(instance, 'NAME');
		instance.stdin.write('l');
		await until(instance, 'panic: cannot open /data/config.yaml');
		expect(fake.calls).toEqual([`logs ${crashed.name} --previous`]);
	});

	test('l on a container still waiting for its image shows the kubelet’s refusal, not a blank view', async () => {
		const refusal = new KubeError(`container "nginx" in pod "${failing.name}" is waiting to start: trying and failing to pull image`, 'BadRequest', 400);
		const {instance} = inspector([failing], {
			reader: {
				...fakeReader().reader,
				containerLogs: async () => {
					throw refusal;
				},
			},
		});
		await until(instance, 'NAME');
		instance.stdin.write('l');
		await until(instance, `container "nginx" in pod "${failing.name}" is waiting to start`);
	});

	test('y shows the pod’s YAML as kubectl get pod -o yaml', async () => {
		const {instance} = inspector([failing]);
		await until(instance, 'NAME');
		instance.stdin.write('y');
		const frame = await until(instance, `name: ${failing.name}`);
		expect(frame).toContain(`kubectl get pod ${failing.name} -o yaml`);
		expect(frame).toContain('apiVersion: v1\nkind: Pod');
	});

	test('q quits from the list and from a detail view; enter and esc on the list end it for the host', async () => {
		const {instance, quits, dones} = inspector([failing]);
		await until(instance, 'NAME');
		instance.stdin.write('q');
		instance.stdin.write('d');
		await until(instance, 'Controlled By:');
		instance.stdin.write('q');
		instance.stdin.write(keys.escape);
		await until(instance, '> nginx0');
		instance.stdin.write(keys.enter);
		instance.stdin.write(keys.escape);
		await until(instance, '> nginx0');
		for (let attempt = 0; attempt < 100 && dones.length < 2; attempt++) await new Promise((resolve) => setTimeout(resolve, 10));
		expect(quits).toEqual(['q', 'q']);
		expect(dones).toEqual(['done', 'done']);
	});

	test('a pod that goes away while described says so, and the pick moves to a pod that is there', async () => {
		const gone = fakeReader({describePod: async () => undefined});
		const {instance, rerender} = inspector([failing], {reader: gone.reader});
		await until(instance, 'NAME');
		instance.stdin.write('d');
		await until(instance, `The pod ${failing.name} is gone.`);
		rerender([running]);
		instance.stdin.write(keys.escape);
		await until(instance, '> nginx0-deployment-5d9c-b2');
	});
});
