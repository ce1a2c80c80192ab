import {scenarios} from './index.js';

/** `acr-wizard sandbox --list-scenarios`: one line per scenario, the names aligned. */
export function scenarioList(): string {
	const width = Math.max(...scenarios.map((s) => s.name.length));
	return scenarios.map((s) => `${s.name.padEnd(width)}  ${s.description}\n`).join('');
}
