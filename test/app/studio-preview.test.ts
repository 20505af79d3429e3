// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import {
  behindReplay,
  createStudioPreview,
  keepingFocusOutside,
  ReplayPresenter,
} from '../../src/app/studio-preview.ts';
import {
  type CancelSignal,
  type CompiledStory,
  EncounterRunner,
  FakeClock,
  type PresentedChoice,
  type PresentedLine,
  type Presenter,
  type RuntimeErrorPlace,
  ScriptedPresenter,
} from '../../src/engine/index.ts';
import { defaultSettings, type Settings } from '../../src/ui/settings.ts';
import { compileStory } from '../support/compile-story.ts';

const STORY = `# title: Le banc
# lang: fr
# setting: street
# character: Sam
# wariness: 3
# summary: Un premier bonjour.
# duration: 3
# concepts: lien, rythme
VAR link = "fragile"
Sam est assis sur le banc.
-> start
== start ==
+ [Dire bonjour de loin #act: greet] Bonjour. # speaker: worker
  Salut. # speaker: Sam
  -> second
+ [S'approcher #act: approach]
  Tu fais quelques pas. # distance: near
  -> second
== second ==
Sam regarde la rue.
+ [Rester là #act: hold]
  Tu restes là.
  -> ending
+ [Partir #act: leave]
  -> ending
== ending ==
À la prochaine. # end: kept
-> END
== link_broken ==
Sam s'en va. # end: broken
-> END
`;

/** The same story after an edit that removed the second choice of `second`. */
const STORY_EDITED = STORY.replace('+ [Partir #act: leave]\n  -> ending\n', '');

function runnerWith(story: CompiledStory, presenters: Presenter[]) {
  return new EncounterRunner({ story, presenters, clock: new FakeClock(0, 100), seed: 1 });
}

/** A presenter that never lets a line go by itself: only the runner's "next" moves it on. */
class WaitingPresenter extends ScriptedPresenter {
  override presentLine(line: PresentedLine, control?: { next: CancelSignal }): Promise<void> {
    void super.presentLine(line);
    return new Promise((resolve) => control?.next.onCancel(resolve));
  }
}

describe('replaying the author’s choices after a change', () => {
  it('answers from the script, then leaves the choices to the live presenters', async () => {
    const finished: number[] = [];
    let runner: EncounterRunner | undefined;
    const replay = new ReplayPresenter([0], {
      skipLine: () => runner?.skipLine(),
      onFinished: (count) => finished.push(count),
    });
    const live = new ScriptedPresenter([1]);
    runner = runnerWith(compileStory(STORY, 'banc'), [replay, behindReplay(live, replay)]);

    const record = await runner.run();

    expect(record.choices).toEqual([0, 1]);
    expect(finished).toEqual([1]);
    // The live presenter saw nothing of the replayed part: its first choices are those after it.
    expect(live.transcript[0]).toEqual({ type: 'choices', texts: ['Rester là', 'Partir'] });
    expect(live.lines.map((line) => line.text)).toEqual(['À la prochaine.']);
  });

  it('moves the replayed lines on at once, even past a presenter that waits for the player', async () => {
    let runner: EncounterRunner | undefined;
    const replay = new ReplayPresenter([0, 0], { skipLine: () => runner?.skipLine(), onFinished: () => {} });
    const stage = new WaitingPresenter([]);
    runner = runnerWith(compileStory(STORY, 'banc'), [replay, stage]);

    const record = await runner.run();

    expect(record.outcome?.status).toBe('kept');
    expect(stage.lines.map((line) => line.text)).toContain('Salut.');
  });

  it('stops replaying at a choice that no longer exists, and the player goes on from there', async () => {
    const finished: number[] = [];
    let runner: EncounterRunner | undefined;
    const replay = new ReplayPresenter([0, 1], {
      skipLine: () => runner?.skipLine(),
      onFinished: (count) => finished.push(count),
    });
    const live = new ScriptedPresenter([0]);
    runner = runnerWith(compileStory(STORY_EDITED, 'banc'), [replay, behindReplay(live, replay)]);

    const record = await runner.run();

    expect(finished).toEqual([1]);
    expect(record.choices).toEqual([0, 0]);
    expect(live.transcript[0]).toEqual({ type: 'choices', texts: ['Rester là'] });
  });

  it('replays nothing and hides nothing when there is nothing to replay', async () => {
    const finished: number[] = [];
    const replay = new ReplayPresenter([], { skipLine: () => {}, onFinished: (count) => finished.push(count) });
    const live = new ScriptedPresenter([0, 0]);
    const runner = runnerWith(compileStory(STORY, 'banc'), [replay, behindReplay(live, replay)]);

    await runner.run();

    expect(replay.replaying).toBe(false);
    expect(finished).toEqual([]);
    expect(live.lines[0]?.text).toBe('Sam est assis sur le banc.');
  });

  it('finishes the replay when the story ends inside it', async () => {
    const finished: number[] = [];
    let runner: EncounterRunner | undefined;
    const replay = new ReplayPresenter([0, 0], {
      skipLine: () => runner?.skipLine(),
      onFinished: (count) => finished.push(count),
    });
    const live = new ScriptedPresenter([]);
    runner = runnerWith(compileStory(STORY, 'banc'), [replay, behindReplay(live, replay)]);

    await runner.run();

    expect(finished).toEqual([2]);
    expect(live.transcript).toEqual([{ type: 'end', status: 'kept', reason: 'story' }]);
  });
});

describe('the preview beside the editor', () => {
  const settings: Settings = {
    ...defaultSettings({ browserLanguage: 'fr', prefersReducedMotion: false, prefersMoreContrast: false }),
    textSpeed: 'instant',
  };
  const compiled = compileStory(STORY, 'banc');
  let container: HTMLElement;

  afterEach(() => {
    container?.remove();
  });

  function setUp() {
    container = document.createElement('div');
    document.body.append(container);
    const unavailable: string[] = [];
    const host = createStudioPreview(container, {
      settings,
      playAgainLabel: 'Recommencer',
      createStage: async () => undefined,
      onStageUnavailable: () => unavailable.push('stage'),
    });
    return { host, unavailable };
  }

  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
  const noPlace = () => {};
  const choiceButtons = () => [...container.querySelectorAll<HTMLButtonElement>('.dialogue-choice')];
  const logText = () => container.querySelector('[role="log"]')?.textContent ?? '';

  it('replays the choices already made, shows the history whole, and reports the choices', async () => {
    const { host, unavailable } = setUp();
    const reported: (readonly number[])[] = [];

    host.start({
      compiled,
      lang: 'fr',
      goTo: noPlace,
      replayChoices: [0],
      onChoicesChange: (made) => reported.push(made),
    });
    await settle();

    expect(unavailable).toEqual(['stage']);
    expect(logText()).toContain('Dire bonjour de loin');
    expect(logText()).toContain('Salut.');
    expect(reported).toEqual([[0]]);
    // The trust is shown to the author, always.
    expect(container.querySelector('[role="meter"]')?.getAttribute('aria-label')).toBe('Lien (mode démonstration)');

    // Lines after the replay wait for the author; the choices come after them.
    for (let step = 0; step < 5 && choiceButtons().length === 0; step++) {
      container.querySelector<HTMLButtonElement>('.dialogue-continue')?.click();
      await settle();
    }
    choiceButtons()[0]?.click();
    await settle();
    expect(reported[reported.length - 1]).toEqual([0, 0]);
    host.dispose();
    expect(container.childElementCount).toBe(0);
  });

  it('starts again in place: one overlay at a time', async () => {
    const { host } = setUp();
    host.start({ compiled, lang: 'fr', goTo: noPlace, replayChoices: [], onChoicesChange: () => {} });
    await settle();
    host.start({
      compiled: compileStory(STORY_EDITED, 'banc'),
      lang: 'fr',
      goTo: noPlace,
      replayChoices: [],
      onChoicesChange: () => {},
    });
    await settle();

    expect(container.querySelectorAll('.dialogue')).toHaveLength(1);
    expect(container.querySelectorAll('.trust-meter')).toHaveLength(1);
    host.stop();
    expect(container.querySelectorAll('.dialogue')).toHaveLength(0);
    host.dispose();
  });

  it('names the outcome on the end panel, for the author', async () => {
    const { host } = setUp();
    // Greet from afar, then stay: the story ends with `# end: kept`.
    host.start({ compiled, lang: 'fr', goTo: noPlace, replayChoices: [0, 0], onChoicesChange: () => {} });
    await settle();
    for (let step = 0; step < 10 && container.querySelector('.dialogue-end') === null; step++) {
      container.querySelector<HTMLButtonElement>('.dialogue-continue')?.click();
      await settle();
    }

    expect(container.querySelector('.dialogue-end')?.textContent).toContain('Issue\u00a0: lien gardé');
    host.dispose();
  });

  it('shows the author why the story stopped, unfolded and in French', async () => {
    const { host } = setUp();
    // Staying asks ink for a number between 5 and 1: it compiles, and fails as it plays.
    const broken = compileStory(STORY.replace('  Tu restes là.\n', '  Tu restes là {RANDOM(5, 1)} minutes.\n'), 'banc');
    const wentTo: RuntimeErrorPlace[] = [];
    host.start({
      compiled: broken,
      lang: 'fr',
      goTo: (place) => wentTo.push(place),
      replayChoices: [0, 0],
      onChoicesChange: () => {},
    });
    await settle();
    for (let step = 0; step < 10 && container.querySelector('.dialogue-end') === null; step++) {
      container.querySelector<HTMLButtonElement>('.dialogue-continue')?.click();
      await settle();
    }

    const details = container.querySelector<HTMLDetailsElement>('.dialogue-failure-details');
    expect(details?.open).toBe(true);
    await expect
      .poll(() => details?.querySelector('p')?.textContent ?? '', { timeout: 5_000 })
      .toContain('RANDOM a reçu 5 comme minimum et 1 comme maximum');
    expect(details?.querySelector('p')?.lang).toBe('fr');
    expect(details?.textContent).not.toContain('RUNTIME ERROR');
    // ink names no line for this error, only its knot: the notice says so, and a button takes the author there.
    expect(container.querySelector('.dialogue-failure-text')?.textContent).toContain('(nœud «\u00a0second\u00a0»)');
    expect(details?.querySelector('p')?.textContent).toContain('dans le nœud «\u00a0second\u00a0»');
    const go = container.querySelector<HTMLButtonElement>('.dialogue-failure-go');
    expect(go?.textContent).toBe('Aller au nœud «\u00a0second\u00a0»');
    go?.click();
    expect(wentTo).toEqual([{ kind: 'knot', knot: 'second' }]);
    host.dispose();
  });

  it('starts at the knot the author picked', async () => {
    const { host } = setUp();
    host.start({
      compiled,
      lang: 'fr',
      startKnot: 'second',
      goTo: noPlace,
      replayChoices: [],
      onChoicesChange: () => {},
    });
    await settle();

    expect(logText()).toContain('Sam regarde la rue.');
    expect(logText()).not.toContain('Sam est assis sur le banc.');
    host.dispose();
  });
});

describe('keeping the author’s focus', () => {
  it('leaves focus in the editor when the preview offers choices', async () => {
    const container = document.createElement('div');
    const editor = document.createElement('textarea');
    document.body.append(editor, container);
    const grabbing: Presenter = {
      presentLine: async () => {},
      presentChoices: async (choices: readonly PresentedChoice[]) => {
        const button = document.createElement('button');
        container.append(button);
        button.focus();
        return choices[0]?.index;
      },
    };
    editor.focus();

    await keepingFocusOutside(grabbing, container).presentChoices([{ index: 0, text: 'a', act: undefined }], {
      cancelled: false,
      onCancel: () => () => {},
    });

    expect(document.activeElement).toBe(editor);
    editor.remove();
    container.remove();
  });

  it('lets focus move within the preview while the author plays there', async () => {
    const container = document.createElement('div');
    const current = document.createElement('button');
    container.append(current);
    document.body.append(container);
    const next = document.createElement('button');
    const moving: Presenter = {
      presentLine: async () => {},
      presentChoices: async () => {
        container.append(next);
        next.focus();
        return 0;
      },
    };
    current.focus();

    await keepingFocusOutside(moving, container).presentChoices([], { cancelled: false, onCancel: () => () => {} });

    expect(document.activeElement).toBe(next);
    container.remove();
  });
});
