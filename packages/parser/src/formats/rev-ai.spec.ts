import { describe, expect, it } from 'vitest';
import { revAi } from './rev-ai.js';

describe('rev-ai', () => {
  it('revAi.read(text) splits a monologue at a long pause and keeps its speaker', () => {
    const el = (value: string, ts: number) => ({ type: 'text', value, ts, end_ts: ts + 0.3 });
    const raw = revAi.read(
      JSON.stringify({
        monologues: [{ speaker: 2, elements: [el('one', 0), { type: 'punct', value: '.' }, el('two', 5)] }],
      }),
    );
    expect(raw.items).toMatchObject([
      { label: 'Speaker 2', text: 'one.', start: 0 },
      { label: 'Speaker 2', text: 'two', start: 5 },
    ]);
  });
});
