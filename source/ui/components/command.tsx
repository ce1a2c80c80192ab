/**
 * An equivalent command as the user would paste it: `$ ` before the first line, the next lines
 * aligned under it. A command wider than the terminal is cut with shell line continuations
 * (output/wrap.ts), never where Ink would cut it (mid-word, breaking the pasted command).
 */
import {Box, Text, useWindowSize} from 'ink';
import {wrapCommand} from '../../output/wrap.js';
import {theme} from '../theme.js';

type Props = {readonly command: string; readonly indent?: number};

export function Command({command, indent = 4}: Props) {
	// The terminal's width as Ink lays out (and re-renders on a resize), less the indent and `$ `.
	const {columns} = useWindowSize();
	const pad = ' '.repeat(indent);
	const width = columns - indent - 2;
	return (
		<Box flexDirection="column">
			{wrapCommand(command, width, 0).map((line, index) => (
				<Text key={`${index}-${line.text}`}>
					{index === 0 ? `${pad}$ ` : line.midWord ? '' : `${pad}  `}
					<Text color={theme.accent}>{line.text}</Text>
				</Text>
			))}
		</Box>
	);
}
