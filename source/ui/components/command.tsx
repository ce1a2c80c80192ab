/**
 * An equivalent command as the user would paste it: `$ ` before the first line, the next lines
 * aligned under it. A command wider than the terminal is cut with shell line continuations
 * (output/wrap.ts), never where Ink would cut it (mid-word, breaking the pasted command).
 */
import {Box, Text, useWindowSize} from 'ink';
import {createContext, useContext, type ReactNode} from 'react';
import {wrapCommand} from '../../output/wrap.js';
import {theme} from '../theme.js';

type Props = {readonly command: string; readonly indent?: number};

/**
 * The terminal's width as Ink lays out, read once at the root and handed to every command under it: a summary holds
 * a dozen commands, and one resize listener each overran Node's limit of ten (a MaxListenersExceededWarning on screen).
 */
const ColumnsContext = createContext<number | undefined>(undefined);

/** Reads the terminal's width (re-read on a resize) for the commands drawn under it. */
export function TerminalColumns({children}: {readonly children: ReactNode}) {
	const {columns} = useWindowSize();
	return <ColumnsContext.Provider value={columns}>{children}</ColumnsContext.Provider>;
}

function Lines({command, indent, columns}: Required<Props> & {readonly columns: number}) {
	const pad = ' '.repeat(indent);
	// Less the indent and `$ `.
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

/** A command outside TerminalColumns reads the width itself. */
function OwnWidth(props: Required<Props>) {
	const {columns} = useWindowSize();
	return <Lines {...props} columns={columns} />;
}

export function Command({command, indent = 4}: Props) {
	const columns = useContext(ColumnsContext);
	return columns === undefined ? <OwnWidth command={command} indent={indent} /> : <Lines command={command} indent={indent} columns={columns} />;
}
