/** Meervouden en lijsten in het Nederlands (zie `../intl.ts`): van het platform, niet zelfgemaakt. */
import {intlOf} from '../intl.js';

export const {plural, list} = intlOf('nl');
