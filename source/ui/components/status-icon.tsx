/** The `(✓)` / `(!)` / `(x)` / `(-)` mark of a status, with a spinner while running. */
import {Text} from 'ink';
import Spinner from 'ink-spinner';
import {messages} from '../../messages/catalog.js';
import type {Status} from '../../wizard/types.js';
import {statusColor} from '../theme.js';

type Props = {readonly status: Status};

export function StatusIcon({status}: Props) {
	if (status === 'running') {
		return (
			<Text color={statusColor.running}>
				(<Spinner type="dots" />)
			</Text>
		);
	}
	return <Text color={statusColor[status]}>({messages().common.status[status]})</Text>;
}
