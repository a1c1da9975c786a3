import { describe, expect, it } from 'vitest';
import { speechmatics } from './speechmatics.js';

describe('speechmatics', () => {
  it('speechmatics.read(text) leaves the unknown speaker `UU` unnamed and attaches punctuation', () => {
    const raw = speechmatics.read(
      JSON.stringify({
        format: '2.9',
        results: [
          { type: 'word', start_time: 0, end_time: 0.4, alternatives: [{ content: 'Hi', speaker: 'UU' }] },
          {
            type: 'punctuation',
            start_time: 0.4,
            end_time: 0.4,
            attaches_to: 'previous',
            alternatives: [{ content: '!', speaker: 'UU' }],
          },
        ],
      }),
    );
    expect(raw.items).toMatchObject([{ label: undefined, text: 'Hi!' }]);
  });
});
