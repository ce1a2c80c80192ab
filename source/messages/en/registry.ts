/** Messages of the registry and method steps. */
export const registry = {} as const;
