/**
 * Phrases with which an interviewer may move the talk to a new subject: the candidates. Generic discourse
 * markers only, not words of any one show's subjects; matched case-insensitively as whole words. Which of them
 * count is chosen from data inside the cross-validation folds (scripts/tune-chapters.ts): `defaultTopicCues`.
 */
export const topicCuePhrases: readonly string[] = [
  "let's talk about",
  "let's move",
  "let's switch",
  "let's go",
  'moving on',
  'move on',
  'next question',
  'another question',
  'another topic',
  'another thing',
  'other question',
  'we have a question',
  'question from',
  'you mentioned',
  'i wanted to ask',
  'i want to ask',
  'i wanted to talk',
  'i want to talk',
  'what about',
  'tell us about',
  'tell us more',
  'speaking of',
  'before we',
  'wrapping up',
  'wrap up',
  'last question',
  'one more question',
  "let's start",
  "let's begin",
  "let's dive",
  'shifting gears',
  'switch gears',
  'change gears',
  'on a different note',
  'going back to',
  'coming back to',
  'the next thing',
  "i'm curious",
  'can you tell us',
  'how did you get',
  'how did you start',
  'final question',
  'to conclude',
];

/**
 * The candidates that count by default: the ones whose host turns start a heading at least 1.5 times as often as
 * host questions do, on all 107 episodes with headings (the procedure that scripts/tune-chapters.ts cross-validates).
 */
export const defaultTopicCues: readonly string[] = [
  "let's talk about",
  'another question',
  'we have a question',
  'question from',
  'i wanted to talk',
  'before we',
  'wrapping up',
  'last question',
  "let's start",
  'going back to',
  'can you tell us',
  'how did you get',
];

/** The pattern source of one phrase, without its word boundaries: either apostrophe, any white space between words. */
export function cueSource(phrase: string): string {
  return phrase.replace(/'/g, "['’]").replace(/ /g, '\\s+');
}

/** Builds the pattern of one phrase: whole words, any case, either apostrophe, any white space between words. */
export function cuePattern(phrase: string): RegExp {
  return new RegExp(`\\b${cueSource(phrase)}\\b`, 'i');
}

const patterns = topicCuePhrases.map(cuePattern);

/** Whether a turn's text holds one of `topicCuePhrases`, as whole words and in any case. */
export function hasTopicCue(text: string): boolean {
  return patterns.some((p) => p.test(text));
}
