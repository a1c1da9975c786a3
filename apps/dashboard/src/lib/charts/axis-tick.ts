/** One tick of an axis: where it goes (a value of the scale's domain) and what it reads. */
export interface AxisTick {
  value: number | Date | string;
  label: string;
}
