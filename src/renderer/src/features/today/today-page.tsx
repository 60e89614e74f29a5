/** Today: what is coming up and what is due. Empty until cases and meetings exist. */
import { useState } from 'react';
import { PageHeading } from '../../components/page-heading';

export function TodayPage() {
  const [date] = useState(() =>
    new Intl.DateTimeFormat('en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date()),
  );
  return (
    <>
      <PageHeading>Today</PageHeading>
      <p className="page-subtitle">{date}</p>
      <section className="empty-state" aria-labelledby="today-meetings">
        <h2 id="today-meetings" className="empty-title">
          Upcoming meetings
        </h2>
        <p>Nothing scheduled.</p>
        <p className="muted">
          Preparation meetings, conferences and reviews will be listed here once you have cases.
        </p>
      </section>
      <section className="empty-state" aria-labelledby="today-actions">
        <h2 id="today-actions" className="empty-title">
          Actions due
        </h2>
        <p>No actions due.</p>
        <p className="muted">Actions from agreements and plans will appear here when they are due.</p>
      </section>
    </>
  );
}
