import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  // The packages run from their own folders at run time, so their dependencies (yaml, natural) resolve there.
  ssr: {
    external: ['@podlens/parser', '@podlens/parser/node', '@podlens/nlp', '@podlens/nlp/node', '@podlens/archive'],
  },
  test: {
    include: ['src/**/*.spec.ts'],
    environment: 'node',
    // Generous: the machine CI runs on is often loaded, and a spec that reads files must not fail for it.
    testTimeout: 60_000,
  },
});
