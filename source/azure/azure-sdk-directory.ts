/**
 * Service principals over Microsoft Graph v1.0, with plain calls on core-rest-pipeline (no
 * Graph SDK). Passwords come back once and are handed to the caller, never kept or logged.
 */
import {setTimeout as sleep} from 'node:timers/promises';
import {messages} from '../messages/catalog.js';
import {AzureError, type AzureDirectory, type EntraGroup, type Password, type Progress, type ServicePrincipal} from './azure.js';
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

/** The display name every password the wizard adds carries, so one whose answer was lost can be found. */
const passwordDisplayName = 'acr-wizard';

/** The key ids of the passwords on an application or service principal (`owner` is its path). */
async function passwordKeyIds(graph: RestClient, owner: string): Promise<Set<string>> {
	const {body} = await graph.send('GET', owner);
	const credentials = asJson(body).passwordCredentials;
	return new Set((Array.isArray(credentials) ? credentials : []).map((c) => str(asJson(c).keyId)));
}

/**
 * Adds a password, at most one in effect. Graph shows a password's text only in the answer to
 * addPassword: when that answer is lost, the password made (a key id not there before, with the
 * wizard's display name) is removed, and a new one is added, so no unknown secret is left behind.
 */
async function addPassword(graph: RestClient, principal: ServicePrincipal): Promise<Password> {
	const applicationId = principal.applicationObjectId ?? (await applicationIdOf(graph, principal.appId));
	// Passwords belong on the application (as `az ad sp create-for-rbac` does); a principal without one in this tenant gets its own.
	const owner = applicationId ? `/v1.0/applications/${applicationId}` : `/v1.0/servicePrincipals/${principal.objectId}`;
	const before = await passwordKeyIds(graph, owner);
	const {body} = await graph.create(`${owner}/addPassword`, {passwordCredential: {displayName: passwordDisplayName}}, async () => {
		const {body: current} = await graph.send('GET', owner);
		const credentials = asJson(current).passwordCredentials;
		const made = (Array.isArray(credentials) ? credentials : [])
			.map(asJson)
			.filter((c) => !before.has(str(c.keyId)) && str(c.displayName) === passwordDisplayName);
		for (const credential of made) await graph.send('POST', `${owner}/removePassword`, {keyId: str(credential.keyId)});
		// Its text is gone with the lost answer: nothing to adopt, so the next try adds a new one.
		return undefined;
	});
	return passwordOf(body);
}

/** The applications with this display name (their object ids). */
async function applicationsNamed(graph: RestClient, displayName: string): Promise<Json[]> {
	const filter = encodeURIComponent(`displayName eq ${odataString(displayName)}`);
	return (await graph.listAll(`/v1.0/applications?$filter=${filter}`)).map(asJson);
}

/**
 * Creates the application, its service principal and a password, each at most once in effect
 * (an answer lost after the write is looked up and adopted). When a later part fails, the
 * application made here is deleted (its principal and passwords go with it), so a failed create
 * leaves nothing; if even that fails, the error says what is left and how to remove it.
 */
async function createPrincipal(
	graph: RestClient,
	displayName: string,
	delayMs: number,
	progress?: Progress,
): Promise<{principal: ServicePrincipal; password: Password}> {
	const existing = new Set((await applicationsNamed(graph, displayName)).map((a) => str(a.id)));
	// The directory may not list a new application at once: look a few times before taking it as never made.
	const findMade = async (): Promise<Json | undefined> => {
		for (let look = 1; ; look++) {
			const made = (await applicationsNamed(graph, displayName)).find((a) => !existing.has(str(a.id)));
			if (made || look >= 3) return made;
			await sleep(delayMs);
		}
	};
	const app = asJson((await graph.create('/v1.0/applications', {displayName}, findMade)).body);
	const appId = str(app.appId);
	try {
		// As `az ad sp create-for-rbac` does, wait out Graph replication of the new application.
		const byAppId = `/v1.0/servicePrincipals(appId=${encodeURIComponent(odataString(appId))})`;
		const sp = await whileReplicating(
			async () => (await graph.create('/v1.0/servicePrincipals', {appId}, async () => (await orUndefined(async () => graph.send('GET', byAppId)))?.body)).body,
			delayMs,
			progress,
		);
		const principal = principalOf(sp, str(app.id));
		return {principal, password: await whileReplicating(async () => addPassword(graph, principal), delayMs, progress)};
	} catch (error: unknown) {
		const removed = await graph.send('DELETE', `/v1.0/applications/${str(app.id)}`).then(
			() => true,
			() => false,
		);
		if (removed || !(error instanceof AzureError)) throw error;
		const text = messages().errors.azure.adapter;
		throw new AzureError(
			`${error.message} ${text.leftBehind(`The application ${displayName} (appId ${appId})`, `az ad app delete --id ${appId}`)}`,
			error.code,
			error.statusCode,
			error.target,
		);
	}
}

/** The directory part of the port. */
export function createDirectory(ctx: SdkContext): AzureDirectory {
	const graph = ctx.graph;
	return {
		async findServicePrincipals(displayName) {
			const filter = encodeURIComponent(`displayName eq ${odataString(displayName)}`);
			return (await graph.listAll(`/v1.0/servicePrincipals?$filter=${filter}`)).map((sp) => principalOf(sp));
		},
		servicePrincipalExists: async (objectId) =>
			(await orUndefined(async () => graph.send('GET', `/v1.0/servicePrincipals/${encodeURIComponent(objectId)}`))) !== undefined,
		listGroupMembers: async (groupId) =>
			(await graph.listAll(`/v1.0/groups/${encodeURIComponent(groupId)}/members?$select=id`)).map((member) => str(asJson(member).id)).filter((id) => id !== ''),
		async findGroup(nameOrId) {
			const groupOf = (body: unknown): EntraGroup => ({id: str(asJson(body).id), displayName: str(asJson(body).displayName)});
			if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(nameOrId)) {
				const found = await orUndefined(async () => graph.send('GET', `/v1.0/groups/${encodeURIComponent(nameOrId)}`));
				return found ? groupOf(found.body) : undefined;
			}
			const filter = encodeURIComponent(`displayName eq ${odataString(nameOrId)}`);
			const named = await graph.listAll(`/v1.0/groups?$filter=${filter}`);
			// As az ad group show: a name must point at one group.
			return named.length === 1 ? groupOf(named[0]) : undefined;
		},
		async addGroupMember(groupId, memberId) {
			const reference = `${ctx.cloud.graphEndpoint.replace(/\/+$/, '')}/v1.0/directoryObjects/${memberId}`;
			try {
				await graph.send('POST', `/v1.0/groups/${encodeURIComponent(groupId)}/members/$ref`, {'@odata.id': reference});
				return {added: true};
			} catch (error: unknown) {
				// Graph answers 400 "added object references already exist" for a member that is one already.
				if (error instanceof AzureError && error.statusCode === 400 && /already exist/i.test(error.message)) return {added: false};
				throw error;
			}
		},
		async removeGroupMember(groupId, memberId) {
			await graph.send('DELETE', `/v1.0/groups/${encodeURIComponent(groupId)}/members/${encodeURIComponent(memberId)}/$ref`);
		},
		async passwordExpiries(appId) {
			const found = await orUndefined(async () => graph.send('GET', `/v1.0/applications(appId=${encodeURIComponent(odataString(appId))})`));
			if (!found) return undefined;
			const credentials = asJson(found.body).passwordCredentials;
			return (Array.isArray(credentials) ? credentials : []).map((credential) => str(asJson(credential).endDateTime)).filter((end) => end !== '');
		},
		async getServicePrincipal(appId) {
			const found = await orUndefined(async () => graph.send('GET', `/v1.0/servicePrincipals(appId=${encodeURIComponent(odataString(appId))})`));
			if (!found) return undefined;
			return principalOf(found.body, await applicationIdOf(graph, appId));
		},
		createServicePrincipal: async (displayName, progress) => createPrincipal(graph, displayName, ctx.replicationDelayMs, progress),
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
