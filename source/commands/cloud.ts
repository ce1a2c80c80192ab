/**
 * The commands that put az and Azure PowerShell in the cloud the wizard works in: a script of equivalent commands
 * for Azure operated by 21Vianet or Azure Government starts with them, or its commands would go to the public cloud.
 */
import {clouds, type CloudName} from '../azure/clouds.js';

/** `az cloud set --name <cloud>` then `az login`, for a cloud other than the public one (az starts in AzureCloud). */
export function azCloudCommands(cloud: CloudName | undefined): string[] {
	return cloud === undefined || cloud === 'AzureCloud' ? [] : [azCloudSetCommand(cloud), 'az login'];
}

/** A script of equivalent commands that starts in `cloud` (az cloud set, az login) when it has any command at all. */
export function inCloud(commands: readonly string[], cloud: CloudName | undefined): string[] {
	return commands.length === 0 ? [] : [...azCloudCommands(cloud), ...commands];
}

/** `Connect-AzAccount -Environment <cloud>`, for a cloud other than the public one. */
export function powerShellCloudCommands(cloud: CloudName | undefined): string[] {
	return cloud === undefined || cloud === 'AzureCloud' ? [] : [`Connect-AzAccount -Environment ${clouds[cloud].powerShellEnvironment}`];
}

/** How to sign in to az in a cloud: `az login`, after `az cloud set --name <cloud>` for a sovereign one. */
export function azSignInCommand(cloud: CloudName | undefined): string {
	return cloud === undefined || cloud === 'AzureCloud' ? 'az login' : `${azCloudSetCommand(cloud)} && az login`;
}

/** `az cloud set --name <cloud>`. */
export function azCloudSetCommand(cloud: string): string {
	return `az cloud set --name ${cloud}`;
}
