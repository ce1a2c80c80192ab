import {describe, expect, test} from 'vitest';
import {createExec} from '../../source/probes/exec.js';
import {ToolMissingError, ToolTimeoutError} from '../../source/probes/tool.js';

const node = process.execPath;

describe('exec adapter', () => {
	test('captures stdout and stderr without a shell', async () => {
		const result = await createExec()(node, ['-e', 'process.stdout.write("out $HOME"); process.stderr.write("err")']);
		expect(result).toEqual({stdout: 'out $HOME', stderr: 'err', exitCode: 0});
	});

	test('a non-zero exit is a result, not an exception', async () => {
		const result = await createExec()(node, ['-e', 'process.exit(3)']);
		expect(result.exitCode).toBe(3);
	});

	test('a command that is not installed is ToolMissingError naming it', async () => {
		const failure = await createExec()('acr-wizard-no-such-tool', ['version']).catch((error: unknown) => error);
		expect(failure).toBeInstanceOf(ToolMissingError);
		expect((failure as ToolMissingError).message).toBe('acr-wizard-no-such-tool is not installed');
	});

	test('a command past its time limit is ToolTimeoutError', async () => {
		// The child would run for a minute; only the limit can end it this soon.
		const failure = await createExec()(node, ['-e', 'setTimeout(() => {}, 60_000)'], {timeoutMs: 300}).catch((error: unknown) => error);
		expect(failure).toBeInstanceOf(ToolTimeoutError);
	});

	test('the Azure CLI is told not to send telemetry', async () => {
		const result = await createExec()(node, ['-e', 'process.stdout.write(String(process.env.AZURE_CORE_COLLECT_TELEMETRY))']);
		expect(result.stdout).toBe('false');
	});
});
