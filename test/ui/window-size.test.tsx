import {Box} from 'ink';
import {cleanup, render} from 'ink-testing-library';
import {afterEach, expect, test} from 'vitest';
import {Command} from '../../source/ui/components/command.js';

afterEach(() => cleanup());

type FakeStdout = NodeJS.EventEmitter & {listenerCount(event: string): number};

function commands(count: number) {
	return (
		<Box flexDirection="column">
			{Array.from({length: count}, (_, index) => (
				<Command
					key={index}
					command={`az role assignment create --assignee 00000000-0000-0000-0000-00000000000${index % 10} --role AcrPull --scope /subscriptions/x`}
				/>
			))}
		</Box>
	);
}

test('thirty commands on one screen share one resize listener, so Node never warns over the frame', () => {
	const app = render(commands(30));
	const stdout = app.stdout as unknown as FakeStdout;
	expect(stdout.listenerCount('resize')).toBe(1);
	app.unmount();
	expect(stdout.listenerCount('resize')).toBe(0);
});

test('a resize re-wraps every command at the new width', async () => {
	const app = render(commands(12));
	const stdout = app.stdout as unknown as FakeStdout;
	const wide = app.lastFrame() ?? '';
	expect(wide.split('\n').filter((line) => line.includes('$ ')).length).toBe(12);
	Object.defineProperty(stdout, 'columns', {get: () => 40});
	stdout.emit('resize');
	await expect.poll(() => (app.lastFrame() ?? '').split('\n').length).toBeGreaterThan(wide.split('\n').length);
	for (const line of (app.lastFrame() ?? '').split('\n')) expect(line.length).toBeLessThanOrEqual(40);
});
