/** The port for external command-line tools: run a command and get its output, nothing else. */

export type RunResult = {readonly stdout: string; readonly stderr: string; readonly exitCode: number};

/** Runs `command args…` without a shell; rejects with `ToolMissingError` when it is not installed. */
export type Exec = (command: string, args: readonly string[], options?: {timeoutMs?: number}) => Promise<RunResult>;

/** The command is not on PATH. */
export class ToolMissingError extends Error {
	override readonly name = 'ToolMissingError';
	constructor(readonly command: string) {
		super(`${command} is not installed`);
	}
}

/** The command ran past its time limit. */
export class ToolTimeoutError extends Error {
	override readonly name = 'ToolTimeoutError';
	constructor(
		readonly command: string,
		readonly timeoutMs: number,
	) {
		super(`${command} did not answer within ${timeoutMs} ms`);
	}
}
