import { describe, expect, it } from 'vitest';
import { podloveJson } from './podlove-json.js';

describe('podlove-json', () => {
  it('podloveJson.read(text) reads `{transcripts: [...]}` with clock-stamp times and no voice', () => {
    const raw = podloveJson.read(
      JSON.stringify({ transcripts: [{ start: '00:00:01.500', end: '00:00:03.000', speaker: '1', text: 'Hallo.' }] }),
    );
    expect(raw.items).toMatchObject([{ label: '1', start: 1.5, end: 3, text: 'Hallo.' }]);
  });
});
