import { defineConfig } from 'vitest/config';

// Some specs read the whole corpus or cluster it; on a loaded two-core machine that outlasts vitest's 5 s default.
export default defineConfig({ test: { testTimeout: 300_000, hookTimeout: 600_000 } });
