/**
 * The pod inspector's state as a pure reducer (ink-ui's `use-x-state.ts`): which pod is picked, which view is
 * open (the list, or one pod's events, describe, logs or YAML), whether the logs are the previous run's, and
 * how far a view is scrolled. Keys map to actions in `pod-inspector.tsx`.
 */

export type InspectorView = 'list' | 'events' | 'describe' | 'logs' | 'yaml';

export type InspectorState = {
	readonly view: InspectorView;
	/** The picked pod's name: kept across snapshots, so a pod list that changes order does not move the pick. */
	readonly selected?: string;
	/** Logs of the container's previous run (`kubectl logs --previous`). */
	readonly previous: boolean;
	/** Lines scrolled from the start of the view (logs: from its end). */
	readonly scroll: number;
};

export type InspectorAction =
	| {readonly type: 'move'; readonly by: number; readonly pods: readonly string[]}
	| {readonly type: 'open'; readonly view: Exclude<InspectorView, 'list'>; readonly previous?: boolean}
	| {readonly type: 'back'}
	| {readonly type: 'toggle-previous'}
	| {readonly type: 'scroll'; readonly by: number; readonly max: number};

export const initialInspectorState: InspectorState = {view: 'list', previous: false, scroll: 0};

/** The pod the inspector points at: the picked one while it is there, else the first. */
export function pickedPod(state: InspectorState, pods: readonly string[]): string | undefined {
	return state.selected !== undefined && pods.includes(state.selected) ? state.selected : pods[0];
}

export function inspectorReducer(state: InspectorState, action: InspectorAction): InspectorState {
	switch (action.type) {
		case 'move': {
			if (action.pods.length === 0) return state;
			const at = Math.max(0, action.pods.indexOf(pickedPod(state, action.pods) ?? ''));
			const next = Math.min(action.pods.length - 1, Math.max(0, at + action.by));
			return {...state, selected: action.pods[next]};
		}
		case 'open':
			return {...state, view: action.view, previous: action.previous ?? false, scroll: 0};
		case 'back':
			return {...state, view: 'list', previous: false, scroll: 0};
		case 'toggle-previous':
			return state.view === 'logs' ? {...state, previous: !state.previous, scroll: 0} : state;
		case 'scroll':
			return {...state, scroll: Math.min(Math.max(0, action.max), Math.max(0, state.scroll + action.by))};
	}
}
