/**
 * Today: the meetings coming up in the next two weeks, grouped by day, each opening its case;
 * and actions due, honestly empty until agreements are recorded.
 */
import { useState } from 'react';
import { meetingKinds } from '../../../../shared/domain/case-model';
import { PageHeading } from '../../components/page-heading';
import { useNavigation } from '../../lib/navigation';
import { useQuery } from '../../lib/query';
import { BackupNotice } from '../backups/backup-notice';
import { formatDate, formatLongDate, formatTime } from '../cases/dates';
import { groupByDay } from './today-model';
import '../../styles/today.css';

export function TodayPage() {
  const { go } = useNavigation();
  const [now] = useState(() => new Date());
  const today = useQuery('today:get', {});
  const groups = today.data ? groupByDay(today.data.upcomingMeetings, now) : [];
  return (
    <div className="today-page">
      <PageHeading>Today</PageHeading>
      <p className="page-subtitle">{formatLongDate(now)}</p>
      <BackupNotice />

      <section className="today-section" aria-labelledby="today-meetings">
        <h2 id="today-meetings" className="section-title">
          Upcoming meetings
        </h2>
        {today.error ? (
          <p className="form-error" role="alert">
            {today.error.message}
          </p>
        ) : !today.data ? (
          <p className="muted">Loading…</p>
        ) : groups.length === 0 ? (
          <div className="empty-inline">
            <p>Nothing scheduled.</p>
            <p className="muted">
              Meetings in the next two weeks appear here. Add preparation meetings, conferences and reviews on
              a case’s Overview.
            </p>
          </div>
        ) : (
          groups.map((group) => (
            <div key={group.day} className="today-day">
              <h3 className="today-day-title">{group.heading}</h3>
              <ul className="today-list">
                {group.items.map((m) => (
                  <li key={m.id}>
                    <button
                      type="button"
                      className="today-item"
                      onClick={() => go({ area: 'case', caseId: m.caseId, tab: 'overview' })}
                    >
                      <span className="today-time">{formatTime(m.startsAt)}</span>{' '}
                      <span className="today-what">
                        <span className="today-kind">{meetingKinds[m.kind]}</span>
                        {m.place ? <span className="today-place"> · {m.place}</span> : null}
                      </span>{' '}
                      <span className="today-case">
                        <span className="today-ref">{m.caseReference}</span> {m.caseTitle}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
      </section>

      <section className="today-section" aria-labelledby="today-actions">
        <h2 id="today-actions" className="section-title">
          Actions due
        </h2>
        {today.data && today.data.dueActions.length > 0 ? (
          <ul className="today-list">
            {today.data.dueActions.map((a) => (
              <li key={a.id}>
                <button
                  type="button"
                  className="today-item"
                  onClick={() => go({ area: 'case', caseId: a.caseId, tab: 'agreement' })}
                >
                  <span className="today-time">{formatDate(a.dueOn)}</span>{' '}
                  {a.overdue ? <span className="status-pill status-overdue">Overdue</span> : null}{' '}
                  <span className="today-what">{a.what}</span>{' '}
                  <span className="today-case">
                    <span className="today-ref">{a.caseReference}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <div className="empty-inline">
            <p>No actions due.</p>
            <p className="muted">Actions from agreed agreements appear here a week before they are due.</p>
          </div>
        )}
      </section>
    </div>
  );
}
