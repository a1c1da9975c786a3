/**
 * Logs a 500 on stderr: the method, the route (its pattern, e.g. `/api/episodes/[id]/speakers`, not the URL,
 * which carries user-chosen names) and the error with its stack. Never a request body or a file's contents.
 */
export function logServerError(method: string, route: string | null | undefined, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  console.error(`podlens: 500 on ${method} ${route ?? '(no route)'}: ${detail}`);
}
