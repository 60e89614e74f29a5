/** Settings live inside the encrypted vault: even preferences can say something about a case. */
import { settingsSchema, type Settings } from '../../../shared/contract';
import { defaultStatements } from '../../../shared/domain/agreement';
import { roles } from '../../../shared/domain/case-model';
import type { Db } from '../../vault/sqlite';

export const defaultSettings: Settings = {
  autoLockMinutes: 10,
  theme: 'system',
  roleLabels: { ...roles },
  attentionDays: 14,
  organisationName: '',
  organisationLogo: null,
  confidentialityStatement: defaultStatements.confidentiality,
  notLegallyBindingStatement: defaultStatements.notLegallyBinding,
  aboutYou: { name: '', role: '', contact: '' },
};

export function getSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored: Record<string, unknown> = {};
  for (const row of rows) {
    try {
      stored[row.key] = JSON.parse(row.value);
    } catch {
      /* an unreadable value falls back to its default below */
    }
  }
  // Each key is validated on its own, so one bad value never resets the others.
  const result: Settings = { ...defaultSettings };
  for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
    const parsed = settingsSchema.shape[key].safeParse(stored[key]);
    if (parsed.success) (result as Record<string, unknown>)[key] = parsed.data;
  }
  return result;
}

export function updateSettings(db: Db, changes: Partial<Settings>): Settings {
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  db.transaction(() => {
    for (const [key, value] of Object.entries(changes)) {
      if (value !== undefined) upsert.run(key, JSON.stringify(value));
    }
  })();
  return getSettings(db);
}
