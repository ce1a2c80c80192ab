/** The summary: what was done (from the journal), the equivalent command script, `az aks create --attach-acr`, and what undo would do. */
import {Box, Text} from 'ink';
import {messages} from '../../messages/catalog.js';
import {
	newClusterCommand,
	summaryLines,
	summaryPowerShell,
	summaryScript,
	undoable,
	watchCommand,
	type SummaryLine,
	type SummaryOutcome,
} from '../../wizard/journal.js';
import type {Status} from '../../wizard/types.js';
import {StatusIcon} from '../components/status-icon.js';
import {Command} from '../components/command.js';
import type {Shell} from '../../output/wrap.js';
import {Prose} from '../components/prose.js';
import {theme} from '../theme.js';
import {useWizard} from '../use-wizard.js';
import {DryRunSummary} from './dry-run.js';

const statusOf: Record<SummaryOutcome, Status> = {done: 'ok', unchanged: 'skipped', failed: 'fail', undone: 'skipped'};

function Line({line}: {readonly line: SummaryLine}) {
	const text = messages().deploy.screen;
	const note = line.outcome === 'undone' ? text.undone : line.outcome === 'unchanged' ? text.unchanged : line.outcome === 'failed' ? text.failed : undefined;
	return (
		<Box>
			<Box flexShrink={0}>
				<StatusIcon status={statusOf[line.outcome]} />
				<Text> </Text>
			</Box>
			{/* One paragraph, wrapped under itself: side-by-side boxes would cut each part into a narrow column. */}
			<Prose>
				<Text>
					<Text strikethrough={line.outcome === 'undone'}>{line.sentence}</Text>
					{note ? <Text color={line.outcome === 'failed' ? theme.danger : theme.muted}>{` (${note})`}</Text> : null}
					{line.detail ? <Text color={theme.muted}>{` — ${line.detail}`}</Text> : null}
				</Text>
			</Prose>
		</Box>
	);
}

function Script({commands, title, shell}: {readonly commands: readonly string[]; readonly title?: string; readonly shell?: Shell}) {
	const text = messages().deploy.summary;
	if (commands.length === 0) return null;
	return (
		<Box flexDirection="column" marginTop={1}>
			<Text bold>{title ?? text.script}</Text>
			{commands.map((command, index) => (
				<Command key={`${index}-${command}`} command={command} indent={2} shell={shell} />
			))}
			<Text color={theme.muted}>{text.scriptNote}</Text>
		</Box>
	);
}

/** The summary view, read from the journal and the chosen method and target. */
export function Summary() {
	const dryRun = useWizard((state) => state.dryRun);
	return dryRun ? <DryRunSummary /> : <RunSummary />;
}

function RunSummary() {
	const journal = useWizard((state) => state.journal);
	const cloud = useWizard((state) => state.environment.azureCloud);
	const create = useWizard((state) => newClusterCommand(state));
	const watch = useWizard((state) => watchCommand(state));
	const text = messages();
	const lines = summaryLines(journal);
	const undo = undoable(journal);
	return (
		<Box flexDirection="column">
			<Text bold color={theme.accent}>
				{text.summary.title}
			</Text>
			{lines.length === 0 ? <Text color={theme.muted}>{text.summary.nothing}</Text> : null}
			{lines.map((line) => (
				<Line key={line.key} line={line} />
			))}
			<Script commands={summaryScript(journal, cloud)} />
			<Script commands={summaryPowerShell(journal, cloud)} title={text.deploy.summary.scriptPowerShell} shell="powershell" />
			{create ? (
				<Box flexDirection="column" marginTop={1}>
					<Text bold>{text.deploy.summary.createNote}</Text>
					<Command command={create} indent={2} />
				</Box>
			) : null}
			{watch ? (
				<Box flexDirection="column" marginTop={1}>
					<Text bold>{text.deploy.summary.watch}</Text>
					<Command command={watch} indent={2} />
				</Box>
			) : null}
			{undo.length > 0 ? (
				<Box flexDirection="column" marginTop={1}>
					<Text bold>{text.summary.undo}</Text>
					{undo.map((entry) => (
						<Box key={`undo-${entry.stepId}-${entry.id}`} flexDirection="column">
							<Text>{`  ${entry.undo?.sentence ?? ''}:`}</Text>
							<Command command={entry.undo?.command ?? ''} indent={4} />
						</Box>
					))}
				</Box>
			) : null}
		</Box>
	);
}
