// What a command asks the renderer to draw. Pure data: commands build it, src/charts renders it.
import type { IsoDate } from '../core/types.js';

export type Theme = 'light' | 'dark';

/** How y values are written: the values in the spec are already in this scale. */
export type YFormat = 'percent' | 'billions' | 'trillions' | 'bp';

/** Okabe-Ito roles from style.md; the renderer maps them to colours per theme. */
export type LineRole = 'main' | 'second' | 'iorb' | 'threshold' | 'watch' | 'third' | 'fourth';

export type ChartPoint = { date: IsoDate; value: number };

export type ChartLine = {
  label: string;
  role: LineRole;
  points: ChartPoint[];
  dashed?: boolean;
  /** Draw as bars instead of a line (daily usage such as the SRF). */
  bars?: boolean;
  /**
   * A step function (an administered rate): each value holds until the next point, drawn with
   * vertical jumps, and points months apart are never read as missing data.
   */
  step?: boolean;
  /** Label the last value at the right end of the line, in the line's colour (default true). */
  lastLabel?: boolean;
};

/** A filled band between two curves: the rate corridor, the SOFR 1st-99th percentile, the reserves 2.5-3.0T range. */
export type ChartBand = {
  label: string;
  role: 'corridor' | 'percentile' | 'threshold';
  lower: ChartPoint[];
  upper: ChartPoint[];
};

/** A vertical dotted marker: an FOMC decision, a month-end, a spike. */
export type ChartEvent = { date: IsoDate; label: string };

export type ChartSpec = {
  /** File name without extension, [a-z0-9-]: 'sofr-corridor'. */
  name: string;
  /** Bold, top left, states the answer. */
  title: string;
  /** One line under the title: latest value and change. */
  subtitle: string;
  /** Bottom right: "Source: NY Fed, FRED · as of 2025-10-31". */
  footer: string;
  yTitle: string; // "percent", "$ trillions"
  yFormat: YFormat;
  beginAtZero: boolean;
  lines: ChartLine[];
  bands?: ChartBand[];
  events?: ChartEvent[];
  /** Alt text for the image (accessibility, Discord description). */
  alt: string;
  /**
   * The reader's language (a catalog locale: 'en', 'zh-TW', 'zh-Hans'...): the renderer writes the
   * axis ticks and the lines' end labels in it (the catalog's charts.axis). English when absent.
   */
  locale?: string;
  /**
   * When set, the x axis counts days from this date ("-14 d", "day 0", "+7 d") instead of showing the
   * calendar: /compare draws two windows aligned on their anchor days, each line's dates placed at its
   * own offset from this date.
   */
  xDaysFrom?: IsoDate;
  /**
   * Small multiples: when set, the chart is a grid of these panels under the title, subtitle and
   * footer, and `lines`, `bands`, `events`, `yTitle` and the y settings of the spec are not drawn
   * (`lines` should still carry the panels' data: callers check it to know there is a chart).
   */
  panels?: ChartPanel[];
};

/** One panel of a small-multiples chart: its own title (the y unit in it) and y axis. */
export type ChartPanel = Pick<ChartSpec, 'title' | 'yFormat' | 'beginAtZero' | 'lines'> & {
  bands?: ChartBand[];
  /** A status panel (/stress): its title and frame take the level's colour. */
  level?: 'calm' | 'watch' | 'stress';
};
