/** IPv4 service CIDR arithmetic for clusterIP allocation. */

/** A parsed IPv4 CIDR. */
export type Cidr = {text: string; base: number; size: number};

/** Parses `10.0.0.0/16`. */
export function parseCidr(text: string): Cidr {
	const [address = '', bits = '32'] = text.split('/');
	const prefix = Number(bits);
	const size = 2 ** (32 - prefix);
	const base = Math.floor((ipToNumber(address) ?? 0) / size) * size;
	return {text, base, size};
}

/** The numeric value of a dotted IPv4 address, or undefined when it is not one. */
export function ipToNumber(ip: string): number | undefined {
	const parts = ip.split('.');
	if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part) || Number(part) > 255)) return undefined;
	return parts.reduce((sum, part) => sum * 256 + Number(part), 0);
}

/** Dotted form of a numeric IPv4 address. */
export function numberToIp(value: number): string {
	return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

/** True when the IP lies inside the range, excluding network and broadcast addresses. */
export function contains(cidr: Cidr, ip: string): boolean {
	const value = ipToNumber(ip);
	return value !== undefined && value > cidr.base && value < cidr.base + cidr.size - 1;
}

/** The n-th usable address of the range (1 is the first after the network address). */
export function nthAddress(cidr: Cidr, n: number): string {
	return numberToIp(cidr.base + n);
}
