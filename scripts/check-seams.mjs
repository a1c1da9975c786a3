// Checks the seams between the apps and the packages (issue 14's acceptance greps, kept as a check):
//   1. imports: an app imports a package only by its name or a subpath the package declares in `exports`, and no
//      file reaches into another app's or package's folder by a relative path;
//   2. extension lists: no list of transcript file endings outside the format registry (packages/parser/src/formats);
//   3. summary fields: no app computes a figure of the summary (speaker balance, keywords, topics, topic flow,
//      chapters): apps call the one pipeline (@podlens/nlp's analyzeTranscript / summarizeTranscript).
// Production code only (specs, test/, e2e/ and scripts/ are left out). Usage: node scripts/check-seams.mjs [ROOT];
// prints each finding as `file:line: what` and exits 1 when there is one. Run by apps/cli's tests (test/check-seams.spec.ts).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
const SOURCE = /\.(ts|js|mjs|svelte)$/;
const LEFT_OUT = /(\.spec\.ts$|\.d\.ts$|(^|\/)(test|e2e|scripts|node_modules|dist|build|\.svelte-kit)\/)/;

/** The workspace's units (apps/* and packages/*): folder, name and declared export specifiers. */
function units() {
  const list = [];
  for (const group of ['apps', 'packages']) {
    const dir = join(root, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const file = join(dir, name, 'package.json');
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, 'utf8'));
      const exports =
        pkg.exports && typeof pkg.exports === 'object' && !('types' in pkg.exports || 'default' in pkg.exports)
          ? Object.keys(pkg.exports)
          : ['.'];
      list.push({
        group,
        dir: join(dir, name),
        name: pkg.name,
        specifiers: new Set(exports.map((e) => (e === '.' ? pkg.name : `${pkg.name}/${e.replace(/^\.\//, '')}`))),
      });
    }
  }
  return list;
}

function sourceFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d)) {
      const path = join(d, entry);
      const rel = relative(root, path).split(sep).join('/');
      if (LEFT_OUT.test(rel) || entry.startsWith('.')) continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (SOURCE.test(entry)) out.push(path);
    }
  };
  const src = join(dir, 'src');
  if (existsSync(src)) walk(src);
  return out;
}

const lineOf = (text, index) => text.slice(0, index).split('\n').length;
/** The endings the readers declare (`extensions: ['.ttml', '.dfxp']` in packages/parser/src/formats), so a new format's are checked too. */
function declaredEndings() {
  const dir = join(root, 'packages', 'parser', 'src', 'formats');
  if (!existsSync(dir)) return [];
  const endings = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.spec.ts')))
    for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/extensions:\s*\[([^\]]*)\]/g))
      for (const e of m[1].matchAll(/['"`]\.([a-z0-9]+)['"`]/g)) endings.push(e[1]);
  return endings;
}
const EXT = String.raw`\.(?:${[...new Set(['vtt', 'webvtt', 'srt', 'txt', 'text', 'md', 'markdown', 'json', 'html?', 'ya?ml', 'docx', 'chapters', ...declaredEndings()])].join('|')})`;
const EXTENSION_LIST = new RegExp(
  String.raw`\[[^\]\n]*['"\`]${EXT}['"\`][^\]\n]*,\s*['"\`]${EXT}['"\`][^\]\n]*\]`,
  'g',
);
const EXTENSION_PATTERN = /\\\.\(\?:?[a-z|]*(?:vtt|srt)\|[a-z|]*\)|\\\.\((?:vtt|srt|txt|md|json)\|/g;
const FIGURES = [
  'speakerBalance',
  'summarizeEpisode',
  'enrichSummary',
  'keywords',
  'topics',
  'topicFlow',
  'autoChapters',
  'fixedChapters',
  'discoveredTopics',
  'speakerTopics',
  'countWords',
];
const FIGURE_CALL = new RegExp(String.raw`(?<![\w.$])(${FIGURES.join('|')})\s*\(`, 'g');
const FIELD_WRITE = /\bsummary\.(\w+)(?:\.\w+)*\s*(?:[+\-*/]?=)(?!=)/g;

/** Findings looked at and kept, with why: `file: text of the finding's kind`. */
const ALLOWED = [
  // People profiles (Markdown with front matter), not transcripts: no reader of the registry reads them.
  { file: 'packages/parser/src/node/read-people.ts', kind: 'a list of transcript endings' },
  // Topics per speaker are a dashboard view, not a field of the summary contract; nlp computes them (the pipeline does not return them yet).
  { file: 'apps/dashboard/src/lib/server/corpus.ts', kind: 'calls speakerTopics()' },
];
const allowed = (rel, finding) => ALLOWED.some((a) => a.file === rel && finding.includes(a.kind));
/** The text with its comments blanked (line breaks kept, so line numbers stay right). */
const code = (text) =>
  text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"\\])\/\/[^\n]*/g, '$1');

const findings = [];
const all = units();
for (const unit of all) {
  for (const file of sourceFiles(unit.dir)) {
    const text = code(readFileSync(file, 'utf8'));
    const rel = relative(root, file).split(sep).join('/');
    const report = (line, what) => {
      const finding = `${rel}:${line}: ${what}`;
      if (!allowed(rel, finding)) findings.push(finding);
    };
    for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g)) {
      const spec = m[1];
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        if (!target.startsWith(unit.dir + sep))
          report(
            lineOf(text, m.index),
            `imports '${spec}', outside ${relative(root, unit.dir)} (import the package by its name)`,
          );
        continue;
      }
      const owner = all.find((u) => spec === u.name || spec.startsWith(`${u.name}/`));
      if (owner && owner !== unit && !owner.specifiers.has(spec))
        report(
          lineOf(text, m.index),
          `imports '${spec}', not an export of ${owner.name} (declared: ${[...owner.specifiers].join(', ')})`,
        );
    }
    if (!rel.startsWith('packages/parser/src/formats/')) {
      for (const m of text.matchAll(EXTENSION_LIST))
        report(
          lineOf(text, m.index),
          `a list of transcript endings (${m[0].slice(0, 60)}); derive it from the registry (transcriptExtensions, TRANSCRIPT_EXTENSIONS)`,
        );
      for (const m of text.matchAll(EXTENSION_PATTERN))
        report(lineOf(text, m.index), `a pattern of transcript endings (${m[0]}); derive it from the registry`);
    }
    if (unit.group === 'apps') {
      for (const m of text.matchAll(FIGURE_CALL))
        report(
          lineOf(text, m.index),
          `calls ${m[1]}(): a summary figure computed in an app (call the pipeline: analyzeTranscript / summarizeTranscript)`,
        );
      for (const m of text.matchAll(FIELD_WRITE))
        report(lineOf(text, m.index), `writes summary.${m[1]}: a summary field set in an app`);
    }
  }
}

if (findings.length > 0) {
  process.stderr.write(
    `check-seams: ${findings.length} finding${findings.length === 1 ? '' : 's'}\n${findings.map((f) => `  ${f}`).join('\n')}\n`,
  );
  process.exit(1);
}
process.stdout.write(
  `check-seams: ${all.length} apps and packages, no app importing internals, no transcript ending list outside the registry, no summary figure computed in an app\n`,
);
