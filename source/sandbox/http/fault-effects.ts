/**
 * What a fault does to one request, the same on every server of the sandbox: close the
 * connection before or after the write, hold the answer, or answer 429/500 in the server's own
 * error shape (ARM/Graph envelope, or a Kubernetes Status).
 */
import type {IncomingMessage, ServerResponse} from 'node:http';
import {setTimeout as sleep} from 'node:timers/promises';
import type {FaultSpec} from '../faults.js';

/** Writes an error answer the way the server that got the request writes its own. */
export type ErrorWriter = (response: ServerResponse, status: number, code: string, message: string, headers?: Record<string, string>) => void;

/** Default texts: the ones ARM sends (Kubernetes writers take their own). */
export const throttleText = 'The request is being throttled. Please retry after some time.';
export const serverErrorText = 'Encountered internal server error. Diagnostic information: timestamp sandbox.';

/**
 * Applies the fault a request met before it is served. `answered` when the fault has already
 * ended the exchange; `serve` when the request goes on (after any latency; a `drop-after` fault
 * lets the write happen and then closes the connection instead of answering).
 */
export async function applyFault(
	fault: FaultSpec | undefined,
	request: IncomingMessage,
	response: ServerResponse,
	writeError: ErrorWriter,
): Promise<'answered' | 'serve'> {
	switch (fault?.kind) {
		case undefined:
		case 'lro-failed':
			return 'serve';
		case 'drop-connection':
			request.socket.destroy();
			return 'answered';
		case 'drop-after':
			dropInsteadOfAnswering(response);
			return 'serve';
		case 'latency': {
			// The hold ends early when the client gives up (its deadline) or the server closes.
			const gone = new AbortController();
			const onClose = () => gone.abort();
			response.once('close', onClose);
			await sleep(fault.latencyMs ?? 100, undefined, {ref: false, signal: gone.signal}).catch(() => undefined);
			response.off('close', onClose);
			return gone.signal.aborted ? 'answered' : 'serve';
		}
		case 'throttle':
			writeError(response, 429, fault.code ?? 'TooManyRequests', fault.message ?? throttleText, {'Retry-After': String(fault.retryAfterSeconds ?? 0)});
			return 'answered';
		case 'server-error':
			writeError(response, 500, fault.code ?? 'InternalServerError', fault.message ?? serverErrorText);
			return 'answered';
	}
}

/** The answer is never sent: its first byte closes the connection (the write itself has been applied). */
function dropInsteadOfAnswering(response: ServerResponse): void {
	const drop = () => {
		response.socket?.destroy();
		return response;
	};
	response.writeHead = drop;
	response.write = () => (drop(), false);
	response.end = drop;
}
