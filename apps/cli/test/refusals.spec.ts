import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  openSync,
  readSync,
  statSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built CLI under plain Node, as a user runs it; the spawn timeout turns a hang (a FIFO read) into a failure.
const here = dirname(fileURLToPath(import.meta.url));
const main = resolve(here, '../dist/main.js');
const examples = resolve(here, '../../../examples');
const srt = join(examples, '2024-09-12-data-culture.srt');
const run = (args: string[]) => spawnSync(process.execPath, [main, ...args], { encoding: 'utf8', timeout: 110_000 });
const scratch = () => mkdtempSync(join(tmpdir(), 'podlens-cli-'));
/** Every name under dir, hidden ones too, so that a left-over `.NAME.PID.tmp` shows. */
const everything = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
/** What a non-blocking read gives, 0 where nothing is waiting (EAGAIN). */
const readSyncOrZero = (fd: number, buffer: Buffer): number => {
  try {
    return readSync(fd, buffer);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EAGAIN') return 0;
    throw e;
  }
};
const copyExample = (dir: string, name = 'in.srt') => {
  copyFileSync(srt, join(dir, name));
  return join(dir, name);
};

describe('podlens analyze --out', () => {
  it('podlens analyze FILE --out FILE refuses to overwrite its input: exit 2, the file untouched', () => {
    const dir = scratch();
    const input = copyExample(dir);
    const before = readFileSync(input);
    const r = run(['analyze', input, '--out', input]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is one of the inputs');
    expect(r.stdout).toBe('');
    expect(readFileSync(input)).toEqual(before);
    symlinkSync(input, join(dir, 'alias.srt'));
    expect(run(['analyze', input, '--out', join(dir, 'alias.srt')]).status).toBe(2);
    expect(readFileSync(input)).toEqual(before);
    expect(everything(dir)).toEqual(['alias.srt', 'in.srt']);
  });

  it('podlens analyze FOLDER --out FOLDER/x.json refuses a report the walk would read as a transcript', () => {
    const dir = scratch();
    copyExample(dir);
    for (const out of [join(dir, 'report.json'), join(dir, 'in.srt')]) {
      const r = run(['analyze', dir, '--out', out]);
      expect(r.status, out).toBe(2);
      expect(r.stderr).toContain('which is being analyzed');
    }
    expect(everything(dir)).toEqual(['in.srt']);
    // A name the walk does not read is fine.
    expect(run(['analyze', dir, '-f', 'csv', '--out', join(dir, 'report.csv')]).status).toBe(0);
    expect(everything(dir)).toEqual(['in.srt', 'report.csv']);
  });

  it('podlens analyze --out MISSING/x or --out FOLDER is a usage error before any analysis, with nothing left behind', () => {
    const dir = scratch();
    const input = copyExample(dir);
    const missing = run(['analyze', input, '--out', join(dir, 'nope', 'x.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(`no such folder: ${join(dir, 'nope')}`);
    const folder = run(['analyze', input, '--out', dir]);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain('is a folder');
    const file = run(['analyze', input, '--out', join(input, 'x.json')]);
    expect(file.status).toBe(2);
    expect(file.stderr).toContain('is not a folder');
    for (const r of [missing, folder, file]) expect(r.stdout).toBe('');
    expect(everything(dir)).toEqual(['in.srt']);
  });

  it('podlens analyze --out leaves no temporary file when the run fails after opening it', () => {
    // --topics learned fails after the first pass (no tags to learn from), when the temporary file is open.
    const dir = scratch();
    copyExample(dir, 'a.srt');
    copyExample(dir, 'b.srt');
    const outDir = scratch();
    const r = run(['analyze', dir, '--topics', 'learned', '--out', join(outDir, 'report.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no tags');
    expect(everything(outDir)).toEqual([]);
  });

  it('podlens analyze --out FIFO writes into the FIFO and leaves it a FIFO (as it would /dev/null)', async (context) => {
    // A FIFO of the test's own rather than /dev/null: a regression that renames a file onto --out replaces only it.
    const dir = scratch();
    const fifo = join(dir, 'out.pipe');
    if (spawnSync('mkfifo', [fifo]).status !== 0) {
      console.warn('skipped: mkfifo is not available');
      return context.skip();
    }
    // Opened without blocking, so that neither side waits for the other, and read once the CLI is done (one episode fits the pipe's buffer).
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const child = spawn(process.execPath, [main, 'analyze', srt, '-f', 'jsonl', '--out', fifo], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    const exited = new Promise<number | null>((done) => child.on('exit', done));
    expect(await exited).toBe(0);
    let received = '';
    const buffer = Buffer.alloc(65536);
    for (let n: number; (n = readSyncOrZero(reader, buffer)) > 0;) received += buffer.toString('utf8', 0, n);
    closeSync(reader);
    expect(stdout).toBe('');
    expect((JSON.parse(received) as { source: string }).source).toBe(srt);
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(everything(dir)).toEqual(['out.pipe']);
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    it(`podlens analyze --out removes its temporary file on ${signal}`, async () => {
      const input = scratch();
      // Enough files that the run is still going when the signal comes.
      for (let i = 0; i < 300; i++) copyExample(input, `${String(i).padStart(3, '0')}.srt`);
      const outDir = scratch();
      const child = spawn(process.execPath, [main, 'analyze', input, '-q', '--out', join(outDir, 'report.json')], {
        stdio: 'ignore',
      });
      let running = true;
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
        child.on('exit', (code, sig) => {
          running = false;
          done({ code, signal: sig });
        }),
      );
      // The temporary file is opened before the analysis starts.
      while (running && everything(outDir).length === 0) await new Promise((r) => setTimeout(r, 20));
      expect(everything(outDir)[0]).toMatch(/^\.report\.json\.\d+\.tmp$/);
      child.kill(signal);
      const end = await exited;
      expect(end).toEqual({ code: null, signal });
      expect(everything(outDir)).toEqual([]);
    });
});

describe('podlens analyze, unreadable and odd inputs', () => {
  it('podlens analyze FOLDER with an unreadable subfolder reports it as a failed entry, analyzes the rest, exits 1', (context) => {
    // chmod 000 does not stop root, as the tests usually run: then the CLI runs as nobody (setpriv), or the test is skipped.
    const asRoot = process.getuid?.() === 0;
    const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));
    if (process.platform === 'win32' || (asRoot && !setpriv)) {
      console.warn('skipped: running as root without setpriv, an unreadable folder cannot be made');
      return context.skip();
    }
    const asNobody = ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath];
    // A checkout under a private home folder is not readable by nobody.
    if (
      asRoot &&
      spawnSync(setpriv!, [...asNobody, '-e', `require('node:fs').readFileSync(${JSON.stringify(main)})`]).status !== 0
    ) {
      console.warn(`skipped: nobody cannot read ${main}`);
      return context.skip();
    }
    const dir = scratch();
    chmodSync(dir, 0o755);
    mkdirSync(join(dir, 'ok'));
    mkdirSync(join(dir, 'locked'));
    copyExample(join(dir, 'ok'), 'a.srt');
    copyExample(join(dir, 'locked'), 'b.srt');
    chmodSync(join(dir, 'locked'), 0o000);
    const args = [main, 'analyze', dir, '-f', 'jsonl'];
    const r = asRoot
      ? spawnSync(setpriv!, [...asNobody, ...args], { encoding: 'utf8', timeout: 110_000 })
      : spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 110_000 });
    chmodSync(join(dir, 'locked'), 0o755);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain(`${join(dir, 'locked')}: cannot read the folder: permission denied`);
    expect(r.stderr).toContain('1 of 1 file analyzed; 1 path could not be read');
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { source: string }).source),
    ).toEqual([join(dir, 'ok', 'a.srt')]);
  });

  it('podlens analyze --jobs 0|-3|1000|1.5 is a usage error before anything reaches stdout', () => {
    for (const jobs of ['0', '-3', '1000', '1.5', 'two']) {
      const r = run(['analyze', srt, `--jobs=${jobs}`]);
      expect(r.status, jobs).toBe(2);
      expect(r.stderr).toContain(`--jobs takes a whole number from 1 to 64, got '${jobs}'`);
      expect(r.stdout).toBe('');
    }
    expect(run(['analyze', srt, '--jobs', '2', '-f', 'jsonl']).status).toBe(0);
  });

  it('podlens analyze --people MISSING is a usage error, not an internal one', () => {
    const r = run(['analyze', srt, '--people', join(scratch(), 'nope')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no such folder');
  });

  it('podlens analyze FIFO or DEVICE (or --taxonomy FIFO) refuses it at once, never waiting on it', (context) => {
    const dir = scratch();
    const fifo = join(dir, 'pipe.srt');
    if (spawnSync('mkfifo', [fifo]).status !== 0) {
      console.warn('skipped: mkfifo is not available');
      return context.skip();
    }
    const devices = ['/dev/zero', '/dev/null']
      .filter((d) => existsSync(d) && statSync(d).isCharacterDevice())
      .slice(0, 1);
    for (const [path, kind] of [[fifo, 'a FIFO'], ...devices.map((d) => [d, 'a character device'] as const)] as const) {
      const r = run(['analyze', path]);
      expect(r.error, path).toBeUndefined();
      expect(r.status, path).toBe(2);
      expect(r.stderr).toContain(`${path}: ${kind}, not a transcript file`);
      expect(r.stdout).toBe('');
    }
    const taxonomy = run(['analyze', srt, '--taxonomy', fifo]);
    expect(taxonomy.status).toBe(2);
    expect(taxonomy.stderr).toContain(`--taxonomy ${fifo}: not a regular file`);
  });

  it('podlens analyze FOLDER follows a linked file once, and names a link loop and a broken link', () => {
    const dir = scratch();
    const outside = copyExample(scratch(), 'outside.srt');
    copyExample(dir, 'own.srt');
    symlinkSync(outside, join(dir, 'linked.srt'));
    symlinkSync(join(dir, 'own.srt'), join(dir, 'twice.srt'));
    symlinkSync('.', join(dir, 'loop'));
    symlinkSync(join(dir, 'gone.srt'), join(dir, 'broken.srt'));
    const r = run(['analyze', dir, '-f', 'jsonl']);
    expect(r.status, r.stderr).toBe(1);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { source: string }).source),
    ).toEqual([join(dir, 'linked.srt'), join(dir, 'own.srt')]);
    expect(r.stderr).toContain(`skipped ${join(dir, 'loop')}: reached again`);
    expect(r.stderr).toContain(
      `skipped ${join(dir, 'twice.srt')}: reached again (through a link, or named twice): the same file as ${join(dir, 'own.srt')}`,
    );
    expect(r.stderr).toContain(`${join(dir, 'broken.srt')}: a broken symbolic link`);
  });
});

describe('podlens analyze, text in other encodings and hostile text', () => {
  const transcript =
    'HOST: Welcome to the show, señor Muñoz.\nGUEST: Merci, ravi d’être là.\nHOST: Très bien.\nGUEST: Olé.\n';
  it('podlens analyze reads UTF-16 (LE and BE, with a BOM) and Latin-1 files, saying how', () => {
    const dir = scratch();
    const le = Buffer.from(transcript, 'utf16le');
    writeFileSync(join(dir, 'le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), le]));
    writeFileSync(
      join(dir, 'be.txt'),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le.map((_, i) => le[i ^ 1]!))]),
    );
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from(transcript.replace('’', "'"), 'latin1'));
    const r = run(['analyze', dir, '-f', 'jsonl']);
    expect(r.status, r.stderr).toBe(0);
    const episodes = r.stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            source: string;
            speakers: { name: string; words: number }[];
            diagnostics: { severity: string; origin: string; message: string }[];
          },
      );
    expect(episodes).toHaveLength(3);
    for (const e of episodes) {
      expect(
        e.speakers.map((s) => s.name),
        e.source,
      ).toEqual(['HOST', 'GUEST']);
      expect(
        e.diagnostics.find((d) => d.origin === 'parser:encoding'),
        e.source,
      ).toBeDefined();
    }
    expect(episodes.find((e) => e.source.endsWith('latin1.txt'))!.diagnostics[0]).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining('Windows-1252'),
    });
  });

  it('podlens analyze -f csv defuses cells a spreadsheet would run as formulas', () => {
    const dir = scratch();
    const line = (who: string, sec: number) =>
      `- line: Some words to say here, for a while.\n  sec: ${sec}\n  who: ${JSON.stringify(who)}\n`;
    writeFileSync(
      join(dir, 'attack.md'),
      `---\ntitle: "-1+1+cmd|' /C calc'!A0"\ntranscript:\n${line('=HYPERLINK("http://x","y")', 0)}${line('@SUM(A1)', 10)}${line('=HYPERLINK("http://x","y")', 20)}---\n`,
    );
    const r = run(['analyze', join(dir, 'attack.md'), '-f', 'csv']);
    expect(r.status, r.stderr).toBe(0);
    const rows = r.stdout.trim().split('\n').slice(1);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toContain(",'-1+1+cmd|' /C calc'!A0,");
      expect(row).toMatch(/,"'=HYPERLINK\(""http:\/\/x"",""y""\)",|,'@SUM\(A1\),/);
    }
  });
});
