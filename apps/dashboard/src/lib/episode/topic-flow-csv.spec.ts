import { describe, expect, it } from 'vitest';
import { topicFlowCsv } from './topic-flow-csv.js';

describe('topicFlowCsv', () => {
  it('topicFlowCsv(topics, flow) has a column per topic label, 0 where a bin has no score', () => {
    const csv = topicFlowCsv(
      [
        { id: 'ml', label: 'Machine learning', score: 1 },
        { id: 'ds', label: 'Data science', score: 0.5 },
      ],
      { binSeconds: 60, bins: [{ start: 0, end: 60, scores: { ml: 0.4 } }] },
    );
    expect(csv).toBe('start,end,Machine learning,Data science\n0,60,0.4,0\n');
  });
});
