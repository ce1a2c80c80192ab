/** The welcome step: says what will happen, then waits for the user to start. */
import {messages} from '../messages/catalog.js';
import type {Context} from '../wizard/context.js';
import type {Step} from '../wizard/engine.js';
import {Cancelled} from '../wizard/errors.js';
import {startAzProbe} from './prerequisites/tool-checks.js';

/**
 * What kubectl needs to watch the run's cluster, read while the welcome is on screen: the context the run starts from
 * (--context, the cluster of --method attach, else the kubeconfig's current one) and the kubeconfig file when it is not
 * kubectl's default.
 */
function readWatchTarget({store, kubernetes, kubeconfig, flags}: Context): void {
	const file = kubeconfig.kind === 'file' ? kubeconfig.path : undefined;
	const set = (context: string | undefined) => {
		const {environment, actions} = store.getState();
		actions.setEnvironment({...environment, watch: {...(context ? {context} : {}), ...(file ? {kubeconfig: file} : {})}});
	};
	// Named by the flags (--context; for attach, --cluster: its pods are in the AKS cluster, whose context is named after
	// it, as az aks get-credentials names it), nothing is read, and the Kubernetes client is not loaded ahead of the
	// Azure checks for it.
	const named = flags.context ?? (flags.method === 'attach' ? flags.cluster : undefined);
	if (named !== undefined) {
		set(named);
		return;
	}
	void kubernetes.readKubeconfig(kubeconfig).then(
		(info) => set(flags.context ?? info.currentContext),
		() => set(flags.context),
	);
}

export const welcome: Step<Context> = {
	async run(context) {
		const {store, prompter} = context;
		store.getState().actions.show('welcome');
		if (store.getState().environment.watch === undefined) readWatchTarget(context);
		startAzProbe(context);
		const text = messages().common;
		const answer = await prompter.select({
			id: 'welcome',
			message: text.welcome.questionStart,
			choices: [
				{value: 'start', label: text.welcome.choiceStart},
				{value: 'quit', label: text.quit},
			],
			default: 'start',
		});
		if (answer === 'quit') throw new Cancelled();
	},
};
