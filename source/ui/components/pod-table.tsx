/** Pods as `kubectl get pods` prints them (NAME READY STATUS RESTARTS AGE), and each pod's recent events. */
import {Box, Text, useWindowSize} from 'ink';
import {messages} from '../../messages/catalog.js';
import type {PodEvent, PodSummary} from '../../wizard/types.js';
import {theme} from '../theme.js';
import {Prose} from './prose.js';

/** `20s`, `3m`, `2h`, `4d`: the AGE column. */
export function age(createdAt: string | undefined, now: Date): string {
	if (!createdAt) return '<unknown>';
	const seconds = Math.max(0, Math.floor((now.getTime() - new Date(createdAt).getTime()) / 1000));
	if (seconds < 120) return `${seconds}s`;
	if (seconds < 7200) return `${Math.floor(seconds / 60)}m`;
	if (seconds < 172_800) return `${Math.floor(seconds / 3600)}h`;
	return `${Math.floor(seconds / 86_400)}d`;
}

/** Green when running and ready, red on a failure, yellow while on the way. */
export function podColor(pod: PodSummary): string {
	const [ready, total] = pod.ready.split('/');
	if (pod.status === 'Running' && ready === total) return theme.success;
	if (/Err|BackOff|Fail|Invalid|Unknown/.test(pod.status)) return theme.danger;
	return theme.warning;
}

type TableProps = {readonly pods: readonly PodSummary[]; readonly now: Date};

/** The `kubectl get pods` table, columns sized to the longest name and status. */
export function PodTable({pods, now}: TableProps) {
	const columns = messages().deploy.screen.columns;
	const name = Math.max(columns.name.length, ...pods.map((pod) => pod.name.length)) + 3;
	const status = Math.max(columns.status.length, ...pods.map((pod) => pod.status.length)) + 3;
	const width = useWindowSize().columns;
	if (name + 8 + status + 10 + 4 > width) {
		// Too narrow for the columns (a row would wrap into the next): each pod on two lines, its fields named.
		return (
			<Box flexDirection="column">
				{pods.length === 0 ? <Text color={theme.muted}>{messages().pods.none}</Text> : null}
				{pods.map((pod) => (
					<Box key={pod.name} flexDirection="column">
						<Text>{pod.name}</Text>
						<Box paddingLeft={2}>
							<Prose>
								<Text>
									{`${columns.ready} ${pod.ready} · ${columns.status} `}
									<Text color={podColor(pod)}>{pod.status}</Text>
									{` · ${columns.restarts} ${pod.restarts} · ${columns.age} ${age(pod.createdAt, now)}`}
								</Text>
							</Prose>
						</Box>
					</Box>
				))}
			</Box>
		);
	}
	return (
		<Box flexDirection="column">
			<Text bold>{`${columns.name.padEnd(name)}${columns.ready.padEnd(8)}${columns.status.padEnd(status)}${columns.restarts.padEnd(10)}${columns.age}`}</Text>
			{pods.length === 0 ? <Text color={theme.muted}>{messages().pods.none}</Text> : null}
			{pods.map((pod) => (
				<Text key={pod.name}>
					{pod.name.padEnd(name)}
					{pod.ready.padEnd(8)}
					<Text color={podColor(pod)}>{pod.status.padEnd(status)}</Text>
					{String(pod.restarts).padEnd(10)}
					{age(pod.createdAt, now)}
				</Text>
			))}
		</Box>
	);
}

/** Props of PodEvents: `perPod` newest events are shown for each pod. */
type EventsProps = {readonly pods: readonly PodSummary[]; readonly events: readonly PodEvent[]; readonly perPod?: number};

/** The few newest events of each pod that has any (oldest of them first, as `kubectl describe` lists), warnings in yellow. */
export function PodEvents({pods, events, perPod = 3}: EventsProps) {
	const text = messages().deploy.screen;
	const withEvents = pods.filter((pod) => events.some((event) => event.pod === pod.name));
	if (withEvents.length === 0) return null;
	return (
		<Box flexDirection="column" marginTop={1}>
			{withEvents.map((pod) => (
				<Box key={pod.name} flexDirection="column">
					<Text bold>{text.eventsOf(pod.name)}</Text>
					{events
						.filter((event) => event.pod === pod.name)
						.slice(0, perPod)
						.reverse()
						.map((event, index) => (
							<Text key={`${index}-${event.reason}`} color={event.type === 'Warning' ? theme.warning : theme.muted} wrap="truncate-middle">
								{`  ${event.type.padEnd(8)}${event.reason.padEnd(10)}${event.message}${event.count > 1 ? text.times(event.count) : ''}`}
							</Text>
						))}
				</Box>
			))}
		</Box>
	);
}
