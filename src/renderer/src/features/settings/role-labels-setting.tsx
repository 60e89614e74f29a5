/**
 * The words used for each role, everywhere in the workbench (the People tab, forms, exports).
 * Defaults follow restorative practice ("person harmed", "person responsible"); some services
 * must say "victim" / "offender", so each can be renamed. Saved a moment after typing stops,
 * and before a lock, like the other settings.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { SectionHead } from '../../components/section-head';
import { settingsSchema } from '../../../../shared/contract';
import { roles, type Role, type RoleLabels } from '../../../../shared/domain/case-model';
import { TextField } from '../../components/text-field';
import { validate, type FieldErrors } from '../../lib/form-errors';
import { usePendingWrite } from '../../lib/use-pending-write';
import { roleOrder } from '../people/people-model';
import { SaveStatus } from './save-status';
import '../../styles/people.css';
import { useFormValues } from '../../lib/form-values';
import { useSetting } from './use-setting';

const SAVE_AFTER_MS = 600;

export function RoleLabelsSetting({ initial }: { initial: Record<string, string> }) {
  const id = useId();
  // Kept as a draft until saved: a blank name (refused) is not lost by leaving the page.
  const form = useFormValues('settings-role-labels', () => ({ ...roles, ...initial }) as RoleLabels);
  const labels = form.values;
  const [errors, setErrors] = useState<FieldErrors>({});
  /** True between a keystroke and its save: "Saved." would be out of date meanwhile. */
  const [editing, setEditing] = useState(false);
  const { save, state } = useSetting();
  const pending = useRef<RoleLabels | null>(form.restored ? form.values : null);
  const { discard } = form;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    pending.current = null;
    if (!next) return;
    const problems = validate(settingsSchema.shape.roleLabels, next);
    setErrors(problems ?? {});
    if (problems) return;
    setEditing(false);
    if (await save({ roleLabels: next })) discard();
  }, [save, discard]);
  usePendingWrite(flush);
  // Leaving the page within the pause still saves what was typed.
  const latestFlush = useRef(flush);
  useEffect(() => {
    latestFlush.current = flush;
  });
  useEffect(() => () => void latestFlush.current(), []);

  const change = (next: RoleLabels, at: 'later' | 'now') => {
    form.set(next);
    // Checked as typed, so a blank name is pointed out at once and the message goes when fixed.
    setErrors(validate(settingsSchema.shape.roleLabels, next) ?? {});
    setEditing(true);
    pending.current = next;
    if (timer.current) clearTimeout(timer.current);
    if (at === 'now') void flush();
    else timer.current = setTimeout(() => void flush(), SAVE_AFTER_MS);
  };

  const isDefault = roleOrder.every((role) => labels[role] === roles[role]);

  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <SectionHead id={`${id}-title`} title="Names for roles">
        <SaveStatus state={editing ? { kind: 'idle' } : state} />
      </SectionHead>
      <p className="field-hint">
        The words the workbench uses for each role, on screen and in documents. The defaults are the words of
        restorative practice; some services must say “victim” and “offender” instead. A change applies to
        every case.
      </p>
      <div className="people-field-grid">
        {roleOrder.map((role: Role) => (
          <TextField
            key={role}
            label={roles[role]}
            value={labels[role]}
            error={errors[role]}
            maxLength={60}
            onChange={(e) => change({ ...labels, [role]: e.target.value }, 'later')}
            onBlur={() => void flush()}
          />
        ))}
      </div>
      <div className="actions actions-start">
        <button
          type="button"
          className="button button-secondary"
          disabled={isDefault}
          onClick={() => change({ ...roles }, 'now')}
        >
          Reset to defaults
        </button>
      </div>
    </section>
  );
}
