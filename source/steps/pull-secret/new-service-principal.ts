/**
 * Credential 1: a new service principal with a role scoped to the registry, as
 * `az ad sp create-for-rbac --name <name> --scopes <registry id> --role acrpull` makes it.
 */
import type {Registry, ServicePrincipal} from '../../azure/azure.js';
import {adAppDeleteCommand, createForRbacCommand} from '../../commands/az.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import {refusalText} from '../shared/activity.js';
import {applyPlan, type Action, type Plan} from '../../wizard/engine.js';
import {validateServicePrincipalName} from './names.js';
import {assignRoleAction, askRole} from './roles.js';
import {SecretValue, sessionOf, type PullCredential, type RoleName} from './session.js';
import {withActivity} from '../shared/activity.js';

/** The seeds' example name (their "already exists" error names `http://acr-service-principal`). */
const defaultPrincipalName = 'acr-service-principal';

/** Microsoft Graph v1.0 of the cloud in use (the sandbox serves its own). */
export function graphBase(context: Context): string {
	return `${context.cloud.graphEndpoint.replace(/\/+$/, '')}/v1.0`;
}

/** The step id every credential plan journals under. */
export const credentialStepId = 'pull-secret-credential';

async function askName(context: Context): Promise<string> {
	const text = messages().pullSecret.newPrincipal;
	const ours = sessionOf(context).principals;
	return context.prompter.text({
		id: 'pull-secret-sp-name',
		message: text.question,
		hint: text.hint,
		default: defaultPrincipalName,
		validate: validateServicePrincipalName,
		check: async (name) => {
			// One this run created is reused, not refused: re-running must not ask for another name.
			if (ours.has(name)) return undefined;
			try {
				const found = await context.azure.findServicePrincipals(name);
				return found.length > 0 ? text.exists(name) : undefined;
			} catch (error: unknown) {
				return refusalText(context.explain(error));
			}
		},
	});
}

function createAction(context: Context, registry: Registry, name: string, role: RoleName): Action {
	const text = messages().pullSecret.newPrincipal;
	const session = sessionOf(context);
	const id = `create-service-principal:${name}`;
	return {
		id,
		sentence: text.sentence(name),
		command: createForRbacCommand(name, registry.id, role),
		call: `POST ${graphBase(context)}/applications, POST ${graphBase(context)}/servicePrincipals, POST ${graphBase(context)}/applications/{id}/addPassword`,
		run: async () => {
			const known = session.principals.get(name);
			if (known && session.secrets.has(id)) return {outcome: 'unchanged', detail: text.reused(name, known.appId)};
			const {principal, password} = await withActivity(
				context,
				(status) => status,
				async (progress) => context.azure.createServicePrincipal(name, progress),
			);
			session.principals.set(name, principal);
			session.secrets.set(id, new SecretValue(password.value));
			return {
				outcome: 'done',
				detail: text.created(principal.appId),
				undo: {
					sentence: text.undoSentence(name),
					command: adAppDeleteCommand(principal.appId),
					kind: 'delete-service-principal',
					params: {appId: principal.appId, objectId: principal.objectId, displayName: principal.displayName},
				},
			};
		},
	};
}

/** The plan: create the principal with a password, then assign the role at the registry's scope. */
function newPrincipalPlan(context: Context, registry: Registry, name: string, role: RoleName): Plan {
	const text = messages().pullSecret.newPrincipal;
	const principal = (): ServicePrincipal | undefined => sessionOf(context).principals.get(name);
	return {
		stepId: credentialStepId,
		title: text.planTitle(name),
		actions: [createAction(context, registry, name, role), assignRoleAction(context, {registry, role, name, assignee: '$USER_NAME', principal})],
		notes: [text.passwordNote, text.cliNote],
	};
}

/**
 * Asks the name and the role, then runs the plan. Undefined when the user went back from the
 * plan; the caller has already checked that the user may assign roles on the registry.
 */
export async function newServicePrincipal(context: Context, registry: Registry): Promise<PullCredential | undefined> {
	const name = await askName(context);
	const role = await askRole(context);
	const plan = newPrincipalPlan(context, registry, name, role);
	if ((await applyPlan(plan, context)) === 'back') return undefined;
	const session = sessionOf(context);
	const principal = session.principals.get(name);
	const password = session.secrets.get(`create-service-principal:${name}`);
	if (!principal || !password) return undefined;
	return {kind: 'new-service-principal', username: principal.appId, password, principal, role};
}
