/** Doctor's findings, as plain data: what each check concluded, the evidence in the speaker's own words, and the fix as a plan. */

export type FindingStatus = 'ok' | 'warn' | 'fail';

/**
 * A change the fix makes, as plain data (ids and names, never a secret); steps/doctor/fix-plan.ts turns it
 * into an action of the wizard's engine. Every one has its equivalent command in the finding's `commands`.
 */
export type FixAction =
	| {
			readonly kind: 'assign-role';
			readonly scope: string;
			readonly principalId: string;
			readonly principalType: string;
			readonly role: string;
			/** An assignment of the same role whose condition leaves the repository out: removed first (Azure keeps one per principal, role and scope). */
			readonly replaces?: string;
	  }
	| {readonly kind: 'import-image'; readonly registryId: string; readonly source: string; readonly target: string}
	| {readonly kind: 'update-scope-map'; readonly registryId: string; readonly scopeMap: string; readonly actions: readonly string[]}
	| {readonly kind: 'rewrite-secret'; readonly namespace: string; readonly name: string; readonly server: string}
	| {readonly kind: 'set-image'; readonly namespace: string; readonly deployment: string; readonly container: string; readonly image: string}
	| {readonly kind: 'restart-pods'; readonly namespace: string; readonly selector: string}
	| {readonly kind: 'enable-token'; readonly registryId: string; readonly name: string; readonly scopeMapId: string}
	| {
			readonly kind: 'renew-token-password';
			readonly registryId: string;
			readonly tokenId: string;
			readonly slot: 'password1' | 'password2';
			/** The pull secret that gets the new password (read back and written again; the password never leaves the action). */
			readonly namespace: string;
			readonly secret: string;
			readonly server: string;
	  }
	| {readonly kind: 'attach-client-token'; readonly registryId: string; readonly connectedRegistry: string; readonly token: string};

/** The fix: the exact commands, and the actions doctor can run itself (empty when only a person can). */
export type Fix = {readonly commands: readonly string[]; readonly actions: readonly FixAction[]};

/** What one check concluded about one pod (or the whole context). */
export type Finding = {
	/** Stable, kebab-case: `kubelet-pull-role`, `pull-secret-type`… */
	readonly id: string;
	readonly status: FindingStatus;
	/** `<namespace>/<pod>` the finding is about; absent for the context as a whole. */
	readonly pod?: string;
	/** A short heading. */
	readonly title: string;
	/** The cause (or the all-clear), in plain words. */
	readonly cause: string;
	/** What was read, verbatim: the kubelet's event text, Azure's fields and codes. */
	readonly evidence: readonly string[];
	readonly fix?: Fix;
	/** Whether this cause explains what the kubelet said about the pod (such findings rank first). */
	readonly explainsKubelet: boolean;
};

/** What the kubelet's words say went wrong with a pull. */
export type PullSymptom =
	| 'no-such-host'
	| 'unauthorized'
	| 'forbidden'
	| 'insufficient-scope'
	| 'not-found'
	| 'platform'
	| 'timeout'
	| 'tls'
	| 'rate-limited'
	| 'secret-missing'
	| 'invalid-name'
	| 'other';
