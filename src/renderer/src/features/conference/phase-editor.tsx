/**
 * Editing one phase of the run sheet: title, guidance and questions (one per line). For a
 * phase where each person answers, the questions are the ones every speaker is asked.
 */
import { useState } from 'react';
import { runPhaseSchema, type RunPhase } from '../../../../shared/schemas/conference';
import { TextField } from '../../components/text-field';
import { TextAreaField } from '../../components/form-fields';
import { questionsFromText } from './run-sheet-model';

export function phaseQuestions(phase: RunPhase): string[] {
  return phase.speakers.length > 0 && phase.questions.length === 0
    ? (phase.speakers[0]?.questions ?? [])
    : phase.questions;
}

export function PhaseEditor({
  phase,
  onSave,
  onCancel,
}: {
  phase: RunPhase;
  onSave(next: RunPhase): void;
  onCancel(): void;
}) {
  const [title, setTitle] = useState(phase.title);
  const [guidance, setGuidance] = useState(phase.guidance);
  const [questions, setQuestions] = useState(phaseQuestions(phase).join('\n'));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const perPerson = phase.speakers.some((s) => s.questions.length > 0);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
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
    onSave(parsed.data);
  };

  return (
    <form className="phase-editor" onSubmit={submit} aria-label={`Edit ${phase.title}`}>
      <TextField
        label="Phase title"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors['title']}
      />
      <TextAreaField
        label="Guidance for the facilitator"
        rows={3}
        value={guidance}
        onChange={(e) => setGuidance(e.target.value)}
        error={errors['guidance']}
      />
      <TextAreaField
        label="Questions (one per line)"
        hint={perPerson ? 'Each person who speaks in this phase is asked these.' : undefined}
        rows={4}
        value={questions}
        onChange={(e) => setQuestions(e.target.value)}
        error={errors['questions'] ?? errors['speakers']}
      />
      <div className="button-row">
        <button type="submit" className="button button-primary">
          Save phase
        </button>
        <button type="button" className="button-link" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
