import { describe, expect, it } from 'vitest';
import { coreReaders, withCoreReaders } from './core-readers.js';
import { readers } from './index.js';
import { markdownYaml } from './markdown-yaml.js';
import { optionalReaders } from './optional-readers.js';

describe('coreReaders', () => {
  it("the root registry is withCoreReaders([markdownYaml]): the Markdown+YAML reader, then the core's, no other list", () => {
    expect(readers.map((r) => r.name)).toEqual(['markdown-yaml', ...coreReaders.map((r) => r.name)]);
    expect(readers.slice(1)).toEqual(coreReaders);
    expect(withCoreReaders([markdownYaml])[0]).toMatchObject({
      name: 'markdown-yaml',
      syntax: 'text',
      aliases: ['dtc'],
    });
  });

  it('every format of the root registry is a core reader or an optional one, and no optional one is in the core', () => {
    const core = coreReaders.map((r) => r.name as string);
    const optional = optionalReaders.map((o) => o.name as string);
    expect(optional.filter((n) => core.includes(n))).toEqual([]);
    expect(readers.map((r) => r.name as string).sort()).toEqual([...optional, ...core].sort());
  });
});
