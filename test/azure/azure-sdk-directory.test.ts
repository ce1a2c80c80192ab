import {describe, expect, it} from 'vitest';
import {AzureError} from '../../source/azure/azure.js';
import {isReplicationLag, whileReplicating} from '../../source/azure/azure-sdk-directory.js';

const lag = new AzureError("The appId 'x' of the service principal does not reference a valid application object.", 'Request_BadRequest', 400);

describe('whileReplicating', () => {
	it('retries while Graph has not replicated the new application, then returns', async () => {
		let calls = 0;
		const result = await whileReplicating(async () => {
			calls += 1;
			if (calls < 3) throw lag;
			return 'created';
		}, 0);
		expect(result).toBe('created');
		expect(calls).toBe(3);
	});

	it("gives up after az create-for-rbac's 36 tries with the directory error, saying each wait", async () => {
		let calls = 0;
		const said: string[] = [];
		const failing = whileReplicating(
			async () => {
				calls += 1;
				throw lag;
			},
			0,
			(line) => said.push(line),
		);
		await expect(failing).rejects.toBe(lag);
		expect(calls).toBe(36);
		expect(said).toHaveLength(35);
		expect(said[0]).toMatch(/try 1\/36/);
	});

	it('does not retry other failures', async () => {
		let calls = 0;
		const denied = new AzureError('Insufficient privileges to complete the operation.', 'Authorization_RequestDenied', 403);
		await expect(
			whileReplicating(async () => {
				calls += 1;
				throw denied;
			}, 0),
		).rejects.toBe(denied);
		expect(calls).toBe(1);
	});
});

describe('isReplicationLag', () => {
	it('knows the not-yet-replicated answers and nothing else', () => {
		expect(isReplicationLag(lag)).toBe(true);
		expect(isReplicationLag(new AzureError("Resource 'x' does not exist.", 'Request_ResourceNotFound', 404))).toBe(true);
		expect(isReplicationLag(new AzureError('Bad value.', 'Request_BadRequest', 400))).toBe(false);
		expect(isReplicationLag(new Error('x'))).toBe(false);
	});
});
