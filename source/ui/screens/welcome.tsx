/** The welcome screen: what the wizard does, its three paths, and the keys. */
import {Box, Text} from 'ink';
import {messages} from '../../messages/catalog.js';
import {watchAllPodsCommand} from '../../commands/kubectl.js';
import {Command} from '../components/command.js';
import {Prose} from '../components/prose.js';
import {theme} from '../theme.js';
import {useWizard} from '../use-wizard.js';

export function Welcome() {
	const text = messages().common.welcome;
	const environment = useWizard((state) => state.environment);
	// A sovereign cloud (the real one, or the one the sandbox plays) is named, so its suffixes read as meant.
	const sovereign = environment.azureCloud !== undefined && environment.azureCloud !== 'AzureCloud' ? environment.azureCloud : undefined;
	// The question under the screen shows the keys once it is there; until then, this line does.
	// A run that ended here (quit, a failed start) has no keys left to press.
	const hidesKeys = useWizard((state) => state.question !== undefined || state.finished !== undefined);
	return (
		<Box flexDirection="column">
			<Text bold color={theme.accent}>
				{text.title}
			</Text>
			<Prose>
				<Text>{text.intro}</Text>
			</Prose>
			<Box flexDirection="column" marginTop={1}>
				<Text bold>{text.pathsTitle}</Text>
				{text.paths.map((path, index) => (
					<Box key={path.name}>
						<Box flexShrink={0}>
							<Text>{`  ${index + 1}. `}</Text>
						</Box>
						{/* A box of its own, so that a long detail wraps under the name, not at the left edge. */}
						<Prose>
							<Text>
								<Text bold>{path.name}</Text>
								<Text color={theme.muted}>{` — ${path.detail}`}</Text>
							</Text>
						</Prose>
					</Box>
				))}
			</Box>
			{environment.sandbox ? (
				<Box marginTop={1} flexDirection="column">
					<Text color={theme.warning}>{environment.ready === false ? text.sandboxStarting : text.sandbox(environment.armEndpoint)}</Text>
					{sovereign ? <Text color={theme.warning}>{text.sandboxPlays(sovereign, environment.acrSuffix ?? '')}</Text> : null}
					{environment.kubeconfigPath ? (
						<>
							<Text color={theme.muted}>{messages().deploy.summary.watch}</Text>
							{/* A command, cut with shell continuations where it is wider than the terminal, never mid-word. */}
							<Command command={watchAllPodsCommand(environment.kubeconfigPath, environment.watch?.context)} indent={0} />
						</>
					) : null}
				</Box>
			) : sovereign ? (
				<Box marginTop={1}>
					<Text color={theme.muted}>{text.cloud(sovereign, environment.armEndpoint, environment.acrSuffix ?? '')}</Text>
				</Box>
			) : null}
			{hidesKeys ? null : (
				<Box marginTop={1}>
					<Text color={theme.muted}>{messages().common.keys}</Text>
				</Box>
			)}
		</Box>
	);
}
