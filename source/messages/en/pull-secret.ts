/** Messages of the pull-secret path (seeds 001 nl and 003 zh-CN): target, credential, secret, sample pod. */
import {date, list, plural} from './intl.js';

export const pullSecret = {
	noRegistry: 'No registry is chosen, so there is nothing to pull from.',
	noRegistryFix: 'Go back and pick or create a registry first.',
	names: {
		namespace: 'A namespace name',
		secret: 'A secret name',
		empty: (what: string) => `Type a name. ${what} holds lower-case letters a-z, digits 0-9 and '-', e.g. awesomeapps.`,
		tooLong: (what: string, length: number, max: number) => `Too long: ${length} characters. ${what} has at most ${max}.`,
		upperCase: (lower: string) => `Use lower case only: ${lower}.`,
		characters: (what: string, bad: string) => `${what} can hold only lower-case letters a-z, digits 0-9 and '-'; remove ${bad}.`,
		subdomainCharacters: (what: string, bad: string) => `${what} can hold only lower-case letters a-z, digits 0-9, '-' and '.'; remove ${bad}.`,
		start: (what: string, character: string) => `${what} must start with a letter or a digit, not '${character}'.`,
		end: (what: string, character: string) => `${what} must end with a letter or a digit, not '${character}'.`,
		emptyLabel: (what: string) => `${what} cannot have two dots in a row, or start or end with a dot.`,
	},
	target: {
		title: 'Cluster and namespace',
		noKubeconfig: 'No kubeconfig could be read, so there is no cluster to put the pull secret in.',
		noKubeconfigFix:
			'Create or connect a cluster first (kind create cluster, minikube start, or az aks get-credentials --resource-group <group> --name <cluster>), then run the wizard again.',
		noContexts: (path: string) => `The kubeconfig ${path} has no contexts.`,
		contextQuestion: 'Which cluster (kubeconfig context) should pull from the registry?',
		contextHintLine: (path?: string) => `Any cluster works: kind, minikube, AKS, another cloud. Contexts from ${path ?? 'your kubeconfig'}.`,
		currentLabel: (name: string) => `${name} (current)`,
		contextHint: (server: string) => server,
		unknownContext: (name: string) => `There is no context ${name} in the kubeconfig.`,
		unreachable: (name: string, reason: string) => `The cluster of context ${name} did not answer: ${reason}`,
		namespaceQuestion: 'Which namespace should the secret and the sample pod go in?',
		namespaceHint: 'A pull secret only works for pods in its own namespace.',
		createNamespace: 'Create a new namespace',
		newNamespaceQuestion: 'Namespace name:',
		systemNamespace: (name: string) =>
			`${name} belongs to the cluster itself; the sample goes into a namespace of its own. Pick another name, e.g. --namespace awesomeapps.`,
		newNamespaceHint: "Lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63 (Microsoft's guide uses awesomeapps).",
		typedNamespaceQuestion: 'Namespace to use (your user may not list them):',
		typedNamespaceHint: 'The cluster refused to list namespaces for your user (403): type one you work in; it is checked as kubectl auth can-i does.',
		typedNamespaceRefused: (namespace: string, resource: string) =>
			`Your user may not create ${resource} in ${namespace} (kubectl auth can-i create ${resource} --namespace ${namespace} says no): type a namespace you have a RoleBinding in.`,
	},
	credential: {
		title: 'Registry credential',
		question: 'Which credential should the pull secret carry?',
		hint: 'The cluster logs in to the registry with it; it ends up in the secret, nowhere else.',
		labels: {
			'new-service-principal': 'New service principal',
			'existing-service-principal': 'Existing service principal',
			token: 'Repository-scoped token',
		},
		hints: {
			'new-service-principal': 'when you may assign roles: a new identity for this registry',
			'existing-service-principal': 'when you already have one (appId or name)',
			token: 'when you cannot assign roles: no directory permission needed',
		},
		blocked: (registry: string) =>
			`Your account cannot assign roles on the registry ${registry}, so a service principal would get no access to it. Nothing was changed.`,
		blockedFix:
			'Pick "Repository-scoped token": it needs no directory permission. Or ask an Owner or User Access Administrator of the registry to run the role assignment.',
	},
	role: {
		question: 'Which role should the service principal get on the registry?',
		hint: 'Scoped to this registry only. Pulling needs no more than acrpull.',
		refused: (registry: string) =>
			`Azure refused the role assignment on the registry ${registry}, although your permissions list it: a deny assignment or a condition on your own role assignment forbids it (the Permissions API cannot show either).`,
		handOff: (command: string) =>
			`Ask an Owner or User Access Administrator of the registry to run:\n  ${command}\nOr go back and pick "Repository-scoped token": it needs no role assignment.`,
		hints: {acrpull: 'pull only', acrpush: 'push and pull', owner: 'push, pull, and assign roles'},
		sentence: (role: string, registry: string, name: string) => `Assign ${role} on the registry ${registry} to ${name}`,
		notFound: (role: string, registry: string) => `The role ${role} does not exist at the scope of ${registry}.`,
		alreadyAssigned: (role: string, name: string) => `${name} already has ${role} here`,
		assigned: (role: string, name: string) => `${name} now has ${role}`,
		undoSentence: (role: string, name: string, registry: string) => `Remove ${role} on ${registry} from ${name}`,
		noPrincipal: (name: string) => `The service principal ${name} is not known yet, so no role can be assigned to it.`,
	},
	newPrincipal: {
		question: 'Name of the new service principal:',
		hint: 'Must be unique in your Microsoft Entra tenant.',
		empty: 'Type a name for the service principal, e.g. acr-service-principal.',
		tooLong: (length: number) => `Too long: ${length} characters; a service principal name has at most 120.`,
		exists: (name: string) =>
			`A service principal named ${name} already exists ('http://${name}' already exists) and is not to be reused: choose another name.`,
		passwordUnstored: (name: string) =>
			`Its password was only in this run's memory and is stored nowhere; deleting ${name} removes it (az ad sp credential reset makes a new one).`,
		reuseQuestion: (name: string) => `A service principal named ${name} already exists. Reuse it?`,
		reuseLabel: 'Reuse it',
		reuseHint: 'give it the role and add a new password for the pull secret; its other passwords stay',
		renameLabel: 'Choose another name',
		reuseFlagHint: (name: string) =>
			`Pass --reuse-service-principal to reuse ${name} (a new password is added; its other passwords stay), or --sp-name <another name>.`,
		planTitle: (name: string) => `Create the service principal ${name}`,
		sentence: (name: string) => `Create the service principal ${name} with a password (az ad sp create-for-rbac)`,
		created: (appId: string) => `appId ${appId}`,
		reused: (name: string, appId: string) => `${name} was created earlier in this run (appId ${appId})`,
		undoSentence: (name: string) => `Delete the service principal ${name}`,
		passwordNote: 'The password is shown nowhere: it stays in memory and goes only into the pull secret.',
		cliNote: 'The equivalent script needs Azure CLI 2.25.0 or later (check with az --version).',
	},
	existing: {
		passwordUnstored: (name: string) => `The password added to ${name} is stored nowhere (it was only in this run's memory) and stays valid until it expires.`,
		passwordRemove: (appId: string) =>
			`az ad app credential list --id ${appId} --query "[].{keyId:keyId, created:startDateTime}" --output table, then az ad app credential delete --id ${appId} --key-id <keyId>`,
		bothPasswordFlags: '--reset-password and --password-stdin were both given: the pull secret takes one password.',
		bothPasswordFlagsFix: 'Pass --reset-password to add a new password, or pipe the one you have with --password-stdin.',
		passwordStdinMissing: '--password-stdin was given, but nothing was piped on standard input.',
		passwordStdinFix: (appId: string) =>
			`Pipe the password in: printf %s "$SP_PASSWORD" | acr-wizard --yes --credential existing-service-principal --service-principal ${appId} --password-stdin`,
		question: 'Service principal appId or display name:',
		hint: 'Its appId (a GUID; az ad sp list --display-name <name> --query "[].appId" --output tsv prints it), its display name, or http://<name>.',
		empty: "Type the service principal's appId (a GUID) or its display name.",
		badGuid: (value: string) => `${value} is not a valid appId: an appId is a GUID like 00000000-0000-0000-0000-000000000000 (8-4-4-4-12 hexadecimal digits).`,
		notFound: (value: string, isAppId: boolean) =>
			isAppId
				? `No service principal has the appId ${value} in this tenant (az ad sp show --id ${value}).`
				: `No service principal is named ${value} in this tenant (az ad sp list --display-name ${value}).`,
		pickQuestion: (count: number, name: string) => `${count} service principals are named ${name}; which one?`,
		appIdHint: (appId: string) => `appId ${appId}`,
		passwordQuestion: (name: string) => `Do you have the password of ${name}?`,
		typeLabel: 'Yes, I will type it',
		typeHint: 'masked; kept in memory only',
		resetLabel: 'No, reset it',
		resetHint: 'az ad sp credential reset --append: a new password beside the old ones, which keep working',
		secretQuestion: (name: string) => `Password of ${name}:`,
		secretEmpty: 'Type the password (it is not shown), or press Esc and reset it instead.',
		planTitle: (name: string) => `Give ${name} access to the registry`,
		resetSentence: (name: string) => `Add a new password to ${name} (its other passwords keep working)`,
		resetDone: (expiresAt: string) => `new password, valid until ${date(expiresAt)}`,
		resetNote: 'The new password is shown nowhere: it stays in memory and goes only into the pull secret.',
	},
	token: {
		nameQuestion: 'Token name:',
		nameHint: 'The user name in the pull secret; its scope map is named <token>-scope-map.',
		nameTooShort: (length: number) => `Too short: ${plural(length, {one: '1 character', other: `${length} characters`})}; a token name has at least 5.`,
		nameTooLong: (length: number, max: number) => `Too long: ${length} characters; at most ${max}, so that <token>-scope-map stays within 50.`,
		nameCharacters: (bad: string) => `A token name can hold only letters, digits and '-'; remove ${bad}.`,
		repositoriesQuestion: 'Repositories the token may use (comma-separated):',
		repositoriesHint: 'The sample image is nginx; add others as a,b/c.',
		noRepositories: 'List at least one repository, e.g. nginx.',
		badRepository: (name: string) =>
			`${name} is not a repository name: lower-case letters, digits and . _ - separated by '/', e.g. nginx or samples/hello-world.`,
		accessQuestion: 'What may the token do in those repositories?',
		pullLabel: 'Pull',
		pullHint: 'content/read metadata/read: enough for a cluster',
		pushLabel: 'Pull and push',
		pushHint: 'also content/write metadata/write, e.g. for a build agent',
		expiryQuestion: 'Password expires after how many days (empty for never)?',
		expiryHint: 'After that the pods can no longer pull until the password is generated again.',
		expiryNever: 'no expiry',
		badExpiry: (value: string) =>
			`${value} is not a number of days: type a whole number from 1 to 3650, or leave it empty for a password that does not expire.`,
		planTitle: (name: string) => `Create the repository-scoped token ${name}`,
		scopeMapSentence: (name: string, repositories: readonly string[], access: 'pull' | 'push') =>
			`Create the scope map ${name}: ${access === 'pull' ? 'pull' : 'pull and push'} on ${list(repositories)}`,
		scopeMapUpdateSentence: (name: string, repositories: readonly string[]) => `Add ${list(repositories)} to the existing scope map ${name}`,
		scopeMapDescription: 'Created by acr-wizard for an image pull secret',
		scopeMapUnchanged: 'already allows these repositories',
		scopeMapAdded: (count: number) => plural(count, {one: '1 action added', other: `${count} actions added`}),
		scopeMapUndo: (name: string) => `Delete the scope map ${name}`,
		scopeMapMissing: (name: string) => `The scope map ${name} does not exist, so the token cannot be bound to it.`,
		tokenSentence: (name: string, map: string) => `Create the token ${name} with the scope map ${map}`,
		tokenUnchanged: 'already exists with this scope map',
		tokenRebound: (map: string) => `now uses ${map}`,
		tokenUndo: (name: string) => `Delete the token ${name}`,
		tokenMissing: (name: string) => `The token ${name} does not exist, so no password can be generated for it.`,
		passwordSentence: (name: string, days: number | undefined, slot: string = 'password1') =>
			`Generate ${slot} of ${name}${days === undefined ? ' (no expiry)' : `, valid ${plural(days, {one: '1 day', other: `${days} days`})}`}`,
		/** Why this slot: the other one holds a password someone may be using. */
		passwordUnstored: (name: string, slot: string) =>
			`${slot} of ${name} is stored nowhere (it was only in this run's memory) and stays valid until it expires.`,
		slotNote: (name: string, slot: string, kept: string, replaced: boolean) =>
			replaced
				? `Both passwords of ${name} are set: ${slot} is replaced (whoever uses it must take the new one); ${kept} is kept.`
				: `${name} already has ${kept}: the new password goes into ${slot}, so whoever uses ${kept} keeps working.`,
		passwordExpires: (at: string) => `valid until ${date(at)}`,
		passwordNeverExpires: 'does not expire',
		passwordNote: 'The token password is shown nowhere: it stays in memory and goes only into the pull secret.',
	},
	secret: {
		title: 'Pull secret',
		noCredential: 'There is no credential for the pull secret yet.',
		nameQuestion: 'Pull secret name:',
		nameHint: 'The name pods list under imagePullSecrets (the Microsoft guide uses acr-secret).',
		replaceQuestion: (name: string, namespace: string) => `The secret ${name} already exists in ${namespace}. Replace it with this credential?`,
		replaceHint: 'No keeps it as it is (and the sample pod uses it as it is).',
		serviceAccountQuestion: (name: string, namespace: string) => `Also add ${name} to the default service account of ${namespace}?`,
		serviceAccountHint: (namespace: string) =>
			`Then every pod in ${namespace} that runs as the default service account gets the secret without listing it under its own imagePullSecrets.`,
		planTitle: (name: string, namespace: string) => `Create the pull secret ${name} in ${namespace}`,
		namespaceSentence: (namespace: string, context: string) => `Create the namespace ${namespace} in ${context}`,
		namespaceExists: 'already exists',
		undoNamespace: (namespace: string, context: string) => `Delete the namespace ${namespace} in ${context} and everything in it`,
		createSentence: (name: string, namespace: string, server: string) => `Create the docker-registry secret ${name} in ${namespace} for ${server}`,
		updateSentence: (name: string, namespace: string, server: string) =>
			`Replace the docker-registry secret ${name} in ${namespace} with the credential for ${server}`,
		sameCredentials: 'already holds this credential',
		replaced: 'replaced',
		keptNote: (name: string) => `The existing secret ${name} is kept as it is.`,
		overheadNote:
			'Pull secrets add management overhead: every pod (or its service account) must list the secret, and it must be renewed when the password changes or expires.',
		aksNote: (registry: string) =>
			`This context is an AKS cluster: the cluster's managed identity can pull without any imagePullSecrets on the pods (az aks update --name <cluster> --resource-group <group> --attach-acr ${registry}, the wizard's attach path).`,
		undoSecret: (name: string, namespace: string) => `Delete the secret ${name} from ${namespace}`,
		serviceAccountSentence: (name: string, namespace: string) => `Add ${name} to the imagePullSecrets of the default service account in ${namespace}`,
		serviceAccountUnchanged: (name: string) => `already lists ${name}`,
		undoServiceAccount: (name: string, namespace: string) => `Remove ${name} from the default service account in ${namespace}`,
	},
	sample: {
		title: 'Sample pod',
	},
	fix: {
		assignTitle: (name: string) => `Give ${name} acrpull on the registry`,
		resetTitle: (name: string) => `Add a new password to ${name} and update the secret`,
		tokenPasswordTitle: (name: string) => `Generate a new password for ${name} and update the secret`,
		scopeTitle: (map: string, repository: string) => `Let the scope map ${map} read ${repository}`,
		createTitle: (secret: string, namespace: string) => `Create the secret ${secret} in ${namespace}`,
		serverTitle: (secret: string, server: string) => `Point the secret ${secret} at ${server}`,
		passwordNote: 'The new password is shown nowhere: it stays in memory and goes only into the pull secret.',
	},
} as const;
