/**
 * Temp folders for a run. Benchmarks write real databases; they are removed when the run
 * ends, also when it fails or is interrupted, so no vault files pile up in the temp folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export class TempDirs {
  private readonly dirs: string[] = [];
  private readonly onSignal = (signal: NodeJS.Signals) => {
    this.removeAll();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };

  /** `root` defaults to the OS temp folder; BENCH_TMPDIR picks another disk. */
  constructor(private readonly root: string = process.env.BENCH_TMPDIR || tmpdir()) {
    process.once('SIGINT', this.onSignal);
    process.once('SIGTERM', this.onSignal);
  }

  get location(): string {
    return this.root;
  }

  create(label: string): string {
    const dir = mkdtempSync(join(this.root, `rw-bench-${label}-`));
    this.dirs.push(dir);
    return dir;
  }

  removeAll(): void {
    for (const dir of this.dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  }

  dispose(): void {
    this.removeAll();
    process.off('SIGINT', this.onSignal);
    process.off('SIGTERM', this.onSignal);
  }
}
