/**
 * Term keys sent from a worker thread to the main thread once each: the worker numbers the keys it has sent
 * (`KeyEncoder`), a file's keys cross as those numbers plus the keys new since the last file, and the main
 * thread keeps one `KeyDecoder` per worker. Nine in ten of a file's keys were sent before, so a file crosses
 * as a few kilobytes of numbers instead of its keys' text, and the main thread holds each key once instead of
 * a fresh string per file.
 */
export interface WireKeys {
  /** The number of each key, in the order given. */
  ids: Int32Array;
  /** The keys numbered for the first time, in the order of their numbers, joined by line breaks (in no term key). */
  added: string;
}

/** The worker's side: numbers each key the first time it is sent. */
export class KeyEncoder {
  private readonly ids = new Map<string, number>();

  encode(keys: readonly string[]): WireKeys {
    const ids = new Int32Array(keys.length);
    const added: string[] = [];
    keys.forEach((key, i) => {
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(key, id);
        added.push(key);
      }
      ids[i] = id;
    });
    return { ids, added: added.join('\n') };
  }
}

/**
 * The main thread's numbering of the keys every worker sent, one number per key whichever worker sent it, so that
 * pass 1 counts and trains on numbers (typed arrays) instead of hashing each key's text again for every file.
 */
export class KeyTable {
  /** Each number's key. */
  readonly keys: string[] = [];
  private readonly ids = new Map<string, number>();

  /** The number of `key`, given it the first time. */
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.keys.push(key);
      this.ids.set(key, id);
    }
    return id;
  }

  get size(): number {
    return this.keys.length;
  }
}

/** The main thread's side, one per worker: decodes that worker's messages, in the order they were encoded. */
export class KeyDecoder {
  /** The table's number of each of the worker's numbers. */
  private readonly numbers: number[] = [];

  constructor(readonly table: KeyTable = new KeyTable()) {}

  /** The keys of `wire` as `table`'s numbers. */
  decodeIds(wire: WireKeys): Int32Array {
    if (wire.added !== '') for (const key of wire.added.split('\n')) this.numbers.push(this.table.id(key));
    return Int32Array.from(wire.ids, (id) => {
      const number = this.numbers[id];
      if (number === undefined) throw new RangeError(`KeyDecoder: key ${id} was never sent`);
      return number;
    });
  }

  /** The keys of `wire`. */
  decode(wire: WireKeys): string[] {
    return Array.from(this.decodeIds(wire), (id) => this.table.keys[id]!);
  }
}
