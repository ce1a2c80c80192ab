/** Doctor's live screen (ink-testing-library): the phases' progress, the findings ranked, the plan offered, the choice, the last line. */
import {stripVTControlCharacters} from 'node:util';
import {render, cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, test} from 'vitest';
import type {Finding} from '../../source/diagnosis/findings.js';
import type {KubePodInspection} from '../../source/kubernetes/kubernetes.js';
import type {DoctorReportView} from '../../source/output/doctor.js';
import {DoctorScreen} from '../../source/ui/doctor/doctor-screen.js';
import {createDoctorViewStore} from '../../source/ui/doctor/doctor-state.js';
import {createInkPrompter} from '../../source/ui/ink-prompter.js';
import {WizardContext} from '../../source/ui/use-wizard.js';
import {frameOf, keys} from '../helpers/render.js';
import {testStore} from '../helpers/test-context.js';

afterEach(() => cleanup());

const pod = 'default/nginx0-abc';
const cause: Finding = {
	id: 'pull-secret',
	status: 'fail',
	pod,
	title: "The pull secret 'acr-secret' is not of a docker type",
	cause: "'acr-secret' is of type Opaque: the kubelet ignores it.",
	evidence: ['type: Opaque'],
	fix: {commands: ['kubectl replace …'], actions: [{kind: 'rewrite-secret', namespace: 'default', name: 'acr-secret', server: 'contososharedacr.azurecr.io'}]},
	explainsKubelet: true,
};
const clear: Finding = {
	id: 'registry-network',
	status: 'ok',
	pod,
	title: "The registry's network admits the cluster",
	cause: 'open',
	evidence: [],
	explainsKubelet: false,
};
const report: DoctorReportView = {
	context: 'kind-local',
	pods: [{namespace: 'default', name: 'nginx0-abc', status: 'ImagePullBackOff', ready: '0/1', image: 'contososharedacr.azurecr.io/nginx:v1'}],
	findings: [cause, clear],
	status: 'fail',
	elapsedMs: 412,
};

async function until(instance: ReturnType<typeof render>, wanted: string): Promise<string> {
	for (let attempt = 0; attempt < 200; attempt++) {
		const frame = frameOf(instance);
		if (frame.includes(wanted)) return frame;
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
	throw new Error(`the screen never showed '${wanted}'; last frame:\n${frameOf(instance)}`);
}

/** A cluster's pod reads, answering for nginx0-abc and recording what was read. */
function podReader(reads: string[]): KubePodInspection {
	return {
		describePod: async (namespace, name) => {
			reads.push(`describe ${namespace}/${name}`);
			return {
				name,
				namespace,
				labels: {app: 'nginx0'},
				phase: 'Running',
				serviceAccount: 'default',
				imagePullSecrets: ['acr-secret'],
				containers: [{name: 'nginx', image: 'contososharedacr.azurecr.io/nginx:v1', state: {state: 'Running'}, ready: true, restartCount: 0}],
				conditions: [],
			};
		},
		containerLogs: async () => [],
		podYaml: async () => undefined,
	};
}

function screen(options: {isWatch?: boolean} = {}) {
	const view = createDoctorViewStore(options);
	const store = testStore();
	const choices: string[] = [];
	const reads: string[] = [];
	const quits: string[] = [];
	const instance = render(
		<WizardContext.Provider value={{store, controller: createInkPrompter(store).controller}}>
			<DoctorScreen store={view} onChoice={(choice) => choices.push(choice)} reader={podReader(reads)} onQuit={() => quits.push('q')} />
		</WizardContext.Provider>,
	);
	return {view, store, choices, instance, reads, quits};
}

describe('doctor screen', () => {
	test('shows each phase running then done, and the findings ranked with the cause, its evidence and fix first', async () => {
		const {view, instance} = screen();
		view.getState().actions.startPhase('facts');
		const running = await until(instance, '(✓) Check the context');
		expect(running).toMatch(/\(✓\) Check the context, namespace and pod/);
		expect(running).not.toContain('(✓) Read the pods');
		view.getState().actions.showReport(report, false);
		const frame = await until(instance, 'nginx0-abc');
		expect(frame).toContain('(✓) Read the pods, events, secrets, registries, roles and tokens (concurrently)');
		expect(frame.indexOf("(x) The pull secret 'acr-secret' is not of a docker type")).toBeLessThan(
			frame.indexOf("(✓) The registry's network admits the cluster"),
		);
		expect(frame).toContain('evidence: type: Opaque');
		expect(frame).toContain('fix: kubectl replace …');
		expect(frame).toContain('report in 412 ms');
		expect(frame).toContain('Nothing here is a change doctor can make for you');
	});

	test('offers the plan with apply or quit; enter applies', async () => {
		const {view, store, choices, instance} = screen();
		store.getState().actions.showPlan({
			stepId: 'doctor-fix',
			title: 'Fix what doctor found',
			actions: [
				{
					id: 'doctor-1-rewrite-secret',
					sentence: 'Rewrite the pull secret acr-secret as a docker config',
					command: 'kubectl replace …',
					call: 'PUT /api/v1/namespaces/default/secrets/acr-secret',
				},
			],
			notes: [],
		});
		view.getState().actions.showReport(report, true);
		const frame = await until(instance, 'Apply the fix?');
		expect(frame).toContain('Rewrite the pull secret acr-secret as a docker config');
		expect(frame).toContain('› Apply the fix, then watch the pod');
		instance.stdin.write(keys.enter);
		for (let attempt = 0; attempt < 200 && choices.length === 0; attempt++) await new Promise((resolve) => setTimeout(resolve, 10));
		expect(choices).toEqual(['apply']);
	});

	test('down then enter quits; the last line is shown when the run finishes', async () => {
		const {view, choices, instance} = screen();
		view.getState().actions.showReport(report, true);
		await until(instance, 'Apply the fix?');
		instance.stdin.write(keys.down);
		instance.stdin.write(keys.enter);
		for (let attempt = 0; attempt < 200 && choices.length === 0; attempt++) await new Promise((resolve) => setTimeout(resolve, 10));
		expect(choices).toEqual(['quit']);
		view.getState().actions.finish({status: 'ok', text: 'The pods pull and run now (app=nginx0).'});
		// The screen ends itself after drawing its last line (ink-testing-library then clears the last frame): look through the frames drawn.
		const drawn = () => instance.frames.map((frame) => stripVTControlCharacters(frame)).find((frame) => frame.includes('The pods pull and run now'));
		for (let attempt = 0; attempt < 200 && drawn() === undefined; attempt++) await new Promise((resolve) => setTimeout(resolve, 10));
		expect(drawn()).toContain('(✓) The pods pull and run now (app=nginx0).');
	});

	test('--watch without a fix offers to watch the pods; watching shows the cause, the last line and the live pods, whose keys are the inspector’s', async () => {
		const {view, choices, instance, reads, quits} = screen({isWatch: true});
		view.getState().actions.showReport(report, true);
		await until(instance, 'Watch the pods without a fix');
		instance.stdin.write(keys.down);
		instance.stdin.write(keys.enter);
		for (let attempt = 0; attempt < 200 && choices.length === 0; attempt++) await new Promise((resolve) => setTimeout(resolve, 10));
		expect(choices).toEqual(['quit']);
		view.getState().actions.setStage('watching');
		view.getState().actions.note({status: 'fail', text: "1 problem found; the first one explains the kubelet's words."});
		view.getState().actions.showPicture({
			pods: [
				{name: 'nginx0-abc', namespace: 'default', ready: '0/1', status: 'ImagePullBackOff', restarts: 0, images: ['contososharedacr.azurecr.io/nginx:v1']},
			],
			events: [],
		});
		const frame = await until(instance, '> nginx0-abc');
		expect(frame).toContain("(x) The pull secret 'acr-secret' is not of a docker type");
		expect(frame).toContain("(x) 1 problem found; the first one explains the kubelet's words.");
		expect(frame).toContain('↑↓ pod · e events · d describe · l logs · y yaml · q quit');
		// The findings and the plan are not drawn again under the live pods.
		expect(frame).not.toContain('evidence: type: Opaque');
		instance.stdin.write('d');
		await until(instance, 'kubectl describe pod nginx0-abc');
		expect(reads).toEqual(['describe default/nginx0-abc']);
		instance.stdin.write('q');
		for (let attempt = 0; attempt < 200 && quits.length === 0; attempt++) await new Promise((resolve) => setTimeout(resolve, 10));
		expect(quits).toEqual(['q']);
	});
});
