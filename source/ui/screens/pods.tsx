/** Live pod status, as `kubectl get pods` prints it, with each pod's recent events and the diagnosis with its fix. */
import {Box, Text} from 'ink';
import {watchPodsCommand} from '../../commands/kubectl.js';
import {watchCommand} from '../../wizard/journal.js';
import {Command} from '../components/command.js';
import {messages} from '../../messages/catalog.js';
import type {WizardState} from '../../wizard/store.js';
import {sharedPodInspection} from '../../kubernetes/pod-inspection-channel.js';
import {podsRunningHold} from '../../wizard/prompter.js';
import {PodInspector} from '../components/pod-inspector.js';
import {PodEvents, PodTable} from '../components/pod-table.js';
import {theme} from '../theme.js';
import {useAnswer, useWizard} from '../use-wizard.js';

type DiagnosisProps = {readonly diagnosis: NonNullable<WizardState['diagnosis']>};

/** The cause in plain words, the kubelet's reason, and the exact fix. */
export function DiagnosisBox({diagnosis}: DiagnosisProps) {
	return (
		<Box flexDirection="column" marginTop={1} borderStyle="round" borderColor={theme.danger} paddingX={1}>
			<Text bold color={theme.danger}>
				{diagnosis.title}
				{diagnosis.code ? <Text color={theme.muted}> {messages().common.code(diagnosis.code)}</Text> : null}
			</Text>
			<Text>{diagnosis.explanation}</Text>
			{diagnosis.fix ? (
				<Text>
					{`${messages().common.fix} `}
					<Text color={theme.accent}>{diagnosis.fix}</Text>
				</Text>
			) : null}
		</Box>
	);
}

/** The pods view: the live pods with the inspector's keys, the diagnosis when they cannot pull, and the hold once they run. */
export function PodsScreen() {
	const pods = useWizard((state) => state.pods);
	const events = useWizard((state) => state.podEvents);
	const diagnosis = useWizard((state) => state.diagnosis);
	const question = useWizard((state) => state.question);
	const namespace = useWizard((state) => state.target.namespace ?? pods[0]?.namespace ?? 'default');
	// The watch as the summary gives it: the target's context and the kubeconfig when not the default, so it is true when pasted.
	const watch = useWizard((state) => watchCommand({...state, target: {...state.target, namespace}}) ?? watchPodsCommand({namespace}));
	const controller = useAnswer();
	const text = messages().deploy.screen;
	const held = question?.id === podsRunningHold;
	return (
		<Box flexDirection="column">
			<Text bold color={theme.accent}>
				{text.podsTitle(namespace)}
			</Text>
			<Command command={watch} indent={0} />
			<Box marginTop={1}>
				{held ? (
					// They run: the pods stay, with the inspector's keys, until enter or esc goes on (q quits, as on any select).
					<PodInspector
						pods={pods}
						events={events}
						reader={sharedPodInspection}
						onQuit={() => undefined}
						onDone={() => controller.answer('continue')}
						reservedRows={5}
					/>
				) : (
					<PodTable pods={pods} now={new Date()} />
				)}
			</Box>
			{held ? null : <PodEvents pods={pods} events={events} />}
			{diagnosis ? <DiagnosisBox diagnosis={diagnosis} /> : null}
			{held ? (
				<Box flexDirection="column">
					<Text>{question.message}</Text>
					<Text color={theme.accent}>{`› ${messages().inspector.goOn}`}</Text>
				</Box>
			) : null}
		</Box>
	);
}
