// Types of format-table.mjs, for test/readme.spec.ts.
export interface ReaderDocs {
  recognised?: string;
  speakers?: string;
  times?: string;
}
export interface FormatRow {
  name: string;
  label: string;
  extensions: readonly string[];
  aliases: readonly string[];
}
export declare const TAGS: readonly string[];
export declare const START: string;
export declare const END: string;
export declare function docTags(comment: string): ReaderDocs & Record<string, string>;
export declare function readerDocs(sources: { file: string; text: string }[]): Map<string, ReaderDocs>;
export declare function readerSources(dir: string): { file: string; text: string }[];
export declare function formatTable(formats: readonly FormatRow[], docs: Map<string, ReaderDocs>): string;
export declare function withFormatTable(readme: string, table: string): string;
