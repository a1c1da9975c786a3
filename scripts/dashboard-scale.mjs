// Dashboard scale check (issue 11, item 3): the built dashboard (apps/dashboard/build) on a grown corpus
// (scripts/scale.mjs makes /tmp/podlens-scale/N). For each size, with a fresh data folder:
//   first analysis  spawn -> the library page answers (every file analyzed on the worker pool), wall and CPU time
//   search ready    with --search: -> /api/search answers (the archive index holds every episode); without it the
//                   pages below are measured while the index is still being built in the background
//   library page    in headless Chromium (e2e/harness.mjs), warm: navigation until the load event, several times
//   episode page    the same for a few episodes
//   restart         the server stopped and started again on the same data folder: -> the library page answers
// CPU time is the server process's (user + system, worker threads included, from /proc/PID/stat), steadier than the
// wall time on a shared machine; the load average is printed beside each figure. Prints figures; asserts nothing.
// Usage: node scripts/dashboard-scale.mjs [--sizes 1000,10000] [--dir /tmp/podlens-scale] [--runs 3] [--search]
//        [--data DIR] (a data folder kept between runs)
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, startServer } from '../apps/dashboard/e2e/harness.mjs';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    dir: { type: 'string', default: '/tmp/podlens-scale' },
    runs: { type: 'string', default: '3' },
    // Also wait for the search index (built on the main thread after the first analysis: minutes at 10,000).
    search: { type: 'boolean', default: false },
    // A data folder to use and keep (one size only): where it holds the analyses, the first start is a restart.
    data: { type: 'string' },
  },
});
const runs = Math.max(1, Number(values.runs));
const TICKS = 100; // USER_HZ on Linux
/** User + system seconds of a process and all its threads. */
function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS;
}
const load = () => loadavg()[0].toFixed(1);
const seconds = (ms) => (ms / 1000).toFixed(2);
const span = (xs) => `${Math.min(...xs).toFixed(2)}-${Math.max(...xs).toFixed(2)}`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timed(fn) {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function pageTimes(context, url, times) {
  const page = await context.newPage();
  const out = [];
  // The first visit warms the server's per-snapshot figures and the browser's cache; the rest are measured.
  await page.goto(url, { waitUntil: 'load' });
  for (let i = 0; i < times; i++) out.push(await timed(() => page.goto(url, { waitUntil: 'load' })));
  await page.close();
  return out;
}

for (const size of values.sizes.split(',').map(Number)) {
  const corpus = join(values.dir, String(size));
  if (!existsSync(corpus)) {
    console.log(`${size}: ${corpus} is absent (node scripts/scale.mjs --sizes ${size} grows it); skipped`);
    continue;
  }
  const data = values.data ?? mkdtempSync(join(tmpdir(), 'podlens-dashboard-scale-'));
  const env = { PODLENS_DATA_DIR: data };
  const start = (timeoutMs) => startServer({ corpus, env, readyPath: '/', timeoutMs });
  try {
    let t = performance.now();
    const loadBefore = load();
    let server = await start(900_000);
    const first = performance.now() - t;
    const firstCpu = cpuSeconds(server.pid);
    console.log(
      `${size} episodes: ${values.data ? 'start on the data folder given' : 'first analysis'} ${seconds(first)} s wall, ${firstCpu.toFixed(1)} s CPU (load ${loadBefore} -> ${load()})`,
    );
    if (values.search) {
      t = performance.now();
      const res = await fetch(`${server.url}/api/search?q=data`);
      if (!res.ok) throw new Error(`/api/search: ${res.status}`);
      console.log(
        `${size} episodes: search index ready ${seconds(first + performance.now() - t)} s after start, ${cpuSeconds(server.pid).toFixed(1)} s CPU (load ${load()})`,
      );
    }
    const browser = await launchBrowser();
    try {
      const library = await pageTimes(browser.context, `${server.url}/`, runs);
      console.log(
        `${size} episodes: library page ${span(library.map((x) => x / 1000))} s (median ${seconds(median(library))}, ${runs} warm loads, load ${load()})`,
      );
      const page = await browser.context.newPage();
      await page.goto(`${server.url}/`, { waitUntil: 'load' });
      const hrefs = await page.$$eval('a[href^="/episode/"]', (as) => as.map((a) => a.getAttribute('href')));
      await page.close();
      const picked = [...new Set(hrefs.map((h) => h.split(/[?#]/)[0]))].slice(0, 3);
      const episode = [];
      for (const href of picked) episode.push(...(await pageTimes(browser.context, `${server.url}${href}`, runs)));
      console.log(
        `${size} episodes: episode page ${span(episode.map((x) => x / 1000))} s (median ${seconds(median(episode))}, ${picked.length} episodes x ${runs} warm loads, load ${load()})`,
      );
    } finally {
      await browser.close();
    }
    const restarts = [];
    for (let r = 0; r < runs; r++) {
      await server.stop();
      t = performance.now();
      server = await start(300_000);
      restarts.push({ wall: performance.now() - t, cpu: cpuSeconds(server.pid), load: load() });
    }
    console.log(
      `${size} episodes: restart with nothing changed ${span(restarts.map((x) => x.wall / 1000))} s wall, ${span(restarts.map((x) => x.cpu))} s CPU (${runs} runs, load ${restarts.map((x) => x.load).join(', ')})`,
    );
    await server.stop();
  } finally {
    if (!values.data) rmSync(data, { recursive: true, force: true });
  }
}
