import {ArmError} from '../http/errors.js';
import type {Router, SandboxRequest, SandboxResponse} from '../http/router.js';
import {apiVersionOf, bodyObject, objectField, stringArray, stringField, type SandboxContext} from '../context.js';
import {key, type ImageStore} from '../state.js';
import {canonicalHost, findImage, parseRepoRef, putImage} from './images.js';
import {requireRegistry} from './registries.js';
import {checkDockerHubPull, tagConflict} from './docker-hub.js';
import {operationName} from '../timings.js';

const base = '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.ContainerRegistry/registries/:name';

function sourceStore(ctx: SandboxContext, source: Record<string, unknown>): {store: ImageStore; label: string} {
	const resourceId = stringField(source, 'resourceId');
	if (resourceId) {
		const registry = ctx.state.registries.get(key(resourceId));
		if (!registry) {
			throw new ArmError(400, 'InvalidParameters', `The source registry '${resourceId}' could not be found.`);
		}
		return {store: registry.images, label: `${registry.name.toLowerCase()}.${ctx.acrSuffix}`};
	}
	const uri = stringField(source, 'registryUri') ?? 'docker.io';
	const host = canonicalHost(uri);
	const store =
		ctx.state.publicRegistries.get(host) ?? [...ctx.state.registries.values()].find((r) => `${r.name.toLowerCase()}.${ctx.acrSuffix}` === host)?.images;
	if (!store) {
		throw new ArmError(400, 'InvalidParameters', `The source registry '${uri}' could not be reached. Check the registry URI.`);
	}
	return {store, label: uri};
}

function importImage(ctx: SandboxContext, r: SandboxRequest, p: Readonly<Record<string, string>>): SandboxResponse {
	const registry = requireRegistry(ctx, p.sub ?? '', p.rg ?? '', p.name ?? '');
	const body = bodyObject(r);
	const source = objectField(body, 'source');
	const sourceImage = stringField(source, 'sourceImage');
	if (!sourceImage) {
		throw new ArmError(400, 'InvalidParameters', 'The source image is required (source.sourceImage).');
	}
	const {store, label} = sourceStore(ctx, source);
	const host = stringField(source, 'resourceId') ? '' : canonicalHost(stringField(source, 'registryUri') ?? 'docker.io');
	const parsed = parseRepoRef(sourceImage);
	const ref = host === 'docker.io' && !parsed.repository.includes('/') ? {...parsed, repository: `library/${parsed.repository}`} : parsed;
	const targetTags = stringArray(body, 'targetTags');
	const untagged = stringArray(body, 'untaggedTargetRepositories');
	const targets = targetTags.length > 0 || untagged.length > 0 ? targetTags : [`${ref.repository}:${ref.tag ?? 'latest'}`];
	const force = (stringField(body, 'mode') ?? 'NoForce').toLowerCase() === 'force';
	const op = ctx.ops.start(
		r.baseUrl,
		`${registry.id}/importImage`,
		() => {
			const credentials = objectField(source, 'credentials');
			const username = stringField(credentials, 'username');
			const password = stringField(credentials, 'password');
			checkDockerHubPull(ctx.state, {
				host,
				registryId: registry.id,
				sourceImage: `${ref.repository}:${ref.tag ?? 'latest'}`,
				...(username !== undefined || password !== undefined
					? {credentials: {...(username === undefined ? {} : {username}), ...(password === undefined ? {} : {password})}}
					: {}),
			});
			const image = findImage(store, ref);
			if (!image) {
				throw new ArmError(
					400,
					'InvalidParameters',
					`Operation registries-import failed. Resource ${registry.id} Image '${sourceImage}' was not found in the source registry '${label}'.`,
				);
			}
			const parsedTargets = targets.map((t) => parseRepoRef(t));
			if (!force) {
				const clash = parsedTargets.find((t) => findImage(registry.images, t));
				if (clash) throw tagConflict(ctx.state, clash.repository, clash.tag ?? 'latest');
			}
			for (const target of parsedTargets) {
				putImage(registry.images, target.repository, target.tag ?? 'latest', image);
			}
			for (const repository of untagged) {
				putImage(registry.images, repository, `untagged-${image.digest.slice(7, 19)}`, image);
			}
			ctx.notifyAccessChange();
			return {status: 200};
		},
		{
			apiVersion: apiVersionOf(r),
			durationMs: 3000,
			runningState: 'Succeeded',
			operation: operationName(registry.id, 'action', 'importImage'),
			...(r.lroFailure ? {failure: r.lroFailure} : {}),
		},
	);
	return {status: 202, headers: {Location: op.location, 'Retry-After': String(ctx.clock.retryAfterSeconds)}};
}

/** Serves Registries_ImportImage (POST long-running operation with `Location`). */
export function addImportRoutes(router: Router, ctx: SandboxContext): void {
	router.add('POST', `${base}/importImage`, (r, p) => importImage(ctx, r, p));
}
