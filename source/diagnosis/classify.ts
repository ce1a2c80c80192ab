/**
 * Why a pod cannot pull, in plain words, from what the cluster says: the pods' waiting
 * reasons and the kubelet's events (texts as containerd and the kubelet write them), classified
 * against the setup's facts. Pure: a function of a snapshot and facts, with no run behind it.
 */
import type {PodEvent, PodsSnapshot, PodSummary} from '../kubernetes/kubernetes.js';
import type {Diagnosis, DiagnosisFacts, DiagnosisKind, Evidence} from './facts.js';
import {diagnosisFor} from './text.js';
import {parseImageRef} from './image-ref.js';
import {diagnoseConnectedRegistry} from './connected-registry.js';
import {describeAdmissionRefusal, parseAdmissionRefusal} from '../kubernetes/admission-refusal.js';
import {messages} from '../messages/catalog.js';

export type {ConnectedRegistryFacts, Diagnosis, DiagnosisFacts, DiagnosisKind, Evidence, PullMethod} from './facts.js';

/** Waiting reasons that mean the image could not be pulled. */
const pullFailures = new Set(['ErrImagePull', 'ImagePullBackOff', 'RegistryUnavailable', 'InvalidImageName', 'ErrImageNeverPull', 'ImageInspectError']);

const failedPullPrefix = /^Failed to pull image "[^"]*": /;

/** Whether a pod is Running with all its containers ready. */
export function isReady(pod: PodSummary): boolean {
	const [ready, total] = pod.ready.split('/').map(Number);
	return pod.status === 'Running' && total !== undefined && total > 0 && ready === total;
}

/** The newest matching event: by lastSeen, else the first (the adapter lists events newest first). */
function latest(events: readonly PodEvent[], test: (event: PodEvent) => boolean): PodEvent | undefined {
	return events.filter(test).reduce<PodEvent | undefined>((best, event) => (!best || (event.lastSeen ?? '') > (best.lastSeen ?? '') ? event : best), undefined);
}

/** The secret names of `Unable to retrieve some image pull secrets (a, b); …`. */
function missingSecrets(message: string): string[] {
	const list = /image pull secrets \(([^)]*)\)/.exec(message)?.[1] ?? '';
	return list
		.split(',')
		.map((name) => name.trim())
		.filter((name) => name !== '');
}

/** What one failing pod shows: undefined while it is still pulling for the first time. */
function evidenceOf(pod: PodSummary, events: readonly PodEvent[]): Evidence | undefined {
	const own = events.filter((event) => event.pod === pod.name);
	const failedPull = latest(own, (event) => event.type === 'Warning' && failedPullPrefix.test(event.message));
	const missing = latest(own, (event) => event.reason === 'FailedToRetrieveImagePullSecret');
	const statusFailed = pullFailures.has(pod.status);
	if (!statusFailed && !failedPull) return undefined;
	const message = failedPull?.message.replace(failedPullPrefix, '') ?? pod.message ?? '';
	return {
		pod: pod.name,
		image: pod.images[0],
		message,
		verbatim: failedPull?.message ?? pod.message ?? pod.status,
		code: statusFailed ? pod.status : 'ErrImagePull',
		missingSecrets: missing ? missingSecrets(missing.message) : [],
	};
}

/** Classifies one pod's evidence. */
function classify(evidence: Evidence, facts: DiagnosisFacts): DiagnosisKind {
	const {message} = evidence;
	const host = parseImageRef(evidence.image ?? facts.image).host;
	if (/no such host/i.test(message)) return 'wrong-login-server';
	// The image must come from where this setup pulls (the login server, a connected registry's clusterIP): any other host is wrong.
	if (!facts.pullHosts.some((pullHost) => pullHost.toLowerCase() === host)) return 'wrong-login-server';
	if (/insufficient_scope|403 Forbidden/i.test(message)) return facts.method === 'pull-secret' ? 'token-scope' : 'no-pull-permission';
	if (/401 Unauthorized|unauthorized: authentication required/i.test(message)) {
		if (evidence.missingSecrets.length > 0) return 'secret-not-found';
		if (facts.method === 'attach' || /anonymous token/.test(message)) return 'no-pull-permission';
		return 'bad-credentials';
	}
	if (/: not found|manifest unknown|code = NotFound/i.test(message)) return 'image-not-found';
	if (evidence.missingSecrets.length > 0) return 'secret-not-found';
	return 'unknown';
}

/** The newest refusal to create the workload's pods, in plain words (which policy, which field). */
function refusalDiagnosis(refusal: PodEvent, facts: DiagnosisFacts): Diagnosis {
	const message = refusal.message.replace(/^Error creating: /, '');
	const parsed = parseAdmissionRefusal(message);
	if (parsed) {
		const words = describeAdmissionRefusal(parsed, facts.namespace);
		return {kind: 'pods-refused', title: words.title, explanation: words.explanation, fix: words.suggestion, code: refusal.reason};
	}
	const text = messages().deploy.diagnosis.refused;
	return {kind: 'pods-refused', title: text.title, explanation: text.explanation(facts.namespace, message), code: refusal.reason};
}

/** Diagnoses the snapshot: undefined when nothing failed (yet), else the first failing pod's cause, else a refusal to create pods. */
export function diagnose(snapshot: PodsSnapshot, facts: DiagnosisFacts): Diagnosis | undefined {
	for (const pod of snapshot.pods) {
		if (isReady(pod)) continue;
		const evidence = evidenceOf(pod, snapshot.events);
		if (evidence) return diagnoseConnectedRegistry(evidence, facts) ?? diagnosisFor(classify(evidence, facts), evidence, facts);
	}
	const refusal = snapshot.refusals?.[0];
	return refusal ? refusalDiagnosis(refusal, facts) : undefined;
}
