// Lint rules follow the repository habits in STYLE.md: no `any`, no non-null `!`,
// no floating promises, `node:` imports, type-only imports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// The layers (DESIGN.md), as import rules. Each pattern is a regex on the import specifier.
const nodePrefix = {regex: '^(fs|path|os|http|https|crypto|net|tls|child_process|url|util|events|stream|zlib)$', message: 'Use the node: prefix.'};
const thirdPartyAdapters = {
	regex: '^(@azure/|@kubernetes/client-node$|execa$)',
	message: 'Only azure/azure-sdk*, kubernetes/client-node* and probes/exec.ts import the Azure SDK, @kubernetes/client-node and execa.',
};
const adapters = {
	regex: '(^|/)(azure/azure-sdk[^/]*|kubernetes/client-node[^/]*|probes/exec)(\\.js)?$',
	message: 'Only the composition root (cli.tsx, wiring.ts, environment.ts) reaches the adapters; use the port.',
};
const layer = (names, message) => ({regex: `(^|/)(${names.join('|')})/`, message});
const sandbox = layer(['sandbox'], 'The app reaches the sandbox only through environment.ts and cli.tsx.');
const above = {
	ui: layer(['steps', 'flows'], 'ui/ and output/ draw the store: they import no steps or flows.'),
	steps: layer(['ui', 'output', 'flows'], 'Steps import the wizard, the ports, commands/ and diagnosis/, never screens or flows.'),
	wizard: layer(['steps', 'flows', 'ui', 'output', 'diagnosis'], 'wizard/ (store, engine, journal) imports nothing above it.'),
	pure: layer(['wizard', 'steps', 'flows', 'ui', 'output'], 'commands/ and diagnosis/ are pure: plain data in, words out.'),
	ports: layer(
		['wizard', 'steps', 'flows', 'ui', 'output', 'diagnosis', 'commands', 'messages/en'],
		'Ports (azure/, kubernetes/, probes/) import nothing above them.',
	),
	messages: layer(['wizard', 'steps', 'flows', 'ui', 'output', 'diagnosis', 'commands', 'azure', 'kubernetes', 'probes'], 'The catalog holds words only.'),
};
const restrict = (...patterns) => ['error', {patterns: [nodePrefix, ...patterns]}];
/** The sandbox imports nothing of the app: no relative import leaves source/sandbox/ (one rule per depth). */
const sandboxDepths = [1, 2, 3, 4].map((depth) => ({
	files: [`source/sandbox/${'*/'.repeat(depth - 1)}*.ts`],
	rules: {'no-restricted-imports': restrict({regex: `^(\\.\\./){${depth}}`, message: 'source/sandbox/ imports nothing of the app.'})},
}));

export default tseslint.config(
	{ignores: ['dist/', 'node_modules/', '.tools/', 'coverage/']},
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: {projectService: true, tsconfigRootDir: import.meta.dirname},
		},
		plugins: {'react-hooks': reactHooks},
		rules: {
			'react-hooks/rules-of-hooks': 'error',
			'react-hooks/exhaustive-deps': 'warn',
			'@typescript-eslint/no-explicit-any': 'error',
			'@typescript-eslint/no-non-null-assertion': 'error',
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/consistent-type-imports': 'error',
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
			'@typescript-eslint/require-await': 'off',
			// Ports and store actions are plain object literals without `this`; passing their methods around is the design.
			'@typescript-eslint/unbound-method': 'off',
			'@typescript-eslint/no-misused-promises': ['error', {checksVoidReturn: false}],
			'no-restricted-imports': restrict(),
		},
	},
	{
		files: ['source/**/*.{ts,tsx}'],
		ignores: ['source/azure/azure-sdk*', 'source/kubernetes/client-node*', 'source/probes/exec.ts', 'source/sandbox/**'],
		rules: {'no-restricted-imports': restrict(thirdPartyAdapters)},
	},
	{files: ['source/ui/**', 'source/output/**', 'source/app.tsx'], rules: {'no-restricted-imports': restrict(thirdPartyAdapters, adapters, sandbox, above.ui)}},
	{
		files: ['source/flows/**'],
		rules: {'no-restricted-imports': restrict(thirdPartyAdapters, adapters, sandbox, layer(['ui', 'output'], 'Flows order steps; they draw nothing.'))},
	},
	{files: ['source/steps/**'], rules: {'no-restricted-imports': restrict(thirdPartyAdapters, adapters, sandbox, above.steps)}},
	{files: ['source/wizard/**'], rules: {'no-restricted-imports': restrict(thirdPartyAdapters, adapters, sandbox, above.wizard)}},
	{
		files: ['source/record/**'],
		rules: {
			'no-restricted-imports': restrict(
				thirdPartyAdapters,
				adapters,
				sandbox,
				layer(['steps', 'flows', 'ui', 'output', 'diagnosis'], 'record/ (the run on disk) imports the wizard and the catalog, nothing above them.'),
			),
		},
	},
	{files: ['source/commands/**', 'source/diagnosis/**'], rules: {'no-restricted-imports': restrict(thirdPartyAdapters, adapters, sandbox, above.pure)}},
	{
		files: ['source/azure/**', 'source/kubernetes/**', 'source/probes/**'],
		rules: {'no-restricted-imports': restrict(thirdPartyAdapters, adapters, sandbox, above.ports)},
	},
	{
		files: ['source/azure/azure-sdk*', 'source/kubernetes/client-node*', 'source/probes/exec.ts'],
		rules: {'no-restricted-imports': restrict(sandbox, above.ports)},
	},
	{files: ['source/messages/**'], rules: {'no-restricted-imports': restrict(thirdPartyAdapters, adapters, sandbox, above.messages)}},
	...sandboxDepths,
);
