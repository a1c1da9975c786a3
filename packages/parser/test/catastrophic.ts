/**
 * Guards against catastrophic slowness (quadratic backtracking, runaway loops) without timing normal work.
 * Each guarded input ran for a minute or more before its fix and runs in milliseconds after it, so a limit
 * of 10 s trips only on a regression, never because the machine is busy. Speed itself is measured by
 * `pnpm bench`, not by tests.
 */
export const CATASTROPHIC_MS = 10_000;

/**
 * This process's CPU time (user + system) in milliseconds: what a guard measures, because it does not grow when
 * other processes load the machine (a guarded parse took 13 s of wall time at load average 50, a fraction of it CPU).
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
