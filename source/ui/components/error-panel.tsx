/** An error in plain words, the next step, and the original code (dimmed). */
import {Box, Text} from 'ink';
import {messages} from '../../messages/catalog.js';
import {originalWords} from '../../output/original-words.js';
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
			{/* --verbose: the full cause; in a translation, the first line of Azure's (or the cluster's) own words anyway. */}
			{originalWords(error.detail, isVerbose).length > 0 ? <Text color={theme.muted}>{originalWords(error.detail, isVerbose).join('\n')}</Text> : null}
		</Box>
	);
}
