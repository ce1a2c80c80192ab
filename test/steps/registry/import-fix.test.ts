import {describe, expect, test} from 'vitest';
import {importImagePlan} from '../../../source/steps/shared/sample-image.js';
import {applyPlan} from '../../../source/wizard/engine.js';
import {fakeAzure, registryId} from '../../helpers/fake-azure.js';
import {testContext} from '../../helpers/test-context.js';

describe('the sample import offered as a fix', () => {
	test('imports again even though the registry step already journaled the import (the image went missing since)', async () => {
		const azure = fakeAzure();
		const context = testContext({azure});
		const registry = await azure.getRegistry(registryId('myregistry'));
		// The image goes missing after each import (deleted by someone else): each fix must import it again.
		const goneMissing = () => azure.world.images.get(registry.id)?.clear();
		await applyPlan(importImagePlan(context, registry), context, {confirm: false, retry: false});
		goneMissing();
		await applyPlan(importImagePlan(context, registry, {stepId: 'attach-fix'}), context, {confirm: false, retry: false});
		goneMissing();
		await applyPlan(importImagePlan(context, registry, {stepId: 'attach-fix'}), context, {confirm: false, retry: false});
		expect(azure.calls.importImage).toHaveLength(3);
		expect(context.store.getState().journal.map((entry) => [entry.stepId, entry.id])).toEqual([
			['registry', 'import-myregistry-nginx:v1'],
			['attach-fix', 'import-myregistry-nginx:v1'],
			['attach-fix', 'import-myregistry-nginx:v1-2'],
		]);
	});

	test('in the registry step itself, shown again, an import already done finds the image in place', async () => {
		const azure = fakeAzure();
		const context = testContext({azure});
		const registry = await azure.getRegistry(registryId('myregistry'));
		await applyPlan(importImagePlan(context, registry), context, {confirm: false, retry: false});
		await applyPlan(importImagePlan(context, registry), context, {confirm: false, retry: false});
		expect(context.store.getState().journal.map((entry) => entry.outcome)).toEqual(['done', 'unchanged']);
		// Found by reading the tag, not by a second import.
		expect(azure.calls.importImage).toHaveLength(1);
		expect(azure.calls.getTagManifest.map(([, repository, tag]) => `${repository}:${tag}`)).toEqual(['nginx:v1', 'nginx:v1']);
	});
});
