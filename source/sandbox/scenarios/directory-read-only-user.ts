import type {Scenario} from './types.js';

/** The tenant sets "Users can register applications" to No, and the user holds no directory role. */
export const directoryReadOnlyUser: Scenario = {
	name: 'directory-read-only-user',
	description: "The user may read the directory but not register applications: creating a service principal answers Graph's 403 Authorization_RequestDenied.",
	apply({state}) {
		state.control.graphPermissions.set(state.user.userPrincipalName.toLowerCase(), ['Application.Read.All', 'Directory.Read.All']);
	},
};
