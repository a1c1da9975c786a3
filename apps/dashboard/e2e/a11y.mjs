// Accessibility e2e: axe-core's WCAG 2.0/2.1 A and AA rules on every page, light and dark, desktop and phone.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SCHEMES = ['light', 'dark'];
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

/** Runs axe in the page (evaluated over CDP, so the page's CSP does not stop it). */
export async function axe(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    const checked = new Set(
      [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable].map((r) => r.id),
    );
    return {
      ruleCount: window.axe.getRules(tags).length,
      checked: [...checked],
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
      })),
    };
  }, WCAG_TAGS);
}

/** `episodes` from /api/episodes, `people` from /api/people; `open(path, { colorScheme })` resolves `{ page, errors }` once hydrated. */
export function a11yTests({ test, open, episodes, people }) {
  const byId = (id) => episodes.find((e) => e.id === id);
  const two = episodes.slice(0, 2).map((e) => e.id);
  const twoPeople = people
    .slice(0, 2)
    .map((p) => `people=${encodeURIComponent(p.id)}`)
    .join('&');
  // Some pages are also checked in a second state: a tooltip shown by the keyboard, a preview, a message.
  const focusFirst = (selector) => async (page) => {
    await page.locator(selector).first().focus();
    await page.waitForSelector('.tooltip');
  };
  const pages = [
    { name: 'library', path: '/' },
    { name: 'library, host-share tooltip', path: '/', prepare: focusFirst('circle.host-dot') },
    { name: 'library by episode, 100%', path: '/?by=episode&mode=expand' },
    { name: 'episode', path: `/episode/${encodeURIComponent(byId('three-voices') ? 'three-voices' : episodes[0].id)}` },
    {
      name: 'episode, talk-bar tooltip',
      path: `/episode/${encodeURIComponent(episodes[0].id)}`,
      prepare: focusFirst('rect.talk-bar'),
    },
    {
      name: 'episode, turn-track tooltip',
      path: `/episode/${encodeURIComponent(episodes[0].id)}`,
      prepare: focusFirst('rect.turn-focus'),
    },
    { name: 'compare (empty)', path: '/compare' },
    { name: 'compare episodes', path: `/compare?ids=${two.map(encodeURIComponent).join(',')}` },
    { name: 'compare people', path: `/compare?${twoPeople}` },
    { name: 'compare people, share-bar tooltip', path: `/compare?${twoPeople}`, prepare: focusFirst('rect.share-bar') },
    { name: 'people', path: '/people' },
    { name: 'person (most episodes)', path: `/people/${encodeURIComponent(people[0].id)}` },
    {
      name: 'person, share-bar tooltip',
      path: `/people/${encodeURIComponent(people[0].id)}`,
      prepare: focusFirst('rect.share-bar'),
    },
    { name: 'person (one episode)', path: `/people/${encodeURIComponent(people.at(-1).id)}` },
    {
      name: 'person, a refused link',
      path: `/people/${encodeURIComponent(people.at(-1).id)}`,
      prepare: async (page) => {
        await page.getByRole('button', { name: 'Link', exact: true }).click();
        await page.waitForSelector('[data-testid="link-message"]');
      },
    },
    { name: 'your data', path: '/data' },
    {
      name: 'your data, a refused import',
      path: '/data',
      prepare: async (page) => {
        await page.setInputFiles('input[type=file]', {
          name: 'not-an-export.json',
          mimeType: 'application/json',
          buffer: Buffer.from('{"format":"other"}'),
        });
        await page.waitForSelector('[data-testid="import-message"]');
      },
    },
    { name: 'search', path: '/search?q=data' },
    { name: 'search, no match', path: '/search?q=zzzqqq&format=none' },
    { name: 'trends, two terms', path: '/trends?term=data&term=%22data+team%22&by=year' },
    { name: 'trends, point tooltip', path: '/trends?term=data&term=team', prepare: focusFirst('circle.trend-point') },
    {
      name: "trends, a period's hits",
      path: '/trends?term=data',
      prepare: async (page) => {
        await page.locator('circle.trend-point').last().click();
        await page.waitForSelector('#period-hits');
      },
    },
    { name: 'upload', path: '/upload' },
    {
      name: 'upload, a refused paste and a refused file',
      path: '/upload',
      prepare: async (page) => {
        await page.fill('textarea', 'just some words');
        await page.waitForSelector('[data-preview] .bad');
        await page.setInputFiles('input[type=file]', {
          name: 'con.vtt',
          mimeType: 'text/vtt',
          buffer: Buffer.from('WEBVTT\n'),
        });
        await page.waitForSelector('.results li[data-ok="false"]');
      },
    },
  ];

  test(`axe-core ${WCAG_TAGS.join('/')}: 0 violations on every page x light, dark x desktop, phone`, async () => {
    // An episode whose diagnostics hold warnings (lines out of time order), for the warning labels' contrast.
    const { page: uploader } = await open('/upload');
    const saved = await uploader.evaluate(async (body) => {
      const res = await fetch('/api/upload?name=a11y-warnings.txt', {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/octet-stream' },
      });
      return res.json();
    }, '[00:00:05] Ann: Welcome to the show about data teams.\n[00:00:40] Bob: Thanks for having me here today.\n[00:00:20] Ann: So tell us about your work with pipelines.\n');
    // Every page the main navigation links to is checked too, so a new page is covered when it is added there.
    const linked = await uploader
      .locator('header nav a[href]')
      .evaluateAll((as) => as.map((a) => new URL(a.href).pathname + new URL(a.href).search));
    for (const href of linked)
      if (!pages.some((p) => p.path === href)) pages.push({ name: `linked ${href}`, path: href });
    await uploader.close();
    assert.equal(saved.ok, true, JSON.stringify(saved));
    const id = saved.file.replace(/\.txt$/, '');
    pages.push({
      name: 'episode with warnings',
      path: `/episode/${encodeURIComponent(id)}`,
      prepare: (page) => page.waitForSelector('.diags li.warning'),
    });
    const found = [];
    const perPage = [];
    let ruleCount = 0;
    const checked = new Set();
    for (const scheme of SCHEMES) {
      const { page } = await open('/', { colorScheme: scheme });
      for (const size of WIDTHS) {
        await page.setViewportSize({ width: size.width, height: size.height });
        for (const p of pages) {
          await page.goto(new URL(p.path, page.url()).href);
          await page.waitForSelector('html[data-hydrated]');
          // Let bind:clientWidth redraw the charts at this width before checking.
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          if (p.prepare) await p.prepare(page);
          const out = await axe(page);
          ruleCount = out.ruleCount;
          for (const id of out.checked) checked.add(id);
          const nodes = out.violations.reduce((n, v) => n + v.nodes.length, 0);
          perPage.push(`${p.name} ${scheme} ${size.name}: ${nodes}`);
          for (const v of out.violations)
            for (const n of v.nodes)
              found.push({
                where: `${p.name} ${scheme} ${size.name}`,
                id: v.id,
                target: n.target,
                summary: (n.summary ?? '').split('\n').slice(0, 2).join(' '),
              });
        }
      }
      await page.close();
    }
    console.log(
      `    axe: ${ruleCount} WCAG 2 A/AA rules run, ${checked.size} applied to some page; ${pages.length} page states x 2 schemes x 2 widths = ${perPage.length} checks`,
    );
    assert.ok(
      ruleCount >= 50 && checked.has('color-contrast') && checked.has('nested-interactive'),
      'axe ran its WCAG rules',
    );
    if (process.env.PODLENS_A11Y_REPORT) console.log(`    ${perPage.join('\n    ')}`);
    // The same rule on the same node is listed once, with the pages and modes where it fails.
    const grouped = new Map();
    for (const f of found) {
      const key = `${f.id} at ${f.target}: ${f.summary}`;
      grouped.set(key, [...(grouped.get(key) ?? []), f.where]);
    }
    const lines = [...grouped].map(
      ([key, where]) =>
        `${key} [${where.length > 3 ? `${where.slice(0, 3).join('; ')}; +${where.length - 3}` : where.join('; ')}]`,
    );
    if (found.length) console.log(`    ${lines.join('\n    ')}`);
    assert.equal(
      found.length,
      0,
      `${found.length} violations (${grouped.size} distinct):\n${lines.slice(0, 40).join('\n')}`,
    );
  });

  test('prefers-reduced-motion: transitions and animations on the page end at once', async () => {
    const { page, errors } = await open(`/episode/${encodeURIComponent(episodes[0].id)}`);
    const durations = () =>
      page.evaluate(() => {
        const el = document.createElement('div');
        el.style.transition = 'opacity 2s';
        el.style.animation = 'none 3s';
        document.querySelector('main').append(el);
        const cs = getComputedStyle(el);
        const out = [parseFloat(cs.transitionDuration), parseFloat(cs.animationDuration)];
        el.remove();
        return out;
      });
    assert.deepEqual(await durations(), [2, 3], 'without the preference a transition keeps its length');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const [transition, animation] = await durations();
    assert.ok(transition < 0.001 && animation < 0.001, `reduced: transition ${transition}s, animation ${animation}s`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('every chart on every page: one tab stop, no focusable mark inside role=img, a text alternative with figures', async () => {
    const { page, errors } = await open('/');
    let charts = 0;
    for (const p of pages.filter((x) => !x.prepare)) {
      await page.goto(new URL(p.path, page.url()).href);
      await page.waitForSelector('html[data-hydrated]');
      const found = await page.$$eval('main svg', (svgs) =>
        svgs.map((svg) => {
          const stops = [svg, ...svg.querySelectorAll('*')].filter((el) => el.getAttribute('tabindex') === '0').length;
          const described = (svg.getAttribute('aria-describedby') ?? '')
            .split(/\s+/)
            .filter(Boolean)
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ');
          return {
            chart: svg.closest('[data-chart]')?.dataset.chart ?? svg.getAttribute('aria-label'),
            role: svg.getAttribute('role'),
            stops,
            described,
            imgWithFocus: svg.querySelectorAll('[role="img"] [tabindex]').length,
          };
        }),
      );
      for (const c of found) {
        charts++;
        assert.ok(['group', 'application'].includes(c.role), `${p.name} ${c.chart}: role ${c.role}`);
        assert.equal(c.stops, 1, `${p.name} ${c.chart}: ${c.stops} tab stops`);
        assert.equal(c.imgWithFocus, 0, `${p.name} ${c.chart}: focusable inside role=img`);
        assert.match(c.described, /\d/, `${p.name} ${c.chart}: a summary with figures (${c.described})`);
      }
    }
    assert.ok(charts >= 10, `${charts} charts checked`);
    console.log(`    ${charts} charts checked`);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
