/** Tables as `az … --output table` and `kubectl get` print them: a header, columns padded to their widest cell. */

/** The lines of a table, two spaces between columns, no trailing blanks. */
export function tableLines(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
	const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => (row[index] ?? '').length)));
	return [header, ...rows].map((cells) =>
		cells
			.map((cell, index) => cell.padEnd(widths[index] ?? 0))
			.join('  ')
			.trimEnd(),
	);
}

/** An ISO time as az's tables show it in UTC: `2024-05-09 12:00:00`. */
export function utcTime(iso: string): string {
	const time = new Date(iso);
	return Number.isNaN(time.getTime()) ? iso : time.toISOString().slice(0, 19).replace('T', ' ');
}
