/**
 * An action's API call under its command: `API call: PUT /subscriptions/…`, a path wider than the
 * terminal cut at a space or before a `/` and going on under itself, never cut mid-word by Ink
 * and sent back to column 0.
 */
import {Box, Text} from 'ink';
import {displayWidth} from '../../output/width.js';
import {wrapPath} from '../../output/wrap.js';
import {theme} from '../theme.js';
import {useColumns} from './window-size.js';

/** `label` is what goes before the call, its space included (`API call: `, `API：`). */
type Props = {readonly label: string; readonly call: string; readonly indent?: number};

export function CallLine({label, call, indent = 4}: Props) {
	const columns = useColumns();
	const prefix = `${' '.repeat(indent)}${label}`;
	const lines = wrapPath(call, columns - displayWidth(prefix));
	return (
		<Box>
			<Box flexShrink={0}>
				<Text color={theme.muted}>{prefix}</Text>
			</Box>
			<Box flexDirection="column">
				{lines.map((line, index) => (
					<Text key={`${index}-${line}`} color={theme.muted}>
						{line}
					</Text>
				))}
			</Box>
		</Box>
	);
}
