/**
 * Runs the chosen suites one after another (never in parallel: they would time each other),
 * collects their figures and any failures. A missed target is a result, not a failure; an
 * exception is a failure.
 */
import { TempDirs } from './temp-dirs';
import type { BenchSuite, RecordedFigure } from './types';

export interface RunOutcome {
  figures: RecordedFigure[];
  notes: string[];
  failures: { suite: string; error: unknown }[];
  tempRoot: string;
}

export async function runSuites(chosen: readonly BenchSuite[]): Promise<RunOutcome> {
  const temp = new TempDirs();
  const outcome: RunOutcome = { figures: [], notes: [], failures: [], tempRoot: temp.location };
  try {
    for (const suite of chosen) {
      const started = Date.now();
      console.error(`[bench] ${suite.name}: ${suite.description}`);
      try {
        const figures = await suite.run({
          tempDir: (label) => temp.create(`${suite.name}-${label}`),
          log: (message) => console.error(`[bench] ${message}`),
          note: (text) => outcome.notes.push(`${suite.name}: ${text}`),
        });
        for (const figure of figures) {
          if (!Number.isFinite(figure.value))
            throw new Error(`${figure.name} is not a finite number (${figure.value}).`);
          outcome.figures.push({ ...figure, suite: suite.name });
        }
        console.error(`[bench] ${suite.name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      } catch (error) {
        outcome.failures.push({ suite: suite.name, error });
      } finally {
        temp.removeAll();
      }
    }
  } finally {
    temp.dispose();
  }
  // Whole-process figure: the high-water mark of everything that ran (scrypt's 128 MiB included).
  outcome.figures.push({
    suite: 'process',
    name: 'peak resident memory of the bench process',
    value: process.resourceUsage().maxRSS / 1024,
    unit: 'MiB',
    target: null,
    better: 'lower',
  });
  return outcome;
}
