/** When a quiet case "needs attention" in the case list. */
import { useId, useState } from 'react';
import { SaveStatus } from './save-status';
import { useSetting } from './use-setting';

export const attentionChoices = [7, 14, 21, 28, 42, 60, 90] as const;

export function AttentionSetting({ initial }: { initial: number }) {
  const id = useId();
  const [value, setValue] = useState(initial);
  const { save, state } = useSetting();
  const choices: readonly number[] = attentionChoices.includes(initial as (typeof attentionChoices)[number])
    ? attentionChoices
    : [...attentionChoices, initial].sort((a, b) => a - b);
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <div className="section-head">
        <h2 id={`${id}-title`} className="section-title">
          Cases that need attention
        </h2>
        <SaveStatus state={state} id={`${id}-status`} />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={id}>
          Flag an open case with no activity for
        </label>
        <p className="field-hint" id={`${id}-hint`}>
          Such cases show “No activity for N days” and appear under “Needs attention” in the case list.
        </p>
        <select
          id={id}
          className="select"
          value={value}
          aria-describedby={`${id}-hint ${id}-status`}
          onChange={(e) => {
            const days = Number(e.target.value);
            setValue(days);
            void save({ attentionDays: days });
          }}
        >
          {choices.map((d) => (
            <option key={d} value={d}>
              {d} days
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
