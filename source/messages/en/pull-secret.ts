/** Messages of the pull-secret path. */
export const pullSecret = {} as const;
