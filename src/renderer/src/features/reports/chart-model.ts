/**
 * Geometry for the report's bar charts, kept apart from React so it is unit-tested: bars are
 * scaled to the largest value, long labels are shortened for the picture (the table keeps
 * them whole), and an all-zero chart draws no bar longer than its neighbours.
 */
export interface Bar {
  label: string;
  value: number;
}

export interface BarRow extends Bar {
  shortLabel: string;
  y: number;
  barWidth: number;
  barHeight: number;
}

export interface BarLayout {
  width: number;
  height: number;
  labelWidth: number;
  rows: BarRow[];
}

/** About the width of a report card, so the 13 px labels are drawn at roughly 13 px. */
const WIDTH = 340;
const LABEL_WIDTH = 140;
const VALUE_ROOM = 40;
const BAR_HEIGHT = 18;
const GAP = 6;
const LABEL_CHARS = 20;

export function shortLabel(label: string): string {
  return label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label;
}

export function barLayout(bars: Bar[]): BarLayout {
  const max = Math.max(0, ...bars.map((b) => b.value));
  const room = WIDTH - LABEL_WIDTH - VALUE_ROOM;
  const rows = bars.map((bar, i) => ({
    ...bar,
    shortLabel: shortLabel(bar.label),
    y: i * (BAR_HEIGHT + GAP),
    barWidth: max === 0 ? 0 : Math.round((Math.max(0, bar.value) / max) * room),
    barHeight: BAR_HEIGHT,
  }));
  return {
    width: WIDTH,
    height: Math.max(BAR_HEIGHT, bars.length * (BAR_HEIGHT + GAP) - GAP),
    labelWidth: LABEL_WIDTH,
    rows,
  };
}
