/** The `(✓)` / `(!)` / `(x)` / `(-)` mark of a status, with a spinner while running. */
import {Box, Text} from 'ink';
import Spinner from 'ink-spinner';
import {messages} from '../../messages/catalog.js';
import type {Status} from '../../wizard/types.js';
import {statusColor} from '../theme.js';

type Props = {readonly status: Status};

/** The mark never shrinks: a long text beside it wraps instead of breaking `(✓)` apart. */
export function StatusIcon({status}: Props) {
	return (
		<Box flexShrink={0}>
			{status === 'running' ? (
				<Text color={statusColor.running}>
					(<Spinner type="dots" />)
				</Text>
			) : (
				<Text color={statusColor[status]}>({messages().common.status[status]})</Text>
			)}
		</Box>
	);
}
