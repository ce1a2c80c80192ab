/**
 * The fix as a plan of the wizard's engine: for each failing pod, the actions of the cause named first,
 * each with its sentence, equivalent command and API call, then a restart of the pods a workload owns so
 * the kubelet pulls again at once. Shown, confirmed and journaled by `applyPlan` like every other change.
 */
import type {Azure} from '../../azure/azure.js';
import {acrImportCommand, roleAssignmentDeleteCommand, scopeMapCommand, tokenPasswordCommand} from '../../commands/az.js';
import {assignRoleCommand, retypeSecretCommand, setImageCommand, tokenEnableCommand} from '../../commands/doctor.js';
import {attachCommand} from '../../commands/connected-registry.js';
import {createSecretCommand, restartPodsCommand} from '../../commands/kubectl.js';
import type {Finding, FixAction} from '../../diagnosis/findings.js';
import type {KubeCluster} from '../../kubernetes/kubernetes.js';
import {messages} from '../../messages/catalog.js';
import type {Action, Plan} from '../../wizard/engine.js';
import {WizardError} from '../../wizard/errors.js';

export type FixDeps = {readonly azure: Azure; readonly cluster: KubeCluster; readonly context: string};

/** The first failing finding of each pod that explains the kubelet's words and has actions: the cause named first. */
export function causesToFix(findings: readonly Finding[]): Finding[] {
	const seen = new Set<string>();
	const causes: Finding[] = [];
	for (const finding of findings) {
		const pod = finding.pod ?? '';
		if (seen.has(pod) || finding.status === 'ok' || !finding.explainsKubelet) continue;
		seen.add(pod);
		if ((finding.fix?.actions.length ?? 0) > 0) causes.push(finding);
	}
	return causes;
}

const nameOf = (id: string): string => id.split('/').at(-1) ?? id;

/** One engine action for one fix action. */
function actionOf(fix: FixAction, deps: FixDeps, index: number): Action {
	const text = messages().doctor.actions;
	const id = `doctor-${index + 1}-${fix.kind}`;
	switch (fix.kind) {
		case 'assign-role':
			return {
				id,
				sentence: text.assignRole(fix.role, fix.principalId, fix.scope),
				command: assignRoleCommand(fix.principalId, fix.principalType, fix.scope, fix.role),
				call: `PUT ${fix.scope}/providers/Microsoft.Authorization/roleAssignments/{id}`,
				async run() {
					const role = await deps.azure.findRole(fix.scope, fix.role);
					if (!role) throw new WizardError(text.roleNotFound(fix.role), {code: 'RoleNotFound'});
					if (fix.replaces) await deps.azure.deleteRoleAssignment(fix.replaces);
					const result = await deps.azure.assignRole({
						scope: fix.scope,
						roleDefinitionId: role.id,
						principalId: fix.principalId,
						principalType: fix.principalType,
					});
					if (!result.created || !result.assignment) return {outcome: 'unchanged'};
					// `acr-wizard undo` removes the grant again (a narrower assignment it replaced is not put back).
					return {
						outcome: 'done',
						undo: {
							sentence: text.undoAssignRole(fix.role, fix.principalId, nameOf(fix.scope)),
							command: roleAssignmentDeleteCommand(result.assignment.id),
							kind: 'delete-role-assignment',
							params: {id: result.assignment.id},
						},
					};
				},
			};
		case 'import-image':
			return {
				id,
				sentence: text.importImage(fix.source, fix.target, nameOf(fix.registryId)),
				command: acrImportCommand({name: nameOf(fix.registryId), subscriptionId: ''}, fix.source, fix.target),
				call: `POST ${fix.registryId}/importImage`,
				async run() {
					const result = await deps.azure.importImage(fix.registryId, fix.source, fix.target);
					return {outcome: result.created ? 'done' : 'unchanged'};
				},
			};
		case 'update-scope-map': {
			const repositories = [...new Set(fix.actions.map((action) => /^repositories\/(.+)\/[^/]+\/[^/]+$/.exec(action)?.[1] ?? ''))].filter(
				(name) => name !== '',
			);
			return {
				id,
				sentence: text.updateScopeMap(fix.scopeMap),
				command: scopeMapCommand('update', fix.scopeMap, {name: nameOf(fix.registryId), id: fix.registryId, subscriptionId: ''}, repositories.slice(-1), [
					'content/read',
					'metadata/read',
				]),
				call: `PUT ${fix.registryId}/scopeMaps/${fix.scopeMap}`,
				async run() {
					await deps.azure.createScopeMap(fix.registryId, fix.scopeMap, fix.actions);
					return {outcome: 'done'};
				},
			};
		}
		case 'rewrite-secret':
			return {
				id,
				sentence: text.rewriteSecret(fix.name, fix.server),
				command: retypeSecretCommand(fix.name, fix.namespace, deps.context),
				call: `PUT /api/v1/namespaces/${fix.namespace}/secrets/${fix.name}`,
				async run() {
					// The credentials are read back from the secret itself and written again: they never leave this call.
					const secret = await deps.cluster.readPullSecret(fix.namespace, fix.name);
					const auth = secret?.auths[0];
					if (!secret || !auth) throw new WizardError(text.secretGone(fix.name), {code: 'NotFound'});
					await deps.cluster.deleteSecret(fix.namespace, fix.name);
					await deps.cluster.applyDockerRegistrySecret({
						namespace: fix.namespace,
						name: fix.name,
						server: fix.server,
						username: auth.username,
						password: auth.password,
					});
					return {outcome: 'done'};
				},
			};
		case 'set-image':
			return {
				id,
				sentence: text.setImage(fix.deployment, fix.image),
				command: setImageCommand(fix.deployment, fix.container, fix.image, fix.namespace, deps.context),
				call: `PUT /apis/apps/v1/namespaces/${fix.namespace}/deployments/${fix.deployment}`,
				async run() {
					await deps.cluster.setDeploymentImage(fix.namespace, fix.deployment, fix.container, fix.image);
					return {outcome: 'done'};
				},
			};
		case 'enable-token':
			return {
				id,
				sentence: text.enableToken(fix.name),
				command: tokenEnableCommand(fix.name, {name: nameOf(fix.registryId), id: fix.registryId, subscriptionId: ''}),
				call: `PATCH ${fix.registryId}/tokens/${fix.name}`,
				async run() {
					// PATCH, as the command does: a PUT would replace the token and drop the passwords its pull secret holds.
					await deps.azure.enableToken(fix.registryId, fix.name);
					return {outcome: 'done'};
				},
			};
		case 'renew-token-password':
			return {
				id,
				sentence: text.renewTokenPassword(nameOf(fix.tokenId), fix.slot, fix.secret),
				command: `${tokenPasswordCommand(nameOf(fix.tokenId), {name: nameOf(fix.registryId), id: fix.registryId, subscriptionId: ''}, undefined, undefined, fix.slot)}; ${createSecretCommand(fix.secret, {namespace: fix.namespace, context: deps.context}, fix.server, nameOf(fix.tokenId), '<new password>', {exists: true})}`,
				call: `POST ${fix.registryId}/generateCredentials; PUT /api/v1/namespaces/${fix.namespace}/secrets/${fix.secret}`,
				async run() {
					// The new password goes from Azure's answer straight into the secret: it is never shown, logged or recorded.
					const {username, password} = await deps.azure.generateTokenPassword(fix.registryId, fix.tokenId, fix.slot);
					await deps.cluster.applyDockerRegistrySecret({namespace: fix.namespace, name: fix.secret, server: fix.server, username, password: password.value});
					return {outcome: 'done'};
				},
			};
		case 'attach-client-token':
			return {
				id,
				sentence: text.attachClientToken(fix.token, fix.connectedRegistry),
				command: attachCommand({name: nameOf(fix.registryId)}, fix.connectedRegistry, fix.token),
				call: `PATCH ${fix.registryId}/connectedRegistries/${fix.connectedRegistry}`,
				async run() {
					const connected = await deps.azure.getConnectedRegistry(fix.registryId, fix.connectedRegistry);
					const tokenId = `${fix.registryId}/tokens/${fix.token}`;
					if ((connected?.clientTokenIds ?? []).some((item) => item.toLowerCase() === tokenId.toLowerCase())) return {outcome: 'unchanged'};
					await deps.azure.addClientTokens(fix.registryId, fix.connectedRegistry, [tokenId]);
					return {outcome: 'done'};
				},
			};
		case 'restart-pods':
			return {
				id,
				sentence: text.restartPods(fix.selector),
				command: restartPodsCommand(fix.selector, {namespace: fix.namespace, context: deps.context}),
				call: `DELETE /api/v1/namespaces/${fix.namespace}/pods?labelSelector=${fix.selector}`,
				async run() {
					await deps.cluster.restartPods(fix.namespace, fix.selector);
					return {outcome: 'done'};
				},
			};
	}
}

/** The restart that makes a workload's pods pull again now, unless the fix already rolls them (a new image, a restart). */
function restartFor(finding: Finding, pods: ReadonlyMap<string, {namespace: string; selector?: string}>): FixAction[] {
	const actions = finding.fix?.actions ?? [];
	if (actions.some((action) => action.kind === 'set-image' || action.kind === 'restart-pods')) return [];
	const pod = pods.get(finding.pod ?? '');
	return pod?.selector ? [{kind: 'restart-pods', namespace: pod.namespace, selector: pod.selector}] : [];
}

/** The plan that fixes the causes named first; `pods` gives each pod's workload selector (absent for a bare pod). */
export function fixPlan(findings: readonly Finding[], pods: ReadonlyMap<string, {namespace: string; selector?: string}>, deps: FixDeps): Plan {
	const causes = causesToFix(findings);
	const unique = new Map<string, FixAction>();
	for (const action of causes.flatMap((finding) => [...(finding.fix?.actions ?? []), ...restartFor(finding, pods)])) unique.set(JSON.stringify(action), action);
	return {stepId: 'doctor-fix', title: messages().doctor.report.planTitle, actions: [...unique.values()].map((action, index) => actionOf(action, deps, index))};
}
