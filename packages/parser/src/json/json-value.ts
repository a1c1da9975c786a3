/** Small readers of untyped JSON values. */
export type JsonObject = Record<string, unknown>;

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export const objects = (v: unknown): JsonObject[] => list(v).filter(isObject);

/** A finite number, or a numeric string (`"1.25"`), else undefined. */
export function num(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** A speaker label as the file gives it: a name as is, a bare number or letter as `Speaker N`. */
export function speakerLabel(v: unknown, prefix = 'Speaker'): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return `${prefix} ${v}`;
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  const t = v.trim();
  return /^(?:\d+|[A-Z])$/.test(t) ? `${prefix} ${t}` : t;
}

/** The top-level keys of a value, for messages: `a, b, c` (at most 12), or what the value is. */
export function describeKeys(v: unknown): string {
  if (Array.isArray(v))
    return `a list of ${v.length} item${v.length === 1 ? '' : 's'}${isObject(v[0]) ? ` whose first has the keys ${describeKeys(v[0])}` : ''}`;
  if (!isObject(v)) return `a ${v === null ? 'null' : typeof v}`;
  const keys = Object.keys(v);
  if (keys.length === 0) return 'no keys';
  return (
    keys
      .slice(0, 12)
      .map((k) => `\`${k}\``)
      .join(', ') + (keys.length > 12 ? ` and ${keys.length - 12} more` : '')
  );
}

/**
 * The first value, breadth first and at most `depth` objects down, that `test` accepts: schemas are often wrapped
 * (`{"result": {...}}`, `{"transcript": {...}}`).
 */
export function findWrapped<T>(root: unknown, test: (v: unknown) => T | undefined, depth = 3): T | undefined {
  let level: unknown[] = [root];
  for (let d = 0; d <= depth && level.length > 0; d++) {
    const next: unknown[] = [];
    for (const v of level) {
      const hit = test(v);
      if (hit !== undefined) return hit;
      if (isObject(v))
        for (const x of Object.values(v).slice(0, 50)) if (typeof x === 'object' && x !== null) next.push(x);
    }
    level = next.slice(0, 200);
  }
  return undefined;
}
