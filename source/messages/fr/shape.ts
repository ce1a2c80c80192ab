/**
 * The English catalog's shape with its literal strings widened to `string`, so that a translation
 * has to provide the same keys, the same array lengths and the same function parameters.
 */
export type Shape<T> = T extends string
	? string
	: T extends (...args: infer A) => infer R
		? (...args: A) => Shape<R>
		: T extends readonly unknown[]
			? {readonly [K in keyof T]: Shape<T[K]>}
			: T extends object
				? {readonly [K in keyof T]: Shape<T[K]>}
				: T;
