/** Cases: honest about what this release can do. No buttons that lead nowhere. */
import { PageHeading } from '../../components/page-heading';

export function CasesPage() {
  return (
    <>
      <PageHeading>Cases</PageHeading>
      <section className="empty-state" aria-labelledby="cases-empty">
        <h2 id="cases-empty" className="empty-title">
          No cases yet.
        </h2>
        <p>
          Adding cases comes in the next version of the workbench. Each case will then keep its people,
          preparation meetings, notes and agreement together here.
        </p>
      </section>
    </>
  );
}
