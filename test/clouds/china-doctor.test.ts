/**
 * Doctor in the China cloud, over the sandbox playing AzureChinaCloud with the real adapters: an image written for
 * the public cloud (`<registry>.azurecr.io`) is named as a registry of another cloud, with the same registry of this
 * cloud (`.azurecr.cn`) as the fix; the network hints name the China cloud's own zone and suffixes.
 */
import {afterEach, describe, expect, test} from 'vitest';
import {seedIds} from '../../source/sandbox/index.js';
import {probeDeployment, startDoctorWorld, type DoctorWorld} from '../doctor/doctor-world.js';

const aks = seedIds.aksCluster;
let world: DoctorWorld | undefined;
afterEach(async () => {
	await world?.close();
	world = undefined;
});

describe('doctor in AzureChinaCloud', () => {
	test('a .azurecr.io image on a China cluster: a registry of another cloud, fixed by the same registry at .azurecr.cn', async () => {
		world = await startDoctorWorld(undefined, {cloud: 'AzureChinaCloud'});
		await world.deploy(aks, probeDeployment({image: `${seedIds.sharedRegistry}.azurecr.io/nginx:v1`}));
		const report = await world.doctor({context: aks, namespace: 'default'});
		const first = report.findings[0];
		expect(first).toMatchObject({id: 'image-cloud', status: 'fail', title: 'The image names a registry of another Azure cloud'});
		expect(first?.cause).toContain(
			`${seedIds.sharedRegistry}.azurecr.io is a registry of AzureCloud, but this cluster and your registries are in AzureChinaCloud`,
		);
		expect(first?.fix?.commands).toEqual([
			`kubectl set image deployment/doctor-probe app=${seedIds.sharedRegistry}.azurecr.cn/nginx:v1 --namespace default --context ${aks}`,
		]);
		expect(report.registries).toContain(`${seedIds.sharedRegistry}.azurecr.cn`);
		expect(report.registries.some((server) => server.endsWith('.azurecr.io'))).toBe(false);
		// Doctor's own fix moves the deployment to this cloud's registry; what is left is the kubelet's missing AcrPull there.
		expect(await world.fix(report, aks)).toEqual([expect.stringContaining(`${seedIds.sharedRegistry}.azurecr.cn/nginx:v1`)]);
		const pods = await world.failing(aks);
		expect(pods.flatMap((pod) => pod.containers.map((container) => container.image))).toContain(`${seedIds.sharedRegistry}.azurecr.cn/nginx:v1`);
	});

	test('an image of this cloud’s registry is not called another cloud’s', async () => {
		world = await startDoctorWorld(undefined, {cloud: 'AzureChinaCloud'});
		await world.deploy(aks, probeDeployment({image: `${seedIds.sharedRegistry}.azurecr.cn/nginx:v1`}));
		const report = await world.doctor({context: aks, namespace: 'default'});
		expect(report.findings.map((finding) => finding.id)).not.toContain('image-cloud');
		expect(report.findings[0]).toMatchObject({id: 'kubelet-pull-role', status: 'fail'});
	});
});
