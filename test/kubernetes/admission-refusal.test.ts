import {describe, expect, test} from 'vitest';
import {parseAdmissionRefusal} from '../../source/kubernetes/admission-refusal.js';
import {explainKubeError} from '../../source/steps/shared/explain-kube.js';
import {KubeError} from '../../source/kubernetes/kubernetes.js';

const podSecurity =
	'pods "my-awesome-app-pod" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "nginx" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container "nginx" must set securityContext.capabilities.drop=["ALL"]), runAsNonRoot != true (pod or container "nginx" must set securityContext.runAsNonRoot=true), seccompProfile (pod or container "nginx" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")';

describe('admission refusals in plain words', () => {
	test('a Pod Security refusal names the standard and every field the pod must set', () => {
		expect(parseAdmissionRefusal(podSecurity)).toEqual({
			policy: 'pod-security',
			level: 'restricted',
			version: 'latest',
			wants: [
				'container "nginx" must set securityContext.allowPrivilegeEscalation=false',
				'container "nginx" must set securityContext.capabilities.drop=["ALL"]',
				'pod or container "nginx" must set securityContext.runAsNonRoot=true',
				'pod or container "nginx" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"',
			],
		});
	});

	test('a 403 from admission is explained as the policy, not as the user lacking rights, with the code kept', () => {
		const explained = explainKubeError(new KubeError(podSecurity, 'Forbidden', 403));
		expect(explained?.message).toMatch(/^The namespace enforces the Pod Security "restricted" standard \(label pod-security.kubernetes.io\/enforce\)/);
		expect(explained?.message).not.toMatch(/refused this for your user/);
		expect(explained?.code).toBe('Forbidden');
		const quota = explainKubeError(
			new KubeError('pods "x" is forbidden: exceeded quota: compute, requested: pods=1, used: pods=2, limited: pods=2', 'Forbidden', 403),
		);
		expect(quota?.message).toBe('The namespace has the ResourceQuota compute, and the pod would exceed it: requested pods=1, used pods=2, limit pods=2.');
	});

	test('a webhook refusal (Gatekeeper for Azure Policy, or any other) and a ValidatingAdmissionPolicy are named with what they said', () => {
		const gatekeeper = explainKubeError(
			new KubeError(
				'admission webhook "validation.gatekeeper.sh" denied the request: [azurepolicy-k8sazurev3containerlimits-6f1c2a] container <nginx> has no resource limits',
				'Forbidden',
				403,
			),
		);
		expect(gatekeeper?.message).toBe(
			'Azure Policy for AKS (Gatekeeper) refuses the pod: constraint azurepolicy-k8sazurev3containerlimits-6f1c2a: container <nginx> has no resource limits.',
		);
		expect(gatekeeper?.suggestion).toContain('kubectl get constraints');
		expect(parseAdmissionRefusal('admission webhook "policy.example.com" denied the request: images must come from the company registry')).toEqual({
			policy: 'webhook',
			webhook: 'policy.example.com',
			violations: [{message: 'images must come from the company registry'}],
		});
		const validating = explainKubeError(
			new KubeError(
				"pods \"x\" is forbidden: ValidatingAdmissionPolicy 'require-limits' with binding 'require-limits-binding' denied request: every container must set limits",
				'Forbidden',
				403,
			),
		);
		expect(validating?.message).toBe(
			'The ValidatingAdmissionPolicy require-limits (binding require-limits-binding) refuses the pod: every container must set limits.',
		);
		expect(validating?.suggestion).toContain('kubectl get validatingadmissionpolicy require-limits --output yaml');
	});

	test('any other 403 keeps the RBAC words', () => {
		const rbac = explainKubeError(
			new KubeError('pods is forbidden: User "alex" cannot create resource "pods" in API group "" in the namespace "default"', 'Forbidden', 403),
		);
		expect(rbac?.message).toMatch(/^The cluster refused this for your user/);
	});
});
