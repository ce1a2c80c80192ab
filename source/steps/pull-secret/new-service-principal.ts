/**
 * Credential 1: a new service principal with a role scoped to the registry, as
 * `az ad sp create-for-rbac --name <name> --scopes <registry id> --role acrpull` makes it.
 */
import type {Registry, ServicePrincipal} from '../../azure/azure.js';
import {adAppDeleteCommand, createForRbacCommand} from '../../commands/az.js';
import {messages} from '../../messages/catalog.js';
import {secretVariables} from '../../commands/variables.js';
import type {Context} from '../../wizard/context.js';
import {refusalText} from '../shared/activity.js';
import {applyPlan, type Action, type Plan} from '../../wizard/engine.js';
import {validateServicePrincipalName} from './names.js';
import {assignRoleAction, askRole} from './roles.js';
import {SecretValue, sessionOf, type PullCredential, type RoleName} from './session.js';
import {withActivity} from '../shared/activity.js';
import {credentialStepId, graphBase} from './plan-ids.js';
import {existingServicePrincipal} from './existing-service-principal.js';
import {undoable} from '../../wizard/journal.js';

/** The seeds' example name (their "already exists" error names `http://acr-service-principal`). */
const defaultPrincipalName = 'acr-service-principal';

/**
 * The appId of the principal of this name that this run made and has not undone, as its record says: a resumed run
 * (a new process, whose memory lost the principal and its password) adopts it instead of making a second one.
 */
function madeByThisRun(context: Context, name: string): string | undefined {
	for (const entry of undoable(context.store.getState().journal)) {
		const undo = entry.undo;
		if (entry.stepId === credentialStepId && entry.id === `create-service-principal:${name}` && undo?.kind === 'delete-service-principal')
			return undo.params.appId;
	}
	return undefined;
}

/** The name asked, and whether a principal of that name exists (one this run did not create). */
async function askName(context: Context, declined: ReadonlySet<string> = new Set()): Promise<{readonly name: string; readonly taken: boolean}> {
	const text = messages().pullSecret.newPrincipal;
	const ours = sessionOf(context).principals;
	const taken = new Set<string>();
	const name = await context.prompter.text({
		id: 'pull-secret-sp-name',
		message: text.question,
		flag: '--sp-name',
		hint: text.hint,
		default: defaultPrincipalName,
		validate: validateServicePrincipalName,
		check: async (name) => {
			// One this run created is reused, not refused: re-running (or resuming) must not ask for another name.
			if (ours.has(name) || madeByThisRun(context, name) !== undefined) return undefined;
			// A name whose principal the user chose not to reuse is refused: another name is wanted.
			if (declined.has(name)) return text.exists(name);
			try {
				const found = await context.azure.findServicePrincipals(name);
				// A taken name is not refused here: the next question offers to reuse that principal.
				if (found.length > 0) taken.add(name);
				return undefined;
			} catch (error: unknown) {
				return refusalText(context.explain(error));
			}
		},
	});
	return {name, taken: taken.has(name)};
}

/** Whether to reuse the principal that holds the name: asked (reuse first), or --reuse-service-principal; a --yes run without it stops and names both ways on. */
async function askReuse(context: Context, name: string): Promise<boolean> {
	const text = messages().pullSecret.newPrincipal;
	const answer = await context.prompter.select({
		id: 'pull-secret-sp-reuse',
		message: text.reuseQuestion(name),
		flag: '--reuse-service-principal',
		flagHint: text.reuseFlagHint(name),
		// No default: a run that cannot ask must not add a password to someone's principal unless told to.
		choices: [
			{value: 'yes', label: text.reuseLabel, hint: text.reuseHint},
			{value: 'no', label: text.renameLabel},
		],
	});
	return answer === 'yes';
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
				// Deleting the principal (its undo, listed with it) removes the password too.
				secretMade: {note: text.passwordUnstored(name)},
				undo: {
					sentence: text.undoSentence(name),
					command: adAppDeleteCommand(principal.appId),
					kind: 'delete-service-principal',
					params: {appId: principal.appId, objectId: principal.objectId, displayName: principal.displayName},
				},
			};
		},
		// A dry run goes on with the principal the script's variables name (its appId is known once it exists) and no password.
		preview: () => {
			session.principals.set(name, {appId: '$USER_NAME', objectId: '', displayName: name});
			session.secrets.set(id, new SecretValue(''));
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
export async function newServicePrincipal(context: Context, registry: Registry): Promise<PullCredential | 'blocked' | undefined> {
	const declined = new Set<string>();
	let asked = await askName(context);
	// Resumed after the principal was made: it is this run's, its password was only in the stopped process's memory, so a new one is added.
	const adopted = sessionOf(context).principals.has(asked.name) ? undefined : madeByThisRun(context, asked.name);
	if (adopted) return existingServicePrincipal(context, registry, {reference: adopted, reset: true});
	while (asked.taken) {
		if (await askReuse(context, asked.name)) return existingServicePrincipal(context, registry, {reference: asked.name, reset: true});
		declined.add(asked.name);
		asked = await askName(context, declined);
	}
	const {name} = asked;
	const role = await askRole(context);
	const plan = newPrincipalPlan(context, registry, name, role);
	if ((await applyPlan(plan, context)) === 'back') return undefined;
	const session = sessionOf(context);
	const principal = session.principals.get(name);
	const password = session.secrets.get(`create-service-principal:${name}`);
	if (!principal || !password) return undefined;
	return {kind: 'new-service-principal', username: principal.appId, password, principal, role, passwordVariable: secretVariables.servicePrincipal};
}
