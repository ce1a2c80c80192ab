/** The only hooks the screens need: read the store, and answer the pending question. */
import {createContext, useContext} from 'react';
import {useStore} from 'zustand';
import type {WizardState, WizardStore} from '../wizard/store.js';
import type {PromptController} from './ink-prompter.js';

export type WizardContextValue = {readonly store: WizardStore; readonly controller: PromptController};

export const WizardContext = createContext<WizardContextValue | undefined>(undefined);

function useWizardContext(): WizardContextValue {
	const value = useContext(WizardContext);
	if (!value) throw new Error('A screen was rendered outside <WizardContext.Provider>.');
	return value;
}

/** Reads a slice of the wizard state; re-renders when it changes. */
export function useWizard<T>(selector: (state: WizardState) => T): T {
	return useStore(useWizardContext().store, selector);
}

/** The store itself, for the few keys that change what is shown (not an answer). */
export function useWizardStore(): WizardStore {
	return useWizardContext().store;
}

/** The controller that answers the pending question. */
export function useAnswer(): PromptController {
	return useWizardContext().controller;
}
