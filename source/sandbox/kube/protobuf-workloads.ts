import {bytesOf, compact, map, numberOf, objectMeta, readFields, repeated, stringOf, strings, type Field} from './protobuf-wire.js';
import type {JsonObject} from './types.js';

/** Field numbers from k8s.io/api generated.proto (core/v1 and apps/v1), for the fields the emulator uses. */

function container(buffer: Buffer): JsonObject {
	const fields = readFields(buffer);
	const ports = repeated(fields, 6).map((entry) => {
		const port = readFields(entry);
		return compact({name: stringOf(port, 1), hostPort: numberOf(port, 2), containerPort: numberOf(port, 3), protocol: stringOf(port, 4)});
	});
	const env = repeated(fields, 7).map((entry) => {
		const variable = readFields(entry);
		return compact({name: stringOf(variable, 1), value: stringOf(variable, 2)});
	});
	return compact({
		name: stringOf(fields, 1),
		image: stringOf(fields, 2),
		command: strings(fields, 3),
		args: strings(fields, 4),
		workingDir: stringOf(fields, 5),
		ports: ports.length > 0 ? ports : undefined,
		env: env.length > 0 ? env : undefined,
		resources: {},
		imagePullPolicy: stringOf(fields, 14),
	});
}

function podSpec(buffer: Buffer | undefined): JsonObject {
	const fields = readFields(buffer ?? Buffer.alloc(0));
	const pullSecrets = repeated(fields, 15).map((entry) => ({name: stringOf(readFields(entry), 1) ?? ''}));
	const initContainers = repeated(fields, 20).map(container);
	return compact({
		containers: repeated(fields, 2).map(container),
		initContainers: initContainers.length > 0 ? initContainers : undefined,
		restartPolicy: stringOf(fields, 3),
		terminationGracePeriodSeconds: numberOf(fields, 4),
		dnsPolicy: stringOf(fields, 6),
		nodeSelector: map(fields, 7, false),
		serviceAccountName: stringOf(fields, 8),
		nodeName: stringOf(fields, 10),
		imagePullSecrets: pullSecrets.length > 0 ? pullSecrets : undefined,
		schedulerName: stringOf(fields, 19),
	});
}

/** Decodes a core/v1 Pod (metadata and the spec fields the emulator uses). */
export function decodePod(fields: Field[], metadata: JsonObject): JsonObject {
	return {metadata, spec: podSpec(bytesOf(fields, 2))};
}

/** Decodes an apps/v1 Deployment: replicas, selector, template, strategy type and limits. */
export function decodeDeployment(fields: Field[], metadata: JsonObject): JsonObject {
	const spec = readFields(bytesOf(fields, 2) ?? Buffer.alloc(0));
	const selector = readFields(bytesOf(spec, 2) ?? Buffer.alloc(0));
	const template = readFields(bytesOf(spec, 3) ?? Buffer.alloc(0));
	const strategy = readFields(bytesOf(spec, 4) ?? Buffer.alloc(0));
	return {
		metadata,
		spec: compact({
			replicas: numberOf(spec, 1),
			selector: compact({matchLabels: map(selector, 1, false)}),
			template: {metadata: objectMeta(bytesOf(template, 1)), spec: podSpec(bytesOf(template, 2))},
			strategy: compact({type: stringOf(strategy, 1)}),
			minReadySeconds: numberOf(spec, 5),
			revisionHistoryLimit: numberOf(spec, 6),
			progressDeadlineSeconds: numberOf(spec, 9),
		}),
	};
}

/** Decodes a core/v1 Service: ports, selector, clusterIP(s) and type. */
export function decodeService(fields: Field[], metadata: JsonObject): JsonObject {
	const spec = readFields(bytesOf(fields, 2) ?? Buffer.alloc(0));
	const ports = repeated(spec, 1).map((entry) => {
		const port = readFields(entry);
		const target = readFields(bytesOf(port, 4) ?? Buffer.alloc(0));
		const targetPort = numberOf(target, 1) === 1 ? stringOf(target, 3) : numberOf(target, 2);
		return compact({name: stringOf(port, 1), protocol: stringOf(port, 2), port: numberOf(port, 3), targetPort, nodePort: numberOf(port, 5)});
	});
	return {
		metadata,
		spec: compact({ports, selector: map(spec, 2, false), clusterIP: stringOf(spec, 3), type: stringOf(spec, 4), clusterIPs: strings(spec, 18)}),
	};
}
