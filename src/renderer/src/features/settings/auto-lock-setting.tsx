/** How long the workbench waits, unused, before locking itself. 0 is shown as "Never". */
import { useId, useState } from 'react';
import { autoLockChoices } from '../../../../shared/contract';
import { autoLockLabel } from './auto-lock-label';
import { SaveStatus } from './save-status';
import { useSetting } from './use-setting';

export function AutoLockSetting({ initial }: { initial: number }) {
  const id = useId();
  const [value, setValue] = useState(initial);
  const { save, state } = useSetting();
  // A value saved by an older or newer version may not be one of today's choices: keep it.
  const choices: readonly number[] = autoLockChoices.includes(initial as (typeof autoLockChoices)[number])
    ? autoLockChoices
    : [...autoLockChoices, initial].sort((a, b) => a - b);
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <div className="section-head">
        <h2 id={`${id}-title`} className="section-title">
          Automatic lock
        </h2>
        <SaveStatus state={state} id={`${id}-status`} />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={id}>
          Lock automatically after
        </label>
        <p className="field-hint" id={`${id}-hint`}>
          The workbench locks itself when it has not been used for this long. Anything you have typed is saved
          first.
        </p>
        <select
          id={id}
          className="select"
          value={value}
          aria-describedby={`${id}-hint ${id}-status`}
          onChange={(e) => {
            const minutes = Number(e.target.value);
            setValue(minutes);
            void save({ autoLockMinutes: minutes });
          }}
        >
          {choices.map((m) => (
            <option key={m} value={m}>
              {autoLockLabel(m)}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
