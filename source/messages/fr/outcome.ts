/** Messages des écrans des pods et du récapitulatif. */
import type {Catalog} from '../catalog.js';

export const pods: Catalog['pods'] = {
	none: 'Pas encore de pod.',
};

export const summary: Catalog['summary'] = {
	title: 'Récapitulatif',
	nothing: 'Rien n’a été modifié.',
	undo: 'Pour annuler :',
};
