/** An error in plain words, the next step, and the original code (dimmed). */
import {Box, Text} from 'ink';
import {messages} from '../../messages/catalog.js';
import type {ErrorView} from '../../wizard/types.js';
import {theme} from '../theme.js';

type Props = {readonly error: ErrorView; readonly isVerbose?: boolean};

export function ErrorPanel({error, isVerbose = false}: Props) {
	return (
		<Box flexDirection="column" marginTop={1} borderStyle="round" borderColor={theme.danger} paddingX={1}>
			<Text color={theme.danger}>
				{`(${messages().common.status.fail}) ${error.message}`}
				{error.code ? <Text color={theme.muted}> {messages().common.code(error.code)}</Text> : null}
			</Text>
			{error.suggestion ? (
				<Text>
					{`${messages().common.fix} `}
					<Text color={theme.accent}>{error.suggestion}</Text>
				</Text>
			) : null}
			{error.detail && isVerbose ? <Text color={theme.muted}>{error.detail}</Text> : null}
		</Box>
	);
}
