/** The registry and access screen: the choices made so far (subscription, registry, method, cluster) above the question. */
import {Box, Text} from 'ink';
import {messages} from '../../messages/catalog.js';
import {theme} from '../theme.js';
import {useWizard} from '../use-wizard.js';

function Row({label, value, detail}: {readonly label: string; readonly value?: string; readonly detail?: string}) {
	return (
		<Box>
			<Box flexShrink={0} width={14}>
				<Text color={theme.muted}>{label}</Text>
			</Box>
			<Text>
				{value ?? <Text color={theme.muted}>{messages().registry.screen.notYet}</Text>}
				{value && detail ? <Text color={theme.muted}>{`  ${detail}`}</Text> : null}
			</Text>
		</Box>
	);
}

/** The choices made so far, drawn above the registry, method and cluster questions. */
export function RegistryScreen() {
	const text = messages().registry.screen;
	const subscription = useWizard((state) => state.subscription);
	const registry = useWizard((state) => state.registry);
	const method = useWizard((state) => state.method);
	const clusterName = useWizard((state) => state.target.clusterName);
	return (
		<Box flexDirection="column">
			<Text bold color={theme.accent}>
				{text.title}
			</Text>
			<Row label={text.subscription} value={subscription?.name} detail={subscription?.id} />
			<Row
				label={text.registry}
				value={registry?.name}
				detail={registry ? text.registryDetail(registry.loginServer, registry.sku, registry.resourceGroup) : undefined}
			/>
			{method ? <Row label={text.method} value={text.methods[method]} /> : null}
			{clusterName ? <Row label={text.cluster} value={clusterName} /> : null}
		</Box>
	);
}
