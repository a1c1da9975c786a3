// Runs in the browser: the same pipeline as the server and the CLI, so a pasted transcript is read before it is sent.
import { UnknownFormatError } from '@podlens/parser';
import { analyzeTranscript } from '@podlens/nlp';

export type PastePreview =
  | { ok: true; format: string; speakers: { name: string; talkShare: number }[]; keywords: string[]; warnings: number }
  | { ok: false; message: string };

/** What podlens reads in a pasted text: its format, speakers with their shares, top keywords (the first of those the episode page will show). */
export function pastePreview(text: string, fileName: string): PastePreview | undefined {
  if (text.trim() === '') return undefined;
  try {
    const { episode, summary } = analyzeTranscript(text, { fileName });
    if (episode.turns.length === 0)
      return { ok: false, message: `Read as ${episode.format}, but no turns were found.` };
    return {
      ok: true,
      format: summary.format,
      speakers: summary.speakers.map((s) => ({ name: s.name, talkShare: s.talkShare })),
      keywords: summary.keywords.slice(0, 8).map((k) => k.term),
      warnings: summary.diagnostics.filter((d) => d.severity !== 'info').length,
    };
  } catch (e) {
    return {
      ok: false,
      message: e instanceof UnknownFormatError ? e.message : `Could not read it: ${(e as Error).message}`,
    };
  }
}
