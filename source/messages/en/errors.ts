/** Plain-words translations of Azure and Kubernetes error codes. The original code is always shown beside them. */
export const errors = {
	toolMissing: (command: string) => `${command} is not installed.`,
	cloudMismatch: {
		message: (asked: string, active: string) =>
			`--cloud ${asked} differs from the az CLI's active cloud (${active}), whose sign-in the wizard uses: its tokens are not valid in ${asked}.`,
		suggestion: (asked: string, active: string) =>
			`Switch az to that cloud and sign in there: az cloud set --name ${asked} && az login; or run without --cloud (or with --cloud ${active}).`,
	},
	sandboxCloudMismatch: {
		message: (asked: string, plays: string) => `--cloud ${asked} differs from the cloud this sandbox plays (${plays}).`,
		suggestion: (asked: string) => `Leave out --cloud to work in the sandbox as it is, or start one that plays ${asked}: acr-wizard sandbox --cloud ${asked}.`,
	},
	unknownAzCloud: {
		message: (active: string) =>
			`The az CLI's active cloud is ${active}, which the wizard does not know: it works in AzureCloud, AzureChinaCloud and AzureUSGovernment.`,
		suggestion: (active: string, command: string) =>
			`Switch az to one of those and sign in there (${command} && az login, or AzureChinaCloud, AzureUSGovernment); for an acr-wizard sandbox registered as ${active}, join it with --sandbox <its env file>.`,
	},
	azure: {
		AuthorizationFailed: {
			message: 'Your account is not allowed to do this here.',
			suggestion: 'Ask an Owner or User Access Administrator of the subscription to grant you access, or to run the command shown.',
		},
		RoleAssignmentExists: {message: 'The role assignment already exists.', suggestion: 'Nothing to do: access is already granted.'},
		MissingSubscriptionRegistration: {
			message: (target: string) => `The subscription is not registered for ${target}.`,
			suggestion: (target: string) => `az provider register --namespace ${target}`,
		},
		ResourceGroupNotFound: {message: 'The resource group does not exist.', suggestion: 'Pick an existing resource group, or create one in the wizard.'},
		ResourceNotFound: {
			message: 'That resource does not exist (or you cannot see it).',
			suggestion: 'Check the name and the subscription: az resource list --name <name> -o table',
		},
		AlreadyInUse: {message: 'That registry name is already taken.', suggestion: 'Pass another --registry-name.'},
		RegistryNameNotAvailable: {message: 'That registry name is already taken.', suggestion: 'Pass another --registry-name.'},
		InvalidAuthenticationToken: {message: 'Azure did not accept the sign-in token.', suggestion: 'az login'},
		ExpiredAuthenticationToken: {message: 'The sign-in has expired.', suggestion: 'az login'},
		CredentialUnavailable: {message: 'No Azure credential is available.', suggestion: 'az login'},
		Throttled: {message: 'Azure is throttling requests right now.', suggestion: 'Wait a minute and retry.'},
		network: {message: 'Azure could not be reached.', suggestion: 'Check your network connection (and proxy settings), then retry.'},
		serverError: {
			message: 'Azure failed on its side (a server error); the request may go through on a later try.',
			suggestion: 'Run acr-wizard again in a few minutes: what was already made is found and kept, not made twice.',
		},
		timeout: {
			message: 'Azure did not answer in time.',
			suggestion: 'Retry; when Azure is slow, allow each request more time with ACR_WIZARD_CALL_TIMEOUT=<seconds>.',
		},
		RegistryQuotaExceeded: {
			message: 'The subscription has reached its quota of container registries.',
			suggestion: 'Use an existing registry (--registry-name <name>), delete one you no longer need (az acr delete --name <name>), or ask for more quota.',
		},
		unknown: (code: string) => `Azure refused the request (${code}).`,
		/** Written by the Azure adapter when Azure sent nothing to quote. */
		adapter: {
			timeout: (request: string, seconds: number) => `No answer to ${request} within ${seconds} s.`,
			leftBehind: (what: string, undo: string) => `${what} was left behind; remove it with: ${undo}`,
			/** The registry's data plane (`/v2/…`): what was asked, and why it was refused. */
			registryData: {
				catalog: 'the list of its repositories',
				repository: (repository: string) => `the tags of ${repository}`,
				image: (repository: string, tag: string) => `${repository}:${tag}`,
				signIn: 'a sign-in token',
				unauthorized: (server: string, what: string) =>
					`${server} did not accept the credentials for ${what}: they are wrong, expired, or grant no access to it.`,
				denied: (server: string, what: string) =>
					`${server} refused ${what}: its firewall or network rules do not let this address in, or the credentials may not read it.`,
				notFound: (server: string, what: string) => `${server} has no ${what}.`,
				throttled: (server: string) => `${server} is throttling requests right now; wait a minute and retry.`,
				failed: (server: string, what: string, status: number) => `${server} answered HTTP ${status} for ${what}.`,
				noEntraToken: (server: string) => `Your Azure sign-in gave no token for ${server}'s data plane. Sign in again with az login.`,
			},
		},
		/** An AKS cluster that signs in with Microsoft Entra ID: the token for its server application. */
		entraCluster: {
			noToken: (serverId: string, detail: string) =>
				`This cluster signs in with Microsoft Entra ID, and your Azure sign-in gave no token for its server application (${serverId})${detail ? `: ${detail}` : '.'} Sign in again with az login (with --tenant <the cluster's tenant> if it is in another one).`,
			timeout: (serverId: string, seconds: number) =>
				`This cluster signs in with Microsoft Entra ID, and no token for its server application (${serverId}) came within ${seconds} s. Check az account get-access-token --resource ${serverId}, then retry.`,
		},
	},
	kube: {
		Forbidden: {message: 'The cluster refused this for your user.', suggestion: 'kubectl auth can-i --list'},
		Unauthorized: {
			message: 'The cluster did not accept your credentials.',
			suggestion: "Refresh them: az aks get-credentials --resource-group <group> --name <cluster> (or your cluster's own login)",
		},
		NotFound: {message: 'That Kubernetes object does not exist.', suggestion: 'kubectl get <kind> -A'},
		AlreadyExists: {message: 'That Kubernetes object already exists.', suggestion: 'Pick another name, or let the wizard update it.'},
		Invalid: {message: 'The cluster rejected the object as invalid.', suggestion: 'Read the field error above and change that value.'},
		network: {message: 'The cluster could not be reached.', suggestion: 'kubectl cluster-info'},
		timeout: {
			message: 'The cluster did not answer in time.',
			suggestion: 'kubectl cluster-info; when the cluster is slow, allow each request more time with ACR_WIZARD_CALL_TIMEOUT=<seconds>.',
		},
		serverError: {
			message: "The cluster's API server failed on its side (a server error).",
			suggestion: 'Check the cluster (kubectl get --raw=/readyz), then run acr-wizard again: what was already made is found and kept.',
		},
		unknown: (reason: string) => `The cluster refused the request (${reason}).`,
		/** Admission refusals of a pod: the policy and the fields it wants. */
		admission: {
			podSecurityTitle: 'Pod Security refuses the pods',
			podSecurity: (namespace: string | undefined, level: string, wants: readonly string[]) =>
				`The namespace${namespace ? ` ${namespace}` : ''} enforces the Pod Security "${level}" standard (label pod-security.kubernetes.io/enforce), and the pod does not meet it: ${wants.join('; ')}.`,
			podSecurityFix: (namespace: string | undefined, level: string) =>
				`Deploy a variant that meets "${level}" (non-root image, restricted securityContext), or ask the cluster's administrator: kubectl get namespace ${namespace ?? '<namespace>'} --show-labels`,
			quotaTitle: 'A ResourceQuota refuses the pods',
			quotaUnspecified: (namespace: string | undefined, quota: string, missing: readonly string[]) =>
				`The namespace${namespace ? ` ${namespace}` : ''} has the ResourceQuota ${quota}, which needs every container to say its resources: ${missing.join('; ')}.`,
			quotaExceeded: (namespace: string | undefined, quota: string, requested: string, used: string, limited: string) =>
				`The namespace${namespace ? ` ${namespace}` : ''} has the ResourceQuota ${quota}, and the pod would exceed it: requested ${requested}, used ${used}, limit ${limited}.`,
			quotaFix: (namespace: string | undefined) =>
				`Set requests and limits within the quota, or ask for more: kubectl describe resourcequota --namespace ${namespace ?? '<namespace>'}`,
			policyTitle: 'An admission policy refuses the pods',
			gatekeeper: (namespace: string | undefined, constraints: readonly string[], wants: readonly string[]) =>
				`Azure Policy for AKS (Gatekeeper) refuses the pod${namespace ? ` in the namespace ${namespace}` : ''}: ${constraints.map((constraint, index) => `constraint ${constraint}: ${wants[index] ?? ''}`).join('; ')}.`,
			webhook: (namespace: string | undefined, webhook: string, message: string) =>
				`The admission webhook ${webhook} refuses the pod${namespace ? ` in the namespace ${namespace}` : ''}: ${message}.`,
			validatingPolicy: (namespace: string | undefined, policy: string, binding: string, message: string) =>
				`The ValidatingAdmissionPolicy ${policy} (binding ${binding}) refuses the pod${namespace ? ` in the namespace ${namespace}` : ''}: ${message}.`,
			policyFix: (command: string) => `Make the pod meet the policy, or ask the cluster's administrator for an exemption; see the policies with ${command}`,
		},
		/** Written by the Kubernetes adapter when there is no Status object to quote. */
		adapter: {
			kubeconfigMissing: (path: string) =>
				`There is no kubeconfig file at ${path}. Get one with az aks get-credentials --resource-group <group> --name <cluster>, or pass --kubeconfig <path>.`,
			kubeconfigNoneInList: (list: string) => `None of the files in KUBECONFIG exist (${list}). Fix KUBECONFIG, or pass --kubeconfig <path>.`,
			kubeconfigUnreadable: (path: string, detail: string) => `The kubeconfig ${path} could not be read: ${detail}`,
			kubeconfigIsDirectory: 'it is a directory, not a file',
			contextMissing: (name: string, available: string) =>
				`The kubeconfig has no context named "${name}" (it has: ${available || 'none'}). List them with kubectl config get-contexts.`,
			noCurrentContext: 'The kubeconfig names no current context. Set one with kubectl config use-context <name>.',
			timeout: (server: string, seconds: number) => `The cluster at ${server} did not answer within ${seconds} s.`,
			refused: (server: string) => `Nothing answered at ${server} (connection refused): is the cluster running?`,
			unknownHost: (server: string) => `The cluster's address in ${server} does not resolve.`,
			tls: (server: string, detail: string) =>
				`The TLS connection to ${server} failed (${detail}): the kubeconfig's certificate-authority does not match the server.`,
			failed: (server: string, detail: string) => `The request to ${server} failed (${detail}).`,
			unauthorized: (server: string) => `The cluster at ${server} did not accept the kubeconfig's credentials (401 Unauthorized).`,
			status: (code: number) => `The cluster answered HTTP ${code}.`,
			watchFailed: (detail: string) => `Watching the pods failed: ${detail}`,
			kubeloginMissing: (user: string) =>
				`The kubeconfig's user ${user} signs in with Microsoft Entra ID through kubelogin, which is not installed here. Install it with az aks install-cli (or from https://aka.ms/aks/kubelogin), then retry.`,
			execPluginMissing: (user: string, command: string, hint: string) =>
				`The kubeconfig's user ${user} gets its token by running ${command}, which is not installed here.${hint ? ` ${hint}` : ''}`,
			execPluginTimeout: (command: string, seconds: number) =>
				`${command} gave no token within ${seconds} s: it may be waiting for a sign-in it cannot show here. Sign in with az login and run kubelogin convert-kubeconfig -l azurecli, then retry.`,
			tokenRenewalTimeout: (seconds: number) =>
				`The cluster's Microsoft Entra ID token was about to expire, and no new one came within ${seconds} s. Check your Azure sign-in with az account show, then retry.`,
			tokenRenewalFailed: (detail: string) =>
				`The cluster's Microsoft Entra ID token was about to expire, and your Azure sign-in gave no new one${detail ? ` (${detail})` : ''}. Sign in again with az login, then retry.`,
		},
	},
} as const;
