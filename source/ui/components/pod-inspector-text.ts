/**
 * Pure: the lines of the pod inspector's views, as kubectl prints them — `kubectl describe pod`'s fields that
 * matter to a pull (node, controller, service account, pull secrets, each container's state, last state,
 * restarts, conditions) and its Events table (type, reason, age, message; a repeated event as `(x3 over …)`).
 */
import type {ContainerStateDescription, PodDescription, PodEvent} from '../../kubernetes/kubernetes.js';
import {messages} from '../../messages/catalog.js';
import {age} from './pod-table.js';

/** The events of one pod, oldest first (the watch hands them newest first), as `kubectl describe pod`'s Events table. */
export function eventLines(events: readonly PodEvent[], pod: string, now: Date): string[] {
	const text = messages().inspector;
	const own = events.filter((event) => event.pod === pod).reverse();
	if (own.length === 0) return [text.noEvents];
	const [type, reason, when, message] = text.describe.eventColumns;
	const rows = own.map((event) => [
		event.type,
		event.reason,
		event.count > 1 ? `${age(event.lastSeen, now)} (x${event.count})` : age(event.lastSeen, now),
		event.message,
	]);
	return table([[type ?? '', reason ?? '', when ?? '', message ?? ''], ...rows]);
}

/** Columns padded to their widest cell, three spaces apart, the last one free. */
function table(rows: ReadonlyArray<readonly string[]>): string[] {
	const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
	return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd((widths[column] ?? 0) + 3))).join(''));
}

/** `Name:        value`, the label in an 18-character column as kubectl aligns its fields (a longer label keeps one space). */
const field = (label: string, value: string, indent = ''): string => `${indent}${label.padEnd(Math.max(18 - indent.length, label.length + 1))}${value}`;

const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A time as kubectl describe prints it (RFC 1123 with a numeric zone, in UTC): `Wed, 02 Dec 2026 06:02:31 +0000`. */
export function describeTime(iso: string): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	const two = (value: number) => String(value).padStart(2, '0');
	return `${days[date.getUTCDay()] ?? ''}, ${two(date.getUTCDate())} ${months[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`;
}

function stateLines(label: string, state: ContainerStateDescription, indent: string): string[] {
	const text = messages().inspector.describe;
	const inner = `${indent}  `;
	return [
		field(label, state.state, indent),
		...(state.reason ? [field(text.reason, state.reason, inner)] : []),
		...(state.message ? [field(text.message, state.message, inner)] : []),
		...(state.exitCode === undefined ? [] : [field(text.exitCode, String(state.exitCode), inner)]),
		...(state.startedAt ? [field(text.started, describeTime(state.startedAt), inner)] : []),
		...(state.finishedAt ? [field(text.finished, describeTime(state.finishedAt), inner)] : []),
	];
}

/** `kubectl describe pod` for the fields that matter, then its Events. */
export function describeLines(pod: PodDescription, events: readonly PodEvent[], now: Date): string[] {
	const text = messages().inspector.describe;
	const labels = Object.entries(pod.labels).map(([key, value]) => `${key}=${value}`);
	const lines = [
		field(text.name, pod.name),
		field(text.namespace, pod.namespace),
		field(text.serviceAccount, pod.serviceAccount),
		field(text.node, pod.node ?? text.none),
		...(pod.startTime ? [field(text.startTime, describeTime(pod.startTime))] : []),
		field(text.labels, labels[0] ?? text.none),
		...labels.slice(1).map((label) => `${''.padEnd(18)}${label}`),
		field(text.status, pod.phase),
		field(text.ip, pod.ip ?? ''),
		...(pod.controlledBy ? [field(text.controlledBy, pod.controlledBy)] : []),
		text.containers,
	];
	for (const container of pod.containers) {
		lines.push(
			`  ${container.name}:`,
			field(text.image, container.image, '    '),
			...(container.imageID ? [field(text.imageID, container.imageID, '    ')] : []),
			...stateLines(text.state, container.state, '    '),
			...(container.lastState ? stateLines(text.lastState, container.lastState, '    ') : []),
			field(text.ready, container.ready ? 'True' : 'False', '    '),
			field(text.restartCount, String(container.restartCount), '    '),
		);
	}
	if (pod.conditions.length > 0) {
		const [type, status] = text.conditionColumns;
		lines.push(
			text.conditions,
			...table([[type ?? '', status ?? ''], ...pod.conditions.map((condition) => [condition.type, condition.status])]).map((line) => `  ${line}`),
		);
	}
	if (pod.qosClass) lines.push(field(text.qosClass, pod.qosClass));
	lines.push(field(text.pullSecrets, pod.imagePullSecrets.join(', ') || text.none));
	lines.push(text.events, ...eventLines(events, pod.name, now).map((line) => `  ${line}`));
	return lines;
}
