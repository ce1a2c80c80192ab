/** French plurals by the platform's rules (0 and 1 are singular in French). */
const rules = new Intl.PluralRules('fr');

export function plural(count: number, forms: {readonly one: string; readonly other: string}): string {
	return rules.select(count) === 'one' ? forms.one : forms.other;
}
