/**
 * The Azure cloud the sandbox plays: the public cloud by default, or a sovereign one (Azure operated by
 * 21Vianet, Azure Government), whose host names the sandbox then serves and shows throughout (login servers,
 * data endpoints, AKS API server names, storage hosts, regions), as that cloud names them.
 */

/** The clouds the sandbox can play, by the names az and Azure PowerShell give them. */
export const playedCloudNames = ['AzureCloud', 'AzureChinaCloud', 'AzureUSGovernment'] as const;

export type PlayedCloudName = (typeof playedCloudNames)[number];

/** One cloud's host names and regions as Azure itself shows them. */
export type PlayedCloud = {
	readonly name: PlayedCloudName;
	/** The login server suffix of registries, without a leading dot: `azurecr.cn`. */
	readonly acrSuffix: string;
	/** Where the seeded world lives (`eastus` does not exist in the China clouds). */
	readonly location: string;
	/** The AKS API server host of a DNS prefix in a region. */
	aksHost(prefix: string, location: string): string;
	/** The storage suffix (blob hosts): `core.chinacloudapi.cn`. */
	readonly storageSuffix: string;
	/** The public DNS suffix of regional front ends (canipull's canonical name): `chinacloudapp.cn`. */
	readonly cloudappSuffix: string;
	/** The cloud's name as kubelogin's `--environment` and canipull's azure.json read it. */
	readonly environmentName: string;
	/** The key vault suffix in the cloud metadata. */
	readonly keyVaultSuffix: string;
	/** A sovereign cloud's regions, by name and display name: a location outside them is refused as that cloud refuses it. */
	readonly regions?: ReadonlyArray<readonly [name: string, displayName: string]>;
};

/** The clouds the sandbox plays, keyed by name. */
export const playedClouds: Readonly<Record<PlayedCloudName, PlayedCloud>> = {
	AzureCloud: {
		name: 'AzureCloud',
		acrSuffix: 'azurecr.io',
		location: 'eastus',
		aksHost: (prefix, location) => `${prefix}.hcp.${location}.azmk8s.io`,
		storageSuffix: 'core.windows.net',
		cloudappSuffix: 'cloudapp.azure.com',
		environmentName: 'AzurePublicCloud',
		keyVaultSuffix: 'vault.azure.net',
	},
	AzureChinaCloud: {
		name: 'AzureChinaCloud',
		acrSuffix: 'azurecr.cn',
		location: 'chinaeast2',
		aksHost: (prefix, location) => `${prefix}.hcp.${location}.cx.prod.service.azk8s.cn`,
		storageSuffix: 'core.chinacloudapi.cn',
		cloudappSuffix: 'chinacloudapp.cn',
		environmentName: 'AzureChinaCloud',
		keyVaultSuffix: 'vault.azure.cn',
		regions: [
			['chinaeast', 'China East'],
			['chinaeast2', 'China East 2'],
			['chinaeast3', 'China East 3'],
			['chinanorth', 'China North'],
			['chinanorth2', 'China North 2'],
			['chinanorth3', 'China North 3'],
		],
	},
	AzureUSGovernment: {
		name: 'AzureUSGovernment',
		acrSuffix: 'azurecr.us',
		location: 'usgovvirginia',
		aksHost: (prefix, location) => `${prefix}.hcp.${location}.cx.aks.containerservice.azure.us`,
		storageSuffix: 'core.usgovcloudapi.net',
		cloudappSuffix: 'usgovcloudapp.net',
		environmentName: 'AzureUSGovernmentCloud',
		keyVaultSuffix: 'vault.usgovcloudapi.net',
		regions: [
			['usgovvirginia', 'USGov Virginia'],
			['usgovarizona', 'USGov Arizona'],
			['usgovtexas', 'USGov Texas'],
			['usdodcentral', 'USDoD Central'],
			['usdodeast', 'USDoD East'],
		],
	},
};

/** Whether `name` is a cloud the sandbox can play. */
export const isPlayedCloudName = (name: string): name is PlayedCloudName => (playedCloudNames as readonly string[]).includes(name);

/** The private DNS zone of registries' private endpoints in a cloud: `privatelink.azurecr.cn`. */
export const privateLinkZoneOf = (cloud: Pick<PlayedCloud, 'acrSuffix'>): string => `privatelink.${cloud.acrSuffix}`;

/** The cloud a sandbox state plays (the public one unless it was started as another). */
export const playedCloudOf = (state: {readonly cloud?: PlayedCloud}): PlayedCloud => state.cloud ?? playedClouds.AzureCloud;
