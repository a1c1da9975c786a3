import { analyzeTranscript } from '@podlens/nlp';
import { expect, it } from 'vitest';
import { episodes } from '../test/fixture.js';
import archiveRecordExtra from './archive-record-extra.js';
import { archiveRecord } from './archive-record.js';

it("archiveRecordExtra(analysis) is archiveRecord of the analysis's parse and summary", () => {
  const analysis = analyzeTranscript(episodes.e1!, { fileName: 'e1.md' });
  const record = archiveRecordExtra(analysis);
  expect(record).toEqual(archiveRecord(analysis, analysis.summary));
  expect(record.units.text.length).toBe(analysis.episode.turns.flatMap((t) => t.paragraphs).length);
});
