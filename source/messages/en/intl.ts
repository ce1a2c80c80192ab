/** Plurals, lists and dates in English (see `../intl.ts`). */
import {intlOf} from '../intl.js';

export const {plural, list, anyOf, date} = intlOf('en');
