import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built dashboard server, beside this app in the monorepo. */
export const dashboardServer = resolve(dirname(fileURLToPath(import.meta.url)), '../../dashboard/build/index.js');

export interface ServeOptions {
  corpus: string;
  port: number;
  host: string;
}

/** Runs the dashboard on a corpus folder until the process is stopped; resolves with its exit code. */
export function serve({ corpus, port, host }: ServeOptions): Promise<number> {
  if (!existsSync(corpus) || !statSync(corpus).isDirectory()) throw new Error(`serve: no such folder: ${corpus}`);
  if (!existsSync(dashboardServer))
    throw new Error(`serve: the dashboard is not built (${dashboardServer}); run 'pnpm build' first`);
  process.stderr.write(
    `podlens: dashboard on http://${host === '0.0.0.0' ? 'localhost' : host}:${port} for ${corpus} (Ctrl-C stops it)\n`,
  );
  const child = spawn(process.execPath, [dashboardServer], {
    stdio: 'inherit',
    env: { ...process.env, PODLENS_CORPUS: corpus, PORT: String(port), HOST: host },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  return new Promise((resolveExit) => child.on('exit', (code) => resolveExit(code ?? 0)));
}
