/**
 * `acr-wizard resume [RUN]`: the wizard again, in the run's world, with its journal, its flags
 * and its answers. What was done is adopted, not made twice: the registry the run made or
 * chose is taken as it is (by its id, as `--registry-name` takes one), and every plan run again
 * finds what is already in place (`unchanged`).
 */
import type {Flags} from '../flags.js';
import type {PastRun} from './past-run.js';
import {environmentFlags} from './past-run.js';

/** The questions that make or pick the registry: not asked again once the run has its registry. */
const registryQuestions = new Set(['registry', 'registry-id', 'registry-name', 'resource-group', 'registry-sku']);

/** The flags of a resumed run: the run's world and answering flags, its registry by id, then what this command line adds. */
export function resumeFlags(run: PastRun, given: Flags): Flags {
	const recorded = run.flags as Flags;
	const registry: Flags = run.registry ? {registryName: run.registry.id} : {};
	const defined = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)) as Flags;
	return {...recorded, ...registry, ...environmentFlags(run), ...defined};
}

/** The recorded answers resume does not give again (the registry's, once the run has one). */
export function skippedOnResume(run: PastRun): (id: string) => boolean {
	return (id) => run.registry !== undefined && registryQuestions.has(id);
}
