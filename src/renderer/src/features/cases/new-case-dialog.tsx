/**
 * A new case in one short form: title, the process on the continuum, the setting and the
 * referral. Checked with the contract's own schema before sending; errors sit by their field.
 * Once created, the case opens. A lock before Create still keeps what was typed.
 */
import { useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { caseSettings, processTypes, type ProcessType } from '../../../../shared/domain/case-model';
import { caseCreateInput } from '../../../../shared/schemas/cases';
import { TextField } from '../../components/text-field';
import { call } from '../../lib/api';
import { fieldErrorsFrom, validate, type FieldErrors } from '../../lib/form-errors';
import { useNavigation } from '../../lib/navigation';
import { useMutation } from '../../lib/query';
import { usePendingWrite } from '../../lib/use-pending-write';
import { localDateInput } from './dates';
import { focusFirstInvalid, optionsOf, RadioGroup, SelectField } from '../../components/form-fields';
import { ModalDialog } from './modal-dialog';
import {
  caseCreateValues,
  caseDraftTyped,
  caseLockSaveInput,
  emptyCaseDraft,
  type CaseDraft,
} from './new-case-draft';
import { processHints } from './process-labels';
import { ReferralFields } from './referral-fields';
import { savedOnLock } from './saved-on-lock';
import '../../styles/case-shared.css';

const referralKeys = new Set(['date', 'referrer', 'source', 'summary', 'acknowledged']);

const processOptions = (Object.keys(processTypes) as ProcessType[]).map((value) => ({
  value,
  label: processTypes[value],
  hint: processHints[value],
}));

export function NewCaseDialog({ onClose }: { onClose(): void }) {
  const id = useId();
  const { go } = useNavigation();
  const [draft, setDraft] = useState<CaseDraft>(() => emptyCaseDraft(localDateInput(new Date())));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const created = useRef(false);
  /** A ref, not state, so two submits in the same moment cannot create two cases. */
  const busy = useRef(false);
  const returnFocus = useRef<HTMLElement | null>(null);
  const create = useMutation('case:create', { invalidates: ['case:list'] });

  usePendingWrite(async () => {
    if (created.current || !caseDraftTyped(draft)) return;
    const record = await call('case:create', caseLockSaveInput(draft));
    created.current = true;
    savedOnLock.add({ caseId: record.id, reference: record.reference, what: 'new case' });
  });

  const change = (patch: Partial<CaseDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    const touched = Object.keys(patch).map((k) => (referralKeys.has(k) ? `referral.${k}` : k));
    if (touched.some((k) => errors[k])) {
      setErrors((e) => ({ ...e, ...Object.fromEntries(touched.map((k) => [k, ''])) }));
    }
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy.current) return;
    const problems = validate(caseCreateInput, caseCreateValues(draft));
    if (problems) {
      setErrors(problems);
      focusFirstInvalid(formRef.current);
      return;
    }
    busy.current = true;
    const result = await create.mutate(caseCreateInput.parse(caseCreateValues(draft)));
    busy.current = false;
    if (!result.ok) {
      setErrors(fieldErrorsFrom(result.error));
      focusFirstInvalid(formRef.current);
      return;
    }
    created.current = true;
    go({ area: 'case', caseId: result.value.id, tab: 'overview' });
    onClose();
  }

  // After "Keep writing" the cursor goes back to where it was when Escape was pressed.
  useLayoutEffect(() => {
    if (confirmDiscard || !returnFocus.current) return;
    returnFocus.current.focus();
    returnFocus.current = null;
  }, [confirmDiscard]);

  function requestClose() {
    if (confirmDiscard) return setConfirmDiscard(false);
    if (caseDraftTyped(draft)) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      return setConfirmDiscard(true);
    }
    onClose();
  }

  return (
    <ModalDialog labelledBy={`${id}-title`} onRequestClose={requestClose} wide>
      <div className="modal-head">
        <h2 id={`${id}-title`} className="modal-title">
          New case
        </h2>
        <p className="modal-hint">The referral as it reached you. You can add people and notes next.</p>
      </div>
      <form ref={formRef} className="modal-body" onSubmit={submit} noValidate>
        <fieldset className="plain-fieldset" disabled={confirmDiscard}>
          <TextField
            label="Title"
            hint="A short working name, e.g. “Year 9 lunchtime incident”."
            value={draft.title}
            onChange={(e) => change({ title: e.target.value })}
            error={errors['title']}
            autoComplete="off"
            data-autofocus
          />
          <RadioGroup
            legend="Process"
            hint="From informal to formal. It can change later without losing anything."
            name={`${id}-process`}
            value={draft.processType}
            options={processOptions}
            onChange={(processType) => change({ processType })}
            error={errors['processType']}
            columns
          />
          <SelectField
            label="Setting"
            placeholder="Choose a setting"
            options={optionsOf(caseSettings)}
            value={draft.setting}
            onChange={(e) => change({ setting: e.target.value as CaseDraft['setting'] })}
            error={errors['setting']}
          />
          <h3 className="form-subhead">Referral</h3>
          <ReferralFields name={id} values={draft} onChange={(patch) => change(patch)} errors={errors} />
          {errors['_'] ? (
            <p className="form-error" role="alert">
              {errors['_']}
            </p>
          ) : null}
        </fieldset>
        {confirmDiscard ? (
          <div className="confirm-box" role="group" aria-labelledby={`${id}-discard`}>
            <p id={`${id}-discard`}>Discard this new case? What you typed has not been saved.</p>
            <div className="actions actions-start">
              <button
                type="button"
                className="button button-primary"
                autoFocus
                onClick={() => setConfirmDiscard(false)}
              >
                Keep writing
              </button>
              <button type="button" className="button button-secondary" onClick={onClose}>
                Discard
              </button>
            </div>
          </div>
        ) : (
          <div className="actions">
            <button type="submit" className="button button-primary" disabled={create.isPending}>
              {create.isPending ? 'Creating…' : 'Create case'}
            </button>
            <button type="button" className="button button-secondary" onClick={requestClose}>
              Cancel
            </button>
          </div>
        )}
      </form>
    </ModalDialog>
  );
}
