/**
 * Why a pod cannot pull from a connected registry on its clusterIP, told apart by what the
 * connected registry says of itself (ARM and its pod's log): the kubelet's words alone read the
 * same for a token not attached, a registry not synced yet and a wrong password. Pure.
 */
import {
	attachCommand,
	deactivateCommand,
	extensionUpdateCommand,
	permissionsAddCommand,
	protectedSettingsCommand,
	scopeMapAddCommand,
	secretReplaceCommand,
	showCommand,
	tokenCommand,
	tokenPasswordCommand,
} from '../commands/connected-registry.js';
import {messages} from '../messages/catalog.js';
import type {ConnectedRegistryFacts, Diagnosis, DiagnosisFacts, Evidence} from './facts.js';
import {parseImageRef} from './image-ref.js';

const unauthorized = /401 Unauthorized|unauthorized: authentication required/i;
const insufficientScope = /insufficient_scope|403 Forbidden/i;
const notFound = /: not found|manifest unknown|code = NotFound/i;
const untrusted = /x509: certificate signed by unknown authority/i;

function registryLine(line: string | undefined, code: string): boolean {
	return line?.includes(`"code":"${code}"`) === true;
}

/** Whether the connected registry has synced and is online: only then does it know its tokens and images. */
function isServing(cr: ConnectedRegistryFacts): boolean {
	return cr.connectionState?.toLowerCase() === 'online' && cr.lastSyncTime !== undefined;
}

type Parts = Omit<Diagnosis, 'code'>;

function fromLog(cr: ConnectedRegistryFacts, facts: DiagnosisFacts): Parts | undefined {
	const text = messages().connectedRegistry.diagnosis;
	const registry = {name: facts.registryName};
	const line = cr.podLogLine ?? '';
	if (registryLine(line, 'ALREADY_ACTIVATED'))
		return {
			kind: 'already-activated',
			title: text.activated.title,
			explanation: text.activated.explanation(cr.name, line),
			fix: deactivateCommand(registry, cr.name),
		};
	if (registryLine(line, 'UNAUTHORIZED')) {
		const cluster = {name: cr.arcClusterName ?? '<cluster>', resourceGroup: cr.arcResourceGroup ?? '<resource-group>'};
		return {
			kind: 'sync-password-wrong',
			title: text.syncPassword.title,
			explanation: text.syncPassword.explanation(cr.name, line),
			fix: `${protectedSettingsCommand(registry, cr.name)}\n${extensionUpdateCommand(cluster, cr.extensionName ?? cr.name, {}, true)}`,
		};
	}
	return undefined;
}

function credentials(evidence: Evidence, facts: DiagnosisFacts, cr: ConnectedRegistryFacts): Parts {
	const text = messages().connectedRegistry.diagnosis;
	const registry = {name: facts.registryName};
	const token = cr.clientToken ?? '<client-token>';
	if (cr.clientTokenExists === false)
		return {
			kind: 'client-token-not-attached',
			title: text.notAttached.title,
			explanation: text.notAttached.missing(token, facts.registryName, evidence.verbatim),
			fix: `${tokenCommand(registry, token, cr.clientScopeMap ?? `${token}-scope-map`)}\n${attachCommand(registry, cr.name, token)}`,
		};
	if (!cr.clientTokens.some((name) => name.toLowerCase() === token.toLowerCase()))
		return {
			kind: 'client-token-not-attached',
			title: text.notAttached.title,
			explanation: text.notAttached.explanation(token, cr.name, evidence.verbatim),
			fix: attachCommand(registry, cr.name, token),
		};
	const secret = facts.secretName ?? '<secret>';
	const host = facts.pullHosts[0] ?? '<clusterIP>';
	return {
		kind: 'bad-credentials',
		title: text.badPassword.title,
		explanation: text.badPassword.explanation(secret, token, cr.name, evidence.verbatim),
		fix: `${tokenPasswordCommand(registry, token)}\n${secretReplaceCommand(secret, host, token, facts.namespace, facts.kubeContext)}`,
	};
}

function parts(evidence: Evidence, facts: DiagnosisFacts, cr: ConnectedRegistryFacts): Parts | undefined {
	const text = messages().connectedRegistry.diagnosis;
	const registry = {name: facts.registryName};
	const {message, verbatim} = evidence;
	const repository = parseImageRef(evidence.image ?? facts.image).repository;
	const logged = fromLog(cr, facts);
	if (logged) return logged;
	if (untrusted.test(message)) {
		if (cr.trustDistributed) return undefined;
		const extension = cr.extensionName ?? cr.name;
		const cluster = {name: cr.arcClusterName ?? '<cluster>', resourceGroup: cr.arcResourceGroup ?? '<resource-group>'};
		return {
			kind: 'trust-not-distributed',
			title: text.untrusted.title,
			explanation: text.untrusted.explanation(extension, verbatim),
			fix: extensionUpdateCommand(cluster, extension, {'trustDistribution.enabled': 'true'}),
		};
	}
	if (!isServing(cr))
		return {
			kind: 'connected-registry-offline',
			title: text.offline.title,
			explanation: text.offline.explanation(cr.name, cr.connectionState ?? 'Offline', cr.lastSyncTime ?? messages().connectedRegistry.verify.never, verbatim),
			fix: showCommand(registry, cr.name),
		};
	if (unauthorized.test(message)) return credentials(evidence, facts, cr);
	if (insufficientScope.test(message)) {
		const map = cr.clientScopeMap ?? '<scope-map>';
		return {
			kind: 'token-scope',
			title: text.clientScope.title,
			explanation: text.clientScope.explanation(cr.clientToken ?? '<client-token>', map, repository, verbatim),
			fix: scopeMapAddCommand(registry, map, [repository]),
		};
	}
	if (notFound.test(message) && !cr.syncRepositories.includes(repository))
		return {
			kind: 'repository-not-synced',
			title: text.notSynced.title,
			explanation: text.notSynced.explanation(repository, cr.name, cr.syncRepositories, verbatim),
			fix: permissionsAddCommand(registry, cr.name, [repository]),
		};
	return undefined;
}

/**
 * The cause of a failed pull from a connected registry, when the facts tell it apart; undefined
 * for any other setup, an image on another host, or a cause the generic words already name.
 */
export function diagnoseConnectedRegistry(evidence: Evidence, facts: DiagnosisFacts): Diagnosis | undefined {
	const cr = facts.connectedRegistry;
	if (facts.method !== 'connected-registry' || !cr) return undefined;
	const host = parseImageRef(evidence.image ?? facts.image).host;
	if (!facts.pullHosts.some((pullHost) => pullHost.toLowerCase() === host)) return undefined;
	const found = parts(evidence, facts, cr);
	return found ? {...found, code: evidence.code} : undefined;
}
