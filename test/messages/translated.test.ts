/**
 * No English left where a translation is expected: every string of a catalog, and what every
 * function of it says for stand-in arguments, is compared with the English catalog's. Commands,
 * flags, codes, resource names and product names may stay as they are (the allow-list); a sentence
 * in English may not.
 */
import {describe, expect, test} from 'vitest';
import type {Catalog} from '../../source/messages/catalog.js';
import {en} from '../../source/messages/en.js';
import {languages, languageTags, type LanguageTag} from '../../source/messages/languages.js';

/** A stand-in argument that reads as a string, a list and a count at once: ["X"], which also answers the string methods as "X" does. */
function standIn(): unknown {
	const value: Record<string, unknown> = ['X'] as unknown as Record<string, unknown>;
	for (const name of Object.getOwnPropertyNames(String.prototype)) {
		if (name in value) continue;
		const method = (String.prototype as unknown as Record<string, unknown>)[name];
		if (typeof method === 'function') value[name] = (...args: unknown[]) => (method as (...args: unknown[]) => unknown).apply('X', args);
	}
	return value;
}

type Said = {readonly path: string; readonly text: string};

/** Every string of a catalog, functions called with stand-ins; a function that cannot be called so is listed as such. */
function said(value: unknown, path = ''): Said[] {
	if (typeof value === 'string') return [{path, text: value}];
	if (typeof value === 'function') {
		const call = value as (...args: unknown[]) => unknown;
		try {
			return said(call(...Array.from({length: Math.max(call.length, 6)}, standIn)), path);
		} catch (error) {
			return [{path, text: `<cannot be called with stand-ins: ${String(error)}>`}];
		}
	}
	// A message that says its argument as it is gives the stand-in back.
	if (Array.isArray(value) && 'toLowerCase' in value) return [{path, text: String(value)}];
	if (Array.isArray(value)) return value.flatMap((item: unknown, index) => said(item, `${path}[${index}]`));
	if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => said(item, path ? `${path}.${key}` : key));
	return [];
}

/** Lower-case words that may stay as they are in any language: tool names, keys, values and names the commands and the seeds spell so. */
const untranslated = new Set(
	(
		'az kubectl kubelet kubelogin kind minikube docker nginx yaml enter esc space ctrl node kubeconfig stdin stdout stderr demo fast env ' +
		'sudo root cron seccomp mycontainerregistry awesomeapps myconnectedregistry insufficient_scope toomanyrequests doctor acrpull azurecli ' +
		// Pod Security's level, the fields of a container's resources, region names, the --lang tags.
		'restricted requests limits eastus westeurope en fr nl'
	).split(' '),
);

/** Commands inside a translated sentence: from the tool's name to the next character of the translation. */
const commands =
	/\b(?:az|kubectl|kind|minikube|docker|pwsh|bash|printf|kill|sudo|acr-wizard) [^\u3000-\u9fff\uff00-\uffef\u2014\u2026\u201c\u201d\u3001\u3002]*/g;

/**
 * The words of a text that would be English prose: commands, flags, codes, paths, placeholders,
 * names with capitals (Azure, AcrPull, ImagePullBackOff) and the allow-list taken out.
 */
function englishWords(text: string): string[] {
	const stripped = text
		.replace(/`[^`]*`/g, ' ')
		.replace(/https?:\/\/\S+/g, ' ')
		.replace(/<[^>]*>/g, ' ')
		// A flag with its value: --credential token, --json=stream.
		.replace(/--[a-z][a-z-]*(?:[ =][a-z0-9-]+)?/g, ' ')
		// Quoted words are another tool's, as it wrote them (“no such host”).
		.replace(/'[^']*'|"[^"]*"|\u201c[^\u201d]*\u201d/g, ' ')
		.replace(commands, ' ');
	return stripped
		.split(/[\s\u3000-\u9fff\uff00-\uffef\u2014\u2026\u201c\u201d\u3001\u3002\u00b7\u203a\u2192]+/)
		.map((token) => token.replace(/^[([]+/, '').replace(/[.,;:!?)\]]+$/, ''))
		.filter((token) => /^[a-z][a-z']+$/.test(token) && !untranslated.has(token));
}

const english = new Map(said(en).map((item) => [item.path, item.text]));
const translated = languageTags.filter((tag) => tag !== 'en');

describe('no English left in a translation', () => {
	test('the check finds an English sentence, and lets commands, flags, codes and names through', () => {
		expect(englishWords(en.common.welcome.intro).length).toBeGreaterThan(10);
		expect(englishWords('已登录为 alex@contoso.com；运行 az acr create --name myregistry --sku Basic。--cloud AzureChinaCloud（AuthorizationFailed）')).toEqual(
			[],
		);
		expect(englishWords('注册表 the registry 已创建')).toEqual(['the', 'registry']);
	});

	test('every function of the English catalog can be called with stand-ins (so that the checks below see what each says)', () => {
		expect(said(en).filter((item) => item.text.startsWith('<cannot be called'))).toEqual([]);
	});

	test.each(translated)('%s: no message is the English one, bar those made of commands, codes and names only', (tag: LanguageTag) => {
		const catalog: Catalog = languages[tag];
		// A language that still speaks English in languages.ts is not translated yet: said so, not skipped silently.
		if (catalog === languages.en) {
			console.warn(`${tag} is still mapped to English in source/messages/languages.ts: its translation is not checked yet.`);
			return;
		}
		const same = said(catalog).filter((item) => english.get(item.path) === item.text && englishWords(item.text).length > 0);
		expect(same.map((item) => `${item.path}: ${item.text}`)).toEqual([]);
	});

	test('zh-CN: no English word is left in a message, bar commands, flags, codes and names', () => {
		const left = said(languages['zh-CN'])
			.map((item) => ({path: item.path, words: englishWords(item.text)}))
			.filter((item) => item.words.length > 0);
		expect(left.map((item) => `${item.path}: ${item.words.join(' ')}`)).toEqual([]);
	});
});
