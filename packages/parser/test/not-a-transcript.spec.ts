import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, UnknownFormatError } from '../src/index.js';
import { readTranscriptFile } from '../src/node/index.js';
import { makeDocx } from './make-docx.js';

// Structured documents that are no transcript: each is refused with an UnknownFormatError naming what was tried
// and what was found, never read as plain text (whose reader would take `"name": "x",` for a speaker).
const here = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'podlens-not-a-transcript-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function refusal(run: () => unknown): UnknownFormatError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(UnknownFormatError);
    return e as UnknownFormatError;
  }
  throw new Error('expected an UnknownFormatError, the input was read');
}

async function fileRefusal(name: string, bytes: Uint8Array | string): Promise<UnknownFormatError> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const error = await readTranscriptFile(path).then(
    (r) => new Error(`expected an UnknownFormatError, read as ${r.episode.format}`),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnknownFormatError);
  return error as UnknownFormatError;
}

describe('documents that are no transcript', () => {
  it('parse(package.json) names the JSON schemas tried and the top-level keys found', () => {
    const e = refusal(() => parse(readFileSync(join(here, '../package.json'), 'utf8'), { fileName: 'package.json' }));
    expect(e.message).toContain('`name`, `version`');
    for (const schema of [
      'podcast-json',
      'assemblyai',
      'deepgram',
      'whisper',
      'rev-ai',
      'aws-transcribe',
      'google-stt',
      'azure-speech',
      'speechmatics',
      'podlove-json',
    ])
      expect(e.message).toContain(`- ${schema}: `);
    expect(e.message).not.toContain('- plain: ');
  });

  it('parse(GeoJSON) is refused, though its features hold `Name: text` strings', () => {
    const geo = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'Harbour', text: 'Anna: the harbour opens at six' },
          geometry: { type: 'Point', coordinates: [125.6, 10.1] },
        },
      ],
    };
    const e = refusal(() => parse(JSON.stringify(geo, null, 2), { fileName: 'harbour.geojson' }));
    expect(e.message).toContain('`type`, `features`');
  });

  it('parse(HTML page) without cite/time/p transcript markup is refused, naming the HTML reader tried', () => {
    const page =
      '<!DOCTYPE html><html><head><title>About us</title></head><body><nav><a href="/">Home</a></nav><h1>About</h1><p>Anna: We are a small team.</p><p>Contact: hello@example.org</p></body></html>';
    const e = refusal(() => parse(page, { fileName: 'about.html' }));
    expect(e.message).toMatch(/HTML document/);
    expect(e.message).toContain('- html: ');
    expect(e.message).not.toContain('- plain: ');
  });

  it('parse(a JSON list of records) is refused with the keys of its first item', () => {
    const e = refusal(() =>
      parse(
        JSON.stringify([
          { id: 1, text: 'Speaker: hello there' },
          { id: 2, text: 'Other: yes' },
        ]),
      ),
    );
    expect(e.message).toContain('`id`, `text`');
  });

  it('readTranscriptFile(a Word letter) is refused, not read as plain text', async () => {
    const letter = makeDocx([
      'Dear Ms. Lopez,',
      'Thank you for your letter of 3 May. We are glad to confirm the booking for the hall.',
      'Date: 12 June',
      'Kind regards,',
      'Sam Ng',
    ]);
    const e = await fileRefusal('letter.docx', letter);
    expect(e.message).toContain(
      "letter.docx: a Word document of 5 paragraphs (the first: 'Dear Ms. Lopez,') in no transcript layout",
    );
    expect(e.message).toContain('- plain: ');
    expect(e.message).not.toContain('- podcast-json: ');
  });

  it('readTranscriptFile(a zip that is no Word document, or a .docx that is no zip) says so', async () => {
    expect((await fileRefusal('notes.docx', 'plain words, no zip')).message).toMatch(/not a Word document/);
  });
});
