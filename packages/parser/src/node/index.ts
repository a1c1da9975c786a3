export { readTranscriptFile } from './read-transcript-file.js';
export type { FileParseResult } from './read-transcript-file.js';
export { listTranscriptFiles, TRANSCRIPT_EXTENSIONS } from './list-transcript-files.js';
export { readPeople } from './read-people.js';
export { decodeText } from './decode-text.js';
