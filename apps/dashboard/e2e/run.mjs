// End-to-end tests of the built dashboard in Debian's chromium (playwright-core, no downloaded browser).
// Usage: node e2e/run.mjs   (after `pnpm build`; the corpus is a temp copy of examples/ plus e2e/fixtures/)
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { openArchive } from '@podlens/archive';
import { appDir, launchBrowser, startServer } from './harness.mjs';
import { a11yTests } from './a11y.mjs';
import { keyboardTests } from './keyboard.mjs';
import { searchTests } from './search.mjs';

const repoRoot = path.resolve(appDir, '..', '..');
const shots = path.join(appDir, 'e2e', 'screenshots');
// Over adapter-node's default body cap (512K), which must not be the limit met.
const UPLOAD_LIMIT = 1536 * 1024;
const tests = [];
const test = (name, fn) => tests.push({ name, fn });

const corpus = await mkdtemp(path.join(os.tmpdir(), 'podlens-e2e-corpus-'));
const examples = path.join(repoRoot, 'examples');
if (existsSync(examples)) {
  await cp(examples, corpus, { recursive: true, filter: (src) => !/[\\/]\.podlens(-cache)?([\\/]|$)/.test(src) });
}
await cp(path.join(appDir, 'e2e', 'fixtures'), corpus, { recursive: true });
await mkdir(shots, { recursive: true });

const serverEnv = { PODLENS_MAX_UPLOAD_BYTES: String(UPLOAD_LIMIT) };
// `let`: a test restarts the server on the same corpus and data folder.
let server = await startServer({ corpus, env: serverEnv });
const { context, close } = await launchBrowser();
const api = async (p) => (await fetch(server.url + p)).json();

let lastErrors = [];
async function open(p, { colorScheme = 'light' } = {}) {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme });
  const errors = [];
  lastErrors = errors;
  const dialogs = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(server.url + p);
  await page.waitForSelector('html[data-hydrated]');
  return { page, errors, dialogs };
}

async function files(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await files(p)).map((f) => `${e.name}/${f}`));
    else out.push(e.name);
  }
  return out.sort();
}

/** The saved speaker edits of an episode, as the edits export gives them (null: none). */
async function savedEdits(id) {
  return (await api('/api/edits')).episodes.find((e) => e.id === id) ?? null;
}
const importEdits = async (doc) => {
  const res = await fetch(`${server.url}/api/edits`, {
    method: 'POST',
    body: typeof doc === 'string' ? doc : JSON.stringify(doc),
    headers: { 'content-type': 'application/json', origin: server.url },
  });
  return { status: res.status, json: await res.json() };
};

const upload = async (name, body, type = 'application/octet-stream') => {
  const res = await fetch(`${server.url}/api/upload?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    body,
    headers: { 'content-type': type, origin: server.url },
  });
  return { status: res.status, json: await res.json() };
};
const editSpeakers = async (id, body, headers = {}) => {
  const res = await fetch(`${server.url}/api/episodes/${encodeURIComponent(id)}/speakers`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', origin: server.url, ...headers },
  });
  return { status: res.status, json: await res.json() };
};
/** A plain transcript of these speakers taking turns, `rounds` times, with long enough turns to be talk. */
const transcript = (names, rounds = 2, tag = '') =>
  Array.from({ length: rounds }, (_, k) =>
    names.map(
      (n, i) =>
        `[${String(Math.floor((k * names.length + i) / 60)).padStart(2, '0')}:${String((k * names.length + i) % 60).padStart(2, '0')}:00] ${n}: ${tag}I am ${n}, saying enough words in round ${k} to make a real turn of talk here.`,
    ),
  )
    .flat()
    .join('\n') + '\n';
const rss = async (pid) =>
  Number(/VmRSS:\s+(\d+)/.exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;

async function checkBars(page, scope, speakers) {
  const bars = await page.$$eval(`${scope} rect.talk-bar`, (rs) =>
    rs.map((r) => ({ name: r.dataset.speaker, w: Number(r.getAttribute('width')) })),
  );
  assert.equal(bars.length, speakers.length, 'one bar per speaker');
  const maxShare = Math.max(...speakers.map((s) => s.talkShare));
  const maxW = Math.max(...bars.map((b) => b.w));
  for (const s of speakers) {
    const bar = bars.find((b) => b.name === s.name);
    assert.ok(bar, `a bar for ${s.name}`);
    assert.ok(Math.abs(bar.w / maxW - s.talkShare / maxShare) < 0.01, `bar of ${s.name} proportional to its share`);
  }
  const order = bars.map((b) => b.w);
  assert.deepEqual(
    order,
    [...order].sort((a, b) => b - a),
    'bars sorted by talk time',
  );
}

const data = await api('/api/episodes');
const episodes = data.episodes;

test('the corpus has episodes and the fixtures parse', async () => {
  assert.ok(episodes.length >= 2, `episodes: ${episodes.length}`);
  assert.ok(episodes.some((e) => e.id === 'three-voices'));
});

test('library page: no console errors, a row per episode, one stream per topic, a dot per dated host share', async () => {
  const { page, errors } = await open('/?by=episode');
  assert.equal(await page.locator('table.episodes-table tbody tr').count(), episodes.length);
  const topicIds = new Set(episodes.flatMap((e) => e.summary.topics.map((t) => t.id)));
  const streams = await page.locator('[data-chart="topic-timeline"] path.stream').count();
  const datedCount = episodes.filter((e) => e.summary.date).length;
  assert.equal(streams, datedCount > 1 ? Math.min(10, topicIds.size) : 0, 'one stream per topic');
  const dated = episodes.filter((e) => e.hostShare !== null && e.summary.date).length;
  assert.equal(await page.locator('circle.host-dot').count(), dated);
  await page.getByRole('button', { name: 'Quarters' }).click();
  await page.waitForURL((u) => !u.searchParams.has('by'));
  await page.screenshot({ path: path.join(shots, 'library.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('library view state lives in the URL: 100% layout and search survive a reload', async () => {
  const { page, errors } = await open('/');
  await page.getByRole('button', { name: '100%' }).first().click();
  await page.waitForURL(/mode=expand/);
  await page.fill('input[type=search][placeholder="title or speaker"]', 'three');
  await page.waitForURL(/q=three/);
  assert.equal(await page.locator('table.episodes-table tbody tr').count(), 1);
  await page.reload();
  await page.waitForSelector('html[data-hydrated]');
  assert.equal(await page.getByRole('button', { name: '100%' }).first().getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('table.episodes-table tbody tr').count(), 1);
  assert.deepEqual(errors, []);
  await page.close();
});

for (const e of episodes.slice(0, 8)) {
  test(`episode page ${e.id}: a bar per speaker in proportion, a stream per topic, a mark per turn`, async () => {
    const full = await api(`/api/episodes/${encodeURIComponent(e.id)}`);
    const { page, errors } = await open(`/episode/${encodeURIComponent(e.id)}`);
    await checkBars(page, '[data-chart="talk-time"]', full.summary.speakers);
    const lanes = await page.$$eval('path.turns-lane', (ps) =>
      ps.map((p) => ({
        speaker: p.dataset.speaker,
        turns: Number(p.dataset.turns),
        marks: (p.getAttribute('d').match(/M/g) ?? []).length,
      })),
    );
    assert.equal(lanes.length, full.summary.speakers.length, 'a lane per speaker');
    for (const lane of lanes) {
      const expected = full.turns.filter((t) => t.speaker === lane.speaker).length;
      assert.equal(lane.marks, expected, `one mark per turn of ${lane.speaker}`);
      assert.equal(lane.turns, expected);
    }
    if (full.summary.topics.length > 0 && full.summary.topicFlow.bins.length > 1) {
      assert.equal(
        await page.locator('[data-chart="topic-flow"] path.stream').count(),
        full.summary.topics.length,
        'one stream per topic',
      );
    }
    await page.waitForFunction(
      (n) => document.querySelectorAll('#reader article.turn').length === n,
      full.turns.length,
    );
    if (e.id === 'three-voices') await page.screenshot({ path: path.join(shots, 'episode.png'), fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('a click on the who-talks-when track jumps the reader to that moment', async () => {
  const { page, errors } = await open('/episode/three-voices');
  const svg = page.locator('[data-chart="who-talks-when"] svg');
  const box = await svg.boundingBox();
  await svg.click({ position: { x: 120 + (box.width - 136) / 2, y: box.height - 30 } });
  await page.waitForURL(/[?&]t=\d+/);
  const t = Number(new URL(page.url()).searchParams.get('t'));
  const full = await api('/api/episodes/three-voices');
  const expected = full.turns.findLastIndex((x) => x.start <= t);
  const active = await page.locator('#reader article.turn.active').getAttribute('id');
  assert.equal(active, `turn-${expected}`);
  assert.ok(await page.locator('#reader article.turn.active').isVisible());
  assert.deepEqual(errors, []);
  await page.close();
});

test('a link /episode/ID?t=<seconds>&mark=<word>&mark=<word> opens the reader at the turn holding t: current, focused, in view, the words marked', async () => {
  const full = await api('/api/episodes/three-voices');
  // A turn near the end, out of view when the page opens; t falls inside it, not on its start.
  const k = full.turns.length - 3;
  const turn = full.turns[k];
  const words = [...new Set(turn.text.split(/[^A-Za-z]+/).filter((w) => w.length > 4))].slice(0, 2);
  assert.equal(words.length, 2, turn.text);
  const t = turn.start + (full.turns[k + 1].start - turn.start) / 2;
  for (const colorScheme of ['light', 'dark']) {
    const { page, errors } = await open(
      `/episode/three-voices?t=${t}&${words.map((w) => `mark=${encodeURIComponent(w.toUpperCase())}`).join('&')}`,
      { colorScheme },
    );
    const current = page.locator('#reader article.turn[aria-current="true"]');
    await current.waitFor();
    assert.equal(await current.getAttribute('id'), `turn-${k}`);
    await page.waitForFunction((id) => document.activeElement?.id === id, `turn-${k}`);
    const box = await current.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      return {
        top: r.top,
        bottom: r.bottom,
        height: innerHeight,
        bg: cs.backgroundColor,
        bar: cs.borderLeftColor,
        panel: getComputedStyle(el.closest('.panel')).backgroundColor,
      };
    });
    assert.ok(
      box.top >= 0 && box.bottom <= box.height,
      `${colorScheme}: the current turn is in the viewport (${box.top}..${box.bottom} of ${box.height})`,
    );
    assert.notEqual(box.bg, 'rgba(0, 0, 0, 0)', `${colorScheme}: the current turn is tinted`);
    assert.notEqual(box.bar, box.panel, `${colorScheme}: the current turn has a bar`);
    const inTurn = (await current.locator('mark').allTextContents()).map((m) => m.toLowerCase());
    for (const w of words) assert.ok(inTurn.includes(w.toLowerCase()), `${w} is marked in the turn (${inTurn})`);
    // Whole words only, wherever they stand: as many marks as the transcript has whole-word occurrences.
    const whole = new RegExp(`\\b(${words.join('|')})\\b`, 'gi');
    const expected = full.turns.reduce((n, x) => n + (x.text.match(whole) ?? []).length, 0);
    assert.equal(await page.locator('#reader mark').count(), expected);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('the turn track, the topic flow and the balance share one time axis: the same second at the same place', async () => {
  const { page, errors } = await open('/episode/three-voices');
  const ticks = await page.$$eval(
    '[data-chart="who-talks-when"], [data-chart="topic-flow"], [data-chart="balance-over-time"]',
    (frames) =>
      frames.map((f) => ({
        chart: f.dataset.chart,
        ticks: [...f.querySelectorAll('.axis.x g')].map((g) => ({
          label: g.textContent.trim(),
          x: Math.round(g.getBoundingClientRect().left + g.getBoundingClientRect().width / 2),
        })),
      })),
  );
  assert.equal(ticks.length, 3);
  assert.ok(ticks[0].ticks.length >= 2, 'the track has time ticks');
  for (const other of ticks.slice(1))
    assert.deepEqual(other.ticks, ticks[0].ticks, `${other.chart} ticks where the track does`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('transcript search highlights every match', async () => {
  const full = await api('/api/episodes/three-voices');
  const word = full.turns[0].text
    .split(/\s+/)
    .find((w) => w.length > 5)
    .replace(/\W/g, '');
  const { page, errors } = await open('/episode/three-voices');
  await page.fill('#reader input[type=search]', word);
  const expected = full.turns.reduce((n, t) => n + (t.text.toLowerCase().split(word.toLowerCase()).length - 1), 0);
  await page.waitForFunction((n) => document.querySelectorAll('#reader mark').length === n, expected);
  assert.ok(expected > 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a speaker named <img src=x onerror=alert(1)> shows as text and runs nothing', async () => {
  const { page, errors, dialogs } = await open('/episode/hostile-names');
  const name = '<img src=x onerror=alert(1)>';
  assert.ok((await page.locator('[data-chart="talk-time"]').textContent()).includes(name));
  // The reader fetches the turns' text after the page is up.
  await page.waitForSelector('#reader article.turn');
  assert.ok((await page.locator('#reader').textContent()).includes(name));
  assert.equal(await page.locator('img').count(), 0);
  await page.waitForTimeout(200);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a title, a chapter and a speaker carrying markup show as text on every page and run nothing', async () => {
  const bob = (await api('/api/people')).people.find((p) =>
    p.episodes.some((e) => e.episodeId === 'hostile-title' && e.name === '<b onmouseover=alert(2)>Bob</b>'),
  );
  assert.ok(bob, 'the hostile speaker is a person');
  const personPage = `/people/${encodeURIComponent(bob.id)}`;
  const comparePeople = `/compare?people=${encodeURIComponent(bob.id)}`;
  for (const p of [
    '/',
    '/episode/hostile-title',
    '/compare?ids=hostile-title,hostile-names',
    comparePeople,
    personPage,
  ]) {
    const { page, errors, dialogs } = await open(p);
    const text = await page.locator('main').textContent();
    if (p !== comparePeople) assert.ok(text.includes("<script>alert('title')</script>"), `${p}: title as text`);
    if (p === '/episode/hostile-title' || p === personPage)
      assert.ok(text.includes('<b onmouseover=alert(2)>Bob</b>'), `${p}: speaker as text`);
    assert.equal(
      await page.locator('main img, main script, main b, main svg[onload]').count(),
      0,
      `${p}: no injected elements`,
    );
    await page.mouse.move(300, 300);
    await page.waitForTimeout(100);
    assert.deepEqual(dialogs, [], `${p}: no dialogs`);
    assert.deepEqual(errors, [], `${p}: no console errors`);
    await page.close();
  }
});

test('charts export SVG, PNG and CSV', async () => {
  const { page, errors } = await open('/episode/three-voices');
  const frame = page.locator('[data-chart="talk-time"]');
  for (const [button, pattern] of [
    ['SVG', /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/],
    ['CSV', /^name,role,talkSeconds,talkShare/],
  ]) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      frame.getByRole('button', { name: button, exact: true }).click(),
    ]);
    const body = await readFile(await download.path(), 'utf8');
    assert.match(body, pattern, `${button} export`);
  }
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    frame.getByRole('button', { name: 'PNG', exact: true }).click(),
  ]);
  const bytes = await readFile(await png.path());
  assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a phone-sized viewport keeps the charts inside the screen', async () => {
  const { page, errors } = await open('/episode/three-voices');
  await page.setViewportSize({ width: 390, height: 844 });
  // The charts redraw after the resize; on a loaded machine that takes a moment, so wait for it rather than a fixed time.
  await page
    .waitForFunction(() => document.documentElement.scrollWidth - window.innerWidth <= 1, undefined, {
      timeout: 15_000,
    })
    .catch(() => {});
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `horizontal overflow ${overflow}px`);
  await page.screenshot({ path: path.join(shots, 'episode-phone.png'), fullPage: false });
  await page.setViewportSize({ width: 1280, height: 900 });
  assert.deepEqual(errors, []);
  await page.close();
});

test('an upload through the file picker is analyzed, saved and listed after a reload', async () => {
  const text = await readFile(path.join(appDir, 'e2e', 'fixtures', 'three-voices.txt'));
  const { page, errors } = await open('/upload');
  await page.setInputFiles('input[type=file]', { name: 'my-upload.txt', mimeType: 'text/plain', buffer: text });
  await page.waitForSelector('.results li[data-ok="true"]');
  await page.setInputFiles('input[type=file]', { name: 'my-upload.txt', mimeType: 'text/plain', buffer: text });
  await page.waitForFunction(() => document.querySelectorAll('.results li[data-ok="true"]').length === 2);
  assert.match(await page.locator('.results li').first().textContent(), /my-upload-2\.txt/);
  await page.screenshot({ path: path.join(shots, 'upload.png'), fullPage: true });
  await page.goto(server.url + '/');
  await page.waitForSelector('html[data-hydrated]');
  assert.equal(await page.locator('tr[data-id="my-upload"]').count(), 1);
  assert.equal(await page.locator('tr[data-id="my-upload-2"]').count(), 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a Word document (.docx) chosen in the picker is uploaded as bytes, read by the node entry and listed; a Word letter gets 422 saying why', async () => {
  // e2e/uploads/*.docx: written by the parser's test helper (packages/parser/test/make-docx.ts), an Otter-style layout and a letter.
  const docx = await readFile(path.join(appDir, 'e2e', 'uploads', 'two-voices.docx'));
  const { page, errors } = await open('/upload');
  assert.match(await page.locator('input[type=file]').getAttribute('accept'), /(^|,)\.docx(,|$)/);
  assert.match(await page.locator('main').textContent(), /Word documents \(\.docx\)/);
  await page.setInputFiles('input[type=file]', {
    name: 'planning-call.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: docx,
  });
  await page.waitForSelector('.results li[data-ok="true"]');
  assert.match(await page.locator('.results li').first().textContent(), /planning-call\.docx/);
  assert.deepEqual(await files(corpus).then((fs) => fs.filter((f) => f.startsWith('planning-call'))), [
    'planning-call.docx',
  ]);
  assert.deepEqual(
    new Uint8Array(await readFile(path.join(corpus, 'planning-call.docx'))),
    new Uint8Array(docx),
    'saved byte for byte',
  );
  const episode = await api('/api/episodes/planning-call');
  assert.equal(episode.summary.format, 'otter');
  assert.deepEqual(episode.summary.speakers.map((s) => s.name).sort(), ['Mara Quist', 'Tobias Wren']);
  const letter = await upload('letter.docx', await readFile(path.join(appDir, 'e2e', 'uploads', 'letter.docx')));
  assert.equal(letter.status, 422);
  assert.match(
    letter.json.message,
    /'letter\.docx' could not be read as a transcript: .*not a transcript in any known format/s,
  );
  const notZip = await upload('fake.docx', 'plain words, not a zip');
  assert.equal(notZip.status, 422);
  assert.match(notZip.json.message, /not a Word document/);
  assert.ok(!(await files(corpus)).some((f) => /^(letter|fake)/.test(f)), 'nothing refused is saved');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a pasted transcript is added', async () => {
  const { page, errors } = await open('/upload');
  await page.fill('input[maxlength="120"]', 'pasted-episode.json');
  await page.fill('textarea', await readFile(path.join(appDir, 'e2e', 'fixtures', 'hostile-names.json'), 'utf8'));
  await page.getByRole('button', { name: 'Add pasted transcript' }).click();
  await page.waitForSelector('.results li[data-ok="true"]');
  const list = await api('/api/episodes');
  assert.ok(list.episodes.some((e) => e.id === 'pasted-episode'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('a pasted transcript is read in the browser by @podlens/parser and @podlens/nlp before it is sent', async () => {
  const { page, errors } = await open('/upload');
  const text = [
    '[00:00:00] Ann: Welcome. Today we talk about open source maintainers and pull requests.',
    '[00:00:20] Bob: Thanks. Open source maintainers review pull requests every day.',
    '[00:00:40] Ann: How do maintainers avoid burnout?',
    '[00:01:00] Bob: Triage rotations help the maintainers.',
  ].join('\n');
  await page.fill('textarea', text);
  await page.waitForSelector('[data-preview] [data-speaker]');
  const preview = await page.locator('[data-preview]').textContent();
  assert.match(preview, /plain/);
  assert.equal(await page.locator('[data-preview] [data-speaker]').count(), 2);
  assert.match(preview, /Keywords: .*maintainers/i);
  await page.fill('textarea', 'just some words');
  await page.waitForSelector('[data-preview] .bad');
  assert.match(await page.locator('[data-preview]').textContent(), /not a transcript in any known format/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('hostile uploads get clear messages and change nothing', async () => {
  const before = await files(corpus);
  const { page, errors } = await open('/upload');
  const cases = [
    { name: '../../etc/passwd', body: 'root:x:0:0', expect: /plain file name/ },
    { name: '..%2F..%2Fescape.txt', body: 'x', expect: /plain file name|transcript/ },
    { name: 'con.vtt', body: 'WEBVTT\n', expect: /reserved/ },
    { name: 'binary.txt', body: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], expect: /binary/ },
    { name: 'empty.vtt', body: '', expect: /empty/ },
    { name: 'huge.txt', body: 'a'.repeat(UPLOAD_LIMIT + 10), expect: /limit/ },
    { name: 'notes.txt', body: 'just some words with no speakers at all', expect: /could not be read|transcript/ },
    { name: '<script>alert(1)</script>.txt', body: '[00:00:01] A: hi', expect: /plain file name|characters/ },
    { name: `${'€'.repeat(100)}.txt`, body: '[00:00:01] A: hi', expect: /304 bytes in UTF-8; the limit is 200 bytes/ },
    { name: 'evil\u202etxt.vtt', body: 'WEBVTT\n', expect: /invisible characters \(U\+202E\)/ },
    { name: 'zero\u200bwidth.txt', body: '[00:00:01] A: hi', expect: /invisible characters \(U\+200B\)/ },
    { name: 'license.txt', body: '[00:00:01] A: hi', expect: /documentation/ },
    { name: 'README.md', body: '# hi', expect: /documentation/ },
  ];
  for (const c of cases) {
    const out = await page.evaluate(async ({ name, body }) => {
      const payload = Array.isArray(body) ? new Uint8Array(body) : body;
      const res = await fetch(`/api/upload?name=${encodeURIComponent(name)}`, {
        method: 'POST',
        body: payload,
        headers: { 'content-type': 'application/octet-stream' },
      });
      return { status: res.status, json: await res.json() };
    }, c);
    assert.ok(out.status >= 400, `${c.name}: refused (${out.status})`);
    assert.equal(out.json.ok, false);
    assert.match(out.json.message, c.expect, `${c.name}: ${out.json.message}`);
  }
  await page.setInputFiles('input[type=file]', {
    name: 'con.vtt',
    mimeType: 'text/vtt',
    buffer: Buffer.from('WEBVTT\n'),
  });
  await page.waitForSelector('.results li[data-ok="false"]');
  assert.match(await page.locator('.results li').first().textContent(), /Refused.*reserved/s);
  assert.deepEqual(await files(corpus), before, 'the corpus folder is unchanged');
  assert.deepEqual(
    errors.filter((e) => !/Failed to load resource/.test(e)),
    [],
  );
  await page.close();
});

test('50 uploads in parallel all land, none torn or lost', async () => {
  const fixture = await readFile(path.join(appDir, 'e2e', 'fixtures', 'three-voices.txt'), 'utf8');
  const { page } = await open('/upload');
  const results = await page.evaluate(async (base) => {
    return Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const body = `${base}[00:59:00] Burst: upload number ${i}.\n`;
        const res = await fetch(`/api/upload?name=burst.txt`, {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/octet-stream' },
        });
        return { i, status: res.status, json: await res.json() };
      }),
    );
  }, fixture);
  const saved = results.map((r) => {
    assert.equal(r.status, 201, JSON.stringify(r.json));
    return { i: r.i, file: r.json.file };
  });
  assert.equal(new Set(saved.map((s) => s.file)).size, 50);
  for (const s of saved) {
    const body = await readFile(path.join(corpus, s.file), 'utf8');
    assert.equal(body, `${fixture}[00:59:00] Burst: upload number ${s.i}.\n`, `${s.file} intact`);
  }
  await page.close();
});

test('the server survives a client that disconnects mid-upload, and saves nothing', async () => {
  const before = await files(corpus);
  const { port } = new URL(server.url);
  await new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => {
      socket.write(
        `POST /api/upload?name=cut.txt HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${server.url}\r\nContent-Type: application/octet-stream\r\nContent-Length: 100000\r\n\r\n[00:00:01] Cut: half a`,
      );
      setTimeout(() => {
        socket.destroy();
        resolve();
      }, 200);
    });
    socket.on('error', reject);
  });
  await new Promise((r) => setTimeout(r, 300));
  const res = await fetch(`${server.url}/api/episodes`);
  assert.equal(res.status, 200);
  assert.deepEqual(await files(corpus), before);
});

test('renaming a speaker is saved to the database and every chart follows; undo restores it', async () => {
  const { page, errors } = await open('/episode/three-voices');
  const first = await page.locator('[data-chart="talk-time"] rect.talk-bar').first().getAttribute('data-speaker');
  await page.fill(`input[aria-label="New name for ${first}"]`, 'Renamed Person');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForSelector('rect.talk-bar[data-speaker="Renamed Person"]');
  const saved = await savedEdits('three-voices');
  assert.equal(Object.values(saved.rename)[0], 'Renamed Person');
  assert.ok((await page.locator('#reader').textContent()).includes('Renamed Person'));
  await page.getByRole('button', { name: 'Undo all edits' }).click();
  await page.waitForSelector(`rect.talk-bar[data-speaker="${first}"]`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a generic speaker label gets the name the transcript suggests, with one click, and only when clicked', async () => {
  const full = await api('/api/episodes/generic-voices');
  assert.equal(full.summary.format, 'markdown-transcript');
  assert.deepEqual(
    full.summary.speakers.map((s) => s.generic),
    [true, true, true],
  );
  const { page, errors } = await open('/episode/generic-voices');
  const use = page.getByRole('button', { name: 'Use the suggested name Maria Lopez for Speaker 1' });
  await use.waitFor();
  assert.equal(await page.inputValue('input[aria-label="New name for Speaker 1"]'), '');
  await use.click();
  assert.equal(await page.inputValue('input[aria-label="New name for Speaker 1"]'), 'Maria Lopez');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForSelector('rect.talk-bar[data-speaker="Maria Lopez"]');
  assert.equal(
    (await api('/api/episodes/generic-voices')).summary.speakers.find((s) => s.name === 'Maria Lopez')?.generic,
    false,
  );
  await page.getByRole('button', { name: 'Undo all edits' }).click();
  await page.waitForSelector('rect.talk-bar[data-speaker="Speaker 1"]');
  assert.deepEqual(errors, []);
  await page.close();
});

test('merging two speakers leaves one bar fewer', async () => {
  const full = await api('/api/episodes/three-voices');
  const [a, b] = full.summary.speakers.map((s) => s.name);
  const { page, errors } = await open('/episode/three-voices');
  await page.selectOption(`select[aria-label="Merge ${b} into"]`, a);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-chart="talk-time"] rect.talk-bar').length === n,
    full.summary.speakers.length - 1,
  );
  const merged = await api('/api/episodes/three-voices');
  await checkBars(page, '[data-chart="talk-time"]', merged.summary.speakers);
  await page.getByRole('button', { name: 'Undo all edits' }).click();
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-chart="talk-time"] rect.talk-bar').length === n,
    full.summary.speakers.length,
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test('a talk bar tooltip points at the top centre of the bar it describes', async () => {
  const e = episodes[0];
  const { page, errors } = await open(`/episode/${encodeURIComponent(e.id)}`);
  const bar = page.locator('[data-chart="talk-time"] rect.talk-bar').nth(1);
  await bar.hover();
  const tip = page.locator('[data-chart="talk-time"] .tooltip');
  await tip.waitFor();
  const [b, svg] = await Promise.all([
    bar.boundingBox(),
    page.locator('[data-chart="talk-time"] svg').first().boundingBox(),
  ]);
  const left = parseFloat(await tip.evaluate((el) => el.style.left));
  const top = parseFloat(await tip.evaluate((el) => el.style.top));
  assert.ok(Math.abs(left - (b.x - svg.x + b.width / 2)) < 1, `tooltip x ${left} at the bar's centre`);
  assert.ok(Math.abs(top - (b.y - svg.y)) < 1, `tooltip y ${top} at the bar's top`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('compare page: a column per episode, a bar per speaker', async () => {
  const ids = episodes.slice(0, 2).map((e) => e.id);
  const { page, errors } = await open(`/compare?ids=${ids.map(encodeURIComponent).join(',')}`);
  assert.equal(await page.locator('section.col').count(), 2);
  for (const id of ids) {
    const e = episodes.find((x) => x.id === id);
    await checkBars(page, `section.col[data-id="${id}"]`, e.summary.speakers);
  }
  await page.screenshot({ path: path.join(shots, 'compare.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('compare page: a search narrows the episode picker to the matches, found on the server', async () => {
  const ids = episodes.slice(0, 1).map((e) => e.id);
  const target = episodes[episodes.length - 1];
  const word = (target.summary.title ?? target.id).split(/\s+/).find((w) => w.length > 4) ?? target.id;
  const { page, errors } = await open(
    `/compare?ids=${ids.map(encodeURIComponent).join(',')}&q=${encodeURIComponent(word)}`,
  );
  const options = await page.locator('form.pick select option').allTextContents();
  const matches = episodes.filter(
    (e) =>
      !ids.includes(e.id) &&
      `${e.summary.date ?? ''} ${e.summary.title ?? ''} ${e.id}`.toLowerCase().includes(word.toLowerCase()),
  );
  assert.ok(matches.length > 0, `some episode matches '${word}'`);
  // The first option is the prompt; the rest are exactly the matching episodes.
  assert.equal(options.length - 1, matches.length);
  for (const o of options.slice(1))
    assert.ok(
      matches.some((m) => o.includes(m.summary.title ?? m.id)),
      `'${o}' matches '${word}'`,
    );
  assert.equal(await page.locator('input[type=search][name=q]').inputValue(), word);
  assert.deepEqual(errors, []);
  await page.close();
});

test('compare page, people: a column per person of the archive, a share bar per episode they speak in', async () => {
  const people = (await api('/api/people')).people.slice(0, 2);
  const { page, errors } = await open(`/compare?${people.map((p) => `people=${encodeURIComponent(p.id)}`).join('&')}`);
  assert.equal(await page.locator('section.col').count(), people.length);
  for (const p of people)
    assert.equal(await page.locator(`section.col[data-person="${p.id}"] rect.share-bar`).count(), p.episodes.length);
  assert.equal(
    await page.locator('rect.topic-bar').count(),
    people.length * (await page.locator('[data-chart="compare-topics"] .legend li').count()),
  );
  // The picker offers the other people of the archive, by person (two guests of one first name are two choices).
  const options = await page
    .locator('form.pick select option')
    .evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
  const all = (await api('/api/people')).people;
  assert.deepEqual(
    options.sort(),
    all
      .filter((p) => !people.some((q) => q.id === p.id))
      .map((p) => p.id)
      .sort(),
  );
  await page.screenshot({ path: path.join(shots, 'compare-people.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('dark mode: the episode page follows prefers-color-scheme', async () => {
  const { page, errors } = await open('/episode/three-voices', { colorScheme: 'dark' });
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(18, 22, 27)');
  await page.screenshot({ path: path.join(shots, 'episode-dark.png'), fullPage: false });
  await page.goto(server.url + '/');
  await page.waitForSelector('html[data-hydrated]');
  await page.screenshot({ path: path.join(shots, 'library-dark.png'), fullPage: false });
  assert.deepEqual(errors, []);
  await page.close();
});

test('an upload over 512 KB and under the limit is saved; one over the limit gets 413 naming the limit', async () => {
  const line = (i) =>
    `[${String(Math.floor(i / 3600)).padStart(2, '0')}:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}] ${i % 2 ? 'Ann' : 'Bob'}: turn ${i} of a long episode about open data and the people who keep it running.`;
  let body = '';
  for (let i = 0; body.length < 700 * 1024; i++) body += line(i) + '\n';
  const ok = await upload('long-episode.txt', body);
  assert.equal(ok.status, 201, ok.json.message);
  assert.equal(ok.json.id, 'long-episode');
  const over = await upload('too-long.txt', body + 'x'.repeat(UPLOAD_LIMIT));
  assert.equal(over.status, 413);
  assert.match(over.json.message, /upload limit of 1\.5 MB .*PODLENS_MAX_UPLOAD_BYTES/);
});

test('10 parallel requests declaring 10 GB each get 413 at once and the server memory stays flat', async () => {
  const { port } = new URL(server.url);
  const before = await rss(server.pid);
  const answers = await Promise.all(
    Array.from(
      { length: 10 },
      (_, i) =>
        new Promise((resolve) => {
          let data = '';
          const socket = net.connect(Number(port), '127.0.0.1', () => {
            socket.write(
              `POST /api/upload?name=giant-${i}.txt HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${server.url}\r\nContent-Type: application/octet-stream\r\nContent-Length: ${10 * 1024 ** 3}\r\n\r\n`,
            );
            // The first kilobyte, then wait for the answer (as a client that reads early responses does).
            socket.write(Buffer.alloc(1024, 97));
          });
          socket.on('data', (d) => (data += d));
          socket.on('error', () => {});
          socket.on('close', () => resolve(data));
          setTimeout(() => socket.destroy(), 30000);
        }),
    ),
  );
  const after = await rss(server.pid);
  for (const a of answers) {
    assert.match(a, /^HTTP\/1\.1 413/, a.slice(0, 200));
    assert.match(a, /upload limit of 1\.5 MB/);
  }
  // 10 x 10 GB declared: growth far below even one of them (normal growth is a few MB).
  assert.ok(after - before < 200 * 1024 * 1024, `server RSS grew by ${((after - before) / 1048576).toFixed(1)} MB`);
  assert.ok(!(await files(corpus)).some((f) => f.startsWith('giant-')));
});

test('a multipart/form-data upload is parsed: the file is saved, no part header becomes a speaker', async () => {
  const text = await readFile(path.join(appDir, 'e2e', 'fixtures', 'three-voices.txt'));
  const form = new FormData();
  form.append('file', new File([text], 'from-a-form.txt', { type: 'text/plain' }));
  const res = await fetch(`${server.url}/api/upload`, { method: 'POST', body: form, headers: { origin: server.url } });
  const out = await res.json();
  assert.equal(res.status, 201, out.message);
  assert.equal(out.file, 'from-a-form.txt');
  assert.deepEqual(await readFile(path.join(corpus, 'from-a-form.txt')), text);
  const names = out.talkShares.map((t) => t.name);
  assert.ok(!names.some((n) => /Content-(Type|Disposition)/i.test(n)), names.join(', '));
  const urlencoded = await upload('form.txt', 'a=b', 'application/x-www-form-urlencoded');
  assert.equal(urlencoded.status, 415);
});

test('t.vtt, t.srt, t.txt and t.md uploaded at once are four episodes, each 201 with its own speakers', async () => {
  const bodies = {
    vtt: `WEBVTT\n\n${['Vera', 'Tom', 'Vera', 'Tom'].map((n, i) => `00:00:${String(i * 10 + 1).padStart(2, '0')}.000 --> 00:00:${String(i * 10 + 8).padStart(2, '0')}.000\n<v ${n}>Words from the vtt file, turn ${i}.`).join('\n\n')}\n`,
    srt:
      ['Sam', 'Rita', 'Sam', 'Rita']
        .map(
          (n, i) =>
            `${i + 1}\n00:00:${String(i * 10 + 1).padStart(2, '0')},000 --> 00:00:${String(i * 10 + 8).padStart(2, '0')},000\n${n}: Words from the srt file, turn ${i}.`,
        )
        .join('\n\n') + '\n',
    txt: transcript(['Tess', 'Xan']),
    md: transcript(['Mia', 'Max']),
  };
  const speakers = { vtt: ['Tom', 'Vera'], srt: ['Rita', 'Sam'], txt: ['Tess', 'Xan'], md: ['Max', 'Mia'] };
  const results = await Promise.all(
    Object.entries(bodies).map(async ([ext, body]) => ({ ext, ...(await upload(`t.${ext}`, body)) })),
  );
  const { episodes: listed } = await api('/api/episodes');
  for (const r of results) {
    assert.equal(r.status, 201, `${r.ext}: ${r.json.message}`);
    assert.deepEqual(
      r.json.talkShares.map((t) => t.name).sort(),
      speakers[r.ext],
      `the 201 of t.${r.ext} carries its own episode`,
    );
    const e = listed.find((x) => x.id === r.json.id);
    assert.ok(e, `${r.json.id} is listed`);
    assert.equal(e.file, r.json.file);
  }
  assert.equal(new Set(results.map((r) => r.json.id)).size, 4);
});

test('UTF-16 (with BOM) and Latin-1 uploads are decoded as the library decodes files', async () => {
  const text =
    '[00:00:01] José: Hola, qué tal, bienvenidos al programa de hoy.\n[00:00:09] Bob: Thanks José, glad to be here today.\n[00:00:20] José: Empezamos ya.\n';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  for (const [name, body] of [
    ['enc-utf16.txt', le],
    ['enc-latin1.txt', Buffer.from(text, 'latin1')],
  ]) {
    const out = await upload(name, body);
    assert.equal(out.status, 201, `${name}: ${out.json.message}`);
    assert.deepEqual(out.json.talkShares.map((t) => t.name).sort(), ['Bob', 'José'], name);
  }
  const latin = await api('/api/episodes/enc-latin1');
  assert.ok(
    latin.summary.diagnostics.some((d) => d.severity === 'warning' && /UTF-8|encoding|latin|1252/i.test(d.message)),
    'a warning names the guessed encoding',
  );
});

test('speakers named toString, constructor and hasOwnProperty make a normal episode that can be edited', async () => {
  const names = ['toString', 'constructor', 'hasOwnProperty'];
  const out = await upload('inherited-names.txt', transcript(names));
  assert.equal(out.status, 201, out.json.message);
  assert.deepEqual(out.json.talkShares.map((t) => t.name).sort(), [...names].sort());
  const { page, errors } = await open('/episode/inherited-names');
  assert.equal(await page.locator('[data-chart="talk-time"] rect.talk-bar').count(), 3);
  assert.equal(await page.locator('input[aria-label="New name for toString"]').inputValue(), '');
  assert.deepEqual(errors, []);
  await page.close();
  const edit = await editSpeakers('inherited-names', { renames: [{ from: 'constructor', to: 'Connie' }] });
  assert.equal(edit.status, 200, edit.json.message);
  const e = await api('/api/episodes/inherited-names');
  assert.deepEqual(e.summary.speakers.map((s) => s.name).sort(), ['Connie', 'hasOwnProperty', 'toString']);
});

test('20 parallel renames of different speakers all survive, also after a server restart; an edit against an old version gets 409', async () => {
  const up = await upload(
    'twenty-voices.txt',
    transcript(Array.from({ length: 21 }, (_, i) => `Voice${String.fromCharCode(65 + i)}`)),
  );
  assert.equal(up.status, 201, up.json.message);
  const names = up.json.talkShares.map((t) => t.name).slice(0, 20);
  assert.equal(names.length, 20);
  const first = await editSpeakers(up.json.id, { renames: [] });
  const results = await Promise.all(
    names.map((n) => editSpeakers(up.json.id, { renames: [{ from: n, to: `Renamed ${n}` }] })),
  );
  for (const r of results) assert.equal(r.status, 200, r.json.message);
  const renamed = async () => {
    const e = await api(`/api/episodes/${up.json.id}`);
    for (const n of names)
      assert.ok(
        e.summary.speakers.some((s) => s.name === `Renamed ${n}`),
        `${n} renamed`,
      );
  };
  await renamed();
  assert.equal(Object.keys((await savedEdits(up.json.id)).rename).length, 20);
  await server.stop();
  // On the same port: the other test modules were given the server's URL.
  server = await startServer({ corpus, env: serverEnv, port: Number(new URL(server.url).port) });
  await renamed();
  assert.equal(Object.keys((await savedEdits(up.json.id)).rename).length, 20, 'all 20 after the restart');
  const stale = await editSpeakers(
    up.json.id,
    { renames: [{ from: 'Renamed VoiceA', to: 'Late' }] },
    { 'if-match': `"${first.json.version}"` },
  );
  assert.equal(stale.status, 409, stale.json.message);
  const fresh = await editSpeakers(
    up.json.id,
    { renames: [{ from: 'Renamed VoiceA', to: 'Late' }] },
    { 'if-match': `"${stale.json.version}"` },
  );
  assert.equal(fresh.status, 200, fresh.json.message);
  // A speaker renamed before is renamed again (the edit is keyed on the label as parsed).
  assert.ok((await api(`/api/episodes/${up.json.id}`)).summary.speakers.some((s) => s.name === 'Late'));
});

test('the state lives in the data folder: no cache, sidecar or upload leftovers among the transcripts', async () => {
  const dots = (await readdir(corpus)).filter((f) => f.startsWith('.'));
  assert.deepEqual(dots, ['.podlens']);
  const data = (await readdir(path.join(corpus, '.podlens'))).filter((f) => !/^podlens\.db(-wal|-shm)?$/.test(f));
  assert.deepEqual(
    data.filter((f) => f !== 'incoming'),
    [],
    `only the database and incoming/ in the data folder: ${data.join(', ')}`,
  );
  if (data.includes('incoming'))
    assert.deepEqual(await readdir(path.join(corpus, '.podlens', 'incoming')), [], 'no upload left half-saved');
});

test('edits export then import round-trips: renames, merges and people links come back after being undone', async () => {
  const three = (await api('/api/episodes/three-voices')).summary.speakers.map((s) => s.name);
  assert.equal(
    (
      await editSpeakers('three-voices', {
        renames: [{ from: three[0], to: 'Exported Name' }],
        merges: [{ from: three[2], into: three[1] }],
      })
    ).status,
    200,
  );
  const guests = (await api('/api/people')).people.filter((p) => p.role !== 'host' && p.episodes.length === 1);
  const [a, b] = guests;
  const linked = await open(`/people/${encodeURIComponent(a.id)}`);
  await linked.page.selectOption('select[name="to"]', b.id);
  await Promise.all([
    linked.page.waitForURL(`**/people/${encodeURIComponent(b.id)}`),
    linked.page.getByRole('button', { name: 'Link', exact: true }).click(),
  ]);
  await linked.page.close();
  const exported = await (await fetch(`${server.url}/api/edits?download`)).text();
  const doc = JSON.parse(exported);
  assert.equal(doc.format, 'podlens-edits');
  assert.ok(
    doc.links.some((l) => l.key === a.id && l.to === b.id),
    'the link is exported',
  );
  // Undo everything, then import the export.
  assert.equal((await editSpeakers('three-voices', { reset: true })).status, 200);
  const db = openArchive(path.join(corpus, '.podlens', 'podlens.db'));
  db.prepare('DELETE FROM person_links').run();
  db.close();
  assert.equal(await savedEdits('three-voices'), null);
  const back = await importEdits(exported);
  assert.equal(back.status, 200, back.json.message);
  const again = await api('/api/edits');
  assert.deepEqual({ ...again, exportedAt: null }, { ...doc, exportedAt: null });
  const names = (await api('/api/episodes/three-voices')).summary.speakers.map((s) => s.name);
  assert.ok(names.includes('Exported Name') && !names.includes(three[2]), names.join(', '));
  assert.ok(
    (await api('/api/people')).people.some((p) => p.id === b.id && p.episodes.length === 2),
    'the link is back',
  );
  // A file that is no export changes nothing and says where it is wrong.
  const refused = await importEdits({ format: 'podlens-edits', version: 7 });
  assert.equal(refused.status, 400);
  assert.match(refused.json.message, /\$\.version/);
  assert.equal((await importEdits('{ not json')).status, 400);
  assert.deepEqual({ ...(await api('/api/edits')), exportedAt: null }, { ...doc, exportedAt: null });
  // Clean up for the tests that follow.
  assert.equal((await editSpeakers('three-voices', { reset: true })).status, 200);
  const undo = await open(`/people/${encodeURIComponent(b.id)}`);
  await undo.page.getByRole('button', { name: /^Unlink / }).click();
  await undo.page.waitForSelector('[data-testid="link-message"]');
  await undo.page.close();
});

test('the export and import buttons on the Your data page round-trip the edits', async () => {
  const three = (await api('/api/episodes/three-voices')).summary.speakers.map((s) => s.name);
  assert.equal((await editSpeakers('three-voices', { renames: [{ from: three[0], to: 'Button Name' }] })).status, 200);
  const { page, errors } = await open('/data');
  assert.equal(
    await page.locator('[data-testid="edited-count"]').textContent(),
    String((await api('/api/edits')).episodes.length),
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Export edits (JSON)' }).click(),
  ]);
  const file = await download.path();
  const text = await readFile(file, 'utf8');
  assert.equal(JSON.parse(text).episodes.find((e) => e.id === 'three-voices').rename[three[0]], 'Button Name');
  assert.equal((await editSpeakers('three-voices', { reset: true })).status, 200);
  await page.setInputFiles('input[type=file]', {
    name: 'edits.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="import-message"]')?.textContent?.includes('Imported'),
  );
  assert.ok((await api('/api/episodes/three-voices')).summary.speakers.some((s) => s.name === 'Button Name'));
  await page.setInputFiles('input[type=file]', {
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"something else"}'),
  });
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="import-message"]')?.textContent?.includes('$.format'),
  );
  assert.deepEqual(
    errors.filter((e) => !/Failed to load resource/.test(e)),
    [],
  );
  await page.close();
  assert.equal((await editSpeakers('three-voices', { reset: true })).status, 200);
});

test('a person page opens from the library and lists exactly their episodes, with dates, talk shares and links to their turns', async () => {
  const people = (await api('/api/people')).people;
  const host = people.find((p) => p.role === 'host' && p.episodes.length > 1);
  assert.ok(host, 'a recurring host');
  const { page, errors } = await open('/');
  await Promise.all([
    page.waitForURL(`**/people/${encodeURIComponent(host.id)}`),
    page.locator(`section.people tr[data-person="${host.id}"] a`).click(),
  ]);
  await page.waitForSelector('table.person-episodes');
  const rows = await page
    .locator('table.person-episodes tbody tr')
    .evaluateAll((trs) => trs.map((tr) => ({ id: tr.dataset.id, date: tr.querySelector('td.date').textContent })));
  assert.deepEqual(
    rows,
    host.episodes.map((e) => ({ id: e.episodeId, date: e.date ?? '–' })),
  );
  assert.equal(await page.locator('[data-chart="person-shares"] rect.share-bar').count(), host.episodes.length);
  const turn = page.locator('table.person-episodes td.turns a').nth(1);
  const href = await turn.getAttribute('href');
  assert.match(href, /^\/episode\/[^?]+\?t=\d+$/);
  await Promise.all([page.waitForURL(`**${href}`), turn.click()]);
  await page.waitForSelector('#reader');
  assert.deepEqual(errors, []);
  await page.close();
});

test('link then unlink two people: one person with both episodes, then two again', async () => {
  const before = (await api('/api/people')).people;
  const guests = before.filter((p) => p.role !== 'host' && p.episodes.length === 1);
  const [a, b] = guests.slice(-2);
  const { page, errors } = await open(`/people/${encodeURIComponent(a.id)}`);
  await page.selectOption('select[name="to"]', b.id);
  await Promise.all([
    page.waitForURL(`**/people/${encodeURIComponent(b.id)}`),
    page.getByRole('button', { name: 'Link', exact: true }).click(),
  ]);
  await page.waitForSelector('table.person-episodes');
  const ids = (
    await page.locator('table.person-episodes tbody tr').evaluateAll((trs) => trs.map((tr) => tr.dataset.id))
  ).sort();
  assert.deepEqual(ids, [a.episodes[0].episodeId, b.episodes[0].episodeId].sort());
  const joined = (await api('/api/people')).people;
  assert.equal(joined.length, before.length - 1);
  assert.ok(!joined.some((p) => p.id === a.id));
  // The old page of the linked person leads to the joined one.
  assert.equal(
    (await fetch(`${server.url}/people/${encodeURIComponent(a.id)}`, { redirect: 'manual' })).headers.get('location'),
    `/people/${encodeURIComponent(b.id)}`,
  );
  await page.getByRole('button', { name: /^Unlink / }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid="link-message"]')?.textContent === 'Unlinked.');
  await page.waitForFunction(() => document.querySelectorAll('table.person-episodes tbody tr').length === 1);
  const after = (await api('/api/people')).people;
  assert.deepEqual(after.map((p) => p.id).sort(), before.map((p) => p.id).sort());
  // Linking a person with nobody says so.
  await page.getByRole('button', { name: 'Link', exact: true }).click();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="link-message"]')?.textContent === 'Choose the person to link with.',
  );
  assert.deepEqual(
    errors.filter((e) => !/Failed to load resource/.test(e)),
    [],
  );
  await page.close();
});

test("renaming a speaker to another's name is refused with a message, and the episode page stays whole", async () => {
  const full = await api('/api/episodes/three-voices');
  const [a, b] = full.summary.speakers.map((s) => s.name);
  const out = await editSpeakers('three-voices', { renames: [{ from: a, to: b }] });
  assert.equal(out.status, 400);
  assert.match(out.json.message, new RegExp(`another speaker is already called '${b}'`));
  const { page, errors } = await open('/episode/three-voices');
  await page.fill(`input[aria-label="New name for ${a}"]`, b);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForFunction((t) => document.body.textContent.includes(t), 'another speaker is already called');
  assert.equal(await page.locator('[data-chart="talk-time"] rect.talk-bar').count(), full.summary.speakers.length);
  assert.deepEqual(
    errors.filter((e) => !/Failed to load resource/.test(e)),
    [],
  );
  await page.close();
});

test('the episode page sends the edits version it loaded: an edit made elsewhere meanwhile gets 409 and a message, not lost', async () => {
  const full = await api('/api/episodes/three-voices');
  const [a, b] = full.summary.speakers.map((s) => s.name);
  const { page, errors } = await open('/episode/three-voices');
  const elsewhere = await editSpeakers('three-voices', { renames: [{ from: b, to: 'Edited Elsewhere' }] });
  assert.equal(elsewhere.status, 200);
  await page.fill(`input[aria-label="New name for ${a}"]`, 'From The Page');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForFunction((t) => document.body.textContent.includes(t), 'edited elsewhere');
  const now = await api('/api/episodes/three-voices');
  assert.ok(
    now.summary.speakers.some((s) => s.name === 'Edited Elsewhere'),
    'the other edit stays',
  );
  assert.ok(!now.summary.speakers.some((s) => s.name === 'From The Page'));
  assert.deepEqual(
    errors.filter((e) => !/Failed to load resource/.test(e)),
    [],
  );
  await page.close();
  assert.equal((await editSpeakers('three-voices', { reset: true })).status, 200);
});

test('an episode id of 50 non-ASCII letters gets its speaker edits saved', async () => {
  const id = 'é'.repeat(50);
  const up = await upload(`${id}.txt`, transcript(['Ann', 'Bob']));
  assert.equal(up.status, 201, up.json.message);
  const edit = await editSpeakers(id, { renames: [{ from: 'Ann', to: 'Anne' }] });
  assert.equal(edit.status, 200, edit.json.message);
  assert.equal((await savedEdits(id)).rename.Ann, 'Anne');
});

test('a 500 is logged with its route and error', async () => {
  // The edits table taken away behind the server's back: the next edit fails inside the database.
  // (The snapshot is taken first: the store reads the edits table too.)
  const from = (await api('/api/episodes/three-voices')).summary.speakers[0].name;
  const db = openArchive(path.join(corpus, '.podlens', 'podlens.db'));
  db.exec('ALTER TABLE dashboard_edits RENAME TO dashboard_edits_moved');
  try {
    const out = await editSpeakers('three-voices', { renames: [{ from, to: 'Whoever' }] });
    assert.equal(out.status, 500);
    const logged = /podlens: 500 on POST \/api\/episodes\/\[id\]\/speakers: SqliteError: no such table/;
    // stderr reaches us a moment after the response: wait for it (up to 30 s on a loaded machine)
    for (let n = 0; n < 300 && !logged.test(server.log()); n++) await new Promise((r) => setTimeout(r, 100));
    assert.match(server.log(), logged);
    assert.ok(!server.log().includes('Whoever'), 'no request body in the log');
  } finally {
    db.exec('ALTER TABLE dashboard_edits_moved RENAME TO dashboard_edits');
    db.close();
  }
});

test('pnpm start with its port taken says which port and how to choose another, before any build', async () => {
  const { port } = new URL(server.url);
  const child = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'start.mjs'), '--port', port], {
    env: { ...process.env, HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const kill = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const code = await new Promise((resolve) => child.on('exit', resolve));
  clearTimeout(kill);
  assert.equal(code, 2, out);
  assert.match(out, new RegExp(`port ${port} is taken`));
  assert.match(out, /PORT=\d+ pnpm start .*--port \d+/);
  assert.doesNotMatch(out, /at .*\(node:|turbo/);
});

a11yTests({ test, open, episodes, people: (await api('/api/people')).people });
keyboardTests({ test, open, api });
searchTests({ test, open, api, url: server.url, episodes });

// PODLENS_E2E_ONLY=regex runs the matching tests only, while working on one area.
const only = process.env.PODLENS_E2E_ONLY ? new RegExp(process.env.PODLENS_E2E_ONLY, 'i') : null;
let passed = 0;
let failed = 0;
try {
  for (const t of tests) {
    if (only && !only.test(t.name)) continue;
    const started = performance.now();
    try {
      await t.fn();
      passed++;
      console.log(`  ✓ ${t.name} (${Math.round(performance.now() - started)} ms)`);
    } catch (error) {
      failed++;
      console.log(
        `  ✗ ${t.name}\n    ${String(error?.stack ?? error)
          .split('\n')
          .slice(0, 6)
          .join('\n    ')}`,
      );
      if (lastErrors.length) console.log(`    console errors: ${lastErrors.slice(0, 5).join('\n      ')}`);
    }
  }
} finally {
  await close();
  await server.stop();
  if (failed && process.env.PODLENS_E2E_KEEP) console.log(`corpus kept at ${corpus}\n${server.log().slice(-2000)}`);
  else await rm(corpus, { recursive: true, force: true });
}
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
