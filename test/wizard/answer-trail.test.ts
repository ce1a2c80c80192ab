import {describe, expect, test} from 'vitest';
import {AnswerTrail} from '../../source/wizard/answer-trail.js';

/** A trail holding the answers `given` (id → value), in order. */
function trailOf(given: ReadonlyArray<readonly [string, string | boolean]>): AnswerTrail {
	const trail = new AnswerTrail();
	for (const [id, value] of given) trail.answered(id, value);
	return trail;
}

describe('the trail of answers, for going back one question', () => {
	test('going back to a step gives its answers again, then asks its last one with the answer it had', () => {
		const trail = trailOf([
			['method', 'attach'],
			['name', 'myacr'],
			['sku', 'premium'],
		]);
		expect(trail.backTo(1)).toBe(true);
		expect(trail.length).toBe(1);
		expect(trail.turn('name')).toEqual({kind: 'replay', value: 'myacr'});
		trail.answered('name', 'myacr');
		expect(trail.turn('sku')).toEqual({kind: 'ask', previous: 'premium'});
		expect(trail.isReplaying).toBe(false);
	});

	test('nothing answered after the position: nothing to go back to there', () => {
		const trail = trailOf([['method', 'attach']]);
		expect(trail.backTo(1)).toBe(false);
		expect(trail.isReplaying).toBe(false);
	});

	test('a question asked twice in a step (two plans) gives its first answer, then is asked', () => {
		const trail = trailOf([['confirm-registry', 'apply']]);
		trail.seal();
		trail.answered('confirm-registry', 'apply');
		expect(trail.length).toBe(2);
		trail.backTo(0);
		expect(trail.turn('confirm-registry')).toEqual({kind: 'replay', value: 'apply'});
		expect(trail.turn('confirm-registry')).toEqual({kind: 'ask', previous: 'apply'});
	});

	test('a question asked again at once (its answer refused) keeps one answer, and Esc from it leaves it', () => {
		const trail = trailOf([
			['namespace', 'default'],
			['credential', 'new-service-principal'],
		]);
		trail.answered('credential', 'token');
		expect(trail.length).toBe(2);
		trail.wentBack('credential');
		expect(trail.length).toBe(1);
	});

	test('a secret is typed again during the replay, and the answers after it are still given', () => {
		const trail = trailOf([
			['principal', 'build-agent'],
			['confirm', 'apply'],
			['secret-name', 'acr-secret'],
		]);
		trail.backTo(0);
		expect(trail.turn('principal')).toEqual({kind: 'replay', value: 'build-agent'});
		expect(trail.turn('password', true)).toEqual({kind: 'ask'});
		expect(trail.turn('confirm')).toEqual({kind: 'replay', value: 'apply'});
		expect(trail.turn('secret-name')).toEqual({kind: 'ask', previous: 'acr-secret'});
	});

	test('a question the replay does not know ends it: the path changed, the rest is asked', () => {
		const trail = trailOf([
			['a', '1'],
			['b', '2'],
			['c', '3'],
		]);
		trail.backTo(0);
		expect(trail.turn('other')).toEqual({kind: 'ask'});
		expect(trail.turn('b')).toEqual({kind: 'ask'});
	});

	test('coming back to the question left without meeting the one before (a plan needing no confirmation now): back again', () => {
		const trail = trailOf([
			['cluster', 'aks'],
			['confirm-attach', 'apply'],
		]);
		trail.wentBack('confirm-deploy');
		trail.backTo(1);
		expect(trail.turn('confirm-deploy')).toEqual({kind: 'back'});
	});

	test('a step that goes back by itself to the question before takes its answer back; further back, it is left', () => {
		const near = trailOf([
			['name', 'myacr'],
			['group', 'rg'],
		]);
		near.wentBack('sku');
		expect(near.turn('group')).toEqual({kind: 'ask', previous: 'rg'});
		expect(near.length).toBe(1);
		const far = trailOf([
			['credential', 'token'],
			['token-name', 'ci'],
		]);
		far.wentBack('token-repositories');
		expect(far.turn('credential')).toEqual({kind: 'back'});
		expect(far.length).toBe(2);
	});
});
