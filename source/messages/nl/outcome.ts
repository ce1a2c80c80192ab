/** Berichten van de pod- en samenvattingsschermen. */
import type {Catalog} from '../catalog.js';

export const pods: Catalog['pods'] = {
	none: 'Nog geen pods.',
};

export const summary: Catalog['summary'] = {
	title: 'Samenvatting',
	nothing: 'Er is niets gewijzigd.',
	undo: 'Ongedaan maken:',
};
