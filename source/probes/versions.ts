/** Reading tool versions from their own output, and comparing them with what the seeds require. */
// The three functions, not the whole package: its index loads every range and comparator module (~60 kB) at start-up.
import coerce from 'semver/functions/coerce.js';
import gte from 'semver/functions/gte.js';
import valid from 'semver/functions/valid.js';

/** The Azure CLI versions the seeds require: attach needs 2.7.0, the service principal script 2.25.0. */
export const azMinimum = {attach: '2.7.0', servicePrincipal: '2.25.0'} as const;

/** Parses `az version -o json` (`{"azure-cli": "2.61.0", …}`); undefined when it is not that. */
export function parseAzVersion(stdout: string): string | undefined {
	try {
		const parsed: unknown = JSON.parse(stdout);
		if (typeof parsed !== 'object' || parsed === null) return undefined;
		const version = (parsed as Record<string, unknown>)['azure-cli'];
		return typeof version === 'string' && valid(coerce(version)) ? version : undefined;
	} catch {
		return undefined;
	}
}

/** Parses `kubectl version --client -o json` (`{"clientVersion": {"gitVersion": "v1.32.4"}}`). */
export function parseKubectlVersion(stdout: string): string | undefined {
	try {
		const parsed: unknown = JSON.parse(stdout);
		if (typeof parsed !== 'object' || parsed === null) return undefined;
		const client = (parsed as Record<string, unknown>)['clientVersion'];
		if (typeof client !== 'object' || client === null) return undefined;
		const version = (client as Record<string, unknown>)['gitVersion'];
		return typeof version === 'string' ? version : undefined;
	} catch {
		return undefined;
	}
}

/** Whether `version` is at least `minimum` (pre-release and build tags ignored). */
export function atLeast(version: string, minimum: string): boolean {
	const coerced = coerce(version);
	return coerced !== null && gte(coerced, minimum);
}
