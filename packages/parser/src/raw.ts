import type { Chapter, Diagnostic, EpisodeMeta, FormatAlias, FormatName, Position } from './model.js';

/** One line, cue or segment as a reader found it, before labels and times are reconciled. */
export interface RawLine {
  kind: 'line';
  label?: string;
  start?: number;
  end?: number;
  text: string;
  position?: Position;
  /**
   * The line goes on the paragraph before it (the next word of word-level input): it is timed on its own, so the
   * silence before it is nobody's talk, and shown in one paragraph with the words before it.
   */
  continues?: boolean;
}

export interface RawHeading {
  kind: 'heading';
  title: string;
  position?: Position;
}

export type RawItem = RawLine | RawHeading;

/** What a format reader hands to `buildEpisode`; `N` is the reader's name. */
export interface RawTranscript<N extends string = FormatName> {
  format: N;
  meta: Partial<EpisodeMeta>;
  items: RawItem[];
  /** Chapters given apart from the transcript (chapter lists). */
  chapters?: Chapter[];
  /**
   * The speaker labels are a tool's ids (`Speaker C`, `spk_1`), exact by construction: never merged as misspellings
   * of one another (`Speaker C` is one letter away from `Speaker D`).
   */
  exactLabels?: boolean;
  diagnostics: Diagnostic[];
}

export interface Detection {
  /** 0 refuses; higher is surer. */
  score: number;
  reason: string;
}

/** The syntax a reader's input is written in; structured input (JSON, HTML, XML) is only offered to readers of that syntax. */
export type Syntax = 'text' | 'json' | 'html' | 'xml';

/**
 * A format reader. `N` is its name as a literal type (`FormatReader<'sbv'>`): the registry's names make up
 * `FormatName`, so a reader is named once, in its own file.
 */
export interface FormatReader<N extends string = FormatName> {
  name: N;
  /** Earlier names still accepted for this format (`dtc` for `markdown-yaml`). */
  aliases?: FormatAlias[];
  /** What a user calls the format, without any podcast's name ("WebVTT captions"). */
  label: string;
  /** File endings, lower case with the dot, most typical first. */
  extensions: string[];
  /** IANA media types of the format (for upload pickers and HTTP). */
  mediaTypes: string[];
  /** Default `text`. */
  syntax?: Syntax;
  /** `chapters` for readers of chapter lists, which are not transcripts; default `transcript`. */
  provides?: 'transcript' | 'chapters';
  detect(text: string): Detection;
  read(text: string): RawTranscript<N>;
}
