import {describe, expect, test} from 'vitest';
import type {Workload} from '../../source/kubernetes/kubernetes.js';
import {dockerRegistrySecretObject, podMatchesWorkload, workloadObject, workloadYaml} from '../../source/kubernetes/manifests.js';

const nginx: Workload = {
	kind: 'Deployment',
	namespace: 'default',
	name: 'nginx0-deployment',
	labels: {app: 'nginx0-deployment'},
	podLabels: {app: 'nginx0'},
	replicas: 2,
	image: 'contosoregistry.azurecr.io/nginx:v1',
	containerName: 'nginx',
	containerPort: 80,
	imagePullSecrets: [],
};

describe('workload manifests', () => {
	test("the sample deployment is the seed's acr-nginx.yaml with the real login server", () => {
		expect(workloadYaml(nginx)).toBe(
			[
				'apiVersion: apps/v1',
				'kind: Deployment',
				'metadata:',
				'  name: nginx0-deployment',
				'  labels:',
				'    app: nginx0-deployment',
				'spec:',
				'  replicas: 2',
				'  selector:',
				'    matchLabels:',
				'      app: nginx0',
				'  template:',
				'    metadata:',
				'      labels:',
				'        app: nginx0',
				'    spec:',
				'      containers:',
				'      - name: nginx',
				'        image: contosoregistry.azurecr.io/nginx:v1',
				'        ports:',
				'        - containerPort: 80',
				'',
			].join('\n'),
		);
	});

	test("the pull-secret seed's pod names its namespace, pull policy and imagePullSecrets", () => {
		const pod: Workload = {
			kind: 'Pod',
			namespace: 'awesomeapps',
			name: 'my-awesome-app-pod',
			labels: {},
			image: 'myregistry.azurecr.io/my-awesome-app:v1',
			containerName: 'main-app-container',
			imagePullPolicy: 'IfNotPresent',
			imagePullSecrets: ['acr-secret'],
		};
		expect(workloadYaml(pod)).toBe(
			[
				'apiVersion: v1',
				'kind: Pod',
				'metadata:',
				'  name: my-awesome-app-pod',
				'  namespace: awesomeapps',
				'spec:',
				'  containers:',
				'    - name: main-app-container',
				'      image: myregistry.azurecr.io/my-awesome-app:v1',
				'      imagePullPolicy: IfNotPresent',
				'  imagePullSecrets:',
				'    - name: acr-secret',
				'',
			].join('\n'),
		);
	});

	test('a deployment with a pull secret carries it in the pod template, and its own labels when no pod labels are given', () => {
		const object = workloadObject({...nginx, namespace: 'demo', podLabels: undefined, imagePullSecrets: ['regcred']});
		expect(object).toMatchObject({
			metadata: {name: 'nginx0-deployment', namespace: 'demo', labels: {app: 'nginx0-deployment'}},
			spec: {
				selector: {matchLabels: {app: 'nginx0-deployment'}},
				template: {metadata: {labels: {app: 'nginx0-deployment'}}, spec: {imagePullSecrets: [{name: 'regcred'}]}},
			},
		});
	});
});

describe('podMatchesWorkload', () => {
	const wanted = {
		kind: 'Pod',
		namespace: 'default',
		name: 'p',
		labels: {app: 'p'},
		image: 'r.azurecr.io/a:v1',
		containerName: 'main',
		imagePullPolicy: 'IfNotPresent',
		imagePullSecrets: ['acr-secret'],
	} as const;
	const existing = {
		metadata: {labels: {app: 'p'}},
		spec: {
			containers: [{name: 'main', image: 'r.azurecr.io/a:v1', imagePullPolicy: 'IfNotPresent'}],
			imagePullSecrets: [{name: 'acr-secret'}, {name: 'from-service-account'}],
		},
	};

	test('an existing pod with the same container, pull policy, secrets (plus admitted ones) and labels matches', () => {
		expect(podMatchesWorkload(existing, wanted)).toBe(true);
	});

	test('another image, a missing pull secret or another label does not match', () => {
		expect(podMatchesWorkload(existing, {...wanted, image: 'r.azurecr.io/a:v2'})).toBe(false);
		expect(podMatchesWorkload(existing, {...wanted, imagePullSecrets: ['regcred']})).toBe(false);
		expect(podMatchesWorkload(existing, {...wanted, labels: {app: 'q'}})).toBe(false);
		expect(podMatchesWorkload({}, wanted)).toBe(false);
	});
});

describe('docker-registry secret', () => {
	test('is built as kubectl create secret docker-registry builds it', () => {
		const secret = dockerRegistrySecretObject({
			namespace: 'awesomeapps',
			name: 'acr-secret',
			server: 'myregistry.azurecr.io',
			username: 'sp-app-id',
			password: 'pa:ss',
		});
		expect(secret).toMatchObject({
			apiVersion: 'v1',
			kind: 'Secret',
			metadata: {name: 'acr-secret', namespace: 'awesomeapps'},
			type: 'kubernetes.io/dockerconfigjson',
		});
		const decoded = Buffer.from(secret.data['.dockerconfigjson'], 'base64').toString('utf8');
		expect(decoded).toBe(
			`{"auths":{"myregistry.azurecr.io":{"username":"sp-app-id","password":"pa:ss","auth":"${Buffer.from('sp-app-id:pa:ss').toString('base64')}"}}}`,
		);
	});
});
