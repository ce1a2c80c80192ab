/**
 * Azure CLI releases known to break the commands doctor and the seeds use, as data: the versions (a semver
 * range), the command, what goes wrong, the release that fixed it, and where that is recorded. Each entry
 * cites the public issue or pull request it comes from.
 */

export type KnownBadRelease = {
	/** A semver range of azure-cli versions. */
	readonly versions: string;
	readonly command: string;
	/** fail: the command doctor's fix names does not work; warn: it misleads or crashes on a side path. */
	readonly severity: 'fail' | 'warn';
	readonly symptom: string;
	readonly fixedIn?: string;
	/** The public record: owner/repo#number. */
	readonly source: string;
};

export const knownBadAzReleases: readonly KnownBadRelease[] = [
	{
		// Azure/azure-cli#25963 "az aks update --attach-acr erroring in 2.46.0" (2.45.0 works, 2.46.0 fails for an Owner);
		// Azure/AKS#3530: fixed in 2.47.0.
		versions: '2.46.0',
		command: 'az aks update --attach-acr',
		severity: 'fail',
		symptom: 'fails with "Could not create a role assignment for ACR. Are you an Owner on this subscription?" even for an Owner',
		fixedIn: '2.47.0',
		source: 'Azure/azure-cli#25963',
	},
	{
		// Azure/azure-cli#23087 (merged 2022-07-01) bumped canipull to v0.1.0 "to add 5s wait to avoid attach race condition":
		// before it, check-acr right after an attach can report a failure that is only the role not having arrived.
		versions: '<2.39.0',
		command: 'az aks check-acr',
		severity: 'warn',
		symptom: 'can report that the cluster cannot pull right after an attach (a race: canipull checks before the role arrives)',
		fixedIn: '2.39.0',
		source: 'Azure/azure-cli#23087',
	},
	{
		// The same crash reported from 2.18.0 to 2.44.x: Azure/azure-cli#19654 (2.18.0), #17829 (2.22.0), #18762 (2.25.0),
		// #21117 (2.30.0), #22911 (2022-06), #25114 (2023-01): check-acr reads kubectl's serverVersion without checking it is there.
		versions: '>=2.18.0 <2.45.0',
		command: 'az aks check-acr',
		severity: 'warn',
		symptom: "crashes with KeyError: 'serverVersion' (a traceback) when kubectl cannot reach the cluster",
		source: 'Azure/azure-cli#18762',
	},
];
