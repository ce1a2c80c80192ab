/** The secret path: the pod's pull secrets exist, are docker configs, name the image's host, and carry credentials Azure accepts. Pure. */
import {adminEnableCommand, assignRoleCommand, retypeSecretCommand, tokenEnableCommand} from '../../commands/doctor.js';
import {scopeMapCommand} from '../../commands/az.js';
import {createSecretCommand} from '../../commands/kubectl.js';
import {messages} from '../../messages/catalog.js';
import {credentialKey, normalServer, type SecretFacts} from '../doctor-facts.js';
import type {Finding} from '../findings.js';
import {failedWith, type CheckInput} from './input.js';
import {pullGrants} from './roles.js';

const dockerTypes = new Set(['kubernetes.io/dockerconfigjson', 'kubernetes.io/dockercfg']);

/** Whether a scope map's actions let its token read `repository` (`repositories/<name or prefix*>/content/read`). */
function scopeCovers(actions: readonly string[], repository: string): boolean {
	return actions.some((action) => {
		const pattern = /^repositories\/(.+)\/content\/read$/.exec(action)?.[1];
		if (pattern === undefined) return false;
		return pattern === repository || (pattern.endsWith('*') && repository.startsWith(pattern.slice(0, -1)));
	});
}

/** Each secret the pod names: there, a docker config, and holding the image's host. */
export function pullSecrets(input: CheckInput): Finding[] {
	const {facts, pod, ref} = input;
	const text = messages().doctor.checks.secrets;
	const namespace = pod.pod.namespace;
	const target = {namespace, context: facts.context};
	const unauthorized = failedWith(input, 'unauthorized', 'secret-missing');
	return pod.secrets.map(({name, detail}): Finding => {
		const base = {id: 'pull-secret', pod: input.podId};
		if (!detail) {
			const elsewhere = facts.secretElsewhere[`${namespace}/${name}`] ?? [];
			return {
				...base,
				status: 'fail',
				title: text.missingTitle(name),
				cause: elsewhere.length > 0 ? text.elsewhere(name, namespace, elsewhere) : text.missing(name, namespace),
				evidence: [text.namedBy(name, pod.pod.imagePullSecrets.includes(name) ? 'pod' : `serviceaccount/${pod.pod.serviceAccount}`)],
				fix: {commands: [createSecretCommand(name, target, ref.host, '<username>', '<password>')], actions: []},
				explainsKubelet: unauthorized,
			};
		}
		const servers = detail.auths.map((auth) => auth.server);
		if (!dockerTypes.has(detail.type)) {
			return {
				...base,
				status: 'fail',
				title: text.typeTitle(name),
				cause: text.type(name, detail.type),
				evidence: [`type: ${detail.type}`, `servers: ${servers.join(', ') || '(none)'}`],
				fix: {
					commands: [retypeSecretCommand(name, namespace, facts.context)],
					actions: [{kind: 'rewrite-secret', namespace, name, server: detail.auths[0]?.server ?? ref.host}],
				},
				explainsKubelet: unauthorized,
			};
		}
		if (!detail.auths.some((auth) => normalServer(auth.server) === ref.host)) {
			const [first] = detail.auths;
			return {
				...base,
				status: 'fail',
				title: text.serverTitle(name),
				cause: text.server(name, servers, ref.host),
				evidence: [`type: ${detail.type}`, `servers: ${servers.join(', ') || '(none)'}`],
				fix: {
					commands: [createSecretCommand(name, target, ref.host, first?.username ?? '<username>', '<password>', {exists: true})],
					actions: first ? [{kind: 'rewrite-secret', namespace, name, server: ref.host}] : [],
				},
				explainsKubelet: unauthorized,
			};
		}
		return {
			...base,
			status: 'ok',
			title: text.okTitle(name),
			cause: text.ok(name, ref.host),
			evidence: [`type: ${detail.type}`, `servers: ${servers.join(', ')}`],
			explainsKubelet: false,
		};
	});
}

/** The credentials for the image's host in the pod's secrets, as Azure knows their user names. */
export function secretCredentials(input: CheckInput): Finding[] {
	const {facts, pod, ref, registry} = input;
	if (!registry) return [];
	const secrets = pod.secrets.map((secret) => secret.detail).filter((detail): detail is SecretFacts => detail !== undefined && dockerTypes.has(detail.type));
	return secrets.flatMap((secret) =>
		secret.auths
			.filter((auth) => normalServer(auth.server) === ref.host)
			.map((auth) => credentialFinding(input, secret, auth.username, facts.credentials[credentialKey(auth.server, auth.username)])),
	);
}

function credentialFinding(
	input: CheckInput,
	secret: SecretFacts,
	username: string,
	credential: CheckInput['facts']['credentials'][string] | undefined,
): Finding {
	const {facts, ref} = input;
	const registry = input.registry ?? facts.registries[0];
	const text = messages().doctor.checks.credentials;
	const base = {id: 'secret-credential', pod: input.podId};
	// The secret's own credentials, tried against the registry: a refusal is a fact; an acceptance clears the password.
	const trial = facts.secretTrials?.[credentialKey(ref.host, username)];
	const refused = trial ? !trial.accepted : failedWith(input, 'unauthorized', 'insufficient-scope', 'forbidden');
	const tried = trial
		? [trial.accepted ? text.trialAccepted(ref.host) : text.trialRefused(ref.host, `${trial.code ?? ''}${trial.message ? `: ${trial.message}` : ''}`)]
		: [];
	const recreate = createSecretCommand(secret.name, {namespace: secret.namespace, context: facts.context}, ref.host, username, '<password>', {exists: true});
	if (!registry || !credential || credential.kind === 'unknown') {
		return {
			...base,
			status: refused ? 'fail' : 'warn',
			title: text.unknownTitle,
			cause: text.unknown(secret.name, username),
			evidence: [`username: ${username}`, ...tried],
			fix: {commands: [recreate], actions: []},
			explainsKubelet: refused,
		};
	}
	if (credential.kind === 'admin') {
		if (!credential.enabled) {
			return {
				...base,
				status: 'fail',
				title: text.adminOffTitle,
				cause: text.adminOff(registry.name, secret.name),
				evidence: ['adminUserEnabled: false', ...tried],
				fix: {commands: [adminEnableCommand(registry, facts.azDefaultSubscriptionId), recreate], actions: []},
				explainsKubelet: refused,
			};
		}
		return {
			...base,
			status: refused ? 'fail' : 'ok',
			title: refused ? text.passwordTitle : text.adminOkTitle,
			cause: refused ? text.adminPassword(secret.name, registry.name) : text.adminOk(registry.name),
			evidence: ['adminUserEnabled: true', `username: ${username}`, ...tried],
			fix: {commands: [text.credentialShowCommand(registry.name), recreate], actions: []},
			explainsKubelet: refused,
		};
	}
	if (credential.kind === 'token') {
		const evidence = [`token ${credential.name}: status ${credential.status}`, `scope map ${credential.scopeMap}: ${credential.actions.join(', ')}`, ...tried];
		if (credential.status.toLowerCase() !== 'enabled') {
			return {
				...base,
				status: 'fail',
				title: text.tokenDisabledTitle,
				cause: text.tokenDisabled(credential.name, registry.name),
				evidence,
				fix: {
					commands: [tokenEnableCommand(credential.name, registry, facts.azDefaultSubscriptionId)],
					actions: credential.scopeMapId ? [{kind: 'enable-token', registryId: registry.id, name: credential.name, scopeMapId: credential.scopeMapId}] : [],
				},
				explainsKubelet: refused,
			};
		}
		const slots = credential.passwords ?? [];
		const ended = slots.filter((slot) => slot.expiresAt !== undefined && Date.parse(slot.expiresAt) < Date.parse(facts.now));
		if (slots.length > 0 && ended.length === slots.length) {
			const slot = ended[0]?.name === 'password2' ? 'password2' : 'password1';
			return {
				...base,
				status: 'fail',
				title: text.tokenExpiredTitle,
				cause: text.tokenExpired(
					credential.name,
					ended.map((item) => `${item.name} ${item.expiresAt ?? ''}`),
				),
				evidence: [...evidence, ...slots.map((item) => `${item.name}: expiry ${item.expiresAt ?? '(none)'}`)],
				fix: {
					commands: [text.tokenPasswordCommand(credential.name, registry.name), recreate],
					actions: credential.id
						? [
								{
									kind: 'renew-token-password',
									registryId: registry.id,
									tokenId: credential.id,
									slot,
									namespace: secret.namespace,
									secret: secret.name,
									server: ref.host,
								},
							]
						: [],
				},
				explainsKubelet: refused,
			};
		}
		const wanted = [`repositories/${ref.repository}/content/read`, `repositories/${ref.repository}/metadata/read`];
		if (!scopeCovers(credential.actions, ref.repository)) {
			return {
				...base,
				status: 'fail',
				title: text.scopeTitle,
				cause: text.scope(credential.name, credential.scopeMap, ref.repository),
				evidence,
				fix: {
					commands: [
						scopeMapCommand('update', credential.scopeMap, registry, [ref.repository], ['content/read', 'metadata/read'], facts.azDefaultSubscriptionId),
					],
					actions: [
						{
							kind: 'update-scope-map',
							registryId: registry.id,
							scopeMap: credential.scopeMap,
							actions: [...credential.actions, ...wanted.filter((action) => !credential.actions.includes(action))],
						},
					],
				},
				explainsKubelet: refused,
			};
		}
		return {
			...base,
			status: refused ? 'fail' : 'ok',
			title: refused ? text.passwordTitle : text.tokenOkTitle,
			cause: refused ? text.tokenPassword(secret.name, credential.name) : text.tokenOk(credential.name, ref.repository),
			evidence,
			...(refused ? {fix: {commands: [text.tokenPasswordCommand(credential.name, registry.name), recreate], actions: []}} : {}),
			explainsKubelet: refused,
		};
	}
	if (!credential.exists) {
		return {
			...base,
			status: 'fail',
			title: text.spGoneTitle,
			cause: text.spGone(credential.appId, secret.name),
			evidence: [`username: ${username}`, ...tried],
			fix: {commands: [recreate], actions: []},
			explainsKubelet: refused,
		};
	}
	const grants = pullGrants(credential.assignments, registry, ref.repository);
	if (grants.length === 0) {
		const principalId = credential.objectId ?? credential.appId;
		return {
			...base,
			status: 'fail',
			title: text.spNoRoleTitle,
			cause: text.spNoRole(credential.appId, registry.name),
			evidence: [`username: ${username}`, text.noRoles, ...tried],
			fix: {
				commands: [assignRoleCommand(principalId, 'ServicePrincipal', registry.id, 'AcrPull')],
				actions: [{kind: 'assign-role', scope: registry.id, principalId, principalType: 'ServicePrincipal', role: 'AcrPull'}],
			},
			explainsKubelet: refused,
		};
	}
	return {
		...base,
		status: refused ? 'fail' : 'ok',
		title: refused ? text.passwordTitle : text.spOkTitle,
		cause: refused ? text.spPassword(secret.name, credential.appId) : text.spOk(credential.appId, grants[0]?.role ?? 'AcrPull'),
		evidence: [`username: ${username}`, ...grants.map((grant) => `${grant.role} at ${grant.assignment.scope}`), ...tried],
		...(refused ? {fix: {commands: [text.spResetCommand(credential.appId), recreate], actions: []}} : {}),
		explainsKubelet: refused,
	};
}

/** A cluster that is not AKS (or not the one the user can see) pulls from ACR only with a secret: the pod has none for the host. */
export function noPullCredential(input: CheckInput): Finding[] {
	const {facts, pod, ref, registry} = input;
	if (!registry || facts.cluster?.kubeletIdentity || facts.cluster?.servicePrincipalClientId) return [];
	// A secret the pod names is judged by pullSecrets (missing, wrong type, wrong server).
	if (pod.secrets.length > 0) return [];
	const text = messages().doctor.checks.secrets;
	const target = {namespace: pod.pod.namespace, context: facts.context};
	const unauthorized = failedWith(input, 'unauthorized');
	return [
		{
			id: 'pull-credential',
			pod: input.podId,
			status: unauthorized ? 'fail' : 'warn',
			title: text.noCredentialTitle,
			cause: text.noCredential(facts.context, ref.host),
			evidence: [text.namedBy(pod.pod.imagePullSecrets.join(', ') || '(none)', 'pod')],
			fix: {commands: [createSecretCommand('acr-secret', target, ref.host, '<username>', '<password>')], actions: []},
			explainsKubelet: unauthorized,
		},
	];
}
