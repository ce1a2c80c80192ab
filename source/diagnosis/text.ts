/** The words and the exact fix of each diagnosis, with the user's real names; the commands come from commands/. Pure. */
import {acrImportCommand, attachCommand, checkAcrCommand, scopeMapCommand} from '../commands/az.js';
import {createSecretCommand, describePodCommand} from '../commands/kubectl.js';
import {messages} from '../messages/catalog.js';
import type {Diagnosis, DiagnosisFacts, DiagnosisKind, Evidence} from './facts.js';
import {hostInMessage, onHost, parseImageRef} from './image-ref.js';

/** The cluster and registry as the az commands name them (ids unknown: taken as one subscription). */
function clusterRef(facts: DiagnosisFacts) {
	const subscriptionId = facts.clusterSubscriptionId ?? facts.registrySubscriptionId ?? '';
	return {name: facts.clusterName ?? '<cluster>', resourceGroup: facts.resourceGroup ?? '<resource-group>', subscriptionId};
}

function registryRef(facts: DiagnosisFacts) {
	return {
		name: facts.registryName,
		id: facts.registryId ?? facts.registryName,
		subscriptionId: facts.registrySubscriptionId ?? facts.clusterSubscriptionId ?? '',
	};
}

function kubectlTarget(facts: DiagnosisFacts, namespace = facts.namespace) {
	return {namespace, context: facts.kubeContext};
}

/** The secret as the fix recreates it: the user name and password are the user's to fill in. */
function secretFix(facts: DiagnosisFacts, secret: string, options: {readonly exists?: boolean} = {}): string {
	return createSecretCommand(secret, kubectlTarget(facts), facts.loginServer, '<username>', '<password>', options);
}

type Parts = Omit<Diagnosis, 'kind' | 'code'>;

function permission(evidence: Evidence, facts: DiagnosisFacts): Parts {
	const text = messages().deploy.diagnosis.noPullPermission;
	if (facts.method === 'attach' && facts.pullGrantPending !== undefined) {
		return {
			title: text.title,
			explanation: text.attachPending(facts.pullGrantPending, facts.registryName, facts.clusterName ?? '<cluster>'),
			fix: checkAcrCommand(clusterRef(facts), facts.loginServer, facts.azDefaultSubscriptionId),
		};
	}
	if (facts.method === 'attach') {
		return {
			title: text.title,
			explanation: text.attach(facts.registryName, facts.clusterName ?? '<cluster>'),
			fix: attachCommand(clusterRef(facts), registryRef(facts), facts.azDefaultSubscriptionId),
		};
	}
	const secret = facts.secretName ?? '<secret>';
	return {title: text.title, explanation: text.anonymous(facts.registryName, facts.loginServer), fix: secretFix(facts, secret)};
}

function loginServer(evidence: Evidence, facts: DiagnosisFacts): Parts {
	const text = messages().deploy.diagnosis.wrongLoginServer;
	const ref = parseImageRef(evidence.image ?? facts.image);
	const host = /no such host/i.test(evidence.message) ? (hostInMessage(evidence.message) ?? ref.host) : ref.host;
	const explanation = /no such host/i.test(evidence.message) ? text.noSuchHost(host, facts.loginServer) : text.explanation(host, facts.loginServer);
	return {title: text.title, explanation, fix: text.fix(onHost(ref, facts.loginServer))};
}

function notFound(evidence: Evidence, facts: DiagnosisFacts): Parts {
	const text = messages().deploy.diagnosis.imageNotFound;
	const ref = parseImageRef(evidence.image ?? facts.image);
	const name = ref.repository.replace(/^library\//, '');
	return {
		title: text.title,
		explanation: text.explanation(`${name}:${ref.tag}`, facts.registryName, ref.repository),
		fix: acrImportCommand(registryRef(facts), `docker.io/library/${name}:latest`, `${name}:${ref.tag}`, facts.azDefaultSubscriptionId),
	};
}

function parts(kind: DiagnosisKind, evidence: Evidence, facts: DiagnosisFacts): Parts {
	const text = messages().deploy.diagnosis;
	const secret = evidence.missingSecrets[0] ?? facts.secretName ?? '<secret>';
	switch (kind) {
		case 'no-pull-permission':
			return permission(evidence, facts);
		case 'bad-credentials':
			return {
				title: text.badCredentials.title,
				explanation: text.badCredentials.explanation(facts.secretName ?? secret, facts.registryName),
				fix: secretFix(facts, facts.secretName ?? secret, {exists: true}),
			};
		case 'token-scope': {
			const repository = parseImageRef(evidence.image ?? facts.image).repository;
			return {
				title: text.tokenScope.title,
				explanation: text.tokenScope.explanation(repository, facts.registryName),
				fix: scopeMapCommand('update', '<scope-map>', registryRef(facts), [repository], ['content/read', 'metadata/read'], facts.azDefaultSubscriptionId),
			};
		}
		case 'image-not-found':
			return notFound(evidence, facts);
		case 'wrong-login-server':
			return loginServer(evidence, facts);
		case 'secret-not-found':
			return {title: text.secretNotFound.title, explanation: text.secretNotFound.explanation(secret, facts.namespace), fix: secretFix(facts, secret)};
		// A refusal to create pods comes from the ReplicaSet's events, never from a pod's evidence; a connected
		// registry's own causes are worded by diagnosis/connected-registry.ts from its facts.
		case 'pods-refused':
		case 'client-token-not-attached':
		case 'repository-not-synced':
		case 'connected-registry-offline':
		case 'trust-not-distributed':
		case 'sync-password-wrong':
		case 'already-activated':
		case 'unknown':
			return {
				title: text.unknown.title,
				explanation: text.unknown.explanation(evidence.verbatim),
				fix:
					facts.method === 'attach'
						? checkAcrCommand(clusterRef(facts), facts.loginServer, facts.azDefaultSubscriptionId)
						: describePodCommand(evidence.pod, kubectlTarget(facts)),
			};
	}
}

/** The diagnosis of `kind`, worded for these facts; the kubelet's reason is kept as the code. */
export function diagnosisFor(kind: DiagnosisKind, evidence: Evidence, facts: DiagnosisFacts): Diagnosis {
	return {kind, ...parts(kind, evidence, facts), code: evidence.code};
}
