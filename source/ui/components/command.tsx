/** An equivalent command as the user would paste it: `$ ` before the first line, the next lines aligned under it. */
import {Box, Text} from 'ink';
import {theme} from '../theme.js';

type Props = {readonly command: string; readonly indent?: number};

export function Command({command, indent = 4}: Props) {
	const pad = ' '.repeat(indent);
	return (
		<Box flexDirection="column">
			{command.split('\n').map((line, index) => (
				<Text key={`${index}-${line}`}>
					{index === 0 ? `${pad}$ ` : `${pad}  `}
					<Text color={theme.accent}>{line}</Text>
				</Text>
			))}
		</Box>
	);
}
