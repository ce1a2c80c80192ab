/** The @kubernetes/client-node adapter (being written): the only file that imports it. */
import type {Kubernetes} from './kubernetes.js';

/** Creates the Kubernetes port. */
export function createKubernetes(): Kubernetes {
	throw new Error('The Kubernetes adapter is not built yet.');
}
