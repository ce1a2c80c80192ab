/**
 * The named scenarios: each builds a whole broken world in one step. One import and one list entry per scenario,
 * kept in alphabetical order of the file name, so several people can add theirs without touching each other's lines.
 */
import {clusterCaRotated} from './cluster-ca-rotated.js';
import {clusterReadOnlyUser} from './cluster-read-only-user.js';
import {clusterStopped} from './cluster-stopped.js';
import {clusterTokenRevoked} from './cluster-token-revoked.js';
import {conditionalAccessBlocked} from './conditional-access-blocked.js';
import {connectedRegistryAlreadyActivated} from './connected-registry-already-activated.js';
import {connectedRegistryBadChartVersion} from './connected-registry-bad-chart-version.js';
import {connectedRegistryNamespaceTerminating} from './connected-registry-namespace-terminating.js';
import {connectedRegistryNoStorageClass} from './connected-registry-no-storage-class.js';
import {connectedRegistryReleaseNameInUse} from './connected-registry-release-name-in-use.js';
import {connectedRegistrySyncPasswordRotated} from './connected-registry-sync-password-rotated.js';
import {connectedRegistryTrustNotDistributed} from './connected-registry-trust-not-distributed.js';
import {connectedRegistryWrongPassword} from './connected-registry-wrong-password.js';
import {directoryReadOnlyUser} from './directory-read-only-user.js';
import {doctorDemo} from './doctor-demo.js';
import {kubeloginRequired} from './kubelogin-required.js';
import {kubeloginSignInBlocked} from './kubelogin-sign-in-blocked.js';
import {mfaRequired} from './mfa-required.js';
import {pimEligibleOwner} from './pim-eligible-owner.js';
import {privateCluster} from './private-cluster.js';
import {providersUnregistered} from './providers-unregistered.js';
import {pullScenarios} from './pull-scenarios.js';
import {registryInOtherTenant, registryInUnknownTenant} from './registry-in-other-tenant.js';
import type {Scenario} from './types.js';

export type {Scenario, ScenarioWorld} from './types.js';

/** Every scenario, in the order `--list-scenarios` prints them. */
export const scenarios: readonly Scenario[] = [
	clusterCaRotated,
	clusterReadOnlyUser,
	clusterStopped,
	clusterTokenRevoked,
	conditionalAccessBlocked,
	connectedRegistryAlreadyActivated,
	connectedRegistryBadChartVersion,
	connectedRegistryNamespaceTerminating,
	connectedRegistryNoStorageClass,
	connectedRegistryReleaseNameInUse,
	connectedRegistrySyncPasswordRotated,
	connectedRegistryTrustNotDistributed,
	connectedRegistryWrongPassword,
	directoryReadOnlyUser,
	doctorDemo,
	kubeloginRequired,
	kubeloginSignInBlocked,
	mfaRequired,
	pimEligibleOwner,
	privateCluster,
	providersUnregistered,
	registryInOtherTenant,
	registryInUnknownTenant,
	...pullScenarios,
];

/** The scenario with this name, or an error naming the known ones and how to list them. */
export function findScenario(name: string): Scenario {
	const found = scenarios.find((s) => s.name === name);
	if (!found) {
		throw new Error(
			`There is no sandbox scenario '${name}'. Known scenarios: ${scenarios.map((s) => s.name).join(', ')}. List them with: acr-wizard sandbox --list-scenarios`,
		);
	}
	return found;
}
