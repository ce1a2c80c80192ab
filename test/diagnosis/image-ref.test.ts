import {describe, expect, test} from 'vitest';
import {allRunning, failedPulls} from '../../source/steps/deploy/pod-watch.js';
import {hostInMessage, onHost, parseImageRef} from '../../source/diagnosis/image-ref.js';
import {failingSnapshot, pod, pullErrors} from '../helpers/pod-snapshots.js';

describe('parseImageRef', () => {
	test('reads host, repository and tag of a registry image', () => {
		expect(parseImageRef('myregistry.azurecr.io/samples/nginx:v1')).toEqual({host: 'myregistry.azurecr.io', repository: 'samples/nginx', tag: 'v1'});
	});

	test('defaults to Docker Hub, library/ and latest as the kubelet does', () => {
		expect(parseImageRef('nginx')).toEqual({host: 'docker.io', repository: 'library/nginx', tag: 'latest'});
	});

	test('a host with a port or an IP (a connected registry on its clusterIP) is a host', () => {
		expect(parseImageRef('192.100.100.1/hello-world:latest').host).toBe('192.100.100.1');
		expect(parseImageRef('localhost:5000/app@sha256:abc')).toEqual({host: 'localhost:5000', repository: 'app', tag: 'latest'});
	});

	test('onHost moves the image to another host', () => {
		expect(onHost(parseImageRef('myregistry.azurecr.cn/nginx:v1'), 'myregistry.azurecr.io')).toBe('myregistry.azurecr.io/nginx:v1');
	});

	test('hostInMessage finds the host of a DNS failure', () => {
		expect(hostInMessage(pullErrors.noSuchHost('x.azurecr.cn/nginx:v1', 'x.azurecr.cn'))).toBe('x.azurecr.cn');
	});
});

describe('watch helpers', () => {
	test('allRunning needs the expected count ready and nothing else coming up', () => {
		expect(allRunning([pod('a', 'Running'), pod('b', 'Running')], 2)).toBe(true);
		expect(allRunning([pod('a', 'Running')], 2)).toBe(false);
		expect(allRunning([pod('a', 'Running'), pod('b', 'Running'), pod('c', 'ErrImagePull')], 2)).toBe(false);
		expect(allRunning([pod('a', 'Running'), pod('b', 'Running'), pod('old', 'Terminating')], 2)).toBe(true);
	});

	test("failedPulls counts the most-tried pod's failed pulls", () => {
		expect(failedPulls(failingSnapshot(pullErrors.anonymous401(), 3))).toBe(3);
		expect(failedPulls({pods: [], events: []})).toBe(0);
	});
});
