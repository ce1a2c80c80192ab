/**
 * Creating a registry: the name (checked live, then for uniqueness), the resource group
 * (existing, or a new one with a location), the SKU; then a plan of `az group create` and
 * `az acr create`, confirmed and run with progress shown.
 */
import type {Registry, RegistrySku} from '../../azure/azure.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import {alreadyDone, applyPlan, type Action, type Plan} from '../../wizard/engine.js';
import {GoBack} from '../../wizard/errors.js';
import {askInTurn} from '../../wizard/in-turn.js';
import type {Validate} from '../../wizard/prompter.js';
import type {UndoSpec} from '../../wizard/undo-spec.js';
import {registryNameCheck, validateRegistryName} from './registry-name.js';
import {nameAvailabilityOf, resourceGroupsOf} from './read-ahead.js';
import {echoFlag, withActivity} from '../shared/activity.js';
import {locationHint, regionProblem, subscriptionLocationProblem} from '../shared/regions.js';
import {WizardError} from '../../wizard/errors.js';
import {acrCreateCommand, acrDeleteCommand, groupCreateCommand, groupDeleteCommand} from '../../commands/az.js';
import {newContainerRegistryCommand, newResourceGroupCommand} from '../../commands/powershell.js';

/** Where the new registry goes: an existing group, or a new one in `location`. */
export type GroupChoice = {readonly name: string; readonly location: string; readonly isNew: boolean};

/** What the user asked for; `location` is the group's unless --location names another. */
export type NewRegistry = {
	readonly subscriptionId: string;
	readonly name: string;
	readonly group: GroupChoice;
	readonly sku: RegistrySku;
	readonly location: string;
};

const skus = {basic: 'Basic', standard: 'Standard', premium: 'Premium'} as const satisfies Record<string, RegistrySku>;
const createValue = '+create';

const validateGroupName: Validate = (value) => (/^[-\w.()]{1,90}$/u.test(value) && !value.endsWith('.') ? undefined : messages().registry.group.nameInvalid);

const validateLocation: Validate = (value) => (/^[a-z0-9]+$/.test(value) ? undefined : messages().registry.group.locationInvalid);

/** Asks the registry name: well formed while typing, free across Azure on submit. */
async function askRegistryName(context: Context, subscriptionId: string): Promise<string> {
	const text = messages().registry.name;
	return context.prompter.text({
		id: 'registry-name',
		message: text.question,
		flag: '--registry-name',
		// The login server suffix comes from the cloud in use (azurecr.io, azurecr.cn, azurecr.us).
		hint: text.hint(context.cloud.acrSuffix),
		placeholder: text.placeholder,
		validate: validateRegistryName,
		check: registryNameCheck({checkRegistryName: async (id, name) => nameAvailabilityOf(context, id, name)}, subscriptionId, context.explain),
	});
}

/** The location a new group defaults to: the flag, an AKS cluster's, the first group's, else the cloud's own default region. */
async function defaultLocation(context: Context, subscriptionId: string, groupLocation: string | undefined): Promise<string> {
	if (context.flags.location) return context.flags.location;
	const clusters = await context.azure.listManagedClusters(subscriptionId).catch(() => []);
	return clusters[0]?.location ?? groupLocation ?? context.cloud.defaultLocation ?? 'eastus';
}

/** A new group's name (unless the flag gave one: then answered by it). */
async function askNewGroupName(context: Context, existing: readonly string[]): Promise<string> {
	const text = messages().registry.group;
	const taken = new Set(existing.map((name) => name.toLowerCase()));
	return context.prompter.text({
		id: 'resource-group-name',
		message: text.nameQuestion,
		flag: '--resource-group',
		validate: (value) => validateGroupName(value) ?? (taken.has(value.toLowerCase()) ? text.exists(value) : undefined),
	});
}

/** A new group's location. */
async function askNewGroupLocation(context: Context, subscriptionId: string, firstLocation: string | undefined): Promise<string> {
	const text = messages().registry.group;
	return context.prompter.text({
		id: 'resource-group-location',
		message: text.locationQuestion,
		flag: '--location',
		hint: locationHint(context.cloud),
		default: await defaultLocation(context, subscriptionId, firstLocation),
		validate: (value) => validateLocation(value) ?? regionProblem(context.cloud, value),
		// The subscription's own regions, before the group is made there (a typo would fail only at the create).
		check: async (value) => subscriptionLocationProblem(context, subscriptionId, value),
	});
}

/**
 * Asks for the resource group: an existing one, or a new one (also when --resource-group names none) with its
 * name and location, each question one Esc from the one before it.
 */
async function askResourceGroup(context: Context, subscriptionId: string): Promise<GroupChoice> {
	const text = messages().registry.group;
	const groups = await resourceGroupsOf(context, subscriptionId);
	const names = groups.map((group) => group.name);
	const wanted = context.flags.resourceGroup;
	const flagged = wanted === undefined ? undefined : groups.find((group) => group.name.toLowerCase() === wanted.toLowerCase());
	let answer = createValue;
	let name = '';
	let location = '';
	await askInTurn([
		{
			ask: async () => {
				if (wanted !== undefined && !flagged) return;
				if (flagged) echoFlag(context, text.question, flagged.name, '--resource-group');
				answer = flagged
					? flagged.name
					: await context.prompter.select({
							id: 'resource-group',
							message: text.question,
							choices: [
								...groups.map((group) => ({value: group.name, label: group.name, hint: group.location})),
								{value: createValue, label: text.create, hint: text.createHint},
							],
							default: groups[0]?.name ?? createValue,
						});
			},
			isSkipped: () => wanted !== undefined,
		},
		{
			ask: async () => {
				if (answer === createValue) name = await askNewGroupName(context, names);
			},
			isSkipped: () => answer !== createValue || wanted !== undefined,
		},
		{
			ask: async () => {
				if (answer === createValue) location = await askNewGroupLocation(context, subscriptionId, groups[0]?.location);
			},
			isSkipped: () => answer !== createValue || context.flags.location !== undefined,
		},
	]);
	const group = groups.find((item) => item.name === answer);
	if (group) return {name: group.name, location: group.location, isNew: false};
	return {name, location, isNew: true};
}

/** Asks for the SKU, one line each on what it means; Premium first when a connected registry is wanted. */
async function askSku(context: Context): Promise<RegistrySku> {
	const text = messages().registry.sku;
	const answer = await context.prompter.select({
		id: 'registry-sku',
		message: text.question,
		flag: '--sku',
		choices: [
			{value: 'basic', label: text.basic, hint: text.basicHint},
			{value: 'standard', label: text.standard, hint: text.standardHint},
			{value: 'premium', label: text.premium, hint: text.premiumHint},
		],
		default: context.flags.method === 'connected-registry' ? 'premium' : 'basic',
	});
	return skus[answer as keyof typeof skus];
}

/** The registry's id as Azure will give it. */
function newRegistryId(input: NewRegistry): string {
	return `/subscriptions/${input.subscriptionId}/resourceGroups/${input.group.name}/providers/Microsoft.ContainerRegistry/registries/${input.name}`;
}

/** The plan: create the group when it is new, then the registry. `created` receives the registry. */
export function createRegistryPlan(context: Context, input: NewRegistry, created: (registry: Registry) => void): Plan {
	const text = messages().registry.create;
	const {subscriptionId, name, group, sku, location} = input;
	const groupAction: Action = {
		id: `create-group-${group.name}`,
		sentence: text.groupSentence(group.name, group.location),
		command: groupCreateCommand(group, subscriptionId, context.defaultSubscriptionId),
		powershell: newResourceGroupCommand(group),
		call: `PUT /subscriptions/${subscriptionId}/resourceGroups/${group.name}`,
		run: async () => {
			// Made already by this run (the plan runs again after going back): it stands, nothing is written.
			if (alreadyDone(context.store.getState().journal, 'registry', groupAction.id)) return {outcome: 'unchanged', detail: text.groupCreated(group.location)};
			await context.azure.createResourceGroup(subscriptionId, group.name, group.location);
			// Undone on its own confirmation, with what it holds then (it may hold more than this run made).
			const undo: UndoSpec = {
				sentence: text.undoGroup(group.name),
				command: groupDeleteCommand(group.name, subscriptionId, context.defaultSubscriptionId),
				kind: 'delete-resource-group',
				params: {subscriptionId, name: group.name},
			};
			return {outcome: 'done', detail: text.groupCreated(group.location), undo};
		},
	};
	const registryAction: Action = {
		id: `create-registry-${name}`,
		sentence: text.registrySentence(name, sku, group.name),
		// az acr create puts the registry in its group's location unless told otherwise.
		command: acrCreateCommand(
			{name, resourceGroup: group.name, sku, location: location === group.location ? undefined : location},
			subscriptionId,
			context.defaultSubscriptionId,
		),
		powershell: newContainerRegistryCommand({name, resourceGroup: group.name, sku, location}),
		call: `PUT ${newRegistryId(input)}`,
		run: async () => {
			if (alreadyDone(context.store.getState().journal, 'registry', registryAction.id)) {
				const made = await context.azure.getRegistry(newRegistryId(input));
				created(made);
				return {outcome: 'unchanged', detail: text.created(made.loginServer)};
			}
			const registry = await withActivity(
				context,
				(status) => text.progress(name, status),
				(progress) => context.azure.createRegistry({subscriptionId, resourceGroup: group.name, name, location, sku}, progress),
			);
			created(registry);
			// The name was free across Azure, so this run created the registry: undo may delete it.
			const undo: UndoSpec = {
				sentence: text.undoRegistry(name),
				command: acrDeleteCommand({name, resourceGroup: group.name}, subscriptionId, context.defaultSubscriptionId),
				kind: 'delete-registry',
				params: {id: registry.id},
			};
			return {outcome: 'done', detail: text.created(registry.loginServer), undo};
		},
		// A dry run goes on with the registry as Azure would make it (its login server from the cloud in use).
		preview: () =>
			created({
				id: newRegistryId(input),
				name,
				subscriptionId,
				resourceGroup: group.name,
				location,
				sku,
				loginServer: `${name}${context.cloud.acrSuffix}`,
				adminUserEnabled: false,
				dataEndpointEnabled: false,
			}),
	};
	return {stepId: 'registry', title: text.planTitle(name), actions: group.isNew ? [groupAction, registryAction] : [registryAction]};
}

/**
 * Asks everything, shows the plan and runs it; undefined when the user goes back from the first question. Esc goes
 * back one question, and Back on the plan returns to the last question (the SKU), the answers kept.
 */
export async function createRegistry(context: Context, subscriptionId: string): Promise<Registry | undefined> {
	let name = '';
	let group: GroupChoice = {name: '', location: '', isNew: false};
	let sku: RegistrySku = 'Basic';
	let registry: Registry | undefined;
	let input: NewRegistry | undefined;
	try {
		// Each question under the registry view: going back from the plan leaves the plan's screen.
		const onRegistryView = () => context.store.getState().actions.show('registry');
		await askInTurn([
			{ask: async () => (onRegistryView(), (name = await askRegistryName(context, subscriptionId))), isSkipped: () => context.flags.registryName !== undefined},
			{ask: async () => (onRegistryView(), (group = await askResourceGroup(context, subscriptionId)))},
			{ask: async () => (onRegistryView(), (sku = await askSku(context))), isSkipped: () => context.flags.sku !== undefined},
			{
				ask: async () => {
					input = {subscriptionId, name, group, sku, location: context.flags.location ?? group.location};
					// --location with an existing group places the registry: checked against the subscription's regions before the plan.
					const problem =
						context.flags.location === undefined || group.isNew ? undefined : await subscriptionLocationProblem(context, subscriptionId, input.location);
					if (problem) throw new WizardError(`--location ${input.location}: ${problem}`, {suggestion: messages().common.anotherValue('--location')});
					if (
						(await applyPlan(
							createRegistryPlan(context, input, (made) => (registry = made)),
							context,
						)) === 'back'
					)
						throw new GoBack();
				},
			},
		]);
	} catch (error: unknown) {
		if (error instanceof GoBack) return undefined;
		throw error;
	}
	// A re-run after going back finds the action already journaled and skips it; read the registry then.
	return registry ?? (input ? context.azure.getRegistry(newRegistryId(input)) : undefined);
}
