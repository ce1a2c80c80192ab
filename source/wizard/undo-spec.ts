/**
 * How to undo one journaled action, as plain data: one exact shape per thing the wizard can
 * make (ids and names, never a secret). The journal and the record on disk hold these; the
 * handlers of each path (`steps/<path>/undo.ts`) turn them back into calls through the ports,
 * and `steps/undo.ts` dispatches over every kind, so a kind without a handler fails to compile.
 */

/** Which cluster an undo acts on: an AKS cluster (its user kubeconfig fetched anew) or a kubeconfig context. */
export type KubeTargetParams =
	{readonly target: 'aks'; readonly clusterId: string} | {readonly target: 'context'; readonly context: string; readonly kubeconfigPath?: string};

/** The params of each kind of undo. */
export type UndoParams = {
	/** A resource group this run created: undone only when confirmed on its own, with what it holds then. */
	'delete-resource-group': {readonly subscriptionId: string; readonly name: string};
	/** A registry this run created (deleted with every image in it). */
	'delete-registry': {readonly id: string};
	/** A role assignment: the attach grant (AcrPull to the kubelet identity) or a service principal's role. */
	'delete-role-assignment': {readonly id: string};
	/** A service principal with its app registration and password (`az ad app delete`). */
	'delete-service-principal': {readonly appId: string; readonly objectId: string; readonly displayName?: string};
	'delete-token': {readonly registryId: string; readonly name: string};
	'delete-scope-map': {readonly registryId: string; readonly name: string};
	'delete-namespace': {readonly name: string} & KubeTargetParams;
	'delete-secret': {readonly namespace: string; readonly name: string} & KubeTargetParams;
	/** The service-account patch that added an image pull secret. */
	'remove-sa-pull-secret': {readonly namespace: string; readonly serviceAccount: string; readonly secretName: string} & KubeTargetParams;
	'delete-workload': {readonly kind: 'Deployment' | 'Pod'; readonly namespace: string; readonly name: string} & KubeTargetParams;
	/** The connected registry's Arc extension. */
	'delete-extension': {readonly clusterId: string; readonly name: string};
	/** A connected registry with its sync token and scope map. */
	'delete-connected-registry': {readonly registryId: string; readonly name: string; readonly syncToken?: string};
	/** An AKS cluster this run created, and the pull role its kubelet identity was given (asked for on its own before it runs). */
	'delete-managed-cluster': {readonly id: string; readonly name?: string; readonly roleAssignmentId?: string};
	/** A user-assigned identity this run created (a brought kubelet or control-plane identity). */
	'delete-user-assigned-identity': {readonly id: string};
	/** A member this run added to an Entra group (a brought kubelet identity added to the group that holds the pull role). */
	'remove-group-member': {readonly groupId: string; readonly memberId: string; readonly groupName?: string};
};

/** The kinds of undo there are. */
export type UndoKind = keyof UndoParams;

/** An undo of one kind. */
export type UndoSpecOf<K extends UndoKind> = {
	readonly sentence: string;
	readonly command: string;
	readonly kind: K;
	readonly params: UndoParams[K];
};

/** An undo of any kind: a discriminated union over `kind`. */
export type UndoSpec = {[K in UndoKind]: UndoSpecOf<K>}[UndoKind];

const kubeTarget = ['target'] as const;

/**
 * The params each kind cannot do without (a record read from disk is checked against these
 * before anything runs); which cluster params a Kubernetes undo needs depends on its target.
 */
const requiredParams: {readonly [K in UndoKind]: readonly string[]} = {
	'delete-resource-group': ['subscriptionId', 'name'],
	'delete-registry': ['id'],
	'delete-role-assignment': ['id'],
	'delete-service-principal': ['appId', 'objectId'],
	'delete-token': ['registryId', 'name'],
	'delete-scope-map': ['registryId', 'name'],
	'delete-namespace': ['name', ...kubeTarget],
	'delete-secret': ['namespace', 'name', ...kubeTarget],
	'remove-sa-pull-secret': ['namespace', 'serviceAccount', 'secretName', ...kubeTarget],
	'delete-workload': ['kind', 'namespace', 'name', ...kubeTarget],
	'delete-extension': ['clusterId', 'name'],
	'delete-connected-registry': ['registryId', 'name'],
	'delete-managed-cluster': ['id'],
	'delete-user-assigned-identity': ['id'],
	'remove-group-member': ['groupId', 'memberId'],
};

/** Every kind, for the checks of records read from disk. */
export const undoKinds = Object.keys(requiredParams) as readonly UndoKind[];

/** Whether `kind` names a kind of undo this version knows. */
export function isUndoKind(kind: string): kind is UndoKind {
	return Object.hasOwn(requiredParams, kind);
}

/** What is wrong with a spec (read from a record, perhaps of another version): an unknown kind or the first param it lacks. */
export function undoSpecProblem(spec: {readonly kind: string; readonly params: object}): {unknownKind: string} | {missing: string} | undefined {
	if (!isUndoKind(spec.kind)) return {unknownKind: spec.kind};
	const params = spec.params as Readonly<Record<string, unknown>>;
	const needed = [...requiredParams[spec.kind]];
	if (needed.includes('target')) needed.push(params['target'] === 'aks' ? 'clusterId' : 'context');
	const missing = needed.find((name) => typeof params[name] !== 'string' || params[name] === '');
	return missing === undefined ? undefined : {missing};
}
