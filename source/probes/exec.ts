/** The execa adapter behind the `Exec` port: the only file that imports execa (on first use, not at start). */
import {ToolMissingError, ToolTimeoutError, type Exec} from './tool.js';

/** Creates an `Exec` that runs real commands (no shell, output captured, never throws on a non-zero exit). */
export function createExec(): Exec {
	return async (command, args, options = {}) => {
		const {execa} = await import('execa');
		const result = await execa(command, args, {
			reject: false,
			timeout: options.timeoutMs,
			stdin: 'ignore',
			env: {AZURE_CORE_COLLECT_TELEMETRY: 'false'},
		});
		if (result.failed && result.code === 'ENOENT') throw new ToolMissingError(command);
		if (result.timedOut) throw new ToolTimeoutError(command, options.timeoutMs ?? 0);
		return {stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode ?? 1};
	};
}
