/**
 * An equivalent command as the user would paste it: `$ ` before the first line, the next lines
 * aligned under it. A command wider than the terminal is cut with shell line continuations
 * (output/wrap.ts), never where Ink would cut it (mid-word, breaking the pasted command); an
 * Azure PowerShell command with PowerShell's own continuation, a backtick.
 */
import {Box, Text} from 'ink';
import {wrapCommand, type Shell} from '../../output/wrap.js';
import {theme} from '../theme.js';
import {useContext} from 'react';
import {SoftLines, SoftWrapContext} from './soft-wrap.js';
import {useColumns} from './window-size.js';

type Props = {readonly command: string; readonly indent?: number; readonly shell?: Shell};

export function Command({command, indent = 4, shell = 'bash'}: Props) {
	// The terminal's width as Ink lays out (and re-renders on a resize), less the indent and `$ `.
	const columns = useColumns();
	const pad = ' '.repeat(indent);
	const width = columns - indent - 2;
	const isFinished = useContext(SoftWrapContext);
	const lines = wrapCommand(command, width, 0, shell);
	// The last frame: a word cut with `\` at column 0, or one left wider than the line (PowerShell cannot join a cut word),
	// is drawn whole instead, for the terminal to wrap softly (soft-wrap.tsx says why).
	if (isFinished && lines.some((line) => line.midWord || (shell === 'powershell' && line.text.length > width)))
		return <SoftLines command={command} pad={pad} />;
	return (
		<Box flexDirection="column">
			{lines.map((line, index) => (
				<Text key={`${index}-${line.text}`}>
					{index === 0 ? `${pad}$ ` : line.midWord ? '' : `${pad}  `}
					<Text color={theme.accent}>{line.text}</Text>
				</Text>
			))}
		</Box>
	);
}
