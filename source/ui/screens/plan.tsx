/** The plan screen: each action with its sentence, equivalent command and API call; then live progress. */
import {Box, Text} from 'ink';
import {messages} from '../../messages/catalog.js';
import type {ActionProgress, PlannedAction} from '../../wizard/types.js';
import {Command} from '../components/command.js';
import {StatusIcon} from '../components/status-icon.js';
import {theme} from '../theme.js';
import {useWizard} from '../use-wizard.js';

function ActionRow({action, progress}: {readonly action: PlannedAction; readonly progress?: ActionProgress}) {
	const text = messages().engine;
	return (
		<Box flexDirection="column" marginBottom={1}>
			<Box>
				<StatusIcon status={progress?.status ?? 'pending'} />
				<Text> {action.sentence}</Text>
			</Box>
			<Command command={action.command} />
			<Text color={theme.muted}>{`    ${text.call}: ${action.call}`}</Text>
			{progress?.detail ? <Text color={progress.status === 'fail' ? theme.danger : theme.muted}>{`    ${progress.detail}`}</Text> : null}
		</Box>
	);
}

export function PlanScreen() {
	const plan = useWizard((state) => state.plan);
	const progress = useWizard((state) => state.progress);
	if (!plan) return null;
	return (
		<Box flexDirection="column">
			<Text bold color={theme.accent}>
				{messages().engine.planTitle(plan.title)}
			</Text>
			{plan.notes.map((note) => (
				<Text key={note} color={theme.warning}>
					{`! ${note}`}
				</Text>
			))}
			<Box flexDirection="column" marginTop={1}>
				{plan.actions.map((action) => (
					<ActionRow key={action.id} action={action} progress={progress.find((item) => item.id === action.id)} />
				))}
			</Box>
		</Box>
	);
}
