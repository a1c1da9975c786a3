export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The drawing area inside the margins, in the SVG's own units; never narrower or shorter than 0. */
export interface PlotArea {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}

export function plotArea(width: number, height: number, margin: Margin): PlotArea {
  const left = margin.left;
  const top = margin.top;
  const right = Math.max(left, width - margin.right);
  const bottom = Math.max(top, height - margin.bottom);
  return { left, right, top, bottom, width: right - left, height: bottom - top };
}
