// Lint rules follow the repository habits in STYLE.md: no `any`, no non-null `!`,
// no floating promises, `node:` imports, type-only imports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

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
			'no-restricted-imports': ['error', {patterns: [{regex: '^(fs|path|os|http|https|crypto|net|tls|child_process|url|util|events|stream|zlib)$', message: 'Use the node: prefix.'}]}],
		},
	},
);
