/**
 * Topic coherence: the mean, over topics, of the normalised pointwise mutual information of each pair of a
 * topic's top terms, counted over documents (`documents[t]` lists the documents that hold term `t`, ascending).
 * NPMI is 1 for terms that always occur together, 0 for independent ones and -1 for terms that never meet.
 */
export function npmiCoherence(
  topics: readonly (readonly number[])[],
  documents: readonly Int32Array[],
  documentCount: number,
): number {
  const scores: number[] = [];
  for (const terms of topics) {
    let sum = 0;
    let pairs = 0;
    for (let a = 0; a < terms.length; a++) {
      for (let b = a + 1; b < terms.length; b++) {
        sum += npmi(documents[terms[a]!]!, documents[terms[b]!]!, documentCount);
        pairs++;
      }
    }
    if (pairs > 0) scores.push(sum / pairs);
  }
  return scores.length ? scores.reduce((s, x) => s + x, 0) / scores.length : 0;
}

function npmi(a: Int32Array, b: Int32Array, n: number): number {
  let both = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! === b[j]!) {
      both++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  if (both === 0) return -1;
  const joint = both / n;
  if (joint >= 1) return 1;
  return Math.log(joint / ((a.length / n) * (b.length / n))) / -Math.log(joint);
}
