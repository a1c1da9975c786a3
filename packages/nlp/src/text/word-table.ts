import { hashChars } from './scan-words.js';

/**
 * Numbers for the words of texts, looked up by the characters in place: no substring is made for a word
 * already seen, where a `Map` keyed by strings needs a fresh slice (and its hash) per word.
 * Open addressing with linear probing; FNV-1a over UTF-16 code units (`hashChars`).
 */
export class WordTable {
  private slots: Int32Array;
  private hashes: Int32Array;
  private words: string[] = [];
  private values: number[] = [];

  constructor(capacity = 1 << 16) {
    this.slots = new Int32Array(capacity).fill(-1);
    this.hashes = new Int32Array(capacity);
  }

  get size(): number {
    return this.words.length;
  }

  /** The value stored for `text[start, end)`, or -1; `hash` is `hashChars(text, start, end)` where the caller has it. */
  get(text: string, start: number, end: number, hash = hashChars(text, start, end)): number {
    const mask = this.slots.length - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const entry = this.slots[s]!;
      if (entry < 0) return -1;
      if (this.hashes[s] === hash && sameChars(this.words[entry]!, text, start, end)) return this.values[entry]!;
    }
  }

  /** Stores `value` for the word `text[start, end)`, which must not be in the table yet. */
  add(text: string, start: number, end: number, value: number, hash = hashChars(text, start, end)): void {
    if ((this.words.length + 1) * 2 > this.slots.length) this.grow();
    this.place(hash, this.words.length);
    this.words.push(text.slice(start, end));
    this.values.push(value);
  }

  private place(hash: number, entry: number): void {
    const mask = this.slots.length - 1;
    let s = hash & mask;
    while (this.slots[s]! >= 0) s = (s + 1) & mask;
    this.slots[s] = entry;
    this.hashes[s] = hash;
  }

  private grow(): void {
    const old = { slots: this.slots, hashes: this.hashes };
    this.slots = new Int32Array(old.slots.length * 2).fill(-1);
    this.hashes = new Int32Array(old.slots.length * 2);
    for (let s = 0; s < old.slots.length; s++) if (old.slots[s]! >= 0) this.place(old.hashes[s]!, old.slots[s]!);
  }
}

function sameChars(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
