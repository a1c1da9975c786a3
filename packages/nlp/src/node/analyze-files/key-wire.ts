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

/** The main thread's side, one per worker: decodes that worker's messages, in the order they were encoded. */
export class KeyDecoder {
  private readonly keys: string[] = [];

  decode(wire: WireKeys): string[] {
    if (wire.added !== '') for (const key of wire.added.split('\n')) this.keys.push(key);
    return Array.from(wire.ids, (id) => {
      const key = this.keys[id];
      if (key === undefined) throw new RangeError(`KeyDecoder: key ${id} was never sent`);
      return key;
    });
  }
}
