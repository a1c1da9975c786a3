import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('@podlens/parser public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual(
      ['UnknownFormatError', 'countWords', 'csvCell', 'csvRow', 'detectFormat', 'editSpeakers', 'formatNames', 'formatTimestamp', 'mergeChapters', 'parse', 'parseIsoDuration', 'parseTimestamp', 'parseWebVTTCues', 'speakerBalance', 'summarizeEpisode'].sort(),
    );
  });
});
