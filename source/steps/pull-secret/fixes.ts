/**
 * The fixes the pull-secret path offers when its sample pod cannot pull: each diagnosis of
 * the deploy step becomes a small plan over this path's own actions (reset the password and
 * update the secret, widen the token's scope map, create the secret here, assign acrpull).
 */
import type {Registry, ServicePrincipal} from '../../azure/azure.js';
import type {KubeCluster} from '../../kubernetes/kubernetes.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import type {Action, Plan} from '../../wizard/engine.js';
import type {Diagnosis, DiagnosisFacts} from '../../diagnosis/classify.js';
import {remedyFor, type RemedyFacts} from '../../diagnosis/remedy.js';
import {assertNever} from '../../wizard/errors.js';
import {resetPasswordAction} from './existing-service-principal.js';
import {assignRoleAction} from './roles.js';
import {importImagePlan, sampleImage} from '../shared/sample-image.js';
import {secretAction} from './secret.js';
import {sessionOf, setCredential, type PullCredential, type PullTarget} from './session.js';
import {passwordAction, scopeMapAction} from './token.js';
import {secretVariables, type SecretVariable} from '../../commands/variables.js';

/** The journal step id of the fixes. */
const fixStepId = 'pull-secret-fix';

/** What the fixes need, and what they learn: whether the principal can pull (so a 401 means its password). */
export type FixInput = {
	readonly cluster: KubeCluster;
	readonly registry: Registry;
	readonly target: PullTarget;
	readonly secretName: string;
	/** The image the pod pulls (the compliant variant's, once chosen). */
	image: string;
	/** Held by the principal when the pod was deployed; set once the acrpull fix ran. */
	pullRoleHeld: boolean;
	/** Numbers each offered fix, so a fix applied twice is not skipped as already done. */
	count: number;
};

function updateSecret(context: Context, input: FixInput, credential: PullCredential, suffix: string, exists = true): Action {
	const {cluster, registry, target, secretName} = input;
	return secretAction(
		context,
		cluster,
		{registry, target, credential, secretName, exists, patchServiceAccount: false},
		{id: `fix-secret:${secretName}${suffix}`, force: true},
	);
}

/** Wraps an action that leaves a new password in the session under `passwordId`: the credential takes it. */
function takingPassword(context: Context, action: Action, passwordId: string, credential: PullCredential, passwordVariable: SecretVariable): Action {
	const session = sessionOf(context);
	return {
		...action,
		run: async () => {
			const result = await action.run();
			const password = session.secrets.get(passwordId);
			if (password) setCredential(session, {...(session.credential ?? credential), password, passwordVariable});
			return result;
		},
	};
}

function assignPull(context: Context, input: FixInput, principal: ServicePrincipal, suffix: string): Plan {
	const base = assignRoleAction(context, {
		registry: input.registry,
		role: 'acrpull',
		name: principal.displayName,
		assignee: principal.appId,
		principal: () => principal,
	});
	const action: Action = {...base, id: `${base.id}${suffix}`, run: async () => base.run().then((result) => ((input.pullRoleHeld = true), result))};
	return {stepId: fixStepId, title: messages().pullSecret.fix.assignTitle(principal.displayName), actions: [action]};
}

function newPassword(context: Context, input: FixInput, credential: PullCredential, suffix: string): Plan | undefined {
	const text = messages().pullSecret.fix;
	const {principal, token} = credential;
	if (token) {
		const id = `token-password:${token.name}${suffix}`;
		const generate = takingPassword(context, passwordAction(context, input.registry, token, token.expiryDays, id), id, credential, secretVariables.token);
		return {
			stepId: fixStepId,
			title: text.tokenPasswordTitle(token.name),
			actions: [generate, updateSecret(context, input, {...credential, passwordVariable: secretVariables.token}, suffix)],
			notes: [text.passwordNote],
		};
	}
	if (!principal) return undefined;
	const reset = resetPasswordAction(context, principal);
	// The reset keeps the new password in $PASSWORD: the secret's command that follows uses it.
	const fresh = takingPassword(context, {...reset, id: `${reset.id}${suffix}`}, reset.id, credential, secretVariables.servicePrincipal);
	return {
		stepId: fixStepId,
		title: text.resetTitle(principal.displayName),
		actions: [fresh, updateSecret(context, input, {...credential, passwordVariable: secretVariables.servicePrincipal}, suffix)],
		notes: [text.passwordNote],
	};
}

function widenScope(context: Context, input: FixInput, credential: PullCredential, repository: string, suffix: string): Plan | undefined {
	const {token} = credential;
	if (!token) return undefined;
	const placeholder = {id: '', name: token.scopeMapName, actions: []};
	const action = scopeMapAction(
		context,
		input.registry,
		{...token, repositories: [repository], access: 'pull'},
		{map: placeholder},
		`fix-scope-map:${token.scopeMapName}:${repository}${suffix}`,
	);
	return {stepId: fixStepId, title: messages().pullSecret.fix.scopeTitle(token.scopeMapName, repository), actions: [action]};
}

/** The facts of this path's pod at the moment a fix is asked for (the principal may have been given its role since). */
function remedyFacts(input: FixInput, facts: DiagnosisFacts, credential: PullCredential): RemedyFacts {
	return {
		...facts,
		image: input.image,
		secretName: input.secretName,
		namespace: input.target.namespace,
		credential: credential.token ? 'token' : 'service-principal',
		pullRoleHeld: input.pullRoleHeld,
		sampleImage: sampleImage.image,
	};
}

/**
 * The fix for a diagnosis, or undefined when this path has none (a wrong login server is
 * not the secret's doing): the remedy is decided from the facts (`diagnosis/remedy.ts`), and
 * turned here into this path's plan. Built synchronously, as the deploy step asks for it.
 */
export function fixFor(context: Context, input: FixInput, facts: DiagnosisFacts): (diagnosis: Diagnosis) => Plan | undefined {
	return (diagnosis) => {
		const credential = sessionOf(context).credential;
		if (!credential) return undefined;
		const remedy = remedyFor(diagnosis, remedyFacts(input, facts, credential));
		if (!remedy) return undefined;
		const suffix = `#${++input.count}`;
		const text = messages().pullSecret.fix;
		switch (remedy.kind) {
			case 'grant-pull':
				return credential.principal ? assignPull(context, input, credential.principal, suffix) : undefined;
			case 'new-password':
				return newPassword(context, input, credential, suffix);
			case 'widen-token-scope':
				return widenScope(context, input, credential, remedy.repository, suffix);
			case 'write-secret':
				return {
					stepId: fixStepId,
					title: remedy.exists ? text.serverTitle(remedy.name, remedy.server) : text.createTitle(remedy.name, remedy.namespace),
					actions: [updateSecret(context, input, credential, suffix, remedy.exists)],
				};
			case 'import-sample':
				return importImagePlan(context, input.registry, {stepId: fixStepId});
			default:
				return assertNever(remedy);
		}
	};
}
