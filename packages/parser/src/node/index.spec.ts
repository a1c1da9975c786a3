import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('@podlens/parser/node public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'TRANSCRIPT_EXTENSIONS',
        'decodeText',
        'isWordDocument',
        'listTranscriptFiles',
        'readPeople',
        'readTranscriptBytes',
        'readTranscriptFile',
        'wouldListUnder',
      ].sort(),
    );
  });
});
