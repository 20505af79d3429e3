/**
 * Keeps the history in step with play: one stored session per encounter played, each
 * replay ("Rejouer ce moment") another attempt of it. A session is known by its
 * first attempt's start and seed, which every replay and every resumed save carries
 * on, so an attempt finished after a reload still finds its session.
 */
import {
  newStoredSession,
  type SessionHistoryStore,
  type SessionRecord,
  type StoredSession,
  withAttempt,
  withLatestAttempt,
  withReactions,
} from '../engine/index.ts';

export interface SessionKeeperOptions {
  readonly store: SessionHistoryStore;
  /** Milliseconds since the Unix epoch. */
  readonly now: () => number;
  /** Told when the history could not keep a session (a full device...); play and the debrief go on. */
  readonly onStoreFailed: (error: unknown) => void;
}

/** The session's id: the same for every attempt of one encounter played. */
export function sessionIdOf(record: SessionRecord): string {
  return `${record.story.id}:${record.story.lang}:${record.startedAt}:${record.seed}`;
}

export class SessionKeeper {
  private readonly options: SessionKeeperOptions;
  /** Sessions as last written, so a failed write still leaves the debrief something to show. */
  private readonly known = new Map<string, StoredSession>();

  constructor(options: SessionKeeperOptions) {
    this.options = options;
  }

  /**
   * Files an attempt's record into its session and returns the session. `replayedFrom`
   * is the decision a replay started from; undefined when the caller does not know (an
   * encounter resumed after a reload), in which case an unfinished attempt that this
   * record continues is replaced, and otherwise the record is a new attempt branching
   * where it first differs from the earlier ones.
   */
  async keep(record: SessionRecord, replayedFrom?: number): Promise<StoredSession> {
    const id = sessionIdOf(record);
    const existing = await this.load(id);
    const now = this.options.now();
    let session: StoredSession;
    if (existing === undefined) {
      session = newStoredSession(id, record, now);
    } else if (replayedFrom !== undefined) {
      session = withAttempt(existing, record, replayedFrom, now);
    } else {
      const last = existing.attempts.at(-1)?.record;
      if (last !== undefined && last.outcome === null && startsWith(record.choices, last.choices)) {
        session = withLatestAttempt(existing, record, now);
      } else {
        session = withAttempt(existing, record, branchPoint(existing, record), now);
      }
    }
    await this.save(session);
    return session;
  }

  /** Keeps the trainee's own words with the session. */
  async keepReactions(session: StoredSession, text: string): Promise<StoredSession> {
    const updated = withReactions(session, text, this.options.now());
    await this.save(updated);
    return updated;
  }

  /** A session from the history (or the one last kept, when the device could not store it). */
  async load(id: string): Promise<StoredSession | undefined> {
    try {
      return (await this.options.store.get(id)) ?? this.known.get(id);
    } catch (error) {
      this.options.onStoreFailed(error);
      return this.known.get(id);
    }
  }

  private async save(session: StoredSession): Promise<void> {
    this.known.set(session.id, session);
    try {
      await this.options.store.put(session);
    } catch (error) {
      this.options.onStoreFailed(error);
    }
  }
}

function startsWith(choices: readonly number[], prefix: readonly number[]): boolean {
  return prefix.length <= choices.length && prefix.every((choice, index) => choices[index] === choice);
}

/** The first decision where `record` leaves every earlier attempt's path. */
function branchPoint(session: StoredSession, record: SessionRecord): number {
  let longest = 0;
  for (const attempt of session.attempts) {
    let shared = 0;
    while (shared < record.choices.length && attempt.record.choices[shared] === record.choices[shared]) shared++;
    longest = Math.max(longest, shared);
  }
  return Math.min(longest, Math.max(0, record.choices.length - 1));
}
