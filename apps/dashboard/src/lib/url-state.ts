import { replaceState } from '$app/navigation';
import { page } from '$app/state';

/** Writes view state into the address bar (shareable) without a navigation. */
export function setParams(
  values: Record<string, string | number | null | undefined>,
  defaults: Record<string, string> = {},
): void {
  const url = new URL(typeof location === 'undefined' ? page.url : location.href);
  for (const [key, value] of Object.entries(values)) {
    const text = value === null || value === undefined ? '' : String(value);
    if (text === '' || defaults[key] === text) url.searchParams.delete(key);
    else url.searchParams.set(key, text);
  }
  try {
    replaceState(url, page.state);
  } catch {
    history.replaceState(history.state, '', url);
  }
}
