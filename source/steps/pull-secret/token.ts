/**
 * Credential 3: a repository-scoped token, which needs no directory permission: a scope map
 * listing the repositories and actions, a token bound to it, and a generated password.
 */
import type {Registry, RegistryToken, ScopeMap} from '../../azure/azure.js';
import {messages} from '../../messages/catalog.js';
import {secretVariables} from '../../commands/variables.js';
import type {Context} from '../../wizard/context.js';
import {applyPlan, type Action, type Plan} from '../../wizard/engine.js';
import {WizardError} from '../../wizard/errors.js';
import {madeByThisRun} from '../../wizard/journal.js';
import {firstTry} from '../../wizard/tries.js';
import {scopeMapCommand, scopeMapDeleteCommand, tokenCommand, tokenDeleteCommand, tokenPasswordCommand, tokenPasswordDeleteCommand} from '../../commands/az.js';
import {parseRepositories, validateExpiryDays, validateRepositories, validateTokenName} from './names.js';
import {credentialStepId} from './plan-ids.js';
import {SecretValue, sessionOf, type PullCredential, type TokenSpec} from './session.js';

/** The actions of each access level, per repository (as `az acr scope-map create --repository` takes them). */
const accessActions = {pull: ['content/read', 'metadata/read'], push: ['content/read', 'content/write', 'metadata/read', 'metadata/write']} as const;

/** The ARM actions a scope map needs for the spec: `repositories/<repo>/<action>`. */
function scopeMapActions(spec: Pick<TokenSpec, 'repositories' | 'access'>): string[] {
	return spec.repositories.flatMap((repository) => accessActions[spec.access].map((action) => `repositories/${repository}/${action}`));
}

/** What is in the registry already, read before the plan so the plan says create, update or nothing. */
export type Existing = {readonly map?: ScopeMap; readonly token?: RegistryToken};

/**
 * A plan in a registry this run created, that nothing else has written to: what its actions made, for the next one to
 * use instead of reading it back (the token binds the scope map made, the password goes to the token made). Each
 * action's first try reads nothing; a try again reads, as a lost answer may have made the object after all.
 */
export type Fresh = {map?: ScopeMap; token?: RegistryToken};

/** Whether this try of an action may go by `fresh` instead of reading: its first, in a fresh plan. */
const unreadIn = (fresh: Fresh | undefined): (() => boolean) => (fresh ? firstTry() : () => false);

/** Creates the scope map, or adds the missing actions to it (`--add-repository`), or leaves it as it is. */
export function scopeMapAction(context: Context, registry: Registry, spec: TokenSpec, existing: Existing, id?: string, fresh?: Fresh): Action {
	const text = messages().pullSecret.token;
	const unread = unreadIn(fresh);
	let createTried = false;
	const wanted = scopeMapActions(spec);
	const have = existing.map?.actions ?? [];
	const missing = wanted.filter((action) => !have.includes(action));
	// An existing map that already allows everything is described by its end state, as if created.
	const update = existing.map !== undefined && missing.length > 0;
	return {
		id: id ?? `scope-map:${spec.scopeMapName}:${wanted.join(',')}`,
		sentence: update
			? text.scopeMapUpdateSentence(spec.scopeMapName, spec.repositories)
			: text.scopeMapSentence(spec.scopeMapName, spec.repositories, spec.access),
		command: scopeMapCommand(
			update ? 'update' : 'create',
			spec.scopeMapName,
			registry,
			spec.repositories,
			accessActions[spec.access],
			context.defaultSubscriptionId,
		),
		call: `PUT ${registry.id}/scopeMaps/${spec.scopeMapName}`,
		run: async () => {
			const current = unread() ? undefined : await context.azure.getScopeMap(registry.id, spec.scopeMapName);
			const needed = wanted.filter((action) => !(current?.actions ?? []).includes(action));
			// There as wanted after a try of this action that created it and lost the answer: the map is this run's.
			if (current && needed.length === 0 && !createTried) return {outcome: 'unchanged', detail: text.scopeMapUnchanged};
			if (!current || needed.length > 0) {
				createTried = current === undefined;
				// Adding keeps what other users of the map rely on, as `--add-repository` does.
				const made = await context.azure.createScopeMap(registry.id, spec.scopeMapName, [...(current?.actions ?? []), ...needed], text.scopeMapDescription);
				if (fresh) fresh.map = made;
				if (current) return {outcome: 'done', detail: text.scopeMapAdded(needed.length)};
			}
			return {
				outcome: 'done',
				undo: {
					sentence: text.scopeMapUndo(spec.scopeMapName),
					command: scopeMapDeleteCommand(spec.scopeMapName, registry, context.defaultSubscriptionId),
					kind: 'delete-scope-map',
					params: {registryId: registry.id, name: spec.scopeMapName},
				},
			};
		},
	};
}

function tokenAction(context: Context, registry: Registry, spec: TokenSpec, existing: Existing, fresh?: Fresh): Action {
	const text = messages().pullSecret.token;
	const unread = unreadIn(fresh);
	let createTried = false;
	const rebind = existing.token !== undefined && !existing.token.scopeMapId.toLowerCase().endsWith(`/scopemaps/${spec.scopeMapName.toLowerCase()}`);
	return {
		id: tokenActionId(spec),
		sentence: text.tokenSentence(spec.name, spec.scopeMapName),
		command: rebind
			? tokenCommand('update', spec.name, registry, spec.scopeMapName, context.defaultSubscriptionId)
			: tokenCommand('create', spec.name, registry, spec.scopeMapName, context.defaultSubscriptionId),
		call: `${rebind ? 'PATCH' : 'PUT'} ${registry.id}/tokens/${spec.name}`,
		run: async () => {
			const [map, current] =
				unread() && fresh?.map
					? [fresh.map, undefined]
					: await Promise.all([context.azure.getScopeMap(registry.id, spec.scopeMapName), context.azure.getToken(registry.id, spec.name)]);
			if (!map) throw new WizardError(text.scopeMapMissing(spec.scopeMapName));
			const bound = current !== undefined && current.scopeMapId.toLowerCase() === map.id.toLowerCase();
			// There and bound after a try of this action that created it and lost the answer: the token is this run's.
			if (bound && !createTried) return {outcome: 'unchanged', detail: text.tokenUnchanged};
			// Rebinding patches the scope map only, as az acr token update does: a PUT would replace the token and drop its passwords.
			if (current && !bound) {
				await context.azure.updateTokenScopeMap(registry.id, spec.name, map.id);
				return {outcome: 'done', detail: text.tokenRebound(spec.scopeMapName)};
			}
			if (!current) {
				createTried = true;
				const made = await context.azure.createToken(registry.id, spec.name, map.id);
				if (fresh) fresh.token = made;
			}
			return {
				outcome: 'done',
				undo: {
					sentence: text.tokenUndo(spec.name),
					command: tokenDeleteCommand(spec.name, registry, context.defaultSubscriptionId),
					kind: 'delete-token',
					params: {registryId: registry.id, name: spec.name},
				},
			};
		},
	};
}

/** The id of the action that makes (or finds) the token. */
function tokenActionId(spec: Pick<TokenSpec, 'name' | 'scopeMapName'>): string {
	return `token:${spec.name}:${spec.scopeMapName}`;
}

/** The expiry as an ISO date `days` from now, or undefined for a password that does not expire. */
function expiryFrom(now: Date, days: number | undefined): string | undefined {
	return days === undefined ? undefined : new Date(now.getTime() + days * 86_400_000).toISOString();
}

/** Which password slot to fill: an empty one, so a password someone else uses stays valid; password2 when both are set. */
export function passwordSlot(token: RegistryToken | undefined): {
	readonly slot: 'password1' | 'password2';
	readonly kept?: 'password1' | 'password2';
	readonly replaced: boolean;
} {
	const used = new Set((token?.passwords ?? []).map((password) => password.name));
	if (!used.has('password1')) return used.has('password2') ? {slot: 'password1', kept: 'password2', replaced: false} : {slot: 'password1', replaced: false};
	return {slot: 'password2', kept: 'password1', replaced: used.has('password2')};
}

/** Generates a password of the token (in the slot `passwordSlot` picks from `token` as planned) into the session, under the action's id. */
export function passwordAction(
	context: Context,
	registry: Registry,
	spec: TokenSpec,
	days: number | undefined,
	id = `token-password:${spec.name}`,
	planned?: RegistryToken,
	fresh?: Fresh,
): Action {
	const text = messages().pullSecret.token;
	const unread = unreadIn(fresh);
	const session = sessionOf(context);
	// A fix regenerates the slot this run filled; a new password goes into a free one.
	const slot = session.tokenSlots.get(spec.name) ?? passwordSlot(planned).slot;
	return {
		id,
		sentence: text.passwordSentence(spec.name, days, slot),
		command: tokenPasswordCommand(spec.name, registry, days, context.defaultSubscriptionId, slot),
		call: `POST ${registry.id}/generateCredentials`,
		// The password goes with the token when this run made it (its undo deletes the token).
		goesWith: [{stepId: credentialStepId, id: tokenActionId(spec)}],
		run: async () => {
			const token = unread() && fresh?.token ? fresh.token : await context.azure.getToken(registry.id, spec.name);
			if (!token) throw new WizardError(text.tokenMissing(spec.name));
			// The slot shown is the slot filled: it was chosen from the token as it was when the plan was made.
			const {password} = await context.azure.generateTokenPassword(registry.id, token.id, slot, expiryFrom(context.clock.now(), days));
			session.secrets.set(id, new SecretValue(password.value));
			session.tokenSlots.set(spec.name, slot);
			return {
				outcome: 'done',
				detail: password.expiresAt ? text.passwordExpires(password.expiresAt) : text.passwordNeverExpires,
				secretMade: {
					note: text.passwordUnstored(spec.name, slot),
					remove: tokenPasswordDeleteCommand(spec.name, registry, slot, context.defaultSubscriptionId),
				},
			};
		},
		// A dry run goes on without a password: the pull secret's command shows its placeholder.
		preview: () => session.secrets.set(id, new SecretValue('')),
	};
}

/** The plan's note on the password slot, when the token already holds a password. */
function slotNotes(name: string, token: RegistryToken | undefined): string[] {
	const {slot, kept, replaced} = passwordSlot(token);
	return kept ? [messages().pullSecret.token.slotNote(name, slot, kept, replaced)] : [];
}

/** The plan: scope map, token, password; existing ones are reused and reported unchanged. */
async function tokenPlan(context: Context, registry: Registry, spec: TokenSpec, days: number | undefined): Promise<Plan> {
	// A registry this run created has neither, until this plan made them: nothing to read on the way from the registry to
	// the pod, and each action hands the next what it made (a try again reads before it writes).
	const {journal} = context.store.getState();
	const empty = madeByThisRun(journal, registry.id) && !journal.some((entry) => entry.stepId === credentialStepId);
	const [map, token] = empty
		? [undefined, undefined]
		: await Promise.all([context.azure.getScopeMap(registry.id, spec.scopeMapName), context.azure.getToken(registry.id, spec.name)]);
	const existing: Existing = {map, token};
	const fresh: Fresh | undefined = empty ? {} : undefined;
	return {
		stepId: credentialStepId,
		title: messages().pullSecret.token.planTitle(spec.name),
		actions: [
			scopeMapAction(context, registry, spec, existing, undefined, fresh),
			tokenAction(context, registry, spec, existing, fresh),
			passwordAction(context, registry, spec, days, undefined, token, fresh),
		],
		notes: [...slotNotes(spec.name, token), messages().pullSecret.token.passwordNote],
	};
}

async function askSpec(context: Context): Promise<{spec: TokenSpec; days: number | undefined}> {
	const text = messages().pullSecret.token;
	const {prompter} = context;
	const name = await prompter.text({
		id: 'pull-secret-token-name',
		message: text.nameQuestion,
		flag: '--token-name',
		hint: text.nameHint,
		default: 'acr-pull-token',
		validate: validateTokenName,
	});
	const repositories = await prompter.text({
		id: 'pull-secret-token-repositories',
		message: text.repositoriesQuestion,
		flag: '--repository',
		hint: text.repositoriesHint,
		default: 'nginx',
		validate: validateRepositories,
	});
	const access = await prompter.select({
		id: 'pull-secret-token-access',
		message: text.accessQuestion,
		flag: '--token-access',
		choices: [
			{value: 'pull', label: text.pullLabel, hint: text.pullHint},
			{value: 'push', label: text.pushLabel, hint: text.pushHint},
		],
		default: 'pull',
	});
	const expiry = await prompter.text({
		id: 'pull-secret-token-expiry',
		message: text.expiryQuestion,
		flag: '--expiry-days',
		hint: text.expiryHint,
		default: '',
		defaultLabel: text.expiryNever,
		validate: validateExpiryDays,
	});
	const days = expiry.trim() === '' ? undefined : Number(expiry.trim());
	const spec: TokenSpec = {
		name,
		scopeMapName: `${name}-scope-map`,
		repositories: parseRepositories(repositories),
		access: access === 'push' ? 'push' : 'pull',
		expiryDays: days,
	};
	return {spec, days};
}

/** Asks the token's name, repositories, access and expiry, then runs the plan; undefined when the user went back. */
export async function repositoryToken(context: Context, registry: Registry): Promise<PullCredential | undefined> {
	const {spec, days} = await askSpec(context);
	const plan = await tokenPlan(context, registry, spec, days);
	if ((await applyPlan(plan, context)) === 'back') return undefined;
	const password = sessionOf(context).secrets.get(`token-password:${spec.name}`);
	if (!password) return undefined;
	return {kind: 'token', username: spec.name, password, token: spec, passwordVariable: secretVariables.token};
}
