import type { Chapter, Diagnostic, EpisodeMeta, FormatName, Position } from './model.js';

/** One line, cue or segment as a reader found it, before labels and times are reconciled. */
export interface RawLine {
  kind: 'line';
  label?: string;
  start?: number;
  end?: number;
  text: string;
  position?: Position;
}

export interface RawHeading {
  kind: 'heading';
  title: string;
  position?: Position;
}

export type RawItem = RawLine | RawHeading;

/** What a format reader hands to `buildEpisode`. */
export interface RawTranscript {
  format: FormatName;
  meta: Partial<EpisodeMeta>;
  items: RawItem[];
  /** Chapters given apart from the transcript (chapter lists). */
  chapters?: Chapter[];
  diagnostics: Diagnostic[];
}

export interface Detection {
  /** 0 refuses; higher is surer. */
  score: number;
  reason: string;
}

export interface FormatReader {
  name: FormatName;
  extensions: string[];
  detect(text: string): Detection;
  read(text: string): RawTranscript;
}
