/** The one translator the engine uses: Azure first, then Kubernetes, then anything else as it is. */
import {explainAzureError} from './explain-azure.js';
import {explainKubeError} from './explain-kube.js';
import {messages} from '../../messages/catalog.js';
import {ToolMissingError} from '../../probes/tool.js';
import {WizardError} from '../../wizard/errors.js';

/** Turns any error into a WizardError in plain words, keeping the original code. */
export function explain(error: unknown): WizardError {
	if (error instanceof WizardError) return error;
	const translated = explainAzureError(error) ?? explainKubeError(error);
	if (translated) return translated;
	if (error instanceof ToolMissingError) return new WizardError(messages().errors.toolMissing(error.command), {code: 'ToolMissing', cause: error});
	if (error instanceof Error) return new WizardError(error.message, {cause: error});
	return new WizardError(String(error));
}
