/** What the kubelet's words say about the image itself and the way to it: missing, wrong platform, rate-limited, the network path. Pure. */
import {acrImportCommand} from '../../commands/az.js';
import {nodeSelectorCommand} from '../../commands/doctor.js';
import {messages} from '../../messages/catalog.js';
import type {Finding} from '../findings.js';
import {hostInMessage} from '../image-ref.js';
import type {CheckInput} from './input.js';

/** The image is not in the registry: the repository or the tag is missing. */
function notFound(input: CheckInput, evidence: readonly string[]): Finding {
	const {ref, registry, facts} = input;
	const text = messages().doctor.checks.image;
	const name = ref.repository.replace(/^library\//, '');
	const target = `${name}:${ref.tag}`;
	const source = `docker.io/library/${name}:latest`;
	return {
		id: 'image-exists',
		pod: input.podId,
		status: 'fail',
		title: text.notFoundTitle,
		cause: text.notFound(target, registry?.name ?? ref.host),
		evidence,
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
		evidence: [...evidence, `node ${node?.name ?? '?'}: kubernetes.io/os=${node?.os ?? '?'}, kubernetes.io/arch=${node?.arch ?? '?'}`],
		fix: {
			commands: [text.buildCommand(input.image), ...(owner?.kind === 'Deployment' ? [nodeSelectorCommand(owner.name, input.pod.pod.namespace, other)] : [])],
			actions: [],
		},
		explainsKubelet: true,
	};
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
			return [{...base, id: 'network-tls', title: text.tlsTitle, cause: text.tls(input.ref.host), fix: {commands: [text.tlsHint], actions: []}}];
		case 'timeout': {
			// The host that timed out: the login server, or the data endpoint its layers download from.
			const host = hostInMessage(failure.evidence.join('\n')) ?? input.ref.host;
			return [
				{
					...base,
					id: 'network-egress',
					title: text.timeoutTitle,
					cause: text.timeout(host),
					fix: {commands: [text.egressHint(host)], actions: []},
				},
			];
		}
		case 'no-such-host':
			// A host of a registry the user can see that does not resolve: the cluster's DNS (a typo is the image-registry check's).
			return input.registry
				? [{...base, id: 'network-dns', title: text.dnsTitle, cause: text.dns(input.ref.host), fix: {commands: [text.dnsHint(input.ref.host)], actions: []}}]
				: [];
		default:
			return [];
	}
}
