/**
 * Screen tests: `renderApp()` renders `<App/>` with a store and the Ink prompter through
 * ink-testing-library; `waitForFrame` polls the last frame (ANSI stripped) until it matches,
 * never sleeping for a fixed time; `press` sends named keys.
 */
import {stripVTControlCharacters} from 'node:util';
import {render} from 'ink-testing-library';
import {App} from '../../source/app.js';
import {createInkPrompter, type PromptController} from '../../source/ui/ink-prompter.js';
import type {Prompter} from '../../source/wizard/prompter.js';
import type {WizardState, WizardStore} from '../../source/wizard/store.js';
import {testStore} from './test-context.js';

/** What ink-testing-library's render returns. */
export type Instance = ReturnType<typeof render>;

/** Named keys, as a terminal sends them. */
export const keys = {
	enter: '\r',
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	escape: '\u001B',
	backspace: '\u007F',
	tab: '\t',
	ctrlC: '\u0003',
} as const;

/** The last frame with colours and cursor codes removed. */
export function frameOf(instance: Pick<Instance, 'lastFrame'>): string {
	return stripVTControlCharacters(instance.lastFrame() ?? '');
}

/**
 * A frame with wrapped lines joined again, to assert on a long command wherever the
 * 100-column test terminal broke it: a full line was cut inside a word and joins directly,
 * a shorter one was broken at a space and joins with one space (indentation dropped).
 */
export function unwrap(frame: string, columns = 100): string {
	const lines = joinContinuations(frame).split('\n');
	let text = lines[0] ?? '';
	for (const [index, line] of lines.slice(1).entries()) {
		const previous = lines[index] ?? '';
		text += previous.length >= columns ? line : ` ${line.trimStart()}`;
	}
	return text;
}

/**
 * A frame with the commands' shell line continuations joined as the shell joins them (a command
 * wider than the terminal is cut with ` \` between words, `\` inside a long word; an Azure PowerShell
 * one with `` ` `` between words): the command pasted.
 */
export function joinContinuations(frame: string): string {
	return frame
		.replaceAll(/ \\\n\s*/g, ' ')
		.replaceAll(/\\\n/g, '')
		.replaceAll(/ `\n\s*/g, ' ');
}

/** Every frame written so far, ANSI stripped (to assert something never appeared). */
export function allFrames(instance: Pick<Instance, 'frames'>): string[] {
	return instance.frames.map((frame) => stripVTControlCharacters(frame));
}

/** Lets Ink and React handle what was just written (a turn of the event loop, not a timed sleep). */
async function tick(): Promise<void> {
	await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Waits until the last frame contains `expected` (or matches it); resolves with that frame.
 * The timeout is generous and only bounds a hang: on expiry it fails showing the last frame.
 */
export async function waitForFrame(instance: Pick<Instance, 'lastFrame'>, expected: string | RegExp, timeoutMs = 10_000): Promise<string> {
	const matches = (frame: string) => (typeof expected === 'string' ? frame.includes(expected) : expected.test(frame));
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const frame = frameOf(instance);
		if (matches(frame)) return frame;
		if (Date.now() > deadline) throw new Error(`waitForFrame: ${String(expected)} did not appear within ${timeoutMs} ms. Last frame:\n${frame}`);
		await tick();
	}
}

/** Waits until `predicate(frame)` holds, e.g. a text that must be gone. */
export async function waitUntilFrame(instance: Pick<Instance, 'lastFrame'>, predicate: (frame: string) => boolean, timeoutMs = 10_000): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const frame = frameOf(instance);
		if (predicate(frame)) return frame;
		if (Date.now() > deadline) throw new Error(`waitUntilFrame: the condition did not hold within ${timeoutMs} ms. Last frame:\n${frame}`);
		await tick();
	}
}

/** Waits until the store satisfies `predicate`. */
export async function waitForState(store: WizardStore, predicate: (state: WizardState) => boolean, timeoutMs = 10_000): Promise<WizardState> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const state = store.getState();
		if (predicate(state)) return state;
		if (Date.now() > deadline) throw new Error(`waitForState: the condition did not hold within ${timeoutMs} ms.`);
		await tick();
	}
}

/** Sends keys one by one (named keys from `keys`, or plain text), letting Ink handle each. */
export async function press(instance: Pick<Instance, 'stdin'>, ...sequence: string[]): Promise<void> {
	for (const key of sequence) {
		instance.stdin.write(key);
		await tick();
	}
}

/** A rendered App with its store and the Ink prompter it answers through. */
export type RenderedApp = {
	readonly instance: Instance;
	readonly store: WizardStore;
	readonly prompter: Prompter;
	readonly controller: PromptController;
	frame(): string;
	waitFor(expected: string | RegExp, timeoutMs?: number): Promise<string>;
	press(...sequence: string[]): Promise<void>;
	unmount(): void;
};

/** Renders `<App/>` over a store (fresh, with `state` merged in, or the one given). */
export function renderApp(
	options: {readonly state?: Partial<WizardState>; readonly store?: WizardStore; readonly isVerbose?: boolean; readonly columns?: number} = {},
): RenderedApp {
	const store = options.store ?? testStore(options.state);
	const {prompter, controller} = createInkPrompter(store);
	const app = <App store={store} controller={controller} isVerbose={options.isVerbose} />;
	const instance = render(app);
	const {columns} = options;
	if (columns !== undefined) {
		// ink-testing-library's terminal is 100 columns wide; a narrower one is drawn again at its width.
		Object.defineProperty(instance.stdout, 'columns', {get: () => columns});
		// As a terminal does when its width changes: what reads the width once at the root reads it again.
		instance.stdout.emit('resize');
		instance.rerender(app);
	}
	return {
		instance,
		store,
		prompter,
		controller,
		frame: () => frameOf(instance),
		waitFor: async (expected, timeoutMs) => waitForFrame(instance, expected, timeoutMs),
		press: async (...sequence) => press(instance, ...sequence),
		unmount: () => instance.unmount(),
	};
}
