/**
 * Microsoft Graph `$filter`, the forms az and the Graph SDKs send: `p eq 'v'`, `startswith(p,'v')`,
 * `c/any(x:x eq 'v')`, `p in ('a','b')`, joined by `and`. String comparisons are case-insensitive, as
 * Graph's directory queries are. Anything else is refused with Graph's 400 `Request_UnsupportedQuery`,
 * never answered as if there were no filter.
 */

/** One value of an object a filter can test: a string, a boolean, or a collection of strings. */
export type FilterValue = string | boolean | readonly string[] | null;

/** A parsed filter: true when an object's properties match. */
export type FilterPredicate = (read: (property: string) => FilterValue | undefined) => boolean;

/** Why a filter was refused; `property` when the clause named one. */
export type FilterRefusal = {readonly property?: string};

type Literal = string | boolean | null;

class Refused extends Error {
	constructor(readonly property?: string) {
		super('unsupported filter');
	}
}

/** A small tokenizer/parser over the filter text. */
class Parser {
	private index = 0;

	constructor(private readonly text: string) {}

	parse(): FilterPredicate {
		const clauses: FilterPredicate[] = [this.clause()];
		this.space();
		while (this.keyword('and')) {
			clauses.push(this.clause());
			this.space();
		}
		if (this.index < this.text.length) {
			throw new Refused();
		}
		return (read) => clauses.map((c) => c(read)).every(Boolean);
	}

	private clause(): FilterPredicate {
		this.space();
		if (this.text.startsWith('(', this.index)) {
			this.index++;
			const inner = this.parseUntilClose();
			return inner;
		}
		const name = this.identifier();
		this.space();
		if (name.toLowerCase() === 'startswith' && this.text.startsWith('(', this.index)) {
			this.index++;
			this.space();
			const property = this.identifier();
			this.expect(',');
			const prefix = this.literal();
			this.expect(')');
			if (typeof prefix !== 'string') {
				throw new Refused(property);
			}
			return (read) => {
				const value = read(property);
				if (value === undefined) throw new Refused(property);
				return typeof value === 'string' && value.toLowerCase().startsWith(prefix.toLowerCase());
			};
		}
		const any = /^\/any\(\s*([A-Za-z_]\w*)\s*:\s*([A-Za-z_]\w*)\s+eq\s+/i.exec(this.text.slice(this.index));
		if (any) {
			if (any[1] !== any[2]) {
				throw new Refused(name);
			}
			this.index += any[0].length;
			const wanted = this.literal();
			this.expect(')');
			return (read) => {
				const value = read(name);
				if (value === undefined || (value !== null && !Array.isArray(value))) throw new Refused(name);
				return Array.isArray(value) && value.some((item: string) => equal(item, wanted));
			};
		}
		if (this.keyword('eq')) {
			const wanted = this.literal();
			return (read) => {
				const value = read(name);
				if (value === undefined || Array.isArray(value)) throw new Refused(name);
				return equal(value as Literal, wanted);
			};
		}
		if (this.keyword('in')) {
			this.expect('(');
			const options: Literal[] = [this.literal()];
			this.space();
			while (this.text.startsWith(',', this.index)) {
				this.index++;
				options.push(this.literal());
				this.space();
			}
			this.expect(')');
			return (read) => {
				const value = read(name);
				if (value === undefined || Array.isArray(value)) throw new Refused(name);
				return options.some((o) => equal(value as Literal, o));
			};
		}
		throw new Refused(name);
	}

	private parseUntilClose(): FilterPredicate {
		const clauses: FilterPredicate[] = [this.clause()];
		this.space();
		while (this.keyword('and')) {
			clauses.push(this.clause());
			this.space();
		}
		this.expect(')');
		return (read) => clauses.map((c) => c(read)).every(Boolean);
	}

	private space(): void {
		while (this.index < this.text.length && /\s/.test(this.text[this.index] ?? '')) this.index++;
	}

	private keyword(word: string): boolean {
		this.space();
		const slice = this.text.slice(this.index, this.index + word.length);
		const after = this.text[this.index + word.length] ?? ' ';
		if (slice.toLowerCase() === word && /[\s(']/.test(after)) {
			this.index += word.length;
			return true;
		}
		return false;
	}

	private identifier(): string {
		this.space();
		const match = /^[A-Za-z_][\w.]*/.exec(this.text.slice(this.index));
		if (!match) throw new Refused();
		this.index += match[0].length;
		return match[0];
	}

	private expect(char: string): void {
		this.space();
		if (!this.text.startsWith(char, this.index)) throw new Refused();
		this.index++;
	}

	private literal(): Literal {
		this.space();
		if (this.text.startsWith("'", this.index)) {
			let value = '';
			let at = this.index + 1;
			for (;;) {
				const char = this.text[at];
				if (char === undefined) throw new Refused();
				if (char === "'") {
					if (this.text[at + 1] === "'") {
						value += "'";
						at += 2;
						continue;
					}
					break;
				}
				value += char;
				at++;
			}
			this.index = at + 1;
			return value;
		}
		const word = /^(true|false|null|[0-9a-fA-F-]{36})\b/i.exec(this.text.slice(this.index));
		if (!word) throw new Refused();
		this.index += (word[1] ?? '').length;
		const lower = (word[1] ?? '').toLowerCase();
		return lower === 'true' ? true : lower === 'false' ? false : lower === 'null' ? null : lower;
	}
}

function equal(value: Literal, wanted: Literal): boolean {
	if (typeof value === 'string' && typeof wanted === 'string') return value.toLowerCase() === wanted.toLowerCase();
	return value === wanted;
}

/**
 * Filters `items` by a Graph `$filter` (absent or empty: all of them). `read` gives an item's property by its Graph
 * name, `undefined` for a property the type does not have. Returns the matches, or the refusal to answer with.
 */
export function applyGraphFilter<T>(
	filter: string | null,
	items: readonly T[],
	schema: Readonly<Record<string, 'string' | 'boolean' | 'collection'>>,
	read: (item: T, property: string) => FilterValue,
): {readonly ok: true; readonly items: T[]} | {readonly ok: false; readonly refusal: FilterRefusal} {
	if (filter === null || filter.trim() === '') {
		return {ok: true, items: [...items]};
	}
	const kindOf = (property: string) => Object.entries(schema).find(([name]) => name.toLowerCase() === property.toLowerCase());
	try {
		const predicate = new Parser(filter).parse();
		// Checked once against the type itself, so an unsupported clause is refused even when nothing would match.
		predicate((property) => {
			const kind = kindOf(property)?.[1];
			return kind === undefined ? undefined : kind === 'collection' ? [] : kind === 'boolean' ? false : '';
		});
		return {
			ok: true,
			items: items.filter((item) =>
				predicate((property) => {
					const known = kindOf(property);
					return known === undefined ? undefined : read(item, known[0]);
				}),
			),
		};
	} catch (error: unknown) {
		if (error instanceof Refused) {
			return {ok: false, refusal: error.property === undefined ? {} : {property: error.property}};
		}
		throw error;
	}
}
