/** The modules whose top-level Intl.Segmenter the build makes on first use. */
export declare const segmenterModules: RegExp;
/** The source of a regular expression for a line ansi-tokenize splits without a segmenter. */
export declare const simpleLine: string;
/** A module's source with its segmenter made on first use (and ansi-tokenize's fast path); throws when it reads otherwise. */
export declare function deferSegmenter(source: string, path: string): string;
/** The esbuild plugin that applies deferSegmenter. */
export declare const segmentersOnFirstUse: {readonly name: string; setup(builder: unknown): void};
