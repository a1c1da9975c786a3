import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, type Episode } from '@podlens/parser';

export function sharedDir(): string | undefined {
  const dir = process.env.PODLENS_SHARED ?? resolve(import.meta.dirname, '../../../../shared');
  for (const d of [dir, resolve(process.cwd(), '../shared'), resolve(process.cwd(), '../../../shared')]) {
    if (existsSync(join(d, 'corpus'))) return d;
  }
  return undefined;
}

export function loadCorpus(folder = 'dtc'): { slug: string; episode: Episode }[] {
  const shared = sharedDir();
  if (!shared) throw new Error('../shared is absent (set PODLENS_SHARED): nothing to evaluate');
  const dir = join(shared, 'corpus', folder);
  return readdirSync(dir)
    .sort()
    .map((f) => ({
      slug: f.replace(/\.[^.]+$/, ''),
      episode: parse(readFileSync(join(dir, f), 'utf8'), { fileName: f }).episode,
    }));
}
