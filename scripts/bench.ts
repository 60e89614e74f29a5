/**
 * npm run bench [-- suite ...]: runs the benchmark suites (all, or the ones named), prints
 * one table of every figure against its target, and writes bench-results/results.json and
 * results.md. A missed target prints MISSED but exits 0; an error exits non-zero.
 */
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeEnvironment } from './bench/environment';
import { suites } from './bench/registry';
import { previousFigures, summary, textTable, writeResults } from './bench/report';
import { runSuites } from './bench/runner';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outDir = join(root, 'bench-results');

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(
      `Usage: npm run bench [-- <suite> ...]\nSuites: ${suites.map((s) => `${s.name} (${s.description})`).join('; ')}`,
    );
    return 0;
  }
  const unknown = args.filter((name) => !suites.some((s) => s.name === name));
  if (unknown.length > 0) {
    console.error(`Unknown suite(s): ${unknown.join(', ')}. Known: ${suites.map((s) => s.name).join(', ')}.`);
    return 2;
  }
  const chosen = args.length === 0 ? suites : suites.filter((s) => args.includes(s.name));

  const started = new Date();
  const outcome = await runSuites(chosen);
  // A partial run keeps the latest figures of the registered suites it skipped.
  const skipped = new Set(suites.filter((s) => !chosen.includes(s)).map((s) => s.name));
  const figures = [...previousFigures(join(outDir, 'results.json'), skipped), ...outcome.figures];
  const environment = describeEnvironment(outcome.tempRoot, started);

  console.log(textTable(figures));
  console.log('');
  console.log(summary(figures));
  for (const failure of outcome.failures) {
    console.error(`\n[bench] suite "${failure.suite}" failed:`);
    console.error(failure.error);
  }
  if (outcome.failures.length > 0) {
    // Half a result set would read as "targets met" for figures that were never measured.
    console.error('\n[bench] results files left as they were, because a suite failed.');
    return 1;
  }
  writeResults(outDir, figures, environment, outcome.notes);
  console.log(
    `Written: ${relative(process.cwd(), join(outDir, 'results.json'))}, ${relative(process.cwd(), join(outDir, 'results.md'))}`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
