import { defineConfig } from 'vitest/config';

// The corpus specs index 112 episodes; on a loaded two-core machine that outlasts vitest's 5 s default.
export default defineConfig({ test: { testTimeout: 300_000, hookTimeout: 600_000 } });
