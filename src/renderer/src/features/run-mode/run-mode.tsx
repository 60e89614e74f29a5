/**
 * Run mode: the conference, one phase at a time, full window and in large text. The position
 * lives in the vault (run:goTo), so a lock or a crash resumes at the same phase; the notes
 * beside it are an autosaved meeting-mode note. Space / arrows move, digits jump, Escape
 * leaves; none of them fire while the facilitator is typing.
 */
import { useCallback, useEffect, useId, useRef } from 'react';
import { lockShortcutLabel } from '../../lib/platform';
import { useNavigation } from '../../lib/navigation';
import { setQueryData, useMutation, useQuery } from '../../lib/query';
import { noteTime } from '../notes/note-dates';
import { useClock } from '../notes/use-clock';
import { DraftActions } from './draft-actions';
import { PhaseCountdown } from './phase-countdown';
import { formatElapsed, isTypingTarget, runKeyAction, since } from './run-keys';
import { RunNotes } from './run-notes';
import '../../styles/meeting-mode.css';
import '../../styles/notes.css';
import '../../styles/run-mode.css';

export function RunMode({ caseId }: { caseId: string }) {
  const ids = useId();
  const { go } = useNavigation();
  const plan = useQuery('conference:get', { caseId });
  const state = useQuery('run:state', { caseId });
  const now = useClock();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const agreementRef = useRef<HTMLInputElement>(null);
  const goTo = useMutation('run:goTo', {
    onSuccess: (next) => setQueryData('run:state', { caseId }, next),
  });
  const { mutate } = goTo;

  const phases = plan.data?.runSheet ?? [];
  const withdrawn = new Set((plan.data?.people ?? []).filter((p) => p.withdrawn).map((p) => p.participantId));
  const index = Math.min(state.data?.phaseIndex ?? 0, Math.max(phases.length - 1, 0));
  const phase = phases[index];
  const leave = useCallback(() => go({ area: 'case', caseId, tab: 'conference' }), [go, caseId]);
  const move = useCallback(
    (to: number) => {
      if (to < 0 || to >= phases.length) return;
      void mutate({ caseId, phaseIndex: to });
    },
    [mutate, caseId, phases.length],
  );

  // Opening run mode starts the clock (first time) at the stored phase.
  const started = state.data?.startedAt;
  const stateLoaded = state.data !== undefined;
  useEffect(() => {
    if (stateLoaded && !started && phases.length > 0) void mutate({ caseId, phaseIndex: index });
  }, [stateLoaded, started, phases.length, mutate, caseId, index]);

  useEffect(() => headingRef.current?.focus(), [index]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      // Alt+Enter: straight to "Add to agreement", even from the notes.
      if (event.key === 'Enter' && event.altKey && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        agreementRef.current?.focus();
        return;
      }
      const target = event.target as HTMLElement | null;
      // Space on a focused button presses the button; leave it to the browser.
      if (event.key === ' ' && target?.tagName === 'BUTTON') return;
      const action = runKeyAction(event, isTypingTarget(target), phases.length);
      if (!action) {
        if (event.key === 'Escape' && isTypingTarget(target)) target?.blur();
        return;
      }
      event.preventDefault();
      if (action.kind === 'next') move(index + 1);
      else if (action.kind === 'previous') move(index - 1);
      else if (action.kind === 'jump') move(action.index);
      else leave();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [move, leave, index, phases.length]);

  if (!plan.data || !state.data) {
    return (
      <div className="run-mode">
        {plan.error || state.error ? (
          <p className="form-error" role="alert">
            {(plan.error ?? state.error)?.message}
          </p>
        ) : (
          <p className="muted">Opening the run sheet…</p>
        )}
      </div>
    );
  }

  const total = since(state.data.startedAt, now.getTime());
  const inPhase = since(state.data.phaseStartedAt, now.getTime());
  const timed = phase?.timerMinutes ? { ...phase, timerMinutes: phase.timerMinutes } : null;

  return (
    <div className="run-mode" aria-labelledby={`${ids}-phase`}>
      <header className="run-bar">
        <p className="run-kicker">Run mode</p>
        <dl className="run-times">
          <div>
            <dt>Since start</dt>
            <dd>{total === null ? '—' : formatElapsed(total)}</dd>
          </div>
          <div>
            <dt>This part</dt>
            <dd>{inPhase === null ? '—' : formatElapsed(inPhase)}</dd>
          </div>
          <div>
            <dt>Time now</dt>
            <dd>
              <time dateTime={now.toISOString()}>{noteTime(now)}</time>
            </dd>
          </div>
        </dl>
        <button type="button" className="button button-secondary" onClick={leave}>
          Leave run mode <kbd className="run-kbd">Esc</kbd>
        </button>
      </header>

      {phases.length === 0 || !phase ? (
        <div className="run-empty">
          <p>This case has no run sheet yet. Choose a script in the Conference tab first.</p>
        </div>
      ) : (
        <div className="run-body">
          <nav className="run-phases" aria-label="Phases">
            <ol>
              {phases.map((p, i) => (
                <li key={p.id}>
                  <button
                    type="button"
                    className="run-phase-link"
                    aria-current={i === index ? 'step' : undefined}
                    onClick={() => move(i)}
                  >
                    <span className="run-phase-number">{i + 1}</span> {p.title}
                  </button>
                </li>
              ))}
            </ol>
          </nav>

          <main className="run-stage">
            <p className="run-step">
              Phase {index + 1} of {phases.length}
            </p>
            <h1 id={`${ids}-phase`} ref={headingRef} tabIndex={-1} className="run-phase-title">
              {phase.title}
            </h1>
            {timed ? (
              <PhaseCountdown caseId={caseId} phase={timed} state={state.data} now={now.getTime()} />
            ) : null}
            {phase.speakers.length > 0 ? (
              <ul className="run-speaking" aria-label="Who speaks">
                {phase.speakers.map((s) => (
                  <li
                    key={s.participantId}
                    className={`run-speaker${withdrawn.has(s.participantId) ? ' run-speaker-withdrawn' : ''}`}
                  >
                    <p className="run-speaker-who">
                      {s.name}
                      {withdrawn.has(s.participantId) ? ' (withdrawn: skip)' : ''}
                    </p>
                    {s.questions.length > 0 ? (
                      <ul className="run-questions">
                        {s.questions.map((q) => (
                          <li key={q}>{q}</li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
            {phase.questions.length > 0 ? (
              <ul className="run-questions" aria-label="Questions">
                {phase.questions.map((q) => (
                  <li key={q}>{q}</li>
                ))}
              </ul>
            ) : null}
            {phase.guidance ? <p className="run-guidance">{phase.guidance}</p> : null}
            {goTo.error ? (
              <p className="form-error" role="alert">
                {goTo.error.message}
              </p>
            ) : null}
            <div className="run-nav">
              <button
                type="button"
                className="button button-secondary"
                disabled={index === 0}
                onClick={() => move(index - 1)}
              >
                Previous <kbd className="run-kbd">←</kbd>
              </button>
              <button
                type="button"
                className="button button-primary"
                disabled={index >= phases.length - 1}
                onClick={() => move(index + 1)}
              >
                Next phase <kbd className="run-kbd">Space</kbd> <kbd className="run-kbd">→</kbd>
              </button>
            </div>
            <p className="run-help">
              Space or → next · ← previous · 1–9 jump to a phase · Alt+Enter adds to the agreement · Esc
              leaves · {lockShortcutLabel()} locks, after saving every word. Keys do nothing while you type.
            </p>
          </main>

          <aside className="run-side" aria-label="Notes and agreement">
            <RunNotes caseId={caseId} />
            <DraftActions caseId={caseId} phaseId={phase.id} inputRef={agreementRef} />
          </aside>
        </div>
      )}
    </div>
  );
}
