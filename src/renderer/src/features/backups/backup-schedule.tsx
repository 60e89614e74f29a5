/**
 * When automatic backups are made and how many are kept. Each choice saves as it changes,
 * like every other setting.
 */
import { useId, useState } from 'react';
import { backupIntervals, type BackupSettings, type BackupStatus } from '../../../../shared/schemas/backups';
import { SelectField } from '../../components/form-fields';
import { attempt } from '../../lib/api';
import { SaveStatus, type SaveState } from '../settings/save-status';
import { countLabel, intervalLabels, keepChoices } from './backup-wording';
import { showBackupStatus } from './use-backup-status';

const units = { keepDaily: 'day', keepWeekly: 'week', keepMonthly: 'month' } as const;
const keepLabels = {
  keepDaily: 'Daily backups kept',
  keepWeekly: 'Weekly backups kept',
  keepMonthly: 'Monthly backups kept',
};

export function BackupSchedule({ status }: { status: BackupStatus }) {
  const id = useId();
  const [values, setValues] = useState<BackupSettings>(status.settings);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const save = async (change: Partial<BackupSettings>) => {
    setValues((v) => ({ ...v, ...change }));
    setState({ kind: 'saving' });
    const result = await attempt('backup:updateSettings', change);
    if (result.ok) {
      showBackupStatus(result.value);
      setState({ kind: 'saved' });
    } else setState({ kind: 'error', message: result.error.message });
  };
  return (
    <div className="backup-schedule" aria-describedby={`${id}-status`}>
      <SelectField
        label="Back up automatically"
        hint="When the vault locks or the app closes, if anything has changed since the last backup. Locking and closing never wait more than a couple of seconds: a backup that needs longer is made the next time you unlock."
        value={values.interval}
        options={backupIntervals.map((value) => ({ value, label: intervalLabels[value] }))}
        onChange={(e) => void save({ interval: e.target.value as BackupSettings['interval'] })}
      />
      <fieldset className="backup-keep">
        <legend className="field-label">Backups kept</legend>
        <p className="field-hint">
          The newest backup of each of these days, weeks and months is kept; older ones are removed only after
          a newer backup has been verified.
        </p>
        <div className="backup-keep-fields">
          {(Object.keys(keepChoices) as (keyof typeof keepChoices)[]).map((key) => {
            const choices: readonly number[] = keepChoices[key];
            const options = choices.includes(values[key])
              ? choices
              : [...choices, values[key]].sort((a, b) => a - b);
            return (
              <SelectField
                key={key}
                compact
                label={keepLabels[key]}
                value={String(values[key])}
                options={options.map((n) => ({ value: String(n), label: countLabel(n, units[key]) }))}
                onChange={(e) => void save({ [key]: Number(e.target.value) })}
              />
            );
          })}
        </div>
      </fieldset>
      <SaveStatus state={state} id={`${id}-status`} />
    </div>
  );
}
