// Whether the DTC reader still needs its hand list scanner beside `yaml` (docs/performance.md): reads the front
// matter of ../shared/corpus/dtc with `yaml` alone (parse; parseDocument + toJS) and as the reader does (the
// transcript list by scanYamlList, the rest by `yaml`). Median of 5 runs, this thread's CPU time (the machine may be shared).
// Usage: pnpm --filter @podlens/parser build && node packages/parser/scripts/yaml-libraries.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { parse as yamlParse, parseDocument } from 'yaml';
import { scanYamlList } from '../dist/formats/scan-yaml-list.js';

const dir = process.env.PODLENS_SHARED
  ? `${process.env.PODLENS_SHARED}/corpus/dtc`
  : new URL('../../../../shared/corpus/dtc', import.meta.url).pathname;
const fms = readdirSync(dir)
  .map((f) => readFileSync(`${dir}/${f}`, 'utf8'))
  .map((t) => t.slice(4, t.indexOf('\n---', 4) + 1));
const mb = fms.reduce((s, t) => s + t.length, 0) / 1e6;
// The transcript list's bounds in each front matter, found once (the reader's own search is not what is measured).
const lists = fms.map((fm) => {
  const at = fm.search(/^transcript:[ \t]*\n/m);
  const from = fm.indexOf('\n', at) + 1;
  const next = /^\S/gm;
  next.lastIndex = from;
  for (let m = next.exec(fm); m; m = next.exec(fm)) if (!fm.startsWith('- ', m.index)) return [from, m.index];
  return [from, fm.length];
});
const cpu = (f) => {
  const xs = [];
  for (let r = 0; r < 5; r++) {
    const c = process.cpuUsage();
    f();
    const d = process.cpuUsage(c);
    xs.push((d.user + d.system) / 1000);
  }
  return xs.sort((a, b) => a - b)[2];
};
let declined = 0;
const scannerPlusYaml = () =>
  fms.forEach((fm, i) => {
    const [from, to] = lists[i];
    const scanned = scanYamlList(fm, from, to);
    if (scanned) yamlParse(fm.slice(0, from) + fm.slice(to), { uniqueKeys: false });
    else {
      declined++;
      yamlParse(fm, { uniqueKeys: false });
    }
  });
for (const [name, f] of [
  ['yaml parseDocument + toJS', () => fms.forEach((t) => parseDocument(t, { uniqueKeys: false }).toJS())],
  ['yaml parse', () => fms.forEach((t) => yamlParse(t, { uniqueKeys: false }))],
  ['scanYamlList + yaml (the rest)', scannerPlusYaml],
]) {
  const ms = cpu(f);
  console.log(
    `${name.padEnd(32)} ${ms.toFixed(0).padStart(6)} ms CPU  ${((mb / ms) * 1000).toFixed(1).padStart(5)} MB/s`,
  );
}
console.log(
  `${fms.length} front matters, ${mb.toFixed(1)} MB; the scanner declined ${declined / 5} of them (read by yaml whole)`,
);
