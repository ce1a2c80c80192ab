/** The welcome screen: what the wizard does, its three paths, and the keys. */
import {Box, Text} from 'ink';
import {messages} from '../../messages/catalog.js';
import {theme} from '../theme.js';
import {useWizard} from '../use-wizard.js';

export function Welcome() {
	const text = messages().common.welcome;
	const environment = useWizard((state) => state.environment);
	return (
		<Box flexDirection="column">
			<Text bold color={theme.accent}>
				{text.title}
			</Text>
			<Text>{text.intro}</Text>
			<Box flexDirection="column" marginTop={1}>
				<Text bold>{text.pathsTitle}</Text>
				{text.paths.map((path, index) => (
					<Text key={path.name}>
						{`  ${index + 1}. `}
						<Text bold>{path.name}</Text>
						<Text color={theme.muted}>{` — ${path.detail}`}</Text>
					</Text>
				))}
			</Box>
			{environment.sandbox ? (
				<Box marginTop={1}>
					<Text color={theme.warning}>{environment.ready === false ? text.sandboxStarting : text.sandbox(environment.armEndpoint)}</Text>
				</Box>
			) : null}
			<Box marginTop={1}>
				<Text color={theme.muted}>{messages().common.keys}</Text>
			</Box>
		</Box>
	);
}
