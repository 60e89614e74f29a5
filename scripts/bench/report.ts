/** The table on the terminal, results.md beside it, and results.json for tools. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { round } from './stats';
import { verdict, type RecordedFigure } from './types';

const HEADERS = ['suite', 'name', 'value', 'unit', 'target', 'result'] as const;

function targetText(figure: RecordedFigure): string {
  if (figure.target === null) return '-';
  return `${figure.better === 'lower' ? '<=' : '>='} ${figure.target}`;
}

function cells(figure: RecordedFigure): string[] {
  return [
    figure.suite,
    figure.name,
    String(round(figure.value)),
    figure.unit,
    targetText(figure),
    verdict(figure),
  ];
}

export function textTable(figures: readonly RecordedFigure[]): string {
  const rows = [[...HEADERS], ...figures.map(cells)];
  const widths = HEADERS.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)));
  // Numbers read best right-aligned; text left-aligned.
  const line = (row: string[]) =>
    row
      .map((cell, col) => (col === 2 ? cell.padStart(widths[col]!) : cell.padEnd(widths[col]!)))
      .join('  ')
      .trimEnd();
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export function summary(figures: readonly RecordedFigure[]): string {
  const counts = { met: 0, MISSED: 0, info: 0 };
  for (const figure of figures) counts[verdict(figure)] += 1;
  return `${counts.met} target(s) met, ${counts.MISSED} MISSED, ${counts.info} for information.`;
}

export function markdown(
  figures: readonly RecordedFigure[],
  environment: readonly string[],
  notes: readonly string[],
): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const rows = figures.map((figure) => `| ${cells(figure).map(escape).join(' | ')} |`);
  return [
    '# Benchmark results',
    '',
    ...environment.map((line) => `- ${line}`),
    '',
    `| ${HEADERS.join(' | ')} |`,
    `|${HEADERS.map((h) => (h === 'value' ? ' ---: ' : ' --- ')).join('|')}|`,
    ...rows,
    '',
    summary(figures),
    '',
    ...(notes.length > 0 ? ['## Notes', '', ...notes.map((note) => `- ${note}`), ''] : []),
  ].join('\n');
}

/**
 * Figures from an earlier run of the suites in `keep`, so a partial run
 * (`npm run bench -- vault`) still leaves one file with every area's latest figures.
 */
export function previousFigures(file: string, keep: ReadonlySet<string>): RecordedFigure[] {
  if (keep.size === 0 || !existsSync(file)) return [];
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(parsed)) return [];
    return (parsed as RecordedFigure[]).filter((f) => typeof f?.suite === 'string' && keep.has(f.suite));
  } catch {
    console.warn(`Ignoring ${file}: it is not valid JSON.`);
    return [];
  }
}

export function writeResults(
  dir: string,
  figures: readonly RecordedFigure[],
  environment: readonly string[],
  notes: readonly string[],
): void {
  mkdirSync(dir, { recursive: true });
  const json = figures.map((f) => ({
    name: f.name,
    value: round(f.value),
    unit: f.unit,
    target: f.target,
    better: f.better,
    suite: f.suite,
  }));
  writeFileSync(join(dir, 'results.json'), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(join(dir, 'results.md'), markdown(figures, environment, notes));
}
