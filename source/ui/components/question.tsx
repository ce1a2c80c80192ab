/** The pending question, drawn under the current view: select, text, secret (masked) or confirm. */
import {PasswordInput, TextInput} from '@inkjs/ui';
import {Box, Text, useInput} from 'ink';
import {useCallback} from 'react';
import {messages} from '../../messages/catalog.js';
import type {Question as QuestionData} from '../../wizard/types.js';
import {theme} from '../theme.js';
import {useAnswer} from '../use-wizard.js';
import {SelectInput} from './select-input.js';

type Props = {readonly question: QuestionData};

function EscapeToBack({onBack}: {readonly onBack: () => void}) {
	useInput((_input, key) => {
		if (key.escape) onBack();
	});
	return null;
}

/** A pasted line arrives in one chunk with its newline inside the value: treat the newline as enter. */
function useLineChange(controller: ReturnType<typeof useAnswer>) {
	// Stable identity: the text input calls onChange from an effect that depends on it.
	return useCallback(
		(value: string) => {
			if (/[\r\n]/.test(value)) controller.answer(value.replaceAll(/[\r\n]+/g, ''));
			else controller.change(value);
		},
		[controller],
	);
}

function Input({question}: Props) {
	const controller = useAnswer();
	const onChange = useLineChange(controller);
	const yesNo = [
		{value: 'yes', label: messages().common.yes},
		{value: 'no', label: messages().common.no},
	];
	switch (question.kind) {
		case 'select':
			return <SelectInput key={question.id} choices={question.choices} defaultValue={question.default} onSubmit={controller.answer} onBack={controller.back} />;
		case 'confirm':
			return (
				<SelectInput key={question.id} choices={yesNo} defaultValue={question.default === false ? 'no' : 'yes'} onSubmit={(value) => controller.answer(value === 'yes')} onBack={controller.back} />
			);
		case 'text':
			return (
				<>
					<EscapeToBack onBack={controller.back} />
					<TextInput
						key={question.id}
						placeholder={question.default ?? question.placeholder}
						onChange={onChange}
						onSubmit={(value) => controller.answer(value === '' && question.default !== undefined ? question.default : value)}
					/>
				</>
			);
		case 'secret':
			return (
				<>
					<EscapeToBack onBack={controller.back} />
					<PasswordInput key={question.id} onChange={onChange} onSubmit={controller.answer} />
				</>
			);
	}
}

export function Question({question}: Props) {
	return (
		<Box flexDirection="column" marginTop={1}>
			<Text bold>{question.message}</Text>
			{question.hint ? <Text color={theme.muted}>{question.hint}</Text> : null}
			<Input question={question} />
			{question.error ? <Text color={theme.danger}>{question.error}</Text> : null}
			<Text color={theme.muted}>{question.kind === 'text' || question.kind === 'secret' ? messages().common.keysText : messages().common.keys}</Text>
		</Box>
	);
}
