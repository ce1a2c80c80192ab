/**
 * What would fix a diagnosed cause, decided from the diagnosis and the setup's facts alone (no run
 * behind it): a wizard path turns the remedy into its plan, with its own names and actions; a path
 * with no way to carry a remedy out offers none. Pure, like the diagnosis itself.
 */
import type {Diagnosis, DiagnosisFacts} from './facts.js';
import {parseImageRef} from './image-ref.js';

/** What the pull secret carries, when there is one. */
export type SecretCredential = 'service-principal' | 'token';

/** The facts a remedy also depends on: the credential in the pull secret, and whether its principal holds a pull role. */
export type RemedyFacts = DiagnosisFacts & {
	readonly credential?: SecretCredential;
	/** Whether the pull secret's service principal holds a pull role on the registry (unknown counts as held). */
	readonly pullRoleHeld?: boolean;
	/** The image the registry should hold for the sample (`nginx:v1`): only that one can be imported again. */
	readonly sampleImage?: string;
};

export type Remedy =
	/** Give the puller a pull role: AcrPull to the kubelet identity (attach), or to the pull secret's principal. */
	| {readonly kind: 'grant-pull'}
	/** The pull secret's password was refused: a new one (a token password, or one added to the principal), and the secret updated. */
	| {readonly kind: 'new-password'; readonly credential: SecretCredential}
	/** The token's scope map lacks the image's repository. */
	| {readonly kind: 'widen-token-scope'; readonly repository: string}
	/** The pull secret is missing in the pod's namespace, or names another server: (re)write it for the login server. */
	| {readonly kind: 'write-secret'; readonly namespace: string; readonly name: string; readonly server: string; readonly exists: boolean}
	/** The sample image is missing from the registry: import it again. */
	| {readonly kind: 'import-sample'; readonly image: string};

/** The remedy for `diagnosis` in a setup with these facts, or undefined when none can be made by the wizard. */
export function remedyFor(diagnosis: Diagnosis, facts: RemedyFacts): Remedy | undefined {
	const secret = (exists: boolean): Remedy | undefined =>
		facts.secretName === undefined ? undefined : {kind: 'write-secret', namespace: facts.namespace, name: facts.secretName, server: facts.loginServer, exists};
	switch (diagnosis.kind) {
		case 'image-not-found': {
			const {repository, tag} = parseImageRef(facts.image);
			return facts.sampleImage !== undefined && `${repository}:${tag}` === facts.sampleImage ? {kind: 'import-sample', image: facts.sampleImage} : undefined;
		}
		case 'no-pull-permission':
			// With a pull secret, no credentials were sent for this server: the secret names another one. A grant that is
			// there but not in effect yet has nothing to fix: granting it again would change nothing.
			if (facts.method === 'attach' && facts.pullGrantPending !== undefined) return undefined;
			return facts.method === 'attach' ? {kind: 'grant-pull'} : facts.method === 'pull-secret' ? secret(true) : undefined;
		case 'bad-credentials':
			if (facts.method !== 'pull-secret' || facts.credential === undefined) return undefined;
			// A principal without a pull role is refused like a wrong password: the role first.
			if (facts.credential === 'service-principal' && facts.pullRoleHeld === false) return {kind: 'grant-pull'};
			return {kind: 'new-password', credential: facts.credential};
		case 'token-scope':
			if (facts.method !== 'pull-secret' || facts.credential === undefined) return undefined;
			return facts.credential === 'token' ? {kind: 'widen-token-scope', repository: parseImageRef(facts.image).repository} : {kind: 'grant-pull'};
		case 'secret-not-found':
			return facts.method === 'pull-secret' ? secret(false) : undefined;
		default:
			return undefined;
	}
}
