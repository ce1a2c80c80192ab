/** The checks of local tools: the Azure CLI and kubectl versions, read from their own output. */
import {messages} from '../../messages/catalog.js';
import {atLeast, azMinimum, parseAzVersion, parseKubectlVersion} from '../../probes/versions.js';
import {ToolMissingError, type Exec} from '../../probes/tool.js';
import type {CheckOutcome} from '../../wizard/types.js';

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
