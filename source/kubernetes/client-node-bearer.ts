/**
 * A cluster user whose bearer token expires (an Entra ID AKS cluster: the token for its server application lasts
 * about an hour). kubelogin renews it before each request once it is close to expiry; a kubeconfig held in memory
 * with a fixed token would make every request after the expiry a 401, and a long watch would die at its next
 * reconnect. Here the token is renewed the same way: before a request, when less than the margin is left, one
 * renewal (shared by the requests that meet it) replaces the user's token, with a deadline.
 */
import type {KubeConfig} from '@kubernetes/client-node';
import {messages} from '../messages/catalog.js';
import {KubeError, type BearerSource, type BearerToken} from './kubernetes.js';

/** kubelogin and MSAL renew a token five minutes before it expires. */
const renewMarginMs = 5 * 60_000;
/** When a renewal answers no later token (a credential's cache), the next try waits this long. */
const retryAfterMs = 30_000;

/** The margin for a token that lasts `lifetimeMs`: five minutes, or half its life for a short-lived one. */
function marginFor(lifetimeMs: number): number {
	return Math.min(renewMarginMs, Math.max(0, lifetimeMs / 2));
}

/** Makes `config`'s current user carry `token` (in the in-memory copy only). */
function carryToken(config: KubeConfig, token: string): void {
	const user = config.getCurrentUser();
	if (!user) return;
	config.users = config.users.map((item) => (item.name === user.name ? {...item, token} : item));
}

/**
 * Puts `source.first` on the current user and returns what to await before each request: it renews the token
 * when it is within its margin of expiry. A renewal that fails or passes `deadlineMs` rejects that request with a
 * KubeError in words (the next request tries again).
 */
export function renewingBearer(config: KubeConfig, source: BearerSource, deadlineMs: number, now: () => number = Date.now): () => Promise<void> {
	let current: BearerToken = source.first;
	let renewAt = current.expiresOnTimestamp - marginFor(current.expiresOnTimestamp - now());
	let pending: Promise<void> | undefined;
	carryToken(config, current.token);
	const renew = async (): Promise<void> => {
		let timer: NodeJS.Timeout | undefined;
		const deadline = new Promise<never>((_resolve, reject) => {
			timer = setTimeout(
				() => reject(new KubeError(messages().errors.kube.adapter.tokenRenewalTimeout(Math.round(deadlineMs / 1000)), 'TokenRenewalTimeout')),
				deadlineMs,
			);
			timer.unref();
		});
		try {
			const next = await Promise.race([source.renew(), deadline]);
			const at = now();
			if (next.expiresOnTimestamp > current.expiresOnTimestamp) {
				current = next;
				carryToken(config, next.token);
				renewAt = next.expiresOnTimestamp - marginFor(next.expiresOnTimestamp - at);
			} else {
				renewAt = Math.min(at + retryAfterMs, current.expiresOnTimestamp);
			}
		} catch (error) {
			if (error instanceof KubeError) throw error;
			const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
			throw new KubeError(messages().errors.kube.adapter.tokenRenewalFailed(detail), 'TokenRenewalFailed');
		} finally {
			clearTimeout(timer);
		}
	};
	return async () => {
		if (now() < renewAt) return;
		pending ??= renew().finally(() => (pending = undefined));
		await pending;
	};
}
