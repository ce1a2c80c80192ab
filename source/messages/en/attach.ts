/** Messages of the AKS attach path. */
export const attach = {} as const;
