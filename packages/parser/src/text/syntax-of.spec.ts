import { describe, expect, it } from 'vitest';
import { syntaxOf } from './syntax-of.js';

describe('syntaxOf', () => {
  it('syntaxOf(text) tells JSON, HTML and XML from text, Markdown with HTML inside being text', () => {
    expect(syntaxOf(' \n{"a": 1}')).toBe('json');
    expect(syntaxOf('[{"a": 1}]')).toBe('json');
    expect(syntaxOf('[00:01] Ann: hi')).toBe('text');
    expect(syntaxOf('<!DOCTYPE html><html></html>')).toBe('html');
    expect(syntaxOf('<!-- c --><cite>Ann:</cite><p>hi</p>')).toBe('html');
    expect(syntaxOf('<?xml version="1.0"?><tt xmlns="http://www.w3.org/ns/ttml"></tt>')).toBe('xml');
    expect(syntaxOf('<tt xmlns="http://www.w3.org/ns/ttml"><body/></tt>')).toBe('xml');
    expect(syntaxOf('<v Ann>hello</v>')).toBe('text');
    expect(syntaxOf('# Title\n\n<cite>Ann:</cite> <p>hi</p>')).toBe('text');
  });
});
