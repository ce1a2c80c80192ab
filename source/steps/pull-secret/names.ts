/**
 * Pure validators for the names the pull-secret path asks for. Each returns the exact reason
 * a name is refused (shown live while typing), or undefined when the name is fine.
 */
import {messages} from '../../messages/catalog.js';

const labelMax = 63;

const systemNamespaces = new Set(['kube-system', 'kube-public', 'kube-node-lease']);

/** Whether a namespace belongs to the cluster itself: kube-system, kube-public, kube-node-lease or any other `kube-` one. */
export function isSystemNamespace(name: string): boolean {
	return systemNamespaces.has(name) || name.startsWith('kube-');
}
const subdomainMax = 253;

/** The characters of `value` that `allowed` refuses, each once, quoted: `'_', '.'`. */
function refused(value: string, allowed: RegExp): string {
	const bad = [...new Set([...value].filter((character) => !allowed.test(character)))];
	return bad.map((character) => `'${character}'`).join(', ');
}

/**
 * Checks a Kubernetes DNS label (RFC 1123): lower-case alphanumerics and '-', starting and
 * ending with an alphanumeric, at most 63 characters. `what` names it in the reason.
 */
export function validateDnsLabel(value: string, what: string = messages().pullSecret.names.namespace): string | undefined {
	const text = messages().pullSecret.names;
	if (value.length === 0) return text.empty(what);
	if (value.length > labelMax) return text.tooLong(what, value.length, labelMax);
	// Upper case is suggested away only when the lower-case form is itself valid; otherwise its own problem is said.
	if (value !== value.toLowerCase() && /^[a-zA-Z0-9-]+$/.test(value)) return validateDnsLabel(value.toLowerCase(), what) ?? text.upperCase(value.toLowerCase());
	const bad = refused(value, /[a-z0-9-]/);
	if (bad) return text.characters(what, bad);
	if (!/^[a-z0-9]/.test(value)) return text.start(what, value.charAt(0));
	if (!/[a-z0-9]$/.test(value)) return text.end(what, value.charAt(value.length - 1));
	return undefined;
}

/** Checks a DNS subdomain (RFC 1123), the rule for secret names: dot-separated DNS labels, at most 253 characters. */
export function validateDnsSubdomain(value: string, what: string = messages().pullSecret.names.secret): string | undefined {
	const text = messages().pullSecret.names;
	if (value.length === 0) return text.empty(what);
	if (value.length > subdomainMax) return text.tooLong(what, value.length, subdomainMax);
	if (value !== value.toLowerCase() && /^[a-zA-Z0-9.-]+$/.test(value))
		return validateDnsSubdomain(value.toLowerCase(), what) ?? text.upperCase(value.toLowerCase());
	const bad = refused(value, /[a-z0-9.-]/);
	if (bad) return text.subdomainCharacters(what, bad);
	for (const label of value.split('.')) {
		if (label.length === 0) return text.emptyLabel(what);
		if (!/^[a-z0-9]/.test(label)) return text.start(what, label.charAt(0));
		if (!/[a-z0-9]$/.test(label)) return text.end(what, label.charAt(label.length - 1));
	}
	return undefined;
}

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` is a GUID such as an appId (8-4-4-4-12 hexadecimal digits). */
export function isGuid(value: string): boolean {
	return guidPattern.test(value);
}

/** Whether `value` looks like an attempt at a GUID (hex digits and hyphens), so a bad one gets the GUID reason. */
function looksLikeGuid(value: string): boolean {
	return value.includes('-') && value.length >= 8 && /^[0-9a-fA-F-]+$/.test(value);
}

/** Checks an appId or a display name: a GUID-like answer must be a well-formed GUID. */
export function validateServicePrincipalReference(value: string): string | undefined {
	const text = messages().pullSecret.existing;
	const trimmed = value.trim();
	if (trimmed.length === 0) return text.empty;
	if (looksLikeGuid(trimmed) && !isGuid(trimmed)) return text.badGuid(trimmed);
	return undefined;
}

/** Checks a new service principal's display name (Microsoft Graph allows 1 to 120 characters). */
export function validateServicePrincipalName(value: string): string | undefined {
	const text = messages().pullSecret.newPrincipal;
	if (value.trim().length === 0) return text.empty;
	if (value.length > 120) return text.tooLong(value.length);
	return undefined;
}

/** The longest token name, so that `<token>-scope-map` stays within ACR's 50 characters. */
const tokenNameMax = 40;

/** Checks an ACR token name: 5 to 40 letters, digits and hyphens (its scope map adds `-scope-map`). */
export function validateTokenName(value: string): string | undefined {
	const text = messages().pullSecret.token;
	if (value.length < 5) return text.nameTooShort(value.length);
	if (value.length > tokenNameMax) return text.nameTooLong(value.length, tokenNameMax);
	const bad = refused(value, /[a-zA-Z0-9-]/);
	if (bad) return text.nameCharacters(bad);
	return undefined;
}

/** Splits a comma-separated list of repositories, trimming and dropping empties and duplicates. */
export function parseRepositories(value: string): string[] {
	return [
		...new Set(
			value
				.split(',')
				.map((item) => item.trim())
				.filter((item) => item.length > 0),
		),
	];
}

const repositoryPattern = /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/;

/** Checks a comma-separated list of repository names (lower case, path components separated by '/'). */
export function validateRepositories(value: string): string | undefined {
	const text = messages().pullSecret.token;
	const repositories = parseRepositories(value);
	if (repositories.length === 0) return text.noRepositories;
	const bad = repositories.find((repository) => !repositoryPattern.test(repository));
	return bad === undefined ? undefined : text.badRepository(bad);
}

/** Checks the optional password expiry: empty (never) or a whole number of days from 1 to 3650. */
export function validateExpiryDays(value: string): string | undefined {
	const trimmed = value.trim();
	if (trimmed === '') return undefined;
	const days = Number(trimmed);
	return /^\d+$/.test(trimmed) && days >= 1 && days <= 3650 ? undefined : messages().pullSecret.token.badExpiry(trimmed);
}
