/**
 * Column alignment by display width, not by UTF-16 length: a Chinese character takes two columns
 * of the terminal (as Ink measures it), so `'订阅'.padEnd(10)` would leave the next column two short.
 */
import stringWidth from 'string-width';

/** The columns `text` takes on a terminal. */
export function displayWidth(text: string): number {
	return stringWidth(text);
}

/** `text` followed by spaces up to `width` columns (as `padEnd`, measured on screen). */
export function padEndColumns(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}
