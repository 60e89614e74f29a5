/** Light, dark, or whatever this computer uses. Applied at once; saved in the vault. */
import { useId, useState } from 'react';
import { SectionHead } from '../../components/section-head';
import { themeChoices, type Settings } from '../../../../shared/contract';
import { applyTheme } from '../../lib/theme';
import { SaveStatus } from './save-status';
import { useSetting } from './use-setting';

const labels: Record<Settings['theme'], { label: string; hint: string }> = {
  system: { label: 'System', hint: 'Match this computer' },
  light: { label: 'Light', hint: 'Dark text on a light background' },
  dark: { label: 'Dark', hint: 'Light text on a dark background' },
};

export function ThemeSetting({ initial }: { initial: Settings['theme'] }) {
  const id = useId();
  const [value, setValue] = useState(initial);
  const { save, state } = useSetting();
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <SectionHead id={`${id}-title`} title="Appearance">
        <SaveStatus state={state} />
      </SectionHead>
      <fieldset className="choice-group">
        <legend className="field-label">Theme</legend>
        {themeChoices.map((theme) => (
          <label key={theme} className="choice">
            <input
              type="radio"
              name={`${id}-theme`}
              value={theme}
              checked={value === theme}
              // Named by the short label alone; the hint describes it (so "Dark" is simply "Dark").
              aria-labelledby={`${id}-${theme}-label`}
              aria-describedby={`${id}-${theme}-hint`}
              onChange={async () => {
                const before = value;
                setValue(theme);
                applyTheme(theme);
                if (!(await save({ theme }))) {
                  setValue(before);
                  applyTheme(before);
                }
              }}
            />
            <span className="choice-text">
              <span className="choice-label" id={`${id}-${theme}-label`}>
                {labels[theme].label}
              </span>
              <span className="choice-hint" id={`${id}-${theme}-hint`}>
                {labels[theme].hint}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
