/**
 * Docker Hub as ACR's import sees it: anonymous pulls are rate-limited (per source address, and
 * ACR's import servers share theirs), so an anonymous `az acr import --source docker.io/…` may fail
 * with Docker Hub's `toomanyrequests`; with a Docker Hub account (`--username/--password`) it
 * works, and a wrong password is refused. The conflict of an import onto an existing tag is worded
 * in more than one way, as ACR's is, so no client can rely on one text.
 */
import {ArmError} from '../http/errors.js';
import type {SandboxState} from '../state.js';

/** The Docker Hub account the sandbox knows (a sandbox-only personal access token, not a secret anywhere). */
export const dockerHubAccount = {username: 'acrwizard', password: 'dckr_pat_sandbox-only-0000'} as const;

type HubPolicy = {anonymousLeft: number};

const policies = new WeakMap<SandboxState, HubPolicy>();
const conflicts = new WeakMap<SandboxState, {count: number}>();

/** Limits anonymous imports from docker.io to `anonymousPulls` (0: every anonymous import is throttled). */
export function limitDockerHub(state: SandboxState, anonymousPulls: number): void {
	policies.set(state, {anonymousLeft: anonymousPulls});
}

/** Checks an import's pull from docker.io, throwing the failure ACR reports; anything else passes. */
export function checkDockerHubPull(
	state: SandboxState,
	input: {host: string; registryId: string; sourceImage: string; credentials?: {username?: string; password?: string}},
): void {
	if (input.host !== 'docker.io') return;
	const prefix = `Operation registries-import failed. Resource ${input.registryId} Error importing image 'docker.io/${input.sourceImage}'`;
	const {username, password} = input.credentials ?? {};
	if (username !== undefined || password !== undefined) {
		if (username !== dockerHubAccount.username || password !== dockerHubAccount.password) {
			throw new ArmError(400, 'InvalidParameters', `${prefix}: unauthorized: incorrect username or password`);
		}
		return;
	}
	const policy = policies.get(state);
	if (!policy) return;
	if (policy.anonymousLeft > 0) {
		policy.anonymousLeft -= 1;
		return;
	}
	throw new ArmError(
		429,
		'TooManyRequests',
		`${prefix}: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit`,
	);
}

/** The 409 of an import onto an existing tag, worded one way or another from one call to the next. */
export function tagConflict(state: SandboxState, repository: string, tag: string): ArmError {
	const seen = conflicts.get(state) ?? {count: 0};
	conflicts.set(state, seen);
	seen.count += 1;
	const texts = [
		`Tag ${repository}:${tag} already exists in target registry. Use mode Force to overwrite it.`,
		`The target manifest '${repository}:${tag}' already exists in the registry. Set mode to 'Force' to overwrite the existing tag.`,
		`Operation registries-import failed. Target image ${repository}:${tag} is already present; the import was not forced.`,
	];
	return new ArmError(409, 'Conflict', texts[seen.count % texts.length] ?? texts[0] ?? '');
}
