// Shared by the e2e tests and the benchmark: the built server on a free port, and Debian's chromium.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const appDir = path.resolve(import.meta.dirname, '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts `node build` on the corpus folder (on `port`, else a free one); resolves once `readyPath` answers (within
 * `timeoutMs`).
 */
export async function startServer({ corpus, env = {}, port: given, readyPath = '/api/episodes', timeoutMs = 120_000 }) {
  if (!existsSync(path.join(appDir, 'build', 'index.js')))
    throw new Error('apps/dashboard/build is missing: run the build first');
  const port = given ?? (await freePort());
  const child = spawn(process.execPath, ['build'], {
    cwd: appDir,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PODLENS_CORPUS: corpus,
      ORIGIN: `http://127.0.0.1:${port}`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A test run that dies must not leave its server behind.
  const reap = () => child.exitCode === null && child.kill('SIGKILL');
  process.once('exit', reap);
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  // Generous: the first analysis of the corpus on a loaded two-core machine can take a while.
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log}`);
    try {
      const res = await fetch(`${url}${readyPath}`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`server did not answer in ${timeoutMs / 1000} s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    pid: child.pid,
    log: () => log,
    async stop() {
      if (child.exitCode !== null) return;
      const done = new Promise((r) => child.once('exit', r));
      process.kill(child.pid, 'SIGTERM');
      await Promise.race([done, new Promise((r) => setTimeout(r, 3000))]);
      if (child.exitCode === null) process.kill(child.pid, 'SIGKILL');
    },
  };
}

export async function launchBrowser() {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'podlens-chromium-'));
  // A persistent context is how Playwright takes a --user-data-dir: a fresh one for each run.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Playwright's 30 s defaults are near what a page load takes on a loaded two-core machine.
  context.setDefaultTimeout(60_000);
  context.setDefaultNavigationTimeout(60_000);
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      await rm(profile, { recursive: true, force: true }).catch(() => {});
    },
  };
}
