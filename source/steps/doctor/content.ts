/**
 * Doctor's reads of a registry's data plane: what the registry holds for each examined image (its tags and
 * the tag's manifest, with the platforms of a manifest list), read with the user's own sign-in, and each pull
 * secret's own credentials tried against the token exchange for the pod's repository. The passwords go from
 * the secret to that one request and are never kept.
 */
import {AzureError, type Azure, type Registry} from '../../azure/azure.js';
import {imageKey, normalServer, type ImageContent, type SecretTrial} from '../../diagnosis/doctor-facts.js';
import {parseImageRef} from '../../diagnosis/image-ref.js';
import type {PodDetail} from '../../kubernetes/kubernetes.js';

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The tags and the manifest of each examined image on a visible registry, read concurrently. */
export async function imageContents(azure: Azure, pods: readonly PodDetail[], registries: readonly Registry[]): Promise<Record<string, ImageContent>> {
	const wanted = new Map<string, {loginServer: string; repository: string; tag: string}>();
	for (const pod of pods) {
		const ref = parseImageRef(pod.containers[0]?.image ?? '');
		const registry = registries.find((item) => item.loginServer.toLowerCase() === ref.host);
		if (registry) wanted.set(imageKey(ref.host, ref.repository, ref.tag), {loginServer: registry.loginServer, repository: ref.repository, tag: ref.tag});
	}
	const entries = await Promise.all(
		[...wanted].map(async ([key, {loginServer, repository, tag}]): Promise<readonly [string, ImageContent]> => {
			try {
				const tags = await azure.listTags(loginServer, repository);
				const manifest = tags === undefined || !tags.includes(tag) ? null : ((await azure.getTagManifest(loginServer, repository, tag)) ?? null);
				return [key, {tags: tags ?? null, manifest}] as const;
			} catch (error) {
				return [key, {error: messageOf(error)}] as const;
			}
		}),
	);
	return Object.fromEntries(entries);
}

/** Tries a secret's username and password for `repository:tag` on `loginServer` (Basic to /oauth2/token, then the manifest). */
export async function trySecret(azure: Azure, loginServer: string, repository: string, tag: string, username: string, password: string): Promise<SecretTrial> {
	try {
		await azure.getTagManifest(loginServer, repository, tag, {username, password});
		return {accepted: true};
	} catch (error) {
		if (error instanceof AzureError) return {accepted: false, code: error.code, message: error.message};
		return {accepted: false, message: messageOf(error)};
	}
}

/** Whether a secret's server is the registry of the pod's image (the credential the kubelet sends for it). */
export function servesImage(server: string, image: string, registries: readonly Registry[]): Registry | undefined {
	const host = parseImageRef(image).host;
	if (normalServer(server) !== host) return undefined;
	return registries.find((registry) => registry.loginServer.toLowerCase() === host);
}
