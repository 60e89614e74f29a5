/**
 * Subject access, the parts of a case added by conference planning, agreements and maps: the
 * person's preparation meetings and readiness, the agreement's actions they do or that are
 * for them and whether they sign, and where they are on the case's relationship maps. The
 * record holds words, not codes, so the JSON half of the export reads like the document.
 */
import { actionStatuses } from '../../../shared/domain/agreement';
import { checklistItems, readinessLabels, type ChecklistItem } from '../../../shared/domain/readiness';
import { tieDescription } from '../../../shared/domain/relationship-map';
import type { PersonInCase } from '../../../shared/domain/subject-access-record';
import { agreementState } from '../agreements';
import { readinessRows } from '../conference';
import { caseRoster, type ServiceContext } from '../core';
import { getMap, listMaps } from '../maps';

export function personInCase(ctx: ServiceContext, caseId: string, personId: string): PersonInCase {
  const roster = caseRoster(ctx, caseId);
  const participantIds = new Set(
    roster.entries.filter((e) => e.participant.person.id === personId).map((e) => e.participant.id),
  );

  const preparation = readinessRows(roster)
    .filter((row) => participantIds.has(row.participantId))
    .map((row) => ({
      readiness: readinessLabels[row.readiness],
      reason: row.reason,
      meetings: row.records.map((r) => ({
        startsAt: r.startsAt,
        place: r.place,
        present: r.present,
        covered: Object.entries(r.checklist)
          .filter(([, ticked]) => ticked)
          .map(([item]) => checklistItems[item as ChecklistItem] ?? item),
        saidNotWilling: r.saidNotWilling,
      })),
    }));

  const current = agreementState(ctx, caseId).agreement;
  const agreement = current && {
    title: current.title,
    version: current.version,
    choice: current.signers.find((s) => participantIds.has(s.participantId))?.choice ?? null,
    actions: current.actions.flatMap((a) => {
      const does = a.whoParticipantId !== null && participantIds.has(a.whoParticipantId);
      const forThem = a.forParticipantId !== null && participantIds.has(a.forParticipantId);
      if (!does && !forThem) return [];
      return [
        {
          what: a.what,
          theirPart: does ? ('does it' as const) : ('for them' as const),
          byWhen: a.byWhen,
          status: actionStatuses[a.status],
        },
      ];
    }),
  };

  const maps = listMaps(ctx, caseId).flatMap((summary) => {
    const { document } = getMap(ctx, summary.id);
    const mine = document.nodes.filter((n) => n.personId === personId);
    if (mine.length === 0) return [];
    const ids = new Set(mine.map((n) => n.id));
    const names = new Map(document.nodes.map((n) => [n.id, n.name]));
    return [
      {
        title: summary.title,
        note: mine
          .map((n) => n.note)
          .filter(Boolean)
          .join('\n'),
        ties: document.ties
          .filter((t) => ids.has(t.from) || ids.has(t.to))
          .map((t) => ({
            with: names.get(ids.has(t.from) ? t.to : t.from) ?? '',
            // A parent line has a direction the plain description does not say.
            description:
              t.kind === 'parent' ? (ids.has(t.to) ? 'Their parent' : 'Their child') : tieDescription(t),
            label: t.label,
            note: t.note,
          })),
      },
    ];
  });

  return { preparation, agreement: agreement ?? null, maps };
}
