/**
 * Composition root of the browser game: the only place where the start screen, the
 * encounter screen, the stage, the sound and the storage are wired together.
 *
 * The catalogue comes from `virtual:story-catalogue` (headers only); a story's ink is
 * fetched when it is played, and Phaser when the first encounter opens, so the start
 * screen stays a small download. The trainee's own library (user-library.ts) follows
 * the shipped encounters and plays like them; ink's compiler loads only when a `.ink`
 * file is imported, and the trainers' studio (`?studio`) is a page loaded on demand.
 */
import { storyCatalogue } from 'virtual:story-catalogue';
import type { AudioDirector } from '../audio/audio-director.ts';
import type { Diagnostic, EncounterSave, Language, SessionRecord, StoredSession } from '../engine/index.ts';
import { browserStorage, MemoryStorage } from '../ui/key-value-storage.ts';
import { createNoticeArea } from '../ui/notice-area.ts';
import { applySettings, defaultSettings, type Settings, SettingsStore, systemPreferences } from '../ui/settings.ts';
import {
  type ChosenFile,
  confirmContentWarnings,
  type ImportOutcome,
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
import {
  type LibraryEncounter,
  LibraryFullError,
  type LibraryListing,
  openUserLibrary,
  prepareLibraryEncounter,
  readEncounterFiles,
} from './user-library.ts';

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

// The trainee's own encounters, read before the start screen is drawn; in memory where IndexedDB is missing.
const library = openUserLibrary(window.indexedDB);
let libraryListing: LibraryListing = { encounters: [], unreadable: 0 };
let libraryStories: KnownStory[] = [];
let libraryPersistent = true;

let startScreen: StartScreen | undefined;
let playing = false;

function strings() {
  return uiStrings(settings.lang);
}

/** A story the app can play, resume and replay: shipped, or from the trainee's library. */
type KnownStory = PlayableStory & { readonly path: string; readonly contentHash: string };

/** Shipped encounters first: library ids all start with `mine-`, so neither hides the other. */
function findStory(id: string, lang: Language): KnownStory | undefined {
  const stories: readonly KnownStory[] = [...storyCatalogue, ...libraryStories];
  return stories.find((story) => story.id === id && story.lang === lang) ?? stories.find((story) => story.id === id);
}

/** A library entry as the catalogue and the encounter screen take it; its ink is already on the device. */
function libraryStory(encounter: LibraryEncounter): KnownStory {
  const path = `library:${encounter.id}`;
  return {
    id: encounter.id,
    lang: encounter.lang,
    path,
    header: encounter.header,
    contentHash: encounter.contentHash,
    load: async () => ({ id: encounter.id, path, json: encounter.json }),
  };
}

/** Reads the library again; what cannot be read is counted, and a failure is said, never fatal. */
async function refreshLibrary(): Promise<void> {
  const opened = await library;
  libraryPersistent = opened.persistent;
  try {
    libraryListing = await opened.library.list();
  } catch (error) {
    notices.show(strings().library.loadFailed(messageOf(error)));
  }
  libraryStories = libraryListing.encounters.map(libraryStory);
}

/** Keeps a checked encounter (replacing its earlier version); `full` when the device has no room, the library unchanged. */
async function keepInLibrary(encounter: LibraryEncounter): Promise<'added' | 'replaced' | 'full'> {
  const replaced = libraryListing.encounters.some((kept) => kept.id === encounter.id && kept.lang === encounter.lang);
  try {
    await (await library).library.add(encounter);
  } catch (error) {
    if (error instanceof LibraryFullError) return 'full';
    throw error;
  }
  await refreshLibrary();
  return replaced ? 'replaced' : 'added';
}

/** "Importer une rencontre": one file, or the parts of one encounter; checked first, and a refusal changes nothing. */
async function importFiles(files: readonly ChosenFile[]): Promise<ImportOutcome> {
  const fileName = files[0]?.name ?? '';
  const checked = await readEncounterFiles(files, Date.now());
  if (!checked.ok) return { kind: 'refused', fileName, diagnostics: checked.diagnostics };
  const { encounter } = checked;
  const kept = await keepInLibrary(encounter);
  if (kept === 'full') return { kind: 'storageFull', fileName: encounter.fileName ?? fileName };
  return {
    kind: 'added',
    id: encounter.id,
    lang: encounter.lang,
    title: encounter.title,
    replaced: kept === 'replaced',
  };
}

async function removeFromLibrary(id: string, lang: Language): Promise<void> {
  await (await library).library.remove(id, lang);
  await refreshLibrary();
  // An unfinished encounter of this story stays saved (nothing is lost), but cannot be continued.
  const read = slot.read();
  if (read.kind === 'save' && findStory(read.save.storyId, read.save.record.story.lang) === undefined) {
    startScreen?.setSavedEncounter(undefined);
  }
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
    library: {
      persistent: libraryPersistent,
      current: () => ({ encounters: libraryStories, unreadable: libraryListing.unreadable }),
      onImport: importFiles,
      onRemove: removeFromLibrary,
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
  notices.show(strings().notices.unexpected(messageOf(error)));
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

/** `?studio`: the trainers' studio, a page of its own loaded on demand (CodeMirror and the compiler with it). */
async function openStudioPage(): Promise<void> {
  try {
    const { openStudio } = await import('./studio-page.ts');
    openStudio(root, {
      lang: settings.lang,
      settings,
      onAddToLibrary: addFromStudio,
      onExit: () => {
        window.location.search = '';
      },
    });
  } catch (error) {
    // The chunk could not be fetched (offline after an update): the game is still there.
    notices.show(strings().notices.studioUnavailable(messageOf(error)));
    showStart();
  }
}

/** The studio's "Ajouter à ma bibliothèque": checked like an imported file; the message says why it was not added. */
async function addFromStudio(draft: {
  readonly json: string;
  readonly source: string | null;
  readonly fileName: string | null;
}): Promise<{ readonly ok: true } | { readonly ok: false; readonly message: string }> {
  const text = strings().library;
  try {
    const checked = await prepareLibraryEncounter({ ...draft, origin: 'studio', now: Date.now() });
    if (!checked.ok) {
      const errors = checked.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
      // The studio has loaded the French words already (its own strings use them).
      const { diagnosticInFrench } = await import('../authoring/diagnostic-words.ts');
      const inLanguage = (message: string): string => (settings.lang === 'fr' ? diagnosticInFrench(message) : message);
      const described = errors.map((error) => describeDiagnostic({ ...error, message: inLanguage(error.message) }));
      return { ok: false, message: text.studioRefused(described.join(strings().separator)) };
    }
    if ((await keepInLibrary(checked.encounter)) === 'full') return { ok: false, message: text.studioStorageFull };
    return { ok: true };
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
}

function describeDiagnostic(diagnostic: Diagnostic): string {
  const where = diagnostic.line > 0 ? `${diagnostic.path}:${diagnostic.line}` : diagnostic.path;
  return strings().library.diagnostic(where, diagnostic.message);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function start(): Promise<void> {
  // The library is read first: an address or a saved encounter may name one of its encounters.
  await refreshLibrary();
  if (launch.studio) await openStudioPage();
  else if (launch.encounter === undefined) showStart();
  else await openFromAddress(launch.encounter);
}

void start();
