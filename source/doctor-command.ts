/**
 * `acr-wizard doctor`: the composition of the doctor flow with its world (real Azure and kubeconfig, the
 * embedded sandbox with --demo, or a running one with --sandbox) and its renderers. Without a terminal,
 * or with --json, it prints the report; in a terminal it shows the live screen and offers the fix plan.
 * Exit codes: 0 the pull path is sound, 1 a problem was found, 2 bad input.
 */
import isInCi from 'is-in-ci';
import type {Environment} from './environment.js';
import type {Flags} from './flags.js';
import {messages} from './messages/catalog.js';
import type {DoctorRequest} from './steps/doctor/target.js';
import {exitCodes} from './wizard/errors.js';

/** The sandbox world doctor --demo opens: a pod that cannot pull. */
export const doctorDemoScenario = 'doctor-demo';

function requestOf(flags: Flags): DoctorRequest {
	return {
		...(flags.context === undefined ? {} : {context: flags.context}),
		...(flags.namespace === undefined ? {} : {namespace: flags.namespace}),
		...(flags.pod === undefined ? {} : {pod: flags.pod}),
		...(flags.deployment === undefined ? {} : {deployment: flags.deployment}),
		...(flags.registry === undefined ? {} : {registry: flags.registry}),
	};
}

/** Where doctor's world comes from: like the wizard's, with the demo world broken on purpose. */
async function startWorld(flags: Flags): Promise<Environment> {
	const {joinedSandboxEnvironment, realEnvironment, sandboxEnvironment} = await import('./environment.js');
	if (flags.sandbox !== undefined) return joinedSandboxEnvironment(flags.sandbox, flags.cloud);
	if (!flags.demo) return realEnvironment({cloud: flags.cloud, kubeconfig: flags.kubeconfig});
	return sandboxEnvironment({
		pace: flags.pace ?? 'fast',
		seed: flags.seed ?? 'owner',
		scenario: doctorDemoScenario,
		...(flags.cloud === undefined ? {} : {cloud: flags.cloud}),
	});
}

/** Prints a refusal (text on stderr, or the JSON document on stdout) and answers exit code 2. */
async function refuse(flags: Flags, refusal: {readonly message: string; readonly suggestion: string}): Promise<number> {
	if (flags.json) {
		const {doctorRefusalJson} = await import('./output/doctor.js');
		process.stdout.write(doctorRefusalJson(refusal));
	} else process.stderr.write(`${refusal.message}\n${messages().flags.fix(refusal.suggestion)}\n`);
	return exitCodes.usage;
}

/** Runs doctor with the flags; the exit code. */
export async function runDoctorCommand(flags: Flags): Promise<number> {
	const request = requestOf(flags);
	const {requestProblem} = await import('./steps/doctor/target.js');
	const early = requestProblem(request);
	if (early) return refuse(flags, early);
	const environment = await startWorld(flags);
	try {
		const [{createPorts}, {runDoctor}] = await Promise.all([import('./wiring.js'), import('./flows/doctor.js')]);
		const {ports} = createPorts(environment.cloud, environment.credential, environment.timing);
		const deps = {
			azure: ports.azure,
			kubernetes: ports.kubernetes,
			kubeconfig: environment.kubeconfig,
			acrSuffix: environment.cloud.acrSuffix,
			now: () => new Date(),
			local: {exec: ports.exec, env: process.env, ...(process.getuid ? {uid: process.getuid()} : {})},
			...(environment.defaultSubscriptionId ? {defaultSubscriptionId: environment.defaultSubscriptionId} : {}),
		};
		// A person at a terminal gets the live screen and the fix plan; scripts, CI and --json get the report.
		const interactive = Boolean(process.stdout.isTTY && process.stdin.isTTY) && !isInCi && process.env['TERM'] !== 'dumb' && !flags.json;
		if (interactive) {
			const [{runDoctorScreen}, {answeringFlags, recordedEnvironment}] = await Promise.all([import('./doctor-screen.js'), import('./record/start.js')]);
			// The fix is recorded as a wizard run is (a --demo one too: runs then says its world went with it).
			return await runDoctorScreen(deps, request, {record: {environment: recordedEnvironment(flags), flags: answeringFlags(flags)}, isWatch: flags.watch});
		}
		const outcome = await runDoctor(deps, request);
		if (outcome.kind === 'refused') return await refuse(flags, outcome.refusal);
		const {doctorJson, doctorText} = await import('./output/doctor.js');
		process.stdout.write(flags.json ? doctorJson(outcome.report) : doctorText(outcome.report));
		return outcome.report.status === 'ok' ? exitCodes.done : exitCodes.failed;
	} finally {
		await environment.close();
	}
}
