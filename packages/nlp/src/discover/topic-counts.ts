/** The numbers of topics tried from `min` to `max`: every one up to 10, then steps of about a sixth, and `max`. */
export function topicCounts(min: number, max: number): number[] {
  const out: number[] = [];
  for (let k = min; k <= max; k = k < 10 ? k + 1 : Math.max(k + 1, Math.round(k * 1.17))) out.push(k);
  if (out.length > 0 && out.at(-1) !== max) out.push(max);
  return out;
}
