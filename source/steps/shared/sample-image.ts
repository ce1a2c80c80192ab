/** The seeds' sample image: `az acr import` of Docker Hub's nginx as nginx:v1, skipped when the tag is there. */
import type {Registry} from '../../azure/azure.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import {confirmPlan, executePlan, freshActionId, type Plan} from '../../wizard/engine.js';
import {PromptRequiredError, WizardError} from '../../wizard/errors.js';
import {withActivity} from './activity.js';
import {acrImportCommand} from '../../commands/az.js';

/** The image the seeds import and deploy. */
export const sampleImage = {source: 'docker.io/library/nginx:latest', image: 'nginx:v1', repository: 'nginx'} as const;

/**
 * The plan importing the sample image into `registry`; `unchanged` when the tag already exists.
 * As a fix (the image has gone missing since), it runs under the fixing step with a fresh
 * action id, so an import already journaled does not make the fix a no-op.
 */
export function importImagePlan(context: Pick<Context, 'azure' | 'store' | 'defaultSubscriptionId'>, registry: Registry, fix?: {readonly stepId: string}): Plan {
	const text = messages().registry.import;
	const {source, image} = sampleImage;
	const stepId = fix?.stepId ?? 'registry';
	const base = `import-${registry.name}-${image}`;
	return {
		stepId,
		title: text.planTitle,
		notes: [text.note],
		actions: [
			{
				id: fix ? freshActionId(context, stepId, base) : base,
				sentence: text.sentence(source, registry.name, image),
				command: acrImportCommand(registry, source, image, context.defaultSubscriptionId),
				call: `POST ${registry.id}/importImage`,
				run: async () => {
					const {created} = await withActivity(context, (status) => text.progress(image, status), (progress) =>
						context.azure.importImage(registry.id, source, image, progress),
					);
					return created ? {outcome: 'done', detail: text.imported(registry.loginServer, image)} : {outcome: 'unchanged', detail: text.alreadyThere(image)};
				},
			},
		],
	};
}

/** After a failed import: retry it, or go on without the image (the default, so a non-interactive run goes on). */
async function retryOrSkip(context: Context): Promise<boolean> {
	const text = messages();
	const answer = await context.prompter.select({
		id: 'import-failed',
		message: text.engine.afterFailure,
		choices: [
			{value: 'retry', label: text.engine.retry},
			{value: 'skip', label: text.registry.import.skip, hint: text.registry.import.skipHint},
		],
		default: 'skip',
	});
	return answer === 'retry';
}

/** Runs `attempt`; a failure of the import itself resolves `false`, anything else (questions, cancels) passes through. */
async function succeeded(attempt: () => Promise<unknown>): Promise<boolean> {
	try {
		await attempt();
		return true;
	} catch (error: unknown) {
		if (!(error instanceof WizardError) || error instanceof PromptRequiredError) throw error;
		return false;
	}
}

/**
 * Offers the import as a plan. Going back skips it; a failure (Docker Hub unreachable, no right
 * to import) may be retried or skipped, since the sample's diagnosis offers the import again.
 */
export async function offerSampleImport(context: Context, registry: Registry): Promise<void> {
	const {actions} = context.store.getState();
	const plan = importImagePlan(context, registry);
	if (!(await confirmPlan(plan, context))) {
		actions.notice(messages().registry.import.skipped);
		return;
	}
	while (!(await succeeded(async () => executePlan(plan, context)))) {
		if (await retryOrSkip(context)) continue;
		actions.fail(undefined);
		actions.notice(messages().registry.import.skipped);
		return;
	}
}
