import type {ImageStore, StoredImage} from '../state.js';

/** A parsed image reference: registry host, repository, and tag or digest. */
export type ImageReference = {readonly host: string; readonly repository: string; readonly tag?: string; readonly digest?: string};

const dockerHubAliases = new Set(['docker.io', 'registry.hub.docker.com', 'registry-1.docker.io', 'index.docker.io']);

/** Canonical host of a registry URI (`registry.hub.docker.com` → `docker.io`). */
export function canonicalHost(uri: string): string {
	const host = uri
		.replace(/^https?:\/\//, '')
		.replace(/\/+$/, '')
		.toLowerCase();
	return dockerHubAliases.has(host) ? 'docker.io' : host;
}

/** Splits `repo[:tag][@digest]` (no host) into its parts; `latest` when neither is given. */
export function parseRepoRef(ref: string): {repository: string; tag?: string; digest?: string} {
	const at = ref.indexOf('@');
	const digest = at >= 0 ? ref.slice(at + 1) : undefined;
	const rest = at >= 0 ? ref.slice(0, at) : ref;
	const colon = rest.lastIndexOf(':');
	const hasTag = colon > rest.lastIndexOf('/');
	const repository = hasTag ? rest.slice(0, colon) : rest;
	const tag = hasTag ? rest.slice(colon + 1) : digest ? undefined : 'latest';
	return {repository, ...(tag ? {tag} : {}), ...(digest ? {digest} : {})};
}

/** Parses an image as written in a pod spec, with Docker's defaults (`nginx` → `docker.io/library/nginx:latest`). */
export function parseImage(image: string): ImageReference {
	const slash = image.indexOf('/');
	const first = slash >= 0 ? image.slice(0, slash) : '';
	const hasHost = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
	const host = hasHost ? canonicalHost(first) : 'docker.io';
	const parsed = parseRepoRef(hasHost ? image.slice(slash + 1) : image);
	const repository = host === 'docker.io' && !parsed.repository.includes('/') ? `library/${parsed.repository}` : parsed.repository;
	return {host, ...parsed, repository};
}

/** Looks an image up in a store by tag or digest. */
export function findImage(store: ImageStore, ref: {repository: string; tag?: string; digest?: string}): StoredImage | undefined {
	const tags = store.get(ref.repository.toLowerCase());
	if (!tags) {
		return undefined;
	}
	if (ref.digest) {
		return [...tags.values()].find((image) => image.digest === ref.digest);
	}
	return tags.get(ref.tag ?? 'latest');
}

/** Stores an image under a repository and tag. */
export function putImage(store: ImageStore, repository: string, tag: string, image: StoredImage): void {
	const repo = repository.toLowerCase();
	const tags = store.get(repo) ?? new Map<string, StoredImage>();
	tags.set(tag, image);
	store.set(repo, tags);
}
