declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  const JaroWinklerDistance: (a: string, b: string, options?: { ignoreCase?: boolean }) => number;
  export default JaroWinklerDistance;
}
declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  const distances: {
    DamerauLevenshteinDistance(
      a: string,
      b: string,
      options?: { transposition_cost?: number; restricted?: boolean },
    ): number;
    LevenshteinDistance(a: string, b: string): number;
  };
  export default distances;
}
