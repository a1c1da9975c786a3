// `pnpm start`: build what is needed, then serve the dashboard on examples/ (or the folder given / $PODLENS_CORPUS).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(process.argv[2] ?? process.env.PODLENS_CORPUS ?? resolve(root, 'examples'));
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
const build = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only'], { cwd: root, stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = resolve(root, 'apps/dashboard/build/index.js');
if (!existsSync(server)) {
  console.error('podlens: the dashboard is not built; showing the CLI analysis of', corpus);
  const cli = spawnSync('node', [resolve(root, 'apps/cli/dist/main.js'), 'analyze', corpus, '--format', 'md'], { stdio: 'inherit' });
  process.exit(cli.status ?? 1);
}
const port = process.env.PORT ?? '5173';
console.log(`podlens dashboard on http://localhost:${port} (corpus: ${corpus})`);
const child = spawn('node', [server], { stdio: 'inherit', env: { ...env, PORT: port, PODLENS_CORPUS: corpus } });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
