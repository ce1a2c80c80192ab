/** The summary: what was done (from the journal), the equivalent commands, and how to undo it. */
import {Box, Text} from 'ink';
import {messages} from '../../messages/catalog.js';
import {StatusIcon} from '../components/status-icon.js';
import {theme} from '../theme.js';
import {useWizard} from '../use-wizard.js';

export function Summary() {
	const journal = useWizard((state) => state.journal);
	const text = messages().summary;
	const undo = journal.filter((entry) => entry.outcome === 'done' && entry.undo).reverse();
	return (
		<Box flexDirection="column">
			<Text bold color={theme.accent}>
				{text.title}
			</Text>
			{journal.length === 0 ? <Text color={theme.muted}>{text.nothing}</Text> : null}
			{journal.map((entry) => (
				<Box key={`${entry.stepId}-${entry.id}-${entry.at}`}>
					<StatusIcon status={entry.outcome === 'done' ? 'ok' : entry.outcome === 'unchanged' ? 'skipped' : 'fail'} />
					<Text> {entry.sentence}</Text>
					{entry.outcome === 'unchanged' ? <Text color={theme.muted}> ({messages().engine.unchanged})</Text> : null}
				</Box>
			))}
			{journal.length > 0 ? (
				<Box flexDirection="column" marginTop={1}>
					<Text bold>{text.commands}</Text>
					{journal
						.filter((entry) => entry.outcome !== 'failed')
						.map((entry) => (
							<Text key={`cmd-${entry.stepId}-${entry.id}`} color={theme.accent}>
								{entry.command}
							</Text>
						))}
				</Box>
			) : null}
			{undo.length > 0 ? (
				<Box flexDirection="column" marginTop={1}>
					<Text bold>{text.undo}</Text>
					{undo.map((entry) => (
						<Text key={`undo-${entry.stepId}-${entry.id}`}>
							{`  ${entry.undo?.sentence ?? ''}: `}
							<Text color={theme.accent}>{entry.undo?.command}</Text>
						</Text>
					))}
				</Box>
			) : null}
		</Box>
	);
}
