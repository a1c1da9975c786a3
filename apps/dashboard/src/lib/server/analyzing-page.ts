/** How long a page asked for during the first analysis waits for it before the progress page answers instead. */
export const FIRST_ANALYSIS_WAIT_MS = 3000;

/**
 * The page a visitor gets while the first analysis of a folder runs (a 503 that reloads itself every two seconds):
 * "Analyzing N of M files", or "Reading the folder" before the files are counted.
 */
export function analyzingPage(progress: { done: number; total: number } | null): string {
  const status = progress
    ? `Analyzing ${progress.done.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')} files…`
    : 'Reading the folder…';
  return waitingPage(status, 'the library is ready');
}

/**
 * The page a search, trends or people page gives while the second pass of the first analysis (the episodes' texts
 * and search records, store.ts `completeTexts`) runs: "Indexing N of M episodes for search", reloading itself.
 */
export function indexingPage(progress: { done: number; total: number }): string {
  return waitingPage(
    `Indexing ${progress.done.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')} episodes for search…`,
    'search is ready',
  );
}

function waitingPage(status: string, until: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta http-equiv="refresh" content="2"><title>Analyzing · podlens</title></head>',
    `<body><main><h1>podlens</h1><p role="status">${status}</p><p>This page reloads until ${until}.</p></main></body>`,
    '</html>',
    '',
  ].join('\n');
}
