import type {SandboxContext} from '../context.js';
import {bodyObject, stringField} from '../context.js';
import {ArmError} from '../http/errors.js';
import type {Router} from '../http/router.js';
import {newSecret, requireRegistry} from '../azure/registries.js';

const base = '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.ContainerRegistry/registries/:name';

/** Serves regenerateCredential (az acr credential renew): a new value for one admin password. */
export function addRegistryAccessRoutes(router: Router, ctx: SandboxContext): void {
	router.add('POST', `${base}/regenerateCredential`, (r, p) => {
		const registry = requireRegistry(ctx, p.sub ?? '', p.rg ?? '', p.name ?? '');
		if (!registry.adminUserEnabled) {
			throw new ArmError(
				400,
				'UnAuthorizedForCredentialOperations',
				`Cannot perform credential operations for ${registry.id} as admin user is disabled. Kindly enable admin user as per docs: https://docs.microsoft.com/en-us/azure/container-registry/container-registry-authentication#admin-account`,
			);
		}
		const name = stringField(bodyObject(r), 'name');
		if (name !== 'password' && name !== 'password2') {
			throw new ArmError(400, 'InvalidParameter', `The value '${String(name)}' of parameter 'name' is invalid. Allowed values are: password, password2.`);
		}
		registry.adminPasswords[name === 'password' ? 0 : 1] = newSecret();
		ctx.notifyAccessChange();
		const [password, password2] = registry.adminPasswords;
		return {
			status: 200,
			body: {
				username: registry.name,
				passwords: [
					{name: 'password', value: password},
					{name: 'password2', value: password2},
				],
			},
		};
	});
}
