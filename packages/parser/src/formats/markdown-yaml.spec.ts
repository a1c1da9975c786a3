import { describe, expect, it } from 'vitest';
import { CATASTROPHIC_MS, cpuMs } from '../../test/catastrophic.js';
import { parse } from '../index.js';

describe('markdown-yaml', () => {
  it('parse(front matter with an alias without an anchor) reports it instead of throwing (fuzz regression)', () => {
    const text =
      '---\ntitle: x\na: *nothing\ntranscript:\n- line: hello there\n  who: Ann\n- line: *gone\n  who: Bob\n- line: bye\n  who: Bob\n---\n';
    const { episode, diagnostics } = parse(text, { format: 'markdown-yaml' });
    expect(episode.turns.map((t) => t.text)).toEqual(['hello there', 'bye']);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ origin: 'parser:yaml', severity: 'error', message: expect.stringMatching(/alias/i) }),
    );
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        origin: 'parser:markdown-yaml-entry',
        position: expect.objectContaining({ start: expect.objectContaining({ line: 7 }) }),
      }),
    );
  });

  it('parse(front matter nested 5,000 levels deep on one line) reports it instead of overflowing the stack (fuzz regression)', () => {
    const text = `${'Alexey: '.repeat(5_000)}---\ntitle: x\ntranscript:\n- line: hi\n  who: Ann\n---\n`;
    const { diagnostics } = parse(text, { format: 'markdown-yaml' });
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        origin: 'parser:yaml',
        severity: 'error',
        message: expect.stringMatching(/cannot be read/),
      }),
    );
  });

  it('parse(front matter of 150,000 nested [) is refused as nested too deep (fuzz regression: over 1 s)', () => {
    const text = `${'['.repeat(150_000)}---\ntitle: x\ntranscript:\n- line: hi\n  who: Ann\n---\n`;
    const t0 = cpuMs();
    const { diagnostics } = parse(text, { format: 'markdown-yaml' });
    expect(cpuMs() - t0).toBeLessThan(CATASTROPHIC_MS);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ origin: 'parser:yaml', message: expect.stringMatching(/nested more than 256 deep/) }),
    );
  });
});

describe('markdown-yaml on keys nested on one line', () => {
  it('parse(`Alexey: ` x 35,000 on one line) is refused as nested too deep (fuzz regression: 0.7-1.3 s, then a stack overflow)', () => {
    const text = `${'Alexey: '.repeat(35_000)}\n${'Alexey: '.repeat(35_000)}\n`;
    const t0 = cpuMs();
    const { diagnostics } = parse(text, { format: 'markdown-yaml' });
    expect(cpuMs() - t0).toBeLessThan(CATASTROPHIC_MS);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        origin: 'parser:yaml',
        severity: 'error',
        message: expect.stringMatching(/nested more than 256 deep/),
      }),
    );
  });

  it('parse(front matter with a 300,000-dash line) takes linear time in the nesting check', () => {
    const text = `---\ntitle: x\n${'-'.repeat(300_000)}\ntranscript:\n- line: hi\n  who: Ann\n`;
    const t0 = cpuMs();
    parse(text, { format: 'markdown-yaml' });
    expect(cpuMs() - t0).toBeLessThan(CATASTROPHIC_MS);
  });
});

describe('markdown-yaml, the fast path', () => {
  const page = (clips: string, more = '') =>
    `---\ntitle: 'Clips: a test'\ntopics:\n- MLOps\nquotableClips:\n${clips}\ndateadded: 2024-03-14\n${more}transcript:\n- line: hello there\n  sec: 0\n  who: Ann\n- line: bye\n  sec: 5\n  who: Bob\n---\n`;
  const read = (text: string) => {
    const { episode, diagnostics } = parse(text, { format: 'markdown-yaml' });
    return { meta: episode.meta, turns: episode.turns.map((t) => [t.text, t.start]), diagnostics };
  };

  it('parse(page) reads the same whether the scanner or yaml reads its other lists (quotableClips)', () => {
    const scanned = read(page("- name: 'Intro: hi'\n  startOffset: 0\n- name: Tools\n  startOffset: 38"));
    expect(scanned.meta).toMatchObject({ title: 'Clips: a test', tags: ['MLOps'], date: '2024-03-14' });
    expect(scanned.turns).toEqual([
      ['hello there', 0],
      ['bye', 5],
    ]);
    // Double quotes make the scanner decline the list; yaml reads it.
    expect(read(page('- name: "Intro: hi"\n  startOffset: 0\n- name: Tools\n  startOffset: 38'))).toEqual(scanned);
  });

  it('parse(page with a list key given twice) still reads it, as yaml does (the last wins)', () => {
    const twice = read(page('- name: Intro\n  startOffset: 0', 'quotableClips:\n- name: Again\n  startOffset: 1\n'));
    expect(twice.turns).toEqual([
      ['hello there', 0],
      ['bye', 5],
    ]);
    expect(twice.meta).toMatchObject({ title: 'Clips: a test', tags: ['MLOps'] });
  });
});

describe('markdown-yaml on badly broken YAML', () => {
  it('markdownYaml.read(text) reports the first 20 YAML errors and a count (fuzz: building 70,000 errors took 2 s)', async () => {
    const { parse } = await import('../parse.js');
    const text = `---\ntitle: x\ntranscript:\n- line: hi\n  who: Ann\n- line: ${'Alexey: ok '.repeat(20_000)}\n  sec: 1\n---\n`;
    const t0 = cpuMs();
    const { diagnostics } = parse(text, { format: 'markdown-yaml' });
    expect(cpuMs() - t0).toBeLessThan(CATASTROPHIC_MS);
    const yaml = diagnostics.filter((d) => d.origin === 'parser:yaml');
    expect(yaml.length).toBeLessThanOrEqual(21);
    expect(yaml[yaml.length - 1]!.message).toMatch(/^YAML: \d+ more errors in the front matter$/);
  });
});
