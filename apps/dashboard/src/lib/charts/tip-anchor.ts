/** Where a tooltip points for a mark: the top centre of the mark the event is on, relative to its SVG. */
export function tipAnchor(event: Event): { x: number; y: number } {
  const mark = event.currentTarget as SVGGraphicsElement;
  const box = mark.ownerSVGElement!.getBoundingClientRect();
  const r = mark.getBoundingClientRect();
  return { x: r.left - box.left + r.width / 2, y: r.top - box.top };
}
