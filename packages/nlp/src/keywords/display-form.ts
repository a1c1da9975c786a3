/**
 * The way a term is best shown: its most frequent spelling; a capitalised spelling counts as the
 * lower-case one where that is also written (sentence starts), so `Python` stays and `Data` does not.
 */
export function displayForm(surfaces: readonly string[]): string {
  const forms = surfaces.map((s) => s.replace(/\s+/g, ' '));
  const lower = new Set(forms.filter((f) => f === f.toLowerCase()));
  const counts = new Map<string, number>();
  for (const form of forms) {
    const plain = lower.has(form.toLowerCase()) && /^\p{Lu}[^\p{Lu}]*$/u.test(form) ? form.toLowerCase() : form;
    counts.set(plain, (counts.get(plain) ?? 0) + 1);
  }
  let best = '';
  let bestCount = -1;
  for (const [form, count] of counts) {
    if (count > bestCount) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}
