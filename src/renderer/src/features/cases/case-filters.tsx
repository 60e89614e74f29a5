/**
 * Search as you type plus the filters: status, process, setting, "needs attention", which
 * cases (active, archived, all) and the order. Every control is labelled and reachable by Tab.
 */
import { useId, type KeyboardEvent, type Ref } from 'react';
import { caseSettings, caseStatuses, processTypes } from '../../../../shared/domain/case-model';
import { TextField } from '../../components/text-field';
import {
  archiveLabels,
  attentionHint,
  sortLabels,
  type ArchiveView,
  type ListFilters,
} from './case-list-model';
import { optionsOf, SelectField } from '../../components/form-fields';

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
      <div className="filter-row">
        <SelectField
          compact
          label="Status"
          placeholder="Any status"
          options={optionsOf(caseStatuses)}
          value={filters.status}
          onChange={(e) => onChange({ status: e.target.value as ListFilters['status'] })}
        />
        <SelectField
          compact
          label="Process"
          placeholder="Any process"
          options={optionsOf(processTypes)}
          value={filters.processType}
          onChange={(e) => onChange({ processType: e.target.value as ListFilters['processType'] })}
        />
        <SelectField
          compact
          label="Setting"
          placeholder="Any setting"
          options={optionsOf(caseSettings)}
          value={filters.setting}
          onChange={(e) => onChange({ setting: e.target.value as ListFilters['setting'] })}
        />
        <SelectField
          compact
          label="Sort by"
          options={optionsOf(sortLabels)}
          value={filters.sort}
          onChange={(e) => onChange({ sort: e.target.value as ListFilters['sort'] })}
        />
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
        <label className="checkbox attention-toggle">
          <input
            type="checkbox"
            checked={filters.needsAttention}
            onChange={(e) => onChange({ needsAttention: e.target.checked })}
            aria-describedby={`${id}-attention`}
          />
          <span>Needs attention</span>
        </label>
        <span className="field-hint attention-hint" id={`${id}-attention`}>
          {attentionHint(attentionDays)}
        </span>
        <label className="checkbox attention-toggle">
          <input
            type="checkbox"
            checked={filters.overdueActions}
            onChange={(e) => onChange({ overdueActions: e.target.checked })}
          />
          <span>Overdue actions</span>
        </label>
      </div>
    </div>
  );
}
