import {randomUUID} from 'node:crypto';
import type {PacedClock} from './clock.js';
import {ArmError} from './http/errors.js';
import type {SandboxResponse} from './http/router.js';
import {operationName} from './timings.js';

/** The work an operation does when it ends: its result as a synchronous call would answer, or an ArmError. */
export type OperationWork = () => SandboxResponse;

type Operation = {
	readonly id: string;
	readonly resourceKey: string;
	readonly startTime: Date;
	readonly readyAt: number;
	pollsLeft: number;
	status: 'InProgress' | 'Succeeded' | 'Failed';
	/** The provisioningState the resource shows while this runs, e.g. `Creating`. */
	readonly runningState: string;
	endTime?: Date;
	error?: {code: string; message: string; httpStatus: number};
	result?: SandboxResponse;
	readonly work: OperationWork;
	readonly failure?: {readonly code: string; readonly message: string};
	readonly onFailed?: () => void;
	/** Its ARM operation name and modelled latency, for the timing log. */
	readonly operation: string;
	readonly modelMs: number;
};

/** The shortest wait a `retry-after-ms` hint asks for: an operation due already (it still waits for its polls) is asked for again shortly. */
const shortestHintMs = 50;

/** Absolute status URLs for one operation. */
export type OperationUrls = {readonly asyncOperation: string; readonly location: string; readonly id: string};

/** Keeps the long-running operations and answers their status polls the way ARM does. */
export class Operations {
	private readonly ops = new Map<string, Operation>();

	constructor(private readonly clock: PacedClock) {}

	/** Starts an operation on a resource; it ends after the paced number of polls (or resource reads). */
	start(
		baseUrl: string,
		resourceId: string,
		work: OperationWork,
		options: {
			durationMs?: number;
			failure?: {code: string; message: string};
			apiVersion?: string;
			onFailed?: () => void;
			runningState?: string;
			/** Path segment of the status URL: `operationStatuses` (ACR) or `operations` (extensions). */
			statusSegment?: string;
			/** The ARM operation name for the timing log; by default the resource type's `write` (`delete` while `Deleting`). */
			operation?: string;
		} = {},
	): OperationUrls {
		const id = randomUUID();
		const startTime = this.clock.now();
		const modelMs = options.durationMs ?? 2000;
		const paced = this.clock.pace === 'fast' ? 0 : modelMs;
		const runningState = options.runningState ?? 'Creating';
		this.ops.set(id, {
			id,
			resourceKey: resourceId.toLowerCase(),
			startTime,
			readyAt: startTime.getTime() + paced,
			pollsLeft: this.clock.lroPolls,
			status: 'InProgress',
			runningState,
			work,
			operation: options.operation ?? operationName(resourceId, runningState === 'Deleting' ? 'delete' : 'write'),
			modelMs,
			...(options.failure ? {failure: options.failure} : {}),
			...(options.onFailed ? {onFailed: options.onFailed} : {}),
		});
		const query = `api-version=${encodeURIComponent(options.apiVersion ?? '2025-11-01')}`;
		return {
			id,
			asyncOperation: `${baseUrl}${resourceId}/${options.statusSegment ?? 'operationStatuses'}/${id}?${query}`,
			location: `${baseUrl}${resourceId}/operationResults/${id}?${query}`,
		};
	}

	/** Counts a read of a resource as a poll of its running operations (clients that re-GET instead of polling). */
	touch(resourceId: string): void {
		const wanted = resourceId.toLowerCase();
		for (const op of this.ops.values()) {
			if (op.resourceKey === wanted) {
				this.advance(op);
			}
		}
	}

	/** The provisioningState a resource shows: its running operation's state, `Failed` after a failure, else `Succeeded`. */
	provisioningState(resourceId: string): string {
		const wanted = resourceId.toLowerCase();
		const latest = [...this.ops.values()].filter((op) => op.resourceKey === wanted).pop();
		if (!latest || latest.status === 'Succeeded') {
			return 'Succeeded';
		}
		return latest.status === 'Failed' ? 'Failed' : latest.runningState;
	}

	/** The `Azure-AsyncOperation` poll: always 200 with `{id, name, status, startTime, endTime?, error?}`. */
	status(baseUrl: string, path: string, id: string): SandboxResponse {
		const op = this.find(id);
		this.advance(op);
		const body: Record<string, unknown> = {
			id: path,
			name: id,
			status: op.status,
			startTime: op.startTime.toISOString(),
			...(op.endTime ? {endTime: op.endTime.toISOString()} : {}),
			properties: {},
			error: op.error ? {code: op.error.code, message: op.error.message} : null,
		};
		return {status: 200, body, headers: this.retryHeaders(op)};
	}

	/** The `Location` poll: 202 while running; then the operation's own result, or its error status and envelope. */
	result(url: string, id: string): SandboxResponse {
		const op = this.find(id);
		this.advance(op);
		if (op.status === 'InProgress') {
			return {status: 202, headers: {Location: url, ...this.retryHeaders(op)}};
		}
		if (op.status === 'Failed') {
			const error = op.error ?? {code: 'InternalServerError', message: 'The operation failed.', httpStatus: 500};
			throw new ArmError(error.httpStatus, error.code, error.message);
		}
		return op.result ?? {status: 200};
	}

	/**
	 * `Retry-After` in whole seconds, as ARM sends it; when the operation ends sooner than that, also `retry-after-ms`
	 * with the time left (at least the shortest wait), so that a client that reads it asks when the operation ends.
	 */
	private retryHeaders(op: Operation): Record<string, string> {
		if (op.status !== 'InProgress') return {};
		const seconds = this.clock.retryAfterSeconds;
		const leftMs = Math.max(shortestHintMs, op.readyAt - this.clock.now().getTime());
		return leftMs < seconds * 1000 ? {'Retry-After': String(seconds), 'retry-after-ms': String(Math.ceil(leftMs))} : {'Retry-After': String(seconds)};
	}

	private find(id: string): Operation {
		const op = this.ops.get(id);
		if (!op) {
			throw new ArmError(404, 'OperationNotFound', `The operation '${id}' could not be found.`);
		}
		return op;
	}

	private advance(op: Operation): void {
		if (op.status !== 'InProgress') {
			return;
		}
		op.pollsLeft -= 1;
		if (op.pollsLeft > 0 || this.clock.now().getTime() < op.readyAt) {
			return;
		}
		op.endTime = this.clock.now();
		if (op.failure) {
			op.status = 'Failed';
			op.error = {...op.failure, httpStatus: 500};
			op.onFailed?.();
			this.log(op);
			return;
		}
		try {
			op.result = op.work();
			op.status = 'Succeeded';
		} catch (error: unknown) {
			op.status = 'Failed';
			op.error =
				error instanceof ArmError
					? {code: error.code, message: error.message, httpStatus: error.status}
					: {code: 'InternalServerError', message: error instanceof Error ? error.message : String(error), httpStatus: 500};
			op.onFailed?.();
		}
		this.log(op);
	}

	private log(op: Operation): void {
		if (op.status === 'InProgress') return;
		this.clock.timings.record({
			operation: op.operation,
			resource: op.resourceKey,
			startedAt: op.startTime.toISOString(),
			endedAt: (op.endTime ?? this.clock.now()).toISOString(),
			modelMs: op.modelMs,
			status: op.status,
		});
	}
}
