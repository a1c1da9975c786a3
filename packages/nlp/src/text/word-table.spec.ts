import { describe, expect, it } from 'vitest';
import { WordTable } from './word-table.js';

describe('WordTable', () => {
  it('WordTable.get(text, start, end) finds a word stored from another text, by its characters', () => {
    const table = new WordTable(4);
    table.add('open source', 0, 4, 7);
    table.add('open source', 5, 11, 8);
    expect(table.get('we open it', 3, 7)).toBe(7);
    expect(table.get('source', 0, 6)).toBe(8);
    expect(table.get('opens', 0, 5)).toBe(-1);
    expect(table.get('ope', 0, 3)).toBe(-1);
  });

  it('WordTable keeps every word through growth, like a Map', () => {
    const table = new WordTable(2);
    const reference = new Map<string, number>();
    for (let i = 0; i < 5000; i++) {
      const word = `w${(i * 7919) % 3001}é`;
      if (table.get(word, 0, word.length) < 0) {
        table.add(word, 0, word.length, i);
        reference.set(word, i);
      }
    }
    expect(table.size).toBe(reference.size);
    for (const [word, value] of reference) expect(table.get(`x ${word} y`, 2, 2 + word.length)).toBe(value);
  });
});
