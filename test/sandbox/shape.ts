import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

/** One example file from `test/fixtures/contracts/arm/` (copied unchanged from the shared contracts). */
export type ContractExample = {
	parameters: Record<string, unknown>;
	responses: Record<string, {headers?: Record<string, string>; body?: unknown}>;
};

/** Reads an example file, e.g. `Microsoft.ContainerRegistry/2025-11-01/RegistryGet.json`. */
export function example(path: string): ContractExample {
	const url = new URL(`../fixtures/contracts/arm/${path}`, import.meta.url);
	return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as ContractExample;
}

/** Fields whose keys are data (user maps), not schema: only their being objects is compared. */
const mapFields = new Set(['tags', 'configurationSettings', 'configurationProtectedSettings']);

const jsonType = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** How an answer's shape differs from an example's: missing keys and type mismatches, plus the extra keys it has. */
export type ShapeReport = {problems: string[]; extras: string[]};

/** What the specs document beyond an example: the type of a field an example shows as `null`, and the values of enums. */
export type ShapeRules = {
	/** Path (without `$.` and a leading `value[].`) → the JSON type the spec gives a field the example leaves null. */
	readonly nullTypes?: Readonly<Record<string, string>>;
	/** Path (as above) → the values the spec's enum allows. */
	readonly enums?: Readonly<Record<string, readonly string[]>>;
};

/** The path as rules name it: no `$.`, no list wrapper, `[]` for every index. */
const rulePath = (path: string): string =>
	path
		.replace(/\[\d+\]/g, '[]')
		.replace(/^\$\.?/, '')
		.replace(/^value\[\]\.?/, '');

/** From the specs (azure-rest-api-specs) of the example files' api-versions: enums and the types of fields examples leave null. */
const documented: Readonly<Record<string, ShapeRules>> = {
	'Microsoft.ContainerRegistry': {
		nullTypes: {'properties.status': 'object'},
		enums: {
			'properties.provisioningState': ['Creating', 'Updating', 'Deleting', 'Succeeded', 'Failed', 'Canceled'],
			'sku.name': ['Classic', 'Basic', 'Standard', 'Premium'],
			'sku.tier': ['Classic', 'Basic', 'Standard', 'Premium'],
			'properties.status': ['enabled', 'disabled'],
			'properties.encryption.status': ['enabled', 'disabled'],
			'properties.policies.quarantinePolicy.status': ['enabled', 'disabled'],
			'properties.policies.trustPolicy.status': ['enabled', 'disabled'],
			'properties.policies.retentionPolicy.status': ['enabled', 'disabled'],
			'properties.policies.exportPolicy.status': ['enabled', 'disabled'],
			'properties.policies.azureADAuthenticationAsArmPolicy.status': ['enabled', 'disabled'],
			'properties.mode': ['Registry', 'Mirror', 'ReadWrite', 'ReadOnly'],
			'properties.connectionState': ['Online', 'Offline', 'Syncing', 'Unhealthy'],
			'properties.activation.status': ['Active', 'Inactive'],
			'properties.logging.logLevel': ['Debug', 'Information', 'Warning', 'Error', 'None'],
			'properties.logging.auditLogStatus': ['Enabled', 'Disabled'],
			'properties.networkRuleBypassOptions': ['AzureServices', 'None'],
			'properties.networkRuleSet.defaultAction': ['Allow', 'Deny'],
			'properties.publicNetworkAccess': ['Enabled', 'Disabled'],
			'properties.zoneRedundancy': ['Enabled', 'Disabled'],
		},
	},
	'Microsoft.ContainerService': {
		enums: {
			'identity.type': ['SystemAssigned', 'UserAssigned', 'None'],
			'properties.agentPoolProfiles[].osType': ['Linux', 'Windows'],
			'properties.networkProfile.networkPlugin': ['azure', 'kubenet', 'none'],
			'properties.networkProfile.outboundType': ['loadBalancer', 'userDefinedRouting', 'managedNATGateway', 'userAssignedNATGateway', 'none'],
			'properties.networkProfile.loadBalancerSku': ['standard', 'basic'],
		},
	},
	'Microsoft.Kubernetes': {
		enums: {
			'properties.provisioningState': ['Succeeded', 'Failed', 'Canceled', 'Provisioning', 'Updating', 'Deleting', 'Accepted'],
			'properties.connectivityStatus': ['Connecting', 'Connected', 'Offline', 'Expired', 'AgentNotInstalled'],
			'properties.privateLinkState': ['Enabled', 'Disabled'],
			'properties.azureHybridBenefit': ['True', 'False', 'NotApplicable'],
			'identity.type': ['None', 'SystemAssigned'],
		},
	},
	'Microsoft.KubernetesConfiguration': {
		nullTypes: {'properties.currentVersion': 'string', error: 'object'},
		enums: {'properties.provisioningState': ['Succeeded', 'Failed', 'Canceled', 'Creating', 'Updating', 'Deleting']},
	},
	'Microsoft.Authorization': {
		enums: {'properties.principalType': ['User', 'Group', 'ServicePrincipal', 'ForeignGroup', 'Device']},
	},
};

/** The rules for an example file, by its provider folder. */
export const rulesFor = (file: string): ShapeRules => documented[file.split('/')[0] ?? ''] ?? {};

/**
 * Compares key sets and JSON types recursively. A `null` in the example matches `null` or the type the spec
 * documents (`rules.nullTypes`); a null with no documented type is a problem of its own. Each item of an answer's
 * array must match one of the example's items (all of them are tried, not only the first). String values of
 * documented enums must be among the enum's values.
 */
export function compareShape(
	expected: unknown,
	actual: unknown,
	path = '$',
	report: ShapeReport = {problems: [], extras: []},
	rules: ShapeRules = {},
): ShapeReport {
	const te = jsonType(expected);
	const ta = jsonType(actual);
	const where = rulePath(path);
	const allowed = rules.enums?.[where];
	if (allowed !== undefined && typeof actual === 'string' && !allowed.includes(actual)) {
		report.problems.push(`${path}: '${actual}' is not one of the documented values ${allowed.join(', ')}`);
	}
	if (te === 'null') {
		if (path === '$') return report;
		const documentedType = rules.nullTypes?.[where];
		if (documentedType === undefined) {
			report.problems.push(`${path}: null in the example, and no documented type to check it against`);
		} else if (ta !== 'null' && ta !== documentedType) {
			report.problems.push(`${path}: expected null or ${documentedType}, got ${ta}`);
		}
		return report;
	}
	if (te !== ta) {
		report.problems.push(`${path}: expected ${te}, got ${ta}`);
		return report;
	}
	if (te === 'array') {
		const candidates = expected as unknown[];
		if (candidates.length > 0) {
			for (const [index, item] of (actual as unknown[]).entries()) {
				// The closest of the example's items decides: fewest problems, then fewest extra keys.
				const tries = candidates.map((candidate) => compareShape(candidate, item, `${path}[${index}]`, {problems: [], extras: []}, rules));
				const best = tries.reduce((a, b) =>
					b.problems.length < a.problems.length || (b.problems.length === a.problems.length && b.extras.length < a.extras.length) ? b : a,
				);
				report.problems.push(...best.problems);
				report.extras.push(...best.extras);
			}
		}
		return report;
	}
	if (te === 'object' && mapFields.has(path.split('.').pop() ?? '')) {
		return report;
	}
	if (te === 'object') {
		const e = expected as Record<string, unknown>;
		const a = actual as Record<string, unknown>;
		for (const name of Object.keys(e)) {
			if (!(name in a)) {
				report.problems.push(`${path}.${name}: missing`);
			} else {
				compareShape(e[name], a[name], `${path}.${name}`, report, rules);
			}
		}
		for (const name of Object.keys(a)) {
			if (!(name in e)) {
				report.extras.push(`${path}.${name}`);
				// A field the example lacks still has to carry a documented enum value.
				checkEnums(a[name], `${path}.${name}`, report, rules);
			}
		}
	}
	return report;
}

/** Checks documented enum values anywhere below a value the example has no counterpart for. */
function checkEnums(value: unknown, path: string, report: ShapeReport, rules: ShapeRules): void {
	const allowed = rules.enums?.[rulePath(path)];
	if (allowed !== undefined && typeof value === 'string' && !allowed.includes(value)) {
		report.problems.push(`${path}: '${value}' is not one of the documented values ${allowed.join(', ')}`);
	}
	if (Array.isArray(value)) value.forEach((item, index) => checkEnums(item, `${path}[${index}]`, report, rules));
	else if (typeof value === 'object' && value !== null) for (const [name, item] of Object.entries(value)) checkEnums(item, `${path}.${name}`, report, rules);
}

/** Headers an example carries that the sandbox deliberately does not serve (relative `Operation-Location`, see contracts/README.md). */
const unservedHeaders = new Set(['operation-location', 'x-ms-async-operation-timeout']);

/** Checks an answer against an example: status, headers (absolute URLs), field set and JSON types; returns what is wrong. */
export function contractProblems(
	file: string,
	status: string,
	actual: {status: number; headers: Record<string, string | string[] | undefined>; body: unknown},
	allowedExtras: readonly string[] = [],
): string[] {
	const ex = example(file);
	const wanted = ex.responses[status];
	if (!wanted) {
		return [`${file} has no ${status} response`];
	}
	const problems: string[] = [];
	if (String(actual.status) !== status) {
		problems.push(`status ${actual.status}, expected ${status}: ${JSON.stringify(actual.body)}`);
	}
	if (!actual.headers['x-ms-request-id']) {
		problems.push('no x-ms-request-id header');
	}
	for (const name of Object.keys(wanted.headers ?? {})) {
		if (unservedHeaders.has(name.toLowerCase())) {
			continue;
		}
		const value = actual.headers[name.toLowerCase()];
		if (typeof value !== 'string' || !value.startsWith('https://')) {
			problems.push(`header ${name}: expected an absolute https URL, got ${String(value)}`);
		}
	}
	if (wanted.body === undefined) {
		if (actual.body !== undefined && status !== '200') {
			problems.push(`expected no body, got ${JSON.stringify(actual.body)}`);
		}
		return problems;
	}
	const report = compareShape(wanted.body, actual.body, '$', {problems: [], extras: []}, rulesFor(file));
	problems.push(...report.problems);
	const allowed = new Set(allowedExtras);
	for (const extra of report.extras.map((e) => e.replace(/\[\d+\]/g, '[]'))) {
		if (!allowed.has(extra)) {
			problems.push(`${extra}: not in the example`);
		}
	}
	return problems;
}
