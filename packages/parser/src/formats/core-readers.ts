import type { FormatReader } from '../raw.js';
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
import { podcastJson } from './podcast-json.js';
import { sbv } from './sbv.js';
import { srt } from './srt.js';
import { ttml } from './ttml.js';
import { webvtt } from './webvtt.js';
import { register, type RegisteredReader } from './registry.js';

/**
 * The readers of `@podlens/parser/core`: every format podlens reads but the ones that need a library of their own
 * (Markdown with a YAML transcript needs a YAML parser, three times the rest of the parser in a browser bundle), one
 * line each, in the order detection tries them (detection picks the surest). The order also ranks file endings
 * where one episode comes in several files: structured sources first.
 */
export const coreReaders = [
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

/** The name of a format the core reads. */
export type CoreFormatName = (typeof coreReaders)[number]['name'];

/** `readers` (tried first: the surer, more specific formats) and then the core's, each registered. */
export function withCoreReaders<const N extends string>(
  readers: readonly FormatReader<N>[],
): RegisteredReader<N | CoreFormatName>[] {
  return [...readers.map((r) => register(r)), ...coreReaders];
}
