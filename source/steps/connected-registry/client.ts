/**
 * Step 7 of the connected-registry path: client access (a client token with pull on the synced
 * repositories, attached to the connected registry), the seed's `regcred` for the clusterIP, and
 * the seed's `hello-world-deployment` from `<clusterIP>/hello-world:latest`, watched live with
 * this path's fixes (attach the token, add a repository to the sync scope).
 */
import type {Registry} from '../../azure/azure.js';
import type {Workload} from '../../kubernetes/kubernetes.js';
import {workloadYaml} from '../../kubernetes/manifests.js';
import {messages} from '../../messages/catalog.js';
import type {Context} from '../../wizard/context.js';
import {applyPlan, type Action, type Plan, type Step} from '../../wizard/engine.js';
import {GoBack, WizardError} from '../../wizard/errors.js';
import {deployAndWatch} from '../deploy/deploy-and-watch.js';
import type {Diagnosis} from '../../diagnosis/facts.js';
import {kubeUndoParams, type UndoTarget} from '../shared/undo-kit.js';
import {
	applyCommand,
	attachCommand,
	scopeMapCommand,
	scopeMapDeleteCommand,
	secretCommand,
	secretDeleteCommand,
	tokenCommand,
	tokenDeleteCommand,
	tokenPasswordCommand,
} from '../../commands/connected-registry.js';
import {requireRegistry, SecretValue, sessionOf, type ConnectedSession} from './session.js';
import {liveConnectedFacts, type LiveFacts} from './live-facts.js';
import {attachAction, clientScopeAction, deactivateAction, extensionFixActions, passwordActions, syncScopeAction, type FixTarget} from './fixes.js';
import {parseImageRef} from '../../diagnosis/image-ref.js';
import {createStepId} from './create.js';

export const clientStepId = 'connected-registry-client';
const secretName = 'regcred';

function ready(session: ConnectedSession): {name: string; clusterIP: string; kube: NonNullable<ConnectedSession['kube']>; kubeContext: string} {
	const text = messages().connectedRegistry;
	if (!session.connected || !session.clusterIP || !session.kube || !session.kubeContext)
		throw new WizardError(text.noRegistry, {suggestion: text.noRegistryFix});
	return {name: session.connected.name, clusterIP: session.clusterIP, kube: session.kube, kubeContext: session.kubeContext};
}

function clientPlan(context: Context, registry: Registry, token: string, namespace: string): Plan {
	const text = messages().connectedRegistry.client;
	const session = sessionOf(context.store);
	const {name, clusterIP, kube, kubeContext} = ready(session);
	const map = `${token}-scope-map`;
	const target: UndoTarget = {
		kind: 'context',
		context: kubeContext,
		...(context.kubeconfig.kind === 'file' && context.kubeconfig.path ? {kubeconfigPath: context.kubeconfig.path} : {}),
	};
	const actions: Action[] = [
		{
			id: `client-scope-map:${map}`,
			sentence: text.scopeMapSentence(map, session.repositories),
			command: scopeMapCommand(registry, map, session.repositories),
			call: `PUT ${registry.id}/scopeMaps/${map}`,
			run: async () => {
				await context.azure.createScopeMap(
					registry.id,
					map,
					session.repositories.flatMap((repo) => [`repositories/${repo}/content/read`, `repositories/${repo}/metadata/read`]),
				);
				return {
					outcome: 'done',
					undo: {
						sentence: text.undoScopeMap(map),
						command: scopeMapDeleteCommand(registry, map),
						kind: 'delete-scope-map',
						params: {registryId: registry.id, name: map},
					},
				};
			},
		},
		{
			id: `client-token:${token}`,
			sentence: text.tokenSentence(token, map),
			command: tokenCommand(registry, token, map),
			call: `PUT ${registry.id}/tokens/${token}`,
			run: async () => {
				await context.azure.createToken(registry.id, token, `${registry.id}/scopeMaps/${map}`);
				return {
					outcome: 'done',
					undo: {
						sentence: text.undoToken(token),
						command: tokenDeleteCommand(registry, token),
						kind: 'delete-token',
						params: {registryId: registry.id, name: token},
					},
				};
			},
		},
		{
			id: `client-password:${token}`,
			sentence: text.passwordSentence(token),
			command: tokenPasswordCommand(registry, token),
			call: `POST ${registry.id}/generateCredentials`,
			goesWith: [{stepId: clientStepId, id: `client-token:${token}`}],
			run: async () => {
				const {password} = await context.azure.generateTokenPassword(registry.id, `${registry.id}/tokens/${token}`, 'password1');
				session.secrets.set(token, new SecretValue(password.value));
				return {outcome: 'done'};
			},
			preview: () => session.secrets.set(token, new SecretValue('')),
		},
		{
			id: `client-attach:${token}`,
			sentence: text.attachSentence(token, name),
			command: attachCommand(registry, name, token),
			call: `PATCH ${registry.id}/connectedRegistries/${name}`,
			// Attached to the connected registry: gone when either the token or the connected registry this run made is.
			goesWith: [
				{stepId: clientStepId, id: `client-token:${token}`},
				{stepId: createStepId, id: `connected-registry:${name}`},
			],
			run: async () => {
				await context.azure.addClientTokens(registry.id, name, [`${registry.id}/tokens/${token}`]);
				return {outcome: 'done', detail: text.attached};
			},
		},
		{
			id: `client-secret:${namespace}:${secretName}`,
			sentence: text.secretSentence(secretName, clusterIP, namespace),
			command: secretCommand(secretName, clusterIP, token, namespace, kubeContext),
			call: `POST /api/v1/namespaces/${namespace}/secrets`,
			run: async () => {
				const password = session.secrets.get(token);
				if (!password) throw new WizardError(text.passwordSentence(token));
				await kube.createNamespace(namespace);
				const {created} = await kube.applyDockerRegistrySecret({namespace, name: secretName, server: clusterIP, username: token, password: password.reveal()});
				return {
					outcome: 'done',
					...(created
						? {
								undo: {
									sentence: text.undoSecret(secretName),
									command: secretDeleteCommand(secretName, namespace, kubeContext),
									kind: 'delete-secret',
									params: {...kubeUndoParams(target), namespace, name: secretName},
								},
							}
						: {}),
				};
			},
		},
	];
	return {stepId: clientStepId, title: text.planTitle, actions};
}

/** The seed's hello-world-deployment, pulling from the connected registry's clusterIP. */
export function sampleDeployment(clusterIP: string, namespace: string): Workload {
	return {
		kind: 'Deployment',
		namespace,
		name: 'hello-world-deployment',
		labels: {app: 'hello-world'},
		podLabels: {app: 'hello-world'},
		replicas: 1,
		image: `${clusterIP}/hello-world:latest`,
		containerName: 'hello-world',
		imagePullSecrets: [secretName],
	};
}

/** What the sample's watch works with. */
type Sample = {readonly registry: Registry; readonly workload: Workload; readonly token: string; readonly namespace: string; readonly live: LiveFacts};

/** The plan that fixes a diagnosed cause; the facts are read again once it ran. */
function fixPlan(live: LiveFacts, actions: readonly Action[]): Plan {
	const last = actions.length - 1;
	return {
		stepId: `${clientStepId}-fix`,
		title: messages().connectedRegistry.diagnosis.fixPlanTitle,
		actions: actions.map((action, index) =>
			index === last
				? {
						...action,
						run: async () => {
							const result = await action.run();
							await live.refresh().catch(() => undefined);
							return result;
						},
					}
				: action,
		),
	};
}

/** The fix this path offers for a diagnosed pull failure, as actions the wizard can run (undefined: words only). */
function fixActions(context: Context, sample: Sample, diagnosis: Diagnosis): Action[] | undefined {
	const name = sessionOf(context.store).connected?.name;
	if (!name) return undefined;
	const {registry, token, namespace, live} = sample;
	const facts = live.facts;
	const fix: FixTarget = {context, registry, name, stamp: context.clock.now().getTime()};
	const repository = parseImageRef(sample.workload.image).repository;
	switch (diagnosis.kind) {
		case 'client-token-not-attached':
			return facts.clientTokenExists === false ? undefined : [attachAction(fix, token)];
		case 'repository-not-synced':
			return [syncScopeAction(fix, facts.syncScopeMap, repository)];
		case 'already-activated':
			return [deactivateAction(fix)];
		case 'bad-credentials':
			return passwordActions(fix, token, {secret: secretName, namespace});
		case 'token-scope':
			return facts.clientScopeMap ? [clientScopeAction(fix, facts.clientScopeMap, repository)] : undefined;
		case 'trust-not-distributed':
			return extensionFixActions(fix, 'trust');
		case 'sync-password-wrong':
			return extensionFixActions(fix, 'connection');
		default:
			return undefined;
	}
}

/** Deploys the sample and watches it, diagnosing from facts that stay current. */
async function watchSample(context: Context, sample: Sample): Promise<void> {
	const {registry, workload, namespace, live} = sample;
	const {clusterIP, kube, kubeContext} = ready(sessionOf(context.store));
	await deployAndWatch(context, {
		cluster: kube,
		workload,
		yaml: workloadYaml(workload),
		command: applyCommand(kubeContext),
		target: {
			kind: 'context',
			context: kubeContext,
			...(context.kubeconfig.kind === 'file' && context.kubeconfig.path ? {kubeconfigPath: context.kubeconfig.path} : {}),
		},
		kubeContext,
		facts: {
			method: 'connected-registry',
			pullHosts: [clusterIP],
			loginServer: registry.loginServer,
			registryName: registry.name,
			registryId: registry.id,
			image: workload.image,
			namespace,
			secretName,
			kubeContext,
			connectedRegistry: live.facts,
		},
		refreshFacts: live.refresh,
		fixFor: (diagnosis) => {
			const actions = fixActions(context, sample, diagnosis);
			return actions && actions.length > 0 ? fixPlan(live, actions) : undefined;
		},
	});
}

/** Step 7: client token, pull secret, the sample deployment, watched until it runs. */
export const clientAccessStep: Step<Context> = {
	async run(context) {
		const text = messages().connectedRegistry.client;
		const registry = requireRegistry(context);
		const {clusterIP} = ready(sessionOf(context.store));
		const token = (
			await context.prompter.text({
				id: 'connected-registry-client-token',
				message: text.tokenQuestion,
				flag: '--client-token',
				hint: text.tokenHint,
				default: 'mytoken',
			})
		).trim();
		const namespace = (
			await context.prompter.text({id: 'connected-registry-namespace', message: text.namespaceQuestion, flag: '--namespace', default: 'default'})
		).trim();
		if ((await applyPlan(clientPlan(context, registry, token, namespace), context)) === 'back') throw new GoBack();
		const live = await liveConnectedFacts(context, registry, token);
		await watchSample(context, {registry, workload: sampleDeployment(clusterIP, namespace), token, namespace, live});
	},
};
