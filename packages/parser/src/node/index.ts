export { readTranscriptFile } from './read-transcript-file.js';
export type { FileParseResult } from './read-transcript-file.js';
export { readTranscriptBytes, isWordDocument } from './read-transcript-bytes.js';
export type { TranscriptText } from './read-transcript-bytes.js';
export { listTranscriptFiles, wouldListUnder, TRANSCRIPT_EXTENSIONS } from './list-transcript-files.js';
export type { ListedProblem, ListTranscriptFilesOptions, TranscriptFileList } from './list-transcript-files.js';
export { readPeople } from './read-people.js';
export { decodeText } from './decode-text.js';
export type { DecodedText } from './decode-text.js';
