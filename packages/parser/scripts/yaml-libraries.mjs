// Measures the YAML libraries on the DTC front matter of ../shared/corpus/dtc (docs/performance.md).
// Usage: node scripts/yaml-libraries.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { parse as yamlParse, parseDocument } from 'yaml';
import jsyaml from 'js-yaml';
const dir = process.env.PODLENS_SHARED ? `${process.env.PODLENS_SHARED}/corpus/dtc` : new URL('../../../../shared/corpus/dtc', import.meta.url).pathname;
const fms = readdirSync(dir).map((f) => readFileSync(`${dir}/${f}`, 'utf8')).map((t) => t.slice(4, t.indexOf('\n---', 4)));
const mb = fms.reduce((s, t) => s + t.length, 0) / 1e6;
const med = (f) => { const xs = []; for (let r = 0; r < 5; r++) { const t0 = performance.now(); f(); xs.push(performance.now() - t0); } return xs.sort((a, b) => a - b)[2]; };
for (const [name, f] of [['yaml parseDocument+toJS', () => fms.forEach((t) => parseDocument(t).toJS())], ['yaml parse', () => fms.forEach((t) => yamlParse(t))], ['js-yaml load', () => fms.forEach((t) => jsyaml.load(t))], ['js-yaml load json:true', () => fms.forEach((t) => jsyaml.load(t, { json: true }))]]) {
  const ms = med(f); console.log(`${name.padEnd(26)} ${ms.toFixed(0).padStart(6)} ms  ${(mb / ms * 1000).toFixed(1)} MB/s`);
}
