import {generate} from 'selfsigned';

/** The sandbox's certificate authority and the server certificate it signed for loopback. */
export type SandboxTls = {
	/** PEM of the CA: what clients must trust. */
	readonly caPem: string;
	/** PEM private key of the server certificate. */
	readonly key: string;
	/** PEM server certificate for 127.0.0.1, ::1 and localhost (IP SANs included). */
	readonly cert: string;
};

const dayMs = 24 * 60 * 60 * 1000;

/** Makes a fresh EC P-256 CA and a server certificate for loopback (and `dnsNames`, e.g. `*.azurecr.io`), signed by it. */
export async function createSandboxTls(now: Date = new Date(), caName = 'acr-wizard sandbox CA', dnsNames: readonly string[] = []): Promise<SandboxTls> {
	const notBeforeDate = new Date(now.getTime() - 60_000);
	const notAfterDate = new Date(now.getTime() + 30 * dayMs);
	const ca = await generate([{name: 'commonName', value: caName}], {
		keyType: 'ec',
		curve: 'P-256',
		algorithm: 'sha256',
		notBeforeDate,
		notAfterDate,
		extensions: [
			{name: 'basicConstraints', cA: true, critical: true},
			{name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true},
		],
	});
	const server = await generate([{name: 'commonName', value: 'localhost'}], {
		keyType: 'ec',
		curve: 'P-256',
		algorithm: 'sha256',
		notBeforeDate,
		notAfterDate,
		ca: {key: ca.private, cert: ca.cert},
		extensions: [
			{name: 'basicConstraints', cA: false},
			{name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true},
			{name: 'extKeyUsage', serverAuth: true},
			{
				name: 'subjectAltName',
				altNames: [{type: 2, value: 'localhost'}, ...dnsNames.map((value) => ({type: 2 as const, value})), {type: 7, ip: '127.0.0.1'}, {type: 7, ip: '::1'}],
			},
		],
	});
	return {caPem: ca.cert, key: server.private, cert: server.cert};
}
