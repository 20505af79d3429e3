/**
 * The encounter screen's frame: the stage (where the Phaser canvas goes, `#stage`)
 * and, over its lower part on wide screens or below it on phones, the dialogue
 * overlay where the `DialoguePresenter` draws. The DOM sits above the canvas, so the
 * text stays real text: zoomable, selectable, read by screen readers.
 */
export interface EncounterLayout {
  /** The `<main>` of the encounter screen. */
  readonly screen: HTMLElement;
  /** `#stage`: the scene's parent element. */
  readonly stage: HTMLElement;
  /** The `DialoguePresenter`'s root. */
  readonly overlay: HTMLElement;
}

/** Replaces what `root` holds with an empty encounter screen. */
export function createEncounterLayout(root: HTMLElement): EncounterLayout {
  const document = root.ownerDocument;
  const screen = document.createElement('main');
  screen.className = 'encounter-screen';
  const stage = document.createElement('div');
  stage.id = 'stage';
  stage.className = 'stage';
  // The picture says nothing the history does not: the log writes the body language and
  // the distance out, so screen readers skip the canvas instead of meeting an unnamed image.
  stage.setAttribute('aria-hidden', 'true');
  const overlay = document.createElement('div');
  overlay.className = 'dialogue-overlay';
  screen.append(stage, overlay);
  root.replaceChildren(screen);
  return { screen, stage, overlay };
}
