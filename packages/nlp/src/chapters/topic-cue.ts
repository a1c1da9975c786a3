/**
 * Phrases with which an interviewer moves the talk to a new subject. Generic discourse markers only,
 * not words of any one show's subjects; matched case-insensitively as whole words.
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
];

const pattern = new RegExp(`\\b(?:${topicCuePhrases.map((p) => p.replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|')})\\b`, 'i');

/** Whether a turn's text holds one of `topicCuePhrases`, as whole words and in any case. */
export function hasTopicCue(text: string): boolean {
  return pattern.test(text);
}
