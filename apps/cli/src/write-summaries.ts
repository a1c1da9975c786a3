import type { Output } from './open-output.js';
import { csvHeader, forEachInOrder, type OutputFormat, type Runner } from '@podlens/nlp/node';

export interface Failure {
  source: string;
  reason: string;
}

/**
 * Pass 2: every file analyzed (on the thread holding its parse from pass 1, if any) and written in input order as
 * it comes, framed as `format` wants; the files that failed, in order.
 */
export async function writeSummaries(
  files: readonly string[],
  {
    runner,
    format,
    output,
    holders,
    onFile,
  }: {
    runner: Runner;
    format: OutputFormat;
    output: Output;
    holders?: ReadonlyMap<string, number>;
    onFile?: (file: string) => void;
  },
): Promise<Failure[]> {
  const failures: Failure[] = [];
  let first = true;
  if (format === 'json') await output.write('[');
  if (format === 'csv') await output.write(csvHeader());
  await forEachInOrder(
    files,
    runner.window,
    (file) => runner.analyze(file, format, holders?.get(file)),
    async (outcome, file) => {
      onFile?.(file);
      if (!outcome.ok) {
        failures.push({ source: file, reason: outcome.reason });
        return;
      }
      await output.write(format === 'json' ? `${first ? '\n' : ',\n'}${outcome.value}` : outcome.value);
      first = false;
    },
  );
  if (format === 'json') await output.write(first ? ']\n' : '\n]\n');
  return failures;
}
