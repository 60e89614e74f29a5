/**
 * One case: its reference, title, status and process at the top, then Overview, People and
 * Notes as tabs. People and Notes are their own features; this page only places them.
 */
import { useId } from 'react';
import { caseSettings, processTypes } from '../../../../shared/domain/case-model';
import { PageHeading } from '../../components/page-heading';
import { useNavigation, type CaseTab } from '../../lib/navigation';
import { useQuery } from '../../lib/query';
import { ConferenceTab } from '../conference/conference-tab';
import { AgreementTab } from '../agreement/agreement-tab';
import { NotesTab } from '../notes/notes-tab';
import { PreparationTab } from '../preparation/preparation-tab';
import { PeopleTab } from '../people/people-tab';
import { StatusBadge } from './case-badges';
import { CaseOverview } from './case-overview';
import { CaseTabs, tabId } from './case-tabs';
import '../../styles/case-shared.css';
import '../../styles/case-page.css';

export function CasePage({
  caseId,
  tab,
  noteId,
  meetingId,
}: {
  caseId: string;
  tab: CaseTab;
  noteId?: string | undefined;
  meetingId?: string | undefined;
}) {
  const base = useId();
  const { go } = useNavigation();
  const record = useQuery('case:get', { id: caseId });
  const back = (
    <button type="button" className="button-link back-link" onClick={() => go({ area: 'cases' })}>
      All cases
    </button>
  );

  if (!record.data) {
    return (
      <div className="case-page">
        {back}
        {record.error ? (
          <>
            <PageHeading>Case not available</PageHeading>
            <p className="lead">{record.error.message}</p>
          </>
        ) : (
          <p className="muted">Opening the case…</p>
        )}
      </div>
    );
  }

  const c = record.data;
  return (
    <div className="case-page">
      {back}
      <header className="case-head">
        <p className="case-ref-line">
          <span className="case-reference">{c.reference}</span>
          <span aria-hidden="true"> · </span>
          <span>{processTypes[c.processType]}</span>
          <span aria-hidden="true"> · </span>
          <span>{caseSettings[c.setting]}</span>
        </p>
        <PageHeading>{c.title}</PageHeading>
        <p className="case-badges">
          <StatusBadge status={c.status} archived={c.archived} />
        </p>
      </header>
      <CaseTabs
        caseId={caseId}
        tab={tab}
        base={base}
        labels={c.processType === 'family_group_conference' ? { agreement: 'Family plan' } : undefined}
      />
      <div
        role="tabpanel"
        id={`${base}-panel`}
        aria-labelledby={tabId(base, tab)}
        className="case-panel"
        tabIndex={0}
      >
        {tab === 'overview' ? <CaseOverview record={c} /> : null}
        {tab === 'people' ? <PeopleTab caseId={caseId} /> : null}
        {tab === 'preparation' ? <PreparationTab caseId={caseId} /> : null}
        {tab === 'conference' ? <ConferenceTab caseId={caseId} processType={c.processType} /> : null}
        {tab === 'agreement' ? <AgreementTab caseId={caseId} processType={c.processType} /> : null}
        {tab === 'notes' ? <NotesTab caseId={caseId} noteId={noteId} meetingId={meetingId} /> : null}
      </div>
    </div>
  );
}
