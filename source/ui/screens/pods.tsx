/** Live pod status, as `kubectl get pods` prints it, with each pod's recent events and the diagnosis. */
import {Box, Text} from 'ink';
import {messages} from '../../messages/catalog.js';
import type {PodSummary} from '../../wizard/types.js';
import {theme} from '../theme.js';
import {useWizard} from '../use-wizard.js';

/** `20s`, `3m`, `2h`: the AGE column. */
export function age(createdAt: string | undefined, now: Date): string {
	if (!createdAt) return '<unknown>';
	const seconds = Math.max(0, Math.floor((now.getTime() - new Date(createdAt).getTime()) / 1000));
	if (seconds < 120) return `${seconds}s`;
	if (seconds < 7200) return `${Math.floor(seconds / 60)}m`;
	return `${Math.floor(seconds / 3600)}h`;
}

function statusColor(pod: PodSummary): string | undefined {
	if (pod.status === 'Running' && !pod.ready.startsWith('0/')) return theme.success;
	if (/Err|BackOff|Fail|Invalid/.test(pod.status)) return theme.danger;
	return theme.warning;
}

export function PodsScreen() {
	const pods = useWizard((state) => state.pods);
	const events = useWizard((state) => state.podEvents);
	const diagnosis = useWizard((state) => state.diagnosis);
	const text = messages().pods;
	const now = new Date();
	const width = Math.max(4, ...pods.map((pod) => pod.name.length)) + 3;
	return (
		<Box flexDirection="column">
			<Text bold color={theme.accent}>
				{text.title}
			</Text>
			<Text bold>{`${'NAME'.padEnd(width)}${'READY'.padEnd(8)}${'STATUS'.padEnd(20)}${'RESTARTS'.padEnd(10)}AGE`}</Text>
			{pods.length === 0 ? <Text color={theme.muted}>{text.none}</Text> : null}
			{pods.map((pod) => (
				<Text key={pod.name}>
					{pod.name.padEnd(width)}
					{pod.ready.padEnd(8)}
					<Text color={statusColor(pod)}>{pod.status.padEnd(20)}</Text>
					{String(pod.restarts).padEnd(10)}
					{age(pod.createdAt, now)}
				</Text>
			))}
			{events.length > 0 ? (
				<Box flexDirection="column" marginTop={1}>
					<Text bold>{text.events}</Text>
					{events.slice(-8).map((event) => (
						<Text key={`${event.pod}-${event.reason}-${event.message}`} color={event.type === 'Warning' ? theme.warning : theme.muted}>
							{`  ${event.pod}  ${event.reason}${event.count > 1 ? ` (x${event.count})` : ''}: ${event.message}`}
						</Text>
					))}
				</Box>
			) : null}
			{diagnosis ? (
				<Box flexDirection="column" marginTop={1} borderStyle="round" borderColor={theme.warning} paddingX={1}>
					<Text bold color={theme.warning}>
						{diagnosis.title}
						{diagnosis.code ? <Text color={theme.muted}> ({diagnosis.code})</Text> : null}
					</Text>
					<Text>{diagnosis.explanation}</Text>
					{diagnosis.fix ? (
						<Text>
							{`${messages().common.fix} `}
							<Text color={theme.accent}>{diagnosis.fix}</Text>
						</Text>
					) : null}
				</Box>
			) : null}
		</Box>
	);
}
