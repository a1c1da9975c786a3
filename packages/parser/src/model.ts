import type { readers } from './formats/index.js';

/** A place in the source text: 1-based line and column, 0-based UTF-16 offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** Where a node came from; `end` is exclusive. Nodes made up by the program carry none. */
export interface Position {
  start: Point;
  end: Point;
}

export type Severity = 'error' | 'warning' | 'info';

/** A problem in the user's input, kept on the result instead of thrown. */
export interface Diagnostic {
  severity: Severity;
  /** `'parser:<rule>'`, for example `'parser:speaker-label'`. */
  origin: string;
  message: string;
  position?: Position;
  /** A name the transcript suggests for a speaker with a generic label (`parser:speaker-name`); never applied. */
  suggestion?: { speaker: string; name: string };
}

/** The name of a format podlens reads: one of the registry's readers (`formats/index.ts`), `'webvtt'`, `'sbv'`, ... */
export type FormatName = (typeof readers)[number]['name'];

/** Earlier names of formats, still accepted wherever a format name is taken (`parse`'s `format`, the CLI's `--input-format`). */
export type FormatAlias = 'dtc';

export type Role = 'host' | 'guest' | 'unknown';

export interface Speaker {
  /** Stable within an episode: the speaker's canonical label, slugged. */
  id: string;
  name: string;
  /** The full name where the source or a people folder gives one (`Alexander Hendorf`). */
  fullName?: string;
  /** Other labels merged into this speaker (typos, punctuation). */
  aliases: string[];
  role: Role;
  roleSource: 'given' | 'inferred';
  /** The label says which voice, not who (`SPEAKER_00`, `Speaker 1`, `A`, `spk_0`). */
  generic?: true;
}

/** One source line or cue of a turn. Times in seconds from the start of the episode. */
export interface Paragraph {
  text: string;
  start: number;
  end: number;
  /** Start second given by the source for this paragraph, if any. */
  sourceStart?: number;
  words: number;
  position?: Position;
}

export interface StageDirection {
  /** Without brackets: `laughs`, `cross-talk`. */
  text: string;
  /** Index of the paragraph in the turn. */
  paragraph: number;
}

/** A maximal run of one speaker. */
export interface Turn {
  speakerId: string;
  start: number;
  end: number;
  /** Talk seconds of the turn (the sum of its timed blocks). */
  seconds: number;
  /** The paragraphs joined by newlines, stage directions removed. */
  text: string;
  paragraphs: Paragraph[];
  stageDirections: StageDirection[];
  words: number;
  timing: 'measured' | 'estimated';
  position?: Position;
}

export interface Chapter {
  title: string;
  start: number;
  end: number;
  origin: 'transcript' | 'chapters' | 'auto';
  position?: Position;
}

export interface EpisodeMeta {
  title?: string;
  /** ISO date `YYYY-MM-DD` where the source has one. */
  date?: string;
  season?: number;
  episode?: number;
  /** Given by the source; see `Episode.durationSeconds` for the one used. */
  durationSeconds?: number;
  tags: string[];
  /** Guest ids or names as the source gives them. */
  guests: string[];
  /** Display names of guests where known (from a people folder or the page text). */
  guestNames: string[];
  slug?: string;
}

export interface Episode {
  format: FormatName;
  meta: EpisodeMeta;
  speakers: Speaker[];
  turns: Turn[];
  chapters: Chapter[];
  /** The span that the talk time covers: the end of the last turn, or the given duration. */
  durationSeconds: number;
  timing: 'measured' | 'estimated';
}

export interface ParseResult {
  episode: Episode;
  diagnostics: Diagnostic[];
}
