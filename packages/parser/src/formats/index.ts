import type { FormatName } from '../model.js';
import type { FormatReader } from '../raw.js';
import { chapters } from './chapters.js';
import { dtc } from './dtc.js';
import { otter } from './otter.js';
import { pageText } from './page-text.js';
import { plain } from './plain.js';
import { podcastJson } from './podcast-json.js';
import { srt } from './srt.js';
import { webvtt } from './webvtt.js';

/** In the order they are tried; detection picks the surest. */
export const readers: FormatReader[] = [dtc, webvtt, srt, podcastJson, otter, pageText, chapters, plain];

export const formatNames: FormatName[] = readers.map((r) => r.name);
