/** The checks of local tools: the Azure CLI and kubectl versions, read from their own output. */
import {messages} from '../../messages/catalog.js';
import {atLeast, azMinimum, parseAzVersion, parseKubectlVersion} from '../../probes/versions.js';
import {ToolMissingError, type Exec} from '../../probes/tool.js';
import type {CheckOutcome} from '../../wizard/types.js';
import type {Context} from '../../wizard/context.js';
import {memorySlot} from '../../wizard/session.js';

/**
 * Under --yes the local tools this run does not need are not probed, since each probe is a process start (az's
 * Python alone takes about a second of CPU): az when the Azure credential is not az's session, kubectl always
 * (the wizard talks to clusters itself; both only run the equivalent commands). Their rows say so.
 */
export function probeTools(context: Pick<Context, 'flags' | 'credentialFromAz'>): {az: boolean; kubectl: boolean} {
	if (context.flags.yes !== true) return {az: true, kubectl: true};
	return {az: context.credentialFromAz !== false, kubectl: false};
}

/** The az probe started before the checks, while the welcome is read. */
const azProbeSlot = memorySlot<{pending?: Promise<CheckOutcome>}>('az probe', () => ({}));

/**
 * Starts `az version` while the welcome screen is up: its first (cold) run takes seconds (Python starting, its
 * modules compiled), which then pass behind the welcome instead of in front of the checks.
 */
export function startAzProbe(context: Pick<Context, 'flags' | 'credentialFromAz' | 'memory' | 'exec'>): void {
	if (!probeTools(context).az) return;
	const slot = context.memory.get(azProbeSlot);
	slot.pending ??= checkAz(context.exec);
}

/** The az check: the probe started at the welcome the first time, a new one when the checks are run again. */
export async function azCheck(context: Pick<Context, 'memory' | 'exec'>): Promise<CheckOutcome> {
	const slot = context.memory.get(azProbeSlot);
	const pending = slot.pending ?? checkAz(context.exec);
	slot.pending = undefined;
	return pending;
}

/** `az version -o json`: absent is a warning (the wizard uses the SDK); older than 2.7.0 fails the attach need. */
export async function checkAz(exec: Exec): Promise<CheckOutcome> {
	const text = messages().prerequisites.az;
	try {
		const result = await exec('az', ['version', '-o', 'json'], {timeoutMs: 15_000});
		return azOutcome(parseAzVersion(result.stdout));
	} catch (error: unknown) {
		if (error instanceof ToolMissingError) return {status: 'warn', reason: text.missing, fix: text.missingFix};
		return {status: 'warn', reason: text.unreadable, fix: text.unreadableFix};
	}
}

/** The verdict on an az version (undefined: unreadable). */
export function azOutcome(version: string | undefined): CheckOutcome {
	const text = messages().prerequisites.az;
	if (!version) return {status: 'warn', reason: text.unreadable, fix: text.unreadableFix};
	if (!atLeast(version, azMinimum.attach)) {
		return {status: 'fail', summary: version, reason: text.tooOld(version, azMinimum.attach), fix: text.upgradeFix};
	}
	if (!atLeast(version, azMinimum.servicePrincipal)) {
		return {status: 'warn', summary: version, reason: text.oldForSp(version, azMinimum.servicePrincipal), fix: text.upgradeFix};
	}
	return {status: 'ok', summary: version};
}

/** `kubectl version --client -o json`: absent is a warning, the wizard talks to clusters itself. */
export async function checkKubectl(exec: Exec): Promise<CheckOutcome> {
	const text = messages().prerequisites.kubectl;
	try {
		const result = await exec('kubectl', ['version', '--client', '-o', 'json'], {timeoutMs: 10_000});
		const version = parseKubectlVersion(result.stdout);
		return version ? {status: 'ok', summary: version} : {status: 'warn', reason: text.unreadable};
	} catch (error: unknown) {
		if (error instanceof ToolMissingError) return {status: 'warn', reason: text.missing, fix: text.missingFix};
		return {status: 'warn', reason: text.unreadable};
	}
}
