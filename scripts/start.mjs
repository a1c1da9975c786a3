// `pnpm start [folder] [--port N]`: build what is needed, then serve the dashboard on examples/ (or the folder
// given / $PODLENS_CORPUS) on port 5173 (or --port / $PORT). The port is checked before the build.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const usage = 'usage: pnpm start [folder] [--port N]   (or PORT=N pnpm start)';

function parseArgs(argv) {
  let folder;
  let port = process.env.PORT;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') continue;
    if (a === '--port' || a === '-p') port = argv[++i];
    else if (a.startsWith('--port=')) port = a.slice('--port='.length);
    else if (a.startsWith('-')) return { error: `unknown option '${a}'` };
    else if (folder === undefined) folder = a;
    else return { error: `one folder only ('${folder}', then '${a}')` };
  }
  port ??= '5173';
  if (!/^\d+$/.test(String(port)) || Number(port) < 1 || Number(port) > 65535)
    return { error: `the port must be a number from 1 to 65535, not '${port}'` };
  return { folder, port: Number(port) };
}

/** Resolves null when the port can be listened on, else the error code (EADDRINUSE, EACCES...). */
function portProblem(port, host) {
  return new Promise((done) => {
    const probe = net.createServer();
    probe.once('error', (e) => done(e.code ?? String(e)));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => done(null)));
  });
}

function portMessage(port, code) {
  const next = port < 65535 ? port + 1 : port - 1;
  const why =
    code === 'EADDRINUSE'
      ? 'is taken (another program is listening on it)'
      : code === 'EACCES'
        ? 'needs privileges this user does not have'
        : `cannot be used (${code})`;
  return `podlens: port ${port} ${why}.\nChoose another: PORT=${next} pnpm start   or   pnpm start --port ${next}`;
}

const args = parseArgs(process.argv.slice(2));
if (args.error) {
  console.error(`podlens: ${args.error}\n${usage}`);
  process.exit(2);
}
const corpus = resolve(args.folder ?? process.env.PODLENS_CORPUS ?? resolve(root, 'examples'));
const host = process.env.HOST ?? '0.0.0.0';
const problem = await portProblem(args.port, host);
if (problem) {
  console.error(portMessage(args.port, problem));
  process.exit(2);
}

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
const build = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only'], {
  cwd: root,
  stdio: 'inherit',
  env,
});
if (build.status !== 0) process.exit(build.status ?? 1);

const server = resolve(root, 'apps/dashboard/build/index.js');
if (!existsSync(server)) {
  console.error('podlens: the dashboard is not built; showing the CLI analysis of', corpus);
  const cli = spawnSync('node', [resolve(root, 'apps/cli/dist/main.js'), 'analyze', corpus, '--format', 'md'], {
    stdio: 'inherit',
  });
  process.exit(cli.status ?? 1);
}
// The build took a while: the port may have been taken meanwhile.
const late = await portProblem(args.port, host);
if (late) {
  console.error(portMessage(args.port, late));
  process.exit(2);
}
const child = spawn('node', [server], {
  stdio: ['inherit', 'inherit', 'pipe'],
  env: { ...env, PORT: String(args.port), PODLENS_CORPUS: corpus },
});
let stderr = '';
child.stderr.on('data', (d) => {
  stderr += d;
  if (!/EADDRINUSE/.test(stderr)) process.stderr.write(d);
});
child.once('spawn', () => console.log(`podlens dashboard on http://localhost:${args.port} (corpus: ${corpus})`));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => {
  if (/EADDRINUSE/.test(stderr)) {
    console.error(portMessage(args.port, 'EADDRINUSE'));
    process.exit(2);
  }
  process.exit(code ?? 0);
});
