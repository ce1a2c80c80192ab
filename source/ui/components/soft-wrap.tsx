/**
 * Commands drawn whole once the run has finished: a word longer than the line (a role assignment id) is then one
 * line for the terminal to wrap softly, so a copy of it is one word. While a question is up the frame is redrawn,
 * and Ink can only erase the lines it wrote: there the command is cut with `\` continuations instead.
 */
import {Box, Text} from 'ink';
import {createContext} from 'react';
import {theme} from '../theme.js';
import {commandLineStarts} from '../../output/wrap.js';

/** True under a finished run's last frame. */
export const SoftWrapContext = createContext(false);

/** Each line of `command` as one line, however wide; twice its length is room enough for characters two columns wide. */
export function SoftLines({command, pad}: {readonly command: string; readonly pad: string}) {
	const starts = commandLineStarts(command);
	return (
		<Box flexDirection="column">
			{command.split('\n').map((line, index) => (
				<Box key={`${index}-${line}`} width={(pad.length + 2 + line.length) * 2} flexShrink={0}>
					<Text wrap="truncate-end">
						{starts[index] === true ? `${pad}$ ` : `${pad}  `}
						<Text color={theme.accent}>{line}</Text>
					</Text>
				</Box>
			))}
		</Box>
	);
}
