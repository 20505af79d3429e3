/**
 * Composition root of the browser game: the only place where the start screen, the
 * encounter screen, the stage, the sound and the storage are wired together.
 *
 * The catalogue comes from `virtual:story-catalogue` (headers only); a story's ink is
 * fetched when it is played, and Phaser when the first encounter opens, so the start
 * screen stays a small download.
 */
import { storyCatalogue } from 'virtual:story-catalogue';
import type { AudioDirector } from '../audio/audio-director.ts';
import type { EncounterSave, Language, SessionRecord, StoredSession } from '../engine/index.ts';
import { browserStorage, MemoryStorage } from '../ui/key-value-storage.ts';
import { createNoticeArea } from '../ui/notice-area.ts';
import { applySettings, defaultSettings, type Settings, SettingsStore, systemPreferences } from '../ui/settings.ts';
import {
  confirmContentWarnings,
  renderStartScreen,
  type SavedEncounterSummary,
  type StartScreen,
} from '../ui/start-screen.ts';
import { uiStrings } from '../ui/strings.ts';
import { EncounterSaveSlot } from './encounter-save-slot.ts';
import type { PlayableStory } from './encounter-session.ts';
import { openSessionHistory } from './indexed-db-session-history.ts';
import { readLaunchOptions } from './launch-options.ts';
import { SessionKeeper } from './session-keeper.ts';

const appRoot = document.getElementById('app');
if (appRoot === null) throw new Error('index.html has no #app');
const root: HTMLElement = appRoot;

const storage = browserStorage(window);
const settingsStore = new SettingsStore(storage, defaultSettings(systemPreferences(window)));
// The reveal mode is for one demonstration: it never outlives the page, so the next
// trainee on a shared workshop laptop does not find the trust shown.
let settings: Settings = { ...settingsStore.load(), revealTrust: false };
const launch = readLaunchOptions(window.location.search);
if (launch.lang !== undefined) settings = { ...settings, lang: launch.lang };
applySettings(document, settings);

// Where the browser keeps nothing (private mode), the encounter still saves for this tab.
const slot = new EncounterSaveSlot(storage ?? new MemoryStorage());
// Sound and the engine load with the first encounter, not with the start screen.
let audio: AudioDirector | undefined;
const notices = createNoticeArea(document, uiStrings(settings.lang));
document.body.prepend(notices.element);

// The history opens once; where IndexedDB is missing it lives in memory for this tab.
const history = openSessionHistory(window.indexedDB);
let historyPersistent = true;
void history.then((opened) => {
  historyPersistent = opened.persistent;
});
const keeper = history.then(
  (opened) =>
    new SessionKeeper({
      store: opened.store,
      now: () => Date.now(),
      onStoreFailed: () => notices.show(strings().history.storageFull),
    }),
);

let startScreen: StartScreen | undefined;
let playing = false;

function strings() {
  return uiStrings(settings.lang);
}

type CatalogueEntry = (typeof storyCatalogue)[number];

function findStory(id: string, lang: Language): CatalogueEntry | undefined {
  return (
    storyCatalogue.find((story) => story.id === id && story.lang === lang) ??
    storyCatalogue.find((story) => story.id === id)
  );
}

/** The unfinished encounter to offer, after checking it still fits its story. */
function resumableSave(): { save: EncounterSave; story: PlayableStory } | undefined {
  const read = slot.read();
  if (read.kind === 'unreadable') {
    notices.show(strings().notices.saveUnreadable);
    return undefined;
  }
  if (read.kind === 'empty') return undefined;
  const story = findStory(read.save.storyId, read.save.record.story.lang);
  if (story === undefined) return undefined;
  if (story.contentHash !== read.save.contentHash) {
    // Never loaded into a changed story: offered as a new start instead.
    notices.show(strings().notices.storyChanged(story.header.title), {
      label: strings().notices.restart,
      run: () => void play(story),
    });
    return undefined;
  }
  return { save: read.save, story };
}

function savedSummary(saved: ReturnType<typeof resumableSave>): SavedEncounterSummary | undefined {
  return saved === undefined ? undefined : { storyTitle: saved.story.header.title, savedAt: saved.save.savedAt };
}

function showStart(saved = resumableSave()): void {
  startScreen = renderStartScreen(root, {
    stories: storyCatalogue,
    settings,
    settingsPersistent: settingsStore.persistent,
    savedEncounter: savedSummary(saved),
    onStart: (id, lang) => {
      const story = findStory(id, lang);
      if (story !== undefined) void play(story);
    },
    onContinue: () => {
      const again = resumableSave();
      if (again !== undefined) void play(again.story, { resumeFrom: again.save });
    },
    onSettingsChange: (next) => {
      settings = next;
      audio?.setVolume(next.volume);
      audio?.setMuted(next.muted);
      notices.setStrings(uiStrings(next.lang));
      return settingsStore.save(next);
    },
    history: {
      persistent: historyPersistent,
      load: async () => (await history).store.list(),
      onOpen: (id) => void openSession(id),
      onDelete: async (id) => (await history).store.delete(id),
      onDeleteAll: async () => (await history).store.deleteAll(),
    },
  });
}

interface PlayOptions {
  readonly seed?: number;
  readonly resumeFrom?: EncounterSave;
  /** Set when "Rejouer ce moment" started this play: the decision it plays on from. */
  readonly replayedFrom?: number;
}

async function play(story: PlayableStory, options: PlayOptions = {}): Promise<void> {
  if (playing) return;
  playing = true;
  startScreen?.dispose();
  startScreen = undefined;
  let record: SessionRecord | undefined;
  try {
    const [{ playEncounter }, { AudioDirector }] = await Promise.all([
      import('./encounter-session.ts'),
      import('../audio/audio-director.ts'),
    ]);
    audio ??= new AudioDirector({ volume: settings.volume, muted: settings.muted });
    const played = await playEncounter({
      root,
      story,
      settings,
      slot,
      audio,
      exitLabel: uiStrings(story.header.lang).dialogue.openDebrief,
      ...(settings.revealTrust ? { revealTrust: uiStrings(story.header.lang).reveal } : {}),
      // The seed is recorded in the session, so a random one still replays exactly.
      seed: options.seed ?? Math.floor(Math.random() * 2 ** 31),
      ...(options.resumeFrom === undefined ? {} : { resumeFrom: options.resumeFrom }),
      notify: (text) => notices.show(text),
    });
    record = played.record;
  } catch (error) {
    notices.show(strings().notices.loadFailed(story.header.title));
    reportUnexpected(error);
  } finally {
    playing = false;
  }
  // Every encounter played is debriefed, kept or broken, finished or left.
  if (record !== undefined && record.choices.length > 0) {
    const session = await (await keeper).keep(record, options.replayedFrom);
    await showDebrief(session);
  } else {
    showStart();
  }
}

/** Opens a session of the history in the debrief. */
async function openSession(id: string): Promise<void> {
  const session = await (await keeper).load(id);
  if (session === undefined) {
    notices.show(strings().notices.sessionUnavailable);
    return;
  }
  startScreen?.dispose();
  startScreen = undefined;
  await showDebrief(session);
}

async function showDebrief(session: StoredSession): Promise<void> {
  const { openDebrief } = await import('./debrief-session.ts');
  openDebrief({
    root,
    session,
    lang: settings.lang,
    keeper: await keeper,
    findStory: (record) => findStory(record.story.id, record.story.lang),
    notify: (text) => notices.show(text),
    strings: strings(),
    onReplay: (story, save, decision) => void play(story, { resumeFrom: save, replayedFrom: decision }),
    onClose: () => showStart(),
  });
}

function reportUnexpected(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  notices.show(strings().notices.unexpected(message));
  // The page never goes blank: whatever failed, the start screen is there to go on from.
  if (!playing && root.childElementCount === 0) showStart();
}

window.addEventListener('error', (event) => reportUnexpected(event.error ?? event.message));
window.addEventListener('unhandledrejection', (event) => reportUnexpected(event.reason));

for (const problem of launch.problems) notices.show(strings().notices.addressProblem(problem));

async function openFromAddress(id: string): Promise<void> {
  const story = findStory(id, settings.lang);
  if (story === undefined) {
    notices.show(strings().notices.encounterNotFound(id));
    showStart();
    return;
  }
  // Reloading a workshop link mid-encounter: offer to continue rather than start over.
  // The save is read once, so a notice about it is shown once.
  const saved = resumableSave();
  if (saved?.story.id === id) {
    showStart(saved);
    return;
  }
  if (story.header.warnings.length > 0) {
    showStart(saved);
    const accepted = await confirmContentWarnings(root, uiStrings(story.header.lang), story.header);
    if (!accepted) return;
  }
  await play(story, launch.seed === undefined ? {} : { seed: launch.seed });
}

if (launch.encounter === undefined) showStart();
else void openFromAddress(launch.encounter);
