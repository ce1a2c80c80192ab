/** The answers of the connected-registry path, checked as the CLI and the service check them. */
import {messages} from '../../messages/catalog.js';

/** 5–40 lower-case letters and digits, starting with a letter (the service's and `az acr connected-registry create`'s rule). */
export function validateConnectedRegistryName(value: string): string | undefined {
	const text = messages().connectedRegistry.create;
	const name = value.trim();
	if (name.length < 5 || name.length > 40) return text.nameLength(name.length);
	if (!/^[a-z][a-z0-9]*$/.test(name)) return text.nameCharacters;
	return undefined;
}

const cronField = /^(\*|\d+(-\d+)?)(\/\d+)?(,(\*|\d+(-\d+)?)(\/\d+)?)*$/;

/** The values each cron field takes: minute, hour, day of month, month, day of week (0 and 7 are Sunday). */
const cronRanges = [
	{field: 'minute', low: 0, high: 59},
	{field: 'hour', low: 0, high: 23},
	{field: 'dayOfMonth', low: 1, high: 31},
	{field: 'month', low: 1, high: 12},
	{field: 'dayOfWeek', low: 0, high: 7},
] as const;

/** Five cron fields, each `*`, a number, a range, a step or a list of them, every number within its field's range. */
export function validateSchedule(value: string): string | undefined {
	const text = messages().connectedRegistry.create;
	const fields = value.trim().split(/\s+/);
	if (fields.length !== 5 || !fields.every((field) => cronField.test(field))) return text.scheduleInvalid;
	for (const [index, field] of fields.entries()) {
		const range = cronRanges[index];
		if (!range) continue;
		// Step sizes (`*/15`) are counts, not values of the field.
		const values = field.split(',').flatMap((part) =>
			(part.split('/')[0] ?? '')
				.split('-')
				.filter((item) => item !== '*')
				.map(Number),
		);
		const wrong = values.find((item) => item < range.low || item > range.high);
		if (wrong !== undefined) return text.scheduleOutOfRange(field, text.cronFields[range.field], range.low, range.high);
	}
	return undefined;
}

/** Whether a schedule is continuous (every minute): the service then ignores the sync window. */
export const isEveryMinute = (schedule: string): boolean => schedule.trim().split(/\s+/).join(' ') === '* * * * *';

/** An ISO 8601 duration (`PT4H`, `P1D`, `PT30M`); empty is allowed here, the schedule decides whether one is needed. */
export function validateWindow(value: string): string | undefined {
	if (value.trim() === '') return undefined;
	return /^P(?=\d|T\d)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/.test(value.trim()) ? undefined : messages().connectedRegistry.create.windowInvalid;
}

/** Repository names, comma- or space-separated, lower case. */
export function parseRepositories(value: string): string[] {
	return [
		...new Set(
			value
				.split(/[\s,]+/)
				.map((item) => item.trim())
				.filter((item) => item !== ''),
		),
	];
}

/** The numeric value of a dotted IPv4 address, or undefined. */
function ipNumber(ip: string): number | undefined {
	const parts = ip.trim().split('.');
	if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part) || Number(part) > 255)) return undefined;
	return parts.reduce((sum, part) => sum * 256 + Number(part), 0);
}

const dotted = (value: number): string => [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');

/** The usable addresses of a CIDR: [first, last] (network and broadcast excluded). */
function rangeOf(cidr: string): {first: number; last: number} | undefined {
	const [address = '', bits = ''] = cidr.split('/');
	const base = ipNumber(address);
	const prefix = Number(bits);
	if (base === undefined || !Number.isInteger(prefix) || prefix < 1 || prefix > 30) return undefined;
	const size = 2 ** (32 - prefix);
	const network = Math.floor(base / size) * size;
	return {first: network + 1, last: network + size - 2};
}

/** Refuses an address outside the range or held by a Service, saying which range is valid. */
export function checkClusterIP(value: string, range: string, used: readonly string[]): string | undefined {
	const text = messages().connectedRegistry.clusterIP;
	const ip = ipNumber(value);
	if (ip === undefined) return text.notAnAddress(value);
	const usable = rangeOf(range);
	if (!usable || ip < usable.first || ip > usable.last) return text.outside(value.trim(), range);
	if (used.includes(value.trim())) return text.inUse(value.trim());
	return undefined;
}

/** A free address to propose: the seed's `x.y.100.1` shape when the range holds it, else the first free one after the first 100. */
export function proposeClusterIP(range: string, used: readonly string[]): string | undefined {
	const usable = rangeOf(range);
	if (!usable) return undefined;
	const seedShape = Math.floor(usable.first / 65_536) * 65_536 + 100 * 256 + 1;
	const candidates = [seedShape, ...Array.from({length: 400}, (_, index) => usable.first + 100 + index)];
	const free = candidates.find((candidate) => candidate >= usable.first && candidate <= usable.last && !used.includes(dotted(candidate)));
	return free === undefined ? undefined : dotted(free);
}
