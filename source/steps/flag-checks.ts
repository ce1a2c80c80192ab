/**
 * The checks of flag values that need no Azure and no cluster, run before anything starts: a
 * flag that would be refused later (after a registry was created) is refused now, with exit 2,
 * saying what is wrong and the flag to pass instead.
 */
import type {FlagProblem, Flags} from '../flags.js';
import {messages} from '../messages/catalog.js';
import {isSystemNamespace, validateDnsLabel} from './pull-secret/names.js';
import {validateRegistryName} from './registry/registry-name.js';
import {regionProblem} from './shared/regions.js';
import {clouds} from '../azure/clouds.js';

/** Azure location names as ARM takes them: lower-case letters and digits (`eastus`, `westeurope2`). */
const locationPattern = /^[a-z0-9]+$/;

/** A tenant id: the GUID `az account tenant list` shows. */
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The first flag value that cannot be used, or undefined. */
export function checkFlagValues(flags: Flags): FlagProblem | undefined {
	const text = messages().flags.values;
	if (flags.demo && flags.kubeconfig !== undefined) return {message: text.demoKubeconfig(flags.kubeconfig), suggestion: text.demoKubeconfigFix};
	if (flags.namespace !== undefined) {
		const reason =
			validateDnsLabel(flags.namespace) ?? (isSystemNamespace(flags.namespace) ? messages().pullSecret.target.systemNamespace(flags.namespace) : undefined);
		if (reason) return {message: text.bad('--namespace', flags.namespace, reason), suggestion: text.badFix('--namespace', 'awesomeapps')};
	}
	if (flags.registryName !== undefined) {
		const reason = validateRegistryName(flags.registryName);
		if (reason) return {message: text.bad('--registry-name', flags.registryName, reason), suggestion: text.badFix('--registry-name', 'myregistry01')};
	}
	if (flags.location !== undefined && !locationPattern.test(flags.location)) {
		const normal = flags.location.toLowerCase().replaceAll(/[^a-z0-9]/g, '');
		return {message: text.badLocation(flags.location), suggestion: text.badFix('--location', normal || 'eastus')};
	}
	// With --cloud, a region of another cloud (eastus in AzureChinaCloud) is refused now, not after a registry was made.
	for (const [flag, location] of [
		['--location', flags.location],
		['--cluster-location', flags.clusterLocation],
	] as const) {
		const problem = flags.cloud === undefined || location === undefined ? undefined : regionProblem({azureCloud: flags.cloud}, location);
		if (problem) return {message: problem, suggestion: text.badFix(flag, clouds[flags.cloud ?? 'AzureCloud'].defaultLocation)};
	}
	if (flags.tenant !== undefined && !guidPattern.test(flags.tenant)) return {message: text.badTenant(flags.tenant), suggestion: text.badTenantFix};
	return undefined;
}
