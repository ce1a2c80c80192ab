/**
 * The registry step, shared by every path: pick a registry of the subscription (or one by
 * resource ID, in any subscription), or create one; then offer to import the sample image.
 */
import type {Registry} from '../azure/azure.js';
import {messages} from '../messages/catalog.js';
import type {Context} from '../wizard/context.js';
import type {Step} from '../wizard/engine.js';
import {earlyWorkOf} from '../wizard/early-work.js';
import {GoBack, WizardError} from '../wizard/errors.js';
import {createRegistry} from './registry/create-registry.js';
import {registriesOf} from './registry/read-ahead.js';
import {offerSampleImport} from './shared/sample-image.js';
import {askRegistryChoice, askRegistryId, choiceFromFlag, type RegistryChoice} from './registry/pick-registry.js';

/** Whether the method named on the command line has no use for the nginx sample image. */
function skipsSample(method: string | undefined): boolean {
	return method === 'detach' || method === 'connected-registry';
}

/** Turns a choice into a registry; undefined when the user went back from a sub-question or the plan. */
async function resolveChoice(context: Context, subscriptionId: string, choice: RegistryChoice): Promise<Registry | undefined> {
	try {
		if (choice.kind === 'existing') return choice.registry;
		if (choice.kind === 'by-id') return await askRegistryId(context);
		return await createRegistry(context, subscriptionId);
	} catch (error: unknown) {
		if (error instanceof GoBack) return undefined;
		throw error;
	}
}

/** Asks until a registry is chosen or created. Esc on the first question goes back a step. */
async function pickOrCreate(context: Context, subscriptionId: string): Promise<Registry> {
	const {explain} = context;
	const registries = await registriesOf(context, subscriptionId).catch((error: unknown) => {
		throw explain(error);
	});
	const fromFlag = await choiceFromFlag(context, registries);
	if (fromFlag) {
		const registry = await resolveChoice(context, subscriptionId, fromFlag);
		// With the flag there is no list to return to: going back leaves the step.
		if (!registry) throw new GoBack();
		return registry;
	}
	for (;;) {
		context.store.getState().actions.show('registry');
		const registry = await resolveChoice(context, subscriptionId, await askRegistryChoice(context, registries));
		if (registry) return registry;
	}
}

/** The registry step: pick, by resource ID, or create; then the sample image import. */
export const chooseRegistry: Step<Context> = {
	async run(context) {
		const {store} = context;
		const text = messages().registry;
		const subscription = store.getState().subscription;
		if (!subscription) throw new WizardError(text.noSubscription, {suggestion: text.noSubscriptionFix});
		store.getState().actions.show('registry');
		const registry = await pickOrCreate(context, subscription.id);
		store.getState().actions.chooseRegistry(registry);
		// The nginx sample serves the attach and pull-secret paths; detaching (or the connected registry's own sample) needs none.
		if (skipsSample(context.flags.method)) return;
		// With every answer known up front (--yes), the import runs while the path goes on to what does not need the
		// image (the cluster, the grant, the credentials); the sample's deployment waits for it. A dry run keeps the order.
		if (context.flags.yes === true && context.store.getState().dryRun !== true)
			earlyWorkOf(context.memory).start('sample-image', async () => offerSampleImport(context, registry, {present: false}));
		else await offerSampleImport(context, registry);
	},
};
