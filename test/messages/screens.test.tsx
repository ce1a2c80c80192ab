/**
 * The welcome, prerequisites, a plan, the pod screen and a diagnosis drawn in each language: the
 * words come from that language's catalog, not from English, and the layout holds with wide
 * characters. A language still mapped to English in languages.ts is listed as skipped until its
 * catalog is registered there.
 */
import {cleanup, render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {afterEach, describe, expect, test} from 'vitest';
import {AzureError} from '../../source/azure/azure.js';
import {setLanguage, type Catalog} from '../../source/messages/catalog.js';
import {en} from '../../source/messages/en.js';
import {languages, languageTags, type LanguageTag} from '../../source/messages/languages.js';
import {checkPrerequisites} from '../../source/steps/check-prerequisites.js';
import {deployAndWatch} from '../../source/steps/deploy/deploy-and-watch.js';
import {explainAzureError} from '../../source/steps/shared/explain-azure.js';
import {welcome} from '../../source/steps/welcome.js';
import {ErrorPanel} from '../../source/ui/components/error-panel.js';
import {PodTable} from '../../source/ui/components/pod-table.js';
import {createInkPrompter} from '../../source/ui/ink-prompter.js';
import {Prerequisites} from '../../source/ui/screens/prerequisites.js';
import {WizardContext} from '../../source/ui/use-wizard.js';
import {applyPlan} from '../../source/wizard/engine.js';
import {toErrorView} from '../../source/wizard/errors.js';
import type {CheckResult, PodSummary} from '../../source/wizard/types.js';
import {fakeCluster} from '../helpers/fake-kubernetes.js';
import {failingSnapshot, podNames, pullErrors, runningSnapshot} from '../helpers/pod-snapshots.js';
import {keys, renderApp} from '../helpers/render.js';
import {testContext, testStore} from '../helpers/test-context.js';
import {deployInput, fixPlan, until} from '../steps/deploy/fixtures.js';

afterEach(() => {
	cleanup();
	setLanguage('en');
});

/** Words of each language the screens must show, in the seeds' own terms, beside the catalog's own strings. */
const seedTerms: Partial<Record<LanguageTag, {readonly welcome: readonly string[]; readonly diagnosis: readonly string[]}>> = {
	en: {welcome: ['Attach to AKS', 'Pull secret', 'Connected registry'], diagnosis: ['No permission to pull from the registry']},
	'zh-CN': {welcome: ['附加到 AKS', '拉取机密', '已连接注册表', '服务主体', '映像拉取机密'], diagnosis: ['没有从注册表拉取的权限', 'kubelet 标识']},
};

const registered = (tag: LanguageTag) => tag === 'en' || languages[tag] !== languages.en;

/** English words that must not be on a screen of another language. */
function notEnglish(frame: string, tag: LanguageTag, english: readonly string[]): void {
	if (tag === 'en') return;
	for (const words of english) expect(frame).not.toContain(words);
}

describe.each(languageTags)('the screens in %s', (tag) => {
	const text: Catalog = languages[tag];
	// fr and nl until their catalogs land: shown as skipped, not passed unseen.
	const runs = test.skipIf(!registered(tag));

	runs('welcome: the title, the three paths and the keys', async () => {
		setLanguage(tag);
		const app = renderApp();
		const run = welcome.run(testContext({store: app.store, prompter: app.prompter})).then(
			() => undefined,
			(error: unknown) => error,
		);
		const frame = await app.waitFor(text.common.welcome.questionStart);
		for (const words of [text.common.welcome.title, ...text.common.welcome.paths.map((path) => path.name), text.common.keys, text.common.welcome.choiceStart]) {
			expect(frame).toContain(words);
		}
		for (const words of seedTerms[tag]?.welcome ?? []) expect(frame).toContain(words);
		notEnglish(frame, tag, [en.common.welcome.title, en.common.welcome.questionStart, en.common.welcome.pathsTitle]);
		await app.press(keys.enter);
		expect(await run).toBeUndefined();
	});

	runs('prerequisites: each check by name, the verdict and the question', async () => {
		setLanguage(tag);
		const app = renderApp();
		const run = checkPrerequisites.run(testContext({store: app.store, prompter: app.prompter})).then(
			() => undefined,
			(error: unknown) => error,
		);
		const frame = await app.waitFor(text.prerequisites.summary.question);
		for (const title of Object.values(text.prerequisites.checks)) expect(frame).toMatch(new RegExp(`\\(✓\\) ${title}`));
		expect(frame).toContain(text.prerequisites.title);
		expect(frame).toContain(text.prerequisites.summary.allGood);
		expect(frame).toContain(text.prerequisites.summary.goOn);
		notEnglish(frame, tag, [en.prerequisites.checks.credential, en.prerequisites.summary.allGood, en.prerequisites.summary.question]);
		await app.press(keys.enter);
		expect(await run).toBeUndefined();
	});

	runs('a plan: its title, the action as a sentence with its command and API call, and the question', async () => {
		setLanguage(tag);
		const app = renderApp();
		const context = testContext({store: app.store, prompter: app.prompter});
		const command = 'az aks update --name myAKSCluster --resource-group myResourceGroup --attach-acr myregistry';
		const run = applyPlan(
			{
				stepId: 'attach',
				title: text.attach.grant.title,
				actions: [
					{
						id: 'grant',
						sentence: text.attach.grant.sentence('myregistry', 'myAKSCluster'),
						command,
						call: 'PUT /roleAssignments/1',
						run: async () => ({outcome: 'done'}),
					},
				],
			},
			context,
			{retry: false},
		).then(
			(value) => value,
			(error: unknown) => error,
		);
		const frame = await app.waitFor(text.engine.confirm(1));
		expect(frame).toContain(text.engine.planTitle(text.attach.grant.title));
		expect(frame).toContain(text.attach.grant.sentence('myregistry', 'myAKSCluster'));
		expect(frame).toContain(`$ ${command}`);
		expect(frame).toContain(text.engine.call);
		expect(frame).toContain(text.engine.apply);
		notEnglish(frame, tag, [en.engine.confirm(1), en.attach.grant.title]);
		await app.press(keys.enter);
		expect(await run).not.toBeInstanceOf(Error);
	});

	runs('the pod screen and a diagnosis: the live table, the diagnosis with its code and fix, the question, then all running', async () => {
		setLanguage(tag);
		const app = renderApp({state: {target: {namespace: 'default'}}});
		const cluster = fakeCluster();
		const context = testContext({store: app.store, prompter: app.prompter});
		const run = deployAndWatch(
			context,
			deployInput(cluster, () => fixPlan()),
		).then(
			(outcome) => outcome,
			(error: unknown) => error,
		);
		await app.waitFor(text.deploy.confirm);
		await app.press(keys.enter);
		await until(() => cluster.openWatches() === 1, 'the watch');
		cluster.pushPods(failingSnapshot(pullErrors.anonymous401()));
		const frame = await app.waitFor(text.deploy.question.message);
		const {name, ready, status, restarts, age} = text.deploy.screen.columns;
		expect(frame).toMatch(new RegExp(`${name}\\s+${ready}\\s+${status}\\s+${restarts}\\s+${age}`));
		expect(frame).toContain(text.deploy.screen.podsTitle('default'));
		expect(frame).toContain(`${text.deploy.diagnosis.noPullPermission.title} (ErrImagePull)`);
		expect(frame).toContain(text.deploy.question.fix);
		expect(frame).toContain(text.deploy.question.watch);
		for (const words of seedTerms[tag]?.diagnosis ?? []) expect(frame).toContain(words);
		notEnglish(frame, tag, [en.deploy.question.message, en.deploy.diagnosis.noPullPermission.title, en.deploy.question.fix]);
		cluster.pushPods(runningSnapshot());
		// Once they run, the pods stay on screen until the reader goes on.
		const held = await app.waitFor(text.inspector.goOn);
		expect(held).toContain(text.inspector.holdMessage(2));
		await app.press(keys.enter);
		expect(await run).toBe('running');
	});

	runs('a translated Azure error keeps its code, and the message Azure sent stays visible', () => {
		setLanguage(tag);
		const azure = 'The client alex@contoso.com does not have authorization to perform action Microsoft.Authorization/roleAssignments/write.';
		const view = toErrorView(explainAzureError(new AzureError(azure, 'AuthorizationFailed', 403)));
		const frame = render(<ErrorPanel error={view} />).lastFrame() ?? '';
		expect(frame).toContain(text.errors.azure.AuthorizationFailed.message);
		expect(frame).toContain('(AuthorizationFailed)');
		// English says it in its own words only (the original is --verbose); every other language shows Azure's too.
		const words = frame.replaceAll(/[│╭╮╰╯─]/g, ' ').replaceAll(/\s+/g, ' ');
		if (tag === 'en') expect(words).not.toContain('does not have authorization');
		else expect(words).toContain(azure);
	});
});

describe('wide characters at 80 columns (zh-CN)', () => {
	/** The display column at which `words` starts on the line holding it. */
	function columnOf(frame: string, words: string): number {
		const line = frame.split('\n').find((candidate) => candidate.includes(words)) ?? '';
		return stringWidth(line.slice(0, line.indexOf(words)));
	}

	test('the pod table: every cell starts under its heading', () => {
		setLanguage('zh-CN');
		const [first = '', second = ''] = podNames;
		const pods: PodSummary[] = [
			{name: first, namespace: 'default', ready: '0/1', status: 'ImagePullBackOff', restarts: 3, createdAt: '2026-12-02T01:59:00Z', images: []},
			{name: second, namespace: 'default', ready: '1/1', status: 'Running', restarts: 0, createdAt: '2026-12-02T01:59:00Z', images: []},
		];
		const instance = render(<PodTable pods={pods} now={new Date('2026-12-02T02:00:00Z')} />);
		Object.defineProperty(instance.stdout, 'columns', {get: () => 80});
		instance.rerender(<PodTable pods={pods} now={new Date('2026-12-02T02:00:00Z')} />);
		const frame = instance.lastFrame() ?? '';
		const {ready, status, restarts, age} = languages['zh-CN'].deploy.screen.columns;
		expect(frame.split('\n').every((line) => stringWidth(line) <= 80)).toBe(true);
		expect(columnOf(frame, '0/1')).toBe(columnOf(frame, ready));
		expect(columnOf(frame, 'ImagePullBackOff')).toBe(columnOf(frame, status));
		expect(columnOf(frame, 'Running')).toBe(columnOf(frame, status));
		expect(columnOf(frame, `3 `)).toBe(columnOf(frame, restarts));
		expect(columnOf(frame, '60s')).toBe(columnOf(frame, age));
	});

	test('the prerequisites: every summary starts at the same column, whatever the width of its title', () => {
		setLanguage('zh-CN');
		const checks: CheckResult[] = [
			{id: 'az', title: languages['zh-CN'].prerequisites.checks.az, status: 'ok', summary: '2.61.0'},
			{id: 'credential', title: languages['zh-CN'].prerequisites.checks.credential, status: 'ok', summary: '已登录为 alice@contoso.com'},
			{id: 'role-assignments', title: languages['zh-CN'].prerequisites.checks['role-assignments'], status: 'ok', summary: '你可以创建角色分配'},
		];
		const store = testStore({checks});
		const {controller} = createInkPrompter(store);
		const element = (
			<WizardContext.Provider value={{store, controller}}>
				<Prerequisites />
			</WizardContext.Provider>
		);
		const instance = render(element);
		Object.defineProperty(instance.stdout, 'columns', {get: () => 80});
		instance.rerender(element);
		const frame = instance.lastFrame() ?? '';
		expect(new Set([columnOf(frame, '2.61.0'), columnOf(frame, '已登录为'), columnOf(frame, '你可以创建')]).size).toBe(1);
	});
});
