/** The summary of a dry run: every plan it built, each action with its equivalent command and API call; nothing was changed. */
import {Box, Text} from 'ink';
import {messages} from '../../messages/catalog.js';
import type {PlanView} from '../../wizard/types.js';
import {Command} from '../components/command.js';
import {CallLine} from '../components/call-line.js';
import {Prose} from '../components/prose.js';
import {StatusIcon} from '../components/status-icon.js';
import {theme} from '../theme.js';
import {azCloudCommands} from '../../commands/cloud.js';
import {useWizard} from '../use-wizard.js';

function PlannedPlan({plan}: {readonly plan: PlanView}) {
	const text = messages().record.dryRun;
	return (
		<Box flexDirection="column" marginTop={1}>
			<Text bold>{plan.title}</Text>
			{plan.actions.map((action) => (
				<Box key={action.id} flexDirection="column">
					<Box>
						<Box flexShrink={0}>
							<StatusIcon status="skipped" />
							<Text> </Text>
						</Box>
						<Prose>
							<Text>{action.sentence}</Text>
						</Prose>
					</Box>
					<Command command={action.command} indent={4} />
					{/* The call wraps under itself, not back at column 0. */}
					<CallLine label={text.api('')} call={action.call} />
				</Box>
			))}
		</Box>
	);
}

/** Every plan of the dry run, in order, then how much it would change. */
export function DryRunSummary() {
	const planned = useWizard((state) => state.planned);
	const text = messages().record.dryRun;
	const count = planned.reduce((sum, plan) => sum + plan.actions.length, 0);
	const cloud = useWizard((state) => state.environment.azureCloud);
	// In a sovereign cloud the commands below need az there first (plans say it one by one; the list says it once).
	const signIn = azCloudCommands(cloud)[0];
	return (
		<Box flexDirection="column">
			<Text bold color={theme.accent}>
				{text.screenTitle}
			</Text>
			{signIn && cloud && count > 0 ? <Text color={theme.muted}>{messages().engine.cloudCommands(cloud, signIn)}</Text> : null}
			{planned.map((plan, index) => (
				<PlannedPlan key={`${index}-${plan.stepId}`} plan={plan} />
			))}
			<Box marginTop={1}>
				<Text>{count === 0 ? text.nothing : text.done(count, planned.length)}</Text>
			</Box>
		</Box>
	);
}
