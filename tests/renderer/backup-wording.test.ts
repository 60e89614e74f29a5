/** How backups are said on screen: sizes, counts, the line after a restore. */
import { describe, expect, it } from 'vitest';
import {
  countLabel,
  formatSize,
  holdsLine,
  restoredNotice,
} from '../../src/renderer/src/features/backups/backup-wording';

describe('backup wording', () => {
  it('sizes in decimal units, never "0 KB"', () => {
    expect(formatSize(120)).toBe('1 KB');
    expect(formatSize(415_000)).toBe('415 KB');
    expect(formatSize(12_400_000)).toBe('12.4 MB');
    expect(formatSize(1_234_000_000)).toBe('1.2 GB');
  });
  it('counts in words', () => {
    expect(holdsLine({ cases: 1, people: 0 })).toBe('1 case and no people');
    expect(holdsLine({ cases: 12, people: 31 })).toBe('12 cases and 31 people');
    expect(holdsLine({ cases: 2, people: 1 })).toBe('2 cases and 1 person');
    expect(countLabel(0, 'week')).toBe('None');
    expect(countLabel(1, 'month')).toBe('The last 1 month');
    expect(countLabel(7, 'day')).toBe('The last 7 days');
  });
  it('after a restore: what came back and where the vault it replaced is kept', () => {
    expect(
      restoredNotice({
        from: '2026-12-01T18:30:00',
        cases: 12,
        people: 31,
        keptAs: 'vault.db.before-restore-x',
      }),
    ).toEqual({
      title: 'Backup restored',
      message:
        'The backup of 1 December 2026, 18:30 is restored: 12 cases and 31 people. The vault as it was before is kept in the vault folder as vault.db.before-restore-x.',
      tone: 'success',
    });
    expect(restoredNotice({ from: '2026-12-01T18:30:00', cases: 1, people: 0, keptAs: null }).message).toBe(
      'The backup of 1 December 2026, 18:30 is restored: 1 case and no people.',
    );
  });
});
