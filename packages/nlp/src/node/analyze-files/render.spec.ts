import { analyzeTranscript } from '../../pipeline/analyze-transcript.js';
import { describe, expect, it } from 'vitest';
import { markdown } from './render.js';

describe('markdown', () => {
  it('markdown(summary) suggests --topics discovered where the taxonomy covers little of the words', () => {
    const low = analyzeTranscript(
      [
        'Ann: Gestern sind wir mit Oma am alten Hafen spazieren gegangen.',
        'Ben: Wir haben auf der Bank gesessen und Boote beobachtet.',
        'Ann: Dann hat es geregnet.',
      ].join('\n'),
      { fileName: 'a.txt' },
    ).summary;
    expect(markdown(low)).toMatch(
      /Topic coverage is low: the taxonomy covers \d+\.\d% of the words\. Try `--topics discovered`/,
    );
    const covered = analyzeTranscript(
      [
        'Ann: We run Postgres and tune the query planner.',
        'Ben: Replication, sharding and indexes in PostgreSQL.',
        'Ann: And MySQL?',
      ].join('\n'),
      { fileName: 'b.txt' },
    ).summary;
    expect(markdown(covered)).not.toMatch(/Topic coverage is low/);
  });
});
