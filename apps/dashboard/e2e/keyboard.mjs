// A keyboard-only walk: every step below is a keyboard.press; the page is only read, never clicked.
import assert from 'node:assert/strict';

const mss = (s) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;

/** Presses Tab until the focused element matches `selector` (and has the `text`); fails after `max` presses. */
async function tabTo(page, selector, { max = 400, back = false, text } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const hit = await page.evaluate(
      ({ s, t }) =>
        (document.activeElement?.matches(s) ?? false) &&
        (t === undefined || document.activeElement.textContent.trim() === t),
      { s: selector, t: text },
    );
    if (hit) return i + 1;
  }
  throw new Error(`Tab did not reach ${selector}${text ? ` '${text}'` : ''} in ${max} presses`);
}
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      label: el?.getAttribute('aria-label') ?? '',
      chart: el?.closest('[data-chart]')?.getAttribute('data-chart') ?? null,
      tag: el?.tagName.toLowerCase(),
    };
  });
const tooltip = async (page, chart) => {
  const tip = page.locator(`[data-chart="${chart}"] .tooltip`);
  await tip.waitFor();
  return (await tip.locator('div').allTextContents()).map((t) => t.trim());
};

export function keyboardTests({ test, open, api }) {
  test('keyboard only: library charts, open an episode, walk the turn track and the topic flow, read tooltips, rename a speaker', async () => {
    const full = await api('/api/episodes/three-voices');
    const { page, errors } = await open('/');

    // Host share: one tab stop, the arrows move between episodes and show their tooltip.
    await tabTo(page, 'circle.host-dot');
    const firstDot = (await focused(page)).label;
    await page.keyboard.press('ArrowRight');
    const secondDot = await focused(page);
    assert.equal(secondDot.chart, 'host-share');
    assert.notEqual(secondDot.label, firstDot, 'ArrowRight moves to the next episode');
    assert.ok(secondDot.label.startsWith((await tooltip(page, 'host-share'))[0]), 'the tooltip is the focused episode');
    await page.keyboard.press('Tab');
    assert.notEqual((await focused(page)).chart, 'host-share', 'one tab stop for the host-share chart');

    // Heatmap: every cell is reachable, arrows as in a grid.
    await tabTo(page, 'rect.heat');
    const cells = await page.locator('rect.heat').count();
    const columns = await page.locator('[data-chart="topic-speaker-heatmap"] text.col').count();
    const label = async () => (await focused(page)).label;
    const first = await label();
    await page.keyboard.press('ArrowRight');
    const right = await label();
    await page.keyboard.press('ArrowDown');
    const down = await label();
    await page.keyboard.press('Control+End');
    const last = await label();
    const labels = await page.locator('rect.heat').evaluateAll((rs) => rs.map((r) => r.getAttribute('aria-label')));
    assert.deepEqual(
      [first, right, down, last],
      [labels[0], labels[1], labels[Math.min(1 + columns, cells - 1)], labels[cells - 1]],
    );
    assert.match((await tooltip(page, 'topic-speaker-heatmap'))[1], /of their topic weight/);

    // Open the episode from the table.
    await tabTo(page, 'a[href="/episode/three-voices"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/episode\/three-voices$/);
    await page.waitForSelector('#reader article.turn');

    // The turn track: one focus mark, moved by the arrows; its tooltip names the turn.
    await tabTo(page, 'rect.turn-focus');
    const turns = full.turns;
    const head = (t) => `${t.speaker} · ${mss(t.start)}–${mss(t.end)}`;
    assert.equal((await tooltip(page, 'who-talks-when'))[0], head(turns[0]));
    await page.keyboard.press('ArrowRight');
    assert.equal((await tooltip(page, 'who-talks-when'))[0], head(turns[1]));
    const lanes = [...full.summary.speakers].sort((a, b) => b.talkShare - a.talkShare).map((s) => s.name);
    await page.keyboard.press('ArrowDown');
    const below = lanes[lanes.indexOf(turns[1].speaker) + 1];
    assert.ok(
      (await tooltip(page, 'who-talks-when'))[0].startsWith(`${below} · `),
      `ArrowDown moves to ${below}'s lane`,
    );
    await page.keyboard.press('End');
    const lastTip = await tooltip(page, 'who-talks-when');
    assert.equal(lastTip[0], head(turns.at(-1)));
    assert.equal(
      lastTip[1],
      turns.at(-1).text.length > 90 ? `${turns.at(-1).text.slice(0, 89)}…` : turns.at(-1).text,
      'the tooltip reads the turn',
    );
    // Page Down walks the chapter markers.
    await page.keyboard.press('Home');
    const chapters = [...full.summary.chapters]
      .sort((a, b) => a.start - b.start)
      .filter((c) => c.start > turns[0].start + 0.5);
    if (chapters.length > 1) {
      await page.keyboard.press('PageDown');
      await page.keyboard.press('PageDown');
      assert.equal(
        (await tooltip(page, 'who-talks-when'))[0],
        `Chapter ${chapters[1].title} · ${mss(chapters[1].start)}`,
      );
    }
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]t=\d+/);
    assert.equal(
      await page.locator('#reader article.turn.active').getAttribute('id'),
      'turn-2',
      'Enter reads that turn',
    );

    // Back to the track (the reader took the focus), then on to the topic flow: one tab stop each.
    await tabTo(page, 'rect.turn-focus', { back: true });
    await page.keyboard.press('Tab');
    assert.notEqual((await focused(page)).chart, 'who-talks-when', 'one tab stop for the turn track');
    await tabTo(page, '[data-chart="topic-flow"] svg');
    const bins = full.summary.topicFlow.bins;
    const binHead = (b) => `${mss(b.start)}–${mss(b.end)}`;
    assert.equal((await tooltip(page, 'topic-flow'))[0], binHead(bins[0]));
    await page.keyboard.press('ArrowRight');
    const second = await tooltip(page, 'topic-flow');
    assert.equal(second[0], binHead(bins[1]));
    const topTopic = full.summary.topics.find(
      (t) => t.id === Object.entries(bins[1].scores).sort((a, b) => b[1] - a[1])[0][0],
    );
    assert.ok(
      second[1].startsWith(`${topTopic.label}: `),
      `the tooltip leads with the strongest topic, ${topTopic.label}`,
    );
    await page.keyboard.press('End');
    assert.equal((await tooltip(page, 'topic-flow'))[0], binHead(bins.at(-1)));
    // Up and Down pick a stream: its figure leads the tooltip, whatever its size.
    const topics = full.summary.topics;
    await page.keyboard.press('ArrowUp');
    const lastTopic = topics.at(-1);
    assert.ok(
      (await tooltip(page, 'topic-flow'))[1].startsWith(`▸ ${lastTopic.label}: `),
      `ArrowUp picks the last stream, ${lastTopic.label}`,
    );
    await page.keyboard.press('ArrowUp');
    assert.ok((await tooltip(page, 'topic-flow'))[1].startsWith(`▸ ${topics.at(-2).label}: `));
    assert.equal(
      await page.locator('[data-chart="topic-flow"] path.stream.chosen').getAttribute('data-key'),
      topics.at(-2).id,
    );

    // Rename a speaker with the keyboard: type into the field, Tab to Save, Enter.
    const speaker = full.summary.speakers[0].name;
    await tabTo(page, `input[aria-label="New name for ${speaker}"]`);
    for (const key of 'Kay Board') await page.keyboard.press(key === ' ' ? 'Space' : key);
    await tabTo(page, 'button', { text: 'Save' });
    await page.keyboard.press('Enter');
    await page.waitForSelector('rect.talk-bar[data-speaker="Kay Board"]');
    assert.ok((await page.locator('#reader').textContent()).includes('Kay Board'));
    await tabTo(page, 'button', { text: 'Undo all edits' });
    await page.keyboard.press('Enter');
    await page.waitForSelector(`rect.talk-bar[data-speaker="${speaker}"]`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("keyboard only: the compare page's topic profile and share bars are reached with Tab and walked with arrows", async () => {
    const ids = (await api('/api/people')).people.slice(0, 2).map((p) => p.id);
    const { page, errors } = await open(`/compare?${ids.map((id) => `people=${encodeURIComponent(id)}`).join('&')}`);
    await tabTo(page, 'rect.topic-bar');
    const bars = await page.locator('rect.topic-bar').evaluateAll((rs) => rs.map((r) => r.getAttribute('aria-label')));
    await page.keyboard.press('ArrowRight');
    assert.equal((await focused(page)).label, bars[1]);
    assert.equal((await tooltip(page, 'compare-topics')).join(' · '), bars[1]);
    await page.keyboard.press('Tab');
    assert.notEqual((await focused(page)).chart, 'compare-topics', 'one tab stop for the topic profile');
    await tabTo(page, `section.col[data-person="${ids[0]}"] rect.share-bar`);
    const shares = await page
      .locator(`section.col[data-person="${ids[0]}"] rect.share-bar`)
      .evaluateAll((rs) => rs.map((r) => r.getAttribute('aria-label')));
    await page.keyboard.press('End');
    assert.equal((await focused(page)).label, shares.at(-1));
    assert.equal(await page.locator(`section.col[data-person="${ids[0]}"] .tooltip`).textContent(), shares.at(-1));
    assert.deepEqual(errors, []);
    await page.close();
  });
}
