/**
 * The seeds' sample image: `az acr import` of Docker Hub's nginx as nginx:v1, skipped when the tag is
 * there. Docker Hub rate-limits anonymous pulls (ACR's import servers share the limit), so a throttled
 * import is said plainly and offers the same nginx from mcr.microsoft.com (no pull limit), or Docker
 * Hub credentials (`az acr import --username/--password`, the password from stdin with --yes).
 */
import {AzureError, type Registry} from '../../azure/azure.js';
import {messages} from '../../messages/catalog.js';
import {quotedVariable, secretVariables} from '../../commands/variables.js';
import {readSecretFromStdin} from '../../probes/stdin.js';
import type {Context} from '../../wizard/context.js';
import {goesWithMade, madeByThisRun} from '../../wizard/journal.js';
import {applyPlan, freshActionId, type Plan} from '../../wizard/engine.js';
import {PromptRequiredError, WizardError} from '../../wizard/errors.js';
import {SecretValue} from '../../wizard/session.js';
import {withActivity} from './activity.js';
import {acrImportCommand} from '../../commands/az.js';
import {importRegistryImageCommand} from '../../commands/powershell.js';

/** The image the seeds import and deploy. */
export const sampleImage = {source: 'docker.io/library/nginx:latest', image: 'nginx:v1', repository: 'nginx'} as const;

/** The same nginx on Microsoft's registry (the one AKS articles deploy), which has no anonymous pull limit. */
export const mcrSampleSource = 'mcr.microsoft.com/oss/nginx/nginx:1.15.5-alpine';

/** The non-root nginx (listens on 8080, runs as uid 101) of the variant for namespaces that enforce Pod Security "restricted". */
export const unprivilegedSample = {source: 'docker.io/nginxinc/nginx-unprivileged:latest', image: 'nginx-unprivileged:v1', port: 8080, user: 101} as const;

/** Where the sample comes from: Docker Hub (the seeds'), mcr.microsoft.com, or the non-root variant. */
export type ImportSource = 'docker-hub' | 'mcr' | 'unprivileged';

/** A Docker Hub account for the import; the password only in memory. */
export type SourceCredentials = {readonly username: string; readonly password: SecretValue};

/** The placeholder the equivalent command shows for the source registry's password. */
const passwordPlaceholder = quotedVariable(secretVariables.dockerHub);

/** Whether an import failed on Docker Hub's rate limit (the registry error code `toomanyrequests`). */
function isDockerHubThrottle(error: unknown): boolean {
	return error instanceof AzureError && (error.code === 'TooManyRequests' || /\btoomanyrequests\b/i.test(error.message)) && /docker\.io/i.test(error.message);
}

/** Whether `image` (`repository:tag`) is in the registry, read through its data plane; undefined when it cannot be read. */
async function tagThere(context: Pick<Context, 'azure'>, registry: Registry, image: string): Promise<boolean | undefined> {
	const colon = image.lastIndexOf(':');
	const [repository, tag] = colon > 0 ? [image.slice(0, colon), image.slice(colon + 1)] : [image, 'latest'];
	try {
		return (await context.azure.getTagManifest(registry.loginServer, repository, tag)) !== undefined;
	} catch {
		return undefined;
	}
}

/** How an import is made: its progress, the source registry's sign-in, and whether this run made the registry. */
export type ImportOptions = {
	readonly progress?: (status: string) => void;
	readonly credentials?: {readonly username: string; readonly password: string};
	/**
	 * The registry was created by this run: it starts empty, so the tag is not read first (a data-plane sign-in and a
	 * read, on the way from the registry to the pods). Made there meanwhile, the import's refusal still reads it.
	 */
	readonly madeByThisRun?: boolean;
};

/**
 * Imports `source` as `image` unless the tag is there: "already there" is decided by reading the target tag, never by
 * the wording of ACR's refusal (which varies) nor by a 409 alone (an operation in progress is a 409 too). The tag is
 * read before the import (unless this run made the registry), and again after a refusal; only when it cannot be read
 * does ACR's Conflict code decide.
 */
export async function importUnlessThere(
	context: Pick<Context, 'azure'>,
	registry: Registry,
	source: string,
	image: string,
	{progress, credentials, madeByThisRun = false}: ImportOptions = {},
): Promise<{created: boolean}> {
	if (!madeByThisRun && (await tagThere(context, registry, image)) === true) return {created: false};
	let created: boolean;
	try {
		({created} = credentials
			? await context.azure.importImage(registry.id, source, image, progress, credentials)
			: await context.azure.importImage(registry.id, source, image, progress));
	} catch (error: unknown) {
		// Made meanwhile (another import, a lost answer of this one): it is there, whatever the refusal said.
		if ((await tagThere(context, registry, image)) === true) return {created: false};
		throw error;
	}
	if (created || (await tagThere(context, registry, image)) !== false) return {created};
	throw new AzureError(messages().registry.import.conflictNotThere(image, registry.name), 'Conflict', 409);
}

/**
 * The plan importing the sample image into `registry`; `unchanged` when the tag already exists.
 * As a fix (`stepId`: the image has gone missing since), it runs under the fixing step with a fresh
 * action id, so an import already journaled does not make the fix a no-op.
 */
export function importImagePlan(
	context: Pick<Context, 'azure' | 'store' | 'defaultSubscriptionId'>,
	registry: Registry,
	options: {readonly stepId?: string; readonly source?: ImportSource; readonly credentials?: SourceCredentials} = {},
): Plan {
	const text = messages().registry.import;
	const image = options.source === 'unprivileged' ? unprivilegedSample.image : sampleImage.image;
	const source = options.source === 'mcr' ? mcrSampleSource : options.source === 'unprivileged' ? unprivilegedSample.source : sampleImage.source;
	const {credentials} = options;
	const stepId = options.stepId ?? 'registry';
	const base = `import-${registry.name}-${image}${options.source === 'mcr' ? '-mcr' : ''}${credentials ? '-signed-in' : ''}`;
	const note = options.source === 'mcr' ? text.noteMcr : options.source === 'unprivileged' ? text.noteUnprivileged : text.note;
	return {
		stepId,
		title: text.planTitle,
		notes: [note],
		actions: [
			{
				id: options.stepId === undefined ? base : freshActionId(context, stepId, base),
				sentence: text.sentence(source, registry.name, image),
				command: acrImportCommand(
					registry,
					source,
					image,
					context.defaultSubscriptionId,
					credentials ? {username: credentials.username, password: passwordPlaceholder} : undefined,
				),
				call: `POST ${registry.id}/importImage`,
				// Import-AzContainerRegistryImage takes the source's credentials the same way; without them it is the whole equivalent.
				...(credentials ? {} : {powershell: importRegistryImageCommand(registry, source, image)}),
				// Deleting a registry this run created takes the image with it.
				...goesWithMade(context.store.getState().journal, registry.id),
				run: async () => {
					try {
						const empty = madeByThisRun(context.store.getState().journal, registry.id);
						const {created} = await withActivity(
							context,
							(status) => text.progress(image, status),
							async (progress) =>
								importUnlessThere(context, registry, source, image, {
									progress,
									madeByThisRun: empty,
									...(credentials ? {credentials: {username: credentials.username, password: credentials.password.reveal()}} : {}),
								}),
						);
						return created ? {outcome: 'done', detail: text.imported(registry.loginServer, image)} : {outcome: 'unchanged', detail: text.alreadyThere(image)};
					} catch (error: unknown) {
						if (!isDockerHubThrottle(error)) throw error;
						throw new WizardError(text.throttled, {code: 'toomanyrequests', suggestion: text.throttledFix(mcrSampleSource), cause: error});
					}
				},
			},
		],
	};
}

type AfterFailure = 'retry' | 'skip' | 'mcr' | 'credentials';

/**
 * After a failed import: retry it or go on without the image; after Docker Hub's rate limit, also the
 * image from mcr.microsoft.com (the default, so a non-interactive run still gets its sample) or a
 * Docker Hub sign-in. Skipping stays the default otherwise, since the sample's diagnosis offers the import again.
 */
async function afterFailure(context: Context, throttled: boolean): Promise<AfterFailure> {
	const text = messages();
	const own = text.registry.import;
	const answer = await context.prompter.select({
		id: 'import-failed',
		message: own.afterFailure,
		choices: [
			...(throttled
				? [
						{value: 'mcr', label: own.useMcr, hint: mcrSampleSource},
						{value: 'credentials', label: own.signIn, hint: own.signInHint},
					]
				: []),
			{value: 'retry', label: text.engine.retry},
			{value: 'skip', label: own.skip, hint: own.skipHint},
		],
		default: throttled ? 'mcr' : 'skip',
	});
	return answer === 'retry' || answer === 'mcr' || answer === 'credentials' ? answer : 'skip';
}

/** The password piped on stdin; a terminal there (nothing piped) is said with the way to pipe it. */
async function passwordFromStdin(): Promise<SecretValue> {
	const text = messages().registry.import;
	const value = await readSecretFromStdin();
	if (value === undefined || value === '') throw new WizardError(text.passwordStdinMissing, {suggestion: text.passwordStdinFix, code: 'PasswordStdinEmpty'});
	return new SecretValue(value);
}

/** The Docker Hub account: `--source-username` (or asked), the password from stdin (`--source-password-stdin`) or asked, masked. */
async function askCredentials(context: Context): Promise<SourceCredentials> {
	const text = messages().registry.import;
	const username =
		context.flags.sourceUsername ??
		(await context.prompter.text({
			id: 'import-source-username',
			message: text.username,
			flag: '--source-username',
			validate: (value) => (value.trim() === '' ? text.usernameEmpty : undefined),
		}));
	const password = context.flags.sourcePasswordStdin
		? await passwordFromStdin()
		: new SecretValue(
				await context.prompter.secret({
					id: 'import-source-password',
					message: text.password(username),
					flag: '--source-password-stdin',
					validate: (value) => (value === '' ? text.passwordEmpty : undefined),
				}),
			);
	return {username: username.trim(), password};
}

/** Runs `attempt`; a failure of the import itself resolves to its code, going back to `'back'`, anything else (questions, cancels) passes through. */
async function failure(attempt: () => Promise<'applied' | 'back'>): Promise<{code?: string} | 'back' | undefined> {
	try {
		return (await attempt()) === 'back' ? 'back' : undefined;
	} catch (error: unknown) {
		if (!(error instanceof WizardError) || error instanceof PromptRequiredError) throw error;
		return {...(error.code === undefined ? {} : {code: error.code})};
	}
}

/**
 * Offers the import as a plan. Going back skips it; a failure (Docker Hub unreachable or rate-limited,
 * no right to import) may be retried, taken from mcr.microsoft.com or with a Docker Hub sign-in, or skipped.
 */
export async function offerSampleImport(context: Context, registry: Registry, options: {readonly present?: boolean} = {}): Promise<void> {
	const {actions} = context.store.getState();
	const present = options.present ?? true;
	const signedIn = context.flags.sourceUsername === undefined ? undefined : await askCredentials(context);
	let plan = importImagePlan(context, registry, signedIn ? {credentials: signedIn} : {});
	// Confirmed once; the retries after a failure run without asking again.
	for (
		let failed = await failure(async () => applyPlan(plan, context, {retry: false, present}));
		failed;
		failed = await failure(async () => applyPlan(plan, context, {confirm: false, retry: false, present}))
	) {
		if (failed === 'back') {
			actions.notice(messages().registry.import.skipped);
			return;
		}
		const next = await afterFailure(context, failed.code === 'toomanyrequests');
		if (next === 'skip') {
			// Only a plan on screen put its error there.
			if (present) actions.fail(undefined);
			actions.notice(messages().registry.import.skipped);
			return;
		}
		if (next === 'mcr') plan = importImagePlan(context, registry, {source: 'mcr'});
		if (next === 'credentials') plan = importImagePlan(context, registry, {credentials: await askCredentials(context)});
	}
}
