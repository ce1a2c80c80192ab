import {describe, expect, it} from 'vitest';
import {actionMatches, permits, roleAssignmentWrite} from '../../source/azure/azure-sdk-permissions.js';

describe('actionMatches', () => {
	it('matches exact actions without case', () => {
		expect(actionMatches('microsoft.authorization/roleassignments/write', roleAssignmentWrite)).toBe(true);
		expect(actionMatches('Microsoft.Authorization/roleAssignments/read', roleAssignmentWrite)).toBe(false);
	});

	it('expands the star in any position', () => {
		expect(actionMatches('*', roleAssignmentWrite)).toBe(true);
		expect(actionMatches('Microsoft.Authorization/*', roleAssignmentWrite)).toBe(true);
		expect(actionMatches('*/write', roleAssignmentWrite)).toBe(true);
		expect(actionMatches('Microsoft.Authorization/*/write', roleAssignmentWrite)).toBe(true);
		expect(actionMatches('*/read', roleAssignmentWrite)).toBe(false);
		expect(actionMatches('Microsoft.ContainerRegistry/*', roleAssignmentWrite)).toBe(false);
	});

	it('treats dots and other regex characters literally', () => {
		expect(actionMatches('MicrosoftXAuthorization/*', roleAssignmentWrite)).toBe(false);
	});
});

describe('permits', () => {
	it('allows an Owner (star) and a User Access Administrator', () => {
		expect(permits([{actions: ['*'], notActions: []}], roleAssignmentWrite)).toBe(true);
		expect(permits([{actions: ['*/read', 'Microsoft.Authorization/*', 'Microsoft.Support/*'], notActions: []}], roleAssignmentWrite)).toBe(true);
	});

	it('refuses a Contributor, whose notActions take role assignment writes away', () => {
		const contributor = {
			actions: ['*'],
			notActions: ['Microsoft.Authorization/*/Delete', 'Microsoft.Authorization/*/Write', 'Microsoft.Authorization/elevateAccess/Action'],
		};
		expect(permits([contributor], roleAssignmentWrite)).toBe(false);
	});

	it('subtracts notActions per role, so another role can still grant the action', () => {
		const contributor = {actions: ['*'], notActions: ['Microsoft.Authorization/*/Write']};
		const rbacAdmin = {actions: ['Microsoft.Authorization/roleAssignments/write']};
		expect(permits([contributor, rbacAdmin], roleAssignmentWrite)).toBe(true);
	});

	it('refuses when there are no permissions at all', () => {
		expect(permits([], roleAssignmentWrite)).toBe(false);
		expect(permits([{actions: ['*/read']}], roleAssignmentWrite)).toBe(false);
	});
});
