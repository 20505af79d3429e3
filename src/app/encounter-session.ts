/**
 * Composes one encounter on the page: the layout, the dialogue overlay, the Phaser
 * stage (loaded on demand, so the start screen never downloads Phaser), the sound,
 * the input, the save slot, and the runner that drives them. Resolves when the
 * trainee leaves the encounter screen.
 */
import type { AudioDirector } from '../audio/audio-director.ts';
import {
  type CompiledStory,
  EncounterRunner,
  type EncounterSave,
  type Language,
  linkRules,
  type Presenter,
  type SessionRecord,
  type StageDirection,
  type StoryHeader,
} from '../engine/index.ts';
import { DialoguePresenter, type HistoryEntry } from '../ui/dialogue-presenter.ts';
import { createEncounterLayout } from '../ui/encounter-layout.ts';
import { LineAdvancer } from '../ui/line-advancer.ts';
import type { Settings } from '../ui/settings.ts';
import { uiStrings } from '../ui/strings.ts';
import { createTrustMeter, type TrustMeterStrings } from '../ui/trust-meter.ts';
import type { EncounterSaveSlot } from './encounter-save-slot.ts';

/** A story as the catalogue lists it, with its loader. */
export interface PlayableStory {
  readonly id: string;
  readonly lang: Language;
  readonly header: StoryHeader;
  readonly load: () => Promise<CompiledStory>;
}

export interface EncounterSessionOptions {
  readonly root: HTMLElement;
  readonly story: PlayableStory;
  readonly settings: Settings;
  readonly slot: EncounterSaveSlot;
  readonly audio: AudioDirector;
  readonly seed: number;
  readonly resumeFrom?: EncounterSave;
  /** Shows a message outside the dialogue (the stage could not start...). */
  readonly notify: (text: string) => void;
  /** The end panel's button (it opens the debrief). */
  readonly exitLabel?: string;
  /** Set in the facilitators' reveal mode: the trust is shown live, with these words. */
  readonly revealTrust?: TrustMeterStrings;
}

export interface EncounterSessionResult {
  /** The record of the encounter, finished or not; undefined when it could not start. */
  readonly record: SessionRecord | undefined;
}

/** Draws the encounter screen, plays the encounter, and resolves once the trainee leaves it. */
export async function playEncounter(options: EncounterSessionOptions): Promise<EncounterSessionResult> {
  const { story, settings } = options;
  const strings = uiStrings(story.header.lang);
  const layout = createEncounterLayout(options.root);
  const compiled = await story.load();
  // Assigned below; the end panel asks only once the runner has played.
  let runner: EncounterRunner | undefined;
  const dialogue = new DialoguePresenter({
    root: layout.overlay,
    strings,
    settings,
    characterName: story.header.character,
    // The app keeps and debriefs an encounter once a choice was made (main.ts, `play`).
    ...(options.exitLabel === undefined
      ? {}
      : { debrief: { label: options.exitLabel, available: () => (runner?.record.choices.length ?? 0) > 0 } }),
    describeFailure: (message) => describeFailure(message, compiled.path, story.header.lang),
  });
  const stage = await startStage(layout.stage, settings, () => options.notify(strings.notices.stageUnavailable));
  const presenters: Presenter[] = stage === undefined ? [dialogue] : [stage, dialogue];

  runner = new EncounterRunner({
    story: compiled,
    presenters,
    clock: { now: () => Date.now() },
    seed: options.seed,
    fallbackLanguage: story.lang,
    saveStore: options.slot,
    ...(options.resumeFrom === undefined ? {} : { resumeFrom: options.resumeFrom }),
  });
  if (options.resumeFrom !== undefined) dialogue.restoreHistory(historyOf(options.resumeFrom.record));
  const meter =
    options.revealTrust === undefined
      ? undefined
      : createTrustMeter(document, {
          strings: options.revealTrust,
          events: runner.sessionEvents,
          trust: options.resumeFrom?.link.trust ?? linkRules.startingTrust(runner.header.wariness),
          broken: options.resumeFrom?.link.broken ?? false,
          safety: options.resumeFrom?.link.safety ?? null,
        });
  if (meter !== undefined) layout.overlay.prepend(meter.element);

  const stopListening = options.audio.listen(runner.playerEvents);
  let toldSaveFailed = false;
  runner.playerEvents.on('saveFailed', () => {
    // Once is enough: the trainee can play on, and every later choice would say the same.
    if (toldSaveFailed) return;
    toldSaveFailed = true;
    dialogue.showNotice(strings.dialogue.progressNotSaved);
  });
  const advancer = new LineAdvancer({
    target: document,
    presenter: dialogue,
    hurryUp: () => runner.hurryUp(),
    next: () => runner.skipLine(),
  });
  // Browsers keep audio blocked until the page is touched: the first key or tap opens it.
  const unlockAudio = (): void => options.audio.unlock();
  document.addEventListener('pointerdown', unlockAudio, { once: true });
  document.addEventListener('keydown', unlockAudio, { once: true });

  const exited = new Promise<void>((resolve) => dialogue.onExit(resolve));
  const record = await runner.run();
  // A finished encounter (or one that failed) is not offered as "Continuer" again.
  if (record.outcome !== null) options.slot.clear();
  await exited;

  document.removeEventListener('pointerdown', unlockAudio);
  document.removeEventListener('keydown', unlockAudio);
  advancer.dispose();
  stopListening();
  options.audio.stop();
  stage?.destroy();
  meter?.dispose();
  dialogue.dispose();
  return { record };
}

/**
 * A failure's detail for the encounter's author: without the story's path in front
 * (the library's is no file anyone has), in French for a French encounter. The French
 * words load only now, so the game's entry does not carry them.
 */
export async function describeFailure(message: string, path: string, lang: Language): Promise<string> {
  const detail = message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
  if (lang !== 'fr') return detail;
  const { diagnosticInFrench } = await import('../authoring/diagnostic-words.ts');
  return diagnosticInFrench(detail);
}

type Stage = Awaited<ReturnType<typeof import('../scene/stage-presenter.ts').createStage>>;

/** Loads Phaser and the stage on demand; undefined when the device cannot draw it. */
async function startStage(
  parent: HTMLElement,
  settings: Settings,
  onUnavailable: () => void,
): Promise<Stage | undefined> {
  try {
    const { createStage } = await import('../scene/stage-presenter.ts');
    return await createStage({ parent, reducedMotion: settings.reducedMotion, highContrast: settings.highContrast });
  } catch {
    // No WebGL, no canvas, or the chunk failed to load: the encounter goes on in text.
    onUnavailable();
    return undefined;
  }
}

/**
 * The history a resumed encounter (or the studio's replayed preview) shows: every line
 * and every choice so far, each line with the stage directions that came with it (the
 * body language and distance written in the log during play). The runner records a
 * line's directions just before it, and carries those of a line without text to the
 * next line, across a choice: so does this.
 */
export function historyOf(record: SessionRecord): HistoryEntry[] {
  let directions: StageDirection[] = [];
  return record.events.flatMap((event): HistoryEntry[] => {
    switch (event.type) {
      case 'distanceChanged':
        directions.push({ type: 'distance', from: event.from, to: event.to });
        return [];
      case 'cueShown':
        directions.push({ type: 'cue', cue: event.cue });
        return [];
      case 'momentChanged':
        directions.push({ type: 'moment', moment: event.moment });
        return [];
      case 'visitStarted':
        directions.push({ type: 'visit', visit: event.visit });
        return [];
      case 'lineShown': {
        const entry: HistoryEntry = { speaker: event.speaker, text: event.text, kind: 'line', directions };
        directions = [];
        return [entry];
      }
      case 'choiceMade':
        return [{ speaker: 'worker', text: event.text, kind: 'choice' }];
      default:
        return [];
    }
  });
}
