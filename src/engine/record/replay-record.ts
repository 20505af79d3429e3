/**
 * Replays a session record on its story: same seed, same choices. Used to check a
 * record a facilitator received, to rebuild a session's events after the rules
 * changed, and to prove determinism in tests. Times are not compared: a replay runs
 * on its own clock.
 */
import type { Clock } from '../clock.ts';
import type { SessionEvent } from '../encounter/encounter-events.ts';
import { EncounterRunner } from '../encounter/encounter-runner.ts';
import type { CompiledStory } from '../story/ink-story.ts';
import { ScriptedPresenter } from '../testing/scripted-presenter.ts';
import type { SessionRecord } from './session-record.ts';

export type ReplayResult =
  | {
      readonly ok: true;
      /** The record the replay produced. */
      readonly record: SessionRecord;
      /** True when every event matches the original's, in order, times aside. */
      readonly matches: boolean;
      /** 0-based index of the first event that differs, when `matches` is false. */
      readonly firstDifference: number | undefined;
    }
  | { readonly ok: false; readonly reason: string };

export async function replayRecord(record: SessionRecord, story: CompiledStory, clock: Clock): Promise<ReplayResult> {
  if (record.story.id !== story.id) {
    return { ok: false, reason: `the record is of '${record.story.id}', not '${story.id}'` };
  }
  const presenter = new ScriptedPresenter(record.choices);
  const runner = new EncounterRunner({ story, presenters: [presenter], clock, seed: record.seed });
  if (runner.record.story.contentHash !== record.story.contentHash) {
    return { ok: false, reason: `the story '${story.id}' has changed since this session was played` };
  }
  const replayed = await runner.run();
  const firstDifference = firstDifferentEvent(record.events, replayed.events);
  return { ok: true, record: replayed, matches: firstDifference === undefined, firstDifference };
}

function firstDifferentEvent(expected: readonly SessionEvent[], actual: readonly SessionEvent[]): number | undefined {
  const length = Math.max(expected.length, actual.length);
  for (let index = 0; index < length; index++) {
    const left = expected[index];
    const right = actual[index];
    if (left === undefined || right === undefined) return index;
    if (JSON.stringify({ ...left, at: 0 }) !== JSON.stringify({ ...right, at: 0 })) return index;
  }
  return undefined;
}
