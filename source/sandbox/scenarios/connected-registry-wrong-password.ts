import {arcWorld, connectionString, createConnectedRegistryWorld, putExtension} from './connected-registry-world.js';
import type {Scenario} from './types.js';

/** The protected settings carried a password that is not the sync token's. */
export const connectedRegistryWrongPassword: Scenario = {
	name: 'connected-registry-wrong-password',
	description: `The extension ${arcWorld.extension} was installed with a wrong sync token password: its pod logs {"code":"UNAUTHORIZED","message":"Incorrect Password"}, the extension installs (Succeeded) and its pod runs, the registry stays Offline.`,
	apply() {},
	async started(sandbox) {
		await createConnectedRegistryWorld(sandbox);
		const wrong = (await connectionString(sandbox)).replace(/SyncTokenPassword=[^;]*/, 'SyncTokenPassword=not-the-password');
		await putExtension(sandbox, {}, wrong);
	},
};
