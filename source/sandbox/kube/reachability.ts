import type {Server} from 'node:https';
import type {ApiServerAccess} from './access.js';

/**
 * Keeps a running API server in step with its access rules: it stops listening while the cluster must not answer
 * (clients then meet a refused connection, as a stopped or private cluster's endpoint is unreachable) and listens on
 * the same port again when it may, and it presents the certificate the access rules name. Returns how to stop following.
 */
export function followAccess(server: Server, port: number, access: ApiServerAccess, started: {readonly cert: string}): () => void {
	// What the server was created with; a cluster whose CA was rotated before it started switches at once.
	let presented: {readonly cert: string} = started;
	const sync = (): void => {
		const certificate = access.certificate();
		if (certificate.cert !== presented.cert) {
			presented = certificate;
			server.setSecureContext({key: certificate.key, cert: certificate.cert});
			// Kept-alive connections would go on with the old certificate; a rotated CA is seen on the next connection.
			server.closeIdleConnections();
		}
		const reachable = access.reachable();
		if (!reachable && server.listening) {
			server.close();
			server.closeAllConnections();
		} else if (reachable && !server.listening) {
			server.listen(port, '127.0.0.1');
		}
	};
	// A port taken while the cluster was stopped leaves it unreachable, as a real endpoint that never came back would be.
	const ignore = (): void => undefined;
	server.on('error', ignore);
	sync();
	const stop = access.onChange(sync);
	return () => {
		stop();
		server.off('error', ignore);
	};
}
