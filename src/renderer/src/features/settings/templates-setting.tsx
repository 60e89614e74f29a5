/**
 * Settings → Script templates: the organisation's own wording of each script. Saving raises
 * the version; a case keeps the run sheet (and version) it was planned with.
 */
import { useId, useState } from 'react';
import { SectionHead } from '../../components/section-head';
import { builtInTemplates } from '../../../../shared/domain/script-templates';
import { setQueryData, useMutation, useQuery } from '../../lib/query';
import { SelectField } from '../../components/form-fields';
import { TemplateForm } from '../conference/template-form';
import { SaveStatus, type SaveState } from './save-status';
import '../../styles/conference.css';

/** Main marks a template edited once saved at all, even after a reset: compare the wording. */
function differsFromBuiltIn(template: { id: string; edited: boolean; phases: unknown[] }): boolean {
  const builtIn = builtInTemplates.find((t) => t.id === template.id);
  return template.edited && (!builtIn || JSON.stringify(builtIn.phases) !== JSON.stringify(template.phases));
}

export function TemplatesSetting() {
  const id = useId();
  const templates = useQuery('template:list', {});
  const [chosen, setChosen] = useState('');
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [generation, setGeneration] = useState(0);
  const replace = (value: NonNullable<typeof templates.data>[number]) => {
    setQueryData(
      'template:list',
      {},
      (templates.data ?? []).map((t) => (t.id === value.id ? value : t)),
    );
    // A fresh form shows what was saved (or the built-in wording after a reset).
    setGeneration((g) => g + 1);
  };
  const save = useMutation('template:save', { onSuccess: replace });
  const reset = useMutation('template:reset', { onSuccess: replace });
  const list = templates.data ?? [];
  const template = list.find((t) => t.id === chosen);

  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <SectionHead id={`${id}-title`} title="Script templates">
        <SaveStatus state={state} />
      </SectionHead>
      <p className="field-hint">
        The scripts a run sheet is made from. You can change the wording to your service’s own. Each save
        makes a new version; cases already planned keep the version they were planned with until their
        facilitator chooses the script again.
      </p>
      <ul className="template-list">
        {list.map((t) => (
          <li key={t.id}>
            {t.name}: version {t.version}
            {differsFromBuiltIn(t) ? ' (edited)' : ''}
          </li>
        ))}
      </ul>
      <SelectField
        label="Template to edit"
        placeholder="Choose a template"
        value={chosen}
        onChange={(e) => {
          setChosen(e.target.value);
          setState({ kind: 'idle' });
        }}
        options={list.map((t) => ({ value: t.id, label: t.name }))}
      />
      {template ? (
        <>
          <TemplateForm
            key={`${template.id}-${generation}`}
            template={template}
            onSave={async (phases) => {
              setState({ kind: 'saving' });
              const result = await save.mutate({ id: template.id, phases });
              setState(result.ok ? { kind: 'saved' } : { kind: 'error', message: result.error.message });
              return result.ok ? null : result.error.message;
            }}
          />
          {differsFromBuiltIn(template) ? (
            <button
              type="button"
              className="button button-secondary template-reset"
              onClick={async () => {
                setState({ kind: 'saving' });
                const result = await reset.mutate({ id: template.id });
                setState(result.ok ? { kind: 'saved' } : { kind: 'error', message: result.error.message });
              }}
            >
              Reset to the built-in wording
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
