/**
 * Steps 4–6 of the connected-registry path: the Service clusterIP (read from the cluster's
 * service range, proposed free, refused outside it or in use), the Arc extension with the
 * seed's secure defaults (followed with progress and elapsed time; a Failed install shown with
 * Arc's errorInfo and statuses), then the verification: the connected registry refreshed until
 * Online, and the `connected-registry` namespace's pods, Service and claim.
 */
import {AzureError, type ClusterExtension, type ConnectedCluster, type Registry} from '../../azure/azure.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import {applyPlan, type Plan, type Step} from '../../wizard/engine.js';
import {GoBack, WizardError} from '../../wizard/errors.js';
import type {UndoSpec} from '../../wizard/undo-spec.js';
import {
	deactivateCommand,
	extensionCommand,
	extensionDeleteCommand,
	extensionUpdateCommand,
	podsCommand,
	protectedSettingsCommand,
	showCommand,
} from '../../commands/connected-registry.js';
import {checkClusterIP, proposeClusterIP} from './names.js';
import {serviceRangeOf} from './service-range.js';
import {tableLines, utcTime} from './table.js';
import {extensionNameOf, requireRegistry, sessionOf, type ConnectedSession} from './session.js';

export const extensionStepId = 'connected-registry-extension';
export const extensionType = 'Microsoft.ContainerRegistry.ConnectedRegistry';

function required(session: ConnectedSession): {cluster: ConnectedCluster; kube: NonNullable<ConnectedSession['kube']>} {
	const text = messages().connectedRegistry.prerequisites;
	if (!session.cluster || !session.kube) throw new WizardError(text.noClusters, {suggestion: text.noClustersFix});
	return {cluster: session.cluster, kube: session.kube};
}

async function askClusterIP(context: Context): Promise<string> {
	const text = messages().connectedRegistry.clusterIP;
	const session = sessionOf(context.store);
	const {kube} = required(session);
	const found = await serviceRangeOf(context, session).catch((error: unknown) => {
		throw context.explain(error);
	});
	if (!found) throw new WizardError(text.unknownRange);
	const {range} = found;
	const used = await kube.serviceClusterIPs().catch(() => []);
	session.serviceRange = range;
	const proposed = proposeClusterIP(range, used);
	return (
		await context.prompter.text({
			id: 'connected-registry-cluster-ip',
			message: text.question,
			flag: '--cluster-ip',
			hint: found.from === 'managed-cluster' ? text.hintManaged(range) : text.hint(range),
			...(proposed ? {default: session.clusterIP ?? proposed} : {}),
			validate: (value) => checkClusterIP(value, range, used),
		})
	).trim();
}

/** The extension's settings: the seed's, with the secure defaults written out. */
export function extensionSettings(clusterIP: string): Record<string, string> {
	return {
		'service.clusterIP': clusterIP,
		'pvc.storageClassName': 'standard',
		'pvc.storageRequest': '250Gi',
		'cert-manager.enabled': 'true',
		'cert-manager.install': 'true',
		'trustDistribution.enabled': 'true',
	};
}

/** Arc's errorInfo and statuses in plain lines, the original code kept. */
function failure(extension: ClusterExtension, cluster: ConnectedCluster): WizardError {
	const text = messages().connectedRegistry.extension;
	const statuses = (extension.statuses ?? []).map((status) =>
		text.statusLine(status.level ?? status.code ?? 'Error', status.message ?? status.displayStatus ?? ''),
	);
	const said = extension.errorInfo?.message;
	return new WizardError(said ? `${text.failed(extension.name)} ${text.arcSays(said)}` : text.failed(extension.name), {
		suggestion: text.failedFix(extension.name, cluster.name, cluster.resourceGroup),
		code: extension.errorInfo?.code ?? 'ExtensionOperationFailed',
		cause: new Error([extension.errorInfo?.message ?? '', ...statuses].filter((line) => line !== '').join('\n')),
	});
}

function extensionPlan(context: Context, cluster: ConnectedCluster, name: string, clusterIP: string): Plan {
	const text = messages().connectedRegistry.extension;
	const session = sessionOf(context.store);
	const settings = extensionSettings(clusterIP);
	return {
		stepId: extensionStepId,
		title: text.planTitle(cluster.name),
		notes: [text.note],
		actions: [
			{
				id: `extension:${cluster.id}:${name}`,
				sentence: text.sentence(name, cluster.name, clusterIP),
				command: extensionCommand(cluster, name, settings),
				call: `PUT ${cluster.id}/providers/Microsoft.KubernetesConfiguration/extensions/${name}`,
				run: async () => {
					const connection = session.connectionString;
					if (!connection) throw new WizardError(messages().connectedRegistry.connection.planTitle);
					const started = context.clock.now().getTime();
					const extension = await context.azure.createExtension(
						cluster.id,
						{name, extensionType, configurationSettings: settings, protectedSettings: {connectionString: connection.reveal()}},
						(status) => context.store.getState().actions.setActivity(text.progress(status, Math.round((context.clock.now().getTime() - started) / 1000))),
					);
					context.store.getState().actions.setActivity(undefined);
					const undo: UndoSpec = {
						sentence: text.undo(name),
						command: extensionDeleteCommand(cluster, name),
						kind: 'delete-extension',
						params: {clusterId: cluster.id, name},
					};
					if (extension.provisioningState === 'Failed') {
						context.store.getState().actions.appendJournal({
							id: `extension-failed:${name}`,
							stepId: extensionStepId,
							sentence: text.undo(name),
							command: undo.command,
							call: `DELETE ${extension.id}`,
							outcome: 'done',
							at: context.clock.now().toISOString(),
							undo,
						});
						throw (await syncPasswordRefused(context)) ?? failure(extension, cluster);
					}
					return {outcome: 'done', detail: text.done(extension.provisioningState), undo};
				},
			},
		],
	};
}

/**
 * Whether the registry refuses the connection string's sync token password (rotated since, or wrong): asked of its data
 * plane with those credentials, since a pod that cannot sync never gets ready and a failed install takes its log with it.
 */
async function syncPasswordRefused(context: Context): Promise<WizardError | undefined> {
	const text = messages().connectedRegistry.verify;
	const session = sessionOf(context.store);
	const registry = requireRegistry(context);
	const fields = Object.fromEntries(
		(session.connectionString?.reveal() ?? '').split(';').map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
	);
	const username = fields.SyncTokenName;
	const password = fields.SyncTokenPassword;
	const repository = session.repositories[0];
	if (!username || !password || !repository) return undefined;
	try {
		await context.azure.listTags(registry.loginServer, repository, {username, password});
		return undefined;
	} catch (error: unknown) {
		if (!(error instanceof AzureError) || error.code !== 'UNAUTHORIZED') return undefined;
		return new WizardError(text.syncPasswordRefused(registry.loginServer), {
			suggestion: text.unauthorizedFix(session.connected?.name ?? '', registry.name),
			code: 'UNAUTHORIZED',
			cause: error,
		});
	}
}

/** What the connected-registry pod logs, read to say why the registry is not Online. */
async function podVerdict(context: Context): Promise<WizardError | undefined> {
	const text = messages().connectedRegistry.verify;
	const session = sessionOf(context.store);
	const registry = requireRegistry(context);
	const {kube} = required(session);
	const objects = await kube.namespaceObjects('connected-registry').catch(() => undefined);
	const claim = objects?.claims.find((item) => item.phase !== 'Bound');
	if (claim) return new WizardError(text.pending(claim.name, claim.storageClass), {suggestion: text.pendingFix, code: 'ProvisioningFailed'});
	const pod = objects?.pods.find((item) => item.name.startsWith('connected-registry-'));
	const logs = pod ? await kube.podLogs('connected-registry', pod.name, 20).catch(() => []) : [];
	const name = session.connected?.name ?? '';
	// The newest refusal is the one that stands (an earlier one may have been fixed since).
	const last = logs.findLast((line) => line.includes('"code":"UNAUTHORIZED"') || line.includes('"code":"ALREADY_ACTIVATED"'));
	const refused = last?.includes('"code":"UNAUTHORIZED"') ? last : undefined;
	if (refused !== undefined) {
		// The pod's own line, verbatim, and the fix as commands: a new password in the protected setting the extension reads.
		const {cluster} = required(session);
		const fix = `${protectedSettingsCommand(registry, name)}\n${extensionUpdateCommand(cluster, extensionNameOf(session), {}, true)}`;
		return new WizardError(text.unauthorizedLogged(pod?.name ?? '', refused), {suggestion: text.unauthorizedUpdate(fix), code: 'UNAUTHORIZED'});
	}
	if (last?.includes('"code":"ALREADY_ACTIVATED"'))
		return new WizardError(text.alreadyActivated, {suggestion: text.alreadyActivatedFix(name, registry.name), code: 'ALREADY_ACTIVATED'});
	return undefined;
}

/** Refreshes the connected registry until it is Online; shows the seed's table and the cluster's objects. */
async function verify(context: Context, registry: Registry): Promise<void> {
	const text = messages().connectedRegistry.verify;
	const session = sessionOf(context.store);
	const {actions} = context.store.getState();
	const name = session.connected?.name ?? '';
	const started = context.clock.now().getTime();
	for (let attempt = 0; ; attempt++) {
		const current = await context.azure.getConnectedRegistry(registry.id, name);
		const state = current?.connectionState ?? text.unknownState;
		if (state.toLowerCase() === 'online' && current) {
			// As the seed shows it: `az acr connected-registry show --output table`.
			const row = [
				current.name,
				current.mode,
				state,
				registry.name,
				registry.loginServer,
				current.lastSyncTime ? utcTime(current.lastSyncTime) : text.never,
				current.schedule ?? '* * * * *',
				current.syncWindow ?? '',
			];
			actions.report([`$ ${showCommand(registry, current.name)}`, ...tableLines(text.showColumns, [row])].join('\n'));
			break;
		}
		const seconds = Math.round((context.clock.now().getTime() - started) / 1000);
		actions.setActivity(text.waiting(state, seconds));
		if (attempt >= 3) {
			const verdict = await podVerdict(context);
			if (verdict) {
				if (verdict.code === 'ALREADY_ACTIVATED' && (await offerDeactivate(context, registry, name))) continue;
				throw verdict;
			}
		}
		if (attempt > 120) throw new WizardError(text.notOnline(name, state));
		await context.clock.sleep(1000);
	}
	actions.setActivity(undefined);
	const objects = await required(session)
		.kube.namespaceObjects('connected-registry')
		.catch(() => undefined);
	if (objects) {
		const rows = objects.pods.map((pod) => [pod.name, pod.ready, pod.status]);
		actions.report([`$ ${podsCommand(session.kubeContext)}`, ...tableLines(text.podColumns, rows)].join('\n'));
		for (const service of objects.services) actions.report(text.service(service.name, service.clusterIP));
		for (const claim of objects.claims) actions.report(text.claim(claim.name, claim.phase, claim.storageClass));
	}
}

async function offerDeactivate(context: Context, registry: Registry, name: string): Promise<boolean> {
	const text = messages().connectedRegistry.verify;
	return (
		(await applyPlan(
			{
				stepId: `${extensionStepId}-deactivate`,
				title: text.deactivateSentence(name),
				actions: [
					{
						id: `deactivate:${name}:${context.clock.now().getTime()}`,
						sentence: text.deactivateSentence(name),
						command: deactivateCommand(registry, name),
						call: `POST ${registry.id}/connectedRegistries/${name}/deactivate`,
						run: async () => {
							await context.azure.deactivateConnectedRegistry(registry.id, name);
							return {outcome: 'done'};
						},
					},
				],
			},
			context,
		)) === 'applied'
	);
}

/** Steps 4–6: clusterIP, extension, verification. */
export const installExtensionStep: Step<Context> = {
	async run(context) {
		const registry = requireRegistry(context);
		const session = sessionOf(context.store);
		const {cluster} = required(session);
		session.clusterIP = await askClusterIP(context);
		const name = extensionNameOf(session);
		session.extensionName = name;
		if ((await applyPlan(extensionPlan(context, cluster, name, session.clusterIP), context)) === 'back') throw new GoBack();
		// A dry run installed nothing: there is nothing to wait for.
		if (!context.store.getState().dryRun) await verify(context, registry);
	},
};
