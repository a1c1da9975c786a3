import { markdownYaml } from './markdown-yaml.js';
import { withCoreReaders } from './core-readers.js';
import { formatRegistry } from './registry.js';

export type { FormatInfo, RegisteredReader } from './registry.js';

/**
 * Every format podlens reads, in the order detection tries them: the Markdown+YAML reader, then the core's
 * (`core-readers.ts`, the one list of the others). Their names make up the type `FormatName` (model.ts): a new
 * format is a new line in `coreReaders`, nothing more.
 */
export const readers = withCoreReaders([markdownYaml]);

/** The registry of every reader: what `@podlens/parser`, its node entry and the CLI read. */
export const registry = formatRegistry(readers);

export const formatNames = registry.formatNames;
/** The formats as data, for pickers, help texts and tables. */
export const formats = registry.formats;
/** The reader of a format name or alias (`dtc` is `markdown-yaml`), if there is one. */
export const readerNamed = registry.readerNamed;
/** The format a name or alias stands for (`resolveFormatName('dtc')` is `'markdown-yaml'`); undefined for an unknown name. */
export const resolveFormatName = registry.resolveFormatName;
/** Every name a format is accepted by, aliases after the names, for messages ("expected one of ..."). */
export const acceptedFormatNames = registry.acceptedFormatNames;
/** File endings of transcripts (chapter lists excluded), in the registry's order: the most structured first. */
export const transcriptExtensions = registry.transcriptExtensions;
/** Media types of transcripts, for an upload picker's `accept`. */
export const transcriptMediaTypes = registry.transcriptMediaTypes;
