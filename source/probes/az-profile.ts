/** What the az CLI has on disk: its active cloud and its default subscription (read, never written). */
import {readFile, stat} from 'node:fs/promises';
import {homedir} from 'node:os';
import {join} from 'node:path';
import {activeCloudFromAzConfig} from '../azure/clouds.js';

/** The az CLI's config folder: `AZURE_CONFIG_DIR`, else `~/.azure`. */
export function azConfigDir(env: NodeJS.ProcessEnv = process.env): string {
	return env['AZURE_CONFIG_DIR'] ?? join(homedir(), '.azure');
}

/**
 * The cloud az works in, by the name az gives it: `AZURE_CLOUD_NAME` (az reads any `[section] option` of its config
 * from `AZURE_<SECTION>_<OPTION>` first), else `[cloud] name` in its config file (`az cloud set`), else AzureCloud
 * when az has a config folder at all (its default); undefined when az was never set up here. A cloud registered
 * with `az cloud register` comes back by its own name.
 */
export async function readAzActiveCloud(dir = azConfigDir(), env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
	const fromEnv = env['AZURE_CLOUD_NAME']?.trim();
	if (fromEnv) return fromEnv;
	const config = await readFile(join(dir, 'config'), 'utf8').catch(() => undefined);
	const named = config === undefined ? undefined : activeCloudFromAzConfig(config);
	if (named !== undefined) return named;
	if (config !== undefined) return 'AzureCloud';
	// A signed-in az without a config file (older versions write only the profile) is in its default cloud.
	return (await stat(join(dir, 'azureProfile.json')).catch(() => undefined)) ? 'AzureCloud' : undefined;
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
