/**
 * A new case in one short form: title, the process on the continuum, the setting and the
 * referral. Checked with the contract's own schema before sending; errors sit by their field.
 * Once created, the case opens. A lock before Create still keeps what was typed.
 */
import { useId, useRef } from 'react';
import { caseSettings, processTypes, type ProcessType } from '../../../../shared/domain/case-model';
import { caseCreateInput } from '../../../../shared/schemas/cases';
import { TextField } from '../../components/text-field';
import { call } from '../../lib/api';
import { FormActions, FormError } from '../../components/form-actions';
import { validate } from '../../lib/form-errors';
import { useNavigation } from '../../lib/navigation';
import { useMutation } from '../../lib/query';
import { useForm } from '../../lib/use-form';
import { usePendingWrite } from '../../lib/use-pending-write';
import { localDateInput } from './dates';
import { optionsOf, RadioGroup, SelectField } from '../../components/form-fields';
import { DiscardConfirm, useDiscardGuard } from './discard-confirm';
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
  const created = useRef(false);
  const create = useMutation('case:create', { invalidates: ['case:list'] });
  const form = useForm({
    key: 'case-new',
    initial: () => emptyCaseDraft(localDateInput(new Date())),
    check: (draft) => validate(caseCreateInput, caseCreateValues(draft)),
    send: (draft) => create.mutate(caseCreateInput.parse(caseCreateValues(draft))),
    focus: 'first-invalid',
    sent: (record) => {
      created.current = true;
      go({ area: 'case', caseId: record.id, tab: 'overview' });
      onClose();
    },
  });
  const { values: draft, errors, formRef } = form;
  const discard = useDiscardGuard(() => caseDraftTyped(form.latest()));

  usePendingWrite(async () => {
    const typed = form.latest();
    if (created.current || !caseDraftTyped(typed)) return;
    const record = await call('case:create', caseLockSaveInput(typed));
    created.current = true;
    savedOnLock.add({ caseId: record.id, reference: record.reference, what: 'new case' });
    // It is a case now: the draft would only offer the same words again.
    form.discard();
  });

  const change = (patch: Partial<CaseDraft>) => {
    form.set(patch);
    form.clearErrors(Object.keys(patch).map((k) => (referralKeys.has(k) ? `referral.${k}` : k)));
  };

  const requestClose = () => {
    if (discard.requestClose()) onClose();
  };

  return (
    <ModalDialog labelledBy={`${id}-title`} onRequestClose={requestClose} wide>
      <div className="modal-head">
        <h2 id={`${id}-title`} className="modal-title">
          New case
        </h2>
        <p className="modal-hint">The referral as it reached you. You can add people and notes next.</p>
      </div>
      <form ref={formRef} className="modal-body" onSubmit={form.submit} noValidate>
        <fieldset className="plain-fieldset" disabled={discard.confirming}>
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
          <FormError error={errors['_']} />
        </fieldset>
        {discard.confirming ? (
          <DiscardConfirm
            id={`${id}-discard`}
            question="Discard this new case? What you typed has not been saved."
            onKeep={() => discard.keep()}
            onDiscard={() => (form.discard(), onClose())}
          />
        ) : (
          <FormActions
            submit="Create case"
            busyLabel="Creating…"
            busy={form.busy}
            layout="end"
            cancel={{ onClick: requestClose }}
          />
        )}
      </form>
    </ModalDialog>
  );
}
