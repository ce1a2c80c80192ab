/**
 * Credential 2: an existing service principal, found by appId or display name. It gets the
 * chosen role on the registry (`az role assignment create`), and its password is typed
 * (masked) or reset (`az ad sp credential reset`) when the user no longer has it.
 */
import type {Registry, ServicePrincipal} from '../../azure/azure.js';
import {spCredentialResetCommand} from '../../commands/az.js';
import {messages} from '../../messages/catalog.js';
import {secretVariables} from '../../commands/variables.js';
import type {Context} from '../../wizard/context.js';
import {refusalText} from '../shared/activity.js';
import {applyPlan, type Action, type Plan} from '../../wizard/engine.js';
import {FlagValueError, WizardError} from '../../wizard/errors.js';
import {readSecretFromStdin} from '../../probes/stdin.js';
import {isGuid, validateServicePrincipalReference} from './names.js';
import {credentialStepId, graphBase} from './plan-ids.js';
import {assignRoleAction, askRole, holdsRole} from './roles.js';
import {SecretValue, sessionOf, type PullCredential, type RoleName} from './session.js';

/** Finds the principals an answer names: by appId when it is a GUID, else by display name. */
async function lookUp(context: Context, reference: string): Promise<ServicePrincipal[]> {
	// The seeds also name a principal by one of its servicePrincipalNames, `http://<name>`.
	const trimmed = reference.trim().replace(/^https?:\/\//i, '');
	if (isGuid(trimmed)) {
		const found = await context.azure.getServicePrincipal(trimmed);
		return found ? [found] : [];
	}
	return context.azure.findServicePrincipals(trimmed);
}

async function askPrincipal(context: Context, known?: string): Promise<ServicePrincipal> {
	const text = messages().pullSecret.existing;
	const found = new Map<string, ServicePrincipal[]>();
	const reference =
		known ??
		(await context.prompter.text({
			id: 'pull-secret-sp-reference',
			message: text.question,
			flag: '--service-principal',
			hint: text.hint,
			placeholder: '00000000-0000-0000-0000-000000000000',
			validate: validateServicePrincipalReference,
			check: async (value) => {
				try {
					const principals = await lookUp(context, value);
					found.set(value, principals);
					return principals.length === 0 ? text.notFound(value.trim(), isGuid(value.trim())) : undefined;
				} catch (error: unknown) {
					return refusalText(context.explain(error));
				}
			},
		}));
	const principals = found.get(reference) ?? (await lookUp(context, reference));
	const [first] = principals;
	if (!first) throw new WizardError(text.notFound(reference.trim(), isGuid(reference.trim())));
	if (principals.length === 1) return first;
	// Display names are not unique: let the user tell them apart by appId.
	const appId = await context.prompter.select({
		id: 'pull-secret-sp-pick',
		message: text.pickQuestion(principals.length, reference.trim()),
		choices: principals.map((item) => ({value: item.appId, label: item.displayName, hint: text.appIdHint(item.appId)})),
		default: first.appId,
	});
	return principals.find((item) => item.appId === appId) ?? first;
}

/** The reset action: a new password, held in memory for the pull secret only. */
export function resetPasswordAction(context: Context, principal: ServicePrincipal): Action {
	const text = messages().pullSecret.existing;
	const id = `reset-password:${principal.appId}`;
	const session = sessionOf(context);
	return {
		id,
		sentence: text.resetSentence(principal.displayName),
		// By appId, not the seeds' `--name http://<name>`: az has not given new principals an http:// name since 2.25, so that form finds none of them.
		command: spCredentialResetCommand(principal.appId),
		// The application's object id is looked up by appId first when the principal does not carry it.
		call: principal.applicationObjectId
			? `POST ${graphBase(context)}/applications/${principal.applicationObjectId}/addPassword`
			: `GET ${graphBase(context)}/applications(appId='${principal.appId}'), POST …/applications/{id}/addPassword`,
		run: async () => {
			const password = await context.azure.resetPassword(principal);
			session.secrets.set(id, new SecretValue(password.value));
			return {
				outcome: 'done',
				detail: password.expiresAt ? text.resetDone(password.expiresAt) : undefined,
				secretMade: {note: text.passwordUnstored(principal.displayName), remove: text.passwordRemove(principal.appId)},
			};
		},
		preview: () => session.secrets.set(id, new SecretValue('')),
	};
}

async function askPassword(context: Context, principal: ServicePrincipal): Promise<SecretValue | undefined> {
	const text = messages().pullSecret.existing;
	if (context.flags.resetPassword && context.flags.passwordStdin) throw new FlagValueError(text.bothPasswordFlags, {suggestion: text.bothPasswordFlagsFix});
	if (context.flags.resetPassword) return undefined;
	if (context.flags.passwordStdin) {
		const piped = await readSecretFromStdin();
		if (piped === undefined || piped === '')
			throw new WizardError(text.passwordStdinMissing, {suggestion: text.passwordStdinFix(principal.appId), code: 'PasswordStdinEmpty'});
		return new SecretValue(piped);
	}
	const how = await context.prompter.select({
		id: 'pull-secret-sp-password',
		message: text.passwordQuestion(principal.displayName),
		choices: [
			{value: 'type', label: text.typeLabel, hint: text.typeHint},
			{value: 'reset', label: text.resetLabel, hint: text.resetHint},
		],
		default: 'type',
	});
	if (how === 'reset') return undefined;
	const value = await context.prompter.secret({
		id: 'pull-secret-sp-secret',
		message: text.secretQuestion(principal.displayName),
		flag: '--password-stdin',
		validate: (typed) => (typed.length === 0 ? text.secretEmpty : undefined),
	});
	return new SecretValue(value);
}

/** The plan: assign the role (unchanged when it is there), then reset the password if asked. */
function existingPrincipalPlan(context: Context, registry: Registry, principal: ServicePrincipal, role: RoleName, reset: boolean): Plan {
	const assignAction = assignRoleAction(context, {registry, role, name: principal.displayName, assignee: principal.appId, principal: () => principal});
	return {
		stepId: credentialStepId,
		title: messages().pullSecret.existing.planTitle(principal.displayName),
		actions: reset ? [assignAction, resetPasswordAction(context, principal)] : [assignAction],
		notes: reset ? [messages().pullSecret.existing.resetNote] : [],
	};
}

/**
 * Finds the principal, asks the role and the password, checks the user may assign the role
 * (unless it is already there), then runs the plan. `'blocked'` when the role cannot be
 * assigned by this user; undefined when the user went back from the plan.
 */
export async function existingServicePrincipal(
	context: Context,
	registry: Registry,
	reuse?: {readonly reference: string; readonly reset: true},
): Promise<PullCredential | 'blocked' | undefined> {
	const principal = await askPrincipal(context, reuse?.reference);
	const role = await askRole(context);
	if (!(await holdsRole(context, registry, principal, role)) && !(await context.azure.canWriteRoleAssignments(registry.id))) return 'blocked';
	// Reusing a principal whose name was taken: its password is not known here, so a new one is added.
	const typed = reuse ? undefined : await askPassword(context, principal);
	const plan = existingPrincipalPlan(context, registry, principal, role, typed === undefined);
	if ((await applyPlan(plan, context)) === 'back') return undefined;
	const password = typed ?? sessionOf(context).secrets.get(`reset-password:${principal.appId}`);
	if (!password) return undefined;
	// A password the user gave is read from the environment by the script; one the reset made is kept in $PASSWORD.
	const passwordVariable = typed ? secretVariables.givenServicePrincipal : secretVariables.servicePrincipal;
	return {kind: 'existing-service-principal', username: principal.appId, password, principal, role, passwordVariable};
}
