/** Messages of the AKS attach and detach paths. */
import {plural} from './intl.js';
export const attach = {
	noRegistry: 'No registry is chosen yet.',
	noRegistryFix: 'Go back to the registry step (Esc) and pick or create one.',
	noSubscription: 'No subscription is chosen, so there is no cluster to list.',
	cluster: {
		title: 'AKS cluster',
		question: 'Which AKS cluster should pull from the registry?',
		/** Detach's own wording: the cluster stops pulling. */
		detachQuestion: 'Which AKS cluster should stop pulling from the registry?',
		hint: (count: number) =>
			count === 0
				? 'No AKS cluster in this subscription; give one by resource ID.'
				: plural(count, {one: '1 AKS cluster in this subscription.', other: `${count} AKS clusters in this subscription.`}),
		choiceHint: (group: string, location: string, version: string | undefined) =>
			[group, location, version ? `Kubernetes ${version}` : undefined].filter(Boolean).join(' · '),
		byId: 'Give a resource ID',
		byIdHint: 'a cluster in another resource group or subscription',
		idQuestion: 'AKS cluster resource ID:',
		idPlaceholder: '/subscriptions/<subscription-id>/resourceGroups/<group>/providers/Microsoft.ContainerService/managedClusters/<name>',
		idInvalid:
			'That is not an AKS cluster resource ID. It looks like /subscriptions/<subscription-id>/resourceGroups/<group>/providers/Microsoft.ContainerService/managedClusters/<name> (az aks show --name <name> --resource-group <group> --query id -o tsv prints it).',
		notChosen: 'No AKS cluster is chosen yet.',
		notFoundAt: (id: string) => `No AKS cluster at ${id} that this account can read.`,
		notFoundNamed: (name: string) => `No AKS cluster named ${name} that this account can read.`,
		notFoundFix: 'az aks list -o table',
		noneHint: (command: string) => `Or create one already attached: ${command}`,
	},
	newCluster: {
		choice: 'Create a new AKS cluster attached to this registry',
		choiceHint: 'az aks create --attach-acr; takes several minutes',
		groupQuestion: 'Resource group for the new cluster:',
		noGroup: 'There is no resource group in this subscription to create the cluster in.',
		noGroupFix: 'az group create --name <group> --location <location>',
		nameQuestion: 'New AKS cluster name:',
		nameHint: '1-63 letters, digits, hyphens and underscores, starting and ending with a letter or digit',
		nameInvalid: 'An AKS cluster name is 1 to 63 characters: letters, digits, hyphens and underscores, starting and ending with a letter or digit.',
		nameTaken: (name: string, group: string) =>
			`An AKS cluster named ${name} already exists in ${group}: give another name, or go back and choose that cluster.`,
		locationQuestion: 'Location (region) of the new cluster:',
		locationInvalid: 'A location is its short name in lower case, like eastus or westeurope (az account list-locations -o table).',
		nodeCountQuestion: 'How many nodes?',
		nodeCountHint: 'Each node is a virtual machine, billed while the cluster exists',
		nodeCountInvalid: 'The node count is a whole number from 1 to 100.',
		vmSizeQuestion: 'Node VM size:',
		vmSizeInvalid: 'A VM size looks like Standard_DS2_v2 (az vm list-sizes --location <location> -o table lists them).',
		kubeletQuestion: 'Kubelet identity of the new cluster:',
		kubeletManaged: 'The one AKS makes',
		kubeletManagedHint: 'created with the cluster; its pull role is granted once it exists',
		kubeletOwn: 'Bring your own (user-assigned, created first)',
		kubeletOwnHint:
			'it exists before the cluster, so its pull role (or Entra group membership) is in place and taking effect while the cluster is made: no wait after',
		identitySentence: (name: string, purpose: 'control-plane' | 'kubelet') =>
			purpose === 'kubelet'
				? `Create the user-assigned identity ${name} for the nodes (kubelet)`
				: `Create the user-assigned identity ${name} for the control plane`,
		identityCall: (id: string) => `PUT ${id}`,
		identityCreated: (clientId: string) => `client id ${clientId}`,
		identityUndo: (name: string) => `Delete the user-assigned identity ${name}`,
		ownIdentityNote:
			'The kubelet identity is created first and given its pull role before the cluster, so the grant takes effect while the cluster is being made; az aks create also lets the control-plane identity manage the kubelet identity (Managed Identity Operator).',
		pullGroupMissing: (group: string) => `--pull-group ${group}: no Entra group of that name or object id (or more than one of that name).`,
		pullGroupMissingFix: (group: string) => `az ad group show --group ${group} shows it; pass its object id to --pull-group.`,
		pullGroupNoRole: (group: string, registry: string) =>
			`--pull-group ${group}: the group holds no pull role on ${registry}, so a kubelet identity in it could not pull.`,
		pullGroupNoRoleFix: (groupId: string, registryId: string) =>
			`Grant it first: az role assignment create --assignee-object-id ${groupId} --assignee-principal-type Group --role AcrPull --scope ${registryId}`,
		groupMemberSentence: (identity: string, group: string, role: string, registry: string) =>
			`Add the kubelet identity ${identity} to the Entra group ${group} (it holds ${role} on ${registry})`,
		groupMemberAdded: (group: string) => `member of ${group}`,
		groupMemberAlready: (group: string) => `already a member of ${group}`,
		groupMemberUndo: (identity: string, group: string) => `Remove ${identity} from the Entra group ${group}`,
		groupNote: (group: string) =>
			`The kubelet identity pulls through the Entra group ${group}: it is added to the group before the cluster is made, so the membership (which takes longer to take effect than a direct grant) reaches the registry while the cluster is being created.`,
		sentenceGroup: (name: string, group: string, count: number, size: string, location: string) =>
			`Create the AKS cluster ${name} (${count} × ${size} in ${location}) with that kubelet identity, which pulls through ${group}`,
		createdGroup: (name: string, group: string) => `Cluster ${name} created; its kubelet identity pulls through ${group}`,
		title: (name: string) => `Create the AKS cluster ${name}, attached to the registry`,
		sentence: (name: string, registry: string, role: string, count: number, size: string, location: string) =>
			`Create the AKS cluster ${name} (${count} × ${size} in ${location}) and grant ${role} on ${registry} to its kubelet identity`,
		call: (clusterId: string, registryId: string) => `PUT ${clusterId}; PUT ${registryId}/providers/Microsoft.Authorization/roleAssignments/<new-guid>`,
		costNote: (count: number, size: string) =>
			`This makes ${plural(count, {one: '1 virtual machine', other: `${count} virtual machines`})} of size ${size}, billed while the cluster exists; undo deletes the cluster (asked separately).`,
		durationNote: 'Creating a cluster can take several minutes; its state and the time elapsed show below while it runs.',
		progress: (name: string, status: string, elapsed: string) => `Creating ${name}… ${status} · ${elapsed}`,
		elapsed: (seconds: number) => (seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`),
		created: (name: string, role: string) => `Cluster ${name} created; ${role} granted to its kubelet identity`,
		undoSentence: (name: string) => `Delete the AKS cluster ${name} (its nodes and node resource group) and its kubelet identity's role assignment`,
		undoConfirm: (name: string) => `Delete the AKS cluster ${name} and everything running on it?`,
		undoConfirmHint: 'The most expensive thing this run made; a deleted cluster cannot be brought back.',
		undoKept: (command: string) => `Kept the cluster; delete it later with: ${command}`,
		forbidden: (registry: string) =>
			`You cannot create role assignments on ${registry}, so no cluster was created: its kubelet identity could not be given the pull role. That needs the Owner or User Access Administrator role on the registry or above.`,
		forbiddenFix: (command: string) => `Ask an administrator to run:\n  ${command}\nthen choose that cluster here.`,
	},
	identity: {
		missing: (cluster: string) =>
			`Unexpected error getting kubelet's identity for the cluster. Please do not set --attach-acr or --detach-acr. You can manually grant or revoke permission to the identity named ${cluster}-agentpool in MC_ resource group to access ACR.`,
		missingFix: 'az aks show --name <cluster> --resource-group <group> --query identityProfile.kubeletidentity',
		noServicePrincipal: "Cannot get the AKS cluster's service principal.",
		noServicePrincipalFix: 'az aks show --name <cluster> --resource-group <group> --query servicePrincipalProfile',
	},
	grant: {
		title: 'Attach the registry to the cluster',
		sentence: (registry: string, cluster: string) => `Grant AcrPull on ${registry} to the kubelet identity of ${cluster}`,
		sentenceRole: (role: string, registry: string, cluster: string) => `Grant ${role} on ${registry} to the kubelet identity of ${cluster}`,
		abacNote: (registry: string) =>
			`${registry} uses role-assignment (ABAC) permissions: there AcrPull is not honoured, so attach grants Container Registry Repository Reader on the whole registry instead (az aks update --attach-acr would grant AcrPull, and the pods would fail to pull).`,
		noRoleNamed: (role: string) => `Role '${role}' doesn't exist.`,
		undoSentenceRole: (role: string, registry: string, cluster: string) => `Remove ${role} on ${registry} from the kubelet identity of ${cluster}`,
		call: (registryId: string) => `PUT ${registryId}/providers/Microsoft.Authorization/roleAssignments/<new-guid>`,
		granted: (role: string) => `${role} granted to the kubelet identity`,
		already: (role: string, scope: string) => `Already granted: ${role} at ${scope}; nothing created, re-running is safe`,
		nothingToDo: (cluster: string, role: string, registry: string) => `Nothing to do: the kubelet identity of ${cluster} already holds ${role} on ${registry}.`,
		alreadyNote: (role: string, scope: string) => `The kubelet identity already holds ${role} at ${scope}: nothing will be created, and re-running is safe.`,
		noRole: "Role 'acrpull' doesn't exist.",
		noRoleFix: 'az role definition list --name AcrPull --scope <registry id>',
		groupNote:
			'AcrPull granted through a Microsoft Entra group can take effect late; for automation, bring your own kubelet identity, added to the group first (az aks create … --assign-kubelet-identity <identity id>).',
		newClusterNote: (command: string) => `A new cluster can be created already attached (choose it in the cluster question): ${command}`,
		checkNote: (command: string) => `Check from the nodes: ${command}`,
		otherSubscriptionNote: 'The registry is in another subscription than the cluster, so the command names it by resource ID.',
		undoSentence: (registry: string, cluster: string) => `Remove AcrPull on ${registry} from the kubelet identity of ${cluster}`,
		forbidden: (registry: string) =>
			`You cannot create role assignments on ${registry}, so nothing was changed. Attaching a registry needs the Owner, Azure account administrator, Azure co-administrator or User Access Administrator role on the registry or above.`,
		forbiddenFix: (attach: string, assign: string) =>
			`Ask an administrator to run:\n  ${attach}\nor the equivalent:\n  ${assign}\nOr go back and use an image pull secret with a repository-scoped token, which needs no role assignment.`,
	},
	pim: {
		question: (roles: readonly string[]) => `Activate your eligible ${roles.join(' or ')} role in PIM, then choose Re-check:`,
		activate: (roles: readonly string[], scope: string) =>
			`You are eligible for ${roles.join(' or ')} on ${scope} in Privileged Identity Management (PIM): activate your eligible ${roles.join(' or ')} role in PIM (Azure portal › Privileged Identity Management › My roles › Azure resources), then choose Re-check.`,
		recheck: 'Re-check',
		recheckHint: 'after activating the role; activation can take a minute to apply',
		stop: 'Stop here',
	},
	verify: {
		waiting: (seconds: number) => `Waiting for the role assignment to take effect… ${seconds} s`,
		verified: (seconds: number) =>
			`The registry accepts the kubelet identity for pulls (token exchange, as az aks check-acr does from a node)${seconds > 0 ? ` after ${seconds} s` : ''}.`,
		visible: 'The pull role assignment is visible; the nodes may still need a minute before their pulls are accepted.',
		timedOut: (seconds: number, code: string | undefined, command: string) =>
			`The registry still refuses the kubelet identity after ${seconds} s${code ? ` (${code})` : ''}: new role assignments can take minutes to take effect, longer through an Entra group. Deploying anyway; the pods retry by themselves. Check from the nodes: ${command}`,
	},
	deploy: {
		credentialsSentence: (cluster: string) => `Get the user credentials of ${cluster} (kept in memory, not written to ~/.kube/config)`,
		credentialsCall: (clusterId: string) => `POST ${clusterId}/listClusterUserCredential`,
		credentialsDetail: 'Kubeconfig held in memory',
	},
	detach: {
		title: 'Detach the registry from the cluster',
		sentence: (registry: string, cluster: string, count: number) =>
			count === 1
				? `Remove AcrPull on ${registry} from the kubelet identity of ${cluster}`
				: `Remove the ${count} AcrPull assignments on ${registry} from the kubelet identity of ${cluster}`,
		sentenceRoles: (roles: string, registry: string, cluster: string) => `Remove ${roles} on ${registry} from the kubelet identity of ${cluster}`,
		removed: (count: number) => plural(count, {one: '1 role assignment deleted', other: `${count} role assignments deleted`}),
		nothing: (registry: string, cluster: string) => `The kubelet identity of ${cluster} holds no AcrPull assignment on ${registry}: nothing to detach.`,
		nothingAbac: (registry: string, cluster: string) =>
			`The kubelet identity of ${cluster} holds neither AcrPull nor Container Registry Repository Reader on ${registry}: nothing to detach.`,
		remaining: (role: string, scope: string) => `The kubelet identity still holds ${role} at ${scope}, so it can still pull after the detach.`,
		podsNote: 'Pods already running keep their images; new pods (a restart, a scale-up, a new node) will fail to pull.',
	},
} as const;
