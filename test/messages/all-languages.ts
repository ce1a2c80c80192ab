/**
 * Every catalog is loaded before a test starts, so that a test can switch language with `setLanguage` at once (the CLI
 * loads only the one it speaks, with `loadLanguage`). English stays the language in use.
 */
import {loadLanguage} from '../../source/messages/catalog.js';
import {languageTags} from '../../source/messages/tags.js';

for (const tag of languageTags) await loadLanguage(tag);
await loadLanguage('en');
