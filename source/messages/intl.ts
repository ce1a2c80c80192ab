/**
 * Plurals, lists and dates in a catalog's own language, from the platform's `Intl` rather than
 * hand-made suffixes: "1 cluster / 2 clusters" in English, one form in Chinese, French's "0 cluster".
 * Each catalog binds the helpers to its language once: `const {plural, list} = intlOf('fr')`.
 */

/** The forms of a counted phrase; `other` is required, the rest as the language has them. */
export type PluralForms = {readonly other: string} & Partial<Readonly<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>>;

export type IntlHelpers = {
	/** The form `Intl.PluralRules` picks for `count` (falling back to `other`). */
	readonly plural: (count: number, forms: PluralForms) => string;
	/** "a, b, and c" / "a、b和c": every item. */
	readonly list: (items: readonly string[]) => string;
	/** "a or b" / "a或b": one of the items. */
	readonly anyOf: (items: readonly string[]) => string;
	/** An ISO time as a date and time of this language, in UTC (so that it reads the same on every machine); kept as it is when it is not a time. */
	readonly date: (iso: string) => string;
};

/** A list, refused when it is not one: Intl would take a string for the list of its letters. */
function listed(items: readonly string[]): readonly string[] {
	if (typeof items === 'string') throw new TypeError(`a list was expected, not the string "${String(items)}"`);
	return items;
}

/**
 * A list of one item (or none) reads as that item in every language: told without `Intl.ListFormat`, whose first
 * one takes ~20 ms to make (its data is loaded then), which a run's one-repository token plan met on its way.
 */
function single(items: readonly string[]): string | undefined {
	return items.length <= 1 ? (items[0] ?? '') : undefined;
}

/** One `Intl` object, made on first use: building them all for every catalog cost ~10 ms before the first frame, and most runs format few. */
function lazily<T>(make: () => T): () => T {
	let made: T | undefined;
	return () => (made ??= make());
}

export function intlOf(locale: string): IntlHelpers {
	const rules = lazily(() => new Intl.PluralRules(locale));
	const conjunction = lazily(() => new Intl.ListFormat(locale, {type: 'conjunction'}));
	const disjunction = lazily(() => new Intl.ListFormat(locale, {type: 'disjunction'}));
	const dates = lazily(
		() =>
			new Intl.DateTimeFormat(locale, {
				year: 'numeric',
				month: 'short',
				day: 'numeric',
				hour: '2-digit',
				minute: '2-digit',
				timeZone: 'UTC',
				timeZoneName: 'short',
			}),
	);
	return {
		plural: (count, forms) => forms[rules().select(count)] ?? forms.other,
		list: (items) => single(listed(items)) ?? conjunction().format(items),
		anyOf: (items) => single(listed(items)) ?? disjunction().format(items),
		date: (iso) => {
			const time = new Date(iso);
			return Number.isNaN(time.getTime()) ? iso : dates().format(time);
		},
	};
}
