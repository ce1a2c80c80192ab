/** Messages of `acr-wizard doctor`: its flags, its refusals, each check's words, and the report. */
import {date, list as listOf, plural} from './intl.js';

const list = (items: readonly string[]): string => (items.length === 0 ? '(none)' : listOf(items));

export const doctor = {
	flags: {
		command: 'find out why a pod cannot pull from ACR, and offer the fix',
		pod: 'the pod to examine (doctor: default every pod that fails to pull)',
		deployment: 'the deployment whose pods to examine (doctor; not with --pod)',
		registry: 'the registry the pods should pull from (doctor), by name or login server',
		json: 'print the report as JSON (schema: schemas/doctor.v1.schema.json)',
		watch: 'stay on screen and watch the pods (doctor, in a terminal)',
	},
	refusals: {
		podAndDeployment: '--pod and --deployment both name what to examine; give one of them.',
		podAndDeploymentFix: 'acr-wizard doctor --pod <name>, or acr-wizard doctor --deployment <name>',
		unknownContext: (context: string, known: readonly string[]) => `The kubeconfig has no context '${context}'. Its contexts: ${list(known)}.`,
		unknownContextFix: 'kubectl config get-contexts lists them; pass one with --context <name>.',
		noContext: 'The kubeconfig names no current context, and --context was not given.',
		noContextFix: 'kubectl config get-contexts lists them; pass one with --context <name>.',
		unknownNamespace: (namespace: string, context: string) => `The cluster of context '${context}' has no namespace '${namespace}'.`,
		unknownNamespaceFix: (context: string) => `kubectl get namespaces --context ${context} lists them; pass one with --namespace <name>.`,
		unknownPod: (pod: string, namespace: string) => `There is no pod '${pod}' in namespace '${namespace}'.`,
		unknownPodFix: (namespace: string, context: string) =>
			`kubectl get pods --namespace ${namespace} --context ${context} lists them; pass one with --pod <name>.`,
		unknownDeployment: (deployment: string, namespace: string) => `There is no deployment '${deployment}' in namespace '${namespace}'.`,
		unknownDeploymentFix: (namespace: string, context: string) =>
			`kubectl get deployments --namespace ${namespace} --context ${context} lists them; pass one with --deployment <name>.`,
		unknownRegistry: (registry: string, seen: readonly string[]) => `No registry you can see is named '${registry}'. Registries: ${list(seen)}.`,
		unknownRegistryFix: 'az acr list --query "[].loginServer" lists them; pass one with --registry <name>.',
		clusterUnreachable: (context: string, why: string) => `The cluster of context '${context}' cannot be read: ${why}`,
		clusterUnreachableFix: (context: string) => `kubectl cluster-info --context ${context} shows what kubectl meets; fix that first.`,
	},
	kubelet: {
		pullsTitle: 'The kubelet pulled the image',
		pulls: (image: string, status: string) => `${image} was pulled; the pod is ${status}.`,
		failsTitle: (code: string) => `The kubelet cannot pull the image (${code})`,
		fails: (image: string) => `The kubelet's own words about ${image}, quoted as it wrote them.`,
		unexplainedTitle: 'No check explains this failure',
		unexplained: (ruledOut: readonly string[]) =>
			`The pull fails and none of doctor's checks finds why. Ruled out: ${ruledOut.length === 0 ? 'nothing could be checked' : ruledOut.join('; ')}. Read the kubelet's words below and the pod's events.`,
		unreadableTitle: (source: string) => `Could not read ${source}`,
		unreadable: (source: string) => `${source} could not be read, so the checks that need it did not run.`,
	},
	checks: {
		registry: {
			foundTitle: 'The image names a registry you can see',
			found: (host: string, id: string) => `${host} is the login server of ${id}.`,
			notFoundTitle: 'The image names no registry you can see',
			typo: (host: string, closest: string) =>
				`No registry has the login server ${host}; ${closest} is one letter or two away: the image's registry name is mistyped.`,
			notFound: (host: string, count: number) =>
				`No registry among the ${count} you can see (in every subscription) has the login server ${host}: the name is wrong, or the registry is in a tenant you are not signed in to.`,
			seen: (servers: readonly string[]) => `registries you can see: ${list(servers)}`,
			useImage: (image: string) => `use the image ${image}`,
			privateTitle: 'The registry is reachable only through a private endpoint',
			privateRefused: (name: string, zone: string) =>
				`${name} has public network access disabled and the nodes are refused: they resolve its public address, so its private endpoint's DNS zone (${zone}) is not linked to the cluster's network.`,
			otherCloudTitle: 'The image names a registry of another Azure cloud',
			otherCloud: (host: string, imageCloud: string, cloud: string, suffix: string) =>
				`${host} is a registry of ${imageCloud}, but this cluster and your registries are in ${cloud} (<name>${suffix}): a sign-in, a kubelet identity or a role of one cloud is not valid in another, so the pull is refused.`,
			otherCloudSame: (host: string, here: string) => `${here} in this cloud has the same name: the image was written for another cloud than ${host}'s.`,
			importAcross: (image: string, suffix: string) =>
				`az acr import --name <registry> --source ${image} --image <repository>:<tag> --username <user> --password <password>, then use <registry>${suffix}/<repository>:<tag>`,
			privateOkTitle: 'The registry is private, and the cluster reaches it',
			privateOk: (name: string) => `${name} has public network access disabled; the pull did not fail on the network.`,
			firewallTitle: "The registry's firewall does not admit the cluster",
			firewall: (name: string, rules: readonly string[]) =>
				`${name} denies by default and allows only ${list(rules)}: the cluster's egress address is not among them, so the registry answers 403 Forbidden.`,
			openTitle: "The registry's network admits the cluster",
			open: (name: string) => `${name} accepts public traffic.`,
		},
		identity: {
			missingTitle: 'The kubelet identity has no pull role on the registry',
			missing: (registry: string, cluster: string) =>
				`${cluster}'s kubelet identity holds no AcrPull (or any role that can pull) on ${registry}: the registry refuses its token with 401 Unauthorized.`,
			abacTitle: 'The registry uses repository permissions, and the kubelet has none for this repository',
			abac: (registry: string, repository: string, cluster: string) =>
				`${registry} is in ABAC mode (roleAssignmentMode AbacRepositoryPermissions): AcrPull is not honoured there, and ${cluster}'s kubelet identity holds no Container Registry Repository Reader covering '${repository}'.`,
			noAssignments: (objectId: string) => `no role assignment of ${objectId} applies at the registry`,
			propagatingTitle: 'The pull role is new and may not have reached the registry yet',
			propagating: (role: string, registry: string) =>
				`The kubelet's ${role} on ${registry} was granted minutes ago; a new role assignment takes a few minutes to reach pulls (up to 10 through a group). Wait, then restart the pods.`,
			groupPropagatingTitle: 'The pull role comes through a group and is new: it has not reached the registry yet',
			groupPropagating: (role: string, registry: string, group: string) =>
				`The kubelet identity is a member of the group ${group}, which was given ${role} on ${registry} minutes ago: a role through a group takes longer to reach pulls (10 minutes and more). Do not grant it again: wait, then restart the pods.`,
			grantedTitle: 'The kubelet identity may pull from the registry',
			granted: (role: string, registry: string) => `The kubelet identity holds ${role} on ${registry}.`,
			refusedTitle: 'The kubelet holds a pull role, yet the registry refuses it',
			refused: (role: string, registry: string, cluster: string) =>
				`${cluster}'s kubelet identity holds ${role} on ${registry}, and still gets 401: the nodes do not present that identity (it was removed from the node pools' scale sets).`,
			poolRefusedTitle: (pool: string) => `The nodes of pool ${pool} are refused though the kubelet identity may pull`,
			poolRefused: (pool: string, role: string, registry: string, cluster: string, pools: readonly string[]) =>
				`${cluster}'s kubelet identity holds ${role} on ${registry}, yet the pod on pool ${pool} gets 401: that pool's nodes pull as another identity (a pool with its own kubelet identity, or the cluster's removed from its scale set). ${cluster} has the pools ${list(pools)}; give ${pool}'s identity AcrPull, or give its scale set the kubelet identity.`,
			assignIdentityCommand: (resourceId: string) =>
				`az vmss identity assign --resource-group <node-resource-group> --name <node-pool-scale-set> --identities ${resourceId}`,
			deletedTitle: 'The kubelet identity was deleted',
			deleted: (cluster: string, resourceId: string) =>
				`${cluster} names the kubelet identity ${resourceId}, which no longer exists: no token can be had for it, so every pull is refused.`,
			notInDirectory: (objectId: string) => `service principal ${objectId}: not found in the directory`,
			recreateIdentityCommand: (cluster: string, resourceGroup: string) =>
				`az aks update --name ${cluster} --resource-group ${resourceGroup} --assign-kubelet-identity <new identity resource id>, then az aks update --attach-acr`,
			servicePrincipalExpiredTitle: "The cluster's service principal secret expired",
			servicePrincipalExpired: (cluster: string, appId: string, end: string) =>
				`${cluster} has no managed identity: its nodes pull as the service principal ${appId}, whose last secret ended ${date(end)}: its token requests fail, so every pull answers 401 until the cluster's credentials are reset.`,
			otherTenantTitle: 'The registry is in another tenant than the cluster',
			otherTenant: (registry: string, registryTenant: string, cluster: string, clusterTenant: string) =>
				`${registry} is in tenant ${registryTenant} and ${cluster} in tenant ${clusterTenant}: a role on the registry cannot name the kubelet's managed identity of another tenant (PrincipalNotFound), so --attach-acr cannot work. Pull with a secret: a repository-scoped token of ${registry}.`,
			useSecret: (secret: string) => `add imagePullSecrets: [{name: ${secret}}] to the pod template (or to its service account)`,
			servicePrincipalTitle: 'The cluster pulls with a service principal',
			servicePrincipal: (cluster: string, appId: string) =>
				`${cluster} has no managed identity: its nodes pull as the service principal ${appId}; when its secret expires, every pull answers 401 until the cluster's credentials are reset.`,
		},
		secrets: {
			missingTitle: (name: string) => `The pull secret '${name}' is not there`,
			missing: (name: string, namespace: string) =>
				`The pod names the pull secret '${name}', which does not exist in namespace ${namespace}: the kubelet pulls without it.`,
			elsewhere: (name: string, namespace: string, others: readonly string[]) =>
				`The pod names the pull secret '${name}', which is not in its namespace ${namespace} but in ${list(others)}: a pod can use only the secrets of its own namespace.`,
			namedBy: (name: string, by: string) => `imagePullSecrets of ${by}: ${name}`,
			typeTitle: (name: string) => `The pull secret '${name}' is not of a docker type`,
			type: (name: string, type: string) =>
				`'${name}' is of type ${type}: the kubelet reads only kubernetes.io/dockerconfigjson and kubernetes.io/dockercfg secrets, and ignores it.`,
			serverTitle: (name: string) => `The pull secret '${name}' names another server`,
			server: (name: string, servers: readonly string[], host: string) =>
				`'${name}' holds credentials for ${list(servers)}, not for ${host}: the kubelet matches the server exactly, so it sends none.`,
			noCredentialTitle: 'The pod has no usable credentials for the registry',
			noCredential: (context: string, host: string) =>
				`The cluster of ${context} is not an AKS cluster doctor can see, so its nodes have no identity the registry knows: it pulls from ${host} only with a docker config pull secret for that server, and the pod has none the kubelet can use.`,
			okTitle: (name: string) => `The pull secret '${name}' is a docker config for the registry`,
			ok: (name: string, host: string) => `'${name}' holds credentials for ${host}.`,
		},
		credentials: {
			trialAccepted: (host: string) => `tried against ${host}'s token exchange: accepted`,
			trialRefused: (host: string, words: string) => `tried against ${host}'s token exchange: refused (${words})`,
			unknownTitle: "The secret's user name is not one Azure knows for this registry",
			unknown: (secret: string, username: string) =>
				`'${secret}' signs in as ${username}, which is neither the admin user, a token of the registry nor a service principal doctor can find.`,
			adminOffTitle: 'The secret uses the admin user, which is disabled',
			adminOff: (registry: string, secret: string) => `'${secret}' signs in as ${registry}'s admin user, and the admin user is disabled.`,
			adminOkTitle: 'The secret uses the admin user, which is enabled',
			adminOk: (registry: string) => `${registry}'s admin user is enabled.`,
			passwordTitle: "The registry refuses the secret's password",
			adminPassword: (secret: string, registry: string) =>
				`'${secret}' signs in as ${registry}'s admin user and is refused: its password is not a current one (renewed since with az acr credential renew).`,
			credentialShowCommand: (registry: string) => `az acr credential show --name ${registry}`,
			tokenDisabledTitle: "The secret's token is disabled",
			tokenDisabled: (token: string, registry: string) => `'${token}' is a token of ${registry} and is disabled: the registry refuses it.`,
			tokenExpiredTitle: "The secret's token password expired",
			tokenExpired: (token: string, ended: readonly string[]) =>
				`Every password of the token '${token}' has expired (${list(ended)}): the registry refuses it with 401 Unauthorized.`,
			scopeTitle: "The token's scope map does not cover the repository",
			scope: (token: string, scopeMap: string, repository: string) =>
				`The token '${token}' may read only what its scope map '${scopeMap}' allows, and that has no content/read on '${repository}': the registry answers insufficient_scope.`,
			tokenOkTitle: 'The token may read the repository',
			tokenOk: (token: string, repository: string) => `'${token}' is enabled and its scope map covers '${repository}'.`,
			tokenPassword: (secret: string, token: string) =>
				`'${secret}' signs in as the token '${token}', which is enabled and covers the repository, and is refused: its password is wrong or expired.`,
			tokenPasswordCommand: (token: string, registry: string) => `az acr token credential generate --name ${token} --registry ${registry} --password1`,
			spGoneTitle: "The secret's service principal does not exist",
			spGone: (appId: string, secret: string) => `'${secret}' signs in as ${appId}, and no service principal has that appId (it was deleted).`,
			spNoRoleTitle: "The secret's service principal has no pull role",
			spNoRole: (appId: string, registry: string) => `The service principal ${appId} holds no AcrPull (or any role that can pull) on ${registry}.`,
			noRoles: 'no pull role at the registry',
			spOkTitle: "The secret's service principal may pull",
			spOk: (appId: string, role: string) => `The service principal ${appId} holds ${role}.`,
			spPassword: (secret: string, appId: string) =>
				`'${secret}' signs in as the service principal ${appId}, which may pull, and is refused: its password is wrong or expired.`,
			spResetCommand: (appId: string) => `az ad sp credential reset --id ${appId} --append --query password --output tsv`,
		},
		connected: {
			extensionOkTitle: (name: string) => `The connected registry's extension ${name} is installed`,
			extensionOk: (name: string, version: string | undefined) => `${name} is Succeeded${version ? ` (version ${version})` : ''}.`,
			extensionBadTitle: (name: string) => `The connected registry's extension ${name} did not install`,
			extensionBad: (name: string, state: string, error: string) => `${name} is ${state}${error ? `: ${error}` : ''}.`,
			serviceOkTitle: (ip: string) => `The clusterIP ${ip} is the connected registry's Service`,
			serviceOk: (name: string, ip: string) => `Service ${name} holds ${ip}.`,
			serviceMissingTitle: (ip: string) => `No Service holds the clusterIP ${ip}`,
			serviceMissing: (ip: string, extension: string) =>
				`The extension ${extension} is configured with service.clusterIP=${ip}, and no Service in namespace connected-registry holds it: nothing answers on that address.`,
			onlineTitle: (name: string) => `The connected registry ${name} is online`,
			online: (name: string, lastSync: string) => `${name} is Online; last sync ${date(lastSync)}.`,
			activeTitle: (name: string) => `The connected registry ${name} is activated`,
			active: (name: string) => `${name} is activated by the instance in this cluster.`,
			inactiveTitle: (name: string) => `The connected registry ${name} is not activated`,
			inactive: (name: string, status: string) => `${name}'s activation status is ${status}: no instance has activated it with its connection string.`,
			syncedTitle: (repository: string) => `'${repository}' is in the sync scope`,
			synced: (name: string, repositories: readonly string[]) => `${name} syncs ${list(repositories)}.`,
			attachedTitle: (token: string) => `The client token ${token} is attached`,
			attached: (token: string, name: string) => `${name} accepts ${token}.`,
		},
		local: {
			azMissingTitle: 'The Azure CLI is not installed',
			azMissing: 'az is not on PATH: doctor reads Azure itself, but the fixes it prints are az commands, and they will not run here.',
			azInstall: 'install it: https://learn.microsoft.com/cli/azure/install-azure-cli',
			azUnreadableTitle: "The Azure CLI's version could not be read",
			azUnreadable: 'az version -o json did not answer with a version in time, so its release could not be checked against the known-bad ones.',
			azBadTitle: (version: string) => `Azure CLI ${version} has a known bug in a command doctor uses`,
			azBad: (version: string, command: string, symptom: string, fixedIn: string | undefined, source: string) =>
				`In az ${version}, ${command} ${symptom} (${source})${fixedIn ? `; fixed in ${fixedIn}` : ''}.`,
			azOkTitle: (version: string) => `Azure CLI ${version}`,
			azOk: (version: string) => `az ${version} has none of the known bugs of the commands doctor uses.`,
			upgrade: 'az upgrade',
			previewBrokenTitle: 'The aks-preview extension cannot load with this az',
			previewBroken: (version: string, minimum: string, core: string) =>
				`aks-preview ${version} needs az ${minimum} or later and az is ${core}: az aks commands fail while it is installed.`,
			previewStaleTitle: 'A stale aks-preview extension replaces az aks',
			previewStale: (version: string, minimum: string, core: string) =>
				`aks-preview ${version} (made for az ${minimum}) replaces the az aks commands of az ${core}: an extension that far behind its core fails with ImportError tracebacks or behaves as an old release.`,
			previewUpdate: 'az extension update --name aks-preview',
			previewRemove: 'az extension remove --name aks-preview',
			previewOkTitle: 'The aks-preview extension is current',
			previewOk: (version: string) => `aks-preview ${version} replaces the az aks commands; it matches this az.`,
			kubectlMissingTitle: 'kubectl is not installed',
			kubectlMissing: 'kubectl is not on PATH: doctor reads the cluster itself, but the fixes it prints are kubectl commands.',
			kubectlInstall: 'az aks install-cli',
			kubectlOkTitle: (version: string) => `kubectl ${version}`,
			kubectlOk: 'kubectl is installed.',
			pluginMissingTitle: (command: string) => `The kubeconfig's credential plugin ${command} is not installed`,
			pluginMissing: (user: string, command: string) =>
				`The kubeconfig user ${user} signs in by running ${command}, which is not on PATH: kubectl and doctor cannot reach the cluster until it is installed.`,
			pluginInstall: (command: string) => (/kubelogin/i.test(command) ? 'az aks install-cli' : `install ${command}, or put it on PATH`),
			pluginOkTitle: (command: string) => `The credential plugin ${command} is installed`,
			pluginOk: (user: string, command: string) => `The kubeconfig user ${user} runs ${command}, which is on PATH.`,
			sudoTitle: 'doctor runs as root through sudo, with an empty az profile',
			sudo: (user: string, dir: string) =>
				`sudo runs doctor as root, so az and doctor read root's profile in ${dir}, which holds no sign-in; ${user}'s own az login is not used.`,
			sudoRun: 'run acr-wizard doctor without sudo',
			sudoConfigDir: (user: string) => `sudo AZURE_CONFIG_DIR=~${user}/.azure acr-wizard doctor`,
			unreachableTitle: 'The cluster cannot be reached',
			unreachable: (context: string, why: string) => `The cluster of context '${context}' cannot be read: ${why}`,
		},
		image: {
			notFoundTitle: 'The image is not in the registry',
			notFound: (image: string, registry: string) =>
				`${registry} has no ${image}: the repository or the tag does not exist (a typo, or it was never pushed or imported).`,
			repositoryMissing: (repository: string, registry: string) =>
				`${registry} has no repository '${repository}' (read from its data plane): it was never pushed or imported, or the name is mistyped.`,
			tagMissing: (tag: string, repository: string, registry: string, tags: readonly string[]) =>
				`${registry}'s repository '${repository}' has no tag '${tag}' (read from its data plane); its tags: ${list(tags)}.`,
			contentOkTitle: (image: string) => `The registry holds ${image}`,
			contentOk: (image: string, registry: string) => `${registry} has ${image} (read from its data plane).`,
			contentUnreadableTitle: "The registry's content could not be read",
			contentUnreadable: (registry: string, image: string) =>
				`doctor could not read ${image} from ${registry}'s data plane with your sign-in, so whether it exists is inferred from the kubelet's words.`,
			platformTitle: "The image is not built for the node's platform",
			platform: (image: string, wanted: string, node: string, pool: string | undefined) =>
				`${image} has no manifest for ${wanted}, the platform of node ${node}${pool ? ` (pool ${pool})` : ''}.`,
			buildCommand: (image: string) => `docker buildx build --platform linux/amd64,linux/arm64 --tag ${image} --push .`,
			rateLimitedTitle: 'The public registry rate-limits the cluster',
			rateLimited: (host: string) => `${host} refuses more anonymous pulls from the cluster's address for now (429 toomanyrequests).`,
			importHint: (image: string) => `az acr import --name <registry> --source ${image} (then pull it from your registry)`,
			invalidNameTitle: 'The image reference is not valid',
			invalidName: (image: string) => `'${image}' is not a valid image reference (repository names are lower case).`,
			tlsTitle: "The nodes do not trust the registry's certificate",
			tls: (host: string) =>
				`The TLS certificate presented for ${host} is signed by an authority the nodes do not trust: a firewall inspecting TLS re-signs it.`,
			tlsHint: "exempt *.azurecr.io and the registry's data endpoints from TLS inspection",
			tlsHintFor: (suffix: string) => `exempt *${suffix} and the registry's data endpoints from TLS inspection`,
			timeoutTitle: 'The nodes cannot reach the registry',
			timeout: (host: string) => `Connections from the nodes to ${host} time out: an egress firewall or route drops them.`,
			egressHint: (host: string, suffix: string) =>
				`allow ${host} and its data endpoint (<registry>.<region>.data${suffix}) on port 443 in the egress firewall`,
			dnsTitle: "The nodes cannot resolve the registry's name",
			dns: (host: string) => `The nodes' DNS server does not resolve ${host}: a custom DNS server that does not forward to Azure DNS (168.63.129.16).`,
			dnsHint: (host: string, zone: string) => `forward ${host.split('.').slice(1).join('.')} (and ${zone}) from the custom DNS server to 168.63.129.16`,
		},
	},
	report: {
		title: (context: string, pods: number) => `acr-wizard doctor · context ${context} · ${plural(pods, {one: '1 pod', other: `${pods} pods`})} examined`,
		noPods: 'No pod fails to pull (and none was named): nothing to diagnose.',
		sound: 'The pull path is sound.',
		problems: (count: number) => `${plural(count, {one: '1 problem', other: `${count} problems`})} found; the first one explains the kubelet's words.`,
		evidence: 'evidence',
		fix: 'fix',
		canRun: (count: number) =>
			`doctor can make ${plural(count, {one: 'this change', other: `these ${count} changes`})} for you: run acr-wizard doctor in a terminal to apply the fix.`,
		took: (ms: number) => `report in ${ms} ms`,
		planTitle: 'Fix what doctor found',
		applyQuestion: 'Apply the fix?',
		watching: 'Waiting for the pod to run…',
		recovered: (pods: string) => `The pods pull and run now (${pods}).`,
		notRecovered: (pods: string) => `The pods do not run yet (${pods}); run acr-wizard doctor again.`,
	},
	screen: {
		title: 'acr-wizard doctor: why can this pod not pull?',
		phases: {
			target: 'Check the context, namespace and pod',
			facts: 'Read the pods, events, secrets, registries, roles and tokens (concurrently)',
			checks: 'Run the checks',
		},
		apply: 'Apply the fix, then watch the pod',
		quit: 'Quit',
		nothingToRun: 'Nothing here is a change doctor can make for you: the commands above are for you to run.',
		nothingToRunWatch: 'Nothing here is a change doctor can make for you: the commands above are for you to run. Watch the pods meanwhile?',
		watchOnly: 'Watch the pods without a fix',
	},
	actions: {
		assignRole: (role: string, principal: string, scope: string) => `Grant ${role} on ${scope.split('/').at(-1) ?? scope} to ${principal}`,
		importImage: (source: string, target: string, registry: string) => `Import ${source} into ${registry} as ${target}`,
		updateScopeMap: (scopeMap: string) => `Let the scope map ${scopeMap} read the repository`,
		rewriteSecret: (name: string, server: string) => `Rewrite the pull secret ${name} as a docker config for ${server}`,
		setImage: (deployment: string, image: string) => `Point deployment ${deployment} at ${image}`,
		restartPods: (selector: string) => `Restart the pods ${selector}`,
		undoAssignRole: (role: string, principal: string, registry: string) => `Remove the ${role} grant doctor gave ${principal} on ${registry}`,
		enableToken: (token: string) => `Enable the token ${token}`,
		renewTokenPassword: (token: string, slot: string, secret: string) =>
			`Generate a new ${slot} for the token ${token} and write it into the pull secret ${secret}`,
		attachClientToken: (token: string, connected: string) => `Attach the client token ${token} to the connected registry ${connected}`,
		roleNotFound: (role: string) => `The role '${role}' is not defined at the registry's scope.`,
		secretGone: (name: string) => `The secret '${name}' is gone.`,
	},
};
