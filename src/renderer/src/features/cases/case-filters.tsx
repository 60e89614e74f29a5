/**
 * Search as you type plus the filters: status, process, setting, "needs attention", which
 * cases (active, archived, all) and the order. Every control is labelled and reachable by Tab.
 */
import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import { caseSettings, caseStatuses, processTypes } from '../../../../shared/domain/case-model';
import { TextField } from '../../components/text-field';
import {
  activeFilterCount,
  archiveLabels,
  attentionHint,
  sortLabels,
  type ArchiveView,
  type ListFilters,
} from './case-list-model';
import { optionsOf, SelectField } from '../../components/form-fields';

/** The select filters, in the order they sit in the row; each sets the filter of its key. */
const selectFilters: {
  key: 'status' | 'processType' | 'setting' | 'sort';
  label: string;
  placeholder?: string;
  options: { value: string; label: string }[];
}[] = [
  { key: 'status', label: 'Status', placeholder: 'Any status', options: optionsOf(caseStatuses) },
  { key: 'processType', label: 'Process', placeholder: 'Any process', options: optionsOf(processTypes) },
  { key: 'setting', label: 'Setting', placeholder: 'Any setting', options: optionsOf(caseSettings) },
  { key: 'sort', label: 'Sort by', options: optionsOf(sortLabels) },
];

function FilterToggle({
  label,
  checked,
  onChange,
  describedBy,
}: {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  describedBy?: string;
}) {
  return (
    <label className="checkbox attention-toggle">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={describedBy}
      />
      <span>{label}</span>
    </label>
  );
}

export function CaseFilters({
  filters,
  onChange,
  attentionDays,
  searchRef,
  onSearchDown,
}: {
  filters: ListFilters;
  onChange(patch: Partial<ListFilters>): void;
  attentionDays: number;
  searchRef?: Ref<HTMLInputElement>;
  /** Down arrow in the search box: go to the first case. */
  onSearchDown(): void;
}) {
  const id = useId();
  // Folded away by default, so the list starts on the first screen; the button says how many
  // filters are on, so a narrowed list is never a surprise.
  const [open, setOpen] = useState(false);
  const active = activeFilterCount(filters);
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      onSearchDown();
    } else if (event.key === 'Escape' && filters.query) {
      event.preventDefault();
      onChange({ query: '' });
    }
  };
  return (
    <div className="case-filters" role="search" aria-label="Find cases">
      <TextField
        label="Search cases"
        type="search"
        hint="Reference, title, summary or a person’s name. Press Down to go to the results."
        value={filters.query}
        onChange={(e) => onChange({ query: e.target.value })}
        onKeyDown={onSearchKey}
        inputRef={searchRef}
        autoComplete="off"
        spellCheck={false}
      />
      <button
        type="button"
        className="button button-secondary button-small filters-toggle"
        aria-expanded={open}
        aria-controls={`${id}-filters`}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? 'Hide filters' : 'Filters'}
        {active > 0 ? ` (${active} on)` : ''}
      </button>
      <div id={`${id}-filters`} hidden={!open}>
        <div className="filter-row">
          {selectFilters.map((filter) => (
            <SelectField
              key={filter.key}
              compact
              label={filter.label}
              placeholder={filter.placeholder}
              options={filter.options}
              value={filters[filter.key]}
              onChange={(e) => onChange({ [filter.key]: e.target.value } as Partial<ListFilters>)}
            />
          ))}
        </div>
        <div className="filter-row filter-row-end">
          <fieldset className="view-switch">
            <legend className="visually-hidden">Which cases</legend>
            {(Object.keys(archiveLabels) as ArchiveView[]).map((view) => (
              <label key={view} className="view-option">
                <input
                  type="radio"
                  name={`${id}-archived`}
                  value={view}
                  checked={filters.archived === view}
                  onChange={() => onChange({ archived: view })}
                />
                <span>{archiveLabels[view]}</span>
              </label>
            ))}
          </fieldset>
          <FilterToggle
            label="Needs attention"
            checked={filters.needsAttention}
            onChange={(needsAttention) => onChange({ needsAttention })}
            describedBy={`${id}-attention`}
          />
          <span className="field-hint attention-hint" id={`${id}-attention`}>
            {attentionHint(attentionDays)}
          </span>
          <FilterToggle
            label="Overdue actions"
            checked={filters.overdueActions}
            onChange={(overdueActions) => onChange({ overdueActions })}
          />
        </div>
      </div>
    </div>
  );
}
