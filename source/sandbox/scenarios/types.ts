import type {Sandbox} from '../index.js';
import type {seedIds} from '../seed.js';
import type {SandboxState} from '../state.js';

/** What a scenario's `apply` may change: the seeded world, before (or while) the sandbox serves it. */
export type ScenarioWorld = {
	readonly state: SandboxState;
	/** The fixed names of the seeded world. */
	readonly ids: typeof seedIds;
	readonly now: Date;
};

/** A named broken world, built in one step: `acr-wizard sandbox --scenario <name>`, `startSandbox({scenario})`, or `POST /_sandbox/scenarios/<name>`. */
export type Scenario = {
	/** Kebab-case, unique. */
	readonly name: string;
	/** One line: what is broken, and what a client then meets. */
	readonly description: string;
	/** Sets the state through the same structures the emulated APIs read; runs on the seeded world before the servers start. */
	apply(world: ScenarioWorld): void;
	/** For state that lives inside a running cluster API (Kubernetes objects): runs once the sandbox is up. */
	started?(sandbox: Sandbox): Promise<void>;
};
