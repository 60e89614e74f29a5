/**
 * Quick capture (Ctrl/Cmd+Shift+N, or the button on the case list): an informal restorative
 * conversation recorded in well under two minutes. It becomes a case of type "restorative
 * conversation" that can be escalated later. Escape asks before discarding typed text; a lock
 * before Save saves the text as a case anyway (see quick-capture-draft.ts).
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { caseSettings } from '../../../../shared/domain/case-model';
import { quickCaptureInput, type CaseRecord } from '../../../../shared/schemas/cases';
import { TextField } from '../../components/text-field';
import { call } from '../../lib/api';
import { FormActions, FormError } from '../../components/form-actions';
import { validate } from '../../lib/form-errors';
import { useNavigation } from '../../lib/navigation';
import { isMac } from '../../lib/platform';
import { useMutation } from '../../lib/query';
import { useForm } from '../../lib/use-form';
import { usePendingWrite } from '../../lib/use-pending-write';
import { optionsOf, SelectField, TextAreaField } from '../../components/form-fields';
import { DiscardConfirm, useDiscardGuard } from './discard-confirm';
import { ModalDialog } from './modal-dialog';
import { emptyQuickDraft, quickDraftTyped, quickLockSaveInput } from './quick-capture-draft';
import { savedOnLock } from './saved-on-lock';
import '../../styles/case-shared.css';

export function QuickCaptureDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  return open ? <QuickCapture onClose={onClose} /> : null;
}

function QuickCapture({ onClose }: { onClose(): void }) {
  const id = useId();
  const { go } = useNavigation();
  const [saved, setSaved] = useState<CaseRecord | null>(null);
  const whoRef = useRef<HTMLInputElement>(null);
  const whatRef = useRef<HTMLTextAreaElement>(null);
  const save = useMutation('case:quickCapture', { invalidates: ['case:list', 'today:get'] });
  const form = useForm({
    key: 'case-quick-capture',
    initial: emptyQuickDraft,
    ready: () => !saved,
    check: (draft) => validate(quickCaptureInput, draft),
    send: (draft) => save.mutate(draft),
    focus: (problems, stage) => {
      if (stage === 'check') (problems['who'] ? whoRef : whatRef).current?.focus();
    },
    sent: (record) => setSaved(record),
  });
  const { errors } = form;
  const discard = useDiscardGuard(() => !saved && quickDraftTyped(form.latest()));

  // Locking saves whatever is typed as a case, so a lock never throws a conversation away.
  usePendingWrite(async () => {
    await form.settled();
    const typed = form.latest();
    if (saved || !quickDraftTyped(typed)) return;
    const record = await call('case:quickCapture', quickLockSaveInput(typed));
    savedOnLock.add({ caseId: record.id, reference: record.reference, what: 'quick capture' });
    // It is a case now: the draft would only offer the same words again.
    form.discard();
  });

  const requestClose = () => {
    if (discard.requestClose()) onClose();
  };

  function openCase() {
    if (!saved) return;
    go({ area: 'case', caseId: saved.id, tab: 'overview' });
    onClose();
  }

  // Ctrl/Cmd+Enter saves from anywhere in the form, including the text areas.
  const onFormKey = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void form.submit(event);
  };

  return (
    <ModalDialog labelledBy={`${id}-title`} onRequestClose={requestClose}>
      <div className="modal-head">
        <h2 id={`${id}-title`} className="modal-title">
          Quick capture
        </h2>
        <p className="modal-hint">A restorative conversation, recorded as it happened.</p>
      </div>
      {saved ? (
        <div className="modal-body" role="status">
          <p className="saved-line">
            Saved as <strong>{saved.reference}</strong>: {saved.title}.
          </p>
          <p className="muted">
            It is a restorative conversation for now. You can escalate it to a circle or a conference from the
            case.
          </p>
          <div className="actions">
            <button type="button" className="button button-primary" onClick={openCase} autoFocus>
              Open the case
            </button>
            <button type="button" className="button button-secondary" onClick={onClose}>
              Close
            </button>
          </div>
        </div>
      ) : (
        <form className="modal-body" onSubmit={form.submit} onKeyDown={onFormKey} noValidate>
          <fieldset className="plain-fieldset" disabled={discard.confirming}>
            <TextField
              label="Who"
              hint="The people in the conversation, as you would write them down."
              {...form.field('who', 'clears-error')}
              inputRef={whoRef}
              data-autofocus
              autoComplete="off"
            />
            <TextField label="Where" {...form.field('where', 'clears-error')} autoComplete="off" />
            <TextAreaField
              label="What was said"
              {...form.field('whatWasSaid', 'clears-error')}
              textareaRef={whatRef}
              rows={4}
            />
            <TextAreaField
              label="Follow-up (optional)"
              hint="Anything to come back to. With a follow-up the case stays open."
              {...form.field('followUp', 'clears-error')}
              rows={2}
            />
            <SelectField
              label="Setting"
              options={optionsOf(caseSettings)}
              {...form.field('setting', 'clears-error')}
            />
            <FormError error={errors['_']} />
          </fieldset>
          {discard.confirming ? (
            <DiscardConfirm
              id={`${id}-discard`}
              question="Discard what you have typed? It has not been saved."
              onKeep={() => discard.keep(whoRef.current)}
              onDiscard={() => (form.discard(), onClose())}
            />
          ) : (
            <FormActions
              submit="Save"
              busyLabel="Saving…"
              busy={form.busy}
              layout="end"
              cancel={{ onClick: requestClose }}
            >
              <span className="muted shortcut-hint">{isMac() ? '⌘Enter' : 'Ctrl+Enter'} saves</span>
            </FormActions>
          )}
        </form>
      )}
    </ModalDialog>
  );
}
