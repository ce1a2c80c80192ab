/** Messages of the connected-registry path (seed 004): an ACR connected registry in an Arc-enabled cluster, served on a clusterIP. */
import {date, list} from './intl.js';

export const connectedRegistry = {
	noRegistry: 'No registry is chosen, so there is no cloud registry for the connected registry to sync with.',
	noRegistryFix: 'Go back and pick or create a Premium registry first.',
	prerequisites: {
		title: 'Connected registry prerequisites',
		planTitle: 'Make the registry ready for a connected registry',
		skuSentence: (name: string, sku: string) => `Upgrade ${name} from ${sku} to Premium`,
		skuNote: (sku: string) =>
			`Connected registries need the Premium tier. Premium costs more than ${sku} (about 1.67 USD a day against 0.17 for Basic and 0.67 for Standard, plus storage); the price applies from the upgrade on. You can go back down with az acr update --sku ${sku} once no connected registry is left.`,
		dataEndpointSentence: (name: string) => `Enable the dedicated data endpoint of ${name}`,
		dataEndpointNote: (endpoint: string) => `The connected registry syncs through ${endpoint}; firewall rules that list the registry's endpoints must add it.`,
		basicStopped: (name: string, sku: string) => `${name} is a ${sku} registry; a connected registry needs Premium.`,
		basicStoppedFix: (name: string) => `az acr update --name ${name} --sku Premium`,
		dataEndpointOff: (name: string) => `The dedicated data endpoint of ${name} is off; a connected registry syncs through it.`,
		dataEndpointFix: (name: string) => `az acr update --name ${name} --data-endpoint-enabled true`,
		upgradeDone: 'Now Premium',
		endpointDone: (endpoint: string) => `Data endpoint ${endpoint}`,
		provider: (namespace: string) => `The resource provider ${namespace} is not registered in the subscription.`,
		providerFix: (namespace: string) => `az provider register --namespace ${namespace}`,
		providerSentence: (namespace: string) => `Register the resource provider ${namespace}`,
		providerDone: (state: string) => `Provider ${state}`,
		clusterQuestion: 'Which Arc-enabled cluster should run the connected registry?',
		clusterHint: 'Connected clusters (Microsoft.Kubernetes/connectedClusters) of the subscription.',
		clusterLabel: (name: string, group: string) => `${name} (${group})`,
		noClusters: 'The subscription has no Arc-enabled (connected) cluster for the connected registry to run in.',
		noClustersFix:
			'Connect a cluster first: az connectedk8s connect --name <cluster> --resource-group <group> (with kubectl pointing at it), then run the wizard again.',
		unknownCluster: (value: string) => `There is no connected cluster ${value} in the subscription.`,
		contextQuestion: (cluster: string) => `Which kubeconfig context reaches ${cluster}?`,
		contextHint: 'The wizard reads the service range and watches the connected-registry pods through it.',
		noContext: 'No kubeconfig context was found for the Arc cluster.',
		noContextFix: (cluster: string, group: string) =>
			`az connectedk8s proxy --name ${cluster} --resource-group ${group} (in another terminal) gives kubectl a context for it.`,
		repositoriesQuestion: 'Which repositories should the connected registry sync?',
		repositoriesHint: 'Comma-separated repository names of the cloud registry, e.g. hello-world.',
		repositoriesPickHint: (registry: string) => `The repositories of ${registry}; tick one or more.`,
		repositoriesUnreadable: (why: string) =>
			`The registry's list of repositories could not be read (${why}); type the names, comma-separated, e.g. hello-world.`,
		sampleToImport: (source: string) => `not in the registry yet: the wizard imports it from ${source} first`,
		repositoryMissing: (missing: readonly string[], registry: string, existing: readonly string[], importFix: string) =>
			`Not in ${registry}: ${list(missing)} (it has: ${existing.length > 0 ? list(existing) : 'no repositories yet'}). A connected registry syncs only repositories that exist: import the image first (${importFix}), or pick hello-world, which the wizard imports for you.`,
		importSentence: (source: string, registry: string, image: string) => `Import ${source} into ${registry} as ${image}`,
		imported: (image: string) => `Imported ${image}`,
		alreadyThere: (image: string) => `${image} is already there; nothing imported`,
	},
	create: {
		title: 'Connected registry',
		nameQuestion: 'Name of the connected registry:',
		nameHint: '5 to 40 characters: lower-case letters and digits, starting with a letter (the Microsoft guide uses myconnectedregistry).',
		nameLength: (length: number) => `The name has ${length} characters; it needs 5 to 40.`,
		nameCharacters: 'Use only lower-case letters a-z and digits 0-9, starting with a letter.',
		nameTaken: (name: string, registry: string, state: string) =>
			`${registry} already has a connected registry ${name} (${state}); choose another name, or delete it with az acr connected-registry delete --registry ${registry} --name ${name} --cleanup.`,
		modeQuestion: 'Mode:',
		readOnly: 'ReadOnly',
		readOnlyHint: 'clients pull only (the secure default)',
		readWrite: 'ReadWrite',
		readWriteHint: 'clients pull and push; the sync token may write to the cloud registry',
		scheduleQuestion: 'Sync schedule (cron):',
		scheduleHint: 'When the connected registry syncs with the cloud registry; * * * * * is every minute.',
		scheduleInvalid: 'A cron schedule has five fields: minute hour day-of-month month day-of-week, e.g. 0 9 * * *.',
		cronFields: {minute: 'minute', hour: 'hour', dayOfMonth: 'day of month', month: 'month', dayOfWeek: 'day of week'},
		scheduleOutOfRange: (field: string, name: string, low: number, high: number) => `${field}: the ${name} field takes ${low} to ${high}.`,
		windowQuestion: 'Sync window (ISO 8601 duration):',
		windowHint: 'How long each scheduled sync may run, e.g. PT4H; needed with any schedule other than every minute.',
		windowInvalid: 'Write a duration such as PT4H, PT30M or P1D.',
		windowRequired: 'A schedule other than every minute needs a sync window, e.g. PT4H.',
		logLevelQuestion: 'Log level:',
		logLevelHint: 'How much the connected registry writes to its log (kubectl logs).',
		planTitle: (name: string) => `Create the connected registry ${name}`,
		sentence: (name: string, registry: string, mode: string, repositories: readonly string[]) =>
			`Create the ${mode} connected registry ${name} of ${registry}, syncing ${list(repositories)}, with its sync scope map and token ${name}`,
		note: (name: string) =>
			`The sync scope map ${name} allows content/read and metadata/read on each repository (ReadWrite adds content/write, content/delete, metadata/write) and gateway/${name}/config/read|config/write|message/read|message/write.`,
		done: (state: string) => `Created; connection state ${state}`,
		undo: (name: string) => `Delete the connected registry ${name} with its sync token and scope map`,
	},
	connection: {
		planTitle: 'Connection string',
		sentence: (token: string) => `Generate password1 of the sync token ${token} for the connection string`,
		note: 'The connection string carries the sync token password: it is kept in memory, handed to the extension as a protected setting, and never shown or written to a log.',
		done: 'Password generated; the connection string is held in memory',
		exportQuestion: 'Also write the protected settings file (protected-settings-extension.json)?',
		exportHint: "Microsoft's guide writes it for az k8s-extension create --config-protected-file; it holds the password.",
		exportNo: 'No, keep it in memory only',
		exportYes: 'Yes, write it (mode 0600)',
		exportPathQuestion: 'Where should the file be written?',
		written: (path: string) => `Wrote ${path} (mode 0600, holds the sync token password: delete it when done)`,
	},
	clusterIP: {
		title: 'Service clusterIP',
		question: "clusterIP of the connected registry's Service:",
		hint: (range: string) => `It must lie in the cluster's service range ${range} and be free.`,
		hintManaged: (range: string) => `It must lie in the AKS cluster's service range ${range} (its networkProfile.serviceCidr) and be free.`,
		unknownRange: 'The API server did not name its service range.',
		outside: (ip: string, range: string) => `${ip} is not in the valid range: the cluster's services take addresses from ${range}.`,
		inUse: (ip: string) => `${ip} is already held by another Service; choose a free address.`,
		notAnAddress: (value: string) => `${value} is not an IPv4 address such as 192.100.100.1.`,
	},
	extension: {
		title: 'Connected registry Arc extension',
		planTitle: (cluster: string) => `Install the connected registry extension on ${cluster}`,
		sentence: (name: string, cluster: string, ip: string) =>
			`Install the extension ${name} (Microsoft.ContainerRegistry.ConnectedRegistry) on ${cluster}, serving on ${ip}`,
		note: 'Secure defaults, as the Microsoft guide sets them: HTTPS, cert-manager installed and enabled, trust distributed to every node. The connection string goes as a protected setting.',
		progress: (status: string, seconds: number) => `Installing the extension: ${status} (${seconds} s)`,
		done: (state: string) => `Extension ${state}`,
		failed: (name: string) => `The connected registry extension ${name} ended Failed.`,
		arcSays: (message: string) => `Arc says: ${message}`,
		failedFix: (name: string, cluster: string, group: string) =>
			`See kubectl get pod -n connected-registry and az k8s-extension show --name ${name} --cluster-name ${cluster} --resource-group ${group} --cluster-type connectedClusters; delete the extension before installing it again.`,
		statusLine: (level: string, message: string) => `${level}: ${message}`,
		undo: (name: string) => `Delete the extension ${name} (its pods, Service and claim go with it)`,
	},
	verify: {
		title: 'Verify the connected registry',
		waiting: (state: string, seconds: number) => `Connected registry ${state} (${seconds} s); waiting for Online`,
		online: (name: string, lastSync: string) => `${name} is Online; last sync ${date(lastSync)}`,
		/** The columns of `az acr connected-registry show --output table` and `kubectl get pod`, as those tools print them. */
		showColumns: ['NAME', 'MODE', 'CONNECTION STATE', 'PARENT', 'LOGIN SERVER', 'LAST SYNC(UTC)', 'SYNC SCHEDULE', 'SYNC WINDOW'],
		podColumns: ['NAME', 'READY', 'STATUS'],
		service: (name: string, ip: string) => `Service ${name} on ${ip}`,
		claim: (name: string, phase: string, storageClass: string) => `Claim ${name} ${phase} (${storageClass})`,
		notOnline: (name: string, state: string) => `The connected registry ${name} stayed ${state}.`,
		syncPasswordRefused: (server: string) =>
			`The extension could not start the connected registry: ${server} refuses the connection string's sync token password (UNAUTHORIZED); it is wrong or was rotated since the connection string was made.`,
		unauthorized: 'Its pod logs {"code":"UNAUTHORIZED","message":"Incorrect Password"}: the connection string\'s sync token password is wrong or was rotated.',
		unauthorizedFix: (name: string, registry: string) =>
			`Generate a new connection string (az acr connected-registry get-settings --name ${name} --registry ${registry} --parent-protocol https --generate-password 1 --yes) and update the extension with it.`,
		unauthorizedLogged: (pod: string, line: string) =>
			`The extension is installed but the connected registry stays Offline: its pod ${pod} logs ${line}. The sync token password in the extension's connection string (its protected setting) is wrong or was rotated, so the registry refuses it and nothing syncs.`,
		unauthorizedUpdate: (commands: string) => `Generate a new sync password and put it in the extension's protected setting:\n${commands}`,
		alreadyActivated: 'Its pod logs ALREADY_ACTIVATED: another instance (an earlier install) still holds the activation.',
		alreadyActivatedFix: (name: string, registry: string) => `az acr connected-registry deactivate --name ${name} --registry ${registry} --yes`,
		deactivateSentence: (name: string) => `Deactivate ${name} so this instance can activate it`,
		pending: (claim: string, storageClass: string) => `The claim ${claim} is Pending: the storage class ${storageClass} does not exist in the cluster.`,
		pendingFix: 'kubectl get storageclass lists the classes; install the extension again with --config pvc.storageClassName=<class>.',
		unknownState: 'unknown',
		never: 'never',
	},
	client: {
		title: 'Client access and the sample',
		tokenQuestion: 'Name of the client token the pods pull with:',
		tokenHint: 'A repository-scoped token with pull on the synced repositories, attached to the connected registry.',
		planTitle: 'Client token, pull secret and hello-world-deployment',
		scopeMapSentence: (name: string, repositories: readonly string[]) => `Create the scope map ${name} with pull on ${list(repositories)}`,
		tokenSentence: (name: string, map: string) => `Create the client token ${name} bound to ${map}`,
		passwordSentence: (name: string) => `Generate password1 of ${name}`,
		attachSentence: (token: string, name: string) => `Attach the client token ${token} to the connected registry ${name}`,
		secretSentence: (name: string, ip: string, namespace: string) => `Create the docker-registry secret ${name} for ${ip} in ${namespace}`,
		attached: 'Attached',
		undoScopeMap: (name: string) => `Delete the scope map ${name}`,
		undoToken: (name: string) => `Delete the client token ${name}`,
		undoSecret: (name: string) => `Delete the secret ${name}`,
		namespaceQuestion: 'Namespace of the sample deployment:',
	},
	diagnosis: {
		notAttached: {
			title: 'The client token is not attached to the connected registry',
			explanation: (token: string, name: string, verbatim: string) =>
				`The connected registry ${name} refused the pull secret's token ${token} (401 Unauthorized): a connected registry accepts only the client tokens attached to it, and ${token} is not. The kubelet says: ${verbatim}`,
			missing: (token: string, registry: string, verbatim: string) =>
				`The pull secret names the token ${token}, but ${registry} has no such token (deleted, or never made), so the connected registry refuses it (401 Unauthorized). The kubelet says: ${verbatim}`,
		},
		notSynced: {
			title: 'The repository is not in the sync scope',
			explanation: (repository: string, name: string, synced: readonly string[], verbatim: string) =>
				`The connected registry ${name} syncs ${synced.length > 0 ? list(synced) : 'no repository'}, not ${repository}, so it has no such image (not found). The kubelet says: ${verbatim}`,
		},
		offline: {
			title: 'The connected registry has not synced yet',
			explanation: (name: string, state: string, lastSync: string, verbatim: string) =>
				`The connected registry ${name} is ${state} (last sync ${date(lastSync)}): it learns its client tokens and images only from a sync with the cloud registry, so it cannot serve yet. The pods pull again by themselves once it is Online. The kubelet says: ${verbatim}`,
		},
		untrusted: {
			title: "The nodes do not trust the connected registry's certificate",
			explanation: (extension: string, verbatim: string) =>
				`The extension ${extension} runs with trustDistribution.enabled=false, so the nodes were never given the CA of the connected registry's TLS certificate. The kubelet says: ${verbatim}`,
		},
		syncPassword: {
			title: 'The connection string carries a wrong sync token password',
			explanation: (name: string, line: string) =>
				`The connected registry ${name} cannot activate: its pod logs ${line}. The sync token password in the extension's connection string is wrong or was rotated, so it never syncs and serves nothing.`,
		},
		activated: {
			title: 'Another instance holds the activation',
			explanation: (name: string, line: string) =>
				`The connected registry ${name} cannot activate: its pod logs ${line}. An earlier install (removed without az acr connected-registry deactivate) still holds it; only one instance may run at a time.`,
		},
		badPassword: {
			title: "The pull secret's password is wrong",
			explanation: (secret: string, token: string, name: string, verbatim: string) =>
				`The client token ${token} is attached to ${name}, but the password in ${secret} is not one of its passwords (wrong, expired or regenerated since), so the pull is refused (401 Unauthorized). The kubelet says: ${verbatim}`,
		},
		clientScope: {
			title: 'The client token may not read this repository',
			explanation: (token: string, map: string, repository: string, verbatim: string) =>
				`The client token ${token} was accepted, but its scope map ${map} does not allow content/read on ${repository} (insufficient_scope). The kubelet says: ${verbatim}`,
		},
		fixPlanTitle: 'Fix the connected registry pull',
		permissionsSentence: (name: string, repositories: readonly string[]) => `Add ${list(repositories)} to the sync scope of ${name}`,
		clientScopeSentence: (map: string, repositories: readonly string[]) => `Give the scope map ${map} pull on ${list(repositories)}`,
		passwordSentence: (token: string) => `Generate a new password1 of the client token ${token}`,
		secretSentence: (secret: string, namespace: string) => `Put the new password in the secret ${secret} in ${namespace}`,
		trustSentence: (extension: string) => `Turn trust distribution on in the extension ${extension}`,
		connectionSentence: (name: string) => `Generate a new sync token password1 of ${name} for a new connection string`,
		extensionSentence: (extension: string) => `Update the extension ${extension} with the new connection string`,
		updated: 'Updated',
	},
	cleanup: {
		question: 'Remove what this run made (extension, connected registry, tokens, scope maps, secret, deployment)?',
		keep: 'Keep it all',
		keepHint: 'the connected registry keeps syncing; the summary lists the commands to remove it later',
		remove: 'Remove it now',
		removeHint: 'each removal is shown first, in the order az acr connected-registry delete --cleanup uses',
		planTitle: (sentence: string) => `Clean up: ${sentence}`,
		done: 'Cleaned up: the extension, the connected registry, its tokens and scope maps, the secret and the sample are gone.',
	},
} as const;
