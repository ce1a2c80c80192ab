/** What every check of one pod reads: the facts, the pod, what the kubelet said, and the registry its image names. */
import type {Registry} from '../../azure/azure.js';
import type {PodEvent} from '../../kubernetes/kubernetes.js';
import type {DoctorFacts, PodFacts} from '../doctor-facts.js';
import type {PullSymptom} from '../findings.js';
import {parseImageRef, type ImageRef} from '../image-ref.js';

/** A failed pull as the kubelet reported it. */
export type PullFailure = {
	readonly symptom: PullSymptom;
	/** The kubelet's words, verbatim (event reason and message, or the container's waiting reason and message). */
	readonly evidence: readonly string[];
	/** ErrImagePull, ImagePullBackOff… */
	readonly code: string;
};

export type CheckInput = {
	readonly facts: DoctorFacts;
	readonly pod: PodFacts;
	/** `<namespace>/<name>`. */
	readonly podId: string;
	readonly image: string;
	readonly ref: ImageRef;
	/** The registry whose login server the image names, when the user can see it. */
	readonly registry?: Registry;
	readonly failure?: PullFailure;
};

const pullReasons = new Set(['ErrImagePull', 'ImagePullBackOff', 'RegistryUnavailable', 'InvalidImageName', 'ErrImageNeverPull', 'ImageInspectError']);

/** What the words of a failed pull mean (containerd's and the kubelet's texts). */
export function symptomOf(message: string): PullSymptom {
	if (/no such host/i.test(message)) return 'no-such-host';
	if (/invalid reference format|couldn't parse image name/i.test(message)) return 'invalid-name';
	if (/no match for platform in manifest/i.test(message)) return 'platform';
	if (/toomanyrequests|429 Too Many Requests/i.test(message)) return 'rate-limited';
	if (/insufficient_scope/i.test(message)) return 'insufficient-scope';
	if (/403 Forbidden|DENIED/i.test(message)) return 'forbidden';
	if (/401 Unauthorized|authentication required|UNAUTHORIZED/i.test(message)) return 'unauthorized';
	if (/x509:/i.test(message)) return 'tls';
	if (/i\/o timeout|connection refused|EOF/i.test(message)) return 'timeout';
	if (/: not found|manifest unknown|code = NotFound/i.test(message)) return 'not-found';
	return 'other';
}

const eventLine = (event: PodEvent): string => `${event.type} ${event.reason}: ${event.message}${event.count > 1 ? ` (x${event.count})` : ''}`;

/** The failed pull of a pod, from its newest `Failed to pull image` event or its container's waiting state; undefined when it pulls. */
export function pullFailureOf(pod: PodFacts): PullFailure | undefined {
	const failed = pod.events.find((event) => event.type === 'Warning' && /^Failed to pull image/.test(event.message));
	const missing = pod.events.find((event) => event.reason === 'FailedToRetrieveImagePullSecret');
	const waiting = pullReasons.has(pod.pod.status);
	if (!failed && !waiting) return undefined;
	const message = failed?.message ?? pod.pod.message ?? '';
	const evidence = [
		...(waiting ? [`${pod.pod.status}${pod.pod.message ? `: ${pod.pod.message}` : ''}`] : []),
		...(failed ? [eventLine(failed)] : []),
		...(missing ? [eventLine(missing)] : []),
	];
	const symptom = symptomOf(message);
	return {symptom: symptom === 'other' && missing ? 'secret-missing' : symptom, evidence, code: waiting ? pod.pod.status : 'ErrImagePull'};
}

/** The check input of one pod: its first container's image and the registry that image names. */
export function checkInput(facts: DoctorFacts, pod: PodFacts): CheckInput {
	const image = pod.pod.containers[0]?.image ?? pod.pod.images[0] ?? '';
	const ref = parseImageRef(image);
	const registry = facts.registries.find((item) => item.loginServer.toLowerCase() === ref.host);
	const failure = pullFailureOf(pod);
	return {
		facts,
		pod,
		podId: `${pod.pod.namespace}/${pod.pod.name}`,
		image,
		ref,
		...(registry ? {registry} : {}),
		...(failure ? {failure} : {}),
	};
}

/** Whether the pull failed with one of `symptoms`. */
export function failedWith(input: CheckInput, ...symptoms: readonly PullSymptom[]): boolean {
	return input.failure !== undefined && symptoms.includes(input.failure.symptom);
}

/** Whether the image is on a registry of this cloud (`*.azurecr.io`). */
export function isAcrHost(input: CheckInput): boolean {
	return input.ref.host.endsWith(input.facts.acrSuffix.toLowerCase());
}
