/**
 * Composes the debrief of one session: the analysis of each attempt, the screen, and
 * what its buttons do (keep the trainee's words, replay a moment, search another
 * way, export, print). Loaded on demand with the first debrief, like the encounter.
 */
import {
  analyseSession,
  type CompiledStory,
  checkpointBefore,
  type EncounterSave,
  findBestPath,
  type Language,
  type SessionRecord,
  type StoredSession,
} from '../engine/index.ts';
import { type AnotherWayPath, type DebriefScreen, renderDebrief } from '../ui/debrief/debrief-screen.ts';
import type { UiStrings } from '../ui/strings.ts';
import { describeFailure, type PlayableStory } from './encounter-session.ts';
import { downloadSessionFile } from './session-file.ts';
import type { SessionKeeper } from './session-keeper.ts';

/** A catalogue entry: a playable story with the hash of the version it ships. */
export type CatalogueStory = PlayableStory & { readonly contentHash: string };

export interface DebriefSessionOptions {
  readonly root: HTMLElement;
  readonly session: StoredSession;
  /** The interface's language (the story's words stay as written). */
  readonly lang: Language;
  readonly strings: UiStrings;
  readonly keeper: SessionKeeper;
  /** The catalogue's entry for a record's story, if it still ships. */
  readonly findStory: (record: SessionRecord) => CatalogueStory | undefined;
  readonly notify: (text: string) => void;
  /** Plays the encounter on from `save` as another attempt of the session. */
  readonly onReplay: (story: PlayableStory, save: EncounterSave, decision: number) => void;
  readonly onClose: () => void;
}

const wallClock = { now: () => Date.now() };

/** Draws the debrief; the screen stays until the trainee replays a moment or closes it. */
export function openDebrief(options: DebriefSessionOptions): void {
  const { root, strings } = options;
  let session = options.session;
  // Reactions are written in order, so the last words typed are the ones kept.
  let writing: Promise<unknown> = Promise.resolve();
  let screen: DebriefScreen | undefined;
  let leaving = false;

  const keepReactions = (text: string): void => {
    if (text === session.reactions) return;
    writing = writing.then(async () => {
      session = await options.keeper.keepReactions(session, text);
    });
  };

  /** The story of a record as it ships now, only when it is the version the record was played on. */
  const storyOf = async (
    record: SessionRecord,
  ): Promise<{ entry: CatalogueStory; compiled: CompiledStory } | undefined> => {
    const entry = options.findStory(record);
    if (entry === undefined) {
      options.notify(strings.notices.encounterNotFound(record.story.id));
      return undefined;
    }
    if (entry.contentHash !== record.story.contentHash) {
      options.notify(strings.notices.storyChanged(entry.header.title));
      return undefined;
    }
    return { entry, compiled: await entry.load() };
  };

  const replay = async (attempt: number, decision: number): Promise<void> => {
    const record = session.attempts[attempt]?.record;
    if (record === undefined || leaving) return;
    const story = await storyOf(record);
    if (story === undefined) return;
    const checkpoint = await checkpointBefore(record, story.compiled, decision, wallClock);
    if (!checkpoint.ok) {
      options.notify(strings.notices.replayUnavailable(checkpoint.reason));
      return;
    }
    leaving = true;
    screen?.dispose();
    await writing;
    options.onReplay(story.entry, checkpoint.save, decision);
  };

  const anotherWay = async (): Promise<AnotherWayPath | undefined> => {
    const first = session.attempts[0]?.record;
    if (first === undefined) return undefined;
    const story = await storyOf(first);
    if (story === undefined) return undefined;
    let lastBreath = performance.now();
    const path = await findBestPath(story.compiled, {
      seed: first.seed,
      clock: wallClock,
      // Give the page a turn every few milliseconds, so it never freezes during the search.
      yieldEvery: async () => {
        if (performance.now() - lastBreath < 12) return;
        await new Promise((resolve) => setTimeout(resolve, 0));
        lastBreath = performance.now();
      },
    });
    if (path === undefined) return undefined;
    return { choices: path.texts, analysis: analyseSession(path.record) };
  };

  screen = renderDebrief(root, {
    lang: options.lang,
    session,
    analyses: session.attempts.map((attempt) => analyseSession(attempt.record)),
    onReactionsChange: keepReactions,
    onReplay: (attempt, decision) => void replay(attempt, decision),
    onRequestAnotherWay: anotherWay,
    onExport: () => {
      void writing.then(() => downloadSessionFile(root.ownerDocument, session));
    },
    onPrint: () => root.ownerDocument.defaultView?.print(),
    describeFailure: (message) => describeFailure(message, session.attempts[0]?.record.story.path ?? '', options.lang),
    onClose: () => {
      if (leaving) return;
      leaving = true;
      screen?.dispose();
      void writing.then(options.onClose);
    },
  });
}
