/** A credential as the wizard passes it around: structurally the Azure SDK's TokenCredential. */
export type AccessToken = {readonly token: string; readonly expiresOnTimestamp: number};

export type AzureCredential = {
	getToken(scopes: string | string[], options?: object): Promise<AccessToken | null>;
};
