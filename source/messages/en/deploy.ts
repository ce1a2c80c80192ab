/** Messages of the sample deployment, live pod status, diagnosis, summary and undo. */
export const deploy = {} as const;
