/** Pluriels, listes et dates en français (voir `../intl.ts`) : 0 et 1 prennent le singulier. */
import {intlOf} from '../intl.js';

export const {plural, list, anyOf, date} = intlOf('fr');
