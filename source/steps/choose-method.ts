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

/** Whether the checks warned that the caller cannot create role assignments (attaching grants AcrPull). */
function cannotAssignRoles(context: Context): boolean {
	const check = context.store.getState().checks.find((item) => item.id === 'role-assignments');
	return check?.status === 'warn' && check.reason === messages().prerequisites.roles.missing;
}

/**
 * The method step: how the cluster gets access (attach, pull secret) or detaching; `--method` answers it. Attach is
 * the default, unless the checks said the caller cannot assign roles: then the pull secret comes first, nothing is the
 * default (so --yes names the flag instead of taking a way that needs a role), and attach says why it may fail.
 */
export const chooseMethod: Step<Context> = {
	async run(context) {
		const {store, prompter} = context;
		const text = messages().registry.method;
		store.getState().actions.show('registry');
		const noRights = cannotAssignRoles(context);
		const attach = {value: 'attach', label: text.attach, hint: noRights ? text.attachHintNoRights : text.attachHint};
		const pullSecret = {value: 'pull-secret', label: text.pullSecret, hint: text.pullSecretHint};
		const chosen = store.getState().method;
		const answer = await prompter.select({
			id: 'method',
			message: text.question,
			flag: '--method',
			hint: text.hint,
			choices: [
				...(noRights ? [pullSecret, attach] : [attach, pullSecret]),
				{value: 'connected-registry', label: text.connectedRegistry, hint: text.connectedRegistryHint},
				{value: 'detach', label: text.detach, hint: text.detachHint},
			],
			// Going back to this step keeps the way already chosen.
			default: chosen !== undefined && isOffered(chosen) ? chosen : noRights ? undefined : 'attach',
			...(noRights ? {flagHint: text.noRightsFlagHint} : {}),
		});
		if (isOffered(answer)) store.getState().actions.chooseMethod(answer);
	},
};
