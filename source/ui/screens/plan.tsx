/** The plan screen: each action with its sentence, equivalent command and API call; then live progress. */
import {Box, Text, useInput} from 'ink';
import {messages} from '../../messages/catalog.js';
import type {ActionProgress, PlannedAction} from '../../wizard/types.js';
import {Command} from '../components/command.js';
import {CallLine} from '../components/call-line.js';
import {Prose} from '../components/prose.js';
import {powerShellOf} from '../../commands/powershell.js';
import {StatusIcon} from '../components/status-icon.js';
import {theme} from '../theme.js';
import {azCloudCommands, powerShellCloudCommands} from '../../commands/cloud.js';
import {useWizard, useWizardStore} from '../use-wizard.js';

function ActionRow({action, progress, style}: {readonly action: PlannedAction; readonly progress?: ActionProgress; readonly style: 'az' | 'powershell'}) {
	const text = messages().engine;
	return (
		<Box flexDirection="column" marginBottom={1}>
			{/* The sentence wraps under itself, beside the icon. */}
			<Box>
				<Box flexShrink={0}>
					<StatusIcon status={progress?.status ?? 'pending'} />
					<Text> </Text>
				</Box>
				<Prose>
					<Text>{action.sentence}</Text>
				</Prose>
			</Box>
			{style === 'powershell' ? (
				<Command command={action.powershell ?? powerShellOf(action.command)} shell="powershell" />
			) : (
				<Command command={action.command} />
			)}
			<CallLine label={`${text.call}: `} call={action.call} />
			{progress?.detail ? <Text color={progress.status === 'fail' ? theme.danger : theme.muted}>{`    ${progress.detail}`}</Text> : null}
		</Box>
	);
}

/** `c` switches the equivalent commands between az and Azure PowerShell (not while a text answer is being typed). */
function useCommandStyleKey(): 'az' | 'powershell' {
	const style = useWizard((state) => state.commandStyle) ?? 'az';
	const typing = useWizard((state) => state.question?.kind === 'text' || state.question?.kind === 'secret');
	const store = useWizardStore();
	useInput((input) => {
		if (input === 'c' && !typing) store.getState().actions.setCommandStyle(style === 'az' ? 'powershell' : 'az');
	});
	return style;
}

/** Actions of work started early that run beside this plan (the sample's import under --yes), until each ends. */
function AlsoRunning() {
	const running = useWizard((state) => state.alsoRunning) ?? [];
	if (running.length === 0) return null;
	return (
		<Box flexDirection="column">
			<Text color={theme.muted}>{messages().engine.alsoRunning}</Text>
			{running.map((item) => (
				<Box key={item.id}>
					<StatusIcon status={item.status} />
					<Text> {item.sentence}</Text>
				</Box>
			))}
		</Box>
	);
}

export function PlanScreen() {
	const plan = useWizard((state) => state.plan);
	const progress = useWizard((state) => state.progress);
	const style = useCommandStyleKey();
	const cloud = useWizard((state) => state.environment.azureCloud);
	if (!plan) return null;
	const hasPowerShell = plan.actions.some((action) => action.powershell !== undefined);
	// In a sovereign cloud an Azure command run in az's default cloud would go to the public one: say where first.
	const signIn = (style === 'powershell' && hasPowerShell ? powerShellCloudCommands(cloud) : azCloudCommands(cloud))[0];
	const hasAzure = plan.actions.some((action) => /^(?:[A-Z_]+=\$\()?az /.test(action.command) || action.powershell !== undefined);
	return (
		<Box flexDirection="column">
			<Text bold color={theme.accent}>
				{messages().engine.planTitle(plan.title)}
			</Text>
			{hasPowerShell ? <Text color={theme.muted}>{messages().engine.commandStyleKey(style)}</Text> : null}
			{signIn && cloud && hasAzure ? <Text color={theme.muted}>{messages().engine.cloudCommands(cloud, signIn)}</Text> : null}
			{plan.notes.map((note) => (
				<Box key={note}>
					<Box flexShrink={0}>
						<Text color={theme.warning}>! </Text>
					</Box>
					<Prose>
						<Text color={theme.warning}>{note}</Text>
					</Prose>
				</Box>
			))}
			<Box flexDirection="column" marginTop={1}>
				{plan.actions.map((action) => (
					<ActionRow key={action.id} action={action} style={style} progress={progress.find((item) => item.id === action.id)} />
				))}
			</Box>
			<AlsoRunning />
		</Box>
	);
}
