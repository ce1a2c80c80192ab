// Builds dist/ with esbuild: one ESM bundle for the CLI, split so that the Azure SDK, the
// Kubernetes client and the sandbox stay in chunks loaded only when first used. Bundling
// halves the time to the first frame compared with tsc's one-file-per-module output
// (measured with `npm run bench`), mostly module resolution and React's development build.
// Type checking is `npm run typecheck` (tsc --noEmit). `BUILD_ANALYZE=1 npm run build` also writes esbuild's
// metafile (dist-meta.json, beside dist/ so it is never published) and prints what each chunk is made of, to see
// what a path loads (with `node --cpu-prof dist/cli.js …` for where the time goes).
import {createHash} from 'node:crypto';
import {access, mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {analyzeMetafile, build} from 'esbuild';
import {segmentersOnFirstUse} from './segmenters-on-first-use.mjs';
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
/** Whether a module is one of @kubernetes/client-node's own. */
const inKubernetesClient = (path) => /[\\/]@kubernetes[\\/]client-node[\\/]dist[\\/]/.test(path);
// @kubernetes/client-node re-exports every module from its index, and its generated model classes assign static fields
// after their declarations, which esbuild must keep as side effects: importing KubeConfig bundled all 760 models and
// the 70 generated API classes (6.5 MB, ~20 MiB of memory once loaded). Its modules have no side effect anyone relies
// on at import (the File polyfill aside, kept), so they are declared free of them and only what is used is bundled:
// the adapter calls its endpoints itself (kubernetes/client-node-api.ts).
const kubernetesClientPure = {
	name: 'kubernetes-client-pure',
	setup(builder) {
		builder.onResolve({filter: /.*/}, async (args) => {
			if (args.pluginData?.pure) return undefined;
			if (!args.path.startsWith('@kubernetes/client-node') && !inKubernetesClient(`${args.resolveDir}/`)) return undefined;
			const resolved = await builder.resolve(args.path, {kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: {pure: true}});
			if (resolved.errors.length > 0 || !inKubernetesClient(resolved.path)) return resolved;
			return /[\\/]polyfill\.js$/.test(resolved.path) ? resolved : {...resolved, sideEffects: false};
		});
	},
};
// An ESM import of node:http makes Node build the module's ESM face, which reads every export, WebSocket, CloseEvent and
// MessageEvent among them: those getters load Node's own copy of undici and node:http2 (~25 ms and ~8 MiB, before the
// first request of every run). Bundled code imports node:http through this module instead: the CommonJS module, and
// its exports but those three (an import of one of them fails the build).
const lazyHttpExports = new Set(['WebSocket', 'CloseEvent', 'MessageEvent']);
const httpWithoutUndici = {
	name: 'http-without-undici',
	setup(builder) {
		// The shim's own require() (and any other) reaches Node's module itself.
		builder.onResolve({filter: /^(node:)?http$/}, ({kind}) =>
			kind === 'require-call' ? {path: 'node:http', external: true} : {path: 'node:http', namespace: 'http-without-undici'},
		);
		builder.onLoad({filter: /.*/, namespace: 'http-without-undici'}, async () => {
			const http = (await import('node:http')).default;
			const names = Object.keys(http).filter((name) => !lazyHttpExports.has(name) && /^[A-Za-z_$][\w$]*$/.test(name));
			return {
				contents: `const http = require('node:http');\nexport default http;\n${names.map((name) => `export const ${name} = http.${name};`).join('\n')}\n`,
				loader: 'js',
			};
		});
	},
};
// Node defines the global FormData as a getter that loads its own undici (~14 MiB and ~80 ms of CPU): the Azure SDK's
// HTTP runtime reads it on every request (typeof FormData !== "undefined" && body instanceof FormData). A body that is
// a FormData was made from that global, so the build asks the body first and reads the global only for one.
const formDataWithoutUndici = {
	name: 'form-data-without-undici',
	setup(builder) {
		builder.onLoad({filter: /[\\/]@typespec[\\/]ts-http-runtime[\\/]dist[\\/]esm[\\/](formData|client[\\/]sendRequest)\.js$/}, async ({path}) => {
			const source = await readFile(path, 'utf8');
			const test = 'typeof FormData !== "undefined" && body instanceof FormData';
			if (source.split(test).length !== 2) throw new Error(`@typespec/ts-http-runtime changed: its FormData test is not in ${path} once`);
			return {contents: source.replace(test, () => 'Object.prototype.toString.call(body) === "[object FormData]" && body instanceof FormData'), loader: 'js'};
		});
	},
};
/**
 * A plugin that hands the modules `importedBy` accepts, for an import `filter` matches, the module `contents(path)`
 * writes instead of the package (a name it does not export fails the build); its own requires resolve from `resolveDir`.
 */
function standIns({name, filter, importedBy, resolveDir, contents}) {
	return {
		name,
		setup(builder) {
			builder.onResolve({filter}, (args) =>
				importedBy(args.importer) ? {path: args.path, namespace: name, pluginData: {resolveDir: resolveDir(args)}} : undefined,
			);
			builder.onLoad({filter: /.*/, namespace: name}, async ({path, pluginData}) => ({
				contents: await contents(path),
				resolveDir: pluginData.resolveDir,
				loader: 'js',
			}));
		},
	};
}
// @kubernetes/client-node imports from undici only Agent and ProxyAgent (its connection pools) and fetch, but undici's
// index loads all of it at once: its WebSocket and EventSource, HTTP/2, the mock agents, the cache stores, the
// interceptors. Its index is replaced, for the client, by a module of those three (the same files the index takes
// them from, and the dispatcher methods ProxyAgent's tunnel calls): the client chunk 1.7 → 1.3 MB, ~7 ms less to load
// it. A name the client imports that is not among them fails the build, so a client that starts using more is not
// broken silently.
const undiciRoot = dirname(fileURLToPath(import.meta.resolve('undici')));
const undiciParts = {Agent: 'lib/dispatcher/agent.js', ProxyAgent: 'lib/dispatcher/proxy-agent.js', fetch: 'lib/web/fetch/index.js'};
const undiciForKubernetesClient = standIns({
	name: 'undici-for-kubernetes-client',
	filter: /^undici$/,
	importedBy: inKubernetesClient,
	resolveDir: () => undiciRoot,
	contents: async () => {
		for (const file of Object.values(undiciParts)) await access(join(undiciRoot, file));
		return [
			"const Dispatcher = require('./lib/dispatcher/dispatcher.js');",
			"Object.assign(Dispatcher.prototype, require('./lib/api/index.js'));",
			`export const Agent = require('./${undiciParts.Agent}');`,
			`export const ProxyAgent = require('./${undiciParts.ProxyAgent}');`,
			`export const fetch = require('./${undiciParts.fetch}').fetch;`,
		].join('\n');
	},
});
// The same client reaches a cluster through a SOCKS proxy only when the kubeconfig names one (`proxy-url: socks5://…`),
// but imports socks and socks-proxy-agent at the top (with ip-address and debug: ~6 ms before the first cluster call).
// For the client, each is a stand-in that loads the real one on first use.
const lazySocks = {
	socks: "export const SocksClient = {createConnection: (...args) => require('socks').SocksClient.createConnection(...args)};",
	'socks-proxy-agent':
		"export class SocksProxyAgent {\n\tconstructor(...args) {\n\t\tconst {SocksProxyAgent: Agent} = require('socks-proxy-agent');\n\t\treturn new Agent(...args);\n\t}\n}",
};
const socksOnFirstUse = standIns({
	name: 'socks-on-first-use',
	filter: /^socks(-proxy-agent)?$/,
	importedBy: inKubernetesClient,
	resolveDir: ({importer}) => dirname(importer),
	contents: (path) => lazySocks[path],
});
// undici's HTTP/2 client requires node:http2 at the top (~6 ms to load) for ten of its constants; it connects with it
// only when a server offers h2 to a pool that allows it, which the Kubernetes client's never does. The constants are
// written in (protocol names and codes, from this Node) and node:http2 is loaded by the first connect. A client-h2.js
// that uses node:http2 otherwise fails the build.
const http2OnFirstUse = {
	name: 'http2-on-first-use',
	setup(builder) {
		builder.onLoad({filter: /[\\/]undici[\\/]lib[\\/]dispatcher[\\/]client-h2\.js$/}, async ({path}) => {
			const source = await readFile(path, 'utf8');
			const load = "http2 = require('node:http2')";
			const names = /const \{\s*constants: \{([^}]*)\}\s*\} = http2/
				.exec(source)?.[1]
				?.split(',')
				.map((name) => name.trim())
				.filter(Boolean);
			const uses = source.match(/\bhttp2\.\w+/g) ?? [];
			if (source.split(load).length !== 2 || !names || uses.some((use) => use !== 'http2.connect'))
				throw new Error(`undici's client-h2.js changed: its use of node:http2 is not the one this build knows, in ${path}`);
			const {constants} = await import('node:http2');
			const known = Object.fromEntries(
				names.map((name) => {
					if (!(name in constants)) throw new Error(`node:http2 has no constant ${name} (undici's client-h2.js)`);
					return [name, constants[name]];
				}),
			);
			const stand = `http2 = {constants: ${JSON.stringify(known)}, connect: (...args) => require('node:http2').connect(...args)}`;
			return {contents: source.replace(load, () => stand), loader: 'js'};
		});
	},
};
// The wizard renders YAML (a manifest shown on request, a kubeconfig for kubelogin) long after it starts, but an import
// of yaml evaluates the whole package with the module that imports it: at the wizard's start, before the first frame
// (~3 ms). Outside the sandbox (which parses YAML from its first request), `parse` and `stringify` are stand-ins that
// load it on first use.
const yamlOnFirstUse = standIns({
	name: 'yaml-on-first-use',
	filter: /^yaml$/,
	importedBy: (importer) => /[\\/]source[\\/]/.test(importer) && !/[\\/]source[\\/]sandbox[\\/]/.test(importer),
	resolveDir: ({resolveDir}) => resolveDir,
	contents: () =>
		["export const parse = (...args) => require('yaml').parse(...args);", "export const stringify = (...args) => require('yaml').stringify(...args);"].join(
			'\n',
		),
});
// Ink's reconciler connects to React DevTools when DEV=true (for Ink's own developers; react-devtools-core is not
// installed with the wizard) and reads its package.json for the renderer's name: two blocks of top-level await, which a
// classic script cannot hold. The screens' script is built without them; a reconciler.js whose blocks read otherwise
// fails the build.
const inkWithoutDevtools = {
	name: 'ink-without-devtools',
	setup(builder) {
		builder.onLoad({filter: /[\\/]ink[\\/]build[\\/]reconciler\.js$/}, async ({path}) => {
			const source = await readFile(path, 'utf8');
			const header = "if (process.env['DEV'] === 'true') {";
			let without = source;
			for (let start = without.indexOf(header); start !== -1; start = without.indexOf(header)) {
				let depth = 0;
				let end = start + header.length - 1;
				for (; end < without.length; end++) {
					if (without[end] === '{') depth++;
					else if (without[end] === '}' && --depth === 0) break;
				}
				without = without.slice(0, start) + without.slice(end + 1);
			}
			// A top-level await left elsewhere fails the script's build by itself (esbuild's cjs output has none).
			if (source.split(header).length !== 3) throw new Error(`Ink's reconciler changed: its DEV blocks are not the two this build knows, in ${path}`);
			return {contents: without, loader: 'js'};
		});
	},
};
// yoga-layout's index waits for its WebAssembly at the top (`wrapAssembly(await loadYoga())`), which a classic script
// cannot: in the screens' script its default export holds the enums at once (Ink's styles read them as its modules
// load) and Config and Node once `ready` resolves, which the script's exports wait for before anything renders.
const yogaReadyExport = {
	name: 'yoga-ready-export',
	setup(builder) {
		builder.onLoad({filter: /[\\/]yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/}, async ({path}) => {
			const source = await readFile(path, 'utf8');
			const wait = 'const Yoga = wrapAssembly(await loadYoga());\nexport default Yoga;';
			if (source.split(wait).length !== 2) throw new Error(`yoga-layout's index changed: no top-level await of its loader in ${path}`);
			const ready = [
				'import YGEnumsForReady from "./generated/YGEnums.js";',
				'const Yoga = {...YGEnumsForReady};',
				'export const ready = loadYoga().then((lib) => { Object.assign(Yoga, wrapAssembly(lib)); });',
				'export default Yoga;',
			].join('\n');
			return {contents: source.replace(wait, () => ready), loader: 'js'};
		});
	},
};
/**
 * A library bundled as a classic script (source/library-scripts.ts runs it with a code cache made after it ran): the
 * script `dist/<name>-<hash>.cjs`, and a plugin that hands the app, for each package, a module of the script's exports.
 * `entry` is the script's ESM source (its exports: `libraries`, each package's module by name); `exported(name)` the
 * names the app takes of a package; `load` the module that runs the script (source/*.ts) and its function, which gives
 * the script's exports (a promise of them when it `waits`).
 */
async function libraryScript({name, entry, external = [], plugins, exported, load}) {
	const bundled = await build({
		stdin: {contents: entry, resolveDir: '.', loader: 'js'},
		bundle: true,
		write: false,
		format: 'cjs',
		platform: 'node',
		mainFields: ['module', 'main'],
		target: 'node22',
		minifySyntax: true,
		charset: 'ascii',
		define: {'process.env.NODE_ENV': '"production"'},
		external,
		logLevel: 'warning',
		plugins,
	});
	// source/library-scripts.ts reads the script as latin1, without UTF-8's decoding (~5 ms for the Kubernetes client's),
	// so it must be ASCII: esbuild's charset escapes strings and names, and what it leaves (comments) is escaped here.
	const text = bundled.outputFiles[0].text.replace(/[^\x00-\x7F]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
	const file = `${name}-${createHash('sha256').update(text).digest('hex').slice(0, 12)}.cjs`;
	const packages = [...entry.matchAll(/from '([^']+)'/g)].map((match) => match[1]).filter((from) => !from.startsWith('.'));
	const module = fileURLToPath(new URL(`../source/${load.module}`, import.meta.url));
	return {
		file,
		text,
		plugin: standIns({
			name: `from-${name}`,
			filter: new RegExp(`^(${packages.map((from) => from.replace(/[/.]/g, '\\$&')).join('|')})$`),
			importedBy: () => true,
			resolveDir: () => '.',
			contents: async (from) => {
				const names = await exported(from);
				return [
					`import {${load.function}} from ${JSON.stringify(module)};`,
					`const library = (${load.waits ? 'await ' : ''}${load.function}(${JSON.stringify(file)})).libraries[${JSON.stringify(from)}];`,
					...names.map((one) => (one === 'default' ? 'export default library.default;' : `export const ${one} = library.${one};`)),
				].join('\n');
			},
		}),
	};
}
// The screens' libraries: Ink and what it brings (React's reconciler, the scheduler, yoga, the ANSI helpers) and
// ink-spinner, under the names each package exports. React itself stays in the ESM chunks, which render with it: the
// script takes that one copy (provided, not bundled). Its cache is kept once the first frame is drawn.
const screenPackages = ['ink', 'ink-spinner'];
const screens = await libraryScript({
	name: 'screen-libraries',
	entry: [
		...screenPackages.map((from, index) => `import * as package${index} from '${from}';`),
		"export {ready} from 'yoga-layout';",
		`export const libraries = {${screenPackages.map((from, index) => `'${from}': package${index}`).join(', ')}};`,
	].join('\n'),
	external: ['react', 'react/jsx-runtime'],
	plugins: [yogaWithoutFetch, yogaReadyExport, stringWidthFast, segmentersOnFirstUse, inkWithoutDevtools],
	exported: async (from) => Object.keys(await import(from)),
	load: {module: 'screen-libraries.ts', function: 'screenLibraries', waits: true},
});
// The Kubernetes client (with its undici, its WebSocket and its JSONPath): ~50 ms of evaluation on the way to a run's
// first cluster call and first Azure sign-in, mostly code compiled again on every start. The script holds only the
// names the adapters import (source/kubernetes/client-node*.ts, read here; one they import that the script lacks fails
// the build), so the rest of the client's index is left out as before; its cache is kept at the run's exit.
const kubernetesClientNames = [];
for (const file of await readdir('source/kubernetes')) {
	if (!file.startsWith('client-node')) continue;
	for (const [, names] of (await readFile(join('source/kubernetes', file), 'utf8')).matchAll(/^import \{([^}]*)\} from '@kubernetes\/client-node';/gm))
		for (const one of names.split(',').map((part) => part.trim()))
			if (one && !one.startsWith('type ') && !kubernetesClientNames.includes(one)) kubernetesClientNames.push(one);
}
const kubernetesClient = await libraryScript({
	name: 'kubernetes-client',
	entry: [
		`import {${kubernetesClientNames.join(', ')}} from '@kubernetes/client-node';`,
		`export const libraries = {'@kubernetes/client-node': {${kubernetesClientNames.join(', ')}}};`,
	].join('\n'),
	plugins: [kubernetesClientPure, undiciForKubernetesClient, socksOnFirstUse, http2OnFirstUse],
	exported: async () => kubernetesClientNames,
	load: {module: 'library-scripts.ts', function: 'libraryExports'},
});
await rm('dist', {recursive: true, force: true});
await mkdir('dist', {recursive: true});
for (const script of [screens, kubernetesClient]) await writeFile(join('dist', script.file), script.text);
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
	// The Azure SDK is bundled too (in chunks loaded on first use; the Kubernetes client in its script): resolving
	// their hundreds of files from node_modules cost more CPU than parsing one chunk (a --yes attach run on
	// the fast sandbox: 1.61 s CPU and 200 MiB RSS as installed, 1.26 s and 165 MiB bundled). Their ESM
	// builds (`module`) are taken, as their CommonJS ones lose the named exports of a dynamic import.
	external: ['execa', 'selfsigned'],
	// Bundled CommonJS dependencies call require(); give the ESM bundle one.
	banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
	logLevel: 'warning',
	metafile: analyze,
	// Ink, yoga, the ANSI helpers and the Kubernetes client are in their scripts (with their plugins); string-width the
	// app uses too.
	plugins: [stringWidthFast, yamlOnFirstUse, httpWithoutUndici, formDataWithoutUndici, screens.plugin, kubernetesClient.plugin],
});
if (analyze && result.metafile) {
	await writeFile('dist-meta.json', JSON.stringify(result.metafile));
	console.log(await analyzeMetafile(result.metafile, {verbose: false}));
}
