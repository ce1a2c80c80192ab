#!/usr/bin/env node
/**
 * The installed command: checks the Node.js version before anything else is loaded (the
 * dependencies need Node 22 and fail in obscure ways on older ones), installs the one exit path
 * for signals and a closed pipe (`acr-wizard --help | head -1` ends quietly), then loads the CLI.
 */
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

if (!Number.isFinite(major) || major < requiredMajor) {
	process.stderr.write(`${messages().common.nodeTooOld(process.versions.node, requiredMajor)}\n`);
	process.exitCode = 1;
} else {
	installSignalExits();
	quietOnClosedPipe(process.stdout);
	quietOnClosedPipe(process.stderr);
	await import('./cli.js');
}
