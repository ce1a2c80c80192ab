import {describe, expect, test} from 'vitest';
import {checkCommandLine, flagAnswers, parseCommandLine, unknownFlags} from '../source/flags.js';

/** The parser's result for these words: every flag's values as an array. */
function parsed(argv: readonly string[], flags: Record<string, unknown>, input: readonly string[] = []) {
	return checkCommandLine({input, flags, argv});
}

describe('the flag table', () => {
	test('--sku takes any case and gives the canonical spelling; the question gets it lower case', () => {
		const checked = parsed(['--sku', 'basic'], {sku: ['basic']});
		expect(checked).toEqual({command: 'wizard', flags: {sku: 'Basic'}});
		if ('message' in checked) throw new Error(checked.message);
		expect(flagAnswers(checked.flags)).toEqual({'--sku': 'basic'});
	});

	test('a fixed-value flag with another value is refused with the values it takes', () => {
		expect(parsed(['--method', 'foo'], {method: ['foo']})).toEqual({
			message: '--method foo is not one of: attach, pull-secret, detach, connected-registry.',
			suggestion: 'Pass one of: --method attach, --method pull-secret, --method detach, --method connected-registry.',
		});
		expect(parsed(['--credential', 'password'], {credential: ['password']})).toMatchObject({
			message: expect.stringContaining('new-service-principal, existing-service-principal, token') as unknown,
		});
		expect(parsed(['--cloud', 'Nope'], {cloud: ['Nope']})).toMatchObject({
			message: '--cloud Nope is not one of: AzureCloud, AzureChinaCloud, AzureUSGovernment.',
		});
	});

	test('--method connected-registry is accepted, with the flags of its questions', () => {
		expect(
			parsed(['--method', 'connected-registry', '--mode', 'readwrite', '--cluster-ip', '192.100.100.1'], {
				method: ['connected-registry'],
				mode: ['readwrite'],
				clusterIp: ['192.100.100.1'],
			}),
		).toEqual({
			command: 'wizard',
			flags: {method: 'connected-registry', mode: 'ReadWrite', clusterIp: '192.100.100.1'},
		});
	});

	test('--method detach is accepted', () => {
		expect(parsed(['--method', 'detach'], {method: ['detach']})).toEqual({command: 'wizard', flags: {method: 'detach'}});
	});

	test('a flag given twice is refused, naming both values', () => {
		expect(parsed(['--sku', 'basic', '--sku', 'premium'], {sku: ['basic', 'premium']})).toEqual({
			message: '--sku was given 2 times (basic, premium); give it once.',
			suggestion: 'Keep one --sku on the command line.',
		});
	});

	test('--repository may be repeated (as az acr connected-registry create --repository a b): the values reach the question joined with commas', () => {
		expect(parsed(['--repository', 'hello-world', '--repository', 'nginx'], {repository: ['hello-world', 'nginx']})).toEqual({
			command: 'wizard',
			flags: {repository: 'hello-world,nginx'},
		});
		expect(parsed(['--repository', 'hello-world', '--repository'], {repository: ['hello-world', '']})).toEqual({
			message: '--repository needs a value.',
			suggestion: 'Pass --repository <repos>.',
		});
	});

	test('a string flag without a value is refused, with the value it needs', () => {
		expect(parsed(['--registry-name'], {registryName: []})).toEqual({message: '--registry-name needs a value.', suggestion: 'Pass --registry-name <n>.'});
	});

	test('a flag of another command is refused', () => {
		expect(parsed(['sandbox', '--method', 'attach'], {method: ['attach']}, ['sandbox'])).toMatchObject({
			message: '--method does nothing for acr-wizard sandbox.',
		});
	});

	test('an unknown command word is refused, naming the commands', () => {
		expect(parsed(['deploy'], {}, ['deploy'])).toMatchObject({message: 'acr-wizard has no command "deploy".'});
	});

	test('unknown flags are found before a --, known ones (with =, --no-, short) are not', () => {
		expect(unknownFlags(['--bogus', '--sku=basic', '--no-yes', '-y', '-x', '--', '--after'])).toEqual(['--bogus', '-x']);
	});

	test('a yes/no question takes its switch: --replace-secret answers yes, --no-reuse-service-principal answers no', () => {
		const checked = parsed(['--replace-secret', '--no-reuse-service-principal'], {replaceSecret: [true], reuseServicePrincipal: [false]});
		expect(checked).toEqual({command: 'wizard', flags: {replaceSecret: true, reuseServicePrincipal: false}});
		if ('message' in checked) throw new Error(checked.message);
		expect(flagAnswers(checked.flags)).toEqual({'--replace-secret': 'yes', '--reuse-service-principal': 'no'});
		expect(unknownFlags(['--no-reuse-service-principal', '--no-sp-name'])).toEqual(['--no-sp-name']);
	});

	test('only the flags whose questions declare them are flag answers', () => {
		expect(flagAnswers({demo: true, method: 'attach', registryName: 'myregistry', kubeconfig: 'kc'})).toEqual({
			'--method': 'attach',
			'--registry-name': 'myregistry',
		});
	});
});

describe('reading the command line', () => {
	const read = (argv: readonly string[]) => checkCommandLine(parseCommandLine(argv));

	test('flags take their value as the next word or after =, in camelCase names, with the command word first', () => {
		expect(read(['doctor', '--namespace', 'shop', '--pod=web-1'])).toEqual({command: 'doctor', flags: {namespace: 'shop', pod: 'web-1'}});
		expect(read(['--registry-name', 'myacr', '-y'])).toEqual({command: 'wizard', flags: {registryName: 'myacr', yes: true}});
	});

	test('a string flag followed by another flag has no value, and the other flag is still read', () => {
		expect(parseCommandLine(['--sku', '--yes']).flags).toEqual({sku: [''], yes: [true]});
		expect(read(['--sku', '--yes'])).toEqual({message: '--sku needs a value.', suggestion: 'Pass --sku <s>.'});
		expect(read(['--yes', '--sku'])).toMatchObject({message: '--sku needs a value.'});
	});

	test('--no-<switch> gives the switch false, and the question its "no"', () => {
		const checked = read(['--no-replace-secret']);
		expect(checked).toEqual({command: 'wizard', flags: {replaceSecret: false}});
		if ('message' in checked) throw new Error(checked.message);
		expect(flagAnswers(checked.flags)).toEqual({'--replace-secret': 'no'});
	});

	test('a flag given twice is said, not silently taken once', () => {
		expect(read(['-y', '--yes'])).toEqual({message: '--yes was given 2 times; give it once.', suggestion: 'Keep one --yes on the command line.'});
	});

	test('words after -- are positional, never flags', () => {
		expect(parseCommandLine(['undo', '--', '--yes'])).toMatchObject({input: ['undo', '--yes'], flags: {}});
	});
});
