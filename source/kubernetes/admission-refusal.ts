/**
 * Admission refusals of a pod in plain words: which policy refused it and which field it wants.
 * The apiserver's texts (pod-security-admission and the quota plugin) are stable formats:
 *   pods "x" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "nginx" must set securityContext.allowPrivilegeEscalation=false), …
 *   pods "x" is forbidden: failed quota: compute: must specify limits.cpu for: nginx; requests.memory for: nginx
 *   pods "x" is forbidden: exceeded quota: compute, requested: pods=1, used: pods=2, limited: pods=2
 * and the admission policies a cluster adds: a validating webhook (Gatekeeper, which enforces Azure Policy for AKS,
 * prefixes each violation with its constraint's name) and a ValidatingAdmissionPolicy:
 *   admission webhook "validation.gatekeeper.sh" denied the request: [azurepolicy-k8sazurev3containerlimits-…] container <nginx> has no resource limits
 *   pods "x" is forbidden: ValidatingAdmissionPolicy 'require-limits' with binding 'require-limits-binding' denied request: …
 * Pure: no client, no I/O.
 */
import {messages} from '../messages/catalog.js';

/** One refusal understood: the policy, and what each violation asks for. */
export type AdmissionRefusal =
	| {readonly policy: 'pod-security'; readonly level: string; readonly version: string; readonly wants: readonly string[]}
	| {readonly policy: 'quota-unspecified'; readonly quota: string; readonly missing: readonly string[]}
	| {readonly policy: 'quota-exceeded'; readonly quota: string; readonly requested: string; readonly used: string; readonly limited: string}
	| {readonly policy: 'webhook'; readonly webhook: string; readonly violations: readonly {readonly constraint?: string; readonly message: string}[]}
	| {readonly policy: 'validating-policy'; readonly name: string; readonly binding: string; readonly message: string};

/** Gatekeeper's webhook (Azure Policy for AKS). */
const gatekeeperWebhook = /gatekeeper/i;

/** A webhook's violations: one per line, Gatekeeper's each as `[constraint] message`. */
function webhookViolations(text: string): {constraint?: string; message: string}[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '')
		.map((line) => {
			const named = /^\[([^\]]+)\]\s*(.*)$/.exec(line);
			return named ? {constraint: named[1] ?? '', message: (named[2] ?? '').replace(/\.$/, '')} : {message: line.replace(/\.$/, '')};
		});
}

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
	const webhook = /admission webhook "([^"]+)" denied the request: ([\s\S]+)$/.exec(message);
	if (webhook) return {policy: 'webhook', webhook: webhook[1] ?? '', violations: webhookViolations(webhook[2] ?? '')};
	const validating = /ValidatingAdmissionPolicy '([^']+)' with binding '([^']+)' denied request: ([\s\S]+)$/.exec(message);
	if (validating)
		return {policy: 'validating-policy', name: validating[1] ?? '', binding: validating[2] ?? '', message: (validating[3] ?? '').trim().replace(/\.$/, '')};
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
		case 'webhook': {
			const named = refusal.violations.filter((v): v is {constraint: string; message: string} => v.constraint !== undefined);
			if (gatekeeperWebhook.test(refusal.webhook) && named.length === refusal.violations.length && named.length > 0) {
				return {
					title: text.policyTitle,
					explanation: text.gatekeeper(
						namespace,
						named.map((v) => v.constraint),
						named.map((v) => v.message),
					),
					suggestion: text.policyFix('kubectl get constraints'),
				};
			}
			return {
				title: text.policyTitle,
				explanation: text.webhook(namespace, refusal.webhook, refusal.violations.map((v) => v.message).join('; ')),
				suggestion: text.policyFix('kubectl get validatingwebhookconfigurations'),
			};
		}
		case 'validating-policy':
			return {
				title: text.policyTitle,
				explanation: text.validatingPolicy(namespace, refusal.name, refusal.binding, refusal.message),
				suggestion: text.policyFix(`kubectl get validatingadmissionpolicy ${refusal.name} --output yaml`),
			};
	}
}
