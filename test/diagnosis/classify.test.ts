import {describe, expect, test} from 'vitest';
import {diagnose, type DiagnosisFacts} from '../../source/diagnosis/classify.js';
import {
	backOffEvents,
	failedPullEvents,
	failingSnapshot,
	image,
	loginServer,
	missingSecretEvent,
	pendingSnapshot,
	pod,
	podNames,
	pullErrors,
	runningSnapshot,
	startedEvents,
} from '../helpers/pod-snapshots.js';
import {facts} from '../steps/deploy/fixtures.js';

const attach: DiagnosisFacts = facts;

const pullSecret: DiagnosisFacts = {
	method: 'pull-secret',
	pullHosts: [loginServer],
	loginServer,
	registryName: 'myregistry',
	image,
	namespace: 'web',
	secretName: 'acr-secret',
};

const [first = '', second = ''] = podNames;

describe('diagnose: nothing to say', () => {
	test('says nothing while the pods are still pulling for the first time', () => {
		expect(diagnose(pendingSnapshot(), attach)).toBeUndefined();
	});

	test('says nothing once every pod runs, even with the old failure events still listed', () => {
		expect(diagnose(runningSnapshot(pullErrors.anonymous401()), attach)).toBeUndefined();
	});

	test('says nothing for an empty namespace', () => {
		expect(diagnose({pods: [], events: []}, attach)).toBeUndefined();
	});
});

describe('diagnose: no pull permission', () => {
	test('on the attach path, a 401 from the token endpoint means the kubelet identity has no AcrPull', () => {
		const diagnosis = diagnose(failingSnapshot(pullErrors.anonymous401()), attach);
		expect(diagnosis).toMatchObject({
			kind: 'no-pull-permission',
			code: 'ErrImagePull',
			fix: 'az aks update --name myAKSCluster --resource-group myResourceGroup --attach-acr myregistry',
		});
		expect(diagnosis?.explanation).toContain('kubelet identity of myAKSCluster has no AcrPull on myregistry');
	});

	test('on the attach path after verify gave up waiting, the 401 is the role assignment not in effect yet: said so, with az aks check-acr and no grant', () => {
		const diagnosis = diagnose(failingSnapshot(pullErrors.anonymous401()), {...attach, pullGrantPending: 'AcrPull'});
		expect(diagnosis).toMatchObject({
			kind: 'no-pull-permission',
			fix: 'az aks check-acr --name myAKSCluster --resource-group myResourceGroup --acr myregistry.azurecr.io',
		});
		expect(diagnosis?.explanation).toContain('though AcrPull on myregistry is granted to the kubelet identity of myAKSCluster');
		expect(diagnosis?.explanation).toContain('not in effect yet');
		expect(diagnosis?.explanation).not.toContain('has no AcrPull');
	});

	test('the oauth-token 401 that real AKS shows (credentials from the node) is the same cause', () => {
		expect(diagnose(failingSnapshot(pullErrors.oauth401()), attach)?.kind).toBe('no-pull-permission');
	});

	test('a 403 on the attach path is a permission problem too', () => {
		expect(diagnose(failingSnapshot(pullErrors.forbidden403()), attach)?.kind).toBe('no-pull-permission');
	});

	test('on the pull-secret path, an anonymous 401 means no credentials for the login server were sent', () => {
		const diagnosis = diagnose(failingSnapshot(pullErrors.anonymous401()), pullSecret);
		expect(diagnosis?.kind).toBe('no-pull-permission');
		expect(diagnosis?.explanation).toContain('no credentials were sent');
		expect(diagnosis?.fix).toBe(
			'kubectl create secret docker-registry acr-secret --namespace web --docker-server=myregistry.azurecr.io --docker-username=<username> --docker-password=<password>',
		);
	});

	test('reads the cause from the back-off message alone (kubelet ≥ 1.32 appends the last error)', () => {
		const message = `Back-off pulling image "${image}": ErrImagePull: ${pullErrors.anonymous401()}`;
		const diagnosis = diagnose({pods: [pod(first, 'ImagePullBackOff', {message})], events: []}, attach);
		expect(diagnosis).toMatchObject({kind: 'no-pull-permission', code: 'ImagePullBackOff'});
	});

	test('keeps the back-off as the code while the cause comes from the Failed event', () => {
		const error = pullErrors.anonymous401();
		const snapshot = {
			pods: [pod(first, 'ImagePullBackOff', {message: `Back-off pulling image "${image}"`})],
			events: [...backOffEvents(first), ...failedPullEvents(first, error)],
		};
		expect(diagnose(snapshot, attach)).toMatchObject({kind: 'no-pull-permission', code: 'ImagePullBackOff'});
	});
});

describe('diagnose: credentials', () => {
	test('on the pull-secret path, an oauth-token 401 means the registry refused the credentials in the secret', () => {
		const diagnosis = diagnose(failingSnapshot(pullErrors.oauth401()), pullSecret);
		expect(diagnosis?.kind).toBe('bad-credentials');
		expect(diagnosis?.explanation).toContain('refused the credentials in acr-secret');
		expect(diagnosis?.fix).toContain('kubectl create secret docker-registry acr-secret --namespace web');
		expect(diagnosis?.fix).toContain('--docker-password=<password>');
	});

	test("insufficient_scope means the token's scope map does not cover the repository", () => {
		const diagnosis = diagnose(failingSnapshot(pullErrors.insufficientScope()), pullSecret);
		expect(diagnosis?.kind).toBe('token-scope');
		expect(diagnosis?.explanation).toContain('repository nginx');
		expect(diagnosis?.fix).toBe('az acr scope-map update --name <scope-map> --registry myregistry --add-repository nginx content/read metadata/read');
	});

	test('a 403 Forbidden with a pull secret is the token scope too', () => {
		expect(diagnose(failingSnapshot(pullErrors.forbidden403()), pullSecret)?.kind).toBe('token-scope');
	});
});

describe('diagnose: image and registry', () => {
	test('"not found" means the image or tag is missing: import it', () => {
		const missing = `${loginServer}/nginx:v2`;
		const snapshot = {pods: [pod(first, 'ErrImagePull', {image: missing})], events: failedPullEvents(first, pullErrors.notFound(missing), {image: missing})};
		const diagnosis = diagnose(snapshot, attach);
		expect(diagnosis?.kind).toBe('image-not-found');
		expect(diagnosis?.fix).toBe('az acr import --name myregistry --source docker.io/library/nginx:latest --image nginx:v2');
		expect(diagnosis?.explanation).toContain('az acr repository show-tags --name myregistry --repository nginx');
	});

	test('"no such host" means a wrong login server: use the registry\'s own', () => {
		const wrong = 'myregistry.azurecr.cn/nginx:v1';
		const snapshot = {
			pods: [pod(first, 'ErrImagePull', {image: wrong})],
			events: failedPullEvents(first, pullErrors.noSuchHost(wrong, 'myregistry.azurecr.cn'), {image: wrong}),
		};
		const diagnosis = diagnose(snapshot, attach);
		expect(diagnosis?.kind).toBe('wrong-login-server');
		expect(diagnosis?.explanation).toContain('myregistry.azurecr.cn does not exist');
		expect(diagnosis?.fix).toBe(`Use the image ${image}`);
	});

	test('an image on another registry is a wrong login server even when that registry answers 401', () => {
		const other = 'otherregistry.azurecr.io/nginx:v1';
		const snapshot = {
			pods: [pod(first, 'ErrImagePull', {image: other})],
			events: failedPullEvents(first, pullErrors.anonymous401(other, 'otherregistry.azurecr.io'), {image: other}),
		};
		const diagnosis = diagnose(snapshot, attach);
		expect(diagnosis?.kind).toBe('wrong-login-server');
		expect(diagnosis?.explanation).toContain("otherregistry.azurecr.io, which is not the registry's login server myregistry.azurecr.io");
	});
});

describe('diagnose: the pull secret', () => {
	test('FailedToRetrieveImagePullSecret with the 401 that follows means the secret is not in that namespace', () => {
		const error = pullErrors.anonymous401();
		const snapshot = {
			pods: [pod(first, 'ErrImagePull', {namespace: 'web'})],
			events: [...failedPullEvents(first, error), missingSecretEvent(first, 'acr-secret')],
		};
		const diagnosis = diagnose(snapshot, pullSecret);
		expect(diagnosis?.kind).toBe('secret-not-found');
		expect(diagnosis?.explanation).toContain('namespace web has no secret by that name');
		expect(diagnosis?.fix).toBe(
			'kubectl create secret docker-registry acr-secret --namespace web --docker-server=myregistry.azurecr.io --docker-username=<username> --docker-password=<password>',
		);
	});

	test('names the secret the kubelet could not find, not the one the wizard expected', () => {
		const snapshot = {
			pods: [pod(first, 'ErrImagePull')],
			events: [...failedPullEvents(first, pullErrors.anonymous401()), missingSecretEvent(first, 'regcred')],
		};
		expect(diagnose(snapshot, pullSecret)?.explanation).toContain('pull secret regcred');
	});

	test('a missing secret does not hide a missing image when the pull got past authentication', () => {
		const snapshot = {pods: [pod(first, 'ErrImagePull')], events: [...failedPullEvents(first, pullErrors.notFound()), missingSecretEvent(first, 'acr-secret')]};
		expect(diagnose(snapshot, attach)?.kind).toBe('image-not-found');
	});
});

describe('diagnose: unknown and mixed', () => {
	test("anything else is unknown, with the kubelet's message verbatim and check-acr on the attach path", () => {
		const error = pullErrors.timeout();
		const diagnosis = diagnose(failingSnapshot(error), attach);
		expect(diagnosis?.kind).toBe('unknown');
		expect(diagnosis?.explanation).toBe(`Failed to pull image "${image}": ${error}`);
		expect(diagnosis?.fix).toBe('az aks check-acr --name myAKSCluster --resource-group myResourceGroup --acr myregistry.azurecr.io');
	});

	test('unknown on the pull-secret path points at kubectl describe', () => {
		expect(diagnose(failingSnapshot(pullErrors.timeout()), pullSecret)?.fix).toBe(`kubectl describe pod ${first} --namespace web`);
	});

	test('an unknown waiting reason with no events keeps the reason', () => {
		const diagnosis = diagnose(
			{pods: [pod(first, 'RegistryUnavailable', {message: 'image pull failed for x because the registry is unavailable'})], events: []},
			attach,
		);
		expect(diagnosis).toMatchObject({kind: 'unknown', code: 'RegistryUnavailable', explanation: 'image pull failed for x because the registry is unavailable'});
	});

	test("a running pod's old failures are ignored; the pod still failing decides", () => {
		const snapshot = {
			pods: [pod(first, 'Running'), pod(second, 'ErrImagePull')],
			events: [...startedEvents(first), ...failedPullEvents(first, pullErrors.anonymous401()), ...failedPullEvents(second, pullErrors.notFound())],
		};
		expect(diagnose(snapshot, attach)?.kind).toBe('image-not-found');
	});

	test('the newest failure wins when a pod failed in two ways', () => {
		const events = [
			...failedPullEvents(first, pullErrors.notFound(), {at: '2026-11-22T11:05:00Z'}),
			...failedPullEvents(first, pullErrors.anonymous401(), {at: '2026-11-22T11:00:03Z'}),
		];
		expect(diagnose({pods: [pod(first, 'ImagePullBackOff')], events}, attach)?.kind).toBe('image-not-found');
	});
});

describe('diagnose: facts, not a run', () => {
	test("an image on one of the pull hosts (a connected registry's clusterIP) is not a wrong login server", () => {
		const clusterIp = '10.0.0.42:8080/nginx:v1';
		const connected: DiagnosisFacts = {
			method: 'connected-registry',
			pullHosts: ['10.0.0.42:8080'],
			loginServer,
			registryName: 'myregistry',
			image: clusterIp,
			namespace: 'web',
			secretName: 'acr-secret',
		};
		const snapshot = {
			pods: [pod(first, 'ErrImagePull', {image: clusterIp})],
			events: failedPullEvents(first, pullErrors.oauth401(clusterIp, '10.0.0.42:8080'), {image: clusterIp}),
		};
		expect(diagnose(snapshot, connected)?.kind).toBe('bad-credentials');
	});

	test('a registry in another subscription than the cluster is named by its resource id in the fix, as attach does', () => {
		const registryId = '/subscriptions/shared/resourceGroups/shared-rg/providers/Microsoft.ContainerRegistry/registries/myregistry';
		const crossSubscription: DiagnosisFacts = {
			...attach,
			registryId,
			registrySubscriptionId: 'shared',
			clusterSubscriptionId: 'main',
			azDefaultSubscriptionId: 'main',
		};
		expect(diagnose(failingSnapshot(pullErrors.anonymous401()), crossSubscription)?.fix).toBe(
			`az aks update --name myAKSCluster --resource-group myResourceGroup --attach-acr ${registryId}`,
		);
	});

	test("a cluster outside az's default subscription gets --subscription on the fix", () => {
		const other: DiagnosisFacts = {
			...attach,
			registryId: '/x',
			registrySubscriptionId: 'main',
			clusterSubscriptionId: 'main',
			azDefaultSubscriptionId: 'elsewhere',
		};
		expect(diagnose(failingSnapshot(pullErrors.anonymous401()), other)?.fix).toBe(
			'az aks update --name myAKSCluster --resource-group myResourceGroup --attach-acr myregistry --subscription main',
		);
	});

	test('on a context that is not the current one, the kubectl fix names it with --context', () => {
		const error = pullErrors.anonymous401();
		const snapshot = {
			pods: [pod(first, 'ErrImagePull', {namespace: 'web'})],
			events: [...failedPullEvents(first, error), missingSecretEvent(first, 'acr-secret')],
		};
		expect(diagnose(snapshot, {...pullSecret, kubeContext: 'kind-dev'})?.fix).toBe(
			'kubectl create secret docker-registry acr-secret --context kind-dev --namespace web --docker-server=myregistry.azurecr.io --docker-username=<username> --docker-password=<password>',
		);
	});

	test('with the method unknown (no run behind it), a refused anonymous pull is still no pull permission', () => {
		const unknown: DiagnosisFacts = {...pullSecret, method: 'unknown'};
		expect(diagnose(failingSnapshot(pullErrors.anonymous401()), unknown)?.kind).toBe('no-pull-permission');
	});
});
