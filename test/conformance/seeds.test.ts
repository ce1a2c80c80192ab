/**
 * The seeds' own az and kubectl commands, run unchanged (placeholders filled with the sandbox's names) by
 * the real clients against the sandbox, checking each command's exit code and its effect in the sandbox's
 * world. Lanes of independent commands run at the same time. `az k8s-extension` cannot be installed
 * offline, so its create/show/delete are sent with `az rest` carrying the same requests.
 */
import {writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {seedIds} from '../../source/sandbox/index.js';
import {roleIds} from '../../source/sandbox/azure/roles.js';
import {key, type SandboxState} from '../../source/sandbox/state.js';
import {eventually, missingClients, openLane, said, startWorld, type Lane, type World} from './harness.js';

const rg = seedIds.resourceGroup;
const sub = seedIds.subscriptionId;
const registryId = (name: string) => `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.ContainerRegistry/registries/${name}`;

/** The principals holding a role at exactly this scope. */
const holders = (state: SandboxState, scope: string, role: string): string[] =>
	[...state.roleAssignments.values()]
		.filter((a) => key(a.scope) === key(scope) && a.roleDefinitionId.toLowerCase().endsWith(role))
		.map((a) => a.principalId.toLowerCase());

const missing = missingClients();
if (missing !== undefined) {
	// Visible in the run's output and counted as skipped, never silent: .ci/run installs the clients when it can.
	console.warn(`Conformance suite skipped: ${missing}. Install Debian's azure-cli and kubectl (\`.ci/run\` does) to run it.`);
}

describe.skipIf(missing !== undefined)('the seeds run unchanged with the real az and kubectl against the sandbox', () => {
	let world: World;
	const started = performance.now();
	beforeAll(async () => {
		world = await startWorld();
	}, 60_000);
	afterAll(async () => {
		const rows = world.rows.map(
			(r) =>
				`| ${r.lane} | \`${r.command.length > 110 ? `${r.command.slice(0, 107)}...` : r.command}\` | ${r.code} | ${r.effect} | ${(r.ms / 1000).toFixed(1)} s |`,
		);
		const lanes = [...new Set(world.rows.map((r) => r.lane))].map(
			(lane) => `${lane} ${(world.rows.filter((r) => r.lane === lane).reduce((sum, r) => sum + r.ms, 0) / 1000).toFixed(1)} s`,
		);
		console.log(
			[
				`Conformance suite: ${rows.length} commands in ${((performance.now() - started) / 1000).toFixed(1)} s`,
				`Time in commands per lane: ${lanes.join(', ')}`,
				'| lane | command | exit | effect checked | time |',
				'|---|---|---|---|---|',
				...rows,
			].join('\n'),
		);
		await world.close();
	});

	/** Runs a command that must succeed and records the effect once `check` has passed. */
	async function ok(
		lane: Lane,
		command: string,
		effect: string,
		check: (stdout: string) => void | Promise<void>,
		variables: Record<string, string> = {},
	): Promise<string> {
		const ran = await lane.run(command, variables);
		expect(ran.code, `${command}\n${said(ran)}`).toBe(0);
		await check(ran.stdout);
		lane.record(command, ran, effect);
		return ran.stdout;
	}

	test.concurrent(
		'attach, detach, import, get-credentials, kubectl apply/get/logs and az aks check-acr (seeds 000, 002)',
		async () => {
			const lane = await openLane(world, 'attach');
			// `az aks get-credentials` writes ~/.kube/config, which kubectl then reads, as on a user's machine.
			lane.environment['KUBECONFIG'] = join(lane.home, '.kube', 'config');
			const state = world.sandbox.state;
			const acr = 'conformanceacr1';
			const kubelet = () => [...state.managedClusters.values()].find((c) => c.name === seedIds.aksCluster)?.kubelet.objectId.toLowerCase() ?? '';
			await ok(lane, `MYACR=${acr}\naz acr create --name $MYACR --resource-group ${rg} --sku basic`, 'registry exists, Basic', () => {
				expect(state.registries.get(key(registryId(acr)))?.sku).toBe('Basic');
			});
			await ok(lane, `az acr check-name -n ${acr} --query nameAvailable -o tsv`, 'name reported taken', (out) => expect(out.trim()).toBe('false'));
			await ok(lane, `az acr import --name ${acr} --source docker.io/library/nginx:latest --image nginx:v1`, 'nginx:v1 in the registry', () => {
				expect(
					state.registries
						.get(key(registryId(acr)))
						?.images.get('nginx')
						?.has('v1'),
				).toBe(true);
			});
			await ok(
				lane,
				`az aks update --name ${seedIds.aksCluster} --resource-group ${rg} --attach-acr ${acr}`,
				'kubelet identity holds AcrPull on the registry',
				() => {
					expect(holders(state, registryId(acr), roleIds.acrPull)).toContain(kubelet());
				},
			);
			await ok(lane, `az aks get-credentials --resource-group ${rg} --name ${seedIds.aksCluster}`, 'kubeconfig context for the cluster written', async () => {
				const check = await lane.run('kubectl config current-context');
				expect(check.stdout.trim()).toBe(seedIds.aksCluster);
			});
			await writeFile(
				join(lane.home, 'acr-nginx.yaml'),
				[
					'apiVersion: apps/v1',
					'kind: Deployment',
					'metadata:',
					'  name: nginx0-deployment',
					'  labels:',
					'    app: nginx0-deployment',
					'spec:',
					'  replicas: 2',
					'  selector:',
					'    matchLabels:',
					'      app: nginx0',
					'  template:',
					'    metadata:',
					'      labels:',
					'        app: nginx0',
					'    spec:',
					'      containers:',
					'      - name: nginx',
					`        image: ${acr}.azurecr.io/nginx:v1`,
					'        ports:',
					'        - containerPort: 80',
					'',
				].join('\n'),
			);
			await ok(lane, 'kubectl apply -f acr-nginx.yaml', 'deployment created', (out) => expect(out).toContain('deployment.apps/nginx0-deployment created'));
			let podsOut = '';
			await eventually('both nginx pods are Running', async () => {
				podsOut = (await lane.run('kubectl get pods')).stdout;
				return (podsOut.match(/\s1\/1\s+Running\s/g) ?? []).length === 2;
			});
			await ok(lane, 'kubectl get pods', 'two pods 1/1 Running (READY STATUS columns)', (out) => {
				expect(out).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE/);
				expect((out.match(/\s1\/1\s+Running\s/g) ?? []).length).toBe(2);
			});
			const pod = /^(nginx0-deployment-\S+)/m.exec(podsOut)?.[1] ?? '';
			await ok(lane, `kubectl logs ${pod}`, "nginx's start-up lines", (out) => expect(out).toContain('Configuration complete; ready for start up'));
			await ok(
				lane,
				`az aks check-acr --name ${seedIds.aksCluster} --resource-group ${rg} --acr ${acr}.azurecr.io`,
				'canipull says the cluster can pull',
				(out) => {
					expect(out).toContain(`Your cluster can pull images from ${acr}.azurecr.io!`);
				},
			);
			await ok(lane, `az aks update -n ${seedIds.aksCluster} -g ${rg} --detach-acr ${acr}`, 'AcrPull of the kubelet removed', () => {
				expect(holders(state, registryId(acr), roleIds.acrPull)).not.toContain(kubelet());
			});
			await ok(
				lane,
				`az aks check-acr --name ${seedIds.aksCluster} --resource-group ${rg} --acr ${acr}.azurecr.io`,
				'canipull says pull permission FAILED',
				(out) => {
					// eslint-disable-next-line no-control-regex -- canipull colours its verdicts when it has a terminal
					expect(out.replace(/\u001B\[\d+m/g, '')).toContain('Validating image pull permission: FAILED');
				},
			);
			await ok(lane, `az aks update -n ${seedIds.aksCluster} -g ${rg} --attach-acr ${registryId(acr)}`, 'AcrPull again, attached by resource id', () => {
				expect(holders(state, registryId(acr), roleIds.acrPull)).toContain(kubelet());
			});
			await ok(
				lane,
				`az aks update --name ${seedIds.aksCluster} --resource-group ${rg} --detach-acr ${registryId(acr)}`,
				'AcrPull removed, detached by resource id',
				() => {
					expect(holders(state, registryId(acr), roleIds.acrPull)).not.toContain(kubelet());
				},
			);
			const cluster = [...state.managedClusters.values()].find((c) => c.name === seedIds.aksCluster);
			expect(world.sandbox.state.managedClusters.size).toBeGreaterThan(0);
			expect(cluster?.kept?.properties['agentPoolProfiles']).toBeDefined();
		},
		170_000,
	);

	test.concurrent(
		'az aks create --attach-acr makes a new cluster with its own kubelet identity and API (seeds 000, 002)',
		async () => {
			const lane = await openLane(world, 'create');
			lane.environment['KUBECONFIG'] = join(lane.home, '.kube', 'config');
			const state = world.sandbox.state;
			const acr = 'conformanceacr2';
			const clusterNamed = (name: string) => [...state.managedClusters.values()].find((c) => c.name === name);
			await ok(lane, `MYACR=${acr}\naz acr create -n $MYACR -g ${rg} --sku basic`, 'registry exists', () =>
				expect(state.registries.has(key(registryId(acr)))).toBe(true),
			);
			await ok(
				lane,
				`MYACR=${acr}\naz aks create --name myAKSCluster --resource-group ${rg} --generate-ssh-keys --attach-acr $MYACR`,
				'new cluster, new kubelet identity holding AcrPull',
				() => {
					const created = clusterNamed('myAKSCluster');
					expect(created?.kubelet.objectId).toBeDefined();
					expect(created?.kubelet.objectId).not.toBe(clusterNamed(seedIds.aksCluster)?.kubelet.objectId);
					expect(holders(state, registryId(acr), roleIds.acrPull)).toContain(created?.kubelet.objectId.toLowerCase());
				},
			);
			await ok(
				lane,
				`az aks create -n myAKSCluster2 -g ${rg} --generate-ssh-keys --attach-acr /subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.ContainerRegistry/registries/${acr}`,
				'second cluster attached by resource id',
				() => expect(holders(state, registryId(acr), roleIds.acrPull)).toContain(clusterNamed('myAKSCluster2')?.kubelet.objectId.toLowerCase()),
			);
			await ok(lane, `az aks show -g ${rg} -n myAKSCluster --query provisioningState -o tsv`, 'provisioningState Succeeded', (out) =>
				expect(out.trim()).toBe('Succeeded'),
			);
			await ok(lane, `az aks get-credentials -g ${rg} -n myAKSCluster`, 'kubeconfig for the new cluster', () => undefined);
			await ok(lane, 'kubectl get nodes -o name', "the new cluster's own API answers with its own nodes", (out) => {
				const nodes = clusterNamed('myAKSCluster')?.nodeNames ?? [];
				expect(nodes.length).toBeGreaterThan(0);
				for (const node of nodes) expect(out).toContain(`node/${node}`);
				for (const node of clusterNamed(seedIds.aksCluster)?.nodeNames ?? []) expect(out).not.toContain(node);
			});
		},
		170_000,
	);

	test.concurrent(
		'the service principal scripts, role assignments, credential reset and a pull secret (seeds 001, 003)',
		async () => {
			const lane = await openLane(world, 'principal');
			const state = world.sandbox.state;
			const acr = 'conformanceacr3';
			const spName = 'acr-service-principal';
			await ok(lane, `az acr create -n ${acr} -g ${rg} --sku basic`, 'registry exists', () => expect(state.registries.has(key(registryId(acr)))).toBe(true));
			await ok(lane, `az acr import --name ${acr} --source docker.io/library/nginx:latest --image my-awesome-app:v1`, 'image in the registry', () => undefined);
			const script1 = [
				'ACR_NAME=$containerRegistry',
				'SERVICE_PRINCIPAL_NAME=$servicePrincipal',
				'ACR_REGISTRY_ID=$(az acr show --name $ACR_NAME --query "id" --output tsv)',
				'PASSWORD=$(az ad sp create-for-rbac --name $SERVICE_PRINCIPAL_NAME --scopes $ACR_REGISTRY_ID --role acrpull --query "password" --output tsv)',
				'USER_NAME=$(az ad sp list --display-name $SERVICE_PRINCIPAL_NAME --query "[].appId" --output tsv)',
				'echo "Service principal ID: $USER_NAME"',
				'echo "Service principal password: $PASSWORD"',
			].join('\n');
			let appId = '';
			await ok(
				lane,
				script1,
				'az ad sp list --display-name finds the new principal only; it holds AcrPull on the registry',
				(out) => {
					appId = /^Service principal ID: (\S+)$/m.exec(out)?.[1] ?? '';
					const sp = [...state.servicePrincipals.values()].find((s) => s.displayName === spName);
					expect(appId).toBe(sp?.appId);
					expect(holders(state, registryId(acr), roleIds.acrPull)).toEqual([sp?.id.toLowerCase()]);
				},
				{containerRegistry: acr, servicePrincipal: spName},
			);
			const existing = [...state.servicePrincipals.values()].find((s) => s.displayName === seedIds.existingServicePrincipal);
			const script2 = [
				'ACR_NAME=$containerRegistry',
				'SERVICE_PRINCIPAL_ID=$servicePrincipal',
				'ACR_REGISTRY_ID=$(az acr show --name $ACR_NAME --query id --output tsv)',
				'az role assignment create --assignee $SERVICE_PRINCIPAL_ID --scope $ACR_REGISTRY_ID --role acrpull',
			].join('\n');
			await ok(
				lane,
				script2,
				'AcrPull goes to the principal with that appId (servicePrincipalNames/any filter), no other',
				() => {
					const now = holders(state, registryId(acr), roleIds.acrPull);
					expect(now).toContain(existing?.id.toLowerCase());
					expect(now).toHaveLength(2);
				},
				{containerRegistry: acr, servicePrincipal: existing?.appId ?? ''},
			);
			await ok(lane, `az role assignment list --scope ${registryId(acr)} -o table`, 'both assignments listed with names (directoryObjects/getByIds)', (out) => {
				expect((out.match(/AcrPull/g) ?? []).length).toBe(2);
			});
			const byName = `az ad sp credential reset  --name http://${spName} --query password --output tsv`;
			const refused = await lane.run(byName);
			// az 2.45 dropped --name for this command (before any request): the seed's form fails in az itself.
			expect(refused.code, said(refused)).toBe(2);
			expect(refused.stderr).toContain('the following arguments are required: --id');
			lane.record(byName, refused, 'az 2.45 refuses --name itself (exit 2, "--id" required); no request sent');
			const sp = () => [...state.servicePrincipals.values()].find((s) => s.displayName === spName);
			const first = (
				await ok(lane, `az ad sp credential reset --id ${appId} --query password --output tsv`, 'a new password on that principal', () => undefined)
			).trim();
			const second = (
				await ok(
					lane,
					`az ad sp credential reset --id ${appId} --query password --output tsv`,
					'the first reset password removed (removePassword), the second works',
					(out) => {
						// Booleans only: a failed comparison must not print a password.
						expect(sp()?.passwordCredentials).toHaveLength(1);
						expect(sp()?.passwordCredentials[0]?.secretText === out.trim()).toBe(true);
						expect(sp()?.passwordCredentials.some((p) => p.secretText === first)).toBe(false);
					},
				)
			).trim();
			const context = `--context ${seedIds.localCluster}`;
			await ok(lane, `kubectl ${context} create namespace awesomeapps`, 'namespace created', () => undefined);
			const secret = [
				`kubectl ${context} create secret docker-registry acr-secret \\`,
				'    --namespace awesomeapps \\',
				`    --docker-server=${acr}.azurecr.io \\`,
				'    --docker-username=$USER_NAME \\',
				'    --docker-password=$PASSWORD',
			].join('\n');
			await ok(lane, secret, 'secret/acr-secret created (protobuf body)', (out) => expect(out).toContain('secret/acr-secret created'), {
				USER_NAME: appId,
				PASSWORD: second,
			});
			await writeFile(
				join(lane.home, 'pod.yaml'),
				[
					'apiVersion: v1',
					'kind: Pod',
					'metadata:',
					'  name: my-awesome-app-pod',
					'  namespace: awesomeapps',
					'spec:',
					'  containers:',
					'    - name: main-app-container',
					`      image: ${acr}.azurecr.io/my-awesome-app:v1`,
					'      imagePullPolicy: IfNotPresent',
					'  imagePullSecrets:',
					'    - name: acr-secret',
					'',
				].join('\n'),
			);
			await ok(lane, `kubectl ${context} apply -f pod.yaml`, 'pod created', () => undefined);
			await eventually('the pod pulling with the secret is Running', async () => {
				const got = await lane.run(`kubectl ${context} get pod my-awesome-app-pod -n awesomeapps -o jsonpath='{.status.phase}'`);
				return got.stdout.trim() === 'Running';
			});
			lane.record('kubectl get pod my-awesome-app-pod -n awesomeapps', {code: 0, stdout: '', stderr: '', ms: 0}, 'pod Running with the pull secret');
			// The new principal holds only AcrPull (registry data access): signed in as it, ARM reads are refused.
			const own = `${lane.home}/sp-config`;
			const login = await lane.run(
				`cp -r "$AZURE_CONFIG_DIR" ${own} && AZURE_CONFIG_DIR=${own} az login --service-principal -u $USER_NAME -p $PASSWORD --tenant ${seedIds.tenantId} --allow-no-subscriptions -o none`,
				{USER_NAME: appId, PASSWORD: second},
			);
			expect(login.code, said(login)).toBe(0);
			const show = await lane.run(`AZURE_CONFIG_DIR=${own} az acr show -n ${acr} -g ${rg} -o none`);
			expect(show.code).toBe(1);
			expect(show.stderr).toContain(
				`does not have authorization to perform action 'Microsoft.ContainerRegistry/registries/read' over scope '${registryId(acr)}'`,
			);
			lane.record(`az acr show -n ${acr} -g ${rg} (signed in as the AcrPull-only principal)`, show, '403 AuthorizationFailed with ARM text');
		},
		170_000,
	);

	test.concurrent(
		'connected registry, scope map and token, the Arc extension by az rest (seed 004)',
		async () => {
			const lane = await openLane(world, 'connected');
			const state = world.sandbox.state;
			const acr = 'myacrregistry';
			const arc = `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.Kubernetes/connectedClusters/${seedIds.arcCluster}`;
			const extensionUrl = `${world.sandbox.armEndpoint}${arc}/providers/Microsoft.KubernetesConfiguration/extensions/myconnectedregistry?api-version=2023-05-01`;
			await ok(lane, `az acr create -n ${acr} -g ${rg} --sku premium`, 'Premium registry', () =>
				expect(state.registries.get(key(registryId(acr)))?.sku).toBe('Premium'),
			);
			await ok(lane, `az acr update -n ${acr} --data-endpoint-enabled true`, 'data endpoint on', () =>
				expect(state.registries.get(key(registryId(acr)))?.dataEndpointEnabled).toBe(true),
			);
			await ok(
				lane,
				`az acr import --name ${acr} --source mcr.microsoft.com/mcr/hello-world:latest --image hello-world:latest`,
				'hello-world:latest in the registry',
				() => {
					expect(
						state.registries
							.get(key(registryId(acr)))
							?.images.get('hello-world')
							?.has('latest'),
					).toBe(true);
				},
			);
			const registry = () => state.registries.get(key(registryId(acr)));
			await ok(
				lane,
				`az acr connected-registry create --registry ${acr} \\\n--name myconnectedregistry \\\n--resource-group ${rg} \\\n--repository "hello-world"`,
				'connected registry with its sync token',
				() => {
					expect(registry()?.connectedRegistries.get('myconnectedregistry')?.syncTokenId).toMatch(/\/tokens\/myconnectedregistry$/i);
				},
			);
			const settings = [
				'echo "{\\"connectionString\\":\\"$(az acr connected-registry get-settings \\',
				'--name myconnectedregistry \\',
				`--registry ${acr} \\`,
				'--parent-protocol https \\',
				'--generate-password 1 \\',
				'--query ACR_REGISTRY_CONNECTION_STRING \\',
				'--output tsv \\',
				'--yes | tr -d \'\\r\')\\" }" > settings.json',
				'cat settings.json',
			].join('\n');
			let connectionString = '';
			await ok(lane, settings, 'settings.json holds the connection string with a new sync password', (out) => {
				connectionString = (JSON.parse(out) as {connectionString: string}).connectionString;
				expect(connectionString).toContain('ConnectedRegistryName=myconnectedregistry');
				expect(
					registry()
						?.tokens.get('myconnectedregistry')
						?.passwords.map((p) => p.name),
				).toContain('password1');
			});
			// What `az k8s-extension create` sends (the extension cannot be installed offline).
			const body = {
				identity: {type: 'SystemAssigned'},
				properties: {
					extensionType: 'Microsoft.ContainerRegistry.ConnectedRegistry',
					autoUpgradeMinorVersion: true,
					releaseTrain: 'preview',
					scope: {cluster: {releaseNamespace: 'connected-registry'}},
					configurationSettings: {'service.clusterIP': '192.100.100.1'},
					configurationProtectedSettings: {connectionString},
				},
			};
			await writeFile(join(lane.home, 'extension.json'), JSON.stringify(body));
			await ok(
				lane,
				`az rest --method put --url '${extensionUrl}' --body @extension.json -o none`,
				'extension accepted (az k8s-extension create)',
				() => undefined,
			);
			await eventually('the extension reaches Succeeded', async () => {
				const shown = await lane.run(`az rest --method get --url '${extensionUrl}' --query properties.provisioningState -o tsv`);
				return shown.stdout.trim() === 'Succeeded';
			});
			await ok(
				lane,
				`az rest --method get --url '${extensionUrl}'`,
				'extension Succeeded, protected settings not served back (az k8s-extension show)',
				(out) => {
					const shown = JSON.parse(out) as {properties: {provisioningState: string; configurationProtectedSettings?: Record<string, string>}};
					expect(shown.properties.provisioningState).toBe('Succeeded');
					expect(JSON.stringify(shown)).not.toContain(connectionString);
				},
			);
			await ok(lane, `az acr connected-registry list --registry ${acr} \\\n--output table`, 'table lists the connected registry', (out) =>
				expect(out).toContain('myconnectedregistry'),
			);
			await ok(
				lane,
				`az acr connected-registry show --registry ${acr} \\\n--name myconnectedregistry \\\n--output table`,
				'table shows it with its sync schedule',
				(out) => expect(out).toContain('* * * * *'),
			);
			await eventually('the token lane has made mytoken', async () => Promise.resolve(registry()?.tokens.get('mytoken')?.status === 'disabled'), 60_000);
			await ok(
				lane,
				`az acr connected-registry update --registry ${acr} --name myconnectedregistry --add-client-tokens mytoken --sync-schedule "0 0 * * *" --log-level Debug -o none`,
				'client token, schedule and log level merged (PATCH), the rest kept',
				() => {
					const cr = registry()?.connectedRegistries.get('myconnectedregistry');
					expect(cr?.clientTokenIds.map((id) => id.split('/').pop())).toEqual(['mytoken']);
					expect(cr?.schedule).toBe('0 0 * * *');
					expect(cr?.logLevel).toBe('Debug');
					expect(cr?.mode.toLowerCase()).toBe('readwrite');
				},
			);
			const context = `--context ${seedIds.arcCluster}`;
			await ok(
				lane,
				`kubectl ${context} create secret docker-registry regcred --docker-server=192.100.100.1 --docker-username=mytoken --docker-password=mypassword`,
				'secret/regcred created',
				(out) => {
					expect(out).toContain('secret/regcred created');
				},
			);
			const deployment = [
				`kubectl ${context} apply -f - <<EOF`,
				'apiVersion: apps/v1',
				'kind: Deployment',
				'metadata:',
				'  name: hello-world-deployment',
				'  labels:',
				'    app: hello-world',
				'spec:',
				'  selector:',
				'    matchLabels:',
				'      app: hello-world',
				'  replicas: 1',
				'  template:',
				'    metadata:',
				'      labels:',
				'        app: hello-world',
				'    spec:',
				'      imagePullSecrets:',
				'        - name: regcred',
				'      containers:',
				'        - name: hello-world',
				'          image: 192.100.100.1/hello-world:latest',
				'EOF',
			].join('\n');
			await ok(lane, deployment, 'deployment created; its pod is scheduled', async (out) => {
				expect(out).toContain('deployment.apps/hello-world-deployment created');
				await eventually('the hello-world pod exists', async () =>
					(await lane.run(`kubectl ${context} get pods -l app=hello-world -o name`)).stdout.includes('pod/'),
				);
			});
			await ok(lane, `az rest --method delete --url '${extensionUrl}'`, 'extension deleted (az k8s-extension delete)', () => undefined);
			// The seed's delete asks "Are you sure?", which needs a terminal; --yes answers it.
			await ok(
				lane,
				`az acr connected-registry delete --registry ${acr} \\\n--name myconnectedregistry \\\n--resource-group ${rg} --yes`,
				'connected registry gone',
				() => {
					expect(registry()?.connectedRegistries.has('myconnectedregistry')).toBe(false);
				},
			);
		},
		170_000,
	);

	test.concurrent(
		'scope map and token for the connected registry (seed 004, repository-scoped tokens)',
		async () => {
			const lane = await openLane(world, 'token');
			const acr = 'myacrregistry';
			const registry = () => world.sandbox.state.registries.get(key(registryId(acr)));
			await eventually('the connected lane has made the Premium registry', async () => Promise.resolve(registry()?.sku === 'Premium'), 60_000);
			await ok(
				lane,
				`az acr scope-map create --name hello-pull --registry ${acr} --repository hello-world content/read metadata/read`,
				'scope map with the two actions',
				() => {
					expect(registry()?.scopeMaps.get('hello-pull')?.actions).toEqual(['repositories/hello-world/content/read', 'repositories/hello-world/metadata/read']);
				},
			);
			await ok(lane, `az acr token create --name mytoken --registry ${acr} --scope-map hello-pull -o none`, 'token enabled with passwords', () => {
				expect(registry()?.tokens.get('mytoken')?.status).toBe('enabled');
			});
			await ok(lane, `az acr token update --name mytoken --registry ${acr} --status disabled -o none`, 'token disabled (PATCH), scope map kept', () => {
				expect(registry()?.tokens.get('mytoken')?.status).toBe('disabled');
				expect(registry()?.tokens.get('mytoken')?.scopeMapId).toMatch(/\/scopeMaps\/hello-pull$/);
			});
		},
		170_000,
	);

	test.concurrent(
		'az --version and the Graph filter forms az sends are answered, an unknown one refused',
		async () => {
			const lane = await openLane(world, 'graph');
			await ok(lane, 'az --version', 'prints azure-cli version', (out) => expect(out).toMatch(/azure-cli\s+2\.\d+/));
			await Promise.all(
				['Microsoft.Kubernetes', 'Microsoft.KubernetesConfiguration', 'Microsoft.ExtendedLocation'].map(async (namespace) =>
					ok(lane, `az provider register --namespace ${namespace}`, 'registration accepted (Registered or Registering)', () => {
						expect(['Registered', 'Registering']).toContain(world.sandbox.state.providers.get(key(`${sub}/${namespace}`))?.state);
					}),
				),
			);
			const unknown = await lane.run(`az ad sp list --filter "tags/any(t:t eq 'x') or displayName eq 'y'" -o none`);
			expect(unknown.code).toBe(1);
			expect(unknown.stderr).toContain('Unsupported');
			lane.record('az ad sp list --filter "... or ..."', unknown, 'Graph 400 Request_UnsupportedQuery, never everything');
			await ok(
				lane,
				`az ad sp list --spn ${[...world.sandbox.state.servicePrincipals.values()].find((s) => s.displayName === seedIds.existingServicePrincipal)?.appId ?? ''} --query "[].displayName" -o tsv`,
				'exactly the principal with that name',
				(out) => {
					expect(out.trim()).toBe(seedIds.existingServicePrincipal);
				},
			);
		},
		60_000,
	);
});
