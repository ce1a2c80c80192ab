/**
 * Doctor's live screen: the phases with their progress while the checks run concurrently, then the findings
 * ranked (the cause first, its evidence and fix), the fix plan with apply or quit, its progress, and the pod
 * recovering. Reads the doctor view store and, for the plan, the wizard store (the same plan screen).
 */
import {Box, Text, useApp} from 'ink';
import {useEffect} from 'react';
import {useStore} from 'zustand';
import type {Finding} from '../../diagnosis/findings.js';
import type {KubePodInspection} from '../../kubernetes/kubernetes.js';
import {messages} from '../../messages/catalog.js';
import {PodInspector} from '../components/pod-inspector.js';
import {useColumns} from '../components/window-size.js';
import {PodTable} from '../components/pod-table.js';
import {SelectInput} from '../components/select-input.js';
import {StatusIcon} from '../components/status-icon.js';
import {PlanScreen} from '../screens/plan.js';
import {theme} from '../theme.js';
import type {DoctorPhaseId, DoctorViewStore} from './doctor-state.js';

type Props = {
	readonly store: DoctorViewStore;
	readonly onChoice: (choice: 'apply' | 'quit') => void;
	/** Where the pod inspector reads describe, logs and the YAML (the target's cluster). */
	readonly reader?: KubePodInspection;
	/** `q` on the pod inspector: stop watching. */
	readonly onQuit?: () => void;
};

const phaseIds: readonly DoctorPhaseId[] = ['target', 'facts', 'checks'];

function FindingRow({finding}: {readonly finding: Finding}) {
	const text = messages().doctor.report;
	return (
		<Box flexDirection="column" marginBottom={finding.status === 'ok' ? 0 : 1}>
			<Box>
				<StatusIcon status={finding.status} />
				<Text bold={finding.status !== 'ok'}> {finding.title}</Text>
			</Box>
			{finding.status === 'ok' ? null : (
				<Box flexDirection="column" marginLeft={4}>
					<Text>{finding.cause}</Text>
					{finding.evidence.map((line) => (
						<Text key={line} color={theme.muted}>{`${text.evidence}: ${line}`}</Text>
					))}
					{(finding.fix?.commands ?? []).map((command) => (
						<Text key={command} color={theme.accent}>{`${text.fix}: ${command}`}</Text>
					))}
				</Box>
			)}
		</Box>
	);
}

/** The findings of one report, pod by pod. */
function Findings({store}: {readonly store: DoctorViewStore}) {
	const report = useStore(store, (state) => state.report);
	if (!report) return null;
	const text = messages().doctor.report;
	return (
		<Box flexDirection="column" marginTop={1}>
			{report.pods.length === 0 ? <Text>{text.noPods}</Text> : null}
			{report.pods.map((pod) => {
				const id = `${pod.namespace}/${pod.name}`;
				return (
					<Box key={id} flexDirection="column" marginBottom={1}>
						<Text bold>{`${id}  ${pod.status} ${pod.ready}  ${pod.image}`}</Text>
						{report.findings
							.filter((finding) => finding.pod === id)
							.map((finding) => (
								<FindingRow key={`${finding.id}-${finding.title}`} finding={finding} />
							))}
					</Box>
				);
			})}
			<Text color={report.status === 'ok' ? theme.success : theme.warning}>
				{report.status === 'ok' ? text.sound : text.problems(report.findings.filter((finding) => finding.status !== 'ok' && finding.id !== 'kubelet').length)}
			</Text>
			<Text color={theme.muted}>{text.took(report.elapsedMs)}</Text>
		</Box>
	);
}

/** While watching: the cause named first (the findings scroll away otherwise), the last line, and the live pods to inspect. */
function Watching({store, reader, onQuit}: {readonly store: DoctorViewStore; readonly reader: KubePodInspection; readonly onQuit: () => void}) {
	const report = useStore(store, (state) => state.report);
	const picture = useStore(store, (state) => state.picture);
	const outcome = useStore(store, (state) => state.outcome);
	const stage = useStore(store, (state) => state.stage);
	const first = report?.findings.find((finding) => finding.status === 'fail' && finding.id !== 'kubelet');
	const columns = useColumns();
	// The title, the cause, the last line (wrapped) and a blank line sit above the inspector.
	const reserved = 3 + (first ? 1 : 0) + Math.ceil(((outcome?.text.length ?? 0) + 4) / Math.max(20, columns));
	return (
		<Box flexDirection="column">
			{first ? (
				<Box>
					<StatusIcon status={first.status} />
					<Text wrap="truncate-end"> {first.title}</Text>
				</Box>
			) : null}
			{outcome ? null : <Text color={theme.muted}>{messages().doctor.report.watching}</Text>}
			{outcome ? (
				<Box>
					<StatusIcon status={outcome.status} />
					<Text> {outcome.text}</Text>
				</Box>
			) : null}
			<Box marginTop={1}>
				{stage === 'done' ? (
					// The last frame stays in the terminal: the pods as they were, not a view that no key moves any more.
					<PodTable pods={picture.pods} now={new Date()} />
				) : (
					<PodInspector pods={picture.pods} events={picture.events} reader={reader} onQuit={onQuit} reservedRows={reserved} />
				)}
			</Box>
		</Box>
	);
}

export function DoctorScreen({store, onChoice, reader, onQuit = () => undefined}: Props) {
	const phases = useStore(store, (state) => state.phases);
	const stage = useStore(store, (state) => state.stage);
	const hasPlan = useStore(store, (state) => state.hasPlan);
	const outcome = useStore(store, (state) => state.outcome);
	const isWatch = useStore(store, (state) => state.isWatch);
	const watched = useStore(store, (state) => state.picture.pods.length > 0 || state.stage === 'watching');
	const text = messages().doctor.screen;
	const {exit} = useApp();
	// The run has said its last line: the screen ends once that frame is drawn.
	useEffect(() => {
		if (stage === 'done') exit();
	}, [stage, exit]);
	if (reader && watched && (stage === 'watching' || stage === 'done')) {
		return (
			<Box flexDirection="column">
				<Text bold color={theme.accent}>
					{text.title}
				</Text>
				<Watching store={store} reader={reader} onQuit={onQuit} />
			</Box>
		);
	}
	return (
		<Box flexDirection="column">
			<Text bold color={theme.accent}>
				{text.title}
			</Text>
			{phaseIds.map((id) => (
				<Box key={id}>
					<StatusIcon status={phases[id]} />
					<Text> {text.phases[id]}</Text>
				</Box>
			))}
			<Findings store={store} />
			{hasPlan && stage !== 'checking' ? (
				<Box marginTop={1}>
					<PlanScreen />
				</Box>
			) : null}
			{stage === 'findings' ? (
				<Box flexDirection="column">
					<Text>{hasPlan ? messages().doctor.report.applyQuestion : isWatch ? text.nothingToRunWatch : text.nothingToRun}</Text>
					<SelectInput
						choices={
							hasPlan
								? [
										{value: 'apply', label: text.apply},
										{value: 'quit', label: isWatch ? text.watchOnly : text.quit},
									]
								: [{value: 'quit', label: isWatch ? text.watchOnly : text.quit}]
						}
						defaultValue={hasPlan ? 'apply' : 'quit'}
						onSubmit={(value) => onChoice(value === 'apply' ? 'apply' : 'quit')}
						onBack={() => onChoice('quit')}
					/>
				</Box>
			) : null}
			{stage === 'watching' ? <Text color={theme.muted}>{messages().doctor.report.watching}</Text> : null}
			{outcome ? (
				<Box>
					<StatusIcon status={outcome.status} />
					<Text> {outcome.text}</Text>
				</Box>
			) : null}
		</Box>
	);
}
