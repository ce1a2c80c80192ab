/**
 * A list of choices to tick: ↑↓ (or k/j) move, space ticks or unticks, enter confirms the ticked ones (the highlighted
 * one when none is ticked), esc goes back. The answer is the ticked values joined with commas, in the list's order.
 * Like SelectInput, the position and the ticks live in refs, so keys that arrive in one chunk (tmux, a paste) each
 * see the state the key before left.
 */
import {Box, Text, useInput} from 'ink';
import {useRef, useState} from 'react';
import {splitChoices} from '../../wizard/prompter.js';
import type {Choice} from '../../wizard/types.js';
import {theme} from '../theme.js';
import {nextEnabled} from './select-input.js';

type Props = {
	readonly choices: readonly Choice[];
	/** The values ticked at first, joined with commas. */
	readonly defaultValue?: string;
	readonly onSubmit: (value: string) => void;
	readonly onBack: () => void;
};

export function MultiSelectInput({choices, defaultValue, onSubmit, onBack}: Props) {
	const first = choices.findIndex((choice) => !choice.disabled);
	const [index, setIndex] = useState(Math.max(0, first));
	const position = useRef(index);
	const initial = new Set(splitChoices(defaultValue ?? '').filter((value) => choices.some((choice) => choice.value === value && !choice.disabled)));
	const [ticked, setTicked] = useState(initial);
	const ticks = useRef(initial);
	const move = (step: 1 | -1) => {
		position.current = nextEnabled(choices, position.current, step);
		setIndex(position.current);
	};
	const toggle = () => {
		const choice = choices[position.current];
		if (!choice || choice.disabled) return;
		const next = new Set(ticks.current);
		if (next.has(choice.value)) next.delete(choice.value);
		else next.add(choice.value);
		ticks.current = next;
		setTicked(next);
	};
	const submit = () => {
		const values = choices.filter((choice) => ticks.current.has(choice.value)).map((choice) => choice.value);
		const highlighted = choices[position.current];
		if (values.length > 0) onSubmit(values.join(','));
		else if (highlighted && !highlighted.disabled) onSubmit(highlighted.value);
	};
	useInput((input, key) => {
		if (key.upArrow) move(-1);
		else if (key.downArrow) move(1);
		else if (key.return) submit();
		else if (key.escape) onBack();
		// Printable keys may arrive together (" \r" from a paste or tmux): each one counts, in order.
		else
			for (const character of input) {
				if (character === 'k') move(-1);
				else if (character === 'j') move(1);
				else if (character === ' ') toggle();
				else if (character === '\r' || character === '\n') submit();
			}
	});
	return (
		<Box flexDirection="column">
			{choices.map((choice, row) => {
				const selected = row === index;
				return (
					<Box key={choice.value}>
						<Box flexShrink={0}>
							<Text color={selected ? theme.accent : undefined} dimColor={choice.disabled}>
								{selected ? `${theme.pointer} ` : '  '}
								{ticked.has(choice.value) ? '[x] ' : '[ ] '}
								{choice.label}
							</Text>
						</Box>
						{choice.hint ? <Text color={theme.muted}> {choice.hint}</Text> : null}
					</Box>
				);
			})}
		</Box>
	);
}
