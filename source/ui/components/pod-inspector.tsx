/**
 * A place to stay on a live pod list, k9s-style: ↑↓ picks a pod, `e` its events, `d` describe (the fields of
 * `kubectl describe pod` that matter), `l` its container's logs (`p` the previous run's), `y` its YAML, esc back,
 * `q` quit; enter or esc on the list ends the view when the host offers that. The pods and events come live from
 * the host's watch; a detail view is read again whenever its pod changes. Used by `doctor --watch` and the
 * wizard's live pod screen.
 */
import {Box, Text, useInput} from 'ink';
import {useEffect, useReducer, useState} from 'react';
import type {KubePodInspection, PodEvent, PodSummary} from '../../kubernetes/kubernetes.js';
import {messages} from '../../messages/catalog.js';
import {displayWidth, padEndColumns} from '../../output/width.js';
import {useRows} from './window-size.js';
import {theme} from '../theme.js';
import {initialInspectorState, inspectorReducer, pickedPod, type InspectorState} from './pod-inspector-state.js';
import {describeLines, eventLines} from './pod-inspector-text.js';
import {age, podColor} from './pod-table.js';

type Props = {
	readonly pods: readonly PodSummary[];
	readonly events: readonly PodEvent[];
	/** Where describe, logs and the YAML are read (a KubeCluster). */
	readonly reader: KubePodInspection;
	/** Whether the keys are the inspector's (false while a question below has them). */
	readonly isActive?: boolean;
	readonly onQuit: () => void;
	/** Enter or esc on the pod list: the host moves on (the wizard's summary); absent, the list stays. */
	readonly onDone?: () => void;
	/** Clock for the AGE column. */
	readonly now?: () => Date;
	/** Rows the host draws above the inspector: a view takes what is left of the terminal. */
	readonly reservedRows?: number;
};

/** What a detail view shows: its lines, or the reason it has none. */
type Content = {readonly key: string; readonly lines: readonly string[]; readonly error?: string};

/** Rows a detail view may take: what is left beside the host's rows, its title and the key line. */
const viewRows = (rows: number, reserved = 0): number => Math.max(5, rows - reserved - 3);

/** A signature of a pod's live state: a change reads its detail view again. */
function revisionOf(pod: PodSummary | undefined, events: readonly PodEvent[]): string {
	if (!pod) return 'gone';
	const own = events.filter((event) => event.pod === pod.name);
	return `${pod.status}|${pod.ready}|${pod.restarts}|${own.length}|${own.map((event) => event.count).join(',')}`;
}

async function load(reader: KubePodInspection, state: InspectorState, pod: PodSummary, events: readonly PodEvent[], now: Date): Promise<readonly string[]> {
	const text = messages().inspector;
	switch (state.view) {
		case 'describe': {
			const described = await reader.describePod(pod.namespace, pod.name);
			return described ? describeLines(described, events, now) : [text.gone(pod.name)];
		}
		case 'yaml': {
			const yaml = await reader.podYaml(pod.namespace, pod.name);
			return yaml === undefined ? [text.gone(pod.name)] : yaml.replace(/\n$/, '').split('\n');
		}
		case 'logs': {
			const lines = await reader.containerLogs(pod.namespace, pod.name, {previous: state.previous, tailLines: 500});
			return lines.length === 0 ? [text.noLogs] : lines;
		}
		default:
			return [];
	}
}

/** Loads the open detail view of the picked pod, again whenever the pod changes. */
function useContent(reader: KubePodInspection, state: InspectorState, pod: PodSummary | undefined, events: readonly PodEvent[], now: () => Date) {
	const [content, setContent] = useState<Content | undefined>(undefined);
	const revision = revisionOf(pod, events);
	const key = `${state.view}|${pod?.namespace ?? ''}/${pod?.name ?? ''}|${state.previous ? 'previous' : ''}`;
	useEffect(() => {
		if (state.view === 'list' || state.view === 'events' || !pod) return undefined;
		let current = true;
		load(reader, state, pod, events, now()).then(
			(lines) => current && setContent({key, lines}),
			(error: unknown) => current && setContent({key, lines: [], error: error instanceof Error ? error.message : String(error)}),
		);
		return () => {
			current = false;
		};
		// Read again on a new view, pod or run, and when the pod's live state changes (not on every render).
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [key, revision]);
	return content?.key === key ? content : undefined;
}

function PodList({
	pods,
	picked,
	events,
	now,
	limit,
}: {
	readonly pods: readonly PodSummary[];
	readonly picked?: string;
	readonly events: readonly PodEvent[];
	readonly now: Date;
	readonly limit: number;
}) {
	const text = messages();
	const columns = text.deploy.screen.columns;
	const at = Math.max(
		0,
		pods.findIndex((pod) => pod.name === picked),
	);
	const first = Math.min(Math.max(0, at - Math.floor(limit / 2)), Math.max(0, pods.length - limit));
	const shown = pods.slice(first, first + limit);
	// Measured by display width, as the pod table is: a Chinese heading takes two columns a character.
	const name = Math.max(displayWidth(columns.name), ...pods.map((pod) => displayWidth(pod.name))) + 3;
	const status = Math.max(displayWidth(columns.status), ...pods.map((pod) => displayWidth(pod.status))) + 3;
	const ready = Math.max(8, displayWidth(columns.ready) + 2);
	const restarts = Math.max(10, displayWidth(columns.restarts) + 2);
	const own = events.filter((event) => event.pod === picked && event.type === 'Warning').slice(0, 3);
	return (
		<Box flexDirection="column">
			<Text
				bold
			>{`  ${padEndColumns(columns.name, name)}${padEndColumns(columns.ready, ready)}${padEndColumns(columns.status, status)}${padEndColumns(columns.restarts, restarts)}${columns.age}`}</Text>
			{pods.length === 0 ? <Text color={theme.muted}>{text.pods.none}</Text> : null}
			{shown.map((pod) => (
				<Text key={`${pod.namespace}/${pod.name}`} inverse={pod.name === picked} wrap="truncate-end">
					{pod.name === picked ? '> ' : '  '}
					{padEndColumns(pod.name, name)}
					{padEndColumns(pod.ready, ready)}
					<Text color={podColor(pod)}>{padEndColumns(pod.status, status)}</Text>
					{padEndColumns(String(pod.restarts), restarts)}
					{age(pod.createdAt, now)}
				</Text>
			))}
			{pods.length > shown.length ? <Text color={theme.muted}>{text.deploy.screen.morePods(pods.length - shown.length, pods.length, 0)}</Text> : null}
			{own.length > 0 ? (
				<Box flexDirection="column" marginTop={1}>
					{[...own].reverse().map((event, index) => (
						<Text key={`${index}-${event.reason}`} color={theme.warning} wrap="truncate-end">
							{`  ${event.type.padEnd(8)}${event.reason.padEnd(10)}${event.message}${event.count > 1 ? text.deploy.screen.times(event.count) : ''}`}
						</Text>
					))}
				</Box>
			) : null}
		</Box>
	);
}

function DetailView({
	title,
	lines,
	scroll,
	fromEnd,
	limit,
}: {
	readonly title: string;
	readonly lines: readonly string[];
	readonly scroll: number;
	readonly fromEnd: boolean;
	readonly limit: number;
}) {
	const last = Math.max(0, lines.length - limit);
	// Logs open at their end (the newest lines), as `kubectl logs` leaves them; the rest at their start.
	const start = fromEnd ? Math.max(0, last - scroll) : Math.min(scroll, last);
	return (
		<Box flexDirection="column">
			<Text bold color={theme.accent}>
				{title}
			</Text>
			{lines.slice(start, start + limit).map((line, index) => (
				<Text key={`${start + index}`} wrap="truncate-end">
					{line === '' ? ' ' : line}
				</Text>
			))}
		</Box>
	);
}

/** The inspector: the live pod list, or one pod's events, describe, logs or YAML. */
export function PodInspector({pods, events, reader, isActive = true, onQuit, onDone, now = () => new Date(), reservedRows = 0}: Props) {
	const text = messages().inspector;
	const [state, dispatch] = useReducer(inspectorReducer, initialInspectorState);
	const names = pods.map((pod) => pod.name);
	const picked = pickedPod(state, names);
	const pod = pods.find((item) => item.name === picked);
	const content = useContent(reader, state, pod, events, now);
	const rows = useRows();
	const limit = viewRows(rows, reservedRows);
	const lines =
		state.view === 'events' ? eventLines(events, picked ?? '', now()) : content ? (content.error ? [content.error] : content.lines) : [text.loading];
	useInput(
		(input, key) => {
			if (input === 'q') return onQuit();
			if (state.view === 'list') {
				if (key.upArrow || input === 'k') dispatch({type: 'move', by: -1, pods: names});
				else if (key.downArrow || input === 'j') dispatch({type: 'move', by: 1, pods: names});
				else if (!picked) return undefined;
				else if (input === 'e') dispatch({type: 'open', view: 'events'});
				else if (input === 'd') dispatch({type: 'open', view: 'describe'});
				// A container that restarted and waits again: its previous run says why it stopped.
				else if (input === 'l') dispatch({type: 'open', view: 'logs', previous: (pod?.restarts ?? 0) > 0 && pod?.status !== 'Running'});
				else if (input === 'y') dispatch({type: 'open', view: 'yaml'});
				else if ((key.return || key.escape) && onDone) onDone();
				return undefined;
			}
			if (key.escape) dispatch({type: 'back'});
			else if (input === 'p') dispatch({type: 'toggle-previous'});
			else if (key.upArrow || input === 'k') dispatch({type: 'scroll', by: state.view === 'logs' ? 1 : -1, max: lines.length - limit});
			else if (key.downArrow || input === 'j') dispatch({type: 'scroll', by: state.view === 'logs' ? -1 : 1, max: lines.length - limit});
			else if (key.pageUp) dispatch({type: 'scroll', by: state.view === 'logs' ? limit : -limit, max: lines.length - limit});
			else if (key.pageDown) dispatch({type: 'scroll', by: state.view === 'logs' ? -limit : limit, max: lines.length - limit});
			return undefined;
		},
		{isActive},
	);
	const hint = state.view === 'list' ? (onDone ? text.keys.list : text.keys.listWatch) : state.view === 'logs' ? text.keys.logs : text.keys.detail;
	const name = picked ?? '';
	const title =
		state.view === 'events'
			? text.views.events(name)
			: state.view === 'describe'
				? text.views.describe(name)
				: state.view === 'yaml'
					? text.views.yaml(name)
					: state.previous
						? text.views.previousLogs(name)
						: text.views.logs(name);
	return (
		<Box flexDirection="column">
			{state.view === 'list' ? (
				<PodList pods={pods} picked={picked} events={events} now={now()} limit={Math.max(3, limit - 5)} />
			) : (
				<DetailView title={title} lines={lines} scroll={state.scroll} fromEnd={state.view === 'logs'} limit={limit} />
			)}
			<Text color={theme.muted}>{hint}</Text>
		</Box>
	);
}
