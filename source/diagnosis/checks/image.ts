/** What the kubelet's words say about the image itself and the way to it: missing, wrong platform, rate-limited, the network path. Pure. */
import {acrImportCommand} from '../../commands/az.js';
import {nodeSelectorCommand} from '../../commands/doctor.js';
import {messages} from '../../messages/catalog.js';
import {imageKey, type ImageContent} from '../doctor-facts.js';
import type {Finding} from '../findings.js';
import {hostInMessage} from '../image-ref.js';
import {privateLinkZone} from '../../azure/clouds.js';
import type {CheckInput} from './input.js';

/** What the registry's data plane says of the image (read, not inferred), when it was read. */
export function contentOf(input: CheckInput): ImageContent | undefined {
	return input.facts.images?.[imageKey(input.ref.host, input.ref.repository, input.ref.tag)];
}

/** The data plane's words about a missing repository or tag, or the kubelet's inference when it was not read. */
function missingCause(input: CheckInput, content: ImageContent | undefined): {cause: string; evidence: string[]} {
	const {ref, registry} = input;
	const text = messages().doctor.checks.image;
	const name = registry?.name ?? ref.host;
	if (content?.tags === null) return {cause: text.repositoryMissing(ref.repository, name), evidence: [`GET /v2/${ref.repository}/tags/list: NAME_UNKNOWN`]};
	if (content?.tags && !content.tags.includes(ref.tag))
		return {
			cause: text.tagMissing(ref.tag, ref.repository, name, content.tags),
			evidence: [`GET /v2/${ref.repository}/tags/list: ${content.tags.join(', ') || '(no tags)'}`],
		};
	return {cause: text.notFound(`${ref.repository.replace(/^library\//, '')}:${ref.tag}`, name), evidence: []};
}

/** The image is not in the registry: the repository or the tag is missing. */
function notFound(input: CheckInput, evidence: readonly string[]): Finding {
	const {ref, registry, facts} = input;
	const text = messages().doctor.checks.image;
	const name = ref.repository.replace(/^library\//, '');
	const target = `${name}:${ref.tag}`;
	const source = `docker.io/library/${name}:latest`;
	const missing = missingCause(input, contentOf(input));
	return {
		id: 'image-exists',
		pod: input.podId,
		status: 'fail',
		title: text.notFoundTitle,
		cause: missing.cause,
		evidence: [...evidence, ...missing.evidence],
		fix: registry
			? {
					commands: [acrImportCommand(registry, source, target, facts.azDefaultSubscriptionId)],
					actions: [{kind: 'import-image', registryId: registry.id, source, target}],
				}
			: {commands: [], actions: []},
		explainsKubelet: true,
	};
}

/** The image has no manifest for the node's OS and architecture. */
function platform(input: CheckInput, evidence: readonly string[]): Finding {
	const text = messages().doctor.checks.image;
	const node = input.pod.node;
	const wanted = `${node?.os ?? 'linux'}/${node?.arch ?? 'amd64'}`;
	const owner = input.pod.pod.owner;
	const other = node?.arch === 'arm64' ? 'amd64' : 'arm64';
	return {
		id: 'image-platform',
		pod: input.podId,
		status: 'fail',
		title: text.platformTitle,
		cause: text.platform(input.image, wanted, node?.name ?? '?', node?.pool),
		evidence: [
			...evidence,
			`node ${node?.name ?? '?'}: kubernetes.io/os=${node?.os ?? '?'}, kubernetes.io/arch=${node?.arch ?? '?'}`,
			...platformEvidence(contentOf(input)),
		],
		fix: {
			commands: [text.buildCommand(input.image), ...(owner?.kind === 'Deployment' ? [nodeSelectorCommand(owner.name, input.pod.pod.namespace, other)] : [])],
			actions: [],
		},
		explainsKubelet: true,
	};
}

/** The platforms of a manifest list as the registry serves them. */
function platformEvidence(content: ImageContent | undefined): string[] {
	const manifest = content?.manifest;
	if (!manifest) return [];
	const platforms = manifest.platforms?.map((item) => `${item.os}/${item.architecture}${item.variant ? `/${item.variant}` : ''}`);
	return [`manifest ${manifest.digest} (${manifest.mediaType})${platforms ? `: ${platforms.join(', ')}` : ''}`];
}

/** The image as the registry holds it (read with your sign-in): there, with its digest and platforms; or missing when the kubelet said otherwise. */
export function imageContent(input: CheckInput): Finding[] {
	const content = contentOf(input);
	if (!content || !input.registry || input.facts.connected?.[input.ref.host]) return [];
	const text = messages().doctor.checks.image;
	const base = {id: 'image-content', pod: input.podId, explainsKubelet: false};
	const image = `${input.ref.repository}:${input.ref.tag}`;
	if (content.error !== undefined)
		return input.failure
			? [{...base, status: 'warn', title: text.contentUnreadableTitle, cause: text.contentUnreadable(input.registry.name, image), evidence: [content.error]}]
			: [];
	if (content.manifest) {
		const node = input.pod.node;
		const platforms = content.manifest.platforms;
		const fits = !platforms || !node?.arch || platforms.some((item) => item.architecture === node.arch && (!node.os || item.os === node.os));
		// A platform the kubelet already names is image-platform's (with these platforms as its evidence).
		if (!fits && input.failure?.symptom === 'platform') return [];
		return [
			{
				...base,
				status: fits ? 'ok' : 'fail',
				title: fits ? text.contentOkTitle(image) : text.platformTitle,
				cause: fits
					? text.contentOk(image, input.registry.name)
					: text.platform(input.image, `${node?.os ?? 'linux'}/${node?.arch ?? '?'}`, node?.name ?? '?', node?.pool),
				evidence: platformEvidence(content),
			},
		];
	}
	// Missing: the kubelet's not-found is image-exists's; any other failure gets the fact beside its own cause.
	if (input.failure?.symptom === 'not-found') return [];
	const missing = missingCause(input, content);
	return [{...base, status: 'fail', title: text.notFoundTitle, cause: missing.cause, evidence: missing.evidence}];
}

/** One finding for a kubelet symptom that names its own cause (the image, the network path), else none. */
export function imageAndPath(input: CheckInput): Finding[] {
	const {failure} = input;
	// An image served by a connected registry: its own facts name the cause (checks/connected.ts).
	if (!failure || input.facts.connected?.[input.ref.host]) return [];
	const text = messages().doctor.checks.image;
	const base = {pod: input.podId, status: 'fail' as const, evidence: failure.evidence, explainsKubelet: true};
	switch (failure.symptom) {
		case 'not-found':
			return [notFound(input, failure.evidence)];
		case 'platform':
			return [platform(input, failure.evidence)];
		case 'rate-limited':
			return [
				{
					...base,
					id: 'image-rate-limited',
					title: text.rateLimitedTitle,
					cause: text.rateLimited(input.ref.host),
					fix: {commands: [text.importHint(input.image)], actions: []},
				},
			];
		case 'invalid-name':
			return [{...base, id: 'image-name', title: text.invalidNameTitle, cause: text.invalidName(input.image), fix: {commands: [], actions: []}}];
		case 'tls':
			return [
				{
					...base,
					id: 'network-tls',
					title: text.tlsTitle,
					cause: text.tls(input.ref.host),
					fix: {commands: [text.tlsHintFor(input.facts.acrSuffix)], actions: []},
				},
			];
		case 'timeout': {
			// The host that timed out: the login server, or the data endpoint its layers download from.
			const host = hostInMessage(failure.evidence.join('\n')) ?? input.ref.host;
			return [
				{
					...base,
					id: 'network-egress',
					title: text.timeoutTitle,
					cause: text.timeout(host),
					fix: {commands: [text.egressHint(host, input.facts.acrSuffix)], actions: []},
				},
			];
		}
		case 'no-such-host':
			// A host of a registry the user can see that does not resolve: the cluster's DNS (a typo is the image-registry check's).
			return input.registry
				? [
						{
							...base,
							id: 'network-dns',
							title: text.dnsTitle,
							cause: text.dns(input.ref.host),
							fix: {commands: [text.dnsHint(input.ref.host, privateLinkZone(input.facts.acrSuffix))], actions: []},
						},
					]
				: [];
		default:
			return [];
	}
}
