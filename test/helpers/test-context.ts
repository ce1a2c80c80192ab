/**
 * `testContext(overrides)`: a full step Context built from fakes: a fresh store, a fake clock,
 * the real `explain`, the AzureCloud profile, and fakes for every port. Whatever is not
 * overridden is a fake, typed as one, so `context.azure.calls.assignRole` just works.
 */
import {createRunMemory} from '../../source/wizard/session.js';
import {clouds} from '../../source/azure/clouds.js';
import {explain} from '../../source/steps/shared/explain.js';
import type {Clock} from '../../source/wizard/clock.js';
import type {Context} from '../../source/wizard/context.js';
import {createWizardStore, initialState, type WizardState, type WizardStore} from '../../source/wizard/store.js';
import {fakeAzure, fakeIds, type FakeAzure} from './fake-azure.js';
import {fakeExec, healthyTools, type FakeExec} from './fake-exec.js';
import {fakeKubernetes, type FakeKubernetes} from './fake-kubernetes.js';
import {scriptedPrompter, type ScriptedPrompter} from './scripted-prompter.js';

/** A clock that never waits: `sleep` advances `now` at once and records the delay. */
export type FakeClock = Clock & {readonly sleeps: number[]; advance(ms: number): void};

/** A fake clock starting at `start` (default 2026-11-22T11:00:00Z). */
export function fakeClock(start = new Date('2026-11-22T11:00:00Z')): FakeClock {
	let time = start.getTime();
	const sleeps: number[] = [];
	return {
		sleeps,
		now: () => new Date(time),
		advance(ms) {
			time += ms;
		},
		async sleep(ms) {
			sleeps.push(ms);
			time += ms;
			// Yield once, so loops that sleep still let other promises run.
			await Promise.resolve();
		},
	};
}

/** A store as a new run starts it (AzureCloud, not the sandbox), with `state` merged in. */
export function testStore(state: Partial<WizardState> = {}): WizardStore {
	const initial = initialState({cloud: 'AzureCloud', armEndpoint: clouds.AzureCloud.armEndpoint, sandbox: false});
	return createWizardStore({...initial, ...state});
}

type Fakes = {
	readonly azure: FakeAzure;
	readonly kubernetes: FakeKubernetes;
	readonly exec: FakeExec;
	readonly prompter: ScriptedPrompter;
	readonly clock: FakeClock;
};

const portNames = new Set(['store', 'prompter', 'clock', 'azure', 'kubernetes', 'exec', 'cloud', 'explain']);

/** What `testContext` accepts: any Context field, plus store state to start from. */
export type TestContextOverrides = Partial<Context> & {readonly state?: Partial<WizardState>};

/** The Context, with the fakes' own types for every port that was not overridden. */
export type TestContext<O> = Omit<Context, keyof Fakes> & {
	readonly [K in keyof Fakes]: K extends keyof O ? (undefined extends O[K] ? Fakes[K] | NonNullable<O[K]> : O[K]) : Fakes[K];
};

/** A full Context of fakes; `overrides` replace any field. */
export function testContext<const O extends TestContextOverrides = Record<never, never>>(overrides: O = {} as O): TestContext<O> {
	const {state, ...given} = overrides;
	// A port given as undefined (an optional field passed through) keeps its fake.
	const fields = Object.fromEntries(Object.entries(given).filter(([name, value]) => value !== undefined || !portNames.has(name))) as Partial<Context>;
	const context: Context = {
		store: testStore(state),
		prompter: scriptedPrompter({}),
		clock: fakeClock(),
		explain,
		azure: fakeAzure(),
		kubernetes: fakeKubernetes(),
		exec: fakeExec(healthyTools),
		cloud: clouds.AzureCloud,
		kubeconfig: {kind: 'file', path: '/home/alice/.kube/config'},
		defaultSubscriptionId: fakeIds.subscriptionId,
		flags: {},
		memory: createRunMemory(),
		...fields,
	};
	return context as unknown as TestContext<O>;
}
