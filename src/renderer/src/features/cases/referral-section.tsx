/**
 * The referral as recorded, and its edit form (title, setting and referral details, saved with
 * case:update). While editing, a lock saves the changes first so nothing typed is lost.
 */
import { useId, useState } from 'react';
import { SectionAction, SectionHead } from '../../components/section-head';
import {
  acknowledgements,
  caseSettings,
  referralSources,
  type Acknowledgement,
  type CaseSetting,
  type ReferralSource,
} from '../../../../shared/domain/case-model';
import { caseUpdateInput, type CaseRecord } from '../../../../shared/schemas/cases';
import { TextField } from '../../components/text-field';
import { call } from '../../lib/api';
import { FormActions, FormError } from '../../components/form-actions';
import { validate } from '../../lib/form-errors';
import { useMutation } from '../../lib/query';
import { useForm } from '../../lib/use-form';
import { usePendingWrite } from '../../lib/use-pending-write';
import { afterCaseChange } from './case-queries';
import { formatDate } from './dates';
import { referralInput } from './new-case-draft';
import { optionsOf, SelectField } from '../../components/form-fields';
import { ReferralFields, useAcknowledgeQuestion, type ReferralValues } from './referral-fields';

function labelOf<T extends Record<string, string>>(labels: T, key: string | null): string | null {
  return key && key in labels ? labels[key as keyof T]! : null;
}

export function ReferralSection({ record }: { record: CaseRecord }) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [savedNote, setSavedNote] = useState(false);
  const question = useAcknowledgeQuestion();
  const r = record.referral;
  const notRecorded = <span className="muted">Not recorded</span>;
  return (
    <section className="case-section" aria-labelledby={`${id}-title`}>
      <SectionHead id={`${id}-title`} title="Referral">
        {!editing ? (
          <SectionAction
            label="Edit referral"
            onClick={() => {
              setEditing(true);
              setSavedNote(false);
            }}
          />
        ) : null}
      </SectionHead>
      {editing ? (
        <ReferralEditForm
          record={record}
          onDone={(saved) => {
            setEditing(false);
            setSavedNote(saved);
          }}
        />
      ) : (
        <>
          <dl className="details">
            <dt>Referral date</dt>
            <dd>{r.date ? formatDate(r.date) : notRecorded}</dd>
            <dt>Referrer</dt>
            <dd>{r.referrer || notRecorded}</dd>
            <dt>How it came in</dt>
            <dd>{labelOf(referralSources, r.source) ?? notRecorded}</dd>
            <dt>Setting</dt>
            <dd>{caseSettings[record.setting]}</dd>
            <dt>{question}</dt>
            <dd>{labelOf(acknowledgements, r.acknowledged) ?? notRecorded}</dd>
            <dt>Summary</dt>
            <dd className="summary-text">{r.summary || notRecorded}</dd>
          </dl>
          <p className="inline-status" role="status">
            {savedNote ? 'Referral saved.' : ''}
          </p>
        </>
      )}
    </section>
  );
}

interface EditValues extends ReferralValues {
  title: string;
  setting: CaseSetting;
}

function valuesOf(record: CaseRecord): EditValues {
  const r = record.referral;
  return {
    title: record.title,
    setting: record.setting,
    date: r.date ?? '',
    referrer: r.referrer,
    source: (r.source ?? '') as ReferralSource | '',
    summary: r.summary,
    acknowledged: r.acknowledged as Acknowledgement,
  };
}

function updateValues(caseId: string, v: EditValues) {
  return {
    id: caseId,
    title: v.title,
    setting: v.setting,
    referral: referralInput(v),
  };
}

function ReferralEditForm({ record, onDone }: { record: CaseRecord; onDone(saved: boolean): void }) {
  const id = useId();
  const update = useMutation('case:update', { invalidates: afterCaseChange });
  const form = useForm({
    key: `case-referral:${record.id}`,
    opensOnDemand: true,
    initial: () => valuesOf(record),
    check: (values) => validate(caseUpdateInput, updateValues(record.id, values)),
    send: (values) => update.mutate(updateValues(record.id, values)),
    focus: 'first-invalid-before-send',
    sent: () => onDone(true),
  });
  const { values, errors, formRef } = form;

  // A lock while editing saves the edit; a title left empty keeps the old title.
  usePendingWrite(async () => {
    const latest = form.latest();
    if (JSON.stringify(latest) === JSON.stringify(valuesOf(record))) return;
    const input = updateValues(record.id, latest);
    const safe = validate(caseUpdateInput, input) ? { ...input, title: undefined } : input;
    // No cache refresh: the lock that follows empties the cache anyway.
    await call('case:update', safe);
  });

  const change = (patch: Partial<EditValues>) => {
    form.set(patch);
    form.clearErrors();
  };

  return (
    <form ref={formRef} onSubmit={form.submit} noValidate className="inline-form">
      <TextField
        label="Title"
        value={values.title}
        onChange={(e) => change({ title: e.target.value })}
        error={errors['title']}
        autoComplete="off"
        autoFocus
      />
      <SelectField
        label="Setting"
        options={optionsOf(caseSettings)}
        value={values.setting}
        onChange={(e) => change({ setting: e.target.value as CaseSetting })}
        error={errors['setting']}
      />
      <ReferralFields name={id} values={values} onChange={change} errors={errors} />
      <FormError error={errors['_']} />
      <FormActions
        submit="Save referral"
        busyLabel="Saving…"
        busy={form.busy}
        layout="end"
        cancel={{ onClick: () => (form.discard(), onDone(false)) }}
      />
    </form>
  );
}
