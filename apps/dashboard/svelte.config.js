import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

const node = adapter({ out: 'build', precompress: true });

/**
 * adapter-node caps every request body at BODY_SIZE_LIMIT (512 KB unless set) before the app sees it, which
 * turned uploads between 512 KB and the upload limit into 500s. The limits are the app's: the upload route reads
 * at most PODLENS_MAX_UPLOAD_BYTES (src/lib/server/config.ts, the one place), the speaker-edit route 64 KB, and
 * both stream with a running count. So `node build` starts an entry that lifts adapter-node's cap (unless
 * BODY_SIZE_LIMIT is set) before the server module is loaded.
 * @type {import('@sveltejs/kit').Adapter}
 */
const podlensAdapter = {
  ...node,
  async adapt(builder) {
    await node.adapt(builder);
    renameSync('build/index.js', 'build/server.js');
    if (existsSync('build/index.js.map')) {
      renameSync('build/index.js.map', 'build/server.js.map');
      writeFileSync(
        'build/server.js',
        readFileSync('build/server.js', 'utf8').replace(
          /sourceMappingURL=index\.js\.map/,
          'sourceMappingURL=server.js.map',
        ),
      );
    }
    writeFileSync(
      'build/index.js',
      [
        '// podlens: request-body limits are enforced by the routes (PODLENS_MAX_UPLOAD_BYTES for uploads); see svelte.config.js.',
        "process.env.BODY_SIZE_LIMIT ??= 'Infinity';",
        "await import('./server.js');",
        '',
      ].join('\n'),
    );
  },
};

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    adapter: podlensAdapter,
    csp: { mode: 'hash', directives: { 'script-src': ['self'], 'object-src': ['none'], 'base-uri': ['self'] } },
  },
};
