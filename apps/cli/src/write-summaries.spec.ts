import { describe, expect, it } from 'vitest';
import type { Output } from './open-output.js';
import type { Runner } from '@podlens/nlp/node';
import { writeSummaries } from './write-summaries.js';

function collect(): Output & { text: () => string } {
  const parts: string[] = [];
  return { write: async (s) => void parts.push(s), close: async () => {}, text: () => parts.join('') };
}

function stubRunner(asked: [string, number | undefined][]): Runner {
  return {
    window: 2,
    // Pass 1's key table: writeSummaries (pass 2) never reads it.
    keys: undefined as unknown as Runner['keys'],
    terms: async () => ({ terms: undefined, holder: 0 }),
    analyze: async (file, format, holder) => {
      asked.push([file, holder]);
      return file.startsWith('bad')
        ? { ok: false, reason: 'no turns' }
        : { ok: true, value: format === 'json' ? `{"source":"${file}"}` : `${file}\n` };
    },
    update: async () => {},
    close: async () => {},
  };
}

describe('writeSummaries', () => {
  it('writeSummaries(files, {format: json}) writes one array in input order and lists the failures', async () => {
    const output = collect();
    const failures = await writeSummaries(['a', 'bad', 'b'], { runner: stubRunner([]), format: 'json', output });
    expect(JSON.parse(output.text())).toEqual([{ source: 'a' }, { source: 'b' }]);
    expect(failures).toEqual([{ source: 'bad', reason: 'no turns' }]);
    const empty = collect();
    await writeSummaries(['bad'], { runner: stubRunner([]), format: 'json', output: empty });
    expect(empty.text()).toBe('[]\n');
  });

  it('writeSummaries(files, {holders}) asks the thread that holds a file parsed in pass 1', async () => {
    const asked: [string, number | undefined][] = [];
    await writeSummaries(['a', 'b'], {
      runner: stubRunner(asked),
      format: 'jsonl',
      output: collect(),
      holders: new Map([['b', 1]]),
    });
    expect(asked).toEqual([
      ['a', undefined],
      ['b', 1],
    ]);
  });

  it('writeSummaries(files, {format: csv}) starts with the header', async () => {
    const output = collect();
    await writeSummaries(['a'], { runner: stubRunner([]), format: 'csv', output });
    expect(output.text()).toMatch(/^source,format,title,.*\na\n$/);
  });
});
