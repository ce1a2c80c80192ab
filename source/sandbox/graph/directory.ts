/**
 * Graph actions az sends beyond plain reads: `POST /directoryObjects/getByIds` (how `az role assignment list`
 * names principals) and `removePassword` on service principals and applications (how a second
 * `az ad sp credential reset` replaces the first password).
 */
import type {Router, SandboxRequest, SandboxResponse} from '../http/router.js';
import {bodyObject, stringArray, stringField, type SandboxContext} from '../context.js';
import type {Application, PasswordCredential, ServicePrincipal} from '../state.js';
import {graphBadRequest} from './graph-errors.js';
import {findApplication, findServicePrincipal} from './lookups.js';

/** How the caller renders the directory objects it serves elsewhere, so both answers agree. */
export type DirectoryRenderers = {
	readonly servicePrincipalJson: (s: ServicePrincipal) => Record<string, unknown>;
	readonly applicationJson: (a: Application) => Record<string, unknown>;
};

const odataType = {user: '#microsoft.graph.user', servicePrincipal: '#microsoft.graph.servicePrincipal', application: '#microsoft.graph.application'} as const;

/** Removes the password with the body's `keyId`; Graph answers 204, or 400 for a key it does not hold. */
function removePassword(ctx: SandboxContext, request: SandboxRequest, from: PasswordCredential[]): SandboxResponse {
	const keyId = stringField(bodyObject(request), 'keyId');
	if (keyId === undefined) {
		throw graphBadRequest(ctx, request, "A value is required for property 'keyId' of resource 'PasswordCredential'.");
	}
	const index = from.findIndex((p) => p.keyId.toLowerCase() === keyId.toLowerCase());
	if (index < 0) {
		throw graphBadRequest(ctx, request, `No password credential with keyId '${keyId}' was found.`);
	}
	from.splice(index, 1);
	// The removed password stops signing in and pulling at once.
	ctx.notifyAccessChange();
	return {status: 204};
}

/** Serves getByIds and removePassword. */
export function addDirectoryRoutes(router: Router, ctx: SandboxContext, render: DirectoryRenderers): void {
	router
		.add('POST', '/v1.0/directoryObjects/getByIds', (r) => {
			const body = bodyObject(r);
			const ids = stringArray(body, 'ids').map((id) => id.toLowerCase());
			const types = stringArray(body, 'types').map((t) => t.toLowerCase());
			const wants = (type: string) => types.length === 0 || types.includes(type.toLowerCase());
			const value: Record<string, unknown>[] = [];
			for (const id of ids) {
				const user = ctx.state.users.get(id);
				if (user && wants('user')) {
					value.push({'@odata.type': odataType.user, id: user.id, displayName: user.displayName, userPrincipalName: user.userPrincipalName});
					continue;
				}
				const sp = ctx.state.servicePrincipals.get(id);
				if (sp && wants('servicePrincipal')) {
					value.push({'@odata.type': odataType.servicePrincipal, ...render.servicePrincipalJson(sp)});
					continue;
				}
				const app = ctx.state.applications.get(id);
				if (app && wants('application')) {
					value.push({'@odata.type': odataType.application, ...render.applicationJson(app)});
				}
			}
			return {status: 200, body: {'@odata.context': `${r.baseUrl}/graph/v1.0/$metadata#directoryObjects`, value}};
		})
		.add('POST', '/v1.0/servicePrincipals/:id/removePassword', (r, p) => removePassword(ctx, r, findServicePrincipal(ctx, r, p.id ?? '').passwordCredentials))
		.add('POST', '/v1.0/applications/:id/removePassword', (r, p) => removePassword(ctx, r, findApplication(ctx, r, p.id ?? '').passwordCredentials));
}
