/**
 * Loads a port's adapter on first use, so the first frame never waits for the Azure SDK or
 * the Kubernetes client to load. Every method of the port must return a promise.
 */

/** A port whose methods all return promises. */
type AsyncPort = object;

/** Wraps `load` in an object with the port's methods; the first call loads the adapter. */
export function lazyPort<T extends AsyncPort>(load: () => Promise<T>): T {
	let loaded: Promise<T> | undefined;
	const target = () => (loaded ??= load());
	return new Proxy({} as T, {
		get(_target, property) {
			if (property === 'then') return undefined;
			return async (...args: unknown[]) => {
				const port = await target();
				const method: unknown = Reflect.get(port, property);
				if (typeof method !== 'function') throw new TypeError(`The adapter has no method ${String(property)}.`);
				return Reflect.apply(method, port, args) as unknown;
			};
		},
	});
}
