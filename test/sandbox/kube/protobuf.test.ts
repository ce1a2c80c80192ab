import {describe, expect, test} from 'vitest';
import {decodeProtobufObject} from '../../../source/sandbox/kube/protobuf.js';
import {StatusError} from '../../../source/sandbox/kube/status.js';

// Bodies kubectl 1.32 sent (contracts/observed/kubectl-requests.md).
const secretBody =
	'azhzAAoMCgJ2MRIGU2VjcmV0EpgBChcKB3JlZ2NyZWQSABoAIgAqADIAOABCABJdChEuZG9ja2VyY29uZmlnanNvbhJIeyJhdXRocyI6eyJ4LmF6dXJlY3IuaW8iOnsidXNlcm5hbWUiOiJ1IiwicGFzc3dvcmQiOiJwIiwiYXV0aCI6ImRUcHcifX19Gh5rdWJlcm5ldGVzLmlvL2RvY2tlcmNvbmZpZ2pzb24aACIA';
const namespaceBody = 'azhzAAoPCgJ2MRIJTmFtZXNwYWNlEhwKFAoEZGVtbxIAGgAiACoAMgA4AEIAEgAaAgoAGgAiAA==';

describe('the Kubernetes protobuf body reader', () => {
	test('decodes the Secret that kubectl create secret docker-registry sends', () => {
		expect(decodeProtobufObject(Buffer.from(secretBody, 'base64'))).toEqual({
			apiVersion: 'v1',
			kind: 'Secret',
			metadata: {name: 'regcred'},
			data: {'.dockerconfigjson': 'eyJhdXRocyI6eyJ4LmF6dXJlY3IuaW8iOnsidXNlcm5hbWUiOiJ1IiwicGFzc3dvcmQiOiJwIiwiYXV0aCI6ImRUcHcifX19'},
			type: 'kubernetes.io/dockerconfigjson',
		});
	});

	test('decodes the Namespace that kubectl create namespace sends', () => {
		expect(decodeProtobufObject(Buffer.from(namespaceBody, 'base64'))).toEqual({apiVersion: 'v1', kind: 'Namespace', metadata: {name: 'demo'}});
	});

	test('refuses a body without the k8s magic as a 400 Status', () => {
		expect(() => decodeProtobufObject(Buffer.from('{}'))).toThrow(StatusError);
	});
});
