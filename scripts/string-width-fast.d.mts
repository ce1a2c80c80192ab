/** The source of a regular expression for text that string-width-fast measures without a segmenter. */
export declare const simpleText: string;
/** string-width's index.js, patched for the build. */
export declare function fastStringWidth(source: string): string;
/** The esbuild plugin that applies fastStringWidth. */
export declare const stringWidthFast: {readonly name: string; setup(builder: unknown): void};
