// Imported first by main.ts, so that it applies to the work of this thread and of every worker thread started after it
// (V8's flags are the process's). V8 optimises a function once it has run `--interrupt-budget` bytes of bytecode a few
// times (default 67,584 in Node 20). A run of a few hundred files is over before much of that pays: measured on 198
// DTC files (2 workers), the worker threads' TurboFan compiles (each thread compiles the whole pipeline, several hot
// functions twice or more after deoptimizations) were some 40% of the process's CPU time. A larger budget optimises
// only what stays hot, with more type feedback; outputs are the same (the flag changes when code is compiled, not
// what it computes). Figures in docs/performance.md.
import { setFlagsFromString } from 'node:v8';

export const INTERRUPT_BUDGET = 600_000;

setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
