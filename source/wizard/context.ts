/** The context every step receives: the store, the prompter and the ports (cli/cli's Options struct). */
import type {Azure} from '../azure/azure.js';
import type {CloudProfile} from '../azure/clouds.js';
import type {KubeconfigSource, Kubernetes} from '../kubernetes/kubernetes.js';
import type {Exec} from '../probes/tool.js';
import type {Flags} from '../flags.js';
import type {Clock} from './clock.js';
import type {Explain} from './engine.js';
import type {Prompter} from './prompter.js';
import type {RunMemory} from './session.js';
import type {WizardStore} from './store.js';

export type {Flags} from '../flags.js';

export type Context = {
	readonly store: WizardStore;
	readonly prompter: Prompter;
	readonly clock: Clock;
	readonly explain: Explain;
	readonly azure: Azure;
	readonly kubernetes: Kubernetes;
	readonly exec: Exec;
	readonly cloud: CloudProfile;
	/** Where the user's kubeconfig is read from (the file KUBECONFIG names, or the default). */
	readonly kubeconfig: KubeconfigSource;
	/** Whether the Azure credential is az's own session (then az must be there); false when the run signs in otherwise (a sandbox). */
	readonly credentialFromAz?: boolean;
	/** The subscription az uses by default, if az has one. */
	readonly defaultSubscriptionId?: string;
	readonly flags: Flags;
	/** What the run keeps beside the store (per-path slots, secrets). */
	readonly memory: RunMemory;
};
