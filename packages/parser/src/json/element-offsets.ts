/** The offset just past the JSON string that starts at `at` (a `"`). */
function skipString(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

/**
 * Where each element of a JSON array begins: the offsets of the elements of the array that is the value of
 * the root object's `key` (`elementOffsets(text, 'segments')`), found in one pass over valid JSON text, strings
 * and nesting skipped. Empty when the root has no such array. Lets a reader point a diagnostic at the element.
 */
export function elementOffsets(text: string, key: string): number[] {
  const quoted = JSON.stringify(key);
  let depth = 0;
  let i = 0;
  let array = -1;
  // Find the root object's key (depth 1), then the `[` of its value.
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      const end = skipString(text, i);
      if (depth === 1 && text.slice(i, end) === quoted) {
        const colon = /^\s*:\s*/.exec(text.slice(end, end + 64));
        if (colon && text[end + colon[0].length] === '[') {
          array = end + colon[0].length;
          break;
        }
      }
      i = end;
      continue;
    }
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    i++;
  }
  if (array < 0) return [];
  const offsets: number[] = [];
  let expectElement = true;
  depth = 0;
  for (i = array + 1; i < text.length && depth >= 0;) {
    const c = text[i]!;
    if (depth === 0 && expectElement && !/\s/.test(c) && c !== ']') {
      offsets.push(i);
      expectElement = false;
    }
    if (c === '"') {
      i = skipString(text, i);
      continue;
    }
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    else if (c === ',' && depth === 0) expectElement = true;
    i++;
  }
  return offsets;
}
