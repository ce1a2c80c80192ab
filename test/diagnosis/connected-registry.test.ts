import {describe, expect, test} from 'vitest';
import {diagnose, type ConnectedRegistryFacts, type DiagnosisFacts} from '../../source/diagnosis/classify.js';
import type {PodsSnapshot} from '../../source/kubernetes/kubernetes.js';

const ip = '192.100.100.1';
const image = `${ip}/hello-world:latest`;
const chain = (tail: string, code = 'Unknown') =>
	`rpc error: code = ${code} desc = failed to pull and unpack image "${image}": failed to resolve reference "${image}": ${tail}`;
const errors = {
	unauthorized: chain(`failed to authorize: failed to fetch oauth token: unexpected status from POST request to https://${ip}/oauth2/token: 401 Unauthorized`),
	notFound: chain(`${image}: not found`, 'NotFound'),
	scope: chain('pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed'),
	x509: chain(
		`failed to do request: Head "https://${ip}/v2/hello-world/manifests/latest": tls: failed to verify certificate: x509: certificate signed by unknown authority`,
	),
	refused: chain(`failed to do request: Head "https://${ip}/v2/hello-world/manifests/latest": dial tcp ${ip}:443: connect: connection refused`),
};

const online: ConnectedRegistryFacts = {
	name: 'myconnectedregistry',
	connectionState: 'Online',
	lastSyncTime: '2026-12-01T10:00:00Z',
	clientTokens: ['mytoken'],
	clientToken: 'mytoken',
	clientTokenExists: true,
	clientScopeMap: 'mytoken-scope-map',
	clientRepositories: ['hello-world'],
	syncScopeMap: 'myconnectedregistry',
	syncRepositories: ['hello-world'],
	extensionName: 'myconnectedregistry',
	arcClusterName: 'arc-edge-cluster',
	arcResourceGroup: 'rg-edge',
	trustDistributed: true,
};

const facts = (connectedRegistry: Partial<ConnectedRegistryFacts> = {}): DiagnosisFacts => ({
	method: 'connected-registry',
	pullHosts: [ip],
	loginServer: 'edgeparent.azurecr.io',
	registryName: 'edgeparent',
	image,
	namespace: 'default',
	secretName: 'regcred',
	kubeContext: 'arc-edge-cluster',
	connectedRegistry: {...online, ...connectedRegistry},
});

const failing = (error: string): PodsSnapshot => ({
	pods: [{name: 'hello-world-deployment-1-a', namespace: 'default', ready: '0/1', status: 'ErrImagePull', restarts: 0, images: [image], message: error}],
	events: [{pod: 'hello-world-deployment-1-a', type: 'Warning', reason: 'Failed', message: `Failed to pull image "${image}": ${error}`, count: 1}],
});

describe('a connected registry’s pull failures, told apart by its facts', () => {
	test('a 401 with the token not attached names the token and gives --add-client-tokens', () => {
		const said = diagnose(failing(errors.unauthorized), facts({clientTokens: []}));
		expect(said?.kind).toBe('client-token-not-attached');
		expect(said?.explanation).toContain('mytoken is not');
		expect(said?.explanation).toContain(': 401 Unauthorized');
		expect(said?.fix).toBe('az acr connected-registry update --registry edgeparent --name myconnectedregistry --add-client-tokens mytoken');
	});

	test('a 401 with the token deleted says it does not exist and gives the token create and attach', () => {
		const said = diagnose(failing(errors.unauthorized), facts({clientTokens: [], clientTokenExists: false}));
		expect(said?.kind).toBe('client-token-not-attached');
		expect(said?.explanation).toContain('edgeparent has no such token');
		expect(said?.fix).toContain('az acr token create --name mytoken --registry edgeparent --scope-map mytoken-scope-map');
	});

	test('a 401 with the token attached is the secret’s password, fixed with a new password in regcred for the clusterIP', () => {
		const said = diagnose(failing(errors.unauthorized), facts());
		expect(said?.kind).toBe('bad-credentials');
		expect(said?.fix).toContain(
			`TOKEN_PASSWORD=$(az acr token credential generate --name mytoken --registry edgeparent --password1 --query "passwords[?name=='password1'].value | [0]" --output tsv)`,
		);
		expect(said?.fix).toContain(`--docker-server=${ip} --docker-username=mytoken --docker-password="$TOKEN_PASSWORD"`);
	});

	test('not found for a repository outside the sync scope gives permissions update --add', () => {
		const said = diagnose(failing(errors.notFound), facts({syncRepositories: ['nginx']}));
		expect(said?.kind).toBe('repository-not-synced');
		expect(said?.explanation).toContain('syncs nginx, not hello-world');
		expect(said?.fix).toBe('az acr connected-registry permissions update --registry edgeparent --name myconnectedregistry --add hello-world');
	});

	test('not found for a synced repository is left to the generic words (the image is missing in the cloud registry)', () => {
		expect(diagnose(failing(errors.notFound), facts())?.kind).toBe('image-not-found');
	});

	test('insufficient_scope names the client scope map to extend', () => {
		const said = diagnose(failing(errors.scope), facts());
		expect(said?.kind).toBe('token-scope');
		expect(said?.fix).toBe('az acr scope-map update --name mytoken-scope-map --registry edgeparent --add-repository hello-world content/read metadata/read');
	});

	test('any failure while the connected registry is Offline or never synced says it has not synced yet', () => {
		for (const error of [errors.unauthorized, errors.notFound, errors.refused]) {
			const said = diagnose(failing(error), facts({connectionState: 'Offline', lastSyncTime: undefined}));
			expect(said?.kind).toBe('connected-registry-offline');
			expect(said?.explanation).toContain('is Offline (last sync never)');
		}
	});

	test('x509 with trust distribution off gives the extension update turning it on', () => {
		const said = diagnose(failing(errors.x509), facts({trustDistributed: false}));
		expect(said?.kind).toBe('trust-not-distributed');
		expect(said?.fix).toContain('az k8s-extension update --name myconnectedregistry');
		expect(said?.fix).toContain('--config trustDistribution.enabled=true');
	});

	test('the pod’s UNAUTHORIZED line is a wrong sync password: a new connection string and the extension updated with it', () => {
		const line = 'Response: \'{"errors":[{"code":"UNAUTHORIZED","message":"Incorrect Password"}]}\'';
		const said = diagnose(failing(errors.refused), facts({podLogLine: line, connectionState: 'Offline'}));
		expect(said?.kind).toBe('sync-password-wrong');
		expect(said?.explanation).toContain('{"code":"UNAUTHORIZED","message":"Incorrect Password"}');
		expect(said?.fix).toContain('--generate-password 1');
		expect(said?.fix).toContain('--config-protected-file protected-settings-extension.json');
	});

	test('the pod’s ALREADY_ACTIVATED line gives az acr connected-registry deactivate', () => {
		const line =
			'Response: \'{"errors":[{"code":"ALREADY_ACTIVATED","message":"Failed to activate the connected registry as it is already activated by another instance."}]}\'';
		const said = diagnose(failing(errors.refused), facts({podLogLine: line, connectionState: 'Offline'}));
		expect(said?.kind).toBe('already-activated');
		expect(said?.fix).toBe('az acr connected-registry deactivate --name myconnectedregistry --registry edgeparent --yes');
	});

	test('without connected-registry facts, or for an image on another host, the generic diagnosis stands', () => {
		const {connectedRegistry: _dropped, ...bare} = facts({clientTokens: []});
		expect(diagnose(failing(errors.unauthorized), bare)?.kind).toBe('bad-credentials');
		expect(diagnose(failing(errors.unauthorized), {...facts({clientTokens: []}), pullHosts: ['10.0.0.9']})?.kind).toBe('wrong-login-server');
	});
});
