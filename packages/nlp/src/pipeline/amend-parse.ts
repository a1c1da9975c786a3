import { editSpeakers, mergeChapters, parse, type ParseResult, type SpeakerEdits } from '@podlens/parser';

export interface AmendParseOptions {
  /** Renames and merges saved for the episode, applied before any figure is computed. */
  edits?: SpeakerEdits;
  /** A YouTube-style chapter list, used where the transcript has no chapters of its own. */
  chapterList?: string;
}

/** What a reading adds to a parse: the user's speaker edits applied and a chapter list merged in (where it has no chapters). */
export function amendParse(result: ParseResult, options: AmendParseOptions): ParseResult {
  let episode = options.edits ? editSpeakers(result.episode, options.edits) : result.episode;
  if (options.chapterList && episode.chapters.length === 0) episode = withChapterList(episode, options.chapterList);
  return episode === result.episode ? result : { ...result, episode };
}

function withChapterList(episode: ParseResult['episode'], chapterList: string): ParseResult['episode'] {
  try {
    const list = parse(chapterList, { format: 'chapters' }).episode.chapters;
    return list.length > 0 ? mergeChapters(episode, list) : episode;
  } catch {
    // A chapter list that does not parse leaves the transcript's own chapters.
    return episode;
  }
}
