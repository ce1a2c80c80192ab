import {badRequest, fieldInvalid, fieldRequired, invalid} from './status.js';
import {isObject, type KubeObject} from './types.js';

const dockerConfigKey = '.dockerconfigjson';
const dockerCfgKey = '.dockercfg';

/** Folds `stringData` into `data`, defaults the type and validates a dockerconfigjson secret, as the apiserver does. */
export function validateSecret(input: KubeObject): KubeObject {
	const data: Record<string, string> = {};
	if (isObject(input.data)) {
		for (const [key, value] of Object.entries(input.data)) {
			const text = typeof value === 'string' ? value : '';
			const bad = badBase64Offset(text);
			if (bad !== undefined) throw badRequest(`Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte ${bad}`);
			data[key] = text;
		}
	}
	if (isObject(input.stringData)) {
		for (const [key, value] of Object.entries(input.stringData)) data[key] = Buffer.from(String(value), 'utf8').toString('base64');
	}
	const {stringData: _ignored, ...rest} = input;
	const secret: KubeObject = {...rest, data, type: typeof input.type === 'string' && input.type !== '' ? input.type : 'Opaque'};
	if (secret.type === 'kubernetes.io/dockerconfigjson') validateDockerConfig(secret.metadata.name, data[dockerConfigKey]);
	if (secret.type === 'kubernetes.io/dockercfg') validateDockerCfg(secret.metadata.name, data[dockerCfgKey]);
	return secret;
}

function validateDockerConfig(name: string, encoded: string | undefined): void {
	const field = `data[${dockerConfigKey}]`;
	if (encoded === undefined) throw invalid('Secret', '', name, [fieldRequired(field)]);
	const problem = dockerConfigProblem(Buffer.from(encoded, 'base64').toString('utf8'));
	if (problem !== undefined) throw invalid('Secret', '', name, [fieldInvalid(field, '"<secret contents redacted>"', problem)]);
}

function validateDockerCfg(name: string, encoded: string | undefined): void {
	const field = `data[${dockerCfgKey}]`;
	if (encoded === undefined) throw invalid('Secret', '', name, [fieldRequired(field)]);
	const problem = jsonObjectProblem(Buffer.from(encoded, 'base64').toString('utf8'));
	if (problem !== undefined) throw invalid('Secret', '', name, [fieldInvalid(field, '"<secret contents redacted>"', problem)]);
}

/** The Go `encoding/json` error for a payload that is not a JSON object, or undefined. */
function jsonObjectProblem(text: string): string | undefined {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		const first = text.trimStart()[0];
		return first === undefined ? 'unexpected end of JSON input' : `invalid character '${first}' looking for beginning of value`;
	}
	if (isObject(parsed)) return undefined;
	const kind = Array.isArray(parsed) ? 'array' : parsed === null ? 'null' : typeof parsed;
	return `json: cannot unmarshal ${kind} into Go value of type map[string]interface {}`;
}

/** The Go `encoding/json` style error for a dockerconfigjson payload, or undefined when it is usable. */
function dockerConfigProblem(text: string): string | undefined {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		const first = text.trimStart()[0];
		return first === undefined ? 'unexpected end of JSON input' : `invalid character '${first}' looking for beginning of value`;
	}
	if (!isObject(parsed)) {
		const kind = Array.isArray(parsed) ? 'array' : parsed === null ? 'null' : typeof parsed;
		return `json: cannot unmarshal ${kind} into Go value of type map[string]interface {}`;
	}
	// The real apiserver only checks that the payload is a JSON object; the kubelet ignores one without `auths`.
	if (!isObject(parsed.auths)) return 'missing "auths": the docker config JSON must map registry servers under "auths"';
	return undefined;
}

function badBase64Offset(text: string): number | undefined {
	const stripped = text.replace(/=+$/, '');
	const match = /[^A-Za-z0-9+/]/.exec(stripped);
	if (match) return match.index;
	if (text.length % 4 !== 0) return Math.floor(text.length / 4) * 4;
	return undefined;
}

/**
 * Docker credentials the kubelet reads from a pull secret: only a `kubernetes.io/dockerconfigjson` secret's
 * `.dockerconfigjson` (servers under `auths`) or a `kubernetes.io/dockercfg` secret's `.dockercfg` (servers at the top
 * level). Any other type, an Opaque secret holding the same key included, gives nothing, as in the real kubelet.
 */
export function dockerCredentials(secret: KubeObject): Array<{server: string; username: string; password: string}> {
	const type = secret.type;
	const dataKey = type === 'kubernetes.io/dockerconfigjson' ? dockerConfigKey : type === 'kubernetes.io/dockercfg' ? dockerCfgKey : undefined;
	const encoded = dataKey !== undefined && isObject(secret.data) ? secret.data[dataKey] : undefined;
	if (typeof encoded !== 'string') return [];
	let parsed: unknown;
	try {
		parsed = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
	} catch {
		return [];
	}
	const servers = !isObject(parsed) ? undefined : dataKey === dockerCfgKey ? parsed : isObject(parsed.auths) ? parsed.auths : undefined;
	if (!servers) return [];
	return Object.entries(servers).flatMap(([server, entry]) => {
		if (!isObject(entry)) return [];
		let username = typeof entry.username === 'string' ? entry.username : '';
		let password = typeof entry.password === 'string' ? entry.password : '';
		if ((!username || !password) && typeof entry.auth === 'string') {
			const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
			const colon = decoded.indexOf(':');
			if (colon >= 0) [username, password] = [decoded.slice(0, colon), decoded.slice(colon + 1)];
		}
		return [{server, username, password}];
	});
}
