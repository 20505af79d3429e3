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
import type { EncounterSave, Language } from '../engine/index.ts';
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
import { readLaunchOptions } from './launch-options.ts';

const appRoot = document.getElementById('app');
if (appRoot === null) throw new Error('index.html has no #app');
const root: HTMLElement = appRoot;

const storage = browserStorage(window);
const settingsStore = new SettingsStore(storage, defaultSettings(systemPreferences(window)));
let settings: Settings = settingsStore.load();
const launch = readLaunchOptions(window.location.search);
if (launch.lang !== undefined) settings = { ...settings, lang: launch.lang };
applySettings(document, settings);

// Where the browser keeps nothing (private mode), the encounter still saves for this tab.
const slot = new EncounterSaveSlot(storage ?? new MemoryStorage());
// Sound and the engine load with the first encounter, not with the start screen.
let audio: AudioDirector | undefined;
const notices = createNoticeArea(document, uiStrings(settings.lang));
document.body.prepend(notices.element);

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
  });
}

async function play(story: PlayableStory, options: { seed?: number; resumeFrom?: EncounterSave } = {}): Promise<void> {
  if (playing) return;
  playing = true;
  startScreen?.dispose();
  startScreen = undefined;
  try {
    const [{ playEncounter }, { AudioDirector }] = await Promise.all([
      import('./encounter-session.ts'),
      import('../audio/audio-director.ts'),
    ]);
    audio ??= new AudioDirector({ volume: settings.volume, muted: settings.muted });
    await playEncounter({
      root,
      story,
      settings,
      slot,
      audio,
      // The seed is recorded in the session, so a random one still replays exactly.
      seed: options.seed ?? Math.floor(Math.random() * 2 ** 31),
      ...(options.resumeFrom === undefined ? {} : { resumeFrom: options.resumeFrom }),
      notify: (text) => notices.show(text),
    });
  } catch (error) {
    notices.show(strings().notices.loadFailed(story.header.title));
    reportUnexpected(error);
  } finally {
    playing = false;
    showStart();
  }
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
