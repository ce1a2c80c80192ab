/** The pending question, drawn under the current view: select, text, secret (masked) or confirm. */
import {Box, Text} from 'ink';
import {useEffect, useState} from 'react';
import {messages} from '../../messages/catalog.js';
import type {Question as QuestionData} from '../../wizard/types.js';
import {theme} from '../theme.js';
import {useAnswer} from '../use-wizard.js';
import {MultiSelectInput} from './multi-select-input.js';
import {Prose} from './prose.js';
import {SelectInput} from './select-input.js';
import {TextField} from './text-field.js';

type Props = {readonly question: QuestionData};

function Input({question, onNudge}: Props & {readonly onNudge: (isShown: boolean) => void}) {
	const controller = useAnswer();
	const text = messages().common;
	const yesNo = [
		{value: 'yes', label: messages().common.yes},
		{value: 'no', label: messages().common.no},
	];
	switch (question.kind) {
		case 'select':
			if (question.multiple)
				return (
					<MultiSelectInput
						key={question.id}
						choices={question.choices}
						defaultValue={question.default}
						onSubmit={controller.answer}
						onBack={controller.back}
					/>
				);
			return <SelectInput key={question.id} choices={question.choices} defaultValue={question.default} onSubmit={controller.answer} onBack={controller.back} />;
		case 'confirm':
			return (
				<SelectInput
					key={question.id}
					choices={yesNo}
					defaultValue={question.default === false ? 'no' : 'yes'}
					onSubmit={(value) => controller.answer(value === 'yes')}
					onBack={controller.back}
				/>
			);
		case 'text':
			return (
				<TextField
					key={question.id}
					id={question.id}
					placeholder={
						question.default !== undefined
							? text.enterFor(question.defaultLabel ?? question.default)
							: question.placeholder !== undefined
								? text.example(question.placeholder)
								: undefined
					}
					onChange={(value) => {
						onNudge(false);
						controller.change(value);
					}}
					onSubmit={(value) => {
						// Enter on an empty field takes the default; an example is only an example: say what to type, not an error.
						if (value === '' && question.default === undefined && question.placeholder !== undefined) onNudge(true);
						else controller.answer(value === '' && question.default !== undefined ? question.default : value);
					}}
					onBack={controller.back}
					drafts={controller.drafts}
				/>
			);
		case 'secret':
			return (
				<TextField
					key={question.id}
					id={question.id}
					mask
					onChange={controller.change}
					onSubmit={controller.answer}
					onBack={controller.back}
					drafts={controller.drafts}
				/>
			);
	}
}

export function Question({question}: Props) {
	// Enter on an empty field that shows only an example: what to type, in the hint's colour (it is not an error).
	const [nudge, setNudge] = useState<string | undefined>(undefined);
	useEffect(() => setNudge(undefined), [question.id]);
	const example = question.kind === 'text' ? question.placeholder : undefined;
	const onNudge = (isShown: boolean) => setNudge(isShown && example !== undefined ? messages().common.typeYourOwn(example) : undefined);
	return (
		<Box flexDirection="column" marginTop={1}>
			<Text bold>{question.message}</Text>
			{question.hint ? (
				<Prose>
					<Text color={theme.muted}>{question.hint}</Text>
				</Prose>
			) : null}
			<Input question={question} onNudge={onNudge} />
			{question.error ? <Text color={theme.danger}>{question.error}</Text> : nudge ? <Text color={theme.accent}>{nudge}</Text> : null}
			<Text color={theme.muted}>
				{question.kind === 'text' || question.kind === 'secret'
					? messages().common.keysText
					: question.kind === 'select' && question.multiple
						? messages().common.keysMultiple
						: messages().common.keys}
			</Text>
		</Box>
	);
}
