/**
 * A setting chosen from a short list of numbers, saved as soon as it changes. A value saved by
 * an older or newer version may not be one of today's choices: it is kept in the list.
 */
import { useId, useState } from 'react';
import { SectionHead } from '../../components/section-head';
import type { Settings } from '../../../../shared/contract';
import { SaveStatus } from './save-status';
import { useSetting } from './use-setting';

type NumberKey = { [K in keyof Settings]: Settings[K] extends number ? K : never }[keyof Settings];

export interface NumberChoiceSettingProps {
  setting: NumberKey;
  initial: number;
  choices: readonly number[];
  title: string;
  label: string;
  hint: string;
  labelFor(value: number): string;
}

export function NumberChoiceSetting({
  setting,
  initial,
  choices,
  title,
  label,
  hint,
  labelFor,
}: NumberChoiceSettingProps) {
  const id = useId();
  const [value, setValue] = useState(initial);
  const { save, state } = useSetting();
  const options = choices.includes(initial) ? choices : [...choices, initial].sort((a, b) => a - b);
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <SectionHead id={`${id}-title`} title={title}>
        <SaveStatus state={state} id={`${id}-status`} />
      </SectionHead>
      <div className="field">
        <label className="field-label" htmlFor={id}>
          {label}
        </label>
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
        <select
          id={id}
          className="select"
          value={value}
          aria-describedby={`${id}-hint ${id}-status`}
          onChange={(e) => {
            const next = Number(e.target.value);
            setValue(next);
            void save({ [setting]: next });
          }}
        >
          {options.map((n) => (
            <option key={n} value={n}>
              {labelFor(n)}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
