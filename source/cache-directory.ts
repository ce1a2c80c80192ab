/**
 * Where the compiled code is kept between runs: the user's cache folder (XDG_CACHE_HOME, else ~/.cache), not the
 * temporary folder, which a run leaves as it found it. `NODE_DISABLE_COMPILE_CACHE=1` (Node's own switch) turns every
 * cache off.
 */
import {homedir} from 'node:os';
import {join} from 'node:path';

export function compileCacheDirectory(environment: NodeJS.ProcessEnv = process.env): string | undefined {
	if (environment['NODE_DISABLE_COMPILE_CACHE'] !== undefined && environment['NODE_DISABLE_COMPILE_CACHE'] !== '') return undefined;
	return join(environment['XDG_CACHE_HOME'] || join(homedir(), '.cache'), 'acr-wizard', 'compile-cache');
}
