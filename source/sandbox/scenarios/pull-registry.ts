/** Scenarios of the registry's authorisation: ABAC repository permissions, ARM-audience tokens refused, the admin user. */
import {roleIds} from '../azure/roles.js';
import {newSecret} from '../azure/registries.js';
import {aksOf, assignRole, attachSharedRegistry, kubeRequest, sharedRegistryOf} from './pull-helpers.js';
import type {Scenario} from './types.js';

export const registryAbacAcrPullIgnored: Scenario = {
	name: 'registry-abac-acrpull-ignored',
	description:
		"The shared registry uses ABAC repository permissions (roleAssignmentMode AbacRepositoryPermissions): the kubelet's AcrPull is not honoured, so pulls answer 401 until it holds Container Registry Repository Reader.",
	apply(world) {
		attachSharedRegistry(world);
		const registry = sharedRegistryOf(world);
		if (registry) registry.roleAssignmentMode = 'AbacRepositoryPermissions';
	},
};

export const registryAbacOtherRepository: Scenario = {
	name: 'registry-abac-other-repository',
	description:
		"The shared registry uses ABAC repository permissions; the kubelet holds Container Registry Repository Reader only on repositories starting with 'hello-world': nginx pulls answer 401, hello-world pulls work.",
	apply(world) {
		const registry = sharedRegistryOf(world);
		const aks = aksOf(world);
		if (!registry || !aks) return;
		registry.roleAssignmentMode = 'AbacRepositoryPermissions';
		const condition =
			"((!(ActionMatches{'Microsoft.ContainerRegistry/registries/repositories/content/read'}) AND !(ActionMatches{'Microsoft.ContainerRegistry/registries/repositories/metadata/read'})) OR (@Request[Microsoft.ContainerRegistry/registries/repositories:name] StringStartsWithIgnoreCase 'hello-world'))";
		assignRole(world.state, aks.kubelet.objectId, 'ServicePrincipal', registry.id, roleIds.repositoryReader, undefined, condition);
	},
};

export const registryArmTokensDisabled: Scenario = {
	name: 'registry-arm-tokens-disabled',
	description:
		'The shared registry refuses ARM-audience Entra tokens (azureADAuthenticationAsArmPolicy disabled): /oauth2/exchange with a management token answers 401; a token for https://containerregistry.azure.net works.',
	apply(world) {
		attachSharedRegistry(world);
		const registry = sharedRegistryOf(world);
		if (registry) registry.armAudienceTokens = 'disabled';
	},
};

export const registryAdminPasswordRotated: Scenario = {
	name: 'registry-admin-password-rotated',
	description:
		"The shared registry's admin user is on, and pull secret default/acr-admin on aks-sandbox holds its password from before az acr credential renew: pods using it fail 401.",
	apply(world) {
		const registry = sharedRegistryOf(world);
		if (!registry) return;
		registry.adminUserEnabled = true;
	},
	async started(sandbox) {
		const registry = [...sandbox.state.registries.values()].find((r) => r.adminUserEnabled);
		if (!registry) return;
		const server = `${registry.name.toLowerCase()}.${sandbox.cloud.acrSuffix}`;
		const old = registry.adminPasswords[0];
		const config = {auths: {[server]: {username: registry.name, password: old, auth: Buffer.from(`${registry.name}:${old}`).toString('base64')}}};
		const secret = {
			apiVersion: 'v1',
			kind: 'Secret',
			metadata: {name: 'acr-admin', namespace: 'default'},
			type: 'kubernetes.io/dockerconfigjson',
			data: {'.dockerconfigjson': Buffer.from(JSON.stringify(config)).toString('base64')},
		};
		await kubeRequest(sandbox, 'aks-sandbox', 'POST', '/api/v1/namespaces/default/secrets', secret, 'application/json');
		registry.adminPasswords[0] = newSecret();
	},
};

/** The repository-scoped token the `registry-token-one-repository` scenario creates, and its scope map. */
export const oneRepositoryToken = {name: 'ci-hello-reader', scopeMap: 'hello-world-pull', repository: 'hello-world'} as const;

export const registryTokenOneRepository: Scenario = {
	name: 'registry-token-one-repository',
	description: `The shared registry has a token '${oneRepositoryToken.name}' whose scope map allows only ${oneRepositoryToken.repository} content/read: /oauth2/token grants no pull on nginx and /v2/nginx/… answers UNAUTHORIZED.`,
	apply(world) {
		const registry = sharedRegistryOf(world);
		if (!registry) return;
		const created = world.now.toISOString();
		registry.scopeMaps.set(oneRepositoryToken.scopeMap, {
			name: oneRepositoryToken.scopeMap,
			description: 'Pull hello-world only',
			actions: [`repositories/${oneRepositoryToken.repository}/content/read`, `repositories/${oneRepositoryToken.repository}/metadata/read`],
			type: 'IsUserDefined',
			creationDate: created,
		});
		registry.tokens.set(oneRepositoryToken.name, {
			name: oneRepositoryToken.name,
			scopeMapId: `${registry.id}/scopeMaps/${oneRepositoryToken.scopeMap}`,
			status: 'enabled',
			creationDate: created,
			passwords: [{name: 'password1', value: newSecret(), creationTime: created}],
		});
	},
};
