/**
 * Every benchmark suite, in the order they run. A new area adds a module beside vault.ts
 * that exports a BenchSuite and one line here; the runner, table and files need no change.
 */
import type { BenchSuite } from './types';
import { agreementsSuite } from './agreements';
import { backupSuite } from './backup';
import { bigServiceSuite } from './big-service';
import { caseListSuite } from './case-list';
import { mapFpsSuite } from './map-fps';
import { mapLayoutSuite } from './map-layout';
import { searchSuite } from './search';
import { subjectAccessSuite } from './subject-access';
import { vaultSuite } from './vault';

export const suites: readonly BenchSuite[] = [
  vaultSuite,
  searchSuite,
  caseListSuite,
  agreementsSuite,
  mapLayoutSuite,
  mapFpsSuite,
  backupSuite,
  subjectAccessSuite,
  bigServiceSuite,
];
