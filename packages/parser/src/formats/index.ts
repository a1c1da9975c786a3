import type { FormatAlias, FormatName } from '../model.js';
import type { FormatReader, Syntax } from '../raw.js';
import { assemblyai } from './assemblyai.js';
import { awsTranscribe } from './aws-transcribe.js';
import { azureSpeech } from './azure-speech.js';
import { chapters } from './chapters.js';
import { deepgram } from './deepgram.js';
import { googleStt } from './google-stt.js';
import { htmlTranscript } from './html-transcript.js';
import { podloveJson } from './podlove-json.js';
import { revAi } from './rev-ai.js';
import { speechmatics } from './speechmatics.js';
import { whisper } from './whisper.js';
import { otter } from './otter.js';
import { pageText } from './page-text.js';
import { plain } from './plain.js';
import { markdownTranscript } from './markdown-transcript.js';
import { markdownYaml } from './markdown-yaml.js';
import { podcastJson } from './podcast-json.js';
import { sbv } from './sbv.js';
import { srt } from './srt.js';
import { ttml } from './ttml.js';
import { webvtt } from './webvtt.js';

/** A reader in the registry: every descriptive field filled. */
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
function register<const N extends string>(reader: FormatReader<N>): RegisteredReader<N> {
  return {
    ...reader,
    aliases: reader.aliases ?? [],
    syntax: reader.syntax ?? 'text',
    provides: reader.provides ?? 'transcript',
  };
}

/**
 * Every format podlens reads, one line each, in the order detection tries them (detection picks the surest).
 * The order also ranks file endings where one episode comes in several files: structured sources first.
 * Their names make up the type `FormatName` (model.ts): a new format is a new line here, nothing more.
 */
export const readers = [
  register(markdownYaml),
  register(podcastJson),
  register(assemblyai),
  register(deepgram),
  register(whisper),
  register(revAi),
  register(awsTranscribe),
  register(googleStt),
  register(azureSpeech),
  register(speechmatics),
  register(podloveJson),
  register(ttml),
  register(htmlTranscript),
  register(webvtt),
  register(sbv),
  register(srt),
  register(otter),
  register(pageText),
  register(markdownTranscript),
  register(chapters),
  register(plain),
];

export const formatNames: FormatName[] = readers.map((r) => r.name);

/** The formats as data, for pickers, help texts and tables. */
export const formats: FormatInfo[] = readers.map(
  ({ name, aliases, label, extensions, mediaTypes, syntax, provides }) => ({
    name,
    aliases: [...aliases],
    label,
    extensions: [...extensions],
    mediaTypes: [...mediaTypes],
    syntax,
    provides,
  }),
);

/** The reader of a format name or alias (`dtc` is `markdown-yaml`), if there is one. */
export function readerNamed(name: string): RegisteredReader | undefined {
  return readers.find((r) => r.name === name || (r.aliases as string[]).includes(name));
}

/** The format a name or alias stands for (`resolveFormatName('dtc')` is `'markdown-yaml'`); undefined for an unknown name. */
export function resolveFormatName(name: string): FormatName | undefined {
  return readerNamed(name)?.name;
}

/** Every name a format is accepted by, aliases after the names, for messages ("expected one of ..."). */
export const acceptedFormatNames: string[] = [...formatNames, ...readers.flatMap((r) => r.aliases)];

const unique = (xs: string[]) => [...new Set(xs)];

/** File endings of transcripts (chapter lists excluded), in the registry's order: the most structured first. */
export const transcriptExtensions: string[] = unique(
  readers.filter((r) => r.provides === 'transcript').flatMap((r) => r.extensions),
);

/** Media types of transcripts, for an upload picker's `accept`. */
export const transcriptMediaTypes: string[] = unique(
  readers.filter((r) => r.provides === 'transcript').flatMap((r) => r.mediaTypes),
);
