import {randomUUID} from 'node:crypto';
import type {SandboxContext} from '../context.js';
import {bodyObject, stringField} from '../context.js';
import type {Router, SandboxRequest} from '../http/router.js';
import type {DirectoryGroup} from '../registry/world.js';
import {GraphError, graphNotFound} from './graph-errors.js';

const groupJson = (g: DirectoryGroup): Record<string, unknown> => ({
	id: g.id,
	displayName: g.displayName,
	mailNickname: g.mailNickname,
	mailEnabled: false,
	securityEnabled: true,
	groupTypes: [],
	createdDateTime: g.createdDateTime,
});

function badRequest(ctx: SandboxContext, request: SandboxRequest, message: string): GraphError {
	const id = randomUUID();
	const client = request.headers['client-request-id'];
	return new GraphError(400, 'Request_BadRequest', message, {
		date: ctx.clock.now().toISOString().slice(0, 19),
		'request-id': id,
		'client-request-id': typeof client === 'string' && client !== '' ? client : id,
	});
}

/** The directory object a member reference names, with its `@odata.type`, if it exists. */
function directoryObject(ctx: SandboxContext, id: string): Record<string, unknown> | undefined {
	const wanted = id.toLowerCase();
	const user = ctx.state.users.get(wanted);
	if (user) return {'@odata.type': '#microsoft.graph.user', id: user.id, displayName: user.displayName, userPrincipalName: user.userPrincipalName};
	const sp = ctx.state.servicePrincipals.get(wanted);
	if (sp)
		return {
			'@odata.type': '#microsoft.graph.servicePrincipal',
			id: sp.id,
			appId: sp.appId,
			displayName: sp.displayName,
			servicePrincipalType: sp.servicePrincipalType,
		};
	const group = ctx.state.groups.get(wanted);
	return group ? {'@odata.type': '#microsoft.graph.group', ...groupJson(group)} : undefined;
}

/**
 * Serves Entra security groups and their members (az ad group create, az ad group member add|list): role assignments
 * to a group apply to its members' pulls, after the longer group propagation delay.
 */
export function addGroupRoutes(router: Router, ctx: SandboxContext): void {
	const find = (r: SandboxRequest, id: string): DirectoryGroup => {
		const group = ctx.state.groups.get(id.toLowerCase());
		if (!group) throw graphNotFound(ctx, r, id);
		return group;
	};
	router
		.add('POST', '/v1.0/groups', (r) => {
			const body = bodyObject(r);
			const displayName = stringField(body, 'displayName');
			const mailNickname = stringField(body, 'mailNickname');
			if (!displayName || !mailNickname) {
				throw badRequest(ctx, r, `A value is required for property '${displayName ? 'mailNickname' : 'displayName'}' of resource 'Group'.`);
			}
			const group: DirectoryGroup = {
				id: randomUUID(),
				displayName,
				mailNickname,
				members: new Set(),
				createdDateTime: ctx.clock.now().toISOString(),
				memberSince: new Map(),
			};
			ctx.state.groups.set(group.id, group);
			return {status: 201, body: {'@odata.context': `${r.baseUrl}/graph/v1.0/$metadata#groups/$entity`, ...groupJson(group)}};
		})
		.add('GET', '/v1.0/groups', (r) => {
			const wanted = /^\s*displayName\s+eq\s+'((?:[^']|'')*)'\s*$/i
				.exec(r.query.get('$filter') ?? '')?.[1]
				?.replace(/''/g, "'")
				.toLowerCase();
			const value = [...ctx.state.groups.values()].filter((g) => wanted === undefined || g.displayName.toLowerCase() === wanted);
			return {status: 200, body: {'@odata.context': `${r.baseUrl}/graph/v1.0/$metadata#groups`, value: value.map(groupJson)}};
		})
		.add('GET', '/v1.0/groups/:id', (r, p) => ({status: 200, body: groupJson(find(r, p.id ?? ''))}))
		.add('GET', '/v1.0/groups/:id/members', (r, p) => {
			const group = find(r, p.id ?? '');
			const value = [...group.members].map((id) => directoryObject(ctx, id)).filter((o): o is Record<string, unknown> => o !== undefined);
			return {status: 200, body: {'@odata.context': `${r.baseUrl}/graph/v1.0/$metadata#directoryObjects`, value}};
		})
		.add('POST', '/v1.0/groups/:id/members/$ref', (r, p) => {
			const group = find(r, p.id ?? '');
			const reference = stringField(bodyObject(r), '@odata.id') ?? '';
			const memberId = /directoryObjects\/([0-9a-f-]{36})$/i.exec(reference)?.[1]?.toLowerCase();
			if (memberId === undefined)
				throw badRequest(ctx, r, 'Invalid URL format specified in @odata.id; expected https://graph.microsoft.com/v1.0/directoryObjects/{id}.');
			if (!directoryObject(ctx, memberId)) throw graphNotFound(ctx, r, memberId);
			if (group.members.has(memberId)) {
				throw badRequest(ctx, r, "One or more added object references already exist for the following modified properties: 'members'.");
			}
			group.members.add(memberId);
			group.memberSince?.set(memberId, ctx.clock.now().getTime());
			ctx.notifyAccessChange();
			return {status: 204};
		})
		.add('DELETE', '/v1.0/groups/:id/members/:member/$ref', (r, p) => {
			const group = find(r, p.id ?? '');
			const memberId = (p.member ?? '').toLowerCase();
			if (!group.members.delete(memberId)) throw graphNotFound(ctx, r, memberId);
			group.memberSince?.delete(memberId);
			ctx.notifyAccessChange();
			return {status: 204};
		});
}
