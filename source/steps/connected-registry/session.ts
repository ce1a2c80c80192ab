/**
 * What the connected-registry path keeps between its steps for one run, in memory only (keyed by
 * the run's store, never put in it): the Arc cluster and its kubeconfig context, the connected
 * registry, the connection string (a secret) and the clusterIP.
 */
import type {ConnectedCluster, ConnectedRegistry, Registry} from '../../azure/azure.js';
import type {KubeCluster} from '../../kubernetes/kubernetes.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import {WizardError} from '../../wizard/errors.js';
import type {WizardStore} from '../../wizard/store.js';
import {SecretValue} from '../pull-secret/session.js';

export {SecretValue};

export type ConnectedSession = {
	cluster?: ConnectedCluster;
	/** The kubeconfig context that reaches the Arc cluster. */
	kubeContext?: string;
	kube?: KubeCluster;
	connected?: ConnectedRegistry;
	repositories: string[];
	/** `ConnectedRegistryName=…;SyncTokenPassword=…`: only ever revealed to the extension call and an export the user asked for. */
	connectionString?: SecretValue;
	clusterIP?: string;
	serviceRange?: string;
	extensionName?: string;
	secrets: Map<string, SecretValue>;
};

const sessions = new WeakMap<WizardStore, ConnectedSession>();

/** The session of this run (created on first use). */
export function sessionOf(store: WizardStore): ConnectedSession {
	let session = sessions.get(store);
	if (!session) {
		session = {repositories: [], secrets: new Map()};
		sessions.set(store, session);
	}
	return session;
}

/** The chosen registry, or a plain error saying to choose one. */
export function requireRegistry(context: Context): Registry {
	const text = messages().connectedRegistry;
	const {registry} = context.store.getState();
	if (!registry) throw new WizardError(text.noRegistry, {suggestion: text.noRegistryFix});
	return registry;
}

/** The extension's name: the seed names it after the connected registry. */
export const extensionNameOf = (session: ConnectedSession): string => session.extensionName ?? session.connected?.name ?? 'myconnectedregistry';

/** Exactly what `az acr connected-registry get-settings --parent-protocol https` prints for a cloud parent. */
export function connectionStringOf(connected: ConnectedRegistry, syncTokenName: string, password: string): SecretValue {
	return new SecretValue(
		`ConnectedRegistryName=${connected.name};SyncTokenName=${syncTokenName};SyncTokenPassword=${password};ParentGatewayEndpoint=${connected.gatewayEndpoint ?? '<parent gateway endpoint>'};ParentEndpointProtocol=https`,
	);
}
