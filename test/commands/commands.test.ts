import {describe, expect, test} from 'vitest';
import {acrCreateCommand, attachCommand, checkAcrCommand, registryReference, subscriptionFlag, tokenPasswordCommand} from '../../source/commands/az.js';
import {createSecretCommand, deleteWorkloadCommand, restartPodsCommand} from '../../source/commands/kubectl.js';

const registry = {
	name: 'myregistry',
	id: '/subscriptions/shared/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/myregistry',
	subscriptionId: 'shared',
};
const cluster = {name: 'myAKSCluster', resourceGroup: 'myResourceGroup', subscriptionId: 'main'};

describe('az commands', () => {
	test("--subscription only when the resource is not in az's default subscription (compared without case)", () => {
		expect(subscriptionFlag('MAIN', 'main')).toBe('');
		expect(subscriptionFlag(undefined, 'main')).toBe('');
		expect(subscriptionFlag('main', 'shared')).toBe(' --subscription shared');
	});

	test('a registry of another subscription is named by its resource id', () => {
		expect(registryReference(registry, cluster)).toBe(registry.id);
		expect(registryReference(registry, {subscriptionId: 'shared'})).toBe('myregistry');
		expect(attachCommand(cluster, registry, 'main')).toBe(`az aks update --name myAKSCluster --resource-group myResourceGroup --attach-acr ${registry.id}`);
	});

	test('check-acr is built once, with long flags and --subscription when needed', () => {
		expect(checkAcrCommand(cluster, 'myregistry.azurecr.io', 'other')).toBe(
			'az aks check-acr --name myAKSCluster --resource-group myResourceGroup --acr myregistry.azurecr.io --subscription main',
		);
	});

	test("az acr create names a location only when it is not the group's, and the SKU in lower case", () => {
		expect(acrCreateCommand({name: 'r', resourceGroup: 'g', sku: 'Premium'}, 'main', 'main')).toBe('az acr create --name r --resource-group g --sku premium');
		expect(acrCreateCommand({name: 'r', resourceGroup: 'g', sku: 'Basic', location: 'westus'}, 'main', 'main')).toBe(
			'az acr create --name r --resource-group g --sku basic --location westus',
		);
	});

	test('a token password names its expiry only when one is set', () => {
		expect(tokenPasswordCommand('t', registry, undefined, 'shared')).toBe(
			`TOKEN_PASSWORD=$(az acr token credential generate --name t --registry myregistry --password1 --query "passwords[?name=='password1'].value | [0]" --output tsv)`,
		);
		expect(tokenPasswordCommand('t', registry, 30, 'main')).toBe(
			`TOKEN_PASSWORD=$(az acr token credential generate --name t --registry myregistry --subscription shared --password1 --expiration-in-days 30 --query "passwords[?name=='password1'].value | [0]" --output tsv)`,
		);
	});
});

describe('kubectl commands', () => {
	test('a context that is not the current one is named on every command', () => {
		const target = {namespace: 'web', context: 'kind-dev'};
		expect(createSecretCommand('acr-secret', target, 'r.azurecr.io', 'user', '<password>', {exists: true})).toBe(
			'kubectl create secret docker-registry acr-secret --context kind-dev --namespace web --docker-server=r.azurecr.io --docker-username=user --docker-password=<password> --dry-run=client --output yaml | kubectl apply --context kind-dev -f -',
		);
		expect(deleteWorkloadCommand('Pod', 'my-pod', target)).toBe('kubectl delete pod my-pod --context kind-dev --namespace web');
		expect(restartPodsCommand('app=nginx0', {namespace: 'default'})).toBe('kubectl delete pods -l app=nginx0 --namespace default');
	});
});
