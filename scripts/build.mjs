// Builds dist/ with esbuild: one ESM bundle for the CLI, split so that the Azure SDK, the
// Kubernetes client and the sandbox stay in chunks loaded only when first used. Bundling
// halves the time to the first frame compared with tsc's one-file-per-module output
// (measured with `npm run bench`), mostly module resolution and React's development build.
// Type checking is `npm run typecheck` (tsc --noEmit). `BUILD_ANALYZE=1 npm run build` also writes esbuild's
// metafile (dist-meta.json, beside dist/ so it is never published) and prints what each chunk is made of, to see
// what a path loads (with `node --cpu-prof dist/cli.js …` for where the time goes).
import {readFile, rm, writeFile} from 'node:fs/promises';
import {analyzeMetafile, build} from 'esbuild';
import {stringWidthFast} from './string-width-fast.mjs';

const analyze = process.env.BUILD_ANALYZE === '1';

// Ink lays out with yoga-layout, whose Emscripten loader fetches its WebAssembly from a data: URI whenever `fetch`
// exists, as it does in Node: that first fetch loads Node's whole HTTP client (undici) in front of the first frame
// (a quarter of the time to the welcome screen in a CPU profile). The loader's own synchronous path decodes the
// same bytes without it; the build takes that path. A yoga-layout whose loader no longer reads this way fails the
// build rather than slowing the start silently.
const yogaWithoutFetch = {
	name: 'yoga-without-fetch',
	setup(builder) {
		builder.onLoad({filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/}, async ({path}) => {
			const source = await readFile(path, 'utf8');
			const synchronous = source.replaceAll('"function"!=typeof fetch', '!0');
			if (synchronous === source) throw new Error(`yoga-layout's loader changed: no fetch test to replace in ${path}`);
			return {contents: synchronous, loader: 'js'};
		});
	},
};
await rm('dist', {recursive: true, force: true});
const result = await build({
	// dist/cli.js is the launcher (bin.ts: Node version check, signals, then the CLI in main.js).
	entryPoints: {cli: 'source/bin.ts', main: 'source/cli.tsx', sandbox: 'source/sandbox/index.ts'},
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	mainFields: ['module', 'main'],
	target: 'node22',
	jsx: 'automatic',
	minifySyntax: true,
	define: {'process.env.NODE_ENV': '"production"'},
	// The Azure SDK and the Kubernetes client are bundled too (still in chunks loaded on first use): resolving
	// their hundreds of files from node_modules cost more CPU than parsing one chunk (a --yes attach run on
	// the fast sandbox: 1.61 s CPU and 200 MiB RSS as installed, 1.26 s and 165 MiB bundled). Their ESM
	// builds (`module`) are taken, as their CommonJS ones lose the named exports of a dynamic import.
	external: ['execa', 'selfsigned', 'react-devtools-core'],
	// Bundled CommonJS dependencies call require(); give the ESM bundle one.
	banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
	logLevel: 'warning',
	metafile: analyze,
	plugins: [yogaWithoutFetch, stringWidthFast],
});
if (analyze && result.metafile) {
	await writeFile('dist-meta.json', JSON.stringify(result.metafile));
	console.log(await analyzeMetafile(result.metafile, {verbose: false}));
}
