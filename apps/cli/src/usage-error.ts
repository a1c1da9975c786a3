/** Bad usage: the CLI prints the message and exits 2, before anything is analyzed or written. */
export class UsageError extends Error {}
