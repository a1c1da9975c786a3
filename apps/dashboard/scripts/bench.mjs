// Timings of the built dashboard in headless Debian chromium, printed as a table.
// Usage: node scripts/bench.mjs [corpus-folder] [--runs N] [--episode ID]
//   (default corpus: the repo's examples/; build first with `pnpm --filter @podlens/dashboard build`)
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { appDir, launchBrowser, startServer } from '../e2e/harness.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '5' },
    episode: { type: 'string' },
    screenshots: { type: 'boolean', default: false },
  },
});
const corpus = path.resolve(positionals[0] ?? path.join(appDir, '..', '..', 'examples'));
const runs = Math.max(1, Number(values.runs) || 5);
const BUDGET = { library: 1000, episode: 500, js: 150 * 1024 };

const t0 = performance.now();
const server = await startServer({ corpus });
const started = performance.now() - t0;
const t1 = performance.now();
const data = await (await fetch(`${server.url}/api/episodes`)).json();
const analyzed = performance.now() - t1;
const t2 = performance.now();
await fetch(`${server.url}/api/episodes`);
const rescan = performance.now() - t2;

const { context, close } = await launchBrowser();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Loads a page; returns when its marks are drawn and it is hydrated, with the JS it took. */
async function measure(url, marks) {
  const page = await context.newPage();
  const scripts = new Map();
  page.on('response', async (res) => {
    if (res.request().resourceType() === 'script' || /\.m?js(\?|$)/.test(res.url())) {
      try {
        scripts.set(res.url(), gzipSync(await res.body()).length);
      } catch {
        // a redirect or a body that is gone
      }
    }
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    (sel) => document.querySelectorAll(sel).length > 0 && document.documentElement.dataset.hydrated === 'true',
    marks,
    { polling: 'raf', timeout: 20000 },
  );
  const t = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      now: performance.now(),
      ttfb: nav.responseStart,
      dcl: nav.domContentLoadedEventEnd,
      fcp: fcp ? fcp.startTime : null,
      html: nav.transferSize,
    };
  });
  await page.waitForLoadState('load');
  await page.waitForTimeout(50);
  const js = [...scripts.values()].reduce((a, b) => a + b, 0);
  await page.close();
  return { drawn: t.now, ttfb: t.ttfb, fcp: t.fcp, js, files: scripts.size };
}

async function series(name, url, marks) {
  const out = [];
  for (let i = 0; i < runs + 1; i++) out.push(await measure(url, marks));
  const warm = out.slice(1);
  return {
    name,
    first: out[0].drawn,
    drawn: median(warm.map((r) => r.drawn)),
    ttfb: median(warm.map((r) => r.ttfb)),
    fcp: median(warm.map((r) => r.fcp ?? 0)),
    js: out[0].js,
    files: out[0].files,
  };
}

const episodes = data.episodes;
const byTurns = [...episodes].sort(
  (a, b) => a.summary.speakers.reduce((s, x) => s + x.turns, 0) - b.summary.speakers.reduce((s, x) => s + x.turns, 0),
);
const chosen = values.episode ? episodes.find((e) => e.id === values.episode) : byTurns[Math.floor(byTurns.length / 2)];
const largest = byTurns.at(-1);

const results = [];
try {
  results.push(
    await series(
      `library (${episodes.length} episodes)`,
      `${server.url}/`,
      'table.episodes-table tbody tr, [data-chart] svg',
    ),
  );
  if (chosen)
    results.push(
      await series(`episode ${chosen.id}`, `${server.url}/episode/${encodeURIComponent(chosen.id)}`, 'rect.talk-bar'),
    );
  if (largest && largest !== chosen)
    results.push(
      await series(
        `episode ${largest.id} (most turns)`,
        `${server.url}/episode/${encodeURIComponent(largest.id)}`,
        'rect.talk-bar',
      ),
    );
  if (episodes.length > 1) results.push(await series('compare (2 episodes)', `${server.url}/compare`, 'rect.talk-bar'));
  results.push(await series('upload', `${server.url}/upload`, 'input[type=file]'));
  if (values.screenshots) {
    const dir = path.join(appDir, 'e2e', 'screenshots');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(dir, { recursive: true });
    const shots = [
      ['corpus-library', '/'],
      ['corpus-episode', `/episode/${encodeURIComponent(chosen?.id ?? '')}`],
      ['corpus-compare', '/compare'],
    ];
    for (const [name, p] of shots) {
      const page = await context.newPage();
      await page.goto(server.url + p);
      await page.waitForSelector('html[data-hydrated]');
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: name !== 'corpus-library' });
      await page.close();
    }
    console.log(`screenshots: ${dir}/corpus-*.png`);
  }
} finally {
  await close();
  await server.stop();
}

const ms = (x) => `${Math.round(x)} ms`;
console.log(`corpus: ${corpus}`);
console.log(
  `server up: ${ms(started)}; first /api/episodes (analyze or read cache): ${ms(analyzed)}; rescan: ${ms(rescan)}; ${episodes.length} episodes, ${data.failed.length} failed`,
);
console.log(`runs per page: ${runs} (median of warm runs; "first" is the first load with a cold browser cache)`);
console.log('page | drawn+hydrated (median) | first load | TTFB | FCP | JS gzip (files) | budget');
let over = 0;
for (const r of results) {
  const budget = r.name.startsWith('library') ? BUDGET.library : r.name.startsWith('episode') ? BUDGET.episode : null;
  const ok = (budget === null || r.drawn <= budget) && r.js <= BUDGET.js;
  if (!ok) over++;
  console.log(
    `${r.name} | ${ms(r.drawn)} | ${ms(r.first)} | ${ms(r.ttfb)} | ${ms(r.fcp)} | ${(r.js / 1024).toFixed(1)} KB (${r.files}) | ${budget ? `<= ${budget} ms, ` : ''}<= 150 KB: ${ok ? 'ok' : 'OVER'}`,
  );
}
process.exit(over ? 1 : 0);
