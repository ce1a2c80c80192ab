/**
 * The repositories the connected registry syncs, picked from what the registry holds (its data plane's catalog):
 * a multi-choice of its repositories, `--repository` (repeated or comma-separated) without a terminal. The seed's
 * hello-world is offered even when the registry lacks it, as a prerequisite: picked, its import joins the plan.
 * Any other repository that is not there is refused with the reason and the `az acr import` that would make it.
 */
import type {Registry} from '../../azure/azure.js';
import {importCommand} from '../../commands/connected-registry.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import type {Action} from '../../wizard/engine.js';
import {splitChoices} from '../../wizard/prompter.js';
import type {Choice} from '../../wizard/types.js';
import {importUnlessThere} from '../shared/sample-image.js';
import {parseRepositories} from './names.js';
import {sessionOf} from './session.js';

/** The seed's sample repository and where it is imported from. */
export const sampleRepository = {
	source: 'mcr.microsoft.com/mcr/hello-world:latest',
	image: 'hello-world:latest',
	repository: 'hello-world',
	tag: 'latest',
} as const;

/** What the registry holds, or why it could not be read (then the names are typed instead). */
type Catalog = {readonly repositories: readonly string[]} | {readonly unreadable: string};

async function readCatalog(context: Context, registry: Registry): Promise<Catalog> {
	try {
		return {repositories: await context.azure.listRepositories(registry.loginServer)};
	} catch (error: unknown) {
		return {unreadable: context.explain(error).message};
	}
}

/** Whether the sample's tag is there, read from the registry (undefined when it cannot be read: the import decides). */
async function sampleThere(context: Context, registry: Registry): Promise<boolean | undefined> {
	try {
		return (await context.azure.getTagManifest(registry.loginServer, sampleRepository.repository, sampleRepository.tag)) !== undefined;
	} catch {
		return undefined;
	}
}

function importAction(context: Context, registry: Registry): Action {
	const text = messages().connectedRegistry.prerequisites;
	return {
		id: `import:${registry.id}:${sampleRepository.image}`,
		sentence: text.importSentence(sampleRepository.source, registry.name, sampleRepository.image),
		command: importCommand(registry, sampleRepository.source, sampleRepository.image),
		call: `POST ${registry.id}/importImage`,
		run: async () => {
			const {created} = await importUnlessThere(context, registry, sampleRepository.source, sampleRepository.image);
			return created
				? {outcome: 'done', detail: text.imported(sampleRepository.image)}
				: {outcome: 'unchanged', detail: text.alreadyThere(sampleRepository.image)};
		},
	};
}

/** Picks from the registry's repositories; the sample is offered (to import) when it is missing. */
async function pick(context: Context, registry: Registry, repositories: readonly string[], hasSample: boolean): Promise<string[]> {
	const text = messages().connectedRegistry.prerequisites;
	const session = sessionOf(context.store);
	const offered = hasSample ? [...repositories] : [...repositories.filter((name) => name !== sampleRepository.repository), sampleRepository.repository];
	const choices: Choice[] = offered.map((name) =>
		name === sampleRepository.repository && !hasSample
			? {value: name, label: name, hint: text.sampleToImport(sampleRepository.source)}
			: {value: name, label: name},
	);
	const previous = session.repositories.filter((name) => offered.includes(name));
	const answer = await context.prompter.select({
		id: 'connected-registry-repositories',
		message: text.repositoriesQuestion,
		flag: '--repository',
		hint: text.repositoriesPickHint(registry.name),
		multiple: true,
		choices,
		default: previous.length > 0 ? previous.join(',') : sampleRepository.repository,
		validate(value) {
			const missing = splitChoices(value).filter((name) => !offered.includes(name));
			if (missing.length === 0) return undefined;
			return text.repositoryMissing(
				missing,
				registry.name,
				repositories,
				importCommand(registry, '<source registry>/<image>:<tag>', `${missing[0] ?? ''}:<tag>`),
			);
		},
	});
	return splitChoices(answer);
}

/** The names typed, when the registry's list could not be read (no catalog permission, say): why is said in the hint. */
async function typed(context: Context, unreadable: string): Promise<string[]> {
	const text = messages().connectedRegistry.prerequisites;
	const session = sessionOf(context.store);
	const answer = await context.prompter.text({
		id: 'connected-registry-repositories',
		message: text.repositoriesQuestion,
		flag: '--repository',
		hint: text.repositoriesUnreadable(unreadable),
		default: session.repositories.join(',') || sampleRepository.repository,
		validate: (value) => (parseRepositories(value).length === 0 ? text.repositoriesHint : undefined),
	});
	return parseRepositories(answer);
}

/** Asks which repositories to sync; returns the import of the seed's sample when it is picked and not in the registry. */
export async function askRepositories(context: Context, registry: Registry): Promise<Action[]> {
	const session = sessionOf(context.store);
	const catalog = await readCatalog(context, registry);
	const listed = 'repositories' in catalog ? catalog.repositories : undefined;
	const hasSample = listed?.includes(sampleRepository.repository) === true && (await sampleThere(context, registry)) !== false;
	session.repositories = listed ? await pick(context, registry, listed, hasSample) : await typed(context, 'unreadable' in catalog ? catalog.unreadable : '');
	if (!session.repositories.includes(sampleRepository.repository) || hasSample) return [];
	// The typed path could not see the registry: the tag is looked at directly (an import onto it would change nothing).
	if (!listed && (await sampleThere(context, registry)) === true) return [];
	return [importAction(context, registry)];
}
