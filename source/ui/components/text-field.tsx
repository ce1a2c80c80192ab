/**
 * A one-line text field (or a masked one for secrets) over the editing rules of text-editing.ts.
 * A lone Escape goes back; the typed text (or the answer given) is kept as a draft of that
 * question and comes back when the question is asked again (never for a secret). Pasted text arrives in one piece
 * (bracketed paste) and is cleaned like typed text.
 */
import {Text, useInput, usePaste} from 'ink';
import {useRef, useState} from 'react';
import {pressKey, typeText, type Edit, type Line} from '../text-editing.js';
import {theme} from '../theme.js';

type Props = {
	/** The question's id: the draft kept on Escape is its own. */
	readonly id: string;
	/** Drawn dimmed after the cursor while the field is empty: the default enter takes, or an example. */
	readonly placeholder?: string;
	readonly mask?: boolean;
	readonly onChange: (value: string) => void;
	readonly onSubmit: (value: string) => void;
	readonly onBack: () => void;
	/** Where drafts are kept (the prompter's, one per run). */
	readonly drafts: Map<string, string>;
};

export function TextField({id, placeholder, mask = false, onChange, onSubmit, onBack, drafts}: Props) {
	const [line, setLine] = useState<Line>(() => {
		const draft = mask ? undefined : drafts.get(id);
		return {value: draft ?? '', cursor: draft?.length ?? 0};
	});
	// Keys may arrive faster than React renders: each edit works on the latest line, not the last drawn one.
	const latest = useRef(line);
	const apply = (edit: Edit | undefined) => {
		if (!edit) return;
		const changed = edit.line.value !== latest.current.value;
		latest.current = edit.line;
		setLine(edit.line);
		if (edit.submit) {
			// The answer stays as the draft too: going back to this question shows it as typed (never a secret).
			if (mask || edit.line.value === '') drafts.delete(id);
			else drafts.set(id, edit.line.value);
			onSubmit(edit.line.value);
		} else if (changed) onChange(edit.line.value);
	};
	useInput((input, key) => {
		if (key.escape) {
			// ESC ESC (meta + escape) is a stray byte pair, not a request to go back.
			if (key.meta) return;
			if (!mask && latest.current.value !== '') drafts.set(id, latest.current.value);
			onBack();
			return;
		}
		if (key.upArrow || key.downArrow || key.tab || key.pageUp || key.pageDown) return;
		if (key.ctrl && input === 'c') return;
		apply(pressKey(latest.current, input, key));
	});
	usePaste((text) => apply(typeText(latest.current, text)));
	const shown = mask ? '*'.repeat(line.value.length) : line.value;
	// The cursor, then what the empty field means ("(enter for eastus)", "e.g. myacr"): never drawn as if typed.
	if (shown === '' && placeholder) {
		return (
			<Text>
				<Text inverse> </Text>
				<Text color={theme.muted}>{` ${placeholder}`}</Text>
			</Text>
		);
	}
	return (
		<Text>
			{shown.slice(0, line.cursor)}
			<Text inverse>{shown.slice(line.cursor, line.cursor + 1) || ' '}</Text>
			{shown.slice(line.cursor + 1)}
		</Text>
	);
}
