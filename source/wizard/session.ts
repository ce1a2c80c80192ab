/**
 * What one run keeps in memory beside the store: typed slots that each path declares for
 * itself (`memorySlot`), made on first use and gone with the run. Secrets live here as
 * `SecretValue`, never in the store, the journal or a renderer.
 */

const redacted = '<redacted>';

/** A secret value that prints as `<redacted>` wherever it is stringified, logged or inspected by accident. */
export class SecretValue {
	readonly #value: string;
	constructor(value: string) {
		this.#value = value;
	}

	/** The value itself, for the one call that needs it (the pull secret). */
	reveal(): string {
		return this.#value;
	}

	toString(): string {
		return redacted;
	}

	toJSON(): string {
		return redacted;
	}

	[Symbol.for('nodejs.util.inspect.custom')](): string {
		return redacted;
	}
}

/** A slot of a run's memory: its name (for reading a dump) and its first value. */
export type MemorySlot<Value> = {readonly name: string; readonly create: () => Value};

/** Declares a slot; the slot object itself is the key, so two paths never share one by accident. */
export function memorySlot<Value>(name: string, create: () => Value): MemorySlot<Value> {
	return {name, create};
}

/** The memory of one run. */
export type RunMemory = {get<Value>(slot: MemorySlot<Value>): Value};

/** A run's memory, empty. */
export function createRunMemory(): RunMemory {
	const values = new Map<MemorySlot<unknown>, unknown>();
	return {
		get<Value>(slot: MemorySlot<Value>): Value {
			if (!values.has(slot)) values.set(slot, slot.create());
			return values.get(slot) as Value;
		},
	};
}
