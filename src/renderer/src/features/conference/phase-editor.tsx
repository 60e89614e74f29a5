/**
 * Editing one phase of the run sheet: title, guidance and questions (one per line). For a
 * phase where each person answers, the questions are the ones every speaker is asked.
 */
import { useState } from 'react';
import { runPhaseSchema, type RunPhase } from '../../../../shared/schemas/conference';
import { TextField } from '../../components/text-field';
import { TextAreaField } from '../../components/form-fields';
import { questionsFromText } from './run-sheet-model';
import { useFormValues } from '../../lib/form-values';

export function phaseQuestions(phase: RunPhase): string[] {
  return phase.speakers.length > 0 && phase.questions.length === 0
    ? (phase.speakers[0]?.questions ?? [])
    : phase.questions;
}

export function PhaseEditor({
  caseId,
  phase,
  onSave,
  onCancel,
}: {
  /** Phase ids come from the script template, so the same id stands in many cases. */
  caseId: string;
  phase: RunPhase;
  onSave(next: RunPhase): void;
  onCancel(): void;
}) {
  const form = useFormValues(`run-phase:${caseId}:${phase.id}`, () => ({
    title: phase.title,
    guidance: phase.guidance,
    questions: phaseQuestions(phase).join('\n'),
  }));
  const { title, guidance, questions } = form.values;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const perPerson = phase.speakers.some((s) => s.questions.length > 0);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const { title, guidance, questions } = form.latest();
    const list = questionsFromText(questions);
    const next: RunPhase = {
      ...phase,
      title,
      guidance,
      questions: perPerson ? [] : list,
      speakers: phase.speakers.map((s) => ({ ...s, questions: perPerson ? list : [] })),
    };
    const parsed = runPhaseSchema.safeParse(next);
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) found[String(issue.path[0])] ??= issue.message;
      setErrors(found);
      return;
    }
    form.discard();
    onSave(parsed.data);
  };

  return (
    <form className="phase-editor" onSubmit={submit} aria-label={`Edit ${phase.title}`}>
      <TextField
        label="Phase title"
        value={title}
        onChange={(e) => form.set({ title: e.target.value })}
        error={errors['title']}
      />
      <TextAreaField
        label="Guidance for the facilitator"
        rows={3}
        value={guidance}
        onChange={(e) => form.set({ guidance: e.target.value })}
        error={errors['guidance']}
      />
      <TextAreaField
        label="Questions (one per line)"
        hint={perPerson ? 'Each person who speaks in this phase is asked these.' : undefined}
        rows={4}
        value={questions}
        onChange={(e) => form.set({ questions: e.target.value })}
        error={errors['questions'] ?? errors['speakers']}
      />
      <div className="button-row">
        <button type="submit" className="button button-primary">
          Save phase
        </button>
        <button type="button" className="button-link" onClick={() => (form.discard(), onCancel())}>
          Cancel
        </button>
      </div>
    </form>
  );
}
