// Archive search and term trends in the browser: the library's search box, results grouped by episode, a hit
// opening the episode at its moment, and the trends chart drawn from terms in the URL.
import assert from 'node:assert/strict';

const words = (text) => text.toLowerCase().match(/[a-z]+/g) ?? [];

/** The two-word phrase (words of 4+ letters) said in the most episodes, with those episodes, by a plain scan of the turns. */
async function commonPhrase(api, episodes) {
  const where = new Map();
  for (const e of episodes) {
    const full = await api(`/api/episodes/${encodeURIComponent(e.id)}`);
    for (const turn of full.turns) {
      const w = words(turn.text);
      for (let i = 0; i + 1 < w.length; i++) {
        if (w[i].length < 4 || w[i + 1].length < 4) continue;
        const phrase = `${w[i]} ${w[i + 1]}`;
        if (!where.has(phrase)) where.set(phrase, new Set());
        where.get(phrase).add(e.id);
      }
    }
  }
  const [phrase, ids] = [...where].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))[0];
  return { phrase, ids: [...ids].sort() };
}

export function searchTests({ test, open, api, url, episodes }) {
  test('archive search: a phrase from the library box lists every episode that says it, grouped, words marked; a hit opens the episode at it', async () => {
    const { phrase, ids } = await commonPhrase(api, episodes);
    assert.ok(ids.length >= 2, `"${phrase}" is said in ${ids.length} episodes`);
    const { page, errors } = await open('/');
    await page.fill('#archive-q', `"${phrase}"`);
    await page.press('#archive-q', 'Enter');
    await page.waitForURL((u) => u.pathname === '/search' && u.searchParams.get('q') === `"${phrase}"`);
    await page.waitForSelector('html[data-hydrated]');
    const found = (await page.locator('li.result').evaluateAll((ls) => ls.map((l) => l.dataset.episode))).sort();
    // The phrase is matched stemmed: every episode the plain scan finds is listed, each once.
    for (const id of ids) assert.ok(found.includes(id), `${id} says "${phrase}" and is listed (${found.join(', ')})`);
    assert.equal(new Set(found).size, found.length, 'one group per episode');
    const stems = phrase.split(' ').map((w) => w.slice(0, 4));
    for (const mark of await page.locator('li.result mark').allTextContents()) {
      assert.deepEqual(
        words(mark).map((w) => w.slice(0, 4)),
        stems,
        `marked '${mark}'`,
      );
    }
    const body = await api(`/api/search?q=${encodeURIComponent(`"${phrase}"`)}`);
    assert.deepEqual(found, body.episodes.map((e) => e.id).sort());
    const first = page.locator('li.result a.hit').first();
    const sentence = (await first.locator('.text').textContent()).trim();
    await first.click();
    await page.waitForURL((u) => u.pathname.startsWith('/episode/') && u.searchParams.has('t'));
    await page.waitForSelector('html[data-hydrated]');
    const url = new URL(page.url());
    assert.equal(decodeURIComponent(url.pathname.slice('/episode/'.length)), body.episodes[0].id);
    assert.equal(Number(url.searchParams.get('t')), body.episodes[0].hits[0].start);
    assert.ok(url.searchParams.getAll('mark').length > 0, 'the link names the words to mark');
    // The reader opens at the turn of that moment (current, focused), the hit's sentence in it and its words marked.
    const current = page.locator('#reader article.turn[aria-current="true"]');
    await current.waitFor();
    await page.waitForFunction(() => document.activeElement?.matches('#reader article.turn[aria-current="true"]'));
    assert.ok(
      (await current.textContent()).replace(/\s+/g, ' ').includes(sentence.replace(/\s+/g, ' ')),
      `the current turn holds '${sentence}'`,
    );
    const marked = (await current.locator('mark').allTextContents()).map((m) => m.toLowerCase().replace(/\s+/g, ' '));
    for (const w of url.searchParams.getAll('mark'))
      assert.ok(marked.includes(w.toLowerCase()), `'${w}' is marked in the current turn (${marked.join(', ')})`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('archive search: filters narrow the hits, and a bad filter gets a message naming it', async () => {
    const { phrase } = await commonPhrase(api, episodes);
    const all = await api(`/api/search?q=${encodeURIComponent(phrase)}`);
    const speaker = all.episodes[0].hits[0].speaker;
    const narrowed = await api(`/api/search?q=${encodeURIComponent(phrase)}&speaker=${encodeURIComponent(speaker)}`);
    assert.ok(narrowed.total >= 1 && narrowed.total <= all.total);
    for (const e of narrowed.episodes)
      for (const h of e.hits) assert.equal(h.speaker.toLowerCase(), speaker.toLowerCase());
    const bad = await fetch(`${url}/api/search?q=${encodeURIComponent(phrase)}&from=someday`);
    assert.equal(bad.status, 400);
    assert.match((await bad.json()).message, /from: 'someday'/);
    const { page, errors } = await open(`/search?q=${encodeURIComponent(phrase)}&from=someday`);
    assert.match(await page.locator('[role=alert]').textContent(), /from: 'someday'/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("term trends: two terms from the URL draw a line each with the API's counts; clicking a point lists that period's hits", async () => {
    const { phrase } = await commonPhrase(api, episodes);
    const terms = ['data', `"${phrase}"`];
    const query = terms.map((t) => `term=${encodeURIComponent(t)}`).join('&');
    const trends = await api(`/api/trends?${query}`);
    const { page, errors } = await open(`/trends?${query}`);
    assert.equal(await page.locator('[data-chart="term-trends"] path.trend-line').count(), 2);
    for (const t of trends.terms) {
      const labels = await page
        .locator(`g.trend-points[data-term="${t.term.replace(/"/g, '\\"')}"] circle.trend-point`)
        .evaluateAll((cs) => cs.map((c) => c.getAttribute('aria-label')));
      assert.equal(labels.length, t.points.length, `a point per period for ${t.term}`);
      t.points.forEach((p, i) =>
        assert.ok(
          labels[i].includes(`${p.period}: ${p.count.toLocaleString('en-US')} mention`),
          `${labels[i]} says ${p.count}`,
        ),
      );
    }
    assert.equal(
      await page.locator('#trend-terms').inputValue(),
      terms.join(', '),
      "the terms field shows the URL's terms",
    );
    // Hover shows the numbers; the keyboard walks the points.
    await page.locator('circle.trend-point').first().focus();
    await page.waitForSelector('[data-chart="term-trends"] .tooltip');
    const before = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
    await page.keyboard.press('ArrowRight');
    const after = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
    assert.notEqual(after, before);
    // A point with mentions: its hits are the search of the term in that period.
    const term = trends.terms[1];
    const point = term.points.find((p) => p.count > 0);
    await page
      .locator(`g.trend-points[data-term="${term.term.replace(/"/g, '\\"')}"] circle[data-period="${point.period}"]`)
      .click();
    await page.waitForSelector('#period-hits');
    const listed = await page.locator('.period-hits li.result').count();
    const expected = await api(
      `/api/search?q=${encodeURIComponent(term.term)}&from=${point.period}&to=${point.period}&limit=20`,
    );
    assert.ok(listed > 0);
    assert.equal(listed, expected.episodes.length);
    // Another period: the URL keeps the terms, a reload draws the same chart.
    await page.getByRole('button', { name: 'Years' }).click();
    await page.waitForURL((u) => u.searchParams.get('by') === 'year' && u.searchParams.getAll('term').length === 2);
    await page.reload();
    await page.waitForSelector('html[data-hydrated]');
    assert.equal(await page.locator('[data-chart="term-trends"] path.trend-line').count(), 2);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
