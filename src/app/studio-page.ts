/**
 * The trainers' studio page (`/?studio`): its composition root. It wires the studio
 * (src/authoring/studio) to the game's real preview (stage, overlay, trust meter), to
 * drafts kept in the browser's storage, and to the library the app passes in.
 *
 * main.ts loads this module with a dynamic `import()`, so CodeMirror, the studio and
 * the ink compiler (in the studio's worker) never weigh on the game's first download.
 */

import { KeyValueDraftStore } from '../authoring/studio/draft-store.ts';
import type { AddToLibraryResult, LibraryFile } from '../authoring/studio/mount-studio.ts';
import { mountStudio } from '../authoring/studio/mount-studio.ts';
import { studioStrings } from '../authoring/studio/studio-strings.ts';
import type { Language } from '../engine/index.ts';
import { browserStorage, MemoryStorage } from '../ui/key-value-storage.ts';
import { defaultSettings, type Settings, systemPreferences } from '../ui/settings.ts';
import { createStudioPreview } from './studio-preview.ts';

export type { AddToLibraryResult, LibraryFile } from '../authoring/studio/mount-studio.ts';

export interface OpenStudioOptions {
  /** The app's language setting: the studio's words follow it. */
  readonly lang: Language;
  /** Adds the compiled encounter to this device's library; the studio never calls it while the story has errors. */
  readonly onAddToLibrary: (file: LibraryFile) => Promise<AddToLibraryResult>;
  /** "Back to the game". */
  readonly onExit: () => void;
  /** The player's settings, for the preview (text speed, reduced motion, contrast); the system's by default. */
  readonly settings?: Settings;
}

export interface StudioPage {
  dispose(): void;
}

/** Draws the studio in `root` (replacing what it holds). */
export function openStudio(root: HTMLElement, options: OpenStudioOptions): StudioPage {
  const window = root.ownerDocument.defaultView;
  const storage = window === null ? undefined : browserStorage(window);
  const settings: Settings = options.settings ?? {
    ...defaultSettings(systemPreferences(window ?? { navigator: {}, matchMedia: () => ({ matches: false }) })),
    lang: options.lang,
  };
  const strings = studioStrings(options.lang);
  return mountStudio(root, {
    lang: options.lang,
    // Where the browser keeps nothing (private mode), drafts live as long as the tab, and the studio says so.
    drafts: new KeyValueDraftStore(storage ?? new MemoryStorage()),
    draftsPersistent: storage !== undefined,
    // The game's own setting, which starts from the system's and may be changed in Réglages.
    reducedMotion: () => settings.reducedMotion,
    createPreview: (container, hooks) =>
      createStudioPreview(container, {
        settings,
        playAgainLabel: strings.preview.restart,
        onStageUnavailable: hooks.onStageUnavailable,
      }),
    onAddToLibrary: options.onAddToLibrary,
    onExit: options.onExit,
  });
}
