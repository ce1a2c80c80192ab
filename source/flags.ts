/**
 * The command line in one table: every flag once, with the commands that take it, its help
 * row, its fixed values (checked before the first step) and whether it answers a question.
 * Everything else is derived from the table: the parser's options, the typed `Flags`, the
 * flag answers, the help text (help.ts) and the value checks. Adding a flag is one row here; adding a
 * command is one row in `commandTable` and one entry in cli.tsx's dispatch.
 */
import {parseArgs} from 'node:util';
import {clouds, type CloudName} from './azure/clouds.js';
import {messages, type Catalog} from './messages/catalog.js';
import type {Method} from './wizard/types.js';

export type Text = Catalog['flags'];

/** The commands of acr-wizard; `wizard` is the default (no command word). */
export const commandTable = {
	wizard: {usage: '[options]', describe: (text: Text) => text.commands.wizard},
	sandbox: {usage: 'sandbox', describe: (text: Text) => text.commands.sandbox},
	doctor: {usage: 'doctor [--pod P | --deployment D]', describe: () => messages().doctor.flags.command},
	runs: {usage: 'runs', describe: (text: Text) => text.commands.runs},
	undo: {usage: 'undo [RUN]', operand: true, describe: (text: Text) => text.commands.undo},
	resume: {usage: 'resume [RUN]', operand: true, describe: (text: Text) => text.commands.resume},
} as const satisfies Record<string, {readonly usage: string; readonly operand?: true; describe(text: Text): string}>;

export type CommandName = keyof typeof commandTable;

/** Whether a command takes one word after it (`undo RUN`). */
function takesOperand(command: CommandName): boolean {
	return 'operand' in commandTable[command];
}

/** The headings of the help text, in order. */
export type Group = keyof Text['groups'];

export type FlagRow = {
	readonly type: 'string' | 'boolean';
	readonly shortFlag?: string;
	/** The commands that take it. */
	readonly commands: readonly CommandName[];
	readonly group: Group;
	/** What the value is, in the help row: `<name>`. */
	readonly placeholder?: string;
	/** The only values it takes, in their canonical spelling; matched case-insensitively. */
	readonly values?: readonly string[];
	/** Values named in the help that are not in this version yet (refused with their own message). */
	readonly planned?: readonly string[];
	/** The question that declares this flag (`--registry-name`) is answered from it. */
	readonly answers?: boolean;
	/** May be given more than once (`--repository a --repository b`); the values reach the question joined with commas. */
	readonly repeatable?: boolean;
	/** A switch that is on unless turned off: the help names its `--no-` form (`--no-color`). */
	readonly negated?: true;
	readonly describe: (text: Text) => string;
};

const methods: readonly Method[] = ['attach', 'pull-secret', 'detach', 'connected-registry'];
const modes = ['ReadOnly', 'ReadWrite'] as const;
const logLevels = ['Information', 'Debug', 'Warning', 'Error', 'None'] as const;
const cleanUps = ['keep', 'remove'] as const;
const credentials = ['new-service-principal', 'existing-service-principal', 'token'] as const;
const skus = ['Basic', 'Standard', 'Premium'] as const;
const roles = ['acrpull', 'acrpush', 'owner'] as const;
const tokenAccess = ['pull', 'push'] as const;
const cloudNames = Object.keys(clouds) as CloudName[];
const paces = ['demo', 'fast'] as const;
const seeds = ['owner', 'contributor'] as const;
const kubeletIdentities = ['managed', 'user-assigned'] as const;
const commandStyles = ['az', 'powershell'] as const;

const wizard: readonly CommandName[] = ['wizard'];
const all: readonly CommandName[] = ['wizard', 'sandbox', 'doctor'];
/** The flags doctor shares with the wizard: where the world is (cloud, kubeconfig, sandbox) and what to look at. */
const wizardAndDoctor: readonly CommandName[] = ['wizard', 'doctor'];
const doctorOnly: readonly CommandName[] = ['doctor'];
const sandboxOnly: readonly CommandName[] = ['sandbox'];
/** The wizard, and undo and resume of its recorded runs, which ask and confirm the same way. */
const wizardAndRuns: readonly CommandName[] = ['wizard', 'undo', 'resume'];

/** Every flag of acr-wizard, in the order of the help text. Keys are the camelCase of the options (`registryName`). */
export const flagTable = {
	demo: {type: 'boolean', commands: wizardAndDoctor, group: 'options', describe: (text) => text.describe.demo},
	yes: {type: 'boolean', shortFlag: 'y', commands: wizardAndRuns, group: 'options', describe: (text) => text.describe.yes},
	// One row for the wizard, undo, resume and doctor: each writes its one JSON document on stdout.
	json: {type: 'boolean', commands: [...wizardAndRuns, 'doctor'], group: 'options', describe: (text) => text.describe.json},
	cloud: {type: 'string', commands: all, group: 'options', placeholder: '<name>', values: cloudNames, describe: (text) => text.describe.cloud},
	tenant: {type: 'string', commands: wizard, group: 'options', placeholder: '<id>', describe: (text) => text.describe.tenant},
	subscription: {
		type: 'string',
		commands: wizardAndDoctor,
		group: 'options',
		placeholder: '<id>',
		answers: true,
		describe: (text) => text.describe.subscription,
	},
	method: {type: 'string', commands: wizard, group: 'options', placeholder: '<m>', values: methods, answers: true, describe: (text) => text.describe.method},
	registryName: {type: 'string', commands: wizard, group: 'options', placeholder: '<n>', answers: true, describe: (text) => text.describe.registryName},
	resourceGroup: {type: 'string', commands: wizard, group: 'options', placeholder: '<g>', answers: true, describe: (text) => text.describe.resourceGroup},
	location: {type: 'string', commands: wizard, group: 'options', placeholder: '<l>', answers: true, describe: (text) => text.describe.location},
	// The question's choices are lower case (az acr create --sku basic); Azure and the help write Basic.
	sku: {type: 'string', commands: wizard, group: 'options', placeholder: '<s>', values: skus, answers: true, describe: (text) => text.describe.sku},
	cluster: {type: 'string', commands: wizard, group: 'options', placeholder: '<id|name>', answers: true, describe: (text) => text.describe.cluster},
	createCluster: {type: 'string', commands: wizard, group: 'options', placeholder: '<name>', answers: true, describe: (text) => text.describe.createCluster},
	clusterResourceGroup: {
		type: 'string',
		commands: wizard,
		group: 'options',
		placeholder: '<g>',
		answers: true,
		describe: (text) => text.describe.clusterResourceGroup,
	},
	clusterLocation: {type: 'string', commands: wizard, group: 'options', placeholder: '<l>', answers: true, describe: (text) => text.describe.clusterLocation},
	nodeCount: {type: 'string', commands: wizard, group: 'options', placeholder: '<n>', answers: true, describe: (text) => text.describe.nodeCount},
	nodeVmSize: {type: 'string', commands: wizard, group: 'options', placeholder: '<size>', answers: true, describe: (text) => text.describe.nodeVmSize},
	pullGroup: {type: 'string', commands: wizard, group: 'options', placeholder: '<group>', answers: true, describe: (text) => text.describe.pullGroup},
	kubeletIdentity: {
		type: 'string',
		commands: wizard,
		group: 'options',
		placeholder: '<kind>',
		values: kubeletIdentities,
		answers: true,
		describe: (text) => text.describe.kubeletIdentity,
	},
	commands: {type: 'string', commands: wizard, group: 'options', placeholder: '<tool>', values: commandStyles, describe: (text) => text.describe.commands},
	context: {type: 'string', commands: wizardAndDoctor, group: 'options', placeholder: '<name>', answers: true, describe: (text) => text.describe.context},
	namespace: {type: 'string', commands: wizardAndDoctor, group: 'options', placeholder: '<ns>', answers: true, describe: (text) => text.describe.namespace},
	credential: {
		type: 'string',
		commands: wizard,
		group: 'options',
		placeholder: '<kind>',
		values: credentials,
		answers: true,
		describe: (text) => text.describe.credential,
	},
	kubeconfig: {type: 'string', commands: wizardAndDoctor, group: 'options', placeholder: '<path>', describe: (text) => text.describe.kubeconfig},
	connectedRegistryName: {
		type: 'string',
		commands: wizard,
		group: 'options',
		placeholder: '<n>',
		answers: true,
		describe: (text) => text.describe.connectedRegistryName,
	},
	repository: {
		type: 'string',
		commands: wizard,
		group: 'options',
		placeholder: '<repos>',
		answers: true,
		repeatable: true,
		describe: (text) => text.describe.repository,
	},
	mode: {type: 'string', commands: wizard, group: 'options', placeholder: '<m>', values: modes, answers: true, describe: (text) => text.describe.mode},
	syncSchedule: {type: 'string', commands: wizard, group: 'options', placeholder: '<cron>', answers: true, describe: (text) => text.describe.syncSchedule},
	syncWindow: {type: 'string', commands: wizard, group: 'options', placeholder: '<duration>', answers: true, describe: (text) => text.describe.syncWindow},
	logLevel: {
		type: 'string',
		commands: wizard,
		group: 'options',
		placeholder: '<level>',
		values: logLevels,
		answers: true,
		describe: (text) => text.describe.logLevel,
	},
	clusterIp: {type: 'string', commands: wizard, group: 'options', placeholder: '<ip>', answers: true, describe: (text) => text.describe.clusterIp},
	connectionStringFile: {
		type: 'string',
		commands: wizard,
		group: 'options',
		placeholder: '<path>',
		answers: true,
		describe: (text) => text.describe.connectionStringFile,
	},
	clientToken: {type: 'string', commands: wizard, group: 'options', placeholder: '<name>', answers: true, describe: (text) => text.describe.clientToken},
	cleanUp: {type: 'string', commands: wizard, group: 'options', placeholder: '<c>', values: cleanUps, answers: true, describe: (text) => text.describe.cleanUp},
	sourceUsername: {type: 'string', commands: wizard, group: 'options', placeholder: '<user>', answers: true, describe: (text) => text.describe.sourceUsername},
	sourcePasswordStdin: {type: 'boolean', commands: wizard, group: 'options', describe: (text) => text.describe.sourcePasswordStdin},
	spName: {type: 'string', commands: wizard, group: 'options', placeholder: '<name>', answers: true, describe: (text) => text.describe.spName},
	role: {type: 'string', commands: wizard, group: 'options', placeholder: '<role>', values: roles, answers: true, describe: (text) => text.describe.role},
	servicePrincipal: {
		type: 'string',
		commands: wizard,
		group: 'options',
		placeholder: '<appId|name>',
		answers: true,
		describe: (text) => text.describe.servicePrincipal,
	},
	reuseServicePrincipal: {type: 'boolean', commands: wizard, group: 'options', answers: true, describe: (text) => text.describe.reuseServicePrincipal},
	resetPassword: {type: 'boolean', commands: wizard, group: 'options', describe: (text) => text.describe.resetPassword},
	passwordStdin: {type: 'boolean', commands: wizard, group: 'options', describe: (text) => text.describe.passwordStdin},
	tokenName: {type: 'string', commands: wizard, group: 'options', placeholder: '<name>', answers: true, describe: (text) => text.describe.tokenName},
	tokenAccess: {
		type: 'string',
		commands: wizard,
		group: 'options',
		placeholder: '<a>',
		values: tokenAccess,
		answers: true,
		describe: (text) => text.describe.tokenAccess,
	},
	expiryDays: {type: 'string', commands: wizard, group: 'options', placeholder: '<days>', answers: true, describe: (text) => text.describe.expiryDays},
	secretName: {type: 'string', commands: wizard, group: 'options', placeholder: '<name>', answers: true, describe: (text) => text.describe.secretName},
	replaceSecret: {type: 'boolean', commands: wizard, group: 'options', answers: true, describe: (text) => text.describe.replaceSecret},
	patchServiceAccount: {type: 'boolean', commands: wizard, group: 'options', answers: true, describe: (text) => text.describe.patchServiceAccount},
	dryRun: {type: 'boolean', commands: wizard, group: 'options', describe: (text) => text.describe.dryRun},
	export: {type: 'string', commands: wizard, group: 'options', placeholder: '<dir>', describe: (text) => text.describe.export},
	verbose: {type: 'boolean', commands: [...wizardAndRuns, 'doctor'], group: 'options', describe: (text) => text.describe.verbose},
	pod: {type: 'string', commands: doctorOnly, group: 'doctor', placeholder: '<name>', describe: () => messages().doctor.flags.pod},
	deployment: {type: 'string', commands: doctorOnly, group: 'doctor', placeholder: '<name>', describe: () => messages().doctor.flags.deployment},
	registry: {type: 'string', commands: doctorOnly, group: 'doctor', placeholder: '<name|login server>', describe: () => messages().doctor.flags.registry},
	watch: {type: 'boolean', commands: doctorOnly, group: 'doctor', describe: () => messages().doctor.flags.watch},
	pace: {type: 'string', commands: all, group: 'sandbox', placeholder: '<p>', values: paces, describe: (text) => text.describe.pace},
	seed: {type: 'string', commands: wizardAndDoctor, group: 'sandbox', placeholder: '<s>', values: seeds, describe: (text) => text.describe.seed},
	sandbox: {type: 'string', commands: wizardAndDoctor, group: 'sandbox', placeholder: '<env file|URL>', describe: (text) => text.describe.sandbox},
	scenario: {type: 'string', commands: sandboxOnly, group: 'sandboxCommand', placeholder: '<name>', describe: (text) => text.describe.scenario},
	listScenarios: {type: 'boolean', commands: sandboxOnly, group: 'sandboxCommand', describe: (text) => text.describe.listScenarios},
	faults: {type: 'string', commands: sandboxOnly, group: 'sandboxCommand', placeholder: '<spec>', describe: (text) => text.describe.faults},
	port: {type: 'string', commands: sandboxOnly, group: 'sandboxCommand', placeholder: '<n>', describe: (text) => text.describe.port},
	// Read before anything draws (bin.ts turns colour off for --no-color and NO_COLOR); a row so that every command takes it.
	color: {
		type: 'boolean',
		commands: ['wizard', 'sandbox', 'doctor', 'runs', 'undo', 'resume'],
		group: 'general',
		negated: true,
		describe: (text) => text.describe.noColor,
	},
	lang: {type: 'string', commands: all, group: 'general', placeholder: '<tag>', describe: (text) => text.describe.lang},
	version: {type: 'boolean', commands: all, group: 'general', describe: (text) => text.describe.version},
	help: {type: 'boolean', commands: all, group: 'general', describe: (text) => text.describe.help},
} as const satisfies Record<string, FlagRow>;

type Table = typeof flagTable;
export type FlagName = keyof Table;

type ValueOf<Row> = Row extends {readonly type: 'boolean'} ? boolean : Row extends {readonly values: ReadonlyArray<infer Value>} ? Value : string;

/** The flags as given, checked and in their canonical spelling; absent when not given. */
export type Flags = {readonly [Name in FlagName]?: ValueOf<Table[Name]>};

const names = Object.keys(flagTable) as FlagName[];

function rowOf(name: FlagName): FlagRow {
	return flagTable[name];
}

/** `registryName` → `--registry-name`. */
export function flagOption(name: FlagName): string {
	return `--${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** The option names of the table (`registry-name`), each to its flag. */
const byOption = new Map(names.map((name) => [flagOption(name).slice(2), name]));

/**
 * The words of the command line as the table reads them, with node's own `util.parseArgs`: the positional
 * words, and every flag's values as an array (a flag given twice reaches `checkCommandLine`, which says so
 * plainly). A string flag followed by another flag (`--sku --yes`) has no value (parseArgs would take `--yes`
 * as it), and `--no-<switch>` gives the switch false. Unknown flags are refused before (`unknownFlags`).
 */
export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
	const options = Object.fromEntries(
		names.map((name) => {
			const {type, shortFlag} = rowOf(name);
			return [flagOption(name).slice(2), {type, multiple: true, ...(shortFlag ? {short: shortFlag} : {})}] as const;
		}),
	);
	const end = argv.indexOf('--');
	const words = argv.map((word, index) => {
		if (end !== -1 && index >= end) return word;
		const name = word.startsWith('--') ? byOption.get(word.slice(2)) : undefined;
		const next = argv[index + 1];
		const valueless = next === undefined || next.startsWith('-') || index + 1 === end;
		return name !== undefined && rowOf(name).type === 'string' && valueless ? `${word}=` : word;
	});
	const {tokens} = parseArgs({args: words, options, strict: false, allowPositionals: true, tokens: true});
	const input: string[] = [];
	const flags: Record<string, Array<string | boolean>> = {};
	for (const token of tokens) {
		if (token.kind === 'positional') input.push(token.value);
		if (token.kind !== 'option') continue;
		const negated = token.name.startsWith('no-') ? byOption.get(token.name.slice(3)) : undefined;
		const name = byOption.get(token.name) ?? negated;
		if (name === undefined) continue;
		const value = name === negated && rowOf(name).type === 'boolean' ? false : (token.value ?? (rowOf(name).type === 'boolean' ? true : ''));
		(flags[name] ??= []).push(value);
	}
	return {input, flags, argv};
}

/** A flag that cannot be used: what is wrong and how to fix it. Exit code 2, before anything runs. */
export type FlagProblem = {readonly message: string; readonly suggestion: string};

export type CheckedCommandLine = {readonly command: CommandName; readonly flags: Flags; readonly operand?: string};

/** What the parser read: the positional words and each flag's values (arrays, as a flag may be given twice). */
export type ParsedCommandLine = {
	readonly input: readonly string[];
	readonly flags: Readonly<Record<string, unknown>>;
	/** The words as typed. */
	readonly argv: readonly string[];
};

/** Whether the words name the flag (`--sku`, `--sku=…`, `-y`, a switch's `--no-…`), with or without a value. */
function named(argv: readonly string[], name: FlagName): boolean {
	const option = flagOption(name);
	const {shortFlag: short, type} = rowOf(name);
	const negated = type === 'boolean' ? `--no-${option.slice(2)}` : undefined;
	return argv.some((word) => word === option || word.startsWith(`${option}=`) || word === negated || (short !== undefined && word === `-${short}`));
}

function commandOf(input: readonly string[], text: Text): CommandName | FlagProblem {
	const [word, ...rest] = input;
	const commands = (Object.keys(commandTable) as CommandName[]).filter((name) => name !== 'wizard');
	if (word === undefined) return 'wizard';
	const command = commands.find((name) => name === word);
	if (!command || rest.length > (takesOperand(command) ? 1 : 0)) {
		const unknown = command ? (rest[0] ?? word) : word;
		return {message: text.unknownCommand(unknown), suggestion: text.unknownCommandFix(commands)};
	}
	return command;
}

/** Checks one flag's values: given once, with a value, one of its fixed values. */
function checkOne(name: FlagName, given: readonly unknown[], text: Text): {readonly value: string | boolean} | FlagProblem {
	const row = rowOf(name);
	const option = flagOption(name);
	if (row.repeatable && row.type === 'string' && given.length > 1) {
		const values = given.map(String);
		if (values.includes('')) return {message: text.needsValue(option), suggestion: text.needsValueFix(option, row.placeholder ?? '<value>')};
		return {value: values.join(',')};
	}
	if (given.length > 1)
		return {message: text.givenTwice(option, given.length, row.type === 'string' ? given.map(String) : []), suggestion: text.givenTwiceFix(option)};
	const [value] = given;
	if (row.type === 'boolean') return {value: value === true};
	// `--sku` alone (or followed by another flag) parses as an empty string.
	if (typeof value !== 'string' || value === '')
		return {message: text.needsValue(option), suggestion: text.needsValueFix(option, row.placeholder ?? '<value>')};
	if (!row.values) return {value};
	const canonical = row.values.find((allowed) => allowed.toLowerCase() === value.toLowerCase());
	if (canonical !== undefined) return {value: canonical};
	if (row.planned?.some((planned) => planned.toLowerCase() === value.toLowerCase()))
		return {message: text.notYet(option, value, row.values), suggestion: text.notOneOfFix(option, row.values)};
	return {message: text.notOneOf(option, value, row.values), suggestion: text.notOneOfFix(option, row.values)};
}

/**
 * The command and its flags, checked: the command word is known, each flag belongs to the
 * command, is given once, has a value and (for fixed-value flags) one of its values. The
 * first problem found, otherwise. (Unknown flags have already been refused.)
 */
export function checkCommandLine(parsed: ParsedCommandLine): CheckedCommandLine | FlagProblem {
	const text = messages().flags;
	const command = commandOf(parsed.input, text);
	if (typeof command !== 'string') return command;
	const flags: Record<string, string | boolean> = {};
	for (const name of names) {
		const raw = parsed.flags[name];
		const given = Array.isArray(raw) ? (raw as readonly unknown[]) : raw === undefined ? [] : [raw];
		if (!named(parsed.argv, name)) continue;
		if (!rowOf(name).commands.includes(command))
			return {message: text.notForCommand(flagOption(name), command), suggestion: text.notForCommandFix(flagOption(name))};
		const checked = checkOne(name, given, text);
		if ('message' in checked) return checked;
		flags[name] = checked.value;
	}
	const operand = takesOperand(command) ? parsed.input[1] : undefined;
	return {command, flags: flags, ...(operand === undefined ? {} : {operand})};
}

/**
 * The words that look like flags and name none of the table's (`--bogus`, `-x`), before a
 * `--`: checked before parsing, so the refusal says how to find the right flag.
 */
export function unknownFlags(argv: readonly string[]): string[] {
	const end = argv.indexOf('--');
	const words = end === -1 ? argv : argv.slice(0, end);
	const known = new Set<string>();
	for (const name of names) {
		const option = flagOption(name);
		known.add(option);
		if (rowOf(name).type === 'boolean') known.add(`--no-${option.slice(2)}`);
		const short = rowOf(name).shortFlag;
		if (short) known.add(`-${short}`);
	}
	return words.filter((word) => /^-[^\d]/.test(word) && !known.has(word.split('=')[0] ?? word));
}

/** What to say about unknown flags. */
export function unknownFlagsProblem(unknown: readonly string[]): FlagProblem {
	const text = messages().flags;
	return {message: text.unknownFlags(unknown), suggestion: text.unknownFlagFix};
}

/** The flags that answer questions, by the flag each question declares (`{'--registry-name': 'myregistry'}`). */
export function flagAnswers(flags: Flags): Record<string, string | undefined> {
	const answers: Record<string, string | undefined> = {};
	for (const name of names) {
		const value = flags[name];
		if (!rowOf(name).answers) continue;
		// A yes/no question takes its boolean flag: --replace-secret, or --no-replace-secret for no.
		if (typeof value === 'boolean') {
			answers[flagOption(name)] = value ? 'yes' : 'no';
			continue;
		}
		if (typeof value !== 'string') continue;
		// A question's choices are the lower-case values (the SKU); the canonical spelling is for the help and the checks.
		answers[flagOption(name)] = name === 'sku' ? value.toLowerCase() : value;
	}
	return answers;
}
