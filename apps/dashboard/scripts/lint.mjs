// House rules that a type checker does not see: no {@html} (user text is never markup), no `natural` in the app.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', 'src');
const problems = [];
async function walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(file);
    else if (/\.(svelte|ts|js)$/.test(entry.name)) {
      const text = await readFile(file, 'utf8');
      text.split('\n').forEach((line, i) => {
        if (line.includes('{@html')) problems.push(`${file}:${i + 1}: {@html} is not allowed (user text must stay text)`);
        if (/from ['"]natural['"]|import\(['"]natural['"]\)|require\(['"]natural['"]\)/.test(line)) problems.push(`${file}:${i + 1}: import 'natural' only inside @podlens/nlp`);
        if (/innerHTML\s*=/.test(line)) problems.push(`${file}:${i + 1}: innerHTML is not allowed`);
      });
    }
  }
}
await walk(root);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('lint: ok');
