// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { EncounterRunner, FakeClock } from '../../src/engine/index.ts';
import { DialoguePresenter } from '../../src/ui/dialogue-presenter.ts';
import { type AdvanceablePresenter, LineAdvancer } from '../../src/ui/line-advancer.ts';
import { defaultSettings } from '../../src/ui/settings.ts';
import { uiStrings } from '../../src/ui/strings.ts';
import { compileStory } from '../support/compile-story.ts';
import { oneByRole, spokenText } from './dom-helpers.ts';
import { FakeScheduler } from './fake-scheduler.ts';

/** A presenter reduced to what the advancer reads, set by hand. */
class StubPresenter implements AdvanceablePresenter {
  isTyping = false;
  isShowingLine = true;
  private readonly listeners = new Set<() => void>();

  onAdvance(callback: () => void): () => void {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }

  click(): void {
    for (const listener of this.listeners) listener();
  }
}

function press(target: EventTarget, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

const advancers: LineAdvancer[] = [];

function setUp(presenter = new StubPresenter()) {
  const calls: string[] = [];
  const advancer = new LineAdvancer({
    target: document,
    presenter,
    hurryUp: () => calls.push('hurryUp'),
    next: () => calls.push('next'),
  });
  advancers.push(advancer);
  return { presenter, calls, advancer };
}

afterEach(() => {
  for (const advancer of advancers.splice(0)) advancer.dispose();
  document.body.replaceChildren();
});

describe('the line advancer', () => {
  it('hurries a line still being typed, and moves on from a line typed out', () => {
    const { presenter, calls } = setUp();
    presenter.isTyping = true;
    press(document.body, ' ');
    presenter.isTyping = false;
    press(document.body, 'Enter');

    expect(calls).toEqual(['hurryUp', 'next']);
  });

  it('takes a click on the dialogue box the same way', () => {
    const { presenter, calls } = setUp();
    presenter.isTyping = true;
    presenter.click();
    presenter.isTyping = false;
    presenter.click();

    expect(calls).toEqual(['hurryUp', 'next']);
  });

  it('stops Space from scrolling the page when it goes on', () => {
    setUp();
    expect(press(document.body, ' ').defaultPrevented).toBe(true);
  });

  it('leaves Space and Enter to a focused control', () => {
    const { calls } = setUp();
    const button = document.createElement('button');
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    document.body.append(button, checkbox);

    press(button, 'Enter');
    press(checkbox, ' ');
    expect(calls).toEqual([]);
  });

  it('ignores a held key, other keys, and keys while no line is shown', () => {
    const { presenter, calls } = setUp();
    press(document.body, ' ', { repeat: true });
    press(document.body, 'a');
    press(document.body, 'Enter', { ctrlKey: true });
    presenter.isShowingLine = false;
    press(document.body, ' ');
    presenter.click();

    expect(calls).toEqual([]);
  });

  it('stops listening once disposed', () => {
    const { presenter, calls, advancer } = setUp();
    advancer.dispose();
    press(document.body, ' ');
    presenter.click();

    expect(calls).toEqual([]);
  });
});

describe('an encounter played with the keyboard through the overlay', () => {
  const STORY = `# title: Le banc
# lang: fr
# setting: street
# character: Sam
# wariness: 3
# summary: Un bonjour.
# duration: 2
# concepts: lien
VAR link = "fragile"
Sam est assis sur le banc. # distance: far
-> start
== start ==
+ [Dire bonsoir de loin #act: greet] Bonsoir. # speaker: worker
  Salut. # speaker: Sam # cue: smiles
  -> END
+ [Traverser #act: approach] -> END
`;

  it('types, hurries, goes on, takes a number key and ends on the end panel', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const scheduler = new FakeScheduler();
    const settings = defaultSettings({
      browserLanguage: 'fr-CA',
      prefersReducedMotion: false,
      prefersMoreContrast: false,
    });
    const presenter = new DialoguePresenter({ root, strings: uiStrings('fr'), settings, characterName: '', scheduler });
    const runner = new EncounterRunner({
      story: compileStory(STORY, 'banc'),
      presenters: [presenter],
      clock: new FakeClock(),
      seed: 1,
    });
    const advancer = new LineAdvancer({
      target: document,
      presenter,
      hurryUp: () => runner.hurryUp(),
      next: () => runner.skipLine(),
    });
    advancers.push(advancer);
    const settle = async (): Promise<void> => {
      for (let turn = 0; turn < 20; turn++) await Promise.resolve();
    };

    const played = runner.run();
    await settle();
    expect(presenter.isTyping).toBe(true);
    press(document.body, ' ');
    expect(presenter.isTyping).toBe(false);
    press(document.body, ' ');
    await settle();

    expect(oneByRole(root, 'group', 'Choix')).toBeDefined();
    press(document.body, '1');
    await settle();
    scheduler.advance(60_000);
    oneByRole(root, 'button', 'Continuer').click();
    await settle();
    scheduler.advance(60_000);
    press(document.body, 'Enter');
    const record = await played;

    expect(record.choices).toEqual([0]);
    const log = oneByRole(root, 'log');
    expect(spokenText(log)).toContain('Sam est assis sur le banc.');
    expect(spokenText(log)).toContain('Vous\u00a0: Dire bonsoir de loin');
    expect(spokenText(log)).toContain('Sam sourit');
    expect(spokenText(log)).toContain('Sam\u00a0: Salut.');
    expect(oneByRole(root, 'heading', 'Fin de la rencontre')).toBeDefined();
    presenter.dispose();
  });
});
