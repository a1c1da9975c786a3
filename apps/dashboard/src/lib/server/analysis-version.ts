import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every file below dir, sorted, as paths relative to it. */
function filesBelow(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    const p = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...filesBelow(dir, p));
    else if (entry.isFile()) out.push(p);
  }
  return out;
}

/** The folder of an installed package: the nearest package.json above its resolved entry that bears its name. */
function packageDir(entry: string, name: string): string | null {
  let dir = path.dirname(entry);
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === name) return dir;
      } catch {
        // not a manifest we can read: go on up
      }
    }
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/**
 * The version of the analysis, part of every cache key: a hash of the code that computes the figures, namely
 * the given module files (the dashboard's own analysis module, as built) and, of each package, its package.json
 * and every file of its built output (the folder holding its entry). Any rebuild that changes a byte of that code
 * changes the version; a rebuild that changes nothing keeps the cache.
 */
export function analysisVersion(
  moduleFiles: readonly string[],
  packages: readonly string[],
  resolve: (name: string) => string = (n) => import.meta.resolve(n),
): string {
  const hash = createHash('sha256');
  for (const file of moduleFiles) {
    hash.update(`module\0${path.basename(file)}\0`);
    hash.update(existsSync(file) ? readFileSync(file) : 'missing');
  }
  for (const name of packages) {
    hash.update(`\0package\0${name}\0`);
    let entry: string;
    try {
      entry = fileURLToPath(resolve(name));
    } catch {
      hash.update('unresolved');
      continue;
    }
    const root = packageDir(entry, name);
    if (root) hash.update(readFileSync(path.join(root, 'package.json')));
    // The built output: the top folder of the entry inside the package (dist/), else the entry's folder.
    const top = root ? path.relative(root, entry).split(path.sep)[0]! : '';
    const out =
      root && top && statSync(path.join(root, top)).isDirectory() ? path.join(root, top) : path.dirname(entry);
    for (const file of filesBelow(out)) {
      hash.update(`\0${file}\0`);
      hash.update(readFileSync(path.join(out, file)));
    }
  }
  return hash.digest('hex').slice(0, 20);
}
