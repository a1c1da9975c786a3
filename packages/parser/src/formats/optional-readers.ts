import type { RegisteredReader } from './registry.js';
import { markdownYamlFormat } from './markdown-yaml-format.js';

/**
 * A format whose reader is not in `@podlens/parser/core` but in an entry of its own (it needs a library the core
 * leaves out), with its detection: a parser without the reader still knows the format when it sees it, and says
 * which reader to add instead of reading it as something else.
 */
export interface OptionalReader extends Omit<RegisteredReader, 'read'> {
  /** The package entry that exports the reader: `@podlens/parser/markdown-yaml`. */
  entry: string;
  /** The reader's name in that entry: `markdownYaml`. */
  exportName: string;
}

/** The readers outside the core, in the order detection tries them (before the core's, as `@podlens/parser` has them). */
export const optionalReaders: OptionalReader[] = [
  {
    ...markdownYamlFormat,
    aliases: markdownYamlFormat.aliases ?? [],
    syntax: 'text',
    provides: 'transcript',
    entry: '@podlens/parser/markdown-yaml',
    exportName: 'markdownYaml',
  },
];

/** What to do to read a format of `reader` (an optional reader a parser lacks), for messages. */
export function howToAdd(reader: OptionalReader): string {
  return `add its reader: import { ${reader.exportName} } from '${reader.entry}' and createParser([${reader.exportName}])`;
}
