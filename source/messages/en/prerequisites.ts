/** Messages of the prerequisites screen. */
import {plural, list} from './intl.js';
export const prerequisites = {
	title: 'Prerequisites',
	intro: 'Checking what the wizard needs, all at once.',
	checks: {
		az: 'Azure CLI',
		kubectl: 'kubectl',
		credential: 'Azure sign-in',
		subscriptions: 'Subscription',
		'role-assignments': 'Permission to assign roles',
		providers: 'Resource providers',
		kubeconfig: 'Kubernetes context',
	},
	az: {
		missing: 'Not installed. The wizard talks to Azure directly, so this is only needed to run the equivalent commands yourself.',
		missingFix: 'Install it: https://aka.ms/installazurecli',
		tooOld: (version: string, minimum: string) =>
			`Version ${version} is older than ${minimum}, which attaching a registry to AKS (az aks update --attach-acr) needs.`,
		oldForSp: (version: string, minimum: string) => `Version ${version} works for attach, but the service principal script needs ${minimum} or later.`,
		upgradeFix: 'az upgrade',
		unreadable: 'Found, but its version could not be read from `az version -o json`.',
		unreadableFix: 'Run `az version` to see what is wrong with the installation.',
		notProbed: 'Not checked with --yes: this run signs in without az, and shows the az commands only to read.',
	},
	kubectl: {
		missing: 'Not installed. The wizard talks to clusters directly, so this is only needed to run the equivalent commands and `az aks check-acr`.',
		missingFix: 'Install it: https://kubernetes.io/docs/tasks/tools/ (or az aks install-cli)',
		unreadable: 'Found, but `kubectl version --client -o json` gave no version.',
		notProbed: 'Not checked with --yes: the wizard talks to the cluster itself, and shows the kubectl commands only to read.',
	},
	credential: {
		none: 'No Azure credential is available: not signed in with the Azure CLI, and no credential in the environment.',
		noneFix: 'az login',
		signedIn: (name: string) => `Signed in as ${name}`,
	},
	subscriptions: {
		none: 'This account cannot see any subscription.',
		noneFix: 'az login --tenant <tenant-id>, or ask for access to a subscription',
		tenantHint: (id: string, tenantId: string) => `${id} · tenant ${tenantId}`,
		chosen: (name: string, id: string, count: number) => (count > 1 ? `${name} (${id}), 1 of ${count}` : `${name} (${id})`),
		unknownFlag: (id: string) => `Subscription ${id} is not among the ones this account can see.`,
		unknownFlagFix: 'az account list -o table',
		tenantNone: (tenant: string, tenants: readonly string[]) =>
			`This account sees no subscription in the tenant ${tenant} (its subscriptions are in: ${tenants.join(', ')}).`,
		tenantNoneFix:
			'az account list --query "[].{name:name, id:id, tenant:tenantId}" -o table, then pass one of those tenants to --tenant (or sign in to it: az login --tenant <id>)',
		notInTenant: (subscription: string, tenant: string) => `Subscription ${subscription} is not in the tenant ${tenant} given with --tenant.`,
		question: 'Which subscription should the wizard use?',
	},
	roles: {
		ok: 'You can create role assignments (Owner or User Access Administrator).',
		missing:
			'You cannot create role assignments on this subscription. Attaching a registry to AKS and creating a service principal with a role both need Owner, Account Administrator, Co-Administrator or User Access Administrator. A repository-scoped token still works.',
		missingFix: 'Ask an Owner of the subscription to grant you User Access Administrator, or to run the role assignment for you.',
		unknown: 'Could not check your permissions.',
	},
	providers: {
		ok: (count: number) => `${count} registered`,
		missing: (names: readonly string[]) => `Not registered: ${names.join(', ')}.`,
		registering: (names: readonly string[]) => `Still registering: ${names.join(', ')}. This takes a few minutes; re-run the checks later.`,
		waiting: (name: string, state: string) => `${name}: ${state}…`,
		missingFix: (names: readonly string[]) => names.map((name) => `az provider register --namespace ${name}`).join(' && '),
		registerSentence: (name: string) => `Register the resource provider ${name} on the subscription`,
		planTitle: 'Register resource providers',
	},
	kubeconfig: {
		notNeeded: (flag: string) =>
			`Not needed with ${flag}: the wizard reads the AKS cluster's credentials from Azure (as az aks get-credentials does) and keeps them in memory.`,
		none: 'No kubeconfig found, so there is no cluster to deploy to yet.',
		invalidFix: 'Fix or replace that file (kubectl config view shows what kubectl makes of it), or pass --kubeconfig <path> to another one.',
		noneFix: 'az aks get-credentials --resource-group <group> --name <cluster>, or create a local cluster (kind create cluster)',
		noCurrent: (count: number) => plural(count, {one: '1 context, and it is not current.', other: `${count} contexts, none is current.`}),
		noCurrentFix: 'kubectl config use-context <name>',
		reachable: (context: string, version: string) => `${context}: reachable, Kubernetes ${version}`,
		unreachable: (context: string, reason: string) => `${context} does not answer: ${reason}`,
		unreachableFix: (context: string) => `Check the cluster is running, then: kubectl --context ${context} get nodes`,
	},
	summary: {
		allGood: 'Everything is in place.',
		withWarnings: (count: number) => `${plural(count, {one: '1 warning', other: `${count} warnings`})}: you can go on; the affected paths say what they need.`,
		withFailures: (count: number) =>
			plural(count, {one: '1 check failed. Fix it and re-run the checks.', other: `${count} checks failed. Fix them and re-run the checks.`}),
		failedNonInteractive: (titles: readonly string[]) =>
			`Stopped before any change: ${plural(titles.length, {one: '1 prerequisite check', other: `${titles.length} prerequisite checks`})} failed (${list(titles)}).`,
		failedNonInteractiveFix: 'Fix what the failed checks say above, then run acr-wizard again.',
		question: 'What next?',
		goOn: 'Go on',
		rerun: 'Re-run the checks',
		subscription: 'Use another subscription',
		register: 'Register the missing resource providers',
		quit: 'Quit',
	},
} as const;
