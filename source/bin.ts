#!/usr/bin/env node
/**
 * The installed command: checks the Node.js version before anything else is loaded (the
 * dependencies need Node 22 and fail in obscure ways on older ones), installs the one exit path
 * for signals and a closed pipe (`acr-wizard --help | head -1` ends quietly), then loads the CLI.
 */
// A namespace import: a named one of enableCompileCache (Node 22.1+) fails to link on an older Node, before the check
// below can say what is wrong.
import * as nodeModule from 'node:module';
import {compileCacheDirectory} from './cache-directory.js';
import {messages} from './messages/catalog.js';
import {exitAfterCleanup, installSignalExits} from './shutdown.js';

const requiredMajor = 22;
const major = Number(process.versions.node.split('.')[0]);

/** A reader that went away (`| head -1`) is not an error: clean up and stop quietly, as other command-line tools do. */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') {
			void exitAfterCleanup(0);
			return;
		}
		throw error;
	});
}

/**
 * Turns on V8's compile cache (Node 22.1+) in the user's cache folder (cache-directory.ts): the bundles are compiled on
 * the first run and read back on the next ones, which halves the start-up CPU (`npm run bench`).
 */
function cacheCompiledCode(): void {
	const folder = compileCacheDirectory();
	if (folder !== undefined) nodeModule.enableCompileCache(folder);
}

/**
 * NO_COLOR (any value, no-color.org) and `--no-color` turn colour off before anything that draws is loaded: chalk reads
 * FORCE_COLOR once, when it is first imported.
 */
function honourNoColor(): void {
	const args = process.argv.slice(2);
	const end = args.indexOf('--');
	if (process.env['NO_COLOR'] !== undefined || (end === -1 ? args : args.slice(0, end)).includes('--no-color')) process.env['FORCE_COLOR'] = '0';
}

if (!Number.isFinite(major) || major < requiredMajor) {
	process.stderr.write(`${messages().common.nodeTooOld(process.versions.node, requiredMajor)}\n`);
	process.exitCode = 1;
} else {
	cacheCompiledCode();
	honourNoColor();
	installSignalExits();
	quietOnClosedPipe(process.stdout);
	quietOnClosedPipe(process.stderr);
	await import('./cli.js');
}
