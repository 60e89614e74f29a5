/**
 * The shape every benchmark suite shares. A suite is a module that measures one area and
 * returns figures; the runner prints them in one table and writes them to bench-results/.
 */

/** One measured number with the target it is judged against. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** null for figures that are reported for information only (nothing to meet or miss). */
  target: number | null;
  better: 'lower' | 'higher';
}

/** A figure as written to results.json: `suite` lets a partial run keep the others' figures. */
export interface RecordedFigure extends Figure {
  suite: string;
}

export interface BenchContext {
  /** A fresh folder, removed when the run ends (also on error or Ctrl+C). */
  tempDir(label: string): string;
  /** A progress line on stderr, so stdout stays the table. */
  log(message: string): void;
  /** A sentence for the Notes section of results.md: how to read this suite's figures. */
  note(text: string): void;
}

export interface BenchSuite {
  /** Short, kebab-case: used on the command line (`npm run bench -- vault`) and in results. */
  name: string;
  description: string;
  run(context: BenchContext): Promise<Figure[]>;
}

export type Verdict = 'met' | 'MISSED' | 'info';

export function verdict(figure: Figure): Verdict {
  if (figure.target === null) return 'info';
  const met = figure.better === 'lower' ? figure.value <= figure.target : figure.value >= figure.target;
  return met ? 'met' : 'MISSED';
}
