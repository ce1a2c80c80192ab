/** French plurals: kept for the files that import it from here; the forms come from `intlOf('fr')`. */
export {plural} from './intl.js';
