/** What the az CLI has on disk: its active cloud and its default subscription (read, never written). */
import {readFile} from 'node:fs/promises';
import {homedir} from 'node:os';
import {join} from 'node:path';
import {activeCloudFromAzConfig, type CloudName} from '../azure/clouds.js';

/** The az CLI's config folder: `AZURE_CONFIG_DIR`, else `~/.azure`. */
export function azConfigDir(env: NodeJS.ProcessEnv = process.env): string {
	return env['AZURE_CONFIG_DIR'] ?? join(homedir(), '.azure');
}

/** The cloud az is set to (`az cloud set`), if it has one on disk. */
export async function readAzActiveCloud(dir = azConfigDir()): Promise<CloudName | undefined> {
	try {
		return activeCloudFromAzConfig(await readFile(join(dir, 'config'), 'utf8'));
	} catch {
		return undefined;
	}
}

/** The subscription az uses by default (`isDefault` in azureProfile.json), if any. */
export async function readAzDefaultSubscription(dir = azConfigDir()): Promise<string | undefined> {
	try {
		// azureProfile.json is written with a byte order mark.
		const text = (await readFile(join(dir, 'azureProfile.json'), 'utf8')).replace(/^\uFEFF/, '');
		const parsed = JSON.parse(text) as {subscriptions?: Array<{id?: string; isDefault?: boolean}>};
		return parsed.subscriptions?.find((subscription) => subscription.isDefault)?.id;
	} catch {
		return undefined;
	}
}
