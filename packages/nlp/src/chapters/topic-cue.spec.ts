import { describe, expect, it } from 'vitest';
import { cuePattern, defaultTopicCues, hasTopicCue, topicCuePhrases } from './topic-cue.js';

describe('hasTopicCue', () => {
  it('hasTopicCue(text) finds a phrase that moves the talk on, in any case and with either apostrophe', () => {
    expect(hasTopicCue('Okay. You mentioned hiring earlier. How do you do it?')).toBe(true);
    expect(hasTopicCue('LET’S TALK ABOUT dashboards.')).toBe(true);
    expect(hasTopicCue('There is another\nquestion from the chat.')).toBe(true);
  });

  it('hasTopicCue(text) needs whole words and is false for a follow-up', () => {
    expect(hasTopicCue('And how long did that take?')).toBe(false);
    expect(hasTopicCue('somewhat aboutness')).toBe(false);
    expect(hasTopicCue('')).toBe(false);
  });

  it('topicCuePhrases are lower case and distinct', () => {
    expect(topicCuePhrases.every((p) => p === p.toLowerCase())).toBe(true);
    expect(new Set(topicCuePhrases).size).toBe(topicCuePhrases.length);
  });

  it('defaultTopicCues are candidates, and cuePattern(phrase) matches a phrase across lines and apostrophes', () => {
    expect(defaultTopicCues.every((p) => topicCuePhrases.includes(p))).toBe(true);
    expect(cuePattern("let's move").test('LET’S\nmove on')).toBe(true);
    expect(cuePattern('move on').test('removed once')).toBe(false);
  });
});
