import type { FormatAlias, FormatName } from '../model.js';
import type { FormatReader, Syntax } from '../raw.js';

/** A reader in a registry: every descriptive field filled. */
export type RegisteredReader<N extends string = FormatName> = FormatReader<N> &
  Required<Pick<FormatReader<N>, 'aliases' | 'syntax' | 'provides'>>;

/** What an app needs to know of a format (pickers, help, walkers); no functions. */
export interface FormatInfo {
  name: FormatName;
  /** Earlier names still accepted for it. */
  aliases: FormatAlias[];
  label: string;
  extensions: string[];
  mediaTypes: string[];
  syntax: Syntax;
  provides: 'transcript' | 'chapters';
}

/** Fills a reader's optional descriptive fields with their defaults; keeps its name's literal type. */
export function register<const N extends string>(reader: FormatReader<N>): RegisteredReader<N> {
  return {
    ...reader,
    aliases: reader.aliases ?? [],
    syntax: reader.syntax ?? 'text',
    provides: reader.provides ?? 'transcript',
  };
}

/** A list of readers and what is derived from it: the names, the formats as data, the file endings. */
export interface FormatRegistry {
  /** In the order detection tries them. */
  readers: readonly RegisteredReader[];
  formatNames: FormatName[];
  /** The formats as data, for pickers, help texts and tables. */
  formats: FormatInfo[];
  /** Every name a format is accepted by, aliases after the names, for messages ("expected one of ..."). */
  acceptedFormatNames: string[];
  /** File endings of transcripts (chapter lists excluded), in the registry's order: the most structured first. */
  transcriptExtensions: string[];
  /** Media types of transcripts, for an upload picker's `accept`. */
  transcriptMediaTypes: string[];
  /** The reader of a format name or alias (`dtc` is `markdown-yaml`), if there is one. */
  readerNamed(name: string): RegisteredReader | undefined;
  /** The format a name or alias stands for (`resolveFormatName('dtc')` is `'markdown-yaml'`); undefined for an unknown name. */
  resolveFormatName(name: string): FormatName | undefined;
}

const unique = (xs: string[]) => [...new Set(xs)];

/** The registry of `readers`; throws a TypeError naming a format given twice. */
export function formatRegistry(readers: readonly RegisteredReader[]): FormatRegistry {
  const formatNames = readers.map((r) => r.name);
  const twice = formatNames.find((name, i) => formatNames.indexOf(name) !== i);
  if (twice !== undefined) throw new TypeError(`the reader of '${twice}' is given twice`);
  const readerNamed = (name: string) => readers.find((r) => r.name === name || (r.aliases as string[]).includes(name));
  const transcriptReaders = readers.filter((r) => r.provides === 'transcript');
  return {
    readers,
    formatNames,
    formats: readers.map(({ name, aliases, label, extensions, mediaTypes, syntax, provides }) => ({
      name,
      aliases: [...aliases],
      label,
      extensions: [...extensions],
      mediaTypes: [...mediaTypes],
      syntax,
      provides,
    })),
    acceptedFormatNames: [...formatNames, ...readers.flatMap((r) => r.aliases)],
    transcriptExtensions: unique(transcriptReaders.flatMap((r) => r.extensions)),
    transcriptMediaTypes: unique(transcriptReaders.flatMap((r) => r.mediaTypes)),
    readerNamed,
    resolveFormatName: (name) => readerNamed(name)?.name,
  };
}
