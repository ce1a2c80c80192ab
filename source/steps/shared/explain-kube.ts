/** Kubernetes Status reasons → plain words and a next step; the API's own message is kept as the detail. */
import {messages} from '../../messages/catalog.js';
import {WizardError} from '../../wizard/errors.js';
import {KubeError} from '../../kubernetes/kubernetes.js';
import {describeAdmissionRefusal, parseAdmissionRefusal} from '../../kubernetes/admission-refusal.js';

/** Translates a KubeError; anything else is returned as undefined for the next translator. */
export function explainKubeError(error: unknown): WizardError | undefined {
	if (!(error instanceof KubeError)) return undefined;
	const text = messages().errors.kube;
	const table: Record<string, {message: string; suggestion: string} | undefined> = {
		Forbidden: text.Forbidden,
		Unauthorized: text.Unauthorized,
		NotFound: text.NotFound,
		AlreadyExists: text.AlreadyExists,
		Invalid: text.Invalid,
		network: text.network,
		timeout: text.timeout,
	};
	const refusal = error.reason === 'Forbidden' ? parseAdmissionRefusal(error.message) : undefined;
	if (refusal) {
		// An admission policy, not the user's rights: say which policy and which field, keep the API's words as the detail.
		const words = describeAdmissionRefusal(refusal, undefined);
		// The policy refuses the same object again: a retry cannot help, the object (or the namespace) must change.
		return new WizardError(words.explanation, {suggestion: words.suggestion, code: error.reason, cause: error, lasting: true});
	}
	const entry = table[error.reason] ?? (error.statusCode !== undefined && error.statusCode >= 500 ? text.serverError : undefined);
	if (!entry) return new WizardError(error.message || text.unknown(error.reason), {code: error.reason, cause: error});
	// The API's message says which object and field; keep it in front of the plain words.
	return new WizardError(`${entry.message} ${error.message}`.trim(), {suggestion: entry.suggestion, code: error.reason, cause: error});
}
