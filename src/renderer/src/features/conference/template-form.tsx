/**
 * Editing one script template's phases in Settings: title, who speaks, questions (one per
 * line), guidance and an optional timer. Saving makes a new version; cases planned before keep
 * their own run sheet.
 */
import { useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract';
import { conferenceChannels } from '../../../../shared/schemas/conference';
import { TextField } from '../../components/text-field';
import { SelectField, TextAreaField } from '../../components/form-fields';
import { questionsFromText } from './run-sheet-model';

type Template = ChannelOutput<'template:list'>[number];
type TemplatePhase = Template['phases'][number];

const speakerGroups: Record<TemplatePhase['speakers'], string> = {
  harmed: 'People harmed',
  responsible: 'Person responsible',
  supporter: 'Supporters',
  family_member: 'Family members',
  professional: 'Professionals',
  community_member: 'Community members',
  referrer: 'Referrer',
  co_facilitator: 'Co-facilitator',
  supporters_of_responsible: 'Supporters of the person responsible',
  supporters_of_harmed: 'Supporters of the people harmed',
  everyone: 'Everyone',
  facilitator: 'The facilitator only',
};

interface Draft {
  id: string;
  title: string;
  speakers: TemplatePhase['speakers'];
  questions: string;
  guidance: string;
  timer: string;
}

const toDraft = (p: TemplatePhase): Draft => ({
  id: p.id,
  title: p.title,
  speakers: p.speakers,
  questions: p.questions.join('\n'),
  guidance: p.guidance,
  timer: p.timerMinutes === undefined ? '' : String(p.timerMinutes),
});

export function TemplateForm({
  template,
  onSave,
}: {
  template: Template;
  onSave(phases: TemplatePhase[]): Promise<string | null>;
}) {
  const [drafts, setDrafts] = useState(() => template.phases.map(toDraft));
  const [error, setError] = useState<string | null>(null);
  const set = (i: number, change: Partial<Draft>) =>
    setDrafts((d) => d.map((x, j) => (j === i ? { ...x, ...change } : x)));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const phases = drafts.map((d) => {
      const phase: TemplatePhase = {
        id: d.id,
        title: d.title,
        speakers: d.speakers,
        questions: questionsFromText(d.questions),
        guidance: d.guidance,
      };
      if (d.timer.trim() !== '') phase.timerMinutes = Number(d.timer);
      return phase;
    });
    const parsed = conferenceChannels['template:save'].input.safeParse({ id: template.id, phases });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const index = typeof issue?.path[1] === 'number' ? issue.path[1] : null;
      setError(
        `${index === null ? '' : `Phase ${index + 1}: `}${issue?.message ?? 'Please check the phases.'}`,
      );
      return;
    }
    setError(await onSave(parsed.data.phases));
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={`Edit ${template.name}`}>
      {drafts.map((d, i) => (
        <fieldset key={d.id} className="template-phase">
          <legend>
            Phase {i + 1}: {d.title || 'untitled'}
          </legend>
          <TextField
            label={`Phase ${i + 1} title`}
            value={d.title}
            onChange={(e) => set(i, { title: e.target.value })}
          />
          <SelectField
            label={`Phase ${i + 1} who speaks`}
            value={d.speakers}
            onChange={(e) => set(i, { speakers: e.target.value as TemplatePhase['speakers'] })}
            options={Object.entries(speakerGroups).map(([value, label]) => ({ value, label }))}
          />
          <TextAreaField
            label={`Phase ${i + 1} questions (one per line)`}
            rows={3}
            value={d.questions}
            onChange={(e) => set(i, { questions: e.target.value })}
          />
          <TextAreaField
            label={`Phase ${i + 1} guidance`}
            rows={2}
            value={d.guidance}
            onChange={(e) => set(i, { guidance: e.target.value })}
          />
          <TextField
            label={`Phase ${i + 1} timer (minutes, optional)`}
            type="number"
            min={1}
            max={600}
            value={d.timer}
            onChange={(e) => set(i, { timer: e.target.value })}
          />
        </fieldset>
      ))}
      <p className="form-error" role="alert">
        {error ?? ''}
      </p>
      <button type="submit" className="button button-primary">
        Save template
      </button>
    </form>
  );
}
