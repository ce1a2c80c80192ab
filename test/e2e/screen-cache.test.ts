/**
 * The screens' code cache on the built CLI (source/screen-libraries.ts): the first start in a terminal writes it, the
 * next start takes it as it is (V8 refused nothing: no new file), and NODE_DISABLE_COMPILE_CACHE writes no cache at all.
 */
import {existsSync} from 'node:fs';
import {mkdtemp, readdir, rm, stat} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {runInPty} from './pty.js';

// `npm test` builds dist/ before the tests; a plain `vitest run` without a build skips these.
const built = existsSync('dist/cli.js');

let cacheHome = '';

beforeEach(async () => {
	cacheHome = await mkdtemp(join(tmpdir(), 'acr-wizard-cache-'));
});

afterEach(async () => {
	await rm(cacheHome, {recursive: true, force: true});
});

/** The welcome screen, then `q`. */
async function welcome(env: NodeJS.ProcessEnv) {
	const run = await runInPty(['--demo', '--pace', 'fast'], [{matcher: /Ready to start\?[\s\S]*Quit/, input: ['q']}], 60_000, {
		XDG_CACHE_HOME: cacheHome,
		...env,
	});
	expect(run.output).toContain('Welcome to acr-wizard');
	return run;
}

async function screenCaches(): Promise<string[]> {
	const folder = join(cacheHome, 'acr-wizard', 'compile-cache');
	return existsSync(folder) ? (await readdir(folder)).filter((name) => name.startsWith('screen-libraries-')) : [];
}

describe.skipIf(!built)("the built CLI's screen cache", () => {
	test('is written by the first start and taken as it is by the next', async () => {
		await welcome({});
		const [cache, ...others] = await screenCaches();
		expect(others).toEqual([]);
		expect(cache).toMatch(new RegExp(`^screen-libraries-[0-9a-f]{12}-${process.version}-${process.arch}\\.cache$`));
		const file = join(cacheHome, 'acr-wizard', 'compile-cache', cache ?? '');
		const first = await stat(file);
		expect(first.size).toBeGreaterThan(100_000);
		await welcome({});
		const next = await stat(file);
		// A refused cache would have been replaced (a new file renamed over it).
		expect([next.ino, next.mtimeMs]).toEqual([first.ino, first.mtimeMs]);
		expect(await screenCaches()).toEqual([cache]);
	}, 120_000);

	test('is neither read nor written with NODE_DISABLE_COMPILE_CACHE=1', async () => {
		await welcome({NODE_DISABLE_COMPILE_CACHE: '1'});
		expect(await readdir(cacheHome)).toEqual([]);
	}, 60_000);
});
