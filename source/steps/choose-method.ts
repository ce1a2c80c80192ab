/**
 * The method step: attach the registry to AKS (the kubelet's managed identity, recommended on
 * AKS), an image pull secret for any cluster, or detach a registry from AKS.
 */
import {messages} from '../messages/catalog.js';
import type {Context} from '../wizard/context.js';
import type {Step} from '../wizard/engine.js';
import type {Method} from '../wizard/types.js';

const methods = ['attach', 'pull-secret', 'connected-registry', 'detach'] as const satisfies readonly Method[];

function isOffered(value: string): value is (typeof methods)[number] {
	return (methods as readonly string[]).includes(value);
}

/** The default: the method already chosen (when going back to this step), else attach. */
function preferred(method: Method | undefined): string {
	return method !== undefined && isOffered(method) ? method : 'attach';
}

/** The method step: how the cluster gets access (attach, pull secret) or detaching; `--method` answers it. */
export const chooseMethod: Step<Context> = {
	async run({store, prompter}) {
		const text = messages().registry.method;
		store.getState().actions.show('registry');
		const answer = await prompter.select({
			id: 'method',
			message: text.question,
			flag: '--method',
			hint: text.hint,
			choices: [
				{value: 'attach', label: text.attach, hint: text.attachHint},
				{value: 'pull-secret', label: text.pullSecret, hint: text.pullSecretHint},
				{value: 'connected-registry', label: text.connectedRegistry, hint: text.connectedRegistryHint},
				{value: 'detach', label: text.detach, hint: text.detachHint},
			],
			default: preferred(store.getState().method),
		});
		if (isOffered(answer)) store.getState().actions.chooseMethod(answer);
	},
};
