/**
 * Registry names: the live check while typing (5 to 50 characters, only a-z and 0-9, lower
 * case as the seeds require) and the submit-time check of global uniqueness through the API.
 */
import type {AzureRegistries} from '../../azure/azure.js';
import {messages} from '../../messages/catalog.js';
import type {Explain} from '../../wizard/engine.js';
import type {Check, Validate} from '../../wizard/prompter.js';
import {refusalText} from '../shared/activity.js';

const minLength = 5;
const maxLength = 50;

/** The closest valid-looking form of `value`: lower case, without the characters a name cannot hold. */
export function suggestRegistryName(value: string): string | undefined {
	const cleaned = value.toLowerCase().replaceAll(/[^a-z0-9]/g, '');
	return cleaned.length >= minLength && cleaned.length <= maxLength ? cleaned : undefined;
}

function quoteList(characters: readonly string[]): string {
	return characters.map((character) => (character === ' ' ? messages().registry.name.spaces : `"${character}"`)).join(', ');
}

/** Says exactly what is wrong with a registry name, or undefined when it is well formed. */
export const validateRegistryName: Validate = (value) => {
	const text = messages().registry.name;
	if (value.length === 0) return text.empty;
	const bad = [...new Set(value.replaceAll(/[a-zA-Z0-9]/g, ''))];
	if (bad.length > 0) {
		const suggestion = suggestRegistryName(value);
		return text.invalidCharacters(quoteList(bad), suggestion ? text.suggestion(suggestion) : '');
	}
	// The lower-case form is suggested only when it is a valid name itself.
	if (value !== value.toLowerCase()) return validateRegistryName(value.toLowerCase()) ?? text.upperCase(value.toLowerCase());
	if (value.length < minLength) return text.tooShort(value.length);
	if (value.length > maxLength) return text.tooLong(value.length);
	return undefined;
};

/** The submit-time check: whether the name is free across Azure, with the API's own reason when not. */
export function registryNameCheck(azure: Pick<AzureRegistries, 'checkRegistryName'>, subscriptionId: string, explain: Explain): Check {
	return async (name) => {
		const text = messages().registry.name;
		const answer = await azure.checkRegistryName(subscriptionId, name).catch((error: unknown) => explain(error));
		if (answer instanceof Error) return text.checkFailed(refusalText(answer));
		if (answer.available) return undefined;
		return text.taken(answer.message ?? text.takenDefault(name), answer.reason ?? 'AlreadyExists');
	};
}
