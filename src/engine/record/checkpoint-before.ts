/**
 * The debrief's "Rejouer ce moment": the state of a session just before one of its
 * decisions, as a save a live runner resumes from. Found by replaying the record's
 * seed and its first choices headlessly, and checked against the record on the way,
 * so that what the trainee plays again is what they lived.
 */
import type { Clock } from '../clock.ts';
import type { SessionEvent } from '../encounter/encounter-events.ts';
import { EncounterRunner } from '../encounter/encounter-runner.ts';
import { StopAtDecision } from '../encounter/stop-at-decision.ts';
import { initialLinkState } from '../link/link-model.ts';
import { hashText } from '../story/content-hash.ts';
import { type CompiledStory, InkStory } from '../story/ink-story.ts';
import { type EncounterSave, SAVE_SCHEMA_VERSION } from './encounter-save.ts';
import type { SessionRecord } from './session-record.ts';

export type CheckpointResult =
  | {
      readonly ok: true;
      /**
       * Pass it as `resumeFrom`: the runner shows the lines that led to the decision,
       * then offers it. Its record is the original's up to there (original times,
       * `seed` and `startedAt`), so what follows is another attempt of the same session.
       */
      readonly save: EncounterSave;
      /** The texts of the choices the original offered at that decision, in order. */
      readonly offered: readonly string[];
    }
  | {
      readonly ok: false;
      /** For the trainee or the facilitator: why this moment cannot be played again. */
      readonly reason: string;
    };

/**
 * The state just before decision `decision` (0-based, among `record.choices`) was
 * made, as a save a live runner can resume from (its record holds the events up to
 * that point).
 *
 * For a later decision the save is the one the runner took after the choice before
 * it, so resuming shows the lines between the two choices again. For the first
 * decision it is a save of the start, with nothing played: a runner resumed from it
 * plays the opening as a new encounter does, with the session's seed and start time.
 *
 * Refuses, with a reason, a record of another story or of another version of it, a
 * decision the session never reached, and a replay that departs from the record (the
 * link's rules changed since it was played). Events a resume or a full storage added
 * to the record (`encounterStarted` on resume, `storyWarning`, `saveFailed`) are left
 * out of that comparison, so a session that was itself resumed can be replayed.
 *
 * The debrief calls it when the trainee picks a moment to play again, and starts a
 * runner with `resumeFrom: save`; on a refusal it says why and can offer the whole
 * encounter again instead. Never rejects.
 */
export async function checkpointBefore(
  record: SessionRecord,
  story: CompiledStory,
  decision: number,
  clock: Clock,
): Promise<CheckpointResult> {
  if (record.story.id !== story.id) return refuse(`the record is of '${record.story.id}', not '${story.id}'`);
  if (hashText(story.json) !== record.story.contentHash) {
    return refuse(`the story '${story.id}' has changed since this session was played`);
  }
  if (!Number.isInteger(decision) || decision < 0 || decision >= record.choices.length) {
    const made = record.choices.length;
    return refuse(`there is no decision ${decision} in this session: it made ${made} choice${made === 1 ? '' : 's'}`);
  }

  const presenter = new StopAtDecision(record.choices.slice(0, decision));
  let runner: EncounterRunner;
  try {
    runner = new EncounterRunner({ story, presenters: [presenter], clock, seed: record.seed });
  } catch (error) {
    return refuse(error instanceof Error ? error.message : String(error));
  }
  presenter.runner = runner;
  const replayed = await runner.run();

  const pairs = alignEvents(record.events, replayed.events);
  if (!pairs.ok) return refuse(`the replay departs from the record at event ${pairs.index + 1}: ${pairs.what}`);
  if (presenter.offered === undefined) {
    return refuse(`the replay ended before decision ${decision}: ${replayed.failure ?? 'the story took another path'}`);
  }

  const checkpoint = runner.checkpoint;
  if (checkpoint === undefined) {
    return { ok: true, save: startSave(runner, replayed, record, story, clock), offered: presenter.offered };
  }
  // The original's own events up to the save, with their times, instead of the replay's.
  const saved = checkpoint.record.events.length;
  const lastPaired = pairs.pairs.filter(([replayIndex]) => replayIndex < saved).at(-1);
  const events = record.events.slice(0, (lastPaired?.[1] ?? -1) + 1);
  const save: EncounterSave = {
    ...checkpoint,
    record: { ...checkpoint.record, startedAt: record.startedAt, events },
  };
  return { ok: true, save, offered: presenter.offered };
}

/** A save of the very start: nothing played, the link as the header sets it. */
function startSave(
  runner: EncounterRunner,
  replayed: SessionRecord,
  record: SessionRecord,
  story: CompiledStory,
  clock: Clock,
): EncounterSave {
  return {
    schemaVersion: SAVE_SCHEMA_VERSION,
    storyId: story.id,
    contentHash: record.story.contentHash,
    inkState: new InkStory(story, { seed: record.seed }).saveState(),
    link: initialLinkState(runner.header.wariness),
    record: { ...replayed, startedAt: record.startedAt, events: [], choices: [], outcome: null, failure: null },
    declaredEnd: null,
    linesShown: 0,
    savedAt: clock.now(),
  };
}

type Alignment =
  | { readonly ok: true; readonly pairs: readonly (readonly [replayIndex: number, recordIndex: number])[] }
  | { readonly ok: false; readonly index: number; readonly what: string };

/**
 * Pairs every event of the replay with the record's, in order, times aside and
 * skipping what a resume or a failing storage adds. The replay stopped at the
 * decision, so the record must hold all of it.
 */
function alignEvents(original: readonly SessionEvent[], replay: readonly SessionEvent[]): Alignment {
  const pairs: [number, number][] = [];
  let recordIndex = 0;
  for (const [replayIndex, event] of replay.entries()) {
    if (isAddedByResume(event)) continue;
    while (recordIndex < original.length && isAddedByResume(original[recordIndex] as SessionEvent)) recordIndex++;
    const expected = original[recordIndex];
    if (expected === undefined) {
      return { ok: false, index: recordIndex, what: `the record ends where the replay shows ${event.type}` };
    }
    if (JSON.stringify({ ...expected, at: 0 }) !== JSON.stringify({ ...event, at: 0 })) {
      return { ok: false, index: recordIndex, what: `the record has ${expected.type}, the replay ${event.type}` };
    }
    pairs.push([replayIndex, recordIndex]);
    recordIndex++;
  }
  return { ok: true, pairs };
}

/** Events that say nothing of the story's path: a resume's new start, warnings, a full storage. */
function isAddedByResume(event: SessionEvent): boolean {
  return (
    event.type === 'storyWarning' || event.type === 'saveFailed' || (event.type === 'encounterStarted' && event.resumed)
  );
}

function refuse(reason: string): CheckpointResult {
  return { ok: false, reason };
}
