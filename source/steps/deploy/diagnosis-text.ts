/** The words and the exact fix of each diagnosis, with the user's real names. Pure. */
import {messages} from '../../messages/catalog.js';
import type {Diagnosis, DiagnosisFacts, DiagnosisKind} from './diagnose.js';
import {hostInMessage, onHost, parseImageRef} from './image-ref.js';

/** What one failing pod showed. */
export type Evidence = {
	readonly pod: string;
	readonly image?: string;
	/** The runtime error (the part after `Failed to pull image "…": `). */
	readonly message: string;
	/** The kubelet's message as it was, for the unknown case. */
	readonly verbatim: string;
	/** ErrImagePull, ImagePullBackOff… */
	readonly code: string;
	readonly missingSecrets: readonly string[];
};

/** `kubectl create secret docker-registry …` with placeholders for the credentials. */
export function createSecretCommand(secret: string, namespace: string, loginServer: string): string {
	return `kubectl create secret docker-registry ${secret} --namespace ${namespace} --docker-server=${loginServer} --docker-username=<username> --docker-password=<password>`;
}

function aksFix(facts: DiagnosisFacts): string {
	return `az aks update -n ${facts.clusterName ?? '<cluster>'} -g ${facts.resourceGroup ?? '<resource-group>'} --attach-acr ${facts.registryName}`;
}

type Parts = Omit<Diagnosis, 'kind' | 'code'>;

function permission(evidence: Evidence, facts: DiagnosisFacts): Parts {
	const text = messages().deploy.diagnosis.noPullPermission;
	if (facts.method === 'attach') {
		return {title: text.title, explanation: text.attach(facts.registryName, facts.clusterName ?? '<cluster>'), fix: aksFix(facts)};
	}
	const secret = facts.secretName ?? '<secret>';
	return {title: text.title, explanation: text.anonymous(facts.registryName, facts.loginServer), fix: createSecretCommand(secret, facts.namespace, facts.loginServer)};
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
		fix: `az acr import --name ${facts.registryName} --source docker.io/library/${name}:latest --image ${name}:${ref.tag}`,
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
				fix: `${createSecretCommand(facts.secretName ?? secret, facts.namespace, facts.loginServer)} --dry-run=client -o yaml | kubectl apply -f -`,
			};
		case 'token-scope': {
			const repository = parseImageRef(evidence.image ?? facts.image).repository;
			return {
				title: text.tokenScope.title,
				explanation: text.tokenScope.explanation(repository, facts.registryName),
				fix: `az acr scope-map update --name <scope-map> --registry ${facts.registryName} --add-repository ${repository} content/read metadata/read`,
			};
		}
		case 'image-not-found':
			return notFound(evidence, facts);
		case 'wrong-login-server':
			return loginServer(evidence, facts);
		case 'secret-not-found':
			return {title: text.secretNotFound.title, explanation: text.secretNotFound.explanation(secret, facts.namespace), fix: createSecretCommand(secret, facts.namespace, facts.loginServer)};
		// A refusal to create pods comes from the ReplicaSet's events, never from a pod's evidence.
		case 'pods-refused':
		case 'unknown':
			return {
				title: text.unknown.title,
				explanation: text.unknown.explanation(evidence.verbatim),
				fix:
					facts.method === 'attach'
						? `az aks check-acr -n ${facts.clusterName ?? '<cluster>'} -g ${facts.resourceGroup ?? '<resource-group>'} --acr ${facts.loginServer}`
						: `kubectl describe pod ${evidence.pod} --namespace ${facts.namespace}`,
			};
	}
}

/** The diagnosis of `kind`, worded for these facts; the kubelet's reason is kept as the code. */
export function diagnosisFor(kind: DiagnosisKind, evidence: Evidence, facts: DiagnosisFacts): Diagnosis {
	return {kind, ...parts(kind, evidence, facts), code: evidence.code};
}
