/** Image references as the kubelet reads them: `host/repository:tag`, with Docker Hub's defaults. */

/** The parts of an image reference. */
export type ImageRef = {readonly host: string; readonly repository: string; readonly tag: string};

/** Splits `myregistry.azurecr.io/nginx:v1` into host, repository and tag (Docker Hub and `latest` by default). */
export function parseImageRef(image: string): ImageRef {
	const [withoutDigest = ''] = image.split('@');
	const slash = withoutDigest.indexOf('/');
	const first = slash === -1 ? '' : withoutDigest.slice(0, slash);
	// Like Docker: the first part is a host only when it has a dot or a port, or is localhost.
	const hasHost = first !== '' && (first.includes('.') || first.includes(':') || first === 'localhost');
	const host = hasHost ? first.toLowerCase() : 'docker.io';
	const rest = hasHost ? withoutDigest.slice(slash + 1) : withoutDigest;
	const colon = rest.lastIndexOf(':');
	const repository = colon === -1 ? rest : rest.slice(0, colon);
	const tag = colon === -1 ? 'latest' : rest.slice(colon + 1);
	return {host, repository: host === 'docker.io' && !repository.includes('/') ? `library/${repository}` : repository, tag};
}

/** The same image on another host: `<loginServer>/nginx:v1`. */
export function onHost(ref: ImageRef, host: string): string {
	return `${host}/${ref.repository}:${ref.tag}`;
}

/** The host named in a kubelet message (`lookup <host>: no such host`, or `Head "https://<host>/v2/…"`). */
export function hostInMessage(message: string): string | undefined {
	return /lookup ([^\s:]+)(?::\d+)?: no such host/.exec(message)?.[1] ?? /https:\/\/([^/\s"]+)\//.exec(message)?.[1];
}
