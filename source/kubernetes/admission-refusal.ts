/**
 * Admission refusals of a pod in plain words: which policy refused it and which field it wants.
 * The apiserver's texts (pod-security-admission and the quota plugin) are stable formats:
 *   pods "x" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "nginx" must set securityContext.allowPrivilegeEscalation=false), …
 *   pods "x" is forbidden: failed quota: compute: must specify limits.cpu for: nginx; requests.memory for: nginx
 *   pods "x" is forbidden: exceeded quota: compute, requested: pods=1, used: pods=2, limited: pods=2
 * Pure: no client, no I/O.
 */
import {messages} from '../messages/catalog.js';

/** One refusal understood: the policy, and what each violation asks for. */
export type AdmissionRefusal =
	| {readonly policy: 'pod-security'; readonly level: string; readonly version: string; readonly wants: readonly string[]}
	| {readonly policy: 'quota-unspecified'; readonly quota: string; readonly missing: readonly string[]}
	| {readonly policy: 'quota-exceeded'; readonly quota: string; readonly requested: string; readonly used: string; readonly limited: string};

/** What a PodSecurity violation list asks for: the text inside each `check (…)`. */
function podSecurityWants(list: string): string[] {
	const wants: string[] = [];
	for (const match of list.matchAll(/[^,(]+?\s\(((?:[^()]|\([^()]*\))*)\)/g)) wants.push((match[1] ?? '').trim());
	return wants.length > 0 ? wants : [list.trim()];
}

/** Parses an admission refusal; undefined for any other message. */
export function parseAdmissionRefusal(message: string): AdmissionRefusal | undefined {
	const security = /violates PodSecurity "([a-z]+):([^"]+)": (.+)$/.exec(message);
	if (security) return {policy: 'pod-security', level: security[1] ?? '', version: security[2] ?? '', wants: podSecurityWants(security[3] ?? '')};
	const unspecified = /failed quota: ([^:]+): must specify (.+)$/.exec(message);
	if (unspecified)
		return {
			policy: 'quota-unspecified',
			quota: unspecified[1] ?? '',
			missing: (unspecified[2] ?? '')
				.split(';')
				.map((item) => item.trim())
				.filter((item) => item !== ''),
		};
	const exceeded = /exceeded quota: ([^,]+), requested: (.+), used: (.+), limited: (.+)$/.exec(message);
	if (exceeded) return {policy: 'quota-exceeded', quota: exceeded[1] ?? '', requested: exceeded[2] ?? '', used: exceeded[3] ?? '', limited: exceeded[4] ?? ''};
	return undefined;
}

/** The refusal in plain words, for a namespace: the policy by name, the fields it wants; the suggestion to go with it. */
export function describeAdmissionRefusal(
	refusal: AdmissionRefusal,
	namespace: string | undefined,
): {readonly title: string; readonly explanation: string; readonly suggestion: string} {
	const text = messages().errors.kube.admission;
	switch (refusal.policy) {
		case 'pod-security':
			return {
				title: text.podSecurityTitle,
				explanation: text.podSecurity(namespace, refusal.level, refusal.wants),
				suggestion: text.podSecurityFix(namespace, refusal.level),
			};
		case 'quota-unspecified':
			return {title: text.quotaTitle, explanation: text.quotaUnspecified(namespace, refusal.quota, refusal.missing), suggestion: text.quotaFix(namespace)};
		case 'quota-exceeded':
			return {
				title: text.quotaTitle,
				explanation: text.quotaExceeded(namespace, refusal.quota, refusal.requested, refusal.used, refusal.limited),
				suggestion: text.quotaFix(namespace),
			};
	}
}
