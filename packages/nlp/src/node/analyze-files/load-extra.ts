import type { TranscriptAnalysis } from '../../pipeline/summarize-transcript.js';

/**
 * What a module named as `analyzeFiles`'s `extra` exports as default: called with each file's whole analysis on the
 * thread that analyzed it; what it returns (plain data: it is cloned to the caller's thread) comes back beside the
 * summary. The seam through which a package that depends on this one (the archive) runs its own per-file step on
 * the pool's threads.
 */
export type AnalysisExtra = (analysis: TranscriptAnalysis) => unknown;

const loaded = new Map<string, Promise<AnalysisExtra>>();

/** The default export of the module at `url` (a file URL or a specifier this package resolves), imported once per thread. */
export function loadExtra(url: string): Promise<AnalysisExtra> {
  let extra = loaded.get(url);
  if (!extra) {
    extra = import(url).then((module: { default?: unknown }) => {
      if (typeof module.default !== 'function')
        throw new TypeError(`analyzeFiles: extra ${url} has no default export that is a function`);
      return module.default as AnalysisExtra;
    });
    loaded.set(url, extra);
  }
  return extra;
}
