/**
 * `fakeExec(stubs)`: the Exec port answered from a table keyed by the whole command line
 * (cli/cli's `run.Stub`). Unknown commands throw naming themselves; `verify()` fails on
 * stubs nobody used; `missing: ['az']` makes `az` behave as not installed.
 */
import {ToolMissingError, type Exec, type RunResult} from '../../source/probes/tool.js';

/** What a stubbed command answers: output, a failure, or a function of the arguments. */
export type ExecStub = Partial<RunResult> | Error | ((args: readonly string[]) => Promise<Partial<RunResult>> | Partial<RunResult>);

export type FakeExecOptions = {
	/** Commands that are not installed: any call to them rejects with ToolMissingError. */
	readonly missing?: readonly string[];
};

/** The fake: an Exec plus what it ran and a check that every stub was used. */
export type FakeExec = Exec & {
	/** Every command line run, in order (`az version -o json`). */
	readonly ran: string[];
	/** Throws when a stub was never used. */
	verify(): void;
};

/** An Exec answering from `stubs` keyed by `command arg1 arg2…`. */
export function fakeExec(stubs: Readonly<Record<string, ExecStub>> = {}, options: FakeExecOptions = {}): FakeExec {
	const used = new Set<string>();
	const ran: string[] = [];
	const run = async (command: string, args: readonly string[]): Promise<RunResult> => {
		const line = [command, ...args].join(' ');
		ran.push(line);
		if (options.missing?.includes(command)) throw new ToolMissingError(command);
		if (!Object.hasOwn(stubs, line)) {
			throw new Error(
				`fakeExec: unexpected command \`${line}\`; stubbed: ${
					Object.keys(stubs)
						.map((item) => `\`${item}\``)
						.join(', ') || 'none'
				}`,
			);
		}
		used.add(line);
		const stub = stubs[line];
		if (stub instanceof Error) throw stub;
		const answer = typeof stub === 'function' ? await stub(args) : stub;
		return {stdout: answer?.stdout ?? '', stderr: answer?.stderr ?? '', exitCode: answer?.exitCode ?? 0};
	};
	return Object.assign(run, {
		ran,
		verify() {
			const unused = Object.keys(stubs).filter((line) => !used.has(line));
			if (unused.length > 0) throw new Error(`fakeExec: stubs never used: ${unused.map((item) => `\`${item}\``).join(', ')}`);
		},
	});
}

/** The stubs for healthy local tools: az 2.61.0 and kubectl v1.32.4. */
export const healthyTools = {
	'az version -o json': {stdout: JSON.stringify({'azure-cli': '2.61.0', 'azure-cli-core': '2.61.0', extensions: {}})},
	'kubectl version --client -o json': {stdout: JSON.stringify({clientVersion: {major: '1', minor: '32', gitVersion: 'v1.32.4'}, kustomizeVersion: 'v5.5.0'})},
} as const satisfies Record<string, ExecStub>;

/** `az version -o json` output for a given version. */
export function azVersionOutput(version: string): string {
	return JSON.stringify({'azure-cli': version, 'azure-cli-core': version, extensions: {}});
}
