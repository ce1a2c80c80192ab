/**
 * Before the first change: the flags that name something in the kubeconfig are checked against
 * it (a --context that is not there), and a secret the flags say is piped is read (nothing piped
 * to --source-password-stdin), so a run is refused before a registry is created, not after.
 */
import {messages} from '../messages/catalog.js';
import {readSecretFromStdin} from '../probes/stdin.js';
import type {Context} from '../wizard/context.js';
import {FlagValueError} from '../wizard/errors.js';

/** Throws a FlagValueError (exit 2) when --context names no context of the kubeconfig, or --source-password-stdin gets nothing. */
export async function checkFlagTargets(context: Context): Promise<void> {
	if (context.flags.sourcePasswordStdin) {
		// Read once here and kept by the reader until the import asks for it; an empty pipe stops the run before any change.
		const piped = await readSecretFromStdin();
		const text = messages().registry.import;
		if (piped === undefined || piped === '') throw new FlagValueError(text.passwordStdinMissing, {suggestion: text.passwordStdinFix});
	}
	const name = context.flags.context;
	if (name === undefined) return;
	// A kubeconfig that cannot be read is the prerequisites check's to report; here only a missing context is refused.
	const info = await context.kubernetes.readKubeconfig(context.kubeconfig).catch(() => undefined);
	if (!info || info.contexts.some((item) => item.name === name)) return;
	const text = messages().flags.values;
	throw new FlagValueError(text.contextMissing(name, info.contexts.map((item) => item.name).join(', ')), {suggestion: text.contextMissingFix});
}
