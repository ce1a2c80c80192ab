/**
 * The root Ink component: the screen for the current view, the pending question under it,
 * and the error panel. The only caller of Ink's exit().
 */
import {Box, Text, useApp, useInput} from 'ink';
import {useEffect} from 'react';
import {fitStopLines, stopLines, type StopLine} from './output/stop-lines.js';
import {ErrorPanel} from './ui/components/error-panel.js';
import {SoftWrapContext} from './ui/components/soft-wrap.js';
import {Question} from './ui/components/question.js';
import type {PromptController} from './ui/ink-prompter.js';
import {Prerequisites} from './ui/screens/prerequisites.js';
import {PlanScreen} from './ui/screens/plan.js';
import {PodsScreen} from './ui/screens/pods.js';
import {RegistryScreen} from './ui/screens/registry.js';
import {Summary} from './ui/screens/summary.js';
import {Welcome} from './ui/screens/welcome.js';
import {useColumns} from './ui/components/window-size.js';
import {theme} from './ui/theme.js';
import {useWizard, WizardContext} from './ui/use-wizard.js';
import {assertNever} from './wizard/errors.js';
import {podsRunningHold} from './wizard/prompter.js';
import type {WizardStore} from './wizard/store.js';
import type {View} from './wizard/types.js';

type Props = {
	readonly store: WizardStore;
	readonly controller: PromptController;
	readonly isVerbose?: boolean;
};

function Screen({view}: {readonly view: View}) {
	switch (view) {
		case 'welcome':
			return <Welcome />;
		case 'prerequisites':
			return <Prerequisites />;
		case 'plan':
			return <PlanScreen />;
		case 'pods':
			return <PodsScreen />;
		case 'summary':
			return <Summary />;
		case 'form':
			return null;
		case 'registry':
			return <RegistryScreen />;
		default:
			return assertNever(view);
	}
}

/**
 * The last lines of a run (what exists now, how to undo it, where the record is), cut to the terminal's width where a
 * reader and a shell expect it (output/stop-lines.ts): sentences at their spaces, an undo command with ` \`
 * continuations, never mid-word. A line still wider than the terminal (a role assignment id) is drawn whole, for the
 * terminal to wrap softly, so a copy of it is one word: each row is as wide as its text (twice its length is room
 * enough for characters two columns wide). They are the last frame (the run has finished), so nothing is drawn over them.
 */
function StopLines({lines}: {readonly lines: readonly StopLine[]}) {
	const columns = useColumns();
	return (
		<Box marginTop={1} flexDirection="column">
			{lines.flatMap((line, index) =>
				fitStopLines([line], columns).map((row, at) => (
					<Box key={`${index}-${at}`} width={Math.max(1, row.length * 2)} flexShrink={0}>
						<Text wrap="truncate-end" color={index === 0 ? undefined : theme.muted}>
							{row}
						</Text>
					</Box>
				)),
			)}
		</Box>
	);
}

function Root({isVerbose, controller}: {readonly isVerbose: boolean; readonly controller: PromptController}) {
	const {exit} = useApp();
	const view = useWizard((state) => state.view);
	const question = useWizard((state) => state.question);
	const error = useWizard((state) => state.error);
	const activity = useWizard((state) => state.activity);
	const finished = useWizard((state) => state.finished);
	const record = useWizard((state) => state.record);
	const details = useWizard((state) => state.details);
	useInput((input, key) => {
		if (key.ctrl && input === 'c') controller.cancel();
		else if (input === 'q' && (question?.kind === 'select' || question?.kind === 'confirm')) controller.cancel();
	});
	useEffect(() => {
		if (finished) exit();
	}, [finished, exit]);
	return (
		<Box flexDirection="column">
			<SoftWrapContext.Provider value={finished !== undefined}>
				<Screen view={view} />
			</SoftWrapContext.Provider>
			{details.length > 0 ? (
				<Box flexDirection="column" marginTop={1}>
					{details.map((line, index) => (
						<Text key={`${index}-${line}`}>{line}</Text>
					))}
				</Box>
			) : null}
			{activity ? <Text color={theme.muted}>{activity}</Text> : null}
			{error ? <ErrorPanel error={error} isVerbose={isVerbose} /> : null}
			{/* The hold on the live pods is drawn by the pods screen itself, under its inspector (enter or esc goes on). */}
			{question && !(view === 'pods' && question.id === podsRunningHold) ? <Question question={question} /> : null}
			{finished && stopLines(finished, record).length > 0 ? <StopLines lines={stopLines(finished, record)} /> : null}
		</Box>
	);
}

export function App({store, controller, isVerbose = false}: Props) {
	return (
		<WizardContext.Provider value={{store, controller}}>
			<Root isVerbose={isVerbose} controller={controller} />
		</WizardContext.Provider>
	);
}
