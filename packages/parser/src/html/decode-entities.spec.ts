import { describe, expect, it } from 'vitest';
import { decodeEntities } from './decode-entities.js';

describe('decodeEntities', () => {
  it('decodeEntities(text) decodes named and numeric references; invalid code points become U+FFFD; unknown names stay', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &#39;d&#x27; &nbsp;&uuml;')).toBe("a & b <c> 'd'  ü");
    expect(decodeEntities('&#x110000; &#0; &#xD800;')).toBe('\uFFFD \uFFFD \uFFFD');
    expect(decodeEntities('&bogus; & alone')).toBe('&bogus; & alone');
  });
});
