import { createContext, getContext, setContext } from 'svelte';
import type { ChartScale } from './fit-scale.js';
import type { Margin, PlotArea } from './plot-area.js';

/** What a chart root shares with the marks and axes drawn inside it (read with getChart()). */
export interface ChartContext {
  /** The SVG's width and height in its own units (its container's width in pixels, unless fixed). */
  readonly width: number;
  readonly height: number;
  readonly margin: Margin;
  readonly area: PlotArea;
  readonly x: ChartScale;
  readonly y: ChartScale;
  /** Screen pixels per SVG unit across, for placing a tooltip at a point of the drawing. */
  readonly pixelRatio: number;
  /** The index of the mark that holds the chart's one tab stop (roving focus). */
  readonly focusIndex: number;
  setFocus(index: number): void;
  /** The tab stop, pointer and focus handlers of mark `index` of `count`, showing `lines` as its tooltip. */
  mark(index: number, count: number, lines: () => string[]): MarkHandlers;
  showTip(lines: string[], at: { x: number; y: number }): void;
  hideTip(): void;
}

export interface MarkHandlers {
  tabindex: 0 | -1;
  onpointerenter: (event: PointerEvent) => void;
  onpointerleave: () => void;
  onfocus: (event: FocusEvent) => void;
  onblur: () => void;
}

export const [getChart, setChart] = createContext<ChartContext>();

/**
 * The x scale that time-aligned charts share (the episode page's turn track, topic flow and balance): its
 * domain and its left and right margins. A chart root with `alignX` takes both from here, so the charts
 * stacked under one SharedX draw the same second at the same place.
 */
export interface SharedX {
  readonly domain: [number, number];
  readonly margin: { left: number; right: number };
}

const SHARED_X = Symbol('podlens shared x');
export const setSharedX = (shared: SharedX): SharedX => setContext(SHARED_X, shared);
export const getSharedX = (): SharedX | undefined => getContext<SharedX | undefined>(SHARED_X);
