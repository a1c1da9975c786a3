import { registry } from './formats/index.js';
import { parserOf } from './create-parser.js';

export type { Detection, ParseOptions } from './create-parser.js';

const every = parserOf(registry);

/**
 * Picks the reader for `text` and says how sure it is. Structured input (JSON, HTML, XML) is only offered to the
 * readers of its syntax, never read as text. Throws UnknownFormatError with every reader's reason when none fits.
 */
export const detect = every.detect;

/** Picks the reader for `text`; throws UnknownFormatError with every reader's reason when none fits. */
export const detectFormat = every.detectFormat;

/**
 * Reads a transcript in any supported format into the episode model. Problems in the input become
 * positioned diagnostics; only input in no known format throws (UnknownFormatError).
 */
export const parse = every.parse;
