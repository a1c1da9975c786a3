/**
 * The offset of the first syntax error in `text` read as JSON, or -1 where there is none: for the messages of
 * JSON.parse that give no position (`Unexpected token ','`). One pass, no recursion.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  /** What each open container expects next: a value, a key, or a `,`/closer. */
  const stack: ('[' | '{')[] = [];
  let expect: 'value' | 'key' | 'after-value' | 'colon' = 'value';
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  for (;;) {
    ws();
    if (i >= n) return stack.length === 0 && expect === 'after-value' ? -1 : n;
    const c = text[i]!;
    if (expect === 'after-value') {
      const top = stack[stack.length - 1];
      if (top === undefined) return i;
      if (c === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
      } else if ((c === ']' && top === '[') || (c === '}' && top === '{')) {
        i++;
        stack.pop();
      } else return i;
      continue;
    }
    if (expect === 'colon') {
      if (c !== ':') return i;
      i++;
      expect = 'value';
      continue;
    }
    if (expect === 'key') {
      if (c !== '"') return i;
    }
    if (c === '"') {
      i++;
      while (i < n && text[i] !== '"') {
        if (text[i] === '\\') i++;
        else if (text.charCodeAt(i) < 0x20) return i;
        i++;
      }
      if (i >= n) return n;
      i++;
      expect = expect === 'key' ? 'colon' : 'after-value';
      continue;
    }
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      ws();
      if (text[i] === (c === '{' ? '}' : ']')) {
        i++;
        stack.pop();
        expect = 'after-value';
      } else expect = c === '{' ? 'key' : 'value';
      continue;
    }
    const literal = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!literal) return i;
    i += literal[0].length;
    expect = 'after-value';
  }
}
