/** The seeds' sample image: `az acr import` of Docker Hub's nginx as nginx:v1, skipped when the tag is there. */
import type {Registry} from '../../azure/azure.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import {runPlan, type Plan} from '../../wizard/engine.js';
import {withActivity} from './activity.js';
import {subscriptionFlag} from './subscription-flag.js';

/** The image the seeds import and deploy. */
export const sampleImage = {source: 'docker.io/library/nginx:latest', image: 'nginx:v1', repository: 'nginx'} as const;

/** The plan importing the sample image into `registry`; `unchanged` when the tag already exists. */
export function importImagePlan(context: Pick<Context, 'azure' | 'store' | 'defaultSubscriptionId'>, registry: Registry): Plan {
	const text = messages().registry.import;
	const {source, image} = sampleImage;
	return {
		stepId: 'registry',
		title: text.planTitle,
		notes: [text.note],
		actions: [
			{
				id: `import-${registry.name}-${image}`,
				sentence: text.sentence(source, registry.name, image),
				command: `az acr import --name ${registry.name} --source ${source} --image ${image}${subscriptionFlag(context.defaultSubscriptionId, registry.subscriptionId)}`,
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

/** Offers the import as a plan; going back from it skips the import with a notice. */
export async function offerSampleImport(context: Context, registry: Registry): Promise<void> {
	const applied = await runPlan(importImagePlan(context, registry), context);
	if (!applied) context.store.getState().actions.notice(messages().registry.import.skipped);
}
