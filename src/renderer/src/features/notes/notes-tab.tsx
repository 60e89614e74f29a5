/**
 * A case's notes: the list (newest first), or one note open in its workspace when the route
 * names it. "New note" and "Start meeting notes" create the note at once, so autosave always
 * has an id to write to and a lock a second later cannot lose the first words.
 */
import { useState } from 'react';
import { meetingKinds } from '../../../../shared/domain/case-model';
import { typeAhead } from './type-ahead';
import { useNavigation } from '../../lib/navigation';
import { queryCache, useMutation, useQuery } from '../../lib/query';
import { assignSpeakers } from './meeting-lines';
import { noteDate } from './note-dates';
import { NoteWorkspace, openInMeetingMode } from './note-workspace';
import { NotesList } from './notes-list';
import { useCaseContext } from './use-case-context';
import '../../styles/notes.css';

export function NotesTab({
  caseId,
  noteId,
  meetingId,
}: {
  caseId: string;
  noteId?: string | undefined;
  /** Show only this meeting's notes, and link new notes to it ("Notes from this meeting"). */
  meetingId?: string | undefined;
}) {
  const { go } = useNavigation();
  const notes = useQuery('note:list', { caseId });
  const context = useCaseContext(caseId);
  const [problem, setProblem] = useState<string | null>(null);
  const create = useMutation('note:save', { invalidates: ['note:list', 'case:timeline'] });

  const open = (id: string) => go({ area: 'case', caseId, tab: 'notes', noteId: id, meetingId });
  const meeting = meetingId ? context.meetings.find((m) => m.id === meetingId) : undefined;
  const describeMeeting = (m: (typeof context.meetings)[number]) =>
    `${m.title || meetingKinds[m.kind]}, ${noteDate(m.startsAt)}`;

  const createNote = async (meeting: boolean) => {
    setProblem(null);
    // A new note's title takes the keys typed while it is being created.
    if (!meeting) typeAhead.start();
    const today = noteDate(new Date());
    const result = await create.mutate(
      meeting
        ? {
            caseId,
            kind: 'meeting',
            title: `Meeting notes, ${today}`,
            body: '',
            speakers: assignSpeakers(context.speakerCandidates, []),
            meetingId: meetingId ?? null,
          }
        : { caseId, body: '', meetingId: meetingId ?? null },
    );
    if (!result.ok) {
      typeAhead.take();
      setProblem(result.error.message);
      return;
    }
    queryCache.setData(`note:get ${JSON.stringify({ id: result.value.id })}`, result.value);
    if (meeting) openInMeetingMode.add(result.value.id);
    open(result.value.id);
  };

  if (noteId) {
    return (
      <NoteWorkspace
        key={noteId}
        caseId={caseId}
        noteId={noteId}
        context={context}
        onBack={() => go({ area: 'case', caseId, tab: 'notes', meetingId })}
      />
    );
  }

  return (
    <NotesList
      notes={meetingId ? notes.data?.filter((n) => n.meetingId === meetingId) : notes.data}
      scope={
        meetingId
          ? {
              label: meeting ? describeMeeting(meeting) : 'a meeting no longer listed',
              onClear: () => go({ area: 'case', caseId, tab: 'notes' }),
            }
          : undefined
      }
      error={notes.error?.message ?? null}
      describeLink={(note) => {
        if (note.personId) {
          const who = context.participants.find((p) => p.person.id === note.personId);
          return who ? `About ${who.person.preferredName}` : 'About someone no longer in this case';
        }
        if (note.meetingId) {
          const linked = context.meetings.find((m) => m.id === note.meetingId);
          return linked ? describeMeeting(linked) : null;
        }
        return null;
      }}
      onOpen={open}
      onNew={() => void createNote(false)}
      onStartMeeting={() => void createNote(true)}
      creating={create.isPending}
      problem={problem}
    />
  );
}
