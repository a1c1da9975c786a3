// Types of fuzz-harness.mjs, for test/fuzz.spec.ts.
import type { Arbitrary } from 'fast-check';

export interface CorpusFile {
  format: string;
  name: string;
  text: string;
}

export interface FuzzCase {
  target: string;
  text: unknown;
  fileName?: string;
  source: string;
}

export interface CaseOutcome {
  ms: number;
  uncaught?: string;
  failures: { invariant: string; detail: string }[];
}

export declare const CORPUS_FOLDERS: Record<string, string>;
export declare function loadCorpus(corpusDir: string, options?: { perFolder?: number }): CorpusFile[];
export declare function mutate(text: string, mutation: { op: string; [k: string]: unknown }): string;
export declare const structured: Record<string, Arbitrary<string>>;
export declare const speechJson: Record<string, Arbitrary<string>>;
export declare const generators: Record<string, Arbitrary<string>>;
export declare function loadFixtures(fixturesDir: string): CorpusFile[];
export declare function formatArb(format: string, fixtures?: CorpusFile[]): Arbitrary<string>;
export declare function caseArb(
  formatNames: readonly string[],
  files?: CorpusFile[],
  extensions?: readonly string[],
  fixtures?: CorpusFile[],
): Arbitrary<FuzzCase>;
export declare function runCase(api: object, c: FuzzCase, options?: { slowMs?: number }): CaseOutcome;
export declare function showCase(c: FuzzCase): string;
