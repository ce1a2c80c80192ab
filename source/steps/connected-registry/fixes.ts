/**
 * The fixes the connected-registry path can run for a diagnosed pull failure, each an action
 * with its sentence and equivalent command: attach the client token, add a repository to the
 * sync scope, give the client scope map pull, deactivate, a new client password in the secret,
 * and the extension updated (trust distribution on, or a new connection string).
 */
import type {Registry} from '../../azure/azure.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import type {Action} from '../../wizard/engine.js';
import {WizardError} from '../../wizard/errors.js';
import {
	attachCommand,
	deactivateCommand,
	extensionUpdateCommand,
	permissionsAddCommand,
	protectedSettingsCommand,
	scopeMapAddCommand,
	secretReplaceCommand,
	tokenPasswordCommand,
} from '../../commands/connected-registry.js';
import {extensionType} from './extension.js';
import {connectionStringOf, extensionNameOf, SecretValue, sessionOf} from './session.js';

/** Where a fix acts: the run, the cloud registry, the connected registry's name, and a stamp that keeps each fix its own journal entry. */
export type FixTarget = {readonly context: Context; readonly registry: Registry; readonly name: string; readonly stamp: number};

const pullActions = (repository: string) => [`repositories/${repository}/content/read`, `repositories/${repository}/metadata/read`];
const writeActions = (repository: string) => ['content/write', 'content/delete', 'metadata/write'].map((action) => `repositories/${repository}/${action}`);

/** `az acr connected-registry update --add-client-tokens`. */
export function attachAction({context, registry, name, stamp}: FixTarget, token: string): Action {
	const text = messages().connectedRegistry.client;
	return {
		id: `client-attach-fix:${token}:${stamp}`,
		sentence: text.attachSentence(token, name),
		command: attachCommand(registry, name, token),
		call: `PATCH ${registry.id}/connectedRegistries/${name}`,
		run: async () => {
			await context.azure.addClientTokens(registry.id, name, [`${registry.id}/tokens/${token}`]);
			return {outcome: 'done', detail: text.attached};
		},
	};
}

/** Adds `actions` to a scope map (a PUT with the old and new actions, as `az acr scope-map update --add-repository` sends). */
async function addToScopeMap(context: Context, registry: Registry, map: string, actions: readonly string[]): Promise<void> {
	const current = await context.azure.getScopeMap(registry.id, map);
	await context.azure.createScopeMap(registry.id, map, [...new Set([...(current?.actions ?? []), ...actions])]);
}

/** `az acr connected-registry permissions update --add <repo>`: the repository joins the sync scope (ReadWrite also writes it). */
export function syncScopeAction(fix: FixTarget, map: string, repository: string): Action {
	const {context, registry, name, stamp} = fix;
	const text = messages().connectedRegistry.diagnosis;
	const readWrite = sessionOf(context.store).connected?.mode === 'ReadWrite';
	return {
		id: `sync-scope-fix:${name}:${repository}:${stamp}`,
		sentence: text.permissionsSentence(name, [repository]),
		command: permissionsAddCommand(registry, name, [repository]),
		call: `PUT ${registry.id}/scopeMaps/${map}`,
		run: async () => {
			await addToScopeMap(context, registry, map, [...pullActions(repository), ...(readWrite ? writeActions(repository) : [])]);
			return {outcome: 'done', detail: text.updated};
		},
	};
}

/** `az acr scope-map update --add-repository <repo> content/read metadata/read` on the client token's map. */
export function clientScopeAction({context, registry, stamp}: FixTarget, map: string, repository: string): Action {
	const text = messages().connectedRegistry.diagnosis;
	return {
		id: `client-scope-fix:${map}:${repository}:${stamp}`,
		sentence: text.clientScopeSentence(map, [repository]),
		command: scopeMapAddCommand(registry, map, [repository]),
		call: `PUT ${registry.id}/scopeMaps/${map}`,
		run: async () => {
			await addToScopeMap(context, registry, map, pullActions(repository));
			return {outcome: 'done', detail: text.updated};
		},
	};
}

/** `az acr connected-registry deactivate`: the activation freed for this instance. */
export function deactivateAction({context, registry, name, stamp}: FixTarget): Action {
	const text = messages().connectedRegistry.verify;
	return {
		id: `deactivate-fix:${name}:${stamp}`,
		sentence: text.deactivateSentence(name),
		command: deactivateCommand(registry, name),
		call: `POST ${registry.id}/connectedRegistries/${name}/deactivate`,
		run: async () => {
			await context.azure.deactivateConnectedRegistry(registry.id, name);
			return {outcome: 'done'};
		},
	};
}

/** A new password1 of the client token, then the pull secret applied again with it (the value stays in memory). */
export function passwordActions({context, registry, stamp}: FixTarget, token: string, where: {readonly secret: string; readonly namespace: string}): Action[] {
	const text = messages().connectedRegistry.diagnosis;
	const session = sessionOf(context.store);
	const {kube, clusterIP, kubeContext} = session;
	if (!kube || !clusterIP) return [];
	return [
		{
			id: `client-password-fix:${token}:${stamp}`,
			sentence: text.passwordSentence(token),
			command: tokenPasswordCommand(registry, token),
			call: `POST ${registry.id}/generateCredentials`,
			run: async () => {
				const {password} = await context.azure.generateTokenPassword(registry.id, `${registry.id}/tokens/${token}`, 'password1');
				session.secrets.set(token, new SecretValue(password.value));
				return {outcome: 'done'};
			},
		},
		{
			id: `client-secret-fix:${where.namespace}:${where.secret}:${stamp}`,
			sentence: text.secretSentence(where.secret, where.namespace),
			command: secretReplaceCommand(where.secret, clusterIP, token, where.namespace, kubeContext),
			call: `PUT /api/v1/namespaces/${where.namespace}/secrets/${where.secret}`,
			run: async () => {
				const password = session.secrets.get(token);
				if (!password) throw new WizardError(text.passwordSentence(token));
				await kube.applyDockerRegistrySecret({namespace: where.namespace, name: where.secret, server: clusterIP, username: token, password: password.reveal()});
				return {outcome: 'done'};
			},
		},
	];
}

/** The extension installed again with its settings changed (trust distribution on) or a new connection string (a new sync password). */
export function extensionFixActions(fix: FixTarget, change: 'trust' | 'connection'): Action[] | undefined {
	const {context, registry, name, stamp} = fix;
	const text = messages().connectedRegistry.diagnosis;
	const session = sessionOf(context.store);
	const {cluster, connected} = session;
	if (!cluster || !connected || (change === 'trust' && !session.connectionString)) return undefined;
	const extension = extensionNameOf(session);
	const reinstall = async (connection: SecretValue, settings: Record<string, string>) => {
		const current = await context.azure.getExtension(cluster.id, extension);
		const started = context.clock.now().getTime();
		const elapsed = () => Math.round((context.clock.now().getTime() - started) / 1000);
		await context.azure.createExtension(
			cluster.id,
			{
				name: extension,
				extensionType,
				configurationSettings: {...current?.configurationSettings, ...settings},
				protectedSettings: {connectionString: connection.reveal()},
			},
			(status) => context.store.getState().actions.setActivity(messages().connectedRegistry.extension.progress(status, elapsed())),
		);
		context.store.getState().actions.setActivity(undefined);
		return {outcome: 'done' as const, detail: text.updated};
	};
	const update: Action = {
		id: `extension-fix:${extension}:${change}:${stamp}`,
		sentence: change === 'trust' ? text.trustSentence(extension) : text.extensionSentence(extension),
		command: extensionUpdateCommand(cluster, extension, change === 'trust' ? {'trustDistribution.enabled': 'true'} : {}, change === 'connection'),
		call: `PUT ${cluster.id}/providers/Microsoft.KubernetesConfiguration/extensions/${extension}`,
		run: async () => {
			const connection = session.connectionString;
			if (!connection) throw new WizardError(text.connectionSentence(name));
			return reinstall(connection, change === 'trust' ? {'trustDistribution.enabled': 'true'} : {});
		},
	};
	if (change === 'trust') return [update];
	return [
		{
			id: `connection-string-fix:${name}:${stamp}`,
			sentence: text.connectionSentence(name),
			command: protectedSettingsCommand(registry, name),
			call: `POST ${registry.id}/generateCredentials`,
			run: async () => {
				const {username, password} = await context.azure.generateTokenPassword(registry.id, connected.syncTokenId, 'password1');
				session.connectionString = connectionStringOf(connected, username, password.value);
				return {outcome: 'done'};
			},
		},
		update,
	];
}
