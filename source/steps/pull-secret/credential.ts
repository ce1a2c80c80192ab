/**
 * Step 2 of the pull-secret path: the credential the secret will carry. Three kinds, each
 * with one line on when to use it; a kind that needs role assignments the user may not make
 * stops before acting and points to the token, which needs no directory permission.
 */
import type {Registry} from '../../azure/azure.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import type {Step} from '../../wizard/engine.js';
import {GoBack, WizardError} from '../../wizard/errors.js';
import {existingServicePrincipal} from './existing-service-principal.js';
import {newServicePrincipal} from './new-service-principal.js';
import {sessionOf, setCredential, type CredentialKind, type PullCredential} from './session.js';
import {repositoryToken} from './token.js';

const kinds: readonly CredentialKind[] = ['new-service-principal', 'existing-service-principal', 'token'];

/** The registry chosen earlier; the path cannot run without it. */
export function requireRegistry(context: Context): Registry {
	const registry = context.store.getState().registry;
	if (!registry) throw new WizardError(messages().pullSecret.noRegistry, {suggestion: messages().pullSecret.noRegistryFix});
	return registry;
}

async function askKind(context: Context, preferred: CredentialKind): Promise<CredentialKind> {
	const text = messages().pullSecret.credential;
	const answer = await context.prompter.select({
		id: 'pull-secret-credential',
		message: text.question,
		flag: '--credential',
		hint: text.hint,
		choices: kinds.map((kind) => ({value: kind, label: text.labels[kind], hint: text.hints[kind]})),
		default: preferred,
	});
	return kinds.find((kind) => kind === answer) ?? preferred;
}

/** Runs one kind's questions and plan: the credential, `'blocked'`, or undefined (went back). */
async function obtain(context: Context, registry: Registry, kind: CredentialKind): Promise<PullCredential | 'blocked' | undefined> {
	switch (kind) {
		case 'new-service-principal':
			// Checked before any question: without it the new principal could not be given access.
			if (!(await context.azure.canWriteRoleAssignments(registry.id))) return 'blocked';
			return newServicePrincipal(context, registry);
		case 'existing-service-principal':
			return existingServicePrincipal(context, registry);
		case 'token':
			return repositoryToken(context, registry);
	}
}

/** Shows why a service principal cannot be used here, with the token as the way on. */
function showBlocked(context: Context, registry: Registry): void {
	const text = messages().pullSecret.credential;
	context.store.getState().actions.fail({message: text.blocked(registry.name), suggestion: text.blockedFix, code: 'AuthorizationFailed'});
}

/** Step 2: loops on the kind until one yields a credential; Esc inside a kind returns to the kind question. */
export const chooseCredential: Step<Context> = {
	async run(context) {
		const registry = requireRegistry(context);
		const {actions} = context.store.getState();
		let preferred: CredentialKind = sessionOf(context.store).credential?.kind ?? 'new-service-principal';
		for (;;) {
			actions.show('form');
			const kind = await askKind(context, preferred);
			actions.fail(undefined);
			let result: PullCredential | 'blocked' | undefined;
			try {
				result = await obtain(context, registry, kind);
			} catch (error: unknown) {
				if (!(error instanceof GoBack)) throw error;
				result = undefined;
			}
			if (result === 'blocked') {
				showBlocked(context, registry);
				preferred = 'token';
				continue;
			}
			preferred = kind;
			if (result) {
				setCredential(sessionOf(context.store), result);
				return;
			}
		}
	},
};
