/**
 * Quick capture (Ctrl/Cmd+Shift+N, or the button on the case list): an informal restorative
 * conversation recorded in well under two minutes. It becomes a case of type "restorative
 * conversation" that can be escalated later. Escape asks before discarding typed text; a lock
 * before Save saves the text as a case anyway (see quick-capture-draft.ts).
 */
import { useId, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { caseSettings } from '../../../../shared/domain/case-model';
import { quickCaptureInput, type CaseRecord } from '../../../../shared/schemas/cases';
import { TextField } from '../../components/text-field';
import { call } from '../../lib/api';
import { fieldErrorsFrom, validate, type FieldErrors } from '../../lib/form-errors';
import { useNavigation } from '../../lib/navigation';
import { isMac } from '../../lib/platform';
import { useMutation } from '../../lib/query';
import { usePendingWrite } from '../../lib/use-pending-write';
import { optionsOf, SelectField, TextAreaField } from '../../components/form-fields';
import { ModalDialog } from './modal-dialog';
import { emptyQuickDraft, quickDraftTyped, quickLockSaveInput, type QuickDraft } from './quick-capture-draft';
import { savedOnLock } from './saved-on-lock';
import '../../styles/case-shared.css';

export function QuickCaptureDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  return open ? <QuickCapture onClose={onClose} /> : null;
}

type Phase = 'editing' | 'confirm-discard' | { saved: CaseRecord };

function QuickCapture({ onClose }: { onClose(): void }) {
  const id = useId();
  const { go } = useNavigation();
  const [draft, setDraft] = useState<QuickDraft>(emptyQuickDraft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [phase, setPhase] = useState<Phase>('editing');
  const whoRef = useRef<HTMLInputElement>(null);
  const whatRef = useRef<HTMLTextAreaElement>(null);
  const saving = useRef<Promise<unknown> | null>(null);
  /** Where the cursor was when Escape asked about discarding; it goes back there after. */
  const returnFocus = useRef<HTMLElement | null>(null);
  const save = useMutation('case:quickCapture', { invalidates: ['case:list', 'today:get'] });
  const saved = typeof phase === 'object' ? phase.saved : null;

  // Locking saves whatever is typed as a case, so a lock never throws a conversation away.
  usePendingWrite(async () => {
    if (saving.current) await saving.current;
    if (saved || !quickDraftTyped(draft)) return;
    const record = await call('case:quickCapture', quickLockSaveInput(draft));
    savedOnLock.add({ caseId: record.id, reference: record.reference, what: 'quick capture' });
  });

  const edit = (field: keyof QuickDraft) => (value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    if (errors[field]) setErrors((e) => ({ ...e, [field]: '' }));
  };

  useLayoutEffect(() => {
    if (phase !== 'editing' || !returnFocus.current) return;
    returnFocus.current.focus();
    returnFocus.current = null;
  }, [phase]);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    // A ref, not state: Ctrl+Enter and a click in the same moment must not save twice.
    if (saving.current || saved) return;
    const problems = validate(quickCaptureInput, draft);
    if (problems) {
      setErrors(problems);
      (problems['who'] ? whoRef : whatRef).current?.focus();
      return;
    }
    const pending = save.mutate(draft);
    saving.current = pending;
    const result = await pending;
    saving.current = null;
    if (result.ok) setPhase({ saved: result.value });
    else setErrors(fieldErrorsFrom(result.error));
  }

  function requestClose() {
    if (phase === 'confirm-discard') return setPhase('editing');
    if (!saved && quickDraftTyped(draft)) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setPhase('confirm-discard');
      return;
    }
    onClose();
  }

  function openCase() {
    if (!saved) return;
    go({ area: 'case', caseId: saved.id, tab: 'overview' });
    onClose();
  }

  // Ctrl/Cmd+Enter saves from anywhere in the form, including the text areas.
  const onFormKey = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit(event);
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
        <form className="modal-body" onSubmit={submit} onKeyDown={onFormKey} noValidate>
          <fieldset className="plain-fieldset" disabled={phase === 'confirm-discard'}>
            <TextField
              label="Who"
              hint="The people in the conversation, as you would write them down."
              value={draft.who}
              onChange={(e) => edit('who')(e.target.value)}
              error={errors['who']}
              inputRef={whoRef}
              data-autofocus
              autoComplete="off"
            />
            <TextField
              label="Where"
              value={draft.where}
              onChange={(e) => edit('where')(e.target.value)}
              error={errors['where']}
              autoComplete="off"
            />
            <TextAreaField
              label="What was said"
              value={draft.whatWasSaid}
              onChange={(e) => edit('whatWasSaid')(e.target.value)}
              error={errors['whatWasSaid']}
              textareaRef={whatRef}
              rows={4}
            />
            <TextAreaField
              label="Follow-up (optional)"
              hint="Anything to come back to. With a follow-up the case stays open."
              value={draft.followUp}
              onChange={(e) => edit('followUp')(e.target.value)}
              error={errors['followUp']}
              rows={2}
            />
            <SelectField
              label="Setting"
              options={optionsOf(caseSettings)}
              value={draft.setting}
              onChange={(e) => edit('setting')(e.target.value)}
              error={errors['setting']}
            />
            {errors['_'] ? (
              <p className="form-error" role="alert">
                {errors['_']}
              </p>
            ) : null}
          </fieldset>
          {phase === 'confirm-discard' ? (
            <div className="confirm-box" role="group" aria-labelledby={`${id}-discard`}>
              <p id={`${id}-discard`}>Discard what you have typed? It has not been saved.</p>
              <div className="actions actions-start">
                <button
                  type="button"
                  className="button button-primary"
                  autoFocus
                  onClick={() => {
                    returnFocus.current ??= whoRef.current;
                    setPhase('editing');
                  }}
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
              <button type="submit" className="button button-primary" disabled={save.isPending}>
                {save.isPending ? 'Saving…' : 'Save'}
              </button>
              <button type="button" className="button button-secondary" onClick={requestClose}>
                Cancel
              </button>
              <span className="muted shortcut-hint">{isMac() ? '⌘Enter' : 'Ctrl+Enter'} saves</span>
            </div>
          )}
        </form>
      )}
    </ModalDialog>
  );
}
