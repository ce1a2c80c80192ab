/**
 * The real az against the sandbox playing AzureChinaCloud, registered as az registers it (`setup-az`): seed 000's
 * own commands answer with the China cloud's names (`<acr-name>.azurecr.cn`, chinaeast2, the AKS API server's
 * China host), and a region the China cloud does not have is refused with ARM's own code. Skipped without az and kubectl.
 */
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {eventually, missingClients, openLane, said, startWorld, type World} from '../conformance/harness.js';

const missing = missingClients();
if (missing !== undefined) console.warn(`az against the China sandbox skipped: ${missing}`);

describe.skipIf(missing !== undefined)('the real az against the sandbox as AzureChinaCloud', () => {
	let world: World;
	beforeAll(async () => {
		world = await startWorld({cloud: 'AzureChinaCloud'});
	}, 180_000);
	afterAll(async () => world.close());

	test('az sees the China suffix, creates the registry at <name>.azurecr.cn in chinaeast2, and refuses eastus', async () => {
		const lane = await openLane(world, 'china');
		const suffix = await lane.run('az cloud show --query suffixes.acrLoginServerEndpoint --output tsv');
		expect(suffix.stdout.trim(), said(suffix)).toBe('.azurecr.cn');
		const create = await lane.run('az acr create --name cnazacr01 --resource-group rg-acr-sandbox --sku basic --query "[loginServer, location]" --output tsv');
		expect(create.code, said(create)).toBe(0);
		expect(create.stdout.trim().split(/\s+/)).toEqual(['cnazacr01.azurecr.cn', 'chinaeast2']);
		const aks = await lane.run('az aks show --resource-group rg-acr-sandbox --name aks-sandbox --query fqdn --output tsv');
		expect(aks.stdout.trim(), said(aks)).toMatch(/\.hcp\.chinaeast2\.cx\.prod\.service\.azk8s\.cn$/);
		const attach = await lane.run('az aks update --name aks-sandbox --resource-group rg-acr-sandbox --attach-acr cnazacr01 --output none');
		expect(attach.code, said(attach)).toBe(0);
		await eventually('the AcrPull assignment is listed', async () => {
			const listed = await lane.run(
				'az role assignment list --scope "$(az acr show --name cnazacr01 --query id --output tsv)" --query "[].roleDefinitionName" --output tsv',
			);
			return listed.stdout.includes('AcrPull');
		});
		const refused = await lane.run('az acr create --name cneastusacr --resource-group rg-acr-sandbox --sku basic --location eastus --output none');
		expect(refused.code).not.toBe(0);
		expect(refused.stderr).toContain('LocationNotAvailableForResourceType');
	}, 180_000);
});
