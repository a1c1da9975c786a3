import { expect, it } from 'vitest';
import { lightKey } from './light-key.js';

it('lightKey(phrase) drops plurals and case but keeps words that share a stem apart', () => {
  expect(lightKey('Communities')).toBe('community');
  expect(lightKey('communication')).toBe('communication');
  expect(lightKey('Open  Sources')).toBe('open source');
  expect(lightKey('LLMs')).toBe(lightKey('LLM'));
  expect(lightKey('process')).toBe('process');
  expect(lightKey('analysis')).toBe('analysis');
  expect(lightKey('company’s')).toBe('company');
});
