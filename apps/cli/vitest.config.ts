import { defineConfig } from 'vitest/config';

// The tests spawn the built CLI, which takes seconds on a loaded two-core machine: far more than vitest's 5 s default.
export default defineConfig({ test: { testTimeout: 300_000, hookTimeout: 600_000 } });
