/** Messages des écrans des pods et du récapitulatif. */
import type {en} from '../en.js';
import type {Shape} from './shape.js';

export const pods: Shape<typeof en.pods> = {
	none: 'Pas encore de pod.',
};

export const summary: Shape<typeof en.summary> = {
	title: 'Récapitulatif',
	nothing: 'Rien n’a été modifié.',
	undo: 'Pour annuler :',
};
