import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Segmented from './Segmented.svelte';

describe('Segmented', () => {
  it('renders a labelled group of buttons, in order, only the chosen one pressed', () => {
    const { body } = render(Segmented, {
      props: {
        label: 'Layout',
        options: [
          ['wiggle', 'Streamgraph'],
          ['expand', '100%'],
        ] as const,
        value: 'expand',
        onselect: () => {},
      },
    });
    expect(body).toMatch(/<span class="seg" role="group" aria-label="Layout">/);
    const buttons = [...body.matchAll(/<button type="button" aria-pressed="(true|false)"[^>]*>([^<]*)<\/button>/g)];
    expect(buttons.map((m) => [m[2], m[1]])).toEqual([
      ['Streamgraph', 'false'],
      ['100%', 'true'],
    ]);
  });
});
