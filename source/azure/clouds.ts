/** The Azure clouds the wizard knows: endpoints and suffixes come from here, never from literals in flows. */

export type CloudProfile = {
	readonly name: string;
	readonly armEndpoint: string;
	/** The login server suffix of container registries, with its leading dot. */
	readonly acrSuffix: string;
	readonly authorityHost: string;
	readonly graphEndpoint: string;
	/** The OAuth scope for ARM tokens. */
	readonly armScope: string;
	readonly graphScope: string;
	/** The CA to trust for this cloud's endpoints (only the sandbox needs one). */
	readonly caPem?: string;
	/**
	 * Where the wizard can get tokens for a cluster node's managed identities (a node's instance metadata service), to
	 * check a kubelet's pull the way canipull does on the node; none on the public clouds, where only the nodes reach it.
	 */
	readonly nodeIdentityEndpoint?: string;
	/** Where login servers answer when not at their DNS name (TLS servername and Host header stay the login server). */
	readonly registryAddress?: {readonly host: string; readonly port: number};
	/** The region a new resource group defaults to when nothing else suggests one (each cloud has its own regions). */
	readonly defaultLocation?: string;
};

export const clouds = {
	AzureCloud: {
		name: 'AzureCloud',
		armEndpoint: 'https://management.azure.com',
		acrSuffix: '.azurecr.io',
		authorityHost: 'https://login.microsoftonline.com',
		graphEndpoint: 'https://graph.microsoft.com',
		armScope: 'https://management.azure.com/.default',
		graphScope: 'https://graph.microsoft.com/.default',
		defaultLocation: 'eastus',
	},
	AzureChinaCloud: {
		name: 'AzureChinaCloud',
		armEndpoint: 'https://management.chinacloudapi.cn',
		acrSuffix: '.azurecr.cn',
		authorityHost: 'https://login.chinacloudapi.cn',
		graphEndpoint: 'https://microsoftgraph.chinacloudapi.cn',
		armScope: 'https://management.chinacloudapi.cn/.default',
		graphScope: 'https://microsoftgraph.chinacloudapi.cn/.default',
		// There is no eastus in Azure operated by 21Vianet: chinanorth3 is its newest general-purpose region.
		defaultLocation: 'chinanorth3',
	},
	AzureUSGovernment: {
		name: 'AzureUSGovernment',
		armEndpoint: 'https://management.usgovcloudapi.net',
		acrSuffix: '.azurecr.us',
		authorityHost: 'https://login.microsoftonline.us',
		graphEndpoint: 'https://graph.microsoft.us',
		armScope: 'https://management.usgovcloudapi.net/.default',
		graphScope: 'https://graph.microsoft.us/.default',
		defaultLocation: 'usgovvirginia',
	},
} as const satisfies Record<string, CloudProfile>;

export type CloudName = keyof typeof clouds;

/** Whether `name` is one of the known public clouds. */
export function isCloudName(name: string): name is CloudName {
	return Object.hasOwn(clouds, name);
}

/** Reads the active cloud from the az CLI's config file text (`[cloud]\nname = …`), if any. */
export function activeCloudFromAzConfig(configText: string): CloudName | undefined {
	let section = '';
	for (const raw of configText.split(/\r?\n/)) {
		const line = raw.trim();
		const header = /^\[(.+)\]$/.exec(line);
		if (header?.[1]) {
			section = header[1];
			continue;
		}
		const entry = /^name\s*=\s*(\S+)$/.exec(line);
		if (section === 'cloud' && entry?.[1] && isCloudName(entry[1])) return entry[1];
	}
	return undefined;
}
