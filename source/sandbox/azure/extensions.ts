import {resourceNotFound} from '../http/errors.js';
import type {Router, SandboxRequest, SandboxResponse} from '../http/router.js';
import {apiVersionOf, bodyObject, objectField, requireResourceGroup, stringField, stringMap, type SandboxContext} from '../context.js';
import {key, type Extension} from '../state.js';
import {beginInstall, defaultedSettings, defaultVersion, installOperationStatus, installState, touchInstall, uninstall} from '../arc/extension-agent.js';
import {requireRegistered} from './resources.js';

const base = '/subscriptions/:sub/resourceGroups/:rg/providers/:clusterRp/:clusterType/:cluster/providers/Microsoft.KubernetesConfiguration/extensions';

/** The extension's JSON as Extensions_Get answers it; protected settings are never echoed. */
export function extensionJson(ctx: SandboxContext, e: Extension): Record<string, unknown> {
	const running = ctx.ops.provisioningState(e.id);
	const install = installState(ctx, e.id);
	const state = running === 'Deleting' ? running : install.provisioningState;
	return {
		id: e.id,
		type: 'Microsoft.KubernetesConfiguration/extensions',
		name: e.name,
		systemData: {
			createdBy: ctx.state.user.userPrincipalName,
			createdByType: 'User',
			createdAt: e.created,
			lastModifiedBy: ctx.state.user.userPrincipalName,
			lastModifiedByType: 'User',
			lastModifiedAt: e.created,
		},
		properties: {
			extensionType: e.extensionType,
			autoUpgradeMinorVersion: e.autoUpgradeMinorVersion,
			releaseTrain: e.releaseTrain,
			version: e.version,
			scope: {cluster: {releaseNamespace: e.releaseNamespace}},
			configurationSettings: e.configurationSettings,
			provisioningState: state,
			currentVersion: state === 'Succeeded' ? e.version : null,
			...(install.errorInfo ? {errorInfo: install.errorInfo} : {}),
			statuses: [],
			isSystemExtension: false,
		},
	};
}

function putExtension(ctx: SandboxContext, r: SandboxRequest, p: Readonly<Record<string, string>>): SandboxResponse {
	const rg = requireResourceGroup(ctx, p.sub ?? '', p.rg ?? '');
	requireRegistered(ctx, rg.subscriptionId, 'Microsoft.KubernetesConfiguration');
	const clusterId = `/subscriptions/${rg.subscriptionId}/resourceGroups/${rg.name}/providers/${p.clusterRp ?? ''}/${p.clusterType ?? ''}/${p.cluster ?? ''}`;
	const arc = ctx.state.connectedClusters.get(key(clusterId));
	const aks = ctx.state.managedClusters.get(key(clusterId));
	const cluster = arc ?? aks;
	if (!cluster) {
		throw resourceNotFound(`${p.clusterRp ?? ''}/${p.clusterType ?? ''}`, p.cluster ?? '', rg.name);
	}
	const props = objectField(bodyObject(r), 'properties');
	const id = `${cluster.id}/providers/Microsoft.KubernetesConfiguration/extensions/${p.ext ?? ''}`;
	const previous = ctx.state.extensions.get(key(id));
	const extensionType = stringField(props, 'extensionType') ?? previous?.extensionType ?? '';
	const protectedSettings = stringMap(props, 'configurationProtectedSettings');
	const extension: Extension = {
		id,
		clusterId: cluster.id,
		name: p.ext ?? '',
		extensionType,
		releaseTrain: stringField(props, 'releaseTrain') ?? previous?.releaseTrain ?? 'Stable',
		version: stringField(props, 'version') ?? previous?.version ?? defaultVersion(extensionType),
		autoUpgradeMinorVersion: props.autoUpgradeMinorVersion !== false,
		releaseNamespace:
			stringField(objectField(objectField(props, 'scope'), 'cluster'), 'releaseNamespace') ?? previous?.releaseNamespace ?? 'connected-registry',
		configurationSettings: defaultedSettings(extensionType, {...previous?.configurationSettings, ...stringMap(props, 'configurationSettings')}),
		// An update that sends no protected settings keeps the ones the extension has (as `az k8s-extension update` relies on).
		configurationProtectedSettings: Object.keys(protectedSettings).length > 0 ? protectedSettings : (previous?.configurationProtectedSettings ?? {}),
		created: previous?.created ?? ctx.clock.now().toISOString(),
	};
	ctx.state.extensions.set(key(id), extension);
	const opId = beginInstall(ctx, extension, previous !== undefined, r.lroFailure);
	const asyncOperation = `${r.baseUrl}${id}/operations/${opId}?api-version=${encodeURIComponent(apiVersionOf(r))}`;
	return {
		status: previous ? 200 : 201,
		body: extensionJson(ctx, extension),
		headers: {'Azure-AsyncOperation': asyncOperation, 'Retry-After': String(ctx.clock.retryAfterSeconds)},
	};
}

/** Serves Kubernetes extensions on connected (and managed) clusters: create, get, list, delete, and their operation status. */
export function addExtensionRoutes(router: Router, ctx: SandboxContext): void {
	const idOf = (p: Readonly<Record<string, string>>) =>
		`/subscriptions/${p.sub ?? ''}/resourceGroups/${p.rg ?? ''}/providers/${p.clusterRp ?? ''}/${p.clusterType ?? ''}/${p.cluster ?? ''}/providers/Microsoft.KubernetesConfiguration/extensions/${p.ext ?? ''}`;
	router
		.add('GET', `${base}/:ext/operations/:opId`, (r, p) => {
			const path = `${idOf(p)}/operations/${p.opId ?? ''}`;
			return installOperationStatus(ctx, idOf(p), path, p.opId ?? '') ?? ctx.ops.status(r.baseUrl, path, p.opId ?? '');
		})
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
			touchInstall(ctx, e.id);
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
					uninstall(ctx, e);
					ctx.state.extensions.delete(key(e.id));
					ctx.notifyAccessChange();
					return {status: 200};
				},
				{
					apiVersion: apiVersionOf(r),
					durationMs: 2000,
					runningState: 'Deleting',
					statusSegment: 'operations',
					...(r.lroFailure ? {failure: r.lroFailure} : {}),
				},
			);
			return {status: 202, headers: {'Azure-AsyncOperation': op.asyncOperation, Location: op.location, 'Retry-After': String(ctx.clock.retryAfterSeconds)}};
		});
}
