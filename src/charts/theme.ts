// Colours per theme (style.md, "Colours" and "Themes"): Okabe-Ito for data, greys for the frame.
import { FONT_FAMILY } from './fonts.js';
import type { ChartBand, LineRole, Theme } from './spec.js';

export type Palette = {
  background: string;
  text: string;
  mutedText: string;
  grid: string;
  axis: string;
  event: string;
  roles: Record<LineRole, string>;
  /** `wallWidth` 0 draws no walls. */
  bands: Record<ChartBand['role'], { fill: string; wall: string; wallWidth: number; dashed: boolean }>;
};

/** Okabe-Ito, identical in both themes so a colour means the same series everywhere. */
const ROLES: Record<LineRole, string> = {
  main: '#0072B2',
  second: '#E69F00',
  iorb: '#009E73',
  threshold: '#D55E00',
  // A watch line: amber, the status colour of "watch" (the stress line is the vermilion threshold).
  watch: '#E69F00',
  third: '#CC79A7',
  fourth: '#56B4E9',
};

const LIGHT: Palette = {
  background: '#FFFFFF',
  text: '#1F2328',
  mutedText: '#4D5359',
  grid: '#E5E5E5',
  axis: '#B0B4B8',
  event: '#6E7378',
  roles: ROLES,
  bands: {
    // Opaque and well apart from the grid grey, so the corridor reads as a surface, not a grid cell.
    corridor: { fill: '#D4D4D4', wall: '#8C8C8C', wallWidth: 1.5, dashed: true },
    percentile: { fill: 'rgba(0, 114, 178, 0.18)', wall: 'rgba(0, 114, 178, 0)', wallWidth: 0, dashed: false },
    threshold: { fill: 'rgba(213, 94, 0, 0.14)', wall: '#D55E00', wallWidth: 2.5, dashed: true },
  },
};

const DARK: Palette = {
  background: '#2B2D31',
  text: '#DBDEE1',
  mutedText: '#B5BAC1',
  grid: '#3F4147',
  axis: '#5C5F66',
  event: '#9A9EA5',
  roles: ROLES,
  bands: {
    corridor: { fill: '#4E5158', wall: '#9A9EA5', wallWidth: 1.5, dashed: true },
    percentile: { fill: 'rgba(86, 180, 233, 0.22)', wall: 'rgba(86, 180, 233, 0)', wallWidth: 0, dashed: false },
    threshold: { fill: 'rgba(213, 94, 0, 0.22)', wall: '#D55E00', wallWidth: 2.5, dashed: true },
  },
};

export function palette(theme: Theme): Palette {
  return theme === 'dark' ? DARK : LIGHT;
}

/** Status colours of a /stress panel: bluish green, orange, vermilion (Okabe-Ito). */
export const LEVEL_COLOURS = { calm: '#009E73', watch: '#E69F00', stress: '#D55E00' } as const;

/**
 * Type sizes, in px on the 1200 px wide canvas. A chart is read on a phone at about 400 px wide, a
 * third of the canvas, so the smallest text here (28 px) lands at about 9 px there, the least a
 * phone reader can read; titles and end values are larger. Every chart and panel takes its sizes
 * from here (issue 11: the 13-15 px text of the first charts could not be read at 400 px).
 */
export const TYPE = {
  title: 44,
  subtitle: 30,
  legend: 28,
  tick: 28,
  endLabel: 30,
  event: 28,
  footer: 28,
  panelTitle: 32,
  /** Line height as a multiple of the size. */
  leading: 1.2,
} as const;

/** The canvas font string for a size of TYPE. */
export function typeFont(size: number, bold = false): string {
  return `${bold ? 'bold ' : ''}${size}px ${FONT_FAMILY}`;
}
