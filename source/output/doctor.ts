/**
 * Doctor's report without a terminal: plain text, or the JSON document of `schemas/doctor.v1.schema.json`.
 * Both are pure functions of the report; secrets never reach either (the facts hold none).
 */
import type {Finding, FindingStatus} from '../diagnosis/findings.js';
import {messages} from '../messages/catalog.js';

/** What the renderers read of a doctor run (the flow's report without its live handles). */
export type DoctorReportView = {
	readonly context: string;
	readonly namespace?: string;
	readonly pods: ReadonlyArray<{readonly namespace: string; readonly name: string; readonly status: string; readonly ready: string; readonly image: string}>;
	readonly findings: readonly Finding[];
	readonly status: FindingStatus;
	readonly elapsedMs: number;
};

/** The version of the JSON document (its schema file is `schemas/doctor.v<version>.schema.json`). */
export const doctorSchemaVersion = 1;

const marks: Record<FindingStatus, string> = {ok: '(✓)', warn: '(!)', fail: '(x)'};

function findingLines(finding: Finding): string[] {
	const text = messages().doctor.report;
	const lines = [`  ${marks[finding.status]} ${finding.title}`, `      ${finding.cause}`];
	if (finding.status !== 'ok') {
		for (const line of finding.evidence) lines.push(`      ${text.evidence}: ${line}`);
		for (const command of finding.fix?.commands ?? []) lines.push(`      ${text.fix}: ${command}`);
	}
	return lines;
}

/** The text report: per pod, its findings ranked, the causes first; then what doctor could run. */
export function doctorText(report: DoctorReportView): string {
	const text = messages().doctor.report;
	const lines = [text.title(report.context, report.pods.length), ''];
	if (report.pods.length === 0) lines.push(text.noPods, '');
	for (const pod of report.pods) {
		const id = `${pod.namespace}/${pod.name}`;
		lines.push(`${id}  ${pod.status} ${pod.ready}  ${pod.image}`);
		for (const finding of report.findings.filter((item) => item.pod === id)) lines.push(...findingLines(finding));
		lines.push('');
	}
	for (const finding of report.findings.filter((item) => item.pod === undefined)) lines.push(...findingLines(finding));
	const problems = report.findings.filter((finding) => finding.status !== 'ok' && finding.id !== 'kubelet');
	lines.push(problems.length === 0 ? text.sound : text.problems(problems.length));
	const runnable = problems.flatMap((finding) => finding.fix?.actions ?? []).length;
	if (runnable > 0) lines.push(text.canRun(runnable));
	lines.push(text.took(report.elapsedMs));
	return `${lines.join('\n')}\n`;
}

/** The JSON document of a report. */
export function doctorJson(report: DoctorReportView): string {
	const document = {
		schemaVersion: doctorSchemaVersion,
		context: report.context,
		...(report.namespace === undefined ? {} : {namespace: report.namespace}),
		status: report.status,
		elapsedMs: report.elapsedMs,
		pods: report.pods.map((pod) => ({namespace: pod.namespace, name: pod.name, status: pod.status, ready: pod.ready, image: pod.image})),
		findings: report.findings.map((finding) => ({
			id: finding.id,
			status: finding.status,
			...(finding.pod === undefined ? {} : {pod: finding.pod}),
			title: finding.title,
			cause: finding.cause,
			evidence: finding.evidence,
			explainsKubelet: finding.explainsKubelet,
			...(finding.fix ? {fix: {commands: finding.fix.commands, actions: finding.fix.actions}} : {}),
		})),
	};
	return `${JSON.stringify(document, null, 2)}\n`;
}

/** The JSON document of a refused request (exit code 2). */
export function doctorRefusalJson(refusal: {readonly message: string; readonly suggestion: string}): string {
	return `${JSON.stringify({schemaVersion: doctorSchemaVersion, error: {message: refusal.message, suggestion: refusal.suggestion}}, null, 2)}\n`;
}
