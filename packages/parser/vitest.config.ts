import { defineConfig } from 'vitest/config';

// The corpus tests read 560 files; on a loaded two-core machine that takes longer than vitest's 5 s default.
export default defineConfig({ test: { testTimeout: 300_000, hookTimeout: 600_000 } });
