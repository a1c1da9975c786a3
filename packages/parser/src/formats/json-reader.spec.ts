import { describe, expect, it } from 'vitest';
import { jsonReader } from './json-reader.js';

const reader = jsonReader<unknown[], 'whisper'>({
  name: 'whisper',
  label: 'Test JSON',
  expects: '`items`',
  match: (v) =>
    typeof v === 'object' && v !== null && Array.isArray((v as { items?: unknown }).items)
      ? (v as { items: unknown[] }).items
      : undefined,
  read: (items) => ({ units: items.map((text) => ({ text: String(text) })) }),
});

describe('jsonReader', () => {
  it('jsonReader(schema).read(broken JSON) is a positioned error, never a throw', () => {
    const raw = reader.read('{\n  "items": [,]\n}');
    expect(raw.diagnostics).toEqual([expect.objectContaining({ severity: 'error', origin: 'parser:json' })]);
    expect(raw.diagnostics[0]!.position!.start.line).toBe(2);
  });

  it('jsonReader(schema).read(JSON of another schema) says what it expected and what the top level holds', () => {
    expect(reader.read('{"other": 1}').diagnostics[0]!.message).toBe(
      'not Test JSON: no `items` (the top level has `other`)',
    );
  });

  it('jsonReader(schema).detect(text) finds the root inside a wrapper', () => {
    expect(reader.detect('{"response": {"items": ["a"]}}').score).toBeGreaterThan(0.9);
  });
});
