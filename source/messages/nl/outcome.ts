/** Berichten van de pod- en samenvattingsschermen. */
import type {pods as enPods, summary as enSummary} from '../en/outcome.js';
import type {Translation} from './shape.js';

export const pods: Translation<typeof enPods> = {
	none: 'Nog geen pods.',
};

export const summary: Translation<typeof enSummary> = {
	title: 'Samenvatting',
	nothing: 'Er is niets gewijzigd.',
	undo: 'Ongedaan maken:',
};
