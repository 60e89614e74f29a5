/**
 * The run sheet: choose a script, set the speaking order, then rearrange, edit, add and remove
 * phases. Every change is saved at once (conference:saveRunSheet); the case keeps the template
 * version it was planned with until a script is chosen again.
 */
import { useState } from 'react';
import type { ProcessType } from '../../../../shared/domain/case-model';
import type { ConferencePlan, RunPhase } from '../../../../shared/schemas/conference';
import type { Participant } from '../../../../shared/schemas/people';
import { setQueryData, useMutation, useQuery } from '../../lib/query';
import { useNavigation } from '../../lib/navigation';
import { SelectField } from '../../components/form-fields';
import { PhaseEditor, phaseQuestions } from './phase-editor';
import { ReorderList } from './reorder-list';
import { planPerson } from './plan-people';
import { fullSpeakingOrder, newPhaseId, orderSpeakers } from './run-sheet-model';
import { SaveNote, type SaveState } from './use-plan-update';

interface Props {
  plan: ConferencePlan;
  participants: Participant[];
  processType: ProcessType;
}

export function RunSheetSection({ plan, participants, processType }: Props) {
  const { go } = useNavigation();
  const caseId = plan.caseId;
  const templates = useQuery('template:list', {});
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [editing, setEditing] = useState<string | null>(null);
  const [download, setDownload] = useState<string>('');
  const onSuccess = (value: ConferencePlan) => setQueryData('conference:get', { caseId }, value);
  const apply = useMutation('conference:applyTemplate', { onSuccess });
  const saveSheet = useMutation('conference:saveRunSheet', { onSuccess });
  const update = useMutation('conference:update', { onSuccess });
  const exportDocs = useMutation('conference:exportDocuments');

  const suggested = templates.data?.find((t) => t.processTypes.includes(processType))?.id ?? '';
  const [choice, setChoice] = useState<string>(plan.templateId ?? '');
  const chosen = choice || suggested;
  const current = templates.data?.find((t) => t.id === plan.templateId);

  const report = (ok: boolean, message?: string) =>
    setState(ok ? { kind: 'saved' } : { kind: 'error', message: message ?? 'That did not save.' });

  const applyScript = async () => {
    setState({ kind: 'saving' });
    const result = await apply.mutate({ caseId, templateId: chosen });
    report(result.ok, result.ok ? undefined : result.error.message);
  };
  const storePhases = async (phases: RunPhase[]) => {
    setState({ kind: 'saving' });
    const result = await saveSheet.mutate({ caseId, phases });
    report(result.ok, result.ok ? undefined : result.error.message);
  };
  const storeOrder = async (order: string[]) => {
    setState({ kind: 'saving' });
    const saved = await update.mutate({ caseId, speakingOrder: order });
    if (!saved.ok) return report(false, saved.error.message);
    // The new order goes into the run sheet the case has, keeping its edits and version.
    if (plan.runSheet.length > 0) await storePhases(orderSpeakers(plan.runSheet, order));
    else report(true);
  };

  const isWithdrawn = (id: string) => planPerson(plan, id)?.withdrawn ?? false;
  const expected = plan.invited.length > 0 ? plan.invited : participants.map((p) => p.id);
  // Someone who has withdrawn speaks in no part; they come back if they give consent again.
  const order = fullSpeakingOrder(plan.speakingOrder, expected).filter((id) => !isWithdrawn(id));
  const withdrawnSpeakers = expected.filter(isWithdrawn);
  const nameOf = (id: string) => participants.find((p) => p.id === id)?.person.preferredName ?? 'Someone';

  const downloadSheet = async () => {
    setDownload('Preparing the run sheet…');
    const result = await exportDocs.mutate({ caseId, which: 'run-sheet' });
    if (!result.ok) return setDownload(result.error.message);
    if (result.value.cancelled) return setDownload('');
    setDownload(`Saved the run sheet to ${result.value.folder ?? 'the folder you chose'}.`);
  };

  return (
    <section className="conference-section" aria-labelledby="run-sheet-heading">
      <h2 id="run-sheet-heading">Run sheet</h2>
      <div className="script-choice">
        <SelectField
          label="Choose a script"
          value={chosen}
          onChange={(e) => setChoice(e.target.value)}
          options={(templates.data ?? []).map((t) => ({
            value: t.id,
            label: `${t.name} (version ${t.version})`,
          }))}
        />
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void applyScript()}
          disabled={!chosen}
        >
          {plan.runSheet.length > 0 ? 'Use this script again' : 'Use this script'}
        </button>
      </div>
      {plan.templateId ? (
        <p className="muted">
          Planned with {current?.name ?? plan.templateId}, version {plan.templateVersion}.
          {current && plan.templateVersion !== null && current.version > plan.templateVersion
            ? ` A newer version (${current.version}) exists in Settings; this case keeps the version it was planned with unless you use the script again.`
            : ''}
        </p>
      ) : (
        <p className="muted">No script chosen yet.</p>
      )}
      <SaveNote state={state} />

      <h3>Speaking order</h3>
      {order.length === 0 ? (
        <p className="muted">Invite people first.</p>
      ) : (
        <ReorderList
          label="Speaking order"
          items={order}
          keyOf={(id) => id}
          nameOf={nameOf}
          render={(id) => nameOf(id)}
          onReorder={(next) => void storeOrder(next)}
        />
      )}
      {withdrawnSpeakers.length > 0 ? (
        <p className="muted">
          Not in the speaking order (withdrawn): {withdrawnSpeakers.map(nameOf).join(', ')}.
        </p>
      ) : null}

      <h3>Phases</h3>
      {plan.runSheet.length === 0 ? (
        <p className="muted">Choose a script to make the run sheet.</p>
      ) : (
        <ReorderList
          label="Phases"
          items={plan.runSheet}
          keyOf={(p) => p.id}
          nameOf={(p) => p.title}
          onReorder={(next) => void storePhases(next)}
          render={(phase) =>
            editing === phase.id ? (
              <PhaseEditor
                caseId={plan.caseId}
                phase={phase}
                onCancel={() => setEditing(null)}
                onSave={(next) => {
                  setEditing(null);
                  void storePhases(plan.runSheet.map((p) => (p.id === phase.id ? next : p)));
                }}
              />
            ) : (
              <PhaseView
                phase={phase}
                isWithdrawn={isWithdrawn}
                onEdit={() => setEditing(phase.id)}
                onRemove={
                  plan.runSheet.length > 1
                    ? () => void storePhases(plan.runSheet.filter((p) => p.id !== phase.id))
                    : undefined
                }
              />
            )
          }
        />
      )}
      <div className="button-row">
        {plan.runSheet.length > 0 ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              const id = newPhaseId(plan.runSheet);
              void storePhases([
                ...plan.runSheet,
                { id, title: 'New phase', guidance: '', questions: [], speakers: [] },
              ]);
              setEditing(id);
            }}
          >
            Add a phase
          </button>
        ) : null}
        <button
          type="button"
          className="button button-secondary"
          disabled={plan.runSheet.length === 0}
          onClick={() => void downloadSheet()}
        >
          Download run sheet
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={plan.runSheet.length === 0}
          onClick={() => go({ area: 'run', caseId })}
        >
          Run the conference
        </button>
      </div>
      <p className="muted" role="status" aria-live="polite">
        {download}
      </p>
    </section>
  );
}

function PhaseView({
  phase,
  isWithdrawn,
  onEdit,
  onRemove,
}: {
  phase: RunPhase;
  isWithdrawn(participantId: string): boolean;
  onEdit(): void;
  onRemove: (() => void) | undefined;
}) {
  const questions = phaseQuestions(phase);
  return (
    <div className="phase-view">
      <div className="phase-title-row">
        <strong>{phase.title}</strong>
        {phase.timerMinutes ? <span className="muted"> · {phase.timerMinutes} minutes</span> : null}
        <button type="button" className="button-link" onClick={onEdit} aria-label={`Edit ${phase.title}`}>
          Edit
        </button>
        {onRemove ? (
          <button
            type="button"
            className="button-link"
            onClick={onRemove}
            aria-label={`Remove ${phase.title}`}
          >
            Remove
          </button>
        ) : null}
      </div>
      {phase.speakers.length > 0 ? (
        <p className="phase-speakers">
          Who speaks:{' '}
          {phase.speakers
            .map((s) => (isWithdrawn(s.participantId) ? `${s.name} (withdrawn: skip)` : s.name))
            .join(', ')}
        </p>
      ) : (
        <p className="phase-speakers muted">The facilitator leads this phase.</p>
      )}
      {phase.guidance ? <p className="muted">{phase.guidance}</p> : null}
      {questions.length > 0 ? (
        <ul className="phase-questions">
          {questions.map((q, i) => (
            <li key={i}>{q}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
