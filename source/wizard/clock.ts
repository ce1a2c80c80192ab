/** The clock port: time and waiting, injectable so tests never depend on the wall clock. */
export type Clock = {
	now(): Date;
	sleep(ms: number): Promise<void>;
};

/** The real clock. */
export const systemClock: Clock = {
	now: () => new Date(),
	sleep: async (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
