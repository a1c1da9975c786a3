import { createParser } from '../create-parser.js';

/** The parser of `@podlens/parser/core`: every core reader, no other. */
const core = createParser();

/**
 * Reads a transcript in any format of the core into the episode model. Markdown with a YAML transcript is refused
 * (UnknownFormatError) naming the reader to add: `createParser([markdownYaml])`.
 */
export const parse = core.parse;
/** Picks the core reader for `text`; throws UnknownFormatError with every reader's reason when none fits. */
export const detectFormat = core.detectFormat;
/** The core's formats as data, for pickers, help texts and tables. */
export const formats = core.formats;
export const formatNames = core.formatNames;
/** Every name a core format is accepted by, aliases after the names. */
export const acceptedFormatNames = core.acceptedFormatNames;
/** The core format a name or alias stands for; undefined for another name. */
export const resolveFormatName = core.resolveFormatName;
/** File endings of the core's transcripts (chapter lists excluded), the most structured first. */
export const transcriptExtensions = core.transcriptExtensions;
/** Media types of the core's transcripts, for an upload picker's `accept`. */
export const transcriptMediaTypes = core.transcriptMediaTypes;
