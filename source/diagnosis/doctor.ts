/**
 * Doctor's diagnosis: every check of checks/ over every pod, ranked. Pure: a function of the facts.
 * Ranking: the failures that explain the kubelet's words first, then other failures, warnings, and the
 * all-clears last. A failed pull that no check explains says so, and lists what was ruled out.
 */
import {describePodCommand} from '../commands/kubectl.js';
import {messages} from '../messages/catalog.js';
import type {DoctorFacts} from './doctor-facts.js';
import type {Finding, FindingStatus} from './findings.js';
import {connectedRegistry} from './checks/connected.js';
import {crossTenant, kubeletIdentity, kubeletPullRole} from './checks/identity.js';
import {imageAndPath, imageContent} from './checks/image.js';
import {localBlockers, localTools} from './checks/local-tools.js';
import {checkInput, type CheckInput} from './checks/input.js';
import {imageRegistry, registryNetwork} from './checks/registry.js';
import {noPullCredential, pullSecrets, secretCredentials} from './checks/secrets.js';

export type {Finding, FindingStatus, Fix, FixAction} from './findings.js';

/** The checks of one pod, in the order a person would look. */
const checks: ReadonlyArray<(input: CheckInput) => Finding[]> = [
	connectedRegistry,
	imageRegistry,
	registryNetwork,
	pullSecrets,
	secretCredentials,
	noPullCredential,
	crossTenant,
	kubeletIdentity,
	kubeletPullRole,
	imageAndPath,
	imageContent,
];

/** The kubelet's own words about the pod: the evidence every other finding is ranked against. */
function kubeletWords(input: CheckInput): Finding {
	const text = messages().doctor.kubelet;
	const {pod} = input.pod;
	if (!input.failure) {
		return {
			id: 'kubelet',
			pod: input.podId,
			status: 'ok',
			title: text.pullsTitle,
			cause: text.pulls(input.image, pod.status),
			evidence: [`${pod.status} ${pod.ready}`],
			explainsKubelet: false,
		};
	}
	return {
		id: 'kubelet',
		pod: input.podId,
		status: 'fail',
		title: text.failsTitle(input.failure.code),
		cause: text.fails(input.image),
		evidence: input.failure.evidence,
		explainsKubelet: false,
	};
}

/** A failed pull that no check explains: said plainly, with what was ruled out. */
function unexplained(input: CheckInput, findings: readonly Finding[]): Finding {
	const text = messages().doctor.kubelet;
	const ruledOut = findings.filter((finding) => finding.status === 'ok').map((finding) => finding.title);
	return {
		id: 'unexplained',
		pod: input.podId,
		status: 'fail',
		title: text.unexplainedTitle,
		cause: text.unexplained(ruledOut),
		evidence: input.failure?.evidence ?? [],
		fix: {commands: [describePodCommand(input.pod.pod.name, {namespace: input.pod.pod.namespace, context: input.facts.context})], actions: []},
		explainsKubelet: false,
	};
}

const statusRank: Record<FindingStatus, number> = {fail: 0, warn: 1, ok: 2};

/** Rank of a finding: causes of the kubelet's words, other failures, warnings, the kubelet's words, all-clears. */
function rank(finding: Finding): number {
	if (finding.explainsKubelet && finding.status !== 'ok') return 0;
	if (finding.id === 'unexplained') return 1;
	if (finding.id === 'kubelet') return finding.status === 'ok' ? 7 : 3;
	return 2 + statusRank[finding.status] * 2;
}

/** The findings of one pod, ranked. */
export function diagnosePod(facts: DoctorFacts, input: CheckInput): Finding[] {
	const found = checks.flatMap((check) => check(input));
	const explained = found.some((finding) => finding.explainsKubelet && finding.status !== 'ok');
	const all = [...found, kubeletWords(input), ...(input.failure && !explained ? [unexplained(input, found)] : [])];
	// A stable sort: within a rank, the checks' own order.
	return all
		.map((finding, index) => ({finding, index}))
		.sort((a, b) => rank(a.finding) - rank(b.finding) || a.index - b.index)
		.map(({finding}) => finding);
}

/** Every pod's findings, failing pods first, each pod's ranked; plus what could not be read. */
export function diagnose(facts: DoctorFacts): Finding[] {
	const inputs = facts.pods.map((pod) => checkInput(facts, pod));
	const ordered = [...inputs.filter((input) => input.failure), ...inputs.filter((input) => !input.failure)];
	const text = messages().doctor.kubelet;
	const unreadable: Finding[] = facts.unreadable.map((item) => ({
		id: 'unreadable',
		status: 'warn',
		title: text.unreadableTitle(item.source),
		cause: text.unreadable(item.source),
		evidence: [item.message],
		explainsKubelet: false,
	}));
	// A missing credential plugin or root's empty az profile makes doctor's own reads fail: said before anything read through them.
	return [...localBlockers(facts.local), ...ordered.flatMap((input) => diagnosePod(facts, input)), ...localTools(facts.local), ...unreadable];
}

/** Findings about the tools on this machine (not the pull path): shown, but they never change the status or the exit code. */
export const advisoryIds: ReadonlySet<string> = new Set(['local-az', 'local-aks-preview', 'local-kubectl']);

/** The worst status among the findings (advisories aside): `ok` when the pull path is sound. */
export function overallStatus(findings: readonly Finding[]): FindingStatus {
	const counted = findings.filter((finding) => !advisoryIds.has(finding.id));
	if (counted.some((finding) => finding.status === 'fail')) return 'fail';
	return counted.some((finding) => finding.status === 'warn') ? 'warn' : 'ok';
}
