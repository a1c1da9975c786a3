import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** Display names by person id from a folder of profiles with YAML front matter (`title` is the name). */
export async function readPeople(dir: string): Promise<Record<string, string>> {
  const people: Record<string, string> = {};
  for (const name of await readdir(dir)) {
    if (!['.md', '.markdown'].includes(extname(name))) continue;
    // Only regular files (a link to one too): reading a FIFO would wait for ever.
    if (!(await stat(join(dir, name)).catch(() => undefined))?.isFile()) continue;
    const text = await readFile(join(dir, name), 'utf8');
    const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    if (!m) continue;
    try {
      const data = parseYaml(m[1]!) as { title?: unknown; short?: unknown } | null;
      if (data && typeof data.title === 'string') people[basename(name, extname(name))] = data.title;
    } catch {
      // A profile that is not YAML has no name to give.
    }
  }
  return people;
}
