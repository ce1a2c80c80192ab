/** Meervouden en lijsten in het Nederlands, van het platform (`Intl.PluralRules`, `Intl.ListFormat`) in plaats van zelfgemaakte uitgangen. */
const rules = new Intl.PluralRules('nl');
const conjunction = new Intl.ListFormat('nl', {type: 'conjunction'});

/** The forms of a counted phrase; `other` is required. */
export type PluralForms = {readonly other: string} & Partial<Readonly<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>>;

/** The form `Intl.PluralRules('nl')` picks for `count` (falling back to `other`). */
export const plural = (count: number, forms: PluralForms): string => forms[rules.select(count)] ?? forms.other;

/** "a, b en c": every item. */
export const list = (items: readonly string[]): string => conjunction.format(items);
