/**
 * Role assignments for principals the directory may not have replicated yet: the attach path (a
 * kubelet identity of a cluster made a moment ago) and the pull-secret path (the service principal
 * it just created) wait by the same policy, az's budget (36 tries, 5 s apart), each wait on the
 * activity line. `principalType` is always sent: ARM then skips its own lookup of the principal.
 */
import {AzureError, type RoleAssignmentResult} from '../../azure/azure.js';
import type {WizardError} from '../../wizard/errors.js';
import {isPrincipalNotFound, untilReplicated} from '../../azure/replication.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';

/**
 * Assigns the role, waiting while ARM answers PrincipalNotFound for a principal still replicating. The
 * "may assign roles" check before is only advisory (deny assignments and conditions on the caller's role
 * are invisible to the Permissions API): a 403 on the PUT itself becomes `handOff`, the administrator hand-off.
 */
export async function assignRoleWhenReplicated(
	context: Pick<Context, 'azure' | 'clock' | 'store'>,
	input: {readonly scope: string; readonly roleDefinitionId: string; readonly principalId: string},
	handOff?: (refusal: AzureError) => WizardError,
): Promise<RoleAssignmentResult> {
	const set = context.store.getState().actions.setActivity;
	try {
		return await untilReplicated(async () => context.azure.assignRole({...input, principalType: 'ServicePrincipal'}), {
			isLag: isPrincipalNotFound,
			sleep: async (ms) => context.clock.sleep(ms),
			onWait: (attempt, tries) => set(messages().common.replication.assignment(attempt, tries)),
		});
	} catch (error: unknown) {
		if (handOff && error instanceof AzureError && error.statusCode === 403) throw handOff(error);
		throw error;
	} finally {
		set(undefined);
	}
}
