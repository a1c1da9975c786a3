/** The parts of a d3 scale that the chart root and its marks use; d3-scale's scales all fit it. */
export interface ChartScale {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (value: any): number | undefined;
  domain(): unknown[];
  range(): number[];
  copy(): ChartScale;
  ticks?(count?: number): unknown[];
  tickFormat?(count?: number, specifier?: string): (value: never) => string;
  invert?(value: number): number | Date;
  bandwidth?(): number;
  nice?(count?: number): ChartScale;
}

interface Settable {
  domain(domain: unknown[]): Settable;
  range(range: number[]): Settable;
  nice?(): Settable;
}

/**
 * A copy of `scale` (d3's scaleLinear(), scaleUtc(), scaleBand() ...) with the domain and range set, niced when
 * asked: the chart root fits each scale once from the data's domain and its plot area, never mutating the one given.
 */
export function fitScale(
  scale: ChartScale,
  { domain, range, nice = false }: { domain: unknown[]; range: [number, number]; nice?: boolean },
): ChartScale {
  const copy = scale.copy() as unknown as Settable;
  copy.domain(domain).range(range);
  if (nice && copy.nice) copy.nice();
  return copy as unknown as ChartScale;
}

/** Where a value falls on a scale, 0 for a value outside a band scale's domain. */
export function position(scale: ChartScale, value: unknown): number {
  return scale(value) ?? 0;
}
