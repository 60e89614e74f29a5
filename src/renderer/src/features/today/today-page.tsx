/**
 * Today: the meetings coming up in the next two weeks, grouped by day, each opening its case;
 * and the actions due, grouped as overdue and due this week. A busy service has hundreds of
 * each, so they arrive a page at a time: each day's heading says how many meetings it holds,
 * and "Show more" fetches the next page (what is shown stays while it comes).
 */
import { useState } from 'react';
import { meetingKinds } from '../../../../shared/domain/case-model';
import type { ChannelOutput } from '../../../../shared/contract';
import { PageHeading } from '../../components/page-heading';
import { useNavigation } from '../../lib/navigation';
import { useQuery } from '../../lib/query';
import { BackupNotice } from '../backups/backup-notice';
import { formatDate, formatLongDate, formatTime } from '../cases/dates';
import { actionGroups, dayCountLine, groupByDay, showMoreLabel, TODAY_PAGE } from './today-model';
import '../../styles/today.css';

type Today = ChannelOutput<'today:get'>;

export function TodayPage() {
  const [now] = useState(() => new Date());
  const [meetingsLimit, setMeetingsLimit] = useState(TODAY_PAGE);
  const [actionsLimit, setActionsLimit] = useState(TODAY_PAGE);
  const today = useQuery('today:get', { meetingsLimit, actionsLimit });
  // While the next page is on its way, the last answer stays on screen.
  const [shown, setShown] = useState(today.data);
  if (today.data && today.data !== shown) setShown(today.data);
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
        ) : !shown ? (
          <p className="muted">Loading…</p>
        ) : shown.upcomingMeetings.length === 0 ? (
          <div className="empty-inline">
            <p>Nothing scheduled.</p>
            <p className="muted">
              Meetings in the next two weeks appear here. Add preparation meetings, conferences and reviews on
              a case’s Overview.
            </p>
          </div>
        ) : (
          <Meetings today={shown} now={now} onMore={() => setMeetingsLimit((l) => l + TODAY_PAGE)} />
        )}
      </section>

      <section className="today-section" aria-labelledby="today-actions">
        <h2 id="today-actions" className="section-title">
          Actions due
        </h2>
        {shown && shown.dueActions.length > 0 ? (
          <Actions today={shown} onMore={() => setActionsLimit((l) => l + TODAY_PAGE)} />
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

function Meetings({ today, now, onMore }: { today: Today; now: Date; onMore(): void }) {
  const { go } = useNavigation();
  const counts = new Map(today.meetingDays.map((d) => [d.day, d.count]));
  return (
    <>
      {groupByDay(today.upcomingMeetings, now).map((group) => {
        const line = dayCountLine(group.items.length, counts.get(group.day) ?? group.items.length);
        return (
          <div key={group.day} className="today-day">
            <h3 className="today-day-title">{group.heading}</h3>
            {line ? <p className="today-day-count muted">{line}</p> : null}
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
        );
      })}
      <ShowMore
        shown={today.upcomingMeetings.length}
        total={today.meetingsTotal}
        noun="meeting"
        onMore={onMore}
      />
    </>
  );
}

function Actions({ today, onMore }: { today: Today; onMore(): void }) {
  const { go } = useNavigation();
  return (
    <>
      {actionGroups(today).map((group) => (
        <div key={group.key} className="today-day">
          <h3 className="today-day-title">{group.heading}</h3>
          <ul className="today-list">
            {group.items.map((a) => (
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
        </div>
      ))}
      <ShowMore shown={today.dueActions.length} total={today.actionsTotal} noun="action" onMore={onMore} />
    </>
  );
}

/** "Showing 40 of 120 meetings" and the button for the next page, while there is one. */
function ShowMore(props: { shown: number; total: number; noun: 'meeting' | 'action'; onMore(): void }) {
  const remaining = props.total - props.shown;
  if (remaining <= 0) return null;
  return (
    <div className="actions actions-start today-more">
      <p className="muted" role="status">
        Showing {props.shown} of {props.total} {props.noun}s
      </p>
      <button type="button" className="button button-secondary" onClick={props.onMore}>
        {showMoreLabel(remaining, props.noun)}
      </button>
    </div>
  );
}
