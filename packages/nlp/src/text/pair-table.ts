/**
 * Numbers for pairs of numbers (a phrase's prefix and its last word), in open addressing with linear probing over
 * typed arrays. A `Map` keyed by `prefix * 2^22 + last` made a heap number per lookup, the keys being past the
 * small-integer range.
 */
export class PairTable {
  private firsts: Int32Array;
  private seconds: Int32Array;
  private values: Int32Array;
  private count = 0;

  constructor(capacity = 1 << 16) {
    this.firsts = new Int32Array(capacity).fill(-1);
    this.seconds = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** The value stored for `(first, second)` (both >= 0), or -1. */
  get(first: number, second: number): number {
    const mask = this.firsts.length - 1;
    for (let s = slotOf(first, second) & mask; ; s = (s + 1) & mask) {
      const f = this.firsts[s]!;
      if (f < 0) return -1;
      if (f === first && this.seconds[s] === second) return this.values[s]!;
    }
  }

  /** Stores `value` for `(first, second)`, which must not be in the table yet. */
  add(first: number, second: number, value: number): void {
    if ((this.count + 1) * 2 > this.firsts.length) this.grow();
    this.place(first, second, value);
    this.count++;
  }

  private place(first: number, second: number, value: number): void {
    const mask = this.firsts.length - 1;
    let s = slotOf(first, second) & mask;
    while (this.firsts[s]! >= 0) s = (s + 1) & mask;
    this.firsts[s] = first;
    this.seconds[s] = second;
    this.values[s] = value;
  }

  private grow(): void {
    const { firsts, seconds, values } = this;
    this.firsts = new Int32Array(firsts.length * 2).fill(-1);
    this.seconds = new Int32Array(firsts.length * 2);
    this.values = new Int32Array(firsts.length * 2);
    for (let s = 0; s < firsts.length; s++) if (firsts[s]! >= 0) this.place(firsts[s]!, seconds[s]!, values[s]!);
  }
}

function slotOf(first: number, second: number): number {
  return Math.imul(Math.imul(first, 0x9e3779b1) ^ second, 0x85ebca6b) >>> 0;
}
