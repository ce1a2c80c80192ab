import {describe, expect, test, vi} from 'vitest';

/** catalog.ts as the CLI starts it: a fresh copy, with nothing but English loaded (the test setup loads every catalog into the shared one). */
async function freshCatalog() {
	vi.resetModules();
	return import('../../source/messages/catalog.js');
}

describe('catalogs loaded on demand', () => {
	test('English is there from the start, without loading', async () => {
		const catalog = await freshCatalog();
		expect(catalog.language()).toBe('en');
		expect(catalog.messages().flags.describe.help).toBe('print this help');
	});

	test('loadLanguage loads another catalog and speaks it', async () => {
		const catalog = await freshCatalog();
		await catalog.loadLanguage('fr');
		expect(catalog.language()).toBe('fr');
		expect(catalog.messages().flags.describe.help).toBe('afficher cette aide');
		await catalog.loadLanguage('en');
		expect(catalog.messages().flags.describe.help).toBe('print this help');
	});

	test('setLanguage refuses a catalog that was never loaded, and keeps the language in use', async () => {
		const catalog = await freshCatalog();
		expect(() => catalog.setLanguage('nl')).toThrow("loadLanguage('nl')");
		expect(catalog.language()).toBe('en');
	});
});
