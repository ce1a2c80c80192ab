import {readFile} from 'node:fs/promises';

// string-width (which Ink measures every piece of text with) builds an Intl.Segmenter and a \p{RGI_Emoji} regular
// expression when it is imported: ~30 ms of CPU before the first frame, spent whether or not a frame holds anything but
// ASCII. The build makes both on first use, and measures text made only of characters that are each a grapheme
// cluster of their own and never an emoji (Latin, the dashes, arrows, box drawing, shapes and ticks of the screens, the CJK
// ideographs and punctuation of the Chinese catalog) by their East Asian Width, without the segmenter: the width
// string-width would give them (test/build/string-width-fast.test.ts compares the two over every such character). A
// string-width whose source no longer reads as expected fails the build rather than slowing the start silently.

/**
 * Characters that are each one grapheme cluster (no mark, joiner, variation selector, control, format character,
 * Hangul jamo or regional indicator among them), visible, and whose width is their East Asian Width.
 */
export const simpleText =
	'^[\\u0020-\\u007E\\u00A0-\\u00AC\\u00AE-\\u02FF\\u2010-\\u2027\\u202F-\\u205F\\u20A0-\\u20C0\\u2100-\\u214F\\u2190-\\u23FF\\u2500-\\u27BF\\u3000-\\u3029\\u3030-\\u303E\\u4E00-\\u9FFF\\uFF01-\\uFF60]*$';

const replacements = [
	['const segmenter = new Intl.Segmenter();', 'let segmenter;'],
	['segmenter.segment(string)', '(segmenter ??= new Intl.Segmenter()).segment(string)'],
	['const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;', 'let rgiEmojiRegex;'],
	['rgiEmojiRegex.test(segment)', '(rgiEmojiRegex ??= /^\\p{RGI_Emoji}$/v).test(segment)'],
	[
		'\tlet width = 0;\n\tconst eastAsianWidthOptions = {ambiguousAsWide: !ambiguousIsNarrow};\n',
		'\tlet width = 0;\n\tconst eastAsianWidthOptions = {ambiguousAsWide: !ambiguousIsNarrow};\n\n' +
			'\t// Fast path (acr-wizard build): every character its own cluster, measured by its East Asian Width.\n' +
			'\tif (simpleTextRegex.test(string)) {\n' +
			'\t\tfor (let index = 0; index < string.length; index++) width += eastAsianWidth(string.charCodeAt(index), eastAsianWidthOptions);\n' +
			'\t\treturn width;\n' +
			'\t}\n',
	],
	[
		"import {eastAsianWidth} from 'get-east-asian-width';\n",
		`import {eastAsianWidth} from 'get-east-asian-width';\n\nconst simpleTextRegex = new RegExp('${simpleText}');\n`,
	],
];

/** string-width's index.js as the build bundles it; throws when a part to replace is not found exactly once. */
export function fastStringWidth(source) {
	let patched = source;
	for (const [from, to] of replacements) {
		if (patched.split(from).length !== 2) throw new Error(`string-width changed: "${from.split('\n')[0]}" is not in its source exactly once`);
		patched = patched.replace(from, () => to);
	}
	return patched;
}

/** The esbuild plugin. */
export const stringWidthFast = {
	name: 'string-width-fast',
	setup(builder) {
		builder.onLoad({filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/}, async ({path}) => ({
			contents: fastStringWidth(await readFile(path, 'utf8')),
			loader: 'js',
		}));
	},
};
