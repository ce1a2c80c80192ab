/**
 * An image served by a connected registry on its clusterIP: the cause, from what the connected registry says
 * of itself (diagnosis/connected-registry.ts, shared with the wizard), and the state of each part: the
 * extension, the Service, the connection and last sync, activation, the sync scope, the client token. Pure.
 */
import {messages} from '../../messages/catalog.js';
import {diagnoseConnectedRegistry} from '../connected-registry.js';
import type {ConnectedHostFacts} from '../doctor-facts.js';
import type {DiagnosisKind} from '../facts.js';
import type {Finding, FixAction} from '../findings.js';
import type {CheckInput} from './input.js';

/** The connected registry behind the pod's image host, when there is one. */
export function connectedOf(input: CheckInput): ConnectedHostFacts | undefined {
	return input.facts.connected?.[input.ref.host];
}

/** The runtime's words of the failed pull (after `Failed to pull image "…": `), as the shared diagnosis reads them. */
function runtimeMessage(input: CheckInput): string {
	const failed = input.pod.events.find((event) => event.type === 'Warning' && /^Failed to pull image/.test(event.message));
	return (failed?.message ?? input.pod.pod.message ?? '').replace(/^Failed to pull image "[^"]*": /, '');
}

function stateEvidence(host: ConnectedHostFacts): string[] {
	const {facts, connectedRegistry, extension} = host;
	return [
		`connectedRegistry ${facts.name}: connectionState ${facts.connectionState ?? '(none)'}, lastSyncTime ${facts.lastSyncTime ?? '(never)'}, activation ${connectedRegistry.activationStatus ?? '(unknown)'}`,
		`clientTokenIds: ${facts.clientTokens.join(', ') || '(none)'}`,
		`sync scope map ${facts.syncScopeMap}: ${facts.syncRepositories.join(', ') || '(no repository)'}`,
		...(extension
			? [
					`extension ${extension.name}: provisioningState ${extension.provisioningState}, service.clusterIP ${extension.configurationSettings['service.clusterIP'] ?? '(none)'}`,
				]
			: []),
		...(facts.podLogLine ? [`connected registry log: ${facts.podLogLine}`] : []),
	];
}

/** The changes doctor can make for a cause: attach the client token, or add the repository to the sync scope. */
function actionsFor(kind: DiagnosisKind, host: ConnectedHostFacts, repository: string): FixAction[] {
	const {facts, registry} = host;
	if (kind === 'client-token-not-attached' && facts.clientTokenExists === true && facts.clientToken)
		return [{kind: 'attach-client-token', registryId: registry.id, connectedRegistry: facts.name, token: facts.clientToken}];
	if (kind === 'repository-not-synced') {
		const wanted = [`repositories/${repository}/content/read`, `repositories/${repository}/metadata/read`];
		return [
			{
				kind: 'update-scope-map',
				registryId: registry.id,
				scopeMap: facts.syncScopeMap,
				actions: [...host.syncActions, ...wanted.filter((action) => !host.syncActions.includes(action))],
			},
		];
	}
	return [];
}

/** The cause of the failed pull, named by the connected registry's own facts. */
function cause(input: CheckInput, host: ConnectedHostFacts): {finding: Finding; kind: DiagnosisKind} | undefined {
	const {failure, pod, facts} = input;
	if (!failure) return undefined;
	const secret = pod.secrets.find((item) =>
		item.detail?.auths.some(
			(auth) =>
				auth.server
					.replace(/^https?:\/\//, '')
					.replace(/\/.*$/, '')
					.toLowerCase() === host.host,
		),
	);
	const diagnosis = diagnoseConnectedRegistry(
		{pod: pod.pod.name, image: input.image, message: runtimeMessage(input), verbatim: failure.evidence.join(' · '), code: failure.code, missingSecrets: []},
		{
			method: 'connected-registry',
			pullHosts: [host.host],
			loginServer: host.registry.loginServer,
			registryName: host.registry.name,
			registryId: host.registry.id,
			image: input.image,
			namespace: pod.pod.namespace,
			...(secret ? {secretName: secret.name} : {}),
			kubeContext: facts.context,
			connectedRegistry: host.facts,
		},
	);
	if (!diagnosis) return undefined;
	return {
		kind: diagnosis.kind,
		finding: {
			id: 'connected-registry',
			pod: input.podId,
			status: 'fail',
			title: diagnosis.title,
			cause: diagnosis.explanation,
			evidence: [...failure.evidence, ...stateEvidence(host)],
			fix: {commands: diagnosis.fix ? diagnosis.fix.split('\n') : [], actions: actionsFor(diagnosis.kind, host, input.ref.repository)},
			explainsKubelet: true,
		},
	};
}

/** The state of each part, except the one the cause already names. */
function parts(input: CheckInput, host: ConnectedHostFacts, named: DiagnosisKind | undefined): Finding[] {
	const text = messages().doctor.checks.connected;
	const {facts, extension, service, connectedRegistry} = host;
	const base = {pod: input.podId, explainsKubelet: false};
	const found: Finding[] = [];
	if (extension) {
		const ok = extension.provisioningState === 'Succeeded';
		const error = [extension.errorInfo?.code, extension.errorInfo?.message].filter(Boolean).join(': ');
		found.push({
			...base,
			id: 'connected-extension',
			status: ok ? 'ok' : 'fail',
			title: ok ? text.extensionOkTitle(extension.name) : text.extensionBadTitle(extension.name),
			cause: ok ? text.extensionOk(extension.name, extension.version) : text.extensionBad(extension.name, extension.provisioningState, error),
			evidence: [
				`provisioningState: ${extension.provisioningState}`,
				...(error ? [`errorInfo: ${error}`] : []),
				...(extension.statuses ?? []).map((status) => `${status.level ?? ''} ${status.code ?? ''}: ${status.message ?? ''}`.trim()),
			],
		});
	}
	found.push(
		service
			? {
					...base,
					id: 'connected-service',
					status: 'ok',
					title: text.serviceOkTitle(host.host),
					cause: text.serviceOk(service.name, host.host),
					evidence: [`service/${service.name}: clusterIP ${service.clusterIP}`],
				}
			: {
					...base,
					id: 'connected-service',
					status: 'fail',
					title: text.serviceMissingTitle(host.host),
					cause: text.serviceMissing(host.host, extension?.name ?? facts.name),
					evidence: [`namespace connected-registry: no Service with clusterIP ${host.host}`],
				},
	);
	const online = facts.connectionState?.toLowerCase() === 'online';
	if (online && named !== 'connected-registry-offline')
		found.push({
			...base,
			id: 'connected-sync',
			status: 'ok',
			title: text.onlineTitle(facts.name),
			cause: text.online(facts.name, facts.lastSyncTime ?? '?'),
			evidence: [`connectionState: ${facts.connectionState ?? ''}`, `lastSyncTime: ${facts.lastSyncTime ?? '(never)'}`],
		});
	const activation = connectedRegistry.activationStatus;
	if (activation && named !== 'already-activated')
		found.push(
			activation.toLowerCase() === 'active'
				? {
						...base,
						id: 'connected-activation',
						status: 'ok',
						title: text.activeTitle(facts.name),
						cause: text.active(facts.name),
						evidence: [`activation.status: ${activation}`],
					}
				: {
						...base,
						id: 'connected-activation',
						status: online ? 'warn' : 'fail',
						title: text.inactiveTitle(facts.name),
						cause: text.inactive(facts.name, activation),
						evidence: [`activation.status: ${activation}`],
					},
		);
	if (facts.syncRepositories.includes(input.ref.repository) && named !== 'repository-not-synced')
		found.push({
			...base,
			id: 'connected-sync-scope',
			status: 'ok',
			title: text.syncedTitle(input.ref.repository),
			cause: text.synced(facts.name, facts.syncRepositories),
			evidence: [`sync scope map ${facts.syncScopeMap}`],
		});
	const token = facts.clientToken;
	if (token && facts.clientTokens.some((name) => name.toLowerCase() === token.toLowerCase()) && named !== 'client-token-not-attached')
		found.push({
			...base,
			id: 'connected-client-token',
			status: 'ok',
			title: text.attachedTitle(token),
			cause: text.attached(token, facts.name),
			evidence: [`clientTokenIds: ${facts.clientTokens.join(', ')}`],
		});
	return found;
}

/** The connected-registry findings of a pod whose image host is a connected registry's clusterIP. */
export function connectedRegistry(input: CheckInput): Finding[] {
	const host = connectedOf(input);
	if (!host) return [];
	const named = cause(input, host);
	return [...(named ? [named.finding] : []), ...parts(input, host, named?.kind)];
}
