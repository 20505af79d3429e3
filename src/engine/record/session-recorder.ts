/**
 * Builds the session record as events happen. The runner feeds it every session
 * event; it keeps them in order with the choices, and hands out snapshots that
 * share nothing mutable with it.
 */
import type { SessionEvent } from '../encounter/encounter-events.ts';
import {
  RECORD_SCHEMA_VERSION,
  type RecordedStory,
  type SessionOutcome,
  type SessionRecord,
} from './session-record.ts';

export class SessionRecorder {
  private readonly story: RecordedStory;
  private readonly seed: number;
  private readonly startedAt: number;
  private readonly events: SessionEvent[];
  private readonly choices: number[];
  private outcome: SessionOutcome | null = null;
  private failure: string | null = null;

  constructor(story: RecordedStory, seed: number, startedAt: number, resumeFrom?: SessionRecord) {
    this.story = story;
    this.seed = seed;
    this.startedAt = resumeFrom?.startedAt ?? startedAt;
    this.events = [...(resumeFrom?.events ?? [])];
    this.choices = [...(resumeFrom?.choices ?? [])];
  }

  /** Time of the last event, milliseconds since the start: where a resumed session's clock continues. */
  get lastEventAt(): number {
    return this.events.at(-1)?.at ?? 0;
  }

  add(event: SessionEvent): void {
    this.events.push(event);
  }

  addChoice(index: number): void {
    this.choices.push(index);
  }

  finish(outcome: SessionOutcome, failure: string | null): void {
    this.outcome = outcome;
    this.failure = failure;
  }

  snapshot(): SessionRecord {
    return {
      schemaVersion: RECORD_SCHEMA_VERSION,
      story: this.story,
      seed: this.seed,
      startedAt: this.startedAt,
      events: [...this.events],
      choices: [...this.choices],
      outcome: this.outcome,
      failure: this.failure,
    };
  }
}
