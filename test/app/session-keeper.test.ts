import { describe, expect, it } from 'vitest';
import { downloadSessionFile, sessionFileName, sessionFileText } from '../../src/app/session-file.ts';
import { SessionKeeper, sessionIdOf } from '../../src/app/session-keeper.ts';
import { MemorySessionHistory, type SessionRecord, type StoredSession } from '../../src/engine/index.ts';

function record(choices: number[], finished: boolean): SessionRecord {
  return {
    schemaVersion: 1,
    story: {
      id: 'premier-bonjour',
      title: 'Premier bonjour',
      lang: 'fr',
      contentHash: 'abc',
      path: 'stories/fr/premier-bonjour.ink',
    },
    seed: 7,
    startedAt: 1_700_000_000_000,
    events: [],
    choices,
    outcome: finished ? { status: 'kept', trust: 40, safety: null } : null,
    failure: null,
  };
}

class FullHistory extends MemorySessionHistory {
  override async put(): Promise<void> {
    throw new Error('storage full');
  }
}

describe('the session keeper', () => {
  it('files a first play as a new session with one attempt', async () => {
    const store = new MemorySessionHistory();
    const keeper = new SessionKeeper({ store, now: () => 5, onStoreFailed: () => {} });
    const session = await keeper.keep(record([0, 1, 2], true));
    expect(session.attempts).toHaveLength(1);
    expect((await store.list()).sessions.map((summary) => summary.id)).toEqual([sessionIdOf(record([], true))]);
  });

  it('adds a replayed moment as a second attempt of the same session, with where it started', async () => {
    const store = new MemorySessionHistory();
    const keeper = new SessionKeeper({ store, now: () => 5, onStoreFailed: () => {} });
    await keeper.keep(record([0, 1, 2], true));
    const session = await keeper.keep(record([0, 2, 0], true), 1);
    expect(session.attempts.map((attempt) => attempt.replayedFrom)).toEqual([null, 1]);
    expect((await store.list()).sessions).toHaveLength(1);
  });

  it('finishes an attempt resumed after a reload instead of counting it twice', async () => {
    const store = new MemorySessionHistory();
    const keeper = new SessionKeeper({ store, now: () => 5, onStoreFailed: () => {} });
    await keeper.keep(record([0], false));
    const session = await keeper.keep(record([0, 1, 1], true));
    expect(session.attempts).toHaveLength(1);
    expect(session.attempts[0]?.record.outcome?.status).toBe('kept');
  });

  it('finds where an attempt of unknown origin branched from the earlier ones', async () => {
    const store = new MemorySessionHistory();
    const keeper = new SessionKeeper({ store, now: () => 5, onStoreFailed: () => {} });
    await keeper.keep(record([0, 1, 2, 0], true));
    const session = await keeper.keep(record([0, 1, 0, 1], true));
    expect(session.attempts.at(-1)?.replayedFrom).toBe(2);
  });

  it('still gives the debrief its session when the device cannot store it, and says so', async () => {
    const failures: unknown[] = [];
    const keeper = new SessionKeeper({
      store: new FullHistory(),
      now: () => 5,
      onStoreFailed: (error) => failures.push(error),
    });
    const session = await keeper.keep(record([0, 1], true));
    expect(failures).toHaveLength(1);
    expect(await keeper.load(session.id)).toEqual(session);
  });

  it('keeps the trainee’s own words with the session', async () => {
    const store = new MemorySessionHistory();
    const keeper = new SessionKeeper({ store, now: () => 9, onStoreFailed: () => {} });
    const session = await keeper.keep(record([0], true));
    await keeper.keepReactions(session, 'Je suis allé trop vite au début.');
    expect((await store.get(session.id))?.reactions).toBe('Je suis allé trop vite au début.');
  });
});

describe('the session file', () => {
  const session: StoredSession = {
    schemaVersion: 1,
    kind: 'bonne-distance/session',
    id: 's1',
    storyId: 'premier-bonjour',
    lang: 'fr',
    title: 'Premier bonjour',
    startedAt: new Date(2026, 10, 24, 17, 5).getTime(),
    updatedAt: 0,
    reactions: '',
    attempts: [{ record: record([0], true), replayedFrom: null }],
  };

  it('is named after the encounter and the local date and time it started', () => {
    expect(sessionFileName(session)).toBe('bonne-distance-premier-bonjour-2026-11-24-1705.json');
  });

  it('is the stored session as readable JSON', () => {
    expect(JSON.parse(sessionFileText(session))).toEqual(session);
  });

  it('never puts an odd story id into the file name', () => {
    expect(sessionFileName({ ...session, storyId: '../../etc/passwd' })).toMatch(/^bonne-distance-[a-z0-9-]+\.json$/);
  });
});

describe('downloading the session file', () => {
  it('offers the file for download under its name', async () => {
    const { Window } = await import('happy-dom');
    const window = new Window();
    const clicked: string[] = [];
    window.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    };
    downloadSessionFile(window.document as unknown as Document, {
      schemaVersion: 1,
      kind: 'bonne-distance/session',
      id: 's1',
      storyId: 'premier-bonjour',
      lang: 'fr',
      title: 'Premier bonjour',
      startedAt: 0,
      updatedAt: 0,
      reactions: '',
      attempts: [{ record: record([0], true), replayedFrom: null }],
    });
    expect(clicked).toHaveLength(1);
    expect(clicked[0]).toMatch(/^bonne-distance-premier-bonjour-.*\.json$/);
    await window.happyDOM.close();
  });
});
