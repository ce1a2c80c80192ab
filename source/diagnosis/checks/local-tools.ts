/** The machine doctor runs on: az and its known-bad releases, a stale aks-preview, kubectl, the kubeconfig's credential plugin, sudo. Pure. */
import coerce from 'semver/functions/coerce.js';
import lt from 'semver/functions/lt.js';
import satisfies from 'semver/functions/satisfies.js';
import {messages} from '../../messages/catalog.js';
import type {LocalFacts} from '../doctor-facts.js';
import type {Finding} from '../findings.js';
import {knownBadAzReleases} from './az-releases.js';

/** How many minor releases aks-preview's minimum core may trail the installed core before it counts as stale (about a year of monthly releases). */
const staleMinorReleases = 12;

const base = {explainsKubelet: false} as const;

function azFindings(local: LocalFacts): Finding[] {
	const text = messages().doctor.checks.local;
	const {az} = local;
	if (!az.installed)
		return [
			{
				...base,
				id: 'local-az',
				status: 'warn',
				title: text.azMissingTitle,
				cause: text.azMissing,
				evidence: ['az: not found on PATH'],
				fix: {commands: [text.azInstall], actions: []},
			},
		];
	const version = az.version ? coerce(az.version) : null;
	if (!az.version || !version)
		return [
			{
				...base,
				id: 'local-az',
				status: 'warn',
				title: text.azUnreadableTitle,
				cause: text.azUnreadable,
				evidence: ['az version -o json: no azure-cli version'],
				fix: {commands: [text.upgrade], actions: []},
			},
		];
	const bad = knownBadAzReleases.filter((release) => satisfies(version, release.versions));
	if (bad.length === 0)
		return [{...base, id: 'local-az', status: 'ok', title: text.azOkTitle(az.version), cause: text.azOk(az.version), evidence: [`azure-cli: ${az.version}`]}];
	return bad.map((release) => ({
		...base,
		id: 'local-az',
		status: release.severity,
		title: text.azBadTitle(az.version ?? ''),
		cause: text.azBad(az.version ?? '', release.command, release.symptom, release.fixedIn, release.source),
		evidence: [`azure-cli: ${az.version}`, `known bad: ${release.versions} (${release.source})`],
		fix: {commands: [text.upgrade], actions: []},
	}));
}

function previewFindings(local: LocalFacts): Finding[] {
	const preview = local.aksPreview;
	if (!preview) return [];
	const text = messages().doctor.checks.local;
	const version = preview.version ?? '?';
	const evidence = [
		`aks-preview: ${version}`,
		...(preview.minCliCoreVersion ? [`azext.minCliCoreVersion: ${preview.minCliCoreVersion}`] : []),
		...(preview.directory ? [`directory: ${preview.directory}`] : []),
		`azure-cli: ${local.az.version ?? '?'}`,
	];
	const core = local.az.version ? coerce(local.az.version) : null;
	const minimum = preview.minCliCoreVersion ? coerce(preview.minCliCoreVersion) : null;
	const id = 'local-aks-preview';
	if (core && minimum && lt(core, minimum))
		return [
			{
				...base,
				id,
				status: 'fail',
				title: text.previewBrokenTitle,
				cause: text.previewBroken(version, minimum.version, core.version),
				evidence,
				fix: {commands: [text.upgrade, text.previewRemove], actions: []},
			},
		];
	const behind = core && minimum ? (core.major - minimum.major) * 100 + core.minor - minimum.minor : 0;
	if (core && minimum && behind > staleMinorReleases)
		return [
			{
				...base,
				id,
				status: 'warn',
				title: text.previewStaleTitle,
				cause: text.previewStale(version, minimum.version, core.version),
				evidence,
				fix: {commands: [text.previewUpdate, text.previewRemove], actions: []},
			},
		];
	return [{...base, id, status: 'ok', title: text.previewOkTitle, cause: text.previewOk(version), evidence}];
}

function kubectlFindings(local: LocalFacts): Finding[] {
	const text = messages().doctor.checks.local;
	if (!local.kubectl.installed)
		return [
			{
				...base,
				id: 'local-kubectl',
				status: 'warn',
				title: text.kubectlMissingTitle,
				cause: text.kubectlMissing,
				evidence: ['kubectl: not found on PATH'],
				fix: {commands: [text.kubectlInstall], actions: []},
			},
		];
	const version = local.kubectl.version ?? '?';
	return [{...base, id: 'local-kubectl', status: 'ok', title: text.kubectlOkTitle(version), cause: text.kubectlOk, evidence: [`kubectl: ${version}`]}];
}

/** The credential plugin of the kubeconfig user and root-through-sudo: each makes doctor's own reads fail, so they rank before any pod's findings. */
export function localBlockers(local: LocalFacts | undefined): Finding[] {
	if (!local) return [];
	const text = messages().doctor.checks.local;
	const found: Finding[] = [];
	const plugin = local.execPlugin;
	if (plugin && !plugin.onPath)
		found.push({
			...base,
			id: 'local-exec-plugin',
			status: 'fail',
			title: text.pluginMissingTitle(plugin.command),
			cause: text.pluginMissing(plugin.user, plugin.command),
			evidence: [`users[${plugin.user}].user.exec.command: ${plugin.command}`, `${plugin.command}: not found on PATH`],
			fix: {commands: [text.pluginInstall(plugin.command)], actions: []},
		});
	const sudo = local.sudo;
	if (sudo && sudo.profile !== 'signed-in')
		found.push({
			...base,
			id: 'local-sudo',
			status: 'fail',
			title: text.sudoTitle,
			cause: text.sudo(sudo.user, sudo.azConfigDir),
			evidence: [`SUDO_USER=${sudo.user}, uid 0`, `${sudo.azConfigDir}/azureProfile.json: ${sudo.profile === 'missing' ? 'not there' : 'no subscriptions'}`],
			fix: {commands: [text.sudoRun, text.sudoConfigDir(sudo.user)], actions: []},
		});
	return found;
}

/** The local tools' findings that do not block doctor's reads (az, aks-preview, kubectl, and the plugin when it is there). */
export function localTools(local: LocalFacts | undefined): Finding[] {
	if (!local) return [];
	const text = messages().doctor.checks.local;
	const plugin = local.execPlugin;
	const pluginOk: Finding[] =
		plugin?.onPath === true
			? [
					{
						...base,
						id: 'local-exec-plugin',
						status: 'ok',
						title: text.pluginOkTitle(plugin.command),
						cause: text.pluginOk(plugin.user, plugin.command),
						evidence: [`users[${plugin.user}].user.exec.command: ${plugin.command}`],
					},
				]
			: [];
	return [...azFindings(local), ...previewFindings(local), ...kubectlFindings(local), ...pluginOk];
}
