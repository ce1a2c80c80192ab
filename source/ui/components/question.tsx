/** The pending question, drawn under the current view: select, text, secret (masked) or confirm. */
import {Box, Text} from 'ink';
import {messages} from '../../messages/catalog.js';
import type {Question as QuestionData} from '../../wizard/types.js';
import {theme} from '../theme.js';
import {useAnswer} from '../use-wizard.js';
import {MultiSelectInput} from './multi-select-input.js';
import {SelectInput} from './select-input.js';
import {TextField} from './text-field.js';

type Props = {readonly question: QuestionData};

function Input({question}: Props) {
	const controller = useAnswer();
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
					placeholder={question.default ?? question.placeholder}
					onChange={controller.change}
					onSubmit={(value) => controller.answer(value === '' && question.default !== undefined ? question.default : value)}
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
	return (
		<Box flexDirection="column" marginTop={1}>
			<Text bold>{question.message}</Text>
			{question.hint ? <Text color={theme.muted}>{question.hint}</Text> : null}
			<Input question={question} />
			{question.error ? <Text color={theme.danger}>{question.error}</Text> : null}
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
