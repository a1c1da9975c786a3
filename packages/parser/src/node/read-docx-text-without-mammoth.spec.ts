import { describe, expect, it, vi } from 'vitest';
import { makeDocx } from '../../test/make-docx.js';

// mammoth is an optional peer dependency: where it is not installed, a Word document is refused with the advice.
vi.mock('mammoth', () => {
  throw new Error("Cannot find package 'mammoth'");
});

describe('readDocxText without mammoth', () => {
  it('says which package to install', async () => {
    const { readDocxText } = await import('./read-docx-text.js');
    await expect(readDocxText(makeDocx(['Ann: Hello.']))).rejects.toThrow(/needs the optional package mammoth/);
  });
});
