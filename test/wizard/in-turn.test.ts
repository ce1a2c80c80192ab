import {describe, expect, test} from 'vitest';
import {GoBack} from '../../source/wizard/errors.js';
import {askInTurn} from '../../source/wizard/in-turn.js';

/** A question that answers from `script` in turn (a GoBack is thrown), logging its name each time it is asked. */
function question(name: string, script: Array<string | GoBack>, log: string[], isSkipped?: () => boolean) {
	return {
		ask: async () => {
			log.push(name);
			const next = script.shift();
			if (next instanceof GoBack) throw next;
		},
		...(isSkipped ? {isSkipped} : {}),
	};
}

describe('questions in turn', () => {
	test('Esc goes back exactly one question, then on from there', async () => {
		const log: string[] = [];
		await askInTurn([question('a', ['1', '1'], log), question('b', ['1', new GoBack(), '2'], log), question('c', [new GoBack(), '3'], log)]);
		expect(log).toEqual(['a', 'b', 'c', 'b', 'a', 'b', 'c']);
	});

	test('going back passes over a question not on screen (its flag answered it)', async () => {
		const log: string[] = [];
		await askInTurn([question('a', ['1', '1'], log), question('b', ['flag', 'flag'], log, () => true), question('c', [new GoBack(), '3'], log)]);
		expect(log).toEqual(['a', 'b', 'c', 'a', 'b', 'c']);
	});

	test('Esc on the first question on screen leaves with GoBack; another error passes through', async () => {
		await expect(askInTurn([question('a', ['flag'], [], () => true), question('b', [new GoBack()], [])])).rejects.toBeInstanceOf(GoBack);
		await expect(
			askInTurn([
				{
					ask: async () => {
						throw new Error('boom');
					},
				},
			]),
		).rejects.toThrow('boom');
	});
});
