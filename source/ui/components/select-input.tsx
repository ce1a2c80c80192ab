/**
 * A select list with hints and disabled choices: ↑↓ (or k/j) move, enter chooses, esc goes back.
 * Not ink-select-input, which the design card names: it has no disabled choices (the screens grey out
 * e.g. Attach for a caller who cannot assign roles), and it reads its position from React state, so keys
 * that arrive in one chunk (tmux send-keys, a paste: "↓↓⏎") all see the first row and choose it — shown by
 * test/ui/question-chunks.test.tsx, which this list passes. Its number keys also choose at once, which
 * would turn a stray digit into an answer.
 */
import {Box, Text, useInput} from 'ink';
import {useRef, useState} from 'react';
import type {Choice} from '../../wizard/types.js';
import {theme} from '../theme.js';

type Props = {
	readonly choices: readonly Choice[];
	readonly defaultValue?: string;
	readonly onSubmit: (value: string) => void;
	readonly onBack: () => void;
};

/** The index of the next enabled choice from `from` in direction `step`, wrapping around. */
export function nextEnabled(choices: readonly Choice[], from: number, step: 1 | -1): number {
	for (let offset = 1; offset <= choices.length; offset++) {
		const index = (from + step * offset + choices.length * offset) % choices.length;
		if (!choices[index]?.disabled) return index;
	}
	return from;
}

export function SelectInput({choices, defaultValue, onSubmit, onBack}: Props) {
	const initial = Math.max(
		0,
		choices.findIndex((choice) => choice.value === defaultValue && !choice.disabled),
	);
	const [index, setIndex] = useState(choices[initial]?.disabled ? nextEnabled(choices, initial, 1) : initial);
	// Keys that arrive in one chunk (a fast typist, tmux, a paste) are handled before React re-renders:
	// the ref holds the position the next key must see.
	const position = useRef(index);
	const move = (step: 1 | -1) => {
		position.current = nextEnabled(choices, position.current, step);
		setIndex(position.current);
	};
	useInput((input, key) => {
		if (key.upArrow || input === 'k') move(-1);
		else if (key.downArrow || input === 'j') move(1);
		else if (key.return) {
			const choice = choices[position.current];
			if (choice && !choice.disabled) onSubmit(choice.value);
		} else if (key.escape) onBack();
	});
	return (
		<Box flexDirection="column">
			{choices.map((choice, position) => {
				const selected = position === index;
				return (
					<Box key={choice.value}>
						{/* The label keeps its width; a long hint wraps instead of cutting it. */}
						<Box flexShrink={0}>
							<Text color={selected ? theme.accent : undefined} dimColor={choice.disabled}>
								{selected ? `${theme.pointer} ` : '  '}
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
