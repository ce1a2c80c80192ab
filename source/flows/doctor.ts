/**
 * `acr-wizard doctor`, in order: check what was asked (context, namespace, pod or deployment), read the
 * facts concurrently, run the pure checks, and rank the findings. Nothing is changed: a fix runs only
 * when the user applies its plan (steps/doctor/fix-plan.ts).
 */
import type {Azure} from '../azure/azure.js';
import {advisoryIds, diagnose, overallStatus, type Finding, type FindingStatus} from '../diagnosis/doctor.js';
import type {KubeconfigSource, Kubernetes, PodDetail} from '../kubernetes/kubernetes.js';
import {messages} from '../messages/catalog.js';
import type {LocalFacts} from '../diagnosis/doctor-facts.js';
import {gatherFacts} from '../steps/doctor/gather.js';
import {startLocalFacts, type LocalDeps} from '../steps/doctor/local-tools.js';
import {isRefusal, resolveTarget, type DoctorRefusal, type DoctorRequest, type DoctorTarget} from '../steps/doctor/target.js';

export type DoctorDeps = {
	readonly azure: Azure;
	readonly kubernetes: Kubernetes;
	readonly kubeconfig: KubeconfigSource;
	readonly acrSuffix: string;
	readonly defaultSubscriptionId?: string;
	readonly now: () => Date;
	/** Where the local tools are read from (absent: they are not checked). */
	readonly local?: LocalDeps;
	/** Told as each phase starts (for a live screen). */
	readonly onPhase?: (phase: DoctorPhase) => void;
};

export type DoctorPhase = 'target' | 'facts' | 'checks';

/** One pod examined, as the report lists it. */
export type ExaminedPod = {
	readonly namespace: string;
	readonly name: string;
	readonly status: string;
	readonly ready: string;
	readonly image: string;
	/** The labels that select its workload's pods (a restart recreates them); absent for a pod no workload owns. */
	readonly selector?: string;
};

/** The label selector of a pod's workload, without the ReplicaSet's own hash label. */
function selectorOf(pod: PodDetail): string | undefined {
	if (!pod.owner) return undefined;
	const pairs = Object.entries(pod.labels).filter(([key]) => key !== 'pod-template-hash');
	return pairs.length === 0 ? undefined : pairs.map(([key, value]) => `${key}=${value}`).join(',');
}

/** The outcome of one doctor run. */
export type DoctorReport = {
	readonly context: string;
	readonly namespace?: string;
	readonly pods: readonly ExaminedPod[];
	readonly findings: readonly Finding[];
	readonly status: FindingStatus;
	/** From start to report. */
	readonly elapsedMs: number;
	readonly target: DoctorTarget;
	/** The login servers of every registry the user can see (lower case). */
	readonly registries: readonly string[];
};

export type DoctorOutcome = {readonly kind: 'refused'; readonly refusal: DoctorRefusal} | {readonly kind: 'report'; readonly report: DoctorReport};

/** Runs doctor once: the target, the facts, the checks. */
export async function runDoctor(deps: DoctorDeps, request: DoctorRequest): Promise<DoctorOutcome> {
	const started = deps.now().getTime();
	deps.onPhase?.('target');
	// The local tools are read from the start, beside the target's checks and the facts.
	const local = deps.local ? startLocalFacts(deps.local) : undefined;
	const target = await resolveTarget(deps.kubernetes, deps.kubeconfig, request);
	if (isRefusal(target)) {
		const explained =
			target.unreachable && local ? await unreachableReport(deps, target.unreachable, await local.finish(target.unreachable.target.user), started) : undefined;
		return explained ? {kind: 'report', report: explained} : {kind: 'refused', refusal: target};
	}
	const report = await examine(deps, target, started, local?.finish(target.user));
	const wanted = request.registry?.toLowerCase();
	if (wanted !== undefined && !report.registries.some((server) => server === wanted || server === `${wanted}${deps.acrSuffix.toLowerCase()}`)) {
		const text = messages().doctor.refusals;
		return {kind: 'refused', refusal: {message: text.unknownRegistry(request.registry ?? '', report.registries), suggestion: text.unknownRegistryFix}};
	}
	return {kind: 'report', report};
}

/** A cluster that cannot be read, because of a local cause (its credential plugin missing): a report naming it, else undefined (a refusal). */
async function unreachableReport(
	deps: DoctorDeps,
	unreachable: NonNullable<DoctorRefusal['unreachable']>,
	local: LocalFacts,
	started: number,
): Promise<DoctorReport | undefined> {
	const {target, why} = unreachable;
	const blockers = diagnose({
		context: target.context,
		acrSuffix: deps.acrSuffix,
		pods: [],
		registries: [],
		kubeletAssignments: {},
		credentials: {},
		secretElsewhere: {},
		now: deps.now().toISOString(),
		unreadable: [],
		local,
	});
	if (!blockers.some((finding) => finding.status === 'fail' && finding.id.startsWith('local-') && !advisoryIds.has(finding.id))) return undefined;
	const text = messages().doctor.checks.local;
	const findings: Finding[] = [
		...blockers,
		{
			id: 'cluster-unreachable',
			status: 'fail',
			title: text.unreachableTitle,
			cause: text.unreachable(target.context, why),
			evidence: [why],
			explainsKubelet: false,
		},
	];
	return {context: target.context, pods: [], findings, status: overallStatus(findings), elapsedMs: deps.now().getTime() - started, target, registries: []};
}

/** Reads the facts of a checked target and diagnoses them (again, after a fix, for the same target). */
export async function examine(deps: DoctorDeps, target: DoctorTarget, started = deps.now().getTime(), local?: Promise<LocalFacts>): Promise<DoctorReport> {
	deps.onPhase?.('facts');
	const facts = await gatherFacts(target, {
		azure: deps.azure,
		acrSuffix: deps.acrSuffix,
		now: deps.now,
		...(deps.defaultSubscriptionId ? {defaultSubscriptionId: deps.defaultSubscriptionId} : {}),
		...(local ? {local} : {}),
	});
	deps.onPhase?.('checks');
	const findings = diagnose(facts);
	return {
		context: target.context,
		...(target.namespace === undefined ? {} : {namespace: target.namespace}),
		pods: facts.pods.map(({pod}) => {
			const selector = selectorOf(pod);
			return {
				namespace: pod.namespace,
				name: pod.name,
				status: pod.status,
				ready: pod.ready,
				image: pod.containers[0]?.image ?? '',
				...(selector ? {selector} : {}),
			};
		}),
		findings,
		status: overallStatus(findings),
		elapsedMs: deps.now().getTime() - started,
		target,
		registries: facts.registries.map((registry) => registry.loginServer.toLowerCase()),
	};
}
