import type { TranscriptAnalysis } from '@podlens/nlp';
import { archiveRecord, type ArchiveRecord } from './archive-record.js';

/**
 * The module `ARCHIVE_RECORD_MODULE` names, for @podlens/nlp's `analyzeFiles({extra})`: run on the worker thread
 * that parsed and analyzed a file, it makes the file's archive record there, so that an app indexing what it
 * analyzes parses nothing twice (nlp cannot import the archive, which depends on it: the module is its seam).
 */
export default function archiveRecordExtra(analysis: TranscriptAnalysis): ArchiveRecord {
  return archiveRecord(analysis, analysis.summary);
}
