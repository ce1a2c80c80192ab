import {randomUUID} from 'node:crypto';
import {ArmError} from '../http/errors.js';
import type {Router, SandboxRequest, SandboxResponse} from '../http/router.js';
import {bodyObject, objectField, stringField, type SandboxContext} from '../context.js';
import type {Application, PasswordCredential, ServicePrincipal} from '../state.js';
import {newSecret} from '../azure/registries.js';
import {addGraphDeleteRoutes} from './graph-delete.js';
import {addDirectoryRoutes} from './directory.js';
import {graphUnsupportedQuery} from './graph-errors.js';
import {applyGraphFilter, type FilterValue} from './filter.js';
import {addGroupRoutes} from './groups.js';
import {replicating} from './replication.js';
import {applicationPrincipalsOf, applicationsOf, findApplication, findServicePrincipal} from './lookups.js';

const odata = (baseUrl: string, graphBase: string, entity: string): string => `${baseUrl}${graphBase}/v1.0/$metadata#${entity}`;

const passwordJson = (p: PasswordCredential, withSecret: boolean): Record<string, unknown> => ({
	customKeyIdentifier: null,
	displayName: p.displayName,
	endDateTime: p.endDateTime,
	hint: p.hint,
	keyId: p.keyId,
	secretText: withSecret ? p.secretText : null,
	startDateTime: p.startDateTime,
});

export const applicationJson = (a: Application): Record<string, unknown> => ({
	id: a.id,
	appId: a.appId,
	displayName: a.displayName,
	createdDateTime: a.createdDateTime,
	signInAudience: 'AzureADMyOrg',
	passwordCredentials: a.passwordCredentials.map((p) => passwordJson(p, false)),
});

export const servicePrincipalJson = (s: ServicePrincipal): Record<string, unknown> => ({
	id: s.id,
	appId: s.appId,
	displayName: s.displayName,
	accountEnabled: true,
	servicePrincipalType: s.servicePrincipalType,
	servicePrincipalNames: [s.appId],
	passwordCredentials: s.passwordCredentials.map((p) => passwordJson(p, false)),
});

const spSchema = {
	id: 'string',
	appId: 'string',
	displayName: 'string',
	servicePrincipalType: 'string',
	accountEnabled: 'boolean',
	servicePrincipalNames: 'collection',
} as const;
const appSchema = {id: 'string', appId: 'string', displayName: 'string', signInAudience: 'string', identifierUris: 'collection'} as const;

/** The items a `$filter` selects, or Graph's 400 `Request_UnsupportedQuery` for a form it does not take. */
function filtered<T>(
	ctx: SandboxContext,
	request: SandboxRequest,
	resource: 'ServicePrincipal' | 'Application',
	items: readonly T[],
	read: (item: T, property: string) => FilterValue,
): T[] {
	const schema = resource === 'ServicePrincipal' ? spSchema : appSchema;
	const result = applyGraphFilter(request.query.get('$filter'), items, schema, read);
	if (!result.ok) {
		throw graphUnsupportedQuery(ctx, request, resource, result.refusal.property);
	}
	return result.items;
}

const readServicePrincipal = (s: ServicePrincipal, property: string): FilterValue =>
	property === 'servicePrincipalNames' ? [s.appId] : property === 'accountEnabled' ? true : ((s as unknown as Record<string, string>)[property] ?? null);
const readApplication = (a: Application, property: string): FilterValue =>
	property === 'identifierUris' ? [] : property === 'signInAudience' ? 'AzureADMyOrg' : ((a as unknown as Record<string, string>)[property] ?? null);

function addPassword(ctx: SandboxContext, request: SandboxRequest, into: PasswordCredential[]): SandboxResponse {
	const wanted = objectField(bodyObject(request), 'passwordCredential');
	const now = ctx.clock.now();
	const secretText = `${newSecret()}~${newSecret().slice(0, 8)}`;
	const credential: PasswordCredential = {
		keyId: randomUUID(),
		displayName: stringField(wanted, 'displayName') ?? null,
		hint: secretText.slice(0, 3),
		secretText,
		startDateTime: stringField(wanted, 'startDateTime') ?? now.toISOString(),
		endDateTime: stringField(wanted, 'endDateTime') ?? new Date(now.getTime() + 2 * 365 * 86_400_000).toISOString(),
	};
	into.push(credential);
	ctx.notifyAccessChange();
	return {status: 200, body: passwordJson(credential, true)};
}

/** `removePassword`: 204, or Graph's 400 when no password has that key id. */
function removePassword(ctx: SandboxContext, request: SandboxRequest, from: PasswordCredential[]): SandboxResponse {
	const keyId = stringField(bodyObject(request), 'keyId') ?? '';
	const index = from.findIndex((p) => p.keyId.toLowerCase() === keyId.toLowerCase());
	if (index < 0) {
		throw new ArmError(400, 'Request_BadRequest', `No credential with the key id '${keyId}' was found.`);
	}
	from.splice(index, 1);
	ctx.notifyAccessChange();
	return {status: 204};
}

/** Serves the Microsoft Graph v1.0 subset: applications, service principals, addPassword, lookups by name or appId, deletes. */
export function addGraphRoutes(router: Router, ctx: SandboxContext, graphBase: string): void {
	const apps = () => applicationsOf(ctx);
	const sps = () => applicationPrincipalsOf(ctx);
	const findApp = (r: SandboxRequest, id: string): Application => findApplication(ctx, r, id);
	const findSp = (r: SandboxRequest, id: string): ServicePrincipal => findServicePrincipal(ctx, r, id);
	addGraphDeleteRoutes(router, ctx);
	addDirectoryRoutes(router, ctx, {servicePrincipalJson, applicationJson});
	addGroupRoutes(router, ctx);
	router
		.add('GET', '/v1.0/me', () => ({
			status: 200,
			body: {id: ctx.state.user.id, displayName: ctx.state.user.displayName, userPrincipalName: ctx.state.user.userPrincipalName},
		}))
		.add('POST', '/v1.0/applications', (r) => {
			const displayName = stringField(bodyObject(r), 'displayName');
			if (!displayName) {
				throw new ArmError(400, 'Request_BadRequest', "A value is required for property 'displayName' of resource 'Application'.");
			}
			const app: Application = {id: randomUUID(), appId: randomUUID(), displayName, createdDateTime: ctx.clock.now().toISOString(), passwordCredentials: []};
			ctx.state.applications.set(app.id, app);
			replicating(ctx.state, app.id, ctx.clock.now());
			return {status: 201, body: {'@odata.context': odata(r.baseUrl, graphBase, 'applications/$entity'), ...applicationJson(app)}};
		})
		.add('GET', '/v1.0/applications', (r) => {
			const value = filtered(ctx, r, 'Application', apps(), readApplication);
			return {status: 200, body: {'@odata.context': odata(r.baseUrl, graphBase, 'applications'), value: value.map(applicationJson)}};
		})
		.add('GET', '/v1.0/applications/:id', (r, p) => ({status: 200, body: applicationJson(findApp(r, p.id ?? ''))}))
		.add('POST', '/v1.0/applications/:id/addPassword', (r, p) => addPassword(ctx, r, findApp(r, p.id ?? '').passwordCredentials))
		.add('POST', '/v1.0/applications/:id/removePassword', (r, p) => removePassword(ctx, r, findApp(r, p.id ?? '').passwordCredentials))
		.add('POST', '/v1.0/servicePrincipals', (r) => {
			const appId = stringField(bodyObject(r), 'appId') ?? '';
			const app = apps().find((a) => a.appId === appId);
			if (!app) {
				throw new ArmError(400, 'Request_BadRequest', `The appId '${appId}' of the service principal does not reference a valid application object.`);
			}
			if (sps().some((s) => s.appId === appId)) {
				throw new ArmError(
					409,
					'Request_MultipleObjectsWithSameKeyValue',
					'Another object with the same value for property servicePrincipalNames already exists.',
				);
			}
			const sp: ServicePrincipal = {id: randomUUID(), appId, displayName: app.displayName, servicePrincipalType: 'Application', passwordCredentials: []};
			ctx.state.servicePrincipals.set(sp.id, sp);
			replicating(ctx.state, sp.id, ctx.clock.now());
			return {status: 201, body: {'@odata.context': odata(r.baseUrl, graphBase, 'servicePrincipals/$entity'), ...servicePrincipalJson(sp)}};
		})
		.add('GET', '/v1.0/servicePrincipals', (r) => {
			const value = filtered(ctx, r, 'ServicePrincipal', sps(), readServicePrincipal);
			return {status: 200, body: {'@odata.context': odata(r.baseUrl, graphBase, 'servicePrincipals'), value: value.map(servicePrincipalJson)}};
		})
		.add('GET', '/v1.0/servicePrincipals/:id', (r, p) => ({status: 200, body: servicePrincipalJson(findSp(r, p.id ?? ''))}))
		.add('POST', '/v1.0/servicePrincipals/:id/addPassword', (r, p) => addPassword(ctx, r, findSp(r, p.id ?? '').passwordCredentials))
		.add('POST', '/v1.0/servicePrincipals/:id/removePassword', (r, p) => removePassword(ctx, r, findSp(r, p.id ?? '').passwordCredentials))
		.add('GET', '/v1.0/:entity', (r, p) => {
			const match = /^(applications|servicePrincipals)(\(appId='[^']+'\))$/i.exec(p.entity ?? '');
			if (!match) {
				throw new ArmError(400, 'BadRequest', `Resource not found for the segment '${p.entity ?? ''}'.`);
			}
			const byAppId = match[2] ?? '';
			return (match[1] ?? '').toLowerCase() === 'applications'
				? {status: 200, body: applicationJson(findApp(r, byAppId))}
				: {status: 200, body: servicePrincipalJson(findSp(r, byAppId))};
		});
}

/** Whether an appId and password belong to a service principal (its own or its application's passwords), and its object id. */
export function checkServicePrincipalPassword(ctx: SandboxContext, appId: string, password: string): string | undefined {
	const now = ctx.clock.now().toISOString();
	const sp = [...ctx.state.servicePrincipals.values()].find((s) => s.appId.toLowerCase() === appId.toLowerCase());
	if (!sp) {
		return undefined;
	}
	const app = [...ctx.state.applications.values()].find((a) => a.appId === sp.appId);
	const passwords = [...sp.passwordCredentials, ...(app?.passwordCredentials ?? [])];
	return passwords.some((p) => p.secretText === password && p.endDateTime > now) ? sp.id : undefined;
}
