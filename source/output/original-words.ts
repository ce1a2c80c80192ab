/**
 * The words of Azure or the cluster behind a translated error. --verbose shows the whole cause; in
 * another language than English its first line is shown anyway, so that the reader keeps the
 * original message (to search for, or to quote in a support case) beside its translation.
 */
import {language} from '../messages/catalog.js';

export function originalWords(detail: string | undefined, verbose: boolean): readonly string[] {
	if (!detail) return [];
	if (verbose) return detail.split('\n');
	if (language() === 'en') return [];
	const [first = ''] = detail.split('\n');
	return first === '' ? [] : [first];
}
