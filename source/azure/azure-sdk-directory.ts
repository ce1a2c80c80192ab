/**
 * Service principals over Microsoft Graph v1.0, with plain calls on core-rest-pipeline (no
 * Graph SDK). Passwords come back once and are handed to the caller, never kept or logged.
 */
import {setTimeout as sleep} from 'node:timers/promises';
import {messages} from '../messages/catalog.js';
import {AzureError, type AzureDirectory, type Password, type Progress, type ServicePrincipal} from './azure.js';
import {odataString} from './azure-sdk-access.js';
import type {SdkContext} from './azure-sdk-clients.js';
import {orUndefined} from './azure-sdk-errors.js';
import type {RestClient} from './azure-sdk-rest.js';
import {untilReplicated} from './replication.js';

type Json = Record<string, unknown>;

const asJson = (value: unknown): Json => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {});
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

const principalOf = (json: unknown, applicationObjectId?: string): ServicePrincipal => {
	const sp = asJson(json);
	return {appId: str(sp.appId), objectId: str(sp.id), displayName: str(sp.displayName), ...(applicationObjectId ? {applicationObjectId} : {})};
};

/** A Graph `passwordCredential` answer as the port's Password. */
function passwordOf(json: unknown): Password {
	const credential = asJson(json);
	const expiresAt = str(credential.endDateTime);
	return {value: str(credential.secretText), ...(expiresAt ? {expiresAt} : {})};
}

/** Whether a Graph failure says a just-created object has not replicated yet (it will be there in a few seconds). */
export function isReplicationLag(error: unknown): boolean {
	if (!(error instanceof AzureError)) return false;
	if (error.statusCode === 404 && error.code === 'Request_ResourceNotFound') return true;
	return error.statusCode === 400 && /does not reference a valid application object/i.test(error.message);
}

/** Retries `call` while the directory is still replicating a new object, with az's budget, saying each wait. */
export async function whileReplicating<T>(call: () => Promise<T>, delayMs: number, progress?: Progress): Promise<T> {
	return untilReplicated(call, {
		isLag: isReplicationLag,
		sleep: async (ms) => sleep(ms),
		delayMs,
		onWait: (attempt, tries) => progress?.(messages().common.replication.principal(attempt, tries)),
	});
}

/** The object id of the application behind an appId, if this tenant owns it. */
async function applicationIdOf(graph: RestClient, appId: string): Promise<string | undefined> {
	const app = await orUndefined(async () => graph.send('GET', `/v1.0/applications(appId=${encodeURIComponent(odataString(appId))})`));
	return app ? str(asJson(app.body).id) || undefined : undefined;
}

async function addPassword(graph: RestClient, principal: ServicePrincipal): Promise<Password> {
	const applicationId = principal.applicationObjectId ?? (await applicationIdOf(graph, principal.appId));
	// Passwords belong on the application (as `az ad sp create-for-rbac` does); a principal without one in this tenant gets its own.
	const path = applicationId ? `/v1.0/applications/${applicationId}/addPassword` : `/v1.0/servicePrincipals/${principal.objectId}/addPassword`;
	const {body} = await graph.send('POST', path, {passwordCredential: {displayName: 'acr-wizard'}});
	return passwordOf(body);
}

/** The directory part of the port. */
export function createDirectory(ctx: SdkContext): AzureDirectory {
	const graph = ctx.graph;
	return {
		async findServicePrincipals(displayName) {
			const filter = encodeURIComponent(`displayName eq ${odataString(displayName)}`);
			return (await graph.listAll(`/v1.0/servicePrincipals?$filter=${filter}`)).map((sp) => principalOf(sp));
		},
		async getServicePrincipal(appId) {
			const found = await orUndefined(async () => graph.send('GET', `/v1.0/servicePrincipals(appId=${encodeURIComponent(odataString(appId))})`));
			if (!found) return undefined;
			return principalOf(found.body, await applicationIdOf(graph, appId));
		},
		async createServicePrincipal(displayName, progress) {
			const app = asJson((await graph.send('POST', '/v1.0/applications', {displayName})).body);
			// As `az ad sp create-for-rbac` does, wait out Graph replication of the new application.
			const sp = await whileReplicating(async () => (await graph.send('POST', '/v1.0/servicePrincipals', {appId: str(app.appId)})).body, ctx.replicationDelayMs, progress);
			const principal = principalOf(sp, str(app.id));
			return {principal, password: await whileReplicating(async () => addPassword(graph, principal), ctx.replicationDelayMs, progress)};
		},
		resetPassword: async (principal) => addPassword(graph, principal),
		async deleteServicePrincipal(principal) {
			// The wizard created the application too: deleting it removes its service principal and passwords with it
			// (`az ad app delete`; today's `az ad sp delete` would leave the application and its passwords behind).
			const application = principal.applicationObjectId
				? `/v1.0/applications/${principal.applicationObjectId}`
				: `/v1.0/applications(appId=${encodeURIComponent(odataString(principal.appId))})`;
			if (await orUndefined(async () => graph.send('DELETE', application))) return;
			// No application in this tenant (or already gone): delete the principal itself. Its 404 reaches undo, which reports it already gone.
			await graph.send('DELETE', `/v1.0/servicePrincipals/${principal.objectId}`);
		},
	};
}
