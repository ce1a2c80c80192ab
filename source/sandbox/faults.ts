/**
 * Fault injection: the kinds of trouble the sandbox can be told to cause, on any of its servers
 * (ARM, Graph, login and every emulated cluster's Kubernetes API).
 *
 * Three ways to arm faults, all with the same spec:
 * - the environment variable `ACR_WIZARD_SANDBOX_FAULTS` (read when the sandbox starts),
 * - `acr-wizard sandbox --faults '<spec>'`,
 * - the control endpoint `/_sandbox/faults` on the ARM server (GET lists the armed faults with
 *   their hits, POST adds a spec (text or JSON), DELETE removes them all).
 *
 * A spec is one or more faults separated by `;`, each written
 * `kind[(argument)][@surface] [METHOD] [path-regex] [xTIMES]`, for example:
 *
 * ```
 * throttle(2) PUT /registries/ x3                          429 with Retry-After: 2, three times
 * server-error GET ^/subscriptions$                        one 500
 * drop-before POST /v1.0/applications$                     the connection closes before the write
 * drop-after POST /v1.0/servicePrincipals$                 the write is applied, then the connection closes
 * latency(200000) PUT /registries/                         the answer is held 200 s
 * lro-failed(RegistryQuotaExceeded) PUT /registries/       the long-running operation ends Failed with that code
 * server-error@kube POST /secrets$ x*                      every create of a secret on a cluster answers 500
 * ```
 * The path is a regular expression tested against the request path without its query (ARM and
 * Kubernetes paths as sent, Graph paths with their `/graph` prefix, login under `/adfs`). The
 * surface (`arm`, `graph`, `login`, `kube`) narrows a fault to one server; `xTIMES` is how many
 * matching requests it hits (1 when absent, `x*` for all).
 */

/** The kinds of trouble the sandbox can be told to cause. */
export type FaultKind = 'latency' | 'throttle' | 'server-error' | 'drop-connection' | 'drop-after' | 'lro-failed';

/** Which of the sandbox's servers a request reached. */
export type FaultSurface = 'arm' | 'graph' | 'login' | 'kube';

const surfaces: readonly FaultSurface[] = ['arm', 'graph', 'login', 'kube'];

/** One injected fault: which requests it hits, what it does, and how many times. */
export type FaultSpec = {
	/** HTTP method to match (any when absent). */
	readonly method?: string;
	/** Tested against the request path (without the query); any path when absent. */
	readonly path?: RegExp;
	/** The server it applies to; all of them when absent. */
	readonly surface?: FaultSurface;
	/** `drop-connection` closes the connection before the request is applied, `drop-after` once it is. */
	readonly kind: FaultKind;
	/** How many matching requests it hits; 1 when absent, `Infinity` for all. */
	readonly times?: number;
	/** For `latency`: how long to hold the answer. */
	readonly latencyMs?: number;
	/** For `throttle`: the `Retry-After` seconds (0 when absent). */
	readonly retryAfterSeconds?: number;
	/** For `lro-failed` and `server-error`: the error code and message. */
	readonly code?: string;
	readonly message?: string;
};

/** An armed fault as the control endpoint lists it. */
export type ArmedFault = {readonly spec: string; readonly left: number | '*'; readonly hits: number};

/** The fault switchboard a test or benchmark holds. */
export type SandboxFaults = {
	/** Adds a fault; returns a function that removes it. */
	inject(spec: FaultSpec): () => void;
	/** Removes all faults. */
	clear(): void;
	/** How many requests each fault has hit so far, in injection order. */
	hits(): readonly number[];
	/** The armed faults, written as specs, with what is left of each and its hits. */
	list(): readonly ArmedFault[];
	/** Takes the fault a request meets, if any (used by the servers). */
	take(method: string, path: string, surface?: FaultSurface): FaultSpec | undefined;
};

type Armed = {spec: FaultSpec; left: number; hits: number};

/** Makes an empty fault switchboard. */
export function createFaults(): SandboxFaults {
	let armed: Armed[] = [];
	return {
		inject(spec) {
			const entry: Armed = {spec, left: spec.times ?? 1, hits: 0};
			armed.push(entry);
			return () => {
				armed = armed.filter((a) => a !== entry);
			};
		},
		clear() {
			armed = [];
		},
		hits() {
			return armed.map((a) => a.hits);
		},
		list() {
			return armed.map((a) => ({spec: formatFault(a.spec), left: a.left === Infinity ? '*' : a.left, hits: a.hits}));
		},
		take(method, path, surface) {
			const entry = armed.find(
				(a) =>
					a.left > 0 &&
					(a.spec.surface === undefined || surface === undefined || a.spec.surface === surface) &&
					(a.spec.method === undefined || a.spec.method.toUpperCase() === method.toUpperCase()) &&
					(a.spec.path === undefined || a.spec.path.test(path)),
			);
			if (!entry) {
				return undefined;
			}
			entry.left -= 1;
			entry.hits += 1;
			return entry.spec;
		},
	};
}

/** A fault spec that cannot be read: what is wrong, and how it is written. */
export class FaultSpecError extends Error {
	constructor(message: string) {
		super(
			`${message}. A fault is written kind[(argument)][@surface] [METHOD] [path-regex] [xTIMES], e.g. "drop-after POST /v1.0/applications$"; kinds: ${kindNames.join(', ')}.`,
		);
		this.name = 'FaultSpecError';
	}
}

const kindNames = ['throttle', 'server-error', 'drop-before', 'drop-after', 'latency', 'lro-failed'] as const;
const methods = new Set(['GET', 'PUT', 'POST', 'PATCH', 'DELETE', 'HEAD']);

function kindOf(name: string): FaultKind | undefined {
	switch (name) {
		case 'throttle':
		case '429':
			return 'throttle';
		case 'server-error':
		case '500':
			return 'server-error';
		case 'drop-before':
		case 'drop-connection':
		case 'drop':
			return 'drop-connection';
		case 'drop-after':
			return 'drop-after';
		case 'latency':
		case 'slow':
			return 'latency';
		case 'lro-failed':
			return 'lro-failed';
		default:
			return undefined;
	}
}

function withArgument(kind: FaultKind, argument: string | undefined, text: string): Partial<FaultSpec> {
	if (argument === undefined || argument === '') return {};
	const number = Number(argument);
	switch (kind) {
		case 'throttle':
			if (!Number.isFinite(number) || number < 0) throw new FaultSpecError(`"${text}": the Retry-After of throttle must be a number of seconds`);
			return {retryAfterSeconds: number};
		case 'latency':
			if (!Number.isFinite(number) || number < 0) throw new FaultSpecError(`"${text}": the delay of latency must be a number of milliseconds`);
			return {latencyMs: number};
		case 'server-error':
		case 'lro-failed': {
			const [code, ...message] = argument.split(':');
			return {code: code ?? argument, ...(message.length > 0 ? {message: message.join(':').trim()} : {})};
		}
		default:
			throw new FaultSpecError(`"${text}": ${kind === 'drop-connection' ? 'drop-before' : kind} takes no argument`);
	}
}

/** Reads one fault written `kind[(argument)][@surface] [METHOD] [path-regex] [xTIMES]`. */
function parseOne(text: string): FaultSpec {
	const head = /^\s*([a-z0-9-]+)(?:\(([^)]*)\))?(?:@([a-z]+))?(?:\s+([\s\S]*))?$/i.exec(text);
	const words = (head?.[4] ?? '')
		.trim()
		.split(/\s+/)
		.filter((word) => word !== '');
	if (!head?.[1]) throw new FaultSpecError(`"${text}" does not start with a fault kind`);
	const kind = kindOf(head[1].toLowerCase());
	if (!kind) throw new FaultSpecError(`"${head[1]}" is not a fault kind`);
	const surface = head[3]?.toLowerCase();
	if (surface !== undefined && !surfaces.includes(surface as FaultSurface))
		throw new FaultSpecError(`"@${surface}" is not a surface (arm, graph, login, kube)`);
	let spec: {-readonly [K in keyof FaultSpec]: FaultSpec[K]} = {
		kind,
		...withArgument(kind, head[2], text),
		...(surface ? {surface: surface as FaultSurface} : {}),
	};
	const last = words.at(-1);
	if (last !== undefined && /^x(\d+|\*)$/i.test(last)) {
		words.pop();
		const times = last.slice(1) === '*' ? Infinity : Number(last.slice(1));
		if (times < 1) throw new FaultSpecError(`"${text}": x0 would never hit`);
		spec = {...spec, times};
	}
	if (words[0] !== undefined && methods.has(words[0].toUpperCase())) spec = {...spec, method: (words.shift() ?? '').toUpperCase()};
	if (words.length > 1) throw new FaultSpecError(`"${text}": one path pattern at most (found "${words.join(' ')}")`);
	if (words[0] !== undefined) {
		try {
			spec = {...spec, path: new RegExp(words[0])};
		} catch {
			throw new FaultSpecError(`"${text}": "${words[0]}" is not a regular expression`);
		}
	}
	return spec;
}

/** Reads a spec of faults separated by `;` (or new lines); throws a FaultSpecError saying what is wrong. */
export function parseFaultSpec(text: string): FaultSpec[] {
	return text
		.split(/[;\n]/)
		.map((part) => part.trim())
		.filter((part) => part !== '' && !part.startsWith('#'))
		.map((part) => parseOne(part));
}

/** Writes a fault back as a spec (what the control endpoint lists). */
export function formatFault(spec: FaultSpec): string {
	const name = spec.kind === 'drop-connection' ? 'drop-before' : spec.kind;
	const argument =
		spec.kind === 'throttle' && spec.retryAfterSeconds !== undefined
			? String(spec.retryAfterSeconds)
			: spec.kind === 'latency' && spec.latencyMs !== undefined
				? String(spec.latencyMs)
				: (spec.kind === 'server-error' || spec.kind === 'lro-failed') && spec.code !== undefined
					? spec.code + (spec.message ? `:${spec.message}` : '')
					: undefined;
	const times = spec.times === Infinity ? 'x*' : spec.times !== undefined && spec.times !== 1 ? `x${spec.times}` : undefined;
	return [
		`${name}${argument === undefined ? '' : `(${argument})`}${spec.surface ? `@${spec.surface}` : ''}`,
		spec.method,
		spec.path?.source.replaceAll('\\/', '/'),
		times,
	]
		.filter((w) => w !== undefined)
		.join(' ');
}

/** Arms every fault of a spec; returns how many were armed. */
export function armFaults(faults: SandboxFaults, text: string): number {
	const specs = parseFaultSpec(text);
	for (const spec of specs) faults.inject(spec);
	return specs.length;
}

/** The environment variable whose spec a starting sandbox arms. */
export const faultsVariable = 'ACR_WIZARD_SANDBOX_FAULTS';

/** The path of the control endpoint on the ARM server. */
export const faultsEndpoint = '/_sandbox/faults';

/** The control endpoint: what a request to `/_sandbox/faults` answers (status and JSON body). */
export function serveFaultsEndpoint(faults: SandboxFaults, method: string, body: unknown): {status: number; body: unknown} {
	const listing = () => ({faults: faults.list()});
	switch (method) {
		case 'GET':
			return {status: 200, body: listing()};
		case 'DELETE':
			faults.clear();
			return {status: 200, body: listing()};
		case 'POST': {
			try {
				const text = specTextOf(body);
				armFaults(faults, text);
				return {status: 201, body: listing()};
			} catch (error: unknown) {
				return {status: 400, body: {error: {code: 'InvalidFaultSpec', message: error instanceof Error ? error.message : String(error)}}};
			}
		}
		default:
			return {
				status: 405,
				body: {error: {code: 'MethodNotAllowed', message: `The HTTP method '${method}' is not supported at '${faultsEndpoint}'; use GET, POST or DELETE.`}},
			};
	}
}

/** A POSTed spec: plain text, `{"spec": "…"}`, or `{"faults": ["…", …]}`. */
function specTextOf(body: unknown): string {
	if (typeof body === 'string') {
		if (!/^\s*[[{]/.test(body)) return body;
		try {
			return specTextOf(JSON.parse(body) as unknown);
		} catch (error: unknown) {
			if (error instanceof FaultSpecError) throw error;
			throw new FaultSpecError('The body is not valid JSON');
		}
	}
	if (Array.isArray(body) && body.every((f) => typeof f === 'string')) return body.join(';');
	if (typeof body === 'object' && body !== null) {
		const record = body as Record<string, unknown>;
		if (typeof record.spec === 'string') return record.spec;
		if (Array.isArray(record.faults) && record.faults.every((f) => typeof f === 'string')) return record.faults.join(';');
	}
	throw new FaultSpecError('The body must be a spec as text, {"spec": "…"} or {"faults": ["…"]}');
}
