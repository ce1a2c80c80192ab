/** The registry side: the image names a registry the user can see, and the registry's network lets the cluster in. Pure. */
import {networkRuleAddCommand, privateDnsLinkCommand, setImageCommand} from '../../commands/doctor.js';
import {messages} from '../../messages/catalog.js';
import type {Finding, FixAction} from '../findings.js';
import {onHost} from '../image-ref.js';
import {cloudOfAcrSuffix, cloudOfLoginServer, privateLinkZone} from '../../azure/clouds.js';
import {failedWith, isAcrHost, type CheckInput} from './input.js';

/** Levenshtein distance, for a registry name typed wrong by a letter or two. */
function distance(a: string, b: string): number {
	let previous = Array.from({length: b.length + 1}, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length] ?? 0;
}

/** The image's registry: one the user can see, else the closest login server (a typo), else none. */
export function imageRegistry(input: CheckInput): Finding[] {
	const {facts, ref, registry} = input;
	const text = messages().doctor.checks.registry;
	const base = {id: 'image-registry', pod: input.podId};
	if (registry)
		return [
			{
				...base,
				status: 'ok',
				title: text.foundTitle,
				cause: text.found(ref.host, registry.id),
				evidence: [`loginServer: ${registry.loginServer}`],
				explainsKubelet: false,
			},
		];
	if (!isAcrHost(input)) return otherCloud(input);
	const closest = [...facts.registries].map((item) => ({item, score: distance(item.loginServer.toLowerCase(), ref.host)})).sort((a, b) => a.score - b.score)[0];
	const suggestion = closest && closest.score <= 3 ? closest.item : undefined;
	const owner = input.pod.pod.owner;
	const container = input.pod.pod.containers[0]?.name ?? '';
	const actions: FixAction[] = [];
	const commands: string[] = [];
	if (suggestion) {
		const image = onHost(ref, suggestion.loginServer);
		if (owner?.kind === 'Deployment') {
			commands.push(setImageCommand(owner.name, container, image, input.pod.pod.namespace, facts.context));
			actions.push({kind: 'set-image', namespace: input.pod.pod.namespace, deployment: owner.name, container, image});
		} else commands.push(text.useImage(image));
	}
	return [
		{
			...base,
			status: 'fail',
			title: text.notFoundTitle,
			cause: suggestion ? text.typo(ref.host, suggestion.loginServer) : text.notFound(ref.host, facts.registries.length),
			evidence: [`image: ${input.image}`, text.seen(facts.registries.map((item) => item.loginServer))],
			fix: {commands, actions},
			explainsKubelet: failedWith(input, 'no-such-host', 'unauthorized', 'forbidden'),
		},
	];
}

/**
 * An image on a registry of another Azure cloud (`x.azurecr.io` on a cluster of the China cloud): no sign-in,
 * kubelet identity or role crosses clouds. The fix is the same registry name in this cloud when there is one,
 * else importing the image (with that registry's credentials) into a registry here.
 */
function otherCloud(input: CheckInput): Finding[] {
	const {facts, ref} = input;
	const imageCloud = cloudOfLoginServer(ref.host);
	const here = cloudOfAcrSuffix(facts.acrSuffix);
	if (imageCloud === undefined || here === undefined || imageCloud === here) return [];
	const text = messages().doctor.checks.registry;
	const name = ref.host.slice(0, ref.host.indexOf('.'));
	const same = facts.registries.find((item) => item.loginServer.toLowerCase() === `${name}${facts.acrSuffix}`.toLowerCase());
	const owner = input.pod.pod.owner;
	const container = input.pod.pod.containers[0]?.name ?? '';
	const commands: string[] = [];
	const actions: FixAction[] = [];
	if (same) {
		const image = onHost(ref, same.loginServer);
		if (owner?.kind === 'Deployment') {
			commands.push(setImageCommand(owner.name, container, image, input.pod.pod.namespace, facts.context));
			actions.push({kind: 'set-image', namespace: input.pod.pod.namespace, deployment: owner.name, container, image});
		} else commands.push(text.useImage(image));
	} else commands.push(text.importAcross(input.image, facts.acrSuffix));
	return [
		{
			id: 'image-cloud',
			pod: input.podId,
			status: 'fail',
			title: text.otherCloudTitle,
			cause: `${text.otherCloud(ref.host, imageCloud, here, facts.acrSuffix)}${same ? ` ${text.otherCloudSame(ref.host, same.loginServer)}` : ''}`,
			evidence: [`image: ${input.image}`, text.seen(facts.registries.map((item) => item.loginServer))],
			fix: {commands, actions},
			explainsKubelet: failedWith(input, 'no-such-host', 'unauthorized', 'forbidden', 'timeout'),
		},
	];
}

/** The registry's network: public access off (private endpoint and its DNS), or a firewall that does not admit the cluster. */
export function registryNetwork(input: CheckInput): Finding[] {
	const {facts, registry} = input;
	if (!registry) return [];
	const text = messages().doctor.checks.registry;
	const base = {id: 'registry-network', pod: input.podId};
	const refused = failedWith(input, 'forbidden', 'timeout', 'no-such-host');
	const rules = registry.networkRuleSet;
	if (registry.publicNetworkAccess === 'Disabled') {
		return [
			{
				...base,
				status: refused ? 'fail' : 'ok',
				title: refused ? text.privateTitle : text.privateOkTitle,
				cause: refused ? text.privateRefused(registry.name, privateLinkZone(facts.acrSuffix)) : text.privateOk(registry.name),
				evidence: [`publicNetworkAccess: ${registry.publicNetworkAccess}`],
				...(refused
					? {fix: {commands: [privateDnsLinkCommand('<private-dns-zone-resource-group>', '<cluster-vnet-id>', privateLinkZone(facts.acrSuffix))], actions: []}}
					: {}),
				explainsKubelet: refused,
			},
		];
	}
	if (rules?.defaultAction === 'Deny') {
		return [
			{
				...base,
				status: refused ? 'fail' : 'warn',
				title: text.firewallTitle,
				cause: text.firewall(registry.name, rules.ipRules),
				evidence: [`networkRuleSet.defaultAction: Deny`, `networkRuleSet.ipRules: ${rules.ipRules.join(', ') || '(none)'}`],
				fix: {commands: [networkRuleAddCommand(registry, '<cluster-egress-ip>', facts.azDefaultSubscriptionId)], actions: []},
				explainsKubelet: refused,
			},
		];
	}
	return [
		{
			...base,
			status: 'ok',
			title: text.openTitle,
			cause: text.open(registry.name),
			evidence: [`publicNetworkAccess: ${registry.publicNetworkAccess ?? 'Enabled'}`, `networkRuleSet.defaultAction: ${rules?.defaultAction ?? 'Allow'}`],
			explainsKubelet: false,
		},
	];
}
