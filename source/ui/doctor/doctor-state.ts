/** What doctor's live screen shows, as plain data in a vanilla zustand store: the phases, the report, the stage. */
import {createStore, type StoreApi} from 'zustand/vanilla';
import type {PodEvent, PodSummary} from '../../kubernetes/kubernetes.js';
import type {DoctorReportView} from '../../output/doctor.js';
import type {Status} from '../../wizard/types.js';

export type DoctorPhaseId = 'target' | 'facts' | 'checks';

/** checking → findings (the plan offered) → applying → watching → done. */
export type DoctorStage = 'checking' | 'findings' | 'applying' | 'watching' | 'done';

export type DoctorViewState = {
	readonly phases: Readonly<Record<DoctorPhaseId, Status>>;
	readonly stage: DoctorStage;
	readonly report?: DoctorReportView;
	/** Whether a fix plan is on offer (the wizard store holds it). */
	readonly hasPlan: boolean;
	/** The last line: the pod recovered, or not yet, or a refusal. */
	readonly outcome?: {readonly status: Status; readonly text: string};
	/** The watched pods and their events, live from the cluster's watch (while watching). */
	readonly picture: {readonly pods: readonly PodSummary[]; readonly events: readonly PodEvent[]};
	/** Whether the screen stays on the pods until the user quits (--watch). */
	readonly isWatch: boolean;
};

export type DoctorViewActions = {
	startPhase(phase: DoctorPhaseId): void;
	showReport(report: DoctorReportView, hasPlan: boolean): void;
	/** A newer report of the same target (while watching), the stage unchanged. */
	updateReport(report: DoctorReportView): void;
	setStage(stage: DoctorStage): void;
	finish(outcome: {readonly status: Status; readonly text: string}): void;
	/** A line said while the screen stays (the pods recovered, under --watch). */
	note(outcome: {readonly status: Status; readonly text: string}): void;
	showPicture(picture: DoctorViewState['picture']): void;
};

export type DoctorViewStore = StoreApi<DoctorViewState & {readonly actions: DoctorViewActions}>;

const order: readonly DoctorPhaseId[] = ['target', 'facts', 'checks'];

/** A store at the start of a run: every phase pending. */
export function createDoctorViewStore(options: {readonly isWatch?: boolean} = {}): DoctorViewStore {
	return createStore<DoctorViewState & {readonly actions: DoctorViewActions}>()((set) => ({
		phases: {target: 'pending', facts: 'pending', checks: 'pending'},
		stage: 'checking',
		hasPlan: false,
		picture: {pods: [], events: []},
		isWatch: options.isWatch ?? false,
		actions: {
			// A phase that starts ends the ones before it.
			startPhase: (phase) =>
				set((state) => ({
					phases: Object.fromEntries(
						order.map((id) => [id, order.indexOf(id) < order.indexOf(phase) ? 'ok' : id === phase ? 'running' : state.phases[id]]),
					) as Record<DoctorPhaseId, Status>,
				})),
			showReport: (report, hasPlan) => set({report, hasPlan, stage: 'findings', phases: {target: 'ok', facts: 'ok', checks: 'ok'}}),
			updateReport: (report) => set({report}),
			setStage: (stage) => set({stage}),
			finish: (outcome) => set({outcome, stage: 'done'}),
			note: (outcome) => set({outcome}),
			showPicture: (picture) => set({picture}),
		},
	}));
}
