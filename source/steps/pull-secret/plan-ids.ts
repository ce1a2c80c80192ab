/** What every credential plan shares: the step id it journals under, and the Graph base its calls name. */
import type {Context} from '../../wizard/context.js';

/** Microsoft Graph v1.0 of the cloud in use (the sandbox serves its own). */
export function graphBase(context: Context): string {
	return `${context.cloud.graphEndpoint.replace(/\/+$/, '')}/v1.0`;
}

/** The step id every credential plan journals under. */
export const credentialStepId = 'pull-secret-credential';
