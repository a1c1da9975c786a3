/**
 * The URL of the module (`archive-record-extra.js`, beside this one as built) whose default export makes an analyzed
 * file's `ArchiveRecord`: what an app gives @podlens/nlp's `analyzeFiles` as `extra` to have each file's record made
 * on the worker thread that parsed it.
 */
export const ARCHIVE_RECORD_MODULE: string = new URL('./archive-record-extra.js', import.meta.url).href;
