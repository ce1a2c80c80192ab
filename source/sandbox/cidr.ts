/** Whether an IPv4 address lies inside a CIDR range such as `10.0.0.0/16`. */
export function ipInCidr(ip: string, cidr: string): boolean {
	const [range = '', bitsText = '32'] = cidr.split('/');
	const toNumber = (text: string): number | undefined => {
		const parts = text.split('.').map((x) => Number(x));
		if (parts.length !== 4 || parts.some((x) => !Number.isInteger(x) || x < 0 || x > 255)) {
			return undefined;
		}
		return parts.reduce((acc, x) => acc * 256 + x, 0);
	};
	const address = toNumber(ip);
	const base = toNumber(range);
	const bits = Number(bitsText);
	if (address === undefined || base === undefined || !Number.isInteger(bits) || bits < 0 || bits > 32) {
		return false;
	}
	const size = 2 ** (32 - bits);
	return Math.floor(address / size) === Math.floor(base / size);
}

/** Whether a string is a dotted IPv4 address. */
export const isIpv4 = (text: string): boolean => /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(text);
