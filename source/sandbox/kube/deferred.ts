/** A promise with its resolver, like ES2024 `Promise.withResolvers` (the project targets ES2023). */
export type Deferred = {promise: Promise<void>; resolve: () => void};

/** Creates a deferred void promise. */
export function deferred(): Deferred {
	let resolve: () => void = () => undefined;
	const promise = new Promise<void>((done) => {
		resolve = done;
	});
	return {promise, resolve};
}
