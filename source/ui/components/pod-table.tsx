/** Pods as `kubectl get pods` prints them (NAME READY STATUS RESTARTS AGE), and each pod's recent events. */
import {Box, Text} from 'ink';
import {messages} from '../../messages/catalog.js';
import {displayWidth, padEndColumns} from '../../output/width.js';
import type {PodEvent, PodSummary} from '../../wizard/types.js';
import {theme} from '../theme.js';
import {Prose} from './prose.js';
import {useColumns, useRows} from './window-size.js';

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

/** Whether a pod is up: Running with every container ready. */
function isUp(pod: PodSummary): boolean {
	const [ready, total] = pod.ready.split('/');
	return pod.status === 'Running' && ready === total;
}

/**
 * The pods the table draws when they do not all fit in `limit` rows: the ones not up first (what the
 * user watches for), then the rest, each group in kubectl's order; all of them when they fit.
 */
export function visiblePods(pods: readonly PodSummary[], limit: number): readonly PodSummary[] {
	if (pods.length <= limit) return pods;
	const shown: PodSummary[] = [];
	for (const pod of pods) if (shown.length < limit && !isUp(pod)) shown.push(pod);
	for (const pod of pods) if (shown.length < limit && isUp(pod)) shown.push(pod);
	const order = new Map(pods.map((pod, index) => [pod, index]));
	return shown.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

/** How many rows of the terminal the table may take: what is left beside the title, the events and a question, never under 5. */
export function tableRows(terminalRows: number): number {
	return Math.max(5, terminalRows - 16);
}

type TableProps = {readonly pods: readonly PodSummary[]; readonly now: Date};

/**
 * The `kubectl get pods` table, columns sized to the longest name and status. Only the rows that fit
 * the terminal are drawn (a thousand pods cost what a screenful does), with a line saying how many more
 * there are and how many of all are not up.
 */
export function PodTable({pods, now}: TableProps) {
	const text = messages().deploy.screen;
	const width = useColumns();
	const rows = useRows();
	const narrowLimit = Math.floor(tableRows(rows) / 2);
	const wideShown = visiblePods(pods, tableRows(rows));
	const columns = text.columns;
	const name = Math.max(displayWidth(columns.name), ...wideShown.map((pod) => displayWidth(pod.name))) + 3;
	const status = Math.max(displayWidth(columns.status), ...wideShown.map((pod) => displayWidth(pod.status))) + 3;
	// READY and RESTARTS as kubectl sizes them (8 and 10), or wider for a heading that needs more.
	const ready = Math.max(8, displayWidth(columns.ready) + 2);
	const restarts = Math.max(10, displayWidth(columns.restarts) + 2);
	// AGE is at most 4 columns wide (`59m`, `23h`), or as wide as its heading.
	const narrow = name + ready + status + restarts + Math.max(4, displayWidth(columns.age)) > width;
	const shown = narrow ? visiblePods(pods, narrowLimit) : wideShown;
	const more =
		shown.length < pods.length ? (
			<Text color={theme.muted}>{text.morePods(pods.length - shown.length, pods.length, pods.filter((pod) => !isUp(pod)).length)}</Text>
		) : null;
	if (narrow) {
		// Too narrow for the columns (a row would wrap into the next): each pod on two lines, its fields named.
		return (
			<Box flexDirection="column">
				{pods.length === 0 ? <Text color={theme.muted}>{messages().pods.none}</Text> : null}
				{shown.map((pod) => (
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
				{more}
			</Box>
		);
	}
	return (
		<Box flexDirection="column">
			<Text
				bold
			>{`${padEndColumns(columns.name, name)}${padEndColumns(columns.ready, ready)}${padEndColumns(columns.status, status)}${padEndColumns(columns.restarts, restarts)}${columns.age}`}</Text>
			{pods.length === 0 ? <Text color={theme.muted}>{messages().pods.none}</Text> : null}
			{shown.map((pod) => (
				<Text key={pod.name}>
					{padEndColumns(pod.name, name)}
					{padEndColumns(pod.ready, ready)}
					<Text color={podColor(pod)}>{padEndColumns(pod.status, status)}</Text>
					{padEndColumns(String(pod.restarts), restarts)}
					{age(pod.createdAt, now)}
				</Text>
			))}
			{more}
		</Box>
	);
}

/** Props of PodEvents: `perPod` newest events are shown for each pod, for at most `pods` pods (the first that have any). */
type EventsProps = {readonly pods: readonly PodSummary[]; readonly events: readonly PodEvent[]; readonly perPod?: number; readonly maxPods?: number};

/** The few newest events of each pod that has any (oldest of them first, as `kubectl describe` lists), warnings in yellow; the pods not up first. */
export function PodEvents({pods, events, perPod = 3, maxPods = 4}: EventsProps) {
	const text = messages().deploy.screen;
	// One pass over the events (newest first, as they come), so a thousand pods cost one map, not a search per pod.
	const byPod = new Map<string, PodEvent[]>();
	for (const event of events) {
		const list = byPod.get(event.pod);
		if (!list) byPod.set(event.pod, [event]);
		else if (list.length < perPod) list.push(event);
	}
	const withEvents = visiblePods(
		pods.filter((pod) => byPod.has(pod.name)),
		maxPods,
	);
	if (withEvents.length === 0) return null;
	return (
		<Box flexDirection="column" marginTop={1}>
			{withEvents.map((pod) => (
				<Box key={pod.name} flexDirection="column">
					<Text bold>{text.eventsOf(pod.name)}</Text>
					{[...(byPod.get(pod.name) ?? [])].reverse().map((event, index) => (
						<Text key={`${index}-${event.reason}`} color={event.type === 'Warning' ? theme.warning : theme.muted} wrap="truncate-middle">
							{`  ${event.type.padEnd(8)}${event.reason.padEnd(10)}${event.message}${event.count > 1 ? text.times(event.count) : ''}`}
						</Text>
					))}
				</Box>
			))}
		</Box>
	);
}
