/** One entry of an ARM error's `details`. */
export type ArmErrorDetail = {readonly code: string; readonly message: string; readonly target?: string};

/** An error an ARM (or Graph) handler throws; the server renders it as the error envelope with its status. */
export class ArmError extends Error {
	override readonly name = 'ArmError';

	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
		readonly details?: readonly ArmErrorDetail[],
		readonly headers?: Readonly<Record<string, string>>,
	) {
		super(message);
	}

	/** The `{error: {code, message, details?}}` body ARM sends. */
	toBody(): {error: {code: string; message: string; details?: readonly ArmErrorDetail[]}} {
		return {error: {code: this.code, message: this.message, ...(this.details ? {details: this.details} : {})}};
	}
}

/** 404 `ResourceNotFound` with ARM's wording for a resource under a resource group. */
export function resourceNotFound(type: string, name: string, resourceGroup: string): ArmError {
	return new ArmError(
		404,
		'ResourceNotFound',
		`The Resource '${type}/${name}' under resource group '${resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
	);
}

/** 404 `ResourceGroupNotFound` with ARM's wording. */
export function resourceGroupNotFound(resourceGroup: string): ArmError {
	return new ArmError(404, 'ResourceGroupNotFound', `Resource group '${resourceGroup}' could not be found.`);
}

/** 404 `SubscriptionNotFound` with ARM's wording. */
export function subscriptionNotFound(subscriptionId: string): ArmError {
	return new ArmError(404, 'SubscriptionNotFound', `The subscription '${subscriptionId}' could not be found.`);
}

/** 400 `InvalidRequestContent`-style error for a body that does not fit. */
export function badRequest(code: string, message: string): ArmError {
	return new ArmError(400, code, message);
}
