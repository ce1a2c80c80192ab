import {ArmError, resourceNotFound} from '../http/errors.js';
import type {Router, SandboxRequest, SandboxResponse} from '../http/router.js';
import {apiVersionOf, bodyObject, objectField, requireResourceGroup, stringField, stringMap, type SandboxContext} from '../context.js';
import {ipInCidr} from '../cidr.js';
import {key, type Extension} from '../state.js';
import {tokenById} from './tokens.js';

const base = '/subscriptions/:sub/resourceGroups/:rg/providers/:clusterRp/:clusterType/:cluster/providers/Microsoft.KubernetesConfiguration/extensions';
const connectedRegistryType = 'microsoft.containerregistry.connectedregistry';

/** The extension's JSON as Extensions_Get answers it; protected settings are never echoed. */
export function extensionJson(ctx: SandboxContext, e: Extension): Record<string, unknown> {
	const state = ctx.ops.provisioningState(e.id);
	return {
		id: e.id,
		type: 'Microsoft.KubernetesConfiguration/extensions',
		name: e.name,
		systemData: {createdBy: ctx.state.user.userPrincipalName, createdByType: 'User', createdAt: e.created, lastModifiedBy: ctx.state.user.userPrincipalName, lastModifiedByType: 'User', lastModifiedAt: e.created},
		properties: {
			extensionType: e.extensionType,
			autoUpgradeMinorVersion: e.autoUpgradeMinorVersion,
			releaseTrain: e.releaseTrain,
			version: e.version,
			scope: {cluster: {releaseNamespace: e.releaseNamespace}},
			configurationSettings: e.configurationSettings,
			provisioningState: state,
			currentVersion: state === 'Succeeded' ? e.version : null,
			statuses: [],
			isSystemExtension: false,
		},
	};
}

function parseConnectionString(text: string): Record<string, string> {
	const fields: Record<string, string> = {};
	for (const part of text.split(';')) {
		const eq = part.indexOf('=');
		if (eq > 0) {
			fields[part.slice(0, eq)] = part.slice(eq + 1);
		}
	}
	return fields;
}

/** Checks a connected-registry extension and activates its connected registry; throws the install failure otherwise. */
function installConnectedRegistry(ctx: SandboxContext, e: Extension, serviceCidr: string): void {
	const ip = e.configurationSettings['service.clusterIP'] ?? '';
	if (!ipInCidr(ip, serviceCidr)) {
		throw new ArmError(
			400,
			'ExtensionOperationFailed',
			`Helm installation failed : Service "connected-registry" is invalid: spec.clusterIPs: Invalid value: []string{"${ip}"}: failed to allocate IP ${ip}: the provided IP (${ip}) is not in the valid range. The range of valid IPs is ${serviceCidr}`,
		);
	}
	const fields = parseConnectionString(e.configurationProtectedSettings.connectionString ?? '');
	const registry = [...ctx.state.registries.values()].find((r) => r.connectedRegistries.has((fields.ConnectedRegistryName ?? '').toLowerCase()));
	const cr = registry?.connectedRegistries.get((fields.ConnectedRegistryName ?? '').toLowerCase());
	const sync = cr ? tokenById(ctx, cr.syncTokenId) : undefined;
	const now = ctx.clock.now().toISOString();
	const passwordOk = sync?.token.passwords.some(
		(pw) => pw.value === fields.SyncTokenPassword && (pw.expiry === undefined || pw.expiry > now),
	);
	if (!cr || !sync || sync.token.name.toLowerCase() !== (fields.SyncTokenName ?? '').toLowerCase() || !passwordOk) {
		throw new ArmError(
			400,
			'ExtensionOperationFailed',
			'The connected registry could not connect to its parent: the connection string is invalid or its sync token password is wrong or expired.',
		);
	}
	cr.activation = 'Active';
}

function putExtension(ctx: SandboxContext, r: SandboxRequest, p: Readonly<Record<string, string>>): SandboxResponse {
	const rg = requireResourceGroup(ctx, p.sub ?? '', p.rg ?? '');
	const clusterId = `/subscriptions/${rg.subscriptionId}/resourceGroups/${rg.name}/providers/${p.clusterRp ?? ''}/${p.clusterType ?? ''}/${p.cluster ?? ''}`;
	const arc = ctx.state.connectedClusters.get(key(clusterId));
	const aks = ctx.state.managedClusters.get(key(clusterId));
	const cluster = arc ?? aks;
	if (!cluster) {
		throw resourceNotFound(`${p.clusterRp ?? ''}/${p.clusterType ?? ''}`, p.cluster ?? '', rg.name);
	}
	const props = objectField(bodyObject(r), 'properties');
	const extensionType = stringField(props, 'extensionType') ?? '';
	const id = `${cluster.id}/providers/Microsoft.KubernetesConfiguration/extensions/${p.ext ?? ''}`;
	const existed = ctx.state.extensions.has(key(id));
	const extension: Extension = {
		id,
		clusterId: cluster.id,
		name: p.ext ?? '',
		extensionType,
		releaseTrain: stringField(props, 'releaseTrain') ?? 'Stable',
		version: stringField(props, 'version') ?? '0.11.0',
		autoUpgradeMinorVersion: props.autoUpgradeMinorVersion !== false,
		releaseNamespace: stringField(objectField(objectField(props, 'scope'), 'cluster'), 'releaseNamespace') ?? 'connected-registry',
		configurationSettings: stringMap(props, 'configurationSettings'),
		configurationProtectedSettings: stringMap(props, 'configurationProtectedSettings'),
		created: ctx.clock.now().toISOString(),
	};
	ctx.state.extensions.set(key(id), extension);
	const op = ctx.ops.start(
		r.baseUrl,
		id,
		() => {
			if (extensionType.toLowerCase() === connectedRegistryType) {
				installConnectedRegistry(ctx, extension, cluster.serviceCidr);
			}
			ctx.notifyAccessChange();
			return {status: 200, body: extensionJson(ctx, extension)};
		},
		{apiVersion: apiVersionOf(r), durationMs: 4000, runningState: 'Creating', statusSegment: 'operations', ...(r.lroFailure ? {failure: r.lroFailure} : {})},
	);
	return {status: existed ? 200 : 201, body: extensionJson(ctx, extension), headers: {'Azure-AsyncOperation': op.asyncOperation, 'Retry-After': String(ctx.clock.retryAfterSeconds)}};
}

/** Serves Kubernetes extensions on connected (and managed) clusters: create, get, list, delete, and their operation status. */
export function addExtensionRoutes(router: Router, ctx: SandboxContext): void {
	const idOf = (p: Readonly<Record<string, string>>) =>
		`/subscriptions/${p.sub ?? ''}/resourceGroups/${p.rg ?? ''}/providers/${p.clusterRp ?? ''}/${p.clusterType ?? ''}/${p.cluster ?? ''}/providers/Microsoft.KubernetesConfiguration/extensions/${p.ext ?? ''}`;
	router
		.add('GET', `${base}/:ext/operations/:opId`, (r, p) => ctx.ops.status(r.baseUrl, `${idOf(p)}/operations/${p.opId ?? ''}`, p.opId ?? ''))
		.add('GET', base, (_r, p) => {
			const prefix = key(idOf({...p, ext: ''}));
			return {status: 200, body: {value: [...ctx.state.extensions.values()].filter((e) => key(e.id).startsWith(prefix)).map((e) => extensionJson(ctx, e))}};
		})
		.add('PUT', `${base}/:ext`, (r, p) => putExtension(ctx, r, p))
		.add('GET', `${base}/:ext`, (_r, p) => {
			requireResourceGroup(ctx, p.sub ?? '', p.rg ?? '');
			const e = ctx.state.extensions.get(key(idOf(p)));
			if (!e) {
				throw resourceNotFound('Microsoft.KubernetesConfiguration/extensions', p.ext ?? '', p.rg ?? '');
			}
			ctx.ops.touch(e.id);
			return {status: 200, body: extensionJson(ctx, e)};
		})
		.add('DELETE', `${base}/:ext`, (r, p) => {
			requireResourceGroup(ctx, p.sub ?? '', p.rg ?? '');
			const e = ctx.state.extensions.get(key(idOf(p)));
			if (!e) {
				return {status: 204};
			}
			const op = ctx.ops.start(
				r.baseUrl,
				e.id,
				() => {
					ctx.state.extensions.delete(key(e.id));
					ctx.notifyAccessChange();
					return {status: 200};
				},
				{apiVersion: apiVersionOf(r), durationMs: 2000, runningState: 'Deleting', statusSegment: 'operations', ...(r.lroFailure ? {failure: r.lroFailure} : {})},
			);
			return {status: 202, headers: {'Azure-AsyncOperation': op.asyncOperation, Location: op.location, 'Retry-After': String(ctx.clock.retryAfterSeconds)}};
		});
}
