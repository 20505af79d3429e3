import { describe, expect, it } from 'vitest';
import {
  EncounterRunner,
  FakeClock,
  MAX_REACTIONS_LENGTH,
  newStoredSession,
  readSessionFile,
  ScriptedPresenter,
  type SessionRecord,
  STORED_SESSION_SCHEMA_VERSION,
  type StoredSession,
  withAttempt,
  withLatestAttempt,
  withReactions,
} from '../../../src/engine/index.ts';
import { compileStory } from '../../support/compile-story.ts';

const BENCH = `# title: Le banc
# lang: fr
# setting: street
# character: Sam
# wariness: 3
# summary: Un premier bonjour.
# duration: 3
# concepts: lien
VAR link = "fragile"
Sam est assis sur le banc.
+ [Dire bonjour de loin #act: greet] Bonsoir.
  Salut. # end: kept
  -> END
+ [Lui parler du refuge #act: perche #topic: shelter]
  Sam détourne le regard. # end: kept
  -> END
== link_broken ==
Sam s'en va. # end: broken
-> END
`;

const STARTED = Date.UTC(2026, 2, 3, 21, 0);

async function play(choice: number, seed = 11): Promise<SessionRecord> {
  const runner = new EncounterRunner({
    story: compileStory(BENCH, 'le-banc'),
    presenters: [new ScriptedPresenter([choice])],
    clock: new FakeClock(STARTED, 500),
    seed,
  });
  return runner.run();
}

/** A stored session as a storage or a file would hand it back: through JSON. */
function throughJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

describe('stored sessions', () => {
  it('start with the first attempt, named after its story', async () => {
    const record = await play(0);
    const session = newStoredSession('s-1', record, STARTED + 9000);
    expect(session).toEqual({
      schemaVersion: STORED_SESSION_SCHEMA_VERSION,
      kind: 'bonne-distance/session',
      id: 's-1',
      storyId: 'le-banc',
      lang: 'fr',
      title: 'Le banc',
      startedAt: STARTED,
      updatedAt: STARTED + 9000,
      reactions: '',
      attempts: [{ record, replayedFrom: null }],
    });
  });

  it('keep each replay as a new attempt, saying which decision it was replayed from', async () => {
    const first = newStoredSession('s-1', await play(0), STARTED + 1);
    const replay = await play(1);
    const session = withAttempt(first, replay, 0, STARTED + 2);
    expect(session.attempts.map((attempt) => attempt.replayedFrom)).toEqual([null, 0]);
    expect(session.attempts[1]?.record).toBe(replay);
    expect(session.updatedAt).toBe(STARTED + 2);
    expect(first.attempts).toHaveLength(1);
  });

  it('replace the attempt being played as its record moves on, keeping where it was replayed from', async () => {
    const session = withAttempt(newStoredSession('s-1', await play(0), 1), await play(0), 0, 2);
    const later = await play(1);
    const updated = withLatestAttempt(session, later, 3);
    expect(updated.attempts).toHaveLength(2);
    expect(updated.attempts[1]).toEqual({ record: later, replayedFrom: 0 });
    expect(updated.attempts[0]).toBe(session.attempts[0]);
  });

  it("refuse to mix another encounter's record into a session", async () => {
    const record = await play(0);
    const session = newStoredSession('s-1', record, 1);
    const other = { ...record, story: { ...record.story, id: 'nuit-froide' } };
    expect(() => withAttempt(session, other, null, 2)).toThrow(/nuit-froide/);
    expect(() => withLatestAttempt(session, other, 2)).toThrow(/nuit-froide/);
    expect(() => withAttempt(session, record, -1, 2)).toThrow(RangeError);
  });

  it("keep the trainee's reactions, cut at the limit", async () => {
    const session = newStoredSession('s-1', await play(0), 1);
    expect(withReactions(session, "J'ai eu peur de la brusquer.", 5)).toMatchObject({
      reactions: "J'ai eu peur de la brusquer.",
      updatedAt: 5,
    });
    expect(withReactions(session, 'x'.repeat(MAX_REACTIONS_LENGTH + 10), 5).reactions).toHaveLength(
      MAX_REACTIONS_LENGTH,
    );
  });
});

describe('reading a session file', () => {
  async function stored(): Promise<StoredSession> {
    const first = newStoredSession('s-1', await play(1), STARTED + 4000);
    return withReactions(withAttempt(first, await play(0), 0, STARTED + 8000), 'Trop vite, le refuge.', STARTED + 9000);
  }

  it('reads back a session that went through JSON, attempts and reactions included', async () => {
    const session = await stored();
    expect(readSessionFile(throughJson(session))).toEqual({ ok: true, session });
  });

  it('keeps only the fields it knows', async () => {
    const read = readSessionFile({ ...(throughJson(await stored()) as object), trainerNotes: 'x' });
    expect(read.ok && Object.keys(read.session)).not.toContain('trainerNotes');
  });

  it('opens a bare session record as a one-attempt session with an id drawn from the record', async () => {
    const record = await play(0);
    const read = readSessionFile(throughJson(record));
    expect(read).toEqual({
      ok: true,
      session: {
        schemaVersion: 1,
        kind: 'bonne-distance/session',
        id: `record-le-banc-${STARTED}-11`,
        storyId: 'le-banc',
        lang: 'fr',
        title: 'Le banc',
        startedAt: STARTED,
        updatedAt: STARTED + (record.events.at(-1)?.at ?? 0),
        reactions: '',
        attempts: [{ record, replayedFrom: null }],
      },
    });
    const again = readSessionFile(throughJson(record));
    expect(again.ok && again.session.id).toBe(read.ok && read.session.id);
  });

  it('refuses a session made by a newer version, and says to update', async () => {
    const newer = { ...(throughJson(await stored()) as object), schemaVersion: STORED_SESSION_SCHEMA_VERSION + 1 };
    expect(readSessionFile(newer)).toEqual({
      ok: false,
      reason: 'made by a newer version of Bonne distance (session file version 2); update the app to open it',
    });
  });

  it('refuses a session older than the oldest it reads', async () => {
    const older = { ...(throughJson(await stored()) as object), schemaVersion: 0 };
    expect(readSessionFile(older)).toEqual({ ok: false, reason: 'session file version 0 is too old to read' });
  });

  it('names the attempt whose record is damaged', async () => {
    const session = throughJson(await stored()) as { attempts: { record: { seed?: unknown } }[] };
    const second = session.attempts[1];
    if (second !== undefined) delete second.record.seed;
    expect(readSessionFile(session)).toEqual({ ok: false, reason: 'attempt 2: the record has no seed' });
  });

  it('refuses an attempt played on another story', async () => {
    const session = throughJson(await stored()) as { attempts: { record: { story: { id: string } } }[] };
    const first = session.attempts[0];
    if (first !== undefined) first.record.story.id = 'nuit-froide';
    expect(readSessionFile(session)).toEqual({
      ok: false,
      reason: "attempt 1: played on 'nuit-froide', not on 'le-banc'",
    });
  });

  it('refuses absurdly long reactions as a damaged file', async () => {
    const session = { ...(throughJson(await stored()) as object), reactions: 'x'.repeat(MAX_REACTIONS_LENGTH + 1) };
    expect(readSessionFile(session)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/reactions are too long/),
    });
  });

  it('says what is wrong with a file that is not a session', async () => {
    const valid = throughJson(await stored()) as Record<string, unknown>;
    const cases: [unknown, string][] = [
      ['hello', 'not a Bonne distance session file'],
      [null, 'not a Bonne distance session file'],
      [[valid], 'not a Bonne distance session file'],
      [{ name: 'budget 2026' }, 'not a Bonne distance session file'],
      [{ ...valid, kind: 'someone-else/session' }, 'not a Bonne distance session file'],
      [{ ...valid, schemaVersion: '1' }, 'not a Bonne distance session file (no schemaVersion)'],
      [{ ...valid, id: '' }, 'the session has no id'],
      [{ ...valid, lang: 'de' }, "the session's language is not one of fr, en"],
      [{ ...valid, startedAt: 'yesterday' }, 'the session has no valid dates'],
      [{ ...valid, reactions: 42 }, "the trainee's reactions are not text"],
      [{ ...valid, attempts: [] }, 'the session has no attempts'],
      [{ ...valid, attempts: ['x'] }, 'attempt 1: not an attempt'],
      [
        { ...valid, attempts: [{ record: (valid.attempts as { record: unknown }[])[0]?.record, replayedFrom: 1.5 }] },
        'attempt 1: the decision it was replayed from is not valid',
      ],
      [{ schemaVersion: 9, story: {}, events: [] }, expect.stringMatching(/newer version/)],
    ];
    for (const [value, reason] of cases) expect(readSessionFile(value)).toEqual({ ok: false, reason });
  });

  it('never throws, whatever it is given', () => {
    const odd: unknown[] = [undefined, 0, Number.NaN, '', [], {}, { kind: 'bonne-distance/session' }, { attempts: 3 }];
    for (const value of odd) expect(readSessionFile(value).ok).toBe(false);
  });
});
