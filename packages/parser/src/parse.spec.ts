import { describe, expect, it } from 'vitest';
import { detect, detectFormat, parse } from './parse.js';
import { formatNames } from './formats/index.js';
import { UnknownFormatError } from './parse-error.js';

function refusal(text: string, fileName?: string): UnknownFormatError {
  try {
    parse(text, { fileName });
  } catch (e) {
    if (e instanceof UnknownFormatError) return e;
    throw e;
  }
  throw new Error('parse did not refuse');
}

describe('detection of structured input', () => {
  it('parse(JSON in no known schema) names the schemas tried and the top-level keys, and reads no text', () => {
    const e = refusal(JSON.stringify({ name: 'podlens', version: '1.0.0', scripts: { build: 'tsc' } }), 'package.json');
    expect(e.message).toMatch(
      /^package\.json: a JSON document with the top-level keys `name`, `version`, `scripts`, in none of the known schemas/,
    );
    for (const schema of [
      'assemblyai',
      'deepgram',
      'whisper',
      'rev-ai',
      'aws-transcribe',
      'podcast-json',
      'podlove-json',
    ])
      expect(e.message).toContain(`- ${schema}: `);
    expect(e.message).not.toContain('- plain: ');
    expect(e.refusals.map((r) => r.format)).toEqual(formatNames);
    expect(e.refusals.find((r) => r.format === 'plain')!.reason).toBe('JSON input is not read as text');
  });

  it("parse(a JSON list of records) refuses it, naming the first record's keys", () => {
    expect(refusal('[{"id": 1, "title": "x"}]').message).toMatch(
      /a list of 1 item whose first has the keys `id`, `title`/,
    );
  });

  it('parse(broken JSON) says where it breaks', () => {
    expect(refusal('{\n  "utterances": [\n    {"speaker": "A",, }\n  ]\n}').message).toMatch(
      /not valid JSON \(.*line 3, column \d+\)/,
    );
  });

  it('parse(an HTML page that is no transcript) and parse(XML) refuse, never read as text', () => {
    expect(
      refusal('<!doctype html><html><body><h1>Shop</h1><p>Buy: now</p><p>Host: me</p></body></html>').message,
    ).toMatch(/^an HTML document in no known transcript layout/);
    expect(
      refusal('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Ann: hi</title></channel></rss>').message,
    ).toMatch(/^an XML document \(root <rss>\)/);
  });

  it('detectFormat(text) still reads a text line that starts with a bracket as text', () => {
    expect(detectFormat('[00:00:01] Ann: hello there\n[00:00:05] Bob: hi Ann\n[00:00:09] Ann: welcome').name).toBe(
      'plain',
    );
  });

  it('detectFormat(text) reads stamped bold names as a transcript, not as a chapter list, however many speakers share the turns', () => {
    const names = ['Ann Lee', 'Bob Ray', 'Cy Tan', 'Di Park'];
    const lines = Array.from(
      { length: 12 },
      (_, i) =>
        `0:0${Math.floor(i / 6)}:${String((i * 9) % 60).padStart(2, '0')}.${i} **${names[i % 4]}** and then some words of the turn number ${i}`,
    );
    expect(detectFormat(lines.join('\n\n')).name).toBe('markdown-transcript');
    expect(detectFormat('0:00:00.0 Intro\n0:01:30.5 The guest\n0:12:00.0 Questions').name).toBe('chapters');
  });

  it('detectFormat(speech-to-text JSON) picks its schema, never a text layout', () => {
    const assembly = JSON.stringify({
      audio_duration: 3,
      text: 'a',
      utterances: [{ speaker: 'A', start: 0, end: 900, text: 'confidence: text: start: end:' }],
    });
    expect(detectFormat(assembly).name).toBe('assemblyai');
    expect(
      detectFormat(JSON.stringify({ results: { channels: [{ alternatives: [{ transcript: 'hi', words: [] }] }] } }))
        .name,
    ).toBe('deepgram');
    expect(detectFormat(JSON.stringify({ segments: [{ start: 0, end: 1, text: 'hi' }] })).name).toBe('whisper');
    expect(detectFormat(JSON.stringify({ segments: [{ speaker: 'Ann', startTime: 0, body: 'hi' }] })).name).toBe(
      'podcast-json',
    );
  });
});

describe('notes on uncertain detection', () => {
  it('parse(text) says which format it chose and why where detection is not certain', () => {
    const { diagnostics } = parse('Ann: hello there, how are you\nBob: fine thanks\nAnn: good to hear\nBob: and you?');
    const note = diagnostics.find((d) => d.origin === 'parser:format');
    expect(note).toMatchObject({ severity: 'info' });
    expect(note!.message).toMatch(/^read as .+ \(\w[\w-]*\): /);
  });

  it('parse(text) adds no note where a signature decides (WEBVTT, a JSON schema)', () => {
    expect(
      parse('WEBVTT\n\n00:00.000 --> 00:01.000\n<v Ann>hi').diagnostics.some((d) => d.origin === 'parser:format'),
    ).toBe(false);
    expect(
      parse(JSON.stringify({ segments: [{ start: 0, end: 1, text: 'hi' }] })).diagnostics.some(
        (d) => d.origin === 'parser:format',
      ),
    ).toBe(false);
  });

  it('detect(text) reports the score, the reason and a runner-up', () => {
    const d = detect('00:00 Intro\n05:00 Main part\n10:00 Outro');
    expect(d.reader.name).toBe('chapters');
    expect(d.score).toBeGreaterThan(0);
    expect(d.reason).toMatch(/hh:mm:ss/);
  });
});
