/** The Azure clouds the wizard knows: endpoints and suffixes come from here, never from literals in flows. */

export type CloudProfile = {
	readonly name: string;
	/**
	 * The Azure cloud whose names the equivalent commands carry (`az cloud set --name …`, `Connect-AzAccount
	 * -Environment …`) and whose suffixes the wizard reads: this cloud itself, or the one the sandbox plays.
	 */
	readonly azureCloud: CloudName;
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

/**
 * What the Azure SDK for JS knows of a cloud, by its own names: `@azure/identity`'s `AzureAuthorityHosts` key and
 * the ARM clients' `AzureClouds` setting. The adapter takes the sign-in authority from there; a test holds the
 * endpoints below equal to what the SDK sends to.
 */
export type SdkCloudNames = {readonly authorityHost: 'AzurePublicCloud' | 'AzureChina' | 'AzureGovernment'; readonly armCloud: string};

/** One public Azure cloud: its endpoints, suffixes and regions. */
export type AzureCloudProfile = CloudProfile & {
	readonly azureCloud: CloudName;
	readonly sdk: SdkCloudNames;
	/** The suffix of AKS API server host names (`<prefix>.hcp.<region>.<suffix>`). */
	readonly aksHostSuffix: string;
	/** Every region of a sovereign cloud (`eastus` does not exist in the China clouds); the public cloud has too many to list. */
	readonly regions?: readonly string[];
	/** Azure PowerShell's name of the cloud (`Connect-AzAccount -Environment …`). */
	readonly powerShellEnvironment: string;
};

export const clouds = {
	AzureCloud: {
		name: 'AzureCloud',
		azureCloud: 'AzureCloud',
		sdk: {authorityHost: 'AzurePublicCloud', armCloud: 'AZURE_PUBLIC_CLOUD'},
		aksHostSuffix: 'azmk8s.io',
		powerShellEnvironment: 'AzureCloud',
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
		azureCloud: 'AzureChinaCloud',
		sdk: {authorityHost: 'AzureChina', armCloud: 'AZURE_CHINA_CLOUD'},
		aksHostSuffix: 'cx.prod.service.azk8s.cn',
		regions: ['chinaeast', 'chinaeast2', 'chinaeast3', 'chinanorth', 'chinanorth2', 'chinanorth3'],
		powerShellEnvironment: 'AzureChinaCloud',
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
		azureCloud: 'AzureUSGovernment',
		sdk: {authorityHost: 'AzureGovernment', armCloud: 'AZURE_US_GOVERNMENT'},
		aksHostSuffix: 'cx.aks.containerservice.azure.us',
		regions: ['usgovvirginia', 'usgovarizona', 'usgovtexas', 'usdodcentral', 'usdodeast'],
		powerShellEnvironment: 'AzureUSGovernment',
		armEndpoint: 'https://management.usgovcloudapi.net',
		acrSuffix: '.azurecr.us',
		authorityHost: 'https://login.microsoftonline.us',
		graphEndpoint: 'https://graph.microsoft.us',
		armScope: 'https://management.usgovcloudapi.net/.default',
		graphScope: 'https://graph.microsoft.us/.default',
		defaultLocation: 'usgovvirginia',
	},
} as const satisfies Record<CloudName, AzureCloudProfile>;

export type CloudName = 'AzureCloud' | 'AzureChinaCloud' | 'AzureUSGovernment';

/** Whether `name` is one of the known public clouds. */
export function isCloudName(name: string): name is CloudName {
	return Object.hasOwn(clouds, name);
}

/** Reads the active cloud's name from the az CLI's config file text (`[cloud]\nname = …`), if it names one (any name: az can register its own). */
export function activeCloudFromAzConfig(configText: string): string | undefined {
	let section = '';
	for (const raw of configText.split(/\r?\n/)) {
		const line = raw.trim();
		const header = /^\[(.+)\]$/.exec(line);
		if (header?.[1]) {
			section = header[1].trim();
			continue;
		}
		const entry = /^name\s*[=:]\s*(\S+)$/.exec(line);
		if (section === 'cloud' && entry?.[1]) return entry[1];
	}
	return undefined;
}

/** Whether a Kubernetes API server URL is an AKS one, in any cloud (`<prefix>.hcp.<region>.azmk8s.io`, `….cx.prod.service.azk8s.cn`). */
export function isAksApiServer(server: string | undefined): boolean {
	if (server === undefined) return false;
	let host: string;
	try {
		host = new URL(server).hostname.toLowerCase();
	} catch {
		return false;
	}
	return Object.values(clouds).some((cloud) => host.endsWith(`.${cloud.aksHostSuffix}`));
}

/** The private DNS zone of registries' private endpoints for a login server suffix: `.azurecr.cn` → `privatelink.azurecr.cn`. */
export function privateLinkZone(acrSuffix: string): string {
	return `privatelink.${acrSuffix.replace(/^\./, '')}`;
}

/** The public cloud whose registries have this login server suffix (`.azurecr.us` → AzureUSGovernment). */
export function cloudOfAcrSuffix(acrSuffix: string): CloudName | undefined {
	const suffix = `.${acrSuffix.replace(/^\./, '').toLowerCase()}`;
	return (Object.keys(clouds) as CloudName[]).find((name) => clouds[name].acrSuffix === suffix);
}

/** The cloud a registry login server belongs to by its suffix (`x.azurecr.io` → AzureCloud), if it is one. */
export function cloudOfLoginServer(host: string): CloudName | undefined {
	const lower = host.toLowerCase();
	return (Object.keys(clouds) as CloudName[]).find((name) => lower.endsWith(clouds[name].acrSuffix));
}
