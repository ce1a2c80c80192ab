/**
 * Picking an existing registry: from the subscription's list (name, group, SKU, login server),
 * or by resource ID, which also reaches a registry in another subscription.
 */
import type {Registry} from '../../azure/azure.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import {WizardError} from '../../wizard/errors.js';
import {echoFlag} from '../shared/activity.js';
import {askResourceId} from '../shared/ask-resource-id.js';
import {isRegistryId, looksLikeResourceId} from '../../azure/resource-id.js';
import {registriesOf} from './read-ahead.js';

/** What the user wants: a registry already found, one by id, or a new one. */
export type RegistryChoice = {readonly kind: 'existing'; readonly registry: Registry} | {readonly kind: 'by-id'} | {readonly kind: 'create'};

/** The values of the picker's two extra choices (never a resource id, which starts with `/`). */
const choiceValues = {create: '+create', byId: '+by-id'} as const;

/** Reads a registry by id, saying plainly when it is not there (or not readable). */
async function registryById(context: Context, id: string): Promise<Registry> {
	const text = messages().registry.pick;
	if (!isRegistryId(id)) throw new WizardError(text.idInvalid, {suggestion: text.notFoundByIdFix});
	try {
		return await context.azure.getRegistry(id.trim());
	} catch (error: unknown) {
		const explained = context.explain(error);
		throw new WizardError(text.notFoundById(id), {suggestion: text.notFoundByIdFix, code: explained.code, cause: error});
	}
}

/** A registry named `name` in the chosen subscription, else in another subscription the account can see. */
async function registryByName(context: Context, name: string, registries: readonly Registry[]): Promise<Registry | undefined> {
	const named = (list: readonly Registry[]) => list.find((item) => item.name.toLowerCase() === name.toLowerCase());
	const local = named(registries);
	if (local) return local;
	const {subscription, subscriptions} = context.store.getState();
	for (const other of subscriptions.filter((item) => item.id !== subscription?.id)) {
		// A subscription that cannot be listed is skipped: the name may still be free to create.
		const found = named(await registriesOf(context, other.id).catch(() => []));
		if (found) return found;
	}
	return undefined;
}

/** What --registry-name asks for, before any question: a resource id, an existing registry (any visible subscription), or a new name. */
export async function choiceFromFlag(context: Context, registries: readonly Registry[]): Promise<RegistryChoice | undefined> {
	const wanted = context.flags.registryName;
	if (wanted === undefined) return undefined;
	const found = looksLikeResourceId(wanted) ? await registryById(context, wanted) : await registryByName(context, wanted, registries);
	if (!found) return {kind: 'create'};
	echoFlag(context, messages().registry.pick.question, found.name, '--registry-name');
	return {kind: 'existing', registry: found};
}

/** Asks which registry to use: the list, then "create" and "by resource ID". */
export async function askRegistryChoice(context: Context, registries: readonly Registry[]): Promise<RegistryChoice> {
	const text = messages().registry.pick;
	const current = context.store.getState().registry;
	// A registry picked by id (another subscription) stays offered when the step is shown again.
	const listed = current && !registries.some((item) => item.id === current.id) ? [current, ...registries] : registries;
	const answer = await context.prompter.select({
		id: 'registry',
		message: text.question,
		hint: text.hint(registries.length),
		choices: [
			...listed.map((item) => ({value: item.id, label: item.name, hint: text.choiceHint(item.resourceGroup, item.sku, item.loginServer)})),
			{value: choiceValues.create, label: text.create, hint: text.createHint},
			{value: choiceValues.byId, label: text.byId, hint: text.byIdHint},
		],
		default: current?.id ?? registries[0]?.id ?? choiceValues.create,
	});
	if (answer === choiceValues.create) return {kind: 'create'};
	if (answer === choiceValues.byId) return {kind: 'by-id'};
	const registry = listed.find((item) => item.id === answer);
	if (!registry) throw new WizardError(text.notFoundById(answer));
	return {kind: 'existing', registry};
}

/** Asks for a registry resource id: well formed while typing, readable on submit. */
export async function askRegistryId(context: Context): Promise<Registry> {
	const text = messages().registry.pick;
	const question = {id: 'registry-id', message: text.idQuestion, placeholder: text.idPlaceholder, invalid: text.idInvalid, isId: isRegistryId};
	return askResourceId(context, question, async (id) => registryById(context, id));
}
