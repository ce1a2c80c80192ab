/**
 * The built bin started by a Node older than 22 says so in plain words and exits 1, instead of failing to load. The
 * check needs an older node: the machine's own (Debian ships Node 20) when one is on PATH beside the Node 22 that runs
 * the tests.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {delimiter, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {expect, test} from 'vitest';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** The first node on PATH (or in the usual places) whose major version is below 22, with that version. */
function olderNode(): {path: string; version: string} | undefined {
	const dirs = [...(process.env['PATH'] ?? '').split(delimiter), '/usr/bin', '/usr/local/bin'].filter((dir) => dir !== '');
	for (const dir of new Set(dirs)) {
		const path = join(dir, 'node');
		if (!existsSync(path)) continue;
		try {
			const version = execFileSync(path, ['--version'], {encoding: 'utf8'}).trim().replace(/^v/, '');
			if (Number(version.split('.')[0]) < 22) return {path, version};
		} catch {
			// Not a runnable node: look further.
		}
	}
	return undefined;
}

const older = olderNode();

test.skipIf(older === undefined)(`the built bin on an older Node (${older?.version ?? 'none on this machine'}) says it needs Node 22 and exits 1`, () => {
	if (older === undefined) return;
	const ran = spawnSync(older.path, [cli, '--help'], {encoding: 'utf8', env: {...process.env, NODE_OPTIONS: ''}});
	expect(ran.stderr.trim()).toBe(
		`acr-wizard needs Node.js 22 or newer; this is Node.js ${older.version}. Install Node.js 22 (or run it with a newer node), then try again.`,
	);
	expect(ran.stdout).toBe('');
	expect(ran.status).toBe(1);
});
