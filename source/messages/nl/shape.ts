/**
 * The shape a translation of an English catalog file takes: the same keys and function parameters,
 * with every English string literal widened to `string` (the English files are `as const`).
 */
export type Translation<T> = T extends string
	? string
	: T extends (...args: infer A) => infer R
		? (...args: A) => Translation<R>
		: T extends readonly unknown[]
			? {readonly [K in keyof T]: Translation<T[K]>}
			: T extends object
				? {readonly [K in keyof T]: Translation<T[K]>}
				: T;
