import {ArmError} from './http/errors.js';
import type {Authenticate} from './http/server.js';
import {verifyJwt} from './jwt.js';

const graphAudiences = ['https://graph.microsoft.com', '00000003-0000-0000-c000-000000000000'];

/** Makes the bearer-token check ARM and Graph use: a valid sandbox JWT, for the right audience, else 401 as ARM answers. */
export function createAuthenticate(secret: Buffer, now: () => Date, authority: () => string, tenantId: string, graphEndpoint: () => string): Authenticate {
	const challenge = (description: string): Record<string, string> => ({
		'WWW-Authenticate': `Bearer authorization_uri="${authority()}/${tenantId}", error="invalid_token", error_description="${description}"`,
	});
	return (authorization, surface) => {
		const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
		if (!match) {
			const description = "The authentication failed because of missing 'Authorization' header.";
			return new ArmError(401, 'AuthenticationFailed', "Authentication failed. The 'Authorization' header is missing.", undefined, challenge(description));
		}
		const checked = verifyJwt(match[1] ?? '', secret, Math.floor(now().getTime() / 1000));
		if (!checked.ok) {
			const expired = checked.reason.includes('expiry');
			return new ArmError(
				401,
				expired ? 'ExpiredAuthenticationToken' : 'InvalidAuthenticationToken',
				expired ? 'The access token expiry UTC time is earlier than current UTC time.' : 'The access token is invalid.',
				undefined,
				challenge(checked.reason),
			);
		}
		const aud = checked.claims.aud.replace(/\/+$/, '').toLowerCase();
		const isGraphToken = graphAudiences.includes(aud) || aud === graphEndpoint().toLowerCase();
		if ((surface === 'graph') !== isGraphToken) {
			return new ArmError(
				401,
				'InvalidAuthenticationTokenAudience',
				'The access token has been obtained for wrong audience or resource. It should exactly match with one of the allowed audiences.',
				undefined,
				challenge('The access token audience is not valid for this resource.'),
			);
		}
		return {
			objectId: checked.claims.oid,
			tenantId: checked.claims.tid,
			displayName: checked.claims.upn ?? checked.claims.name ?? checked.claims.appid ?? checked.claims.oid,
		};
	};
}
