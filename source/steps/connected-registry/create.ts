/**
 * Steps 2 and 3 of the connected-registry path: the connected registry (name, mode, schedule,
 * window, log level), created as `az acr connected-registry create --repository` does, then its
 * connection string in exactly the CLI's format with a freshly generated sync token password 1,
 * kept in memory as a secret (an export file only when asked, mode 0600).
 */
import {open} from 'node:fs/promises';
import {resolve} from 'node:path';
import type {ConnectedRegistryInput, Registry} from '../../azure/azure.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import {applyPlan, type Plan, type Step} from '../../wizard/engine.js';
import {GoBack, WizardError} from '../../wizard/errors.js';
import {connectedDeleteCommand, createCommand, protectedSettingsCommand} from '../../commands/connected-registry.js';
import {isEveryMinute, validateConnectedRegistryName, validateSchedule, validateWindow} from './names.js';
import {connectionStringOf, requireRegistry, sessionOf} from './session.js';

export const createStepId = 'connected-registry-create';
const logLevels = ['Information', 'Debug', 'Warning', 'Error', 'None'] as const;

async function askInput(context: Context, registry: Registry): Promise<ConnectedRegistryInput> {
	const text = messages().connectedRegistry.create;
	const {prompter} = context;
	const session = sessionOf(context.store);
	const name = await prompter.text({
		id: 'connected-registry-name',
		message: text.nameQuestion,
		flag: '--connected-registry-name',
		hint: text.nameHint,
		default: session.connected?.name ?? 'myconnectedregistry',
		validate: validateConnectedRegistryName,
		check: async (value) => {
			const existing = await context.azure.getConnectedRegistry(registry.id, value.trim()).catch(() => undefined);
			return existing && existing.id !== session.connected?.id ? text.nameTaken(value.trim(), registry.name, existing.connectionState ?? 'Offline') : undefined;
		},
	});
	const mode = await prompter.select({
		id: 'connected-registry-mode',
		message: text.modeQuestion,
		flag: '--mode',
		choices: [
			{value: 'ReadOnly', label: text.readOnly, hint: text.readOnlyHint},
			{value: 'ReadWrite', label: text.readWrite, hint: text.readWriteHint},
		],
		default: 'ReadOnly',
	});
	const schedule = await prompter.text({
		id: 'connected-registry-schedule',
		message: text.scheduleQuestion,
		flag: '--sync-schedule',
		hint: text.scheduleHint,
		default: '* * * * *',
		validate: validateSchedule,
	});
	const continuous = isEveryMinute(schedule);
	const syncWindow = continuous
		? ''
		: await prompter.text({
				id: 'connected-registry-window',
				message: text.windowQuestion,
				flag: '--sync-window',
				hint: text.windowHint,
				default: 'PT4H',
				validate: (value) => validateWindow(value) ?? (value.trim() === '' ? text.windowRequired : undefined),
			});
	const logLevel = await prompter.select({
		id: 'connected-registry-log-level',
		message: text.logLevelQuestion,
		flag: '--log-level',
		hint: text.logLevelHint,
		choices: logLevels.map((level) => ({value: level, label: level})),
		default: 'Information',
	});
	return {
		name: name.trim(),
		mode: mode === 'ReadWrite' ? 'ReadWrite' : 'ReadOnly',
		repositories: session.repositories,
		schedule: schedule.trim().split(/\s+/).join(' '),
		...(syncWindow.trim() ? {syncWindow: syncWindow.trim()} : {}),
		logLevel,
	};
}

function createPlan(context: Context, registry: Registry, input: ConnectedRegistryInput): Plan {
	const text = messages().connectedRegistry;
	const session = sessionOf(context.store);
	return {
		stepId: createStepId,
		title: text.create.planTitle(input.name),
		notes: [text.create.note(input.name), text.connection.note],
		actions: [
			{
				id: `connected-registry:${input.name}`,
				sentence: text.create.sentence(input.name, registry.name, input.mode, input.repositories),
				command: createCommand(registry, input),
				call: `PUT ${registry.id}/scopeMaps/${input.name}, PUT …/tokens/${input.name}, PUT …/connectedRegistries/${input.name}`,
				run: async () => {
					const created = await context.azure.createConnectedRegistry(registry.id, input);
					session.connected = created;
					return {
						outcome: 'done',
						detail: text.create.done(created.connectionState ?? 'Offline'),
						undo: {
							sentence: text.create.undo(input.name),
							command: connectedDeleteCommand(registry, input.name),
							kind: 'delete-connected-registry',
							params: {registryId: registry.id, name: input.name, syncToken: created.syncTokenId.split('/tokens/')[1] ?? input.name},
						},
					};
				},
				// A dry run goes on with the connected registry as it would be made (its sync token named after it).
				preview: () => {
					session.connected = {
						id: `${registry.id}/connectedRegistries/${input.name}`,
						name: input.name,
						mode: input.mode,
						syncTokenId: `${registry.id}/tokens/${input.name}`,
					};
				},
			},
			{
				id: `connection-string:${input.name}`,
				sentence: text.connection.sentence(input.name),
				command: protectedSettingsCommand(registry, input.name),
				call: `POST ${registry.id}/generateCredentials`,
				run: async () => {
					const connected = session.connected ?? (await context.azure.getConnectedRegistry(registry.id, input.name));
					if (!connected) throw new WizardError(text.create.planTitle(input.name));
					const {username, password} = await context.azure.generateTokenPassword(registry.id, connected.syncTokenId, 'password1');
					session.connectionString = connectionStringOf(connected, username, password.value);
					return {outcome: 'done', detail: text.connection.done};
				},
			},
		],
	};
}

/** Writes the protected settings file the seed's recipe makes, readable by the user only. */
async function offerExport(context: Context): Promise<void> {
	const text = messages().connectedRegistry.connection;
	const session = sessionOf(context.store);
	if (!session.connectionString) return;
	const answer = await context.prompter.select({
		id: 'connected-registry-export',
		message: text.exportQuestion,
		hint: text.exportHint,
		choices: [
			{value: 'no', label: text.exportNo},
			{value: 'yes', label: text.exportYes},
		],
		default: context.flags.connectionStringFile ? 'yes' : 'no',
	});
	if (answer !== 'yes') return;
	const path = await context.prompter.text({
		id: 'connected-registry-export-path',
		message: text.exportPathQuestion,
		flag: '--connection-string-file',
		default: 'protected-settings-extension.json',
	});
	const file = resolve(path);
	// A file that is already there keeps its mode through a write: it is made 0600 before the secret goes in.
	const handle = await open(file, 'w', 0o600);
	try {
		await handle.chmod(0o600);
		await handle.writeFile(`${JSON.stringify({connectionString: session.connectionString.reveal()}, undefined, 2)}\n`, 'utf8');
	} finally {
		await handle.close();
	}
	context.store.getState().actions.report(text.written(file));
}

/** Steps 2–3: the connected registry and its connection string. */
export const createConnectedRegistryStep: Step<Context> = {
	async run(context) {
		const registry = requireRegistry(context);
		const input = await askInput(context, registry);
		if ((await applyPlan(createPlan(context, registry, input), context)) === 'back') throw new GoBack();
		await offerExport(context);
	},
};
