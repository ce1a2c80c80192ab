import {describe, expect, test} from 'vitest';
import {chooseCredential} from '../../../source/steps/pull-secret/credential.js';
import {sessionOf} from '../../../source/steps/pull-secret/session.js';
import {GoBack} from '../../../source/wizard/errors.js';
import {fakeAzure, fakeIds} from '../../helpers/fake-azure.js';
import {pullSecretContext, q, registry, storeText} from './context.js';

const newPrincipal = {[q.kind]: 'new-service-principal', [q.spName]: 'acr-service-principal', [q.role]: 'acrpull', [q.apply(2)]: 'apply'};

const seedScript = (role: string) =>
	[
		`PASSWORD=$(az ad sp create-for-rbac --name acr-service-principal --scopes ${registry.id} --role ${role} --query "password" --output tsv)`,
		'USER_NAME=$(az ad sp list --display-name acr-service-principal --query "[].appId" --output tsv)',
	].join('\n');

describe('credential: new service principal', () => {
	test("creates the principal with a password and assigns acrpull at the registry scope, with the seed's script as the commands", async () => {
		const context = pullSecretContext(newPrincipal);
		await chooseCredential.run(context);
		const {plan, journal} = context.store.getState();
		expect(plan?.actions.map((action) => action.command)).toEqual([
			seedScript('acrpull'),
			`az role assignment create --assignee $USER_NAME --scope ${registry.id} --role acrpull`,
		]);
		expect(journal.map((entry) => entry.outcome)).toEqual(['done', 'done']);
		const [principal] = context.azure.world.servicePrincipals;
		expect(principal?.displayName).toBe('acr-service-principal');
		expect(context.azure.world.roleAssignments).toEqual([expect.objectContaining({scope: registry.id, principalId: principal?.objectId})]);
		expect(context.azure.world.roleAssignments[0]?.roleDefinitionId).toContain(fakeIds.acrPullRoleId);
		const credential = sessionOf(context).credential;
		expect(credential?.username).toBe(principal?.appId);
		expect(credential?.password.reveal()).toBe('fake-secret-password-1');
		expect(journal.map((entry) => entry.undo?.kind)).toEqual(['delete-service-principal', 'delete-role-assignment']);
		context.prompter.verify();
	});

	test('the password is nowhere in the store, the journal or the notices', async () => {
		const context = pullSecretContext(newPrincipal);
		await chooseCredential.run(context);
		expect(storeText(context)).not.toContain('fake-secret-password');
		expect(JSON.stringify(sessionOf(context).credential)).not.toContain('fake-secret-password');
	});

	test('explains the three roles as the seeds do, acrpull first', async () => {
		const context = pullSecretContext({...newPrincipal, [q.role]: 'acrpush'});
		await chooseCredential.run(context);
		const role = context.prompter.asked.find((question) => question.message === q.role);
		expect(role?.kind === 'select' ? role.spec.choices.map((choice) => `${choice.value}: ${choice.hint ?? ''}`) : []).toEqual([
			'acrpull: pull only',
			'acrpush: push and pull',
			'owner: push, pull, and assign roles',
		]);
		expect(context.store.getState().plan?.actions[0]?.command).toBe(seedScript('acrpush'));
	});

	const taken = () => fakeAzure({}, {world: (world) => world.servicePrincipals.push({appId: 'a', objectId: 'o', displayName: 'acr-service-principal'})});

	test('a name already in the tenant offers to reuse that principal; declined, that name is refused and another is taken', async () => {
		const context = pullSecretContext(
			{...newPrincipal, [q.spName]: ['acr-service-principal', 'acr-service-principal', 'acr-sp-kind'], [q.reuse('acr-service-principal')]: 'no'},
			{azure: taken()},
		);
		await chooseCredential.run(context);
		const reuse = context.prompter.asked.find((question) => question.message === q.reuse('acr-service-principal'));
		expect(reuse?.kind === 'select' ? reuse.spec.choices.map((choice) => choice.label) : []).toEqual(['Reuse it', 'Choose another name']);
		expect(context.prompter.refusals).toEqual([
			"Name of the new service principal: acr-service-principal → A service principal named acr-service-principal already exists ('http://acr-service-principal' already exists) and is not to be reused: choose another name.",
		]);
		expect(context.azure.calls.createServicePrincipal).toEqual([['acr-sp-kind', expect.any(Function)]]);
	});

	test('reusing the principal that holds the name gives it the role and adds a password: no second principal', async () => {
		const context = pullSecretContext({...newPrincipal, [q.reuse('acr-service-principal')]: 'yes', [q.apply(2)]: 'apply'}, {azure: taken()});
		await chooseCredential.run(context);
		expect(context.azure.calls.createServicePrincipal).toEqual([]);
		expect(context.azure.calls.resetPassword).toHaveLength(1);
		expect(context.azure.world.servicePrincipals).toHaveLength(1);
		expect(context.azure.world.roleAssignments).toEqual([expect.objectContaining({scope: registry.id, principalId: 'o'})]);
		expect(sessionOf(context).credential).toMatchObject({kind: 'existing-service-principal', username: 'a'});
	});

	test('without permission to assign roles it stops before acting and points to the token', async () => {
		const azure = fakeAzure({}, {world: (world) => void (world.canWriteRoleAssignments = false)});
		const seen: string[] = [];
		const context = pullSecretContext(
			{
				[q.kind]: [
					'new-service-principal',
					(question) => {
						seen.push(question.kind === 'select' ? (question.spec.default ?? '') : '');
						seen.push(context.store.getState().error?.message ?? '');
						return new GoBack();
					},
				],
			},
			{azure},
		);
		await expect(chooseCredential.run(context)).rejects.toBeInstanceOf(GoBack);
		expect(seen).toEqual([
			'token',
			'Your account cannot assign roles on the registry myregistry, so a service principal would get no access to it. Nothing was changed.',
		]);
		expect(context.store.getState().error?.suggestion).toContain('Repository-scoped token');
		expect(azure.calls.createServicePrincipal).toHaveLength(0);
		expect(context.prompter.messages()).not.toContain(q.spName);
	});

	test('running the step again creates no second principal or role assignment', async () => {
		const context = pullSecretContext({
			...newPrincipal,
			[q.kind]: ['new-service-principal', 'new-service-principal'],
			[q.spName]: ['acr-service-principal', 'acr-service-principal'],
			[q.role]: ['acrpull', 'acrpull'],
			[q.apply(2)]: ['apply', 'apply'],
		});
		await chooseCredential.run(context);
		const first = sessionOf(context).credential;
		await chooseCredential.run(context);
		expect(context.azure.calls.createServicePrincipal).toHaveLength(1);
		expect(context.azure.world.roleAssignments).toHaveLength(1);
		expect(sessionOf(context).credential?.username).toBe(first?.username);
		// The plan is shown and confirmed again (resume is scoped to one run of a plan); its actions find everything in place.
		expect(context.prompter.messages().filter((message) => message === q.apply(2))).toHaveLength(2);
		context.prompter.verify();
	});

	test('Esc on the name returns to the credential question', async () => {
		const context = pullSecretContext({
			[q.kind]: ['new-service-principal', 'token'],
			[q.spName]: new GoBack(),
			[q.tokenName]: 'acr-pull-token',
			[q.repositories]: 'nginx',
			[q.access]: 'pull',
			[q.expiry]: '',
			[q.apply(3)]: 'apply',
		});
		await chooseCredential.run(context);
		expect(sessionOf(context).credential?.kind).toBe('token');
		context.prompter.verify();
	});
});
