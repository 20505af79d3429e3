// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CancelSource,
  type LineControl,
  type PresentedChoice,
  type PresentedLine,
  type StageDirection,
} from '../../src/engine/index.ts';
import { DialoguePresenter } from '../../src/ui/dialogue-presenter.ts';
import { defaultSettings, type Settings } from '../../src/ui/settings.ts';
import { uiStrings } from '../../src/ui/strings.ts';
import { byRole, oneByRole, spokenText, visibleText } from './dom-helpers.ts';
import { FakeScheduler } from './fake-scheduler.ts';

const FRENCH = defaultSettings({ browserLanguage: 'fr-CA', prefersReducedMotion: false, prefersMoreContrast: false });

const presenters: DialoguePresenter[] = [];

function setUp(options: { settings?: Partial<Settings>; lang?: 'fr' | 'en'; characterName?: string } = {}) {
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.append(root);
  const scheduler = new FakeScheduler();
  const lang = options.lang ?? 'fr';
  const presenter = new DialoguePresenter({
    root,
    strings: uiStrings(lang),
    settings: { ...FRENCH, lang, ...options.settings },
    characterName: options.characterName ?? 'Josée',
    scheduler,
  });
  presenters.push(presenter);
  return { root, scheduler, presenter, log: () => oneByRole(root, 'log') };
}

function line(text: string, speaker?: string, directions: StageDirection[] = []): PresentedLine {
  return { index: 0, text, speaker, mood: undefined, directions };
}

function control(): { control: LineControl; hurry: CancelSource; next: CancelSource } {
  const hurry = new CancelSource();
  const next = new CancelSource();
  return { control: { hurry: hurry.signal, next: next.signal }, hurry, next };
}

function choices(...texts: string[]): PresentedChoice[] {
  return texts.map((text, index) => ({ index, text, act: undefined }));
}

function press(target: EventTarget, key: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

afterEach(() => {
  for (const presenter of presenters.splice(0)) presenter.dispose();
  document.body.replaceChildren();
});

describe('the dialogue history', () => {
  it('is a polite log named Dialogue that receives the whole line at once, while the typewriter is still typing', () => {
    const { presenter, log, scheduler } = setUp();
    void presenter.presentLine(line('Bonsoir. Fait frette à soir.', 'Josée'), control().control);

    expect(log().getAttribute('aria-live')).toBe('polite');
    expect(log().getAttribute('aria-label')).toBe('Dialogue');
    expect(spokenText(log())).toContain('Bonsoir. Fait frette à soir.');
    expect(presenter.isTyping).toBe(true);
    expect(visibleText(log())).not.toContain('Bonsoir.');

    scheduler.advance(28 * 3);
    // The visual copy grows; what a screen reader gets has not changed.
    expect(visibleText(log())).toContain('Bon');
    expect(spokenText(log()).match(/Bonsoir/g)).toHaveLength(1);
  });

  it('shows who speaks: the person by name, the trainee as "Vous", narration without a name', () => {
    const { presenter, log } = setUp({ settings: { textSpeed: 'instant' } });
    void presenter.presentLine(line('Salut.', 'Josée'), control().control);
    void presenter.presentLine(line('Bonsoir.', 'worker'), control().control);
    void presenter.presentLine(line('Le chien lève la tête.'), control().control);

    const entries = [...log().querySelectorAll('.dialogue-entry')];
    expect(entries.map((entry) => entry.querySelector('.dialogue-speaker')?.textContent ?? null)).toEqual([
      'Josée',
      'Vous',
      null,
    ]);
    expect(spokenText(log())).toContain('Vous\u00a0: Bonsoir.');
  });

  it('names the trainee "You" in English', () => {
    const { presenter, log } = setUp({ lang: 'en', settings: { textSpeed: 'instant' } });
    void presenter.presentLine(line('Evening.', 'worker'), control().control);

    expect(log().querySelector('.dialogue-speaker')?.textContent).toBe('You');
    expect(spokenText(log())).toContain('You: Evening.');
  });

  it('writes story text as literal text: markup in a line creates no element', () => {
    const { presenter, root, log, scheduler } = setUp();
    const attack = '<img src=x onerror=alert(1)>';
    void presenter.presentLine(line(attack, '<b>Josée</b>'), control().control);
    scheduler.advance(60_000);

    expect(root.querySelector('img, b')).toBeNull();
    expect(spokenText(log())).toContain(attack);
    expect(visibleText(log())).toContain(attack);
    expect(log().querySelector('.dialogue-speaker')?.textContent).toBe('<b>Josée</b>');
  });

  it('writes body language and distance as short sentences before the line, and leaves sounds to the audio', () => {
    const { presenter, log } = setUp({ settings: { textSpeed: 'instant' } });
    void presenter.presentLine(
      line('Elle regarde ailleurs.', undefined, [
        { type: 'cue', cue: 'turns_away' },
        { type: 'distance', from: 'far', to: 'near' },
        { type: 'sound', sound: 'dog_bark' },
        { type: 'ambience', ambience: 'street_night' },
        { type: 'moment', moment: 'closed' },
      ]),
      control().control,
    );

    const directions = [...log().querySelectorAll('.dialogue-direction')].map((element) => element.textContent);
    expect(directions).toEqual([
      'Josée se détourne',
      'Vous vous approchez : vous êtes à quelques pas de Josée',
      'Josée se ferme',
    ]);
    expect(log().textContent).not.toMatch(/dog_bark|street_night/);
  });
});

describe('the typewriter', () => {
  it('types the line out at the chosen speed and finishes at once when hurried, staying on the line', async () => {
    const { presenter, root, log, scheduler } = setUp({ settings: { textSpeed: 'slow' } });
    const { control: signals, hurry, next } = control();
    let done = false;
    void presenter.presentLine(line('Correct, merci.', 'Josée'), signals).then(() => {
      done = true;
    });

    scheduler.advance(55 * 4);
    expect(visibleText(log())).toContain('Corr');
    expect(visibleText(log())).not.toContain('Correct,');

    expect(root.querySelector('.dialogue')?.getAttribute('data-typing')).toBe('true');
    hurry.cancel();
    expect(presenter.isTyping).toBe(false);
    expect(root.querySelector('.dialogue')?.hasAttribute('data-typing')).toBe(false);
    expect(visibleText(log())).toContain('Correct, merci.');
    expect(scheduler.pending).toBe(0);
    await Promise.resolve();
    expect(done).toBe(false);

    next.cancel();
    await Promise.resolve();
    expect(done).toBe(true);
  });

  it('finishes by itself when left alone', () => {
    const { presenter, log, scheduler } = setUp({ settings: { textSpeed: 'fast' } });
    void presenter.presentLine(line('Ouin.'), control().control);

    scheduler.advance(10_000);
    expect(presenter.isTyping).toBe(false);
    expect(visibleText(log())).toContain('Ouin.');
  });

  it.each([
    ['instant text', { textSpeed: 'instant' as const }],
    ['reduced motion', { reducedMotion: true }],
  ])('shows the line whole at once with %s', (_name, settings) => {
    const { presenter, log, scheduler } = setUp({ settings });
    void presenter.presentLine(line('Bonsoir.', 'Josée'), control().control);

    expect(presenter.isTyping).toBe(false);
    expect(scheduler.pending).toBe(0);
    expect(visibleText(log())).toContain('Bonsoir.');
  });

  it('resolves when the runner moves on, even mid-line, with the line left whole in the history', async () => {
    const { presenter, log } = setUp();
    const { control: signals, next } = control();
    const shown = presenter.presentLine(line('Une longue phrase qui prend du temps.'), signals);

    next.cancel();
    await shown;
    expect(presenter.isTyping).toBe(false);
    expect(presenter.isShowingLine).toBe(false);
    expect(visibleText(log())).toContain('Une longue phrase qui prend du temps.');
  });
});

describe('going on', () => {
  it('offers "Continuer" and tells onAdvance when it or the dialogue box is clicked, never the runner itself', () => {
    const { presenter, root } = setUp({ settings: { textSpeed: 'instant' } });
    let advances = 0;
    presenter.onAdvance(() => advances++);
    void presenter.presentLine(line('Bonsoir.'), control().control);

    oneByRole(root, 'button', 'Continuer').click();
    (root.querySelector('.dialogue-entry') as HTMLElement).click();
    expect(advances).toBe(2);
    expect(presenter.isShowingLine).toBe(true);
  });

  it('does not ask to go on when no line is shown', () => {
    const { presenter, root } = setUp();
    let advances = 0;
    presenter.onAdvance(() => advances++);

    (root.querySelector('.dialogue') as HTMLElement).click();
    expect(advances).toBe(0);
  });
});

describe('choices', () => {
  it('are buttons in a group named "Choix", numbered, with focus on the first', () => {
    const { presenter, root } = setUp();
    void presenter.presentChoices(choices('Dire bonsoir', 'Traverser', 'Attendre'), new CancelSource().signal);

    const group = oneByRole(root, 'group', 'Choix');
    const buttons = byRole(group, 'button');
    expect(buttons.map((button) => button.textContent)).toEqual(['1Dire bonsoir', '2Traverser', '3Attendre']);
    expect(document.activeElement).toBe(buttons[0]);
    expect(byRole(root, 'button', 'Continuer')[0]?.hidden ?? true).toBe(true);
  });

  it('are named "Choices" in English', () => {
    const { presenter, root } = setUp({ lang: 'en' });
    void presenter.presentChoices(choices('Say hello'), new CancelSource().signal);

    expect(byRole(root, 'group', 'Choices')).toHaveLength(1);
  });

  it('picks with a number key, removes the buttons and writes the choice into the history as the trainee', async () => {
    const { presenter, root, log } = setUp();
    const picked = presenter.presentChoices(
      choices('Dire bonsoir', 'Traverser', 'Attendre'),
      new CancelSource().signal,
    );

    press(document.body, '2');
    expect(await picked).toBe(1);
    expect(byRole(root, 'group', 'Choix')).toHaveLength(0);
    const last = [...log().querySelectorAll('.dialogue-entry')].at(-1) as HTMLElement;
    expect(spokenText(last)).toBe('Vous\u00a0: Traverser');
  });

  it('ignores a number with no choice behind it', async () => {
    const { presenter, root } = setUp();
    void presenter.presentChoices(choices('Dire bonsoir', 'Traverser'), new CancelSource().signal);

    press(document.body, '5');
    expect(byRole(root, 'group', 'Choix')).toHaveLength(1);
  });

  it('moves focus with the arrows, wrapping around, and picks with Enter', async () => {
    const { presenter, root } = setUp();
    const picked = presenter.presentChoices(
      choices('Dire bonsoir', 'Traverser', 'Attendre'),
      new CancelSource().signal,
    );
    const buttons = byRole(oneByRole(root, 'group', 'Choix'), 'button');

    press(document.activeElement as Element, 'ArrowUp');
    expect(document.activeElement).toBe(buttons[2]);
    press(document.activeElement as Element, 'ArrowDown');
    expect(document.activeElement).toBe(buttons[0]);
    press(document.activeElement as Element, 'ArrowRight');
    expect(document.activeElement).toBe(buttons[1]);
    press(document.activeElement as Element, 'Enter');

    expect(await picked).toBe(1);
    // Focus is not dropped on the page: it waits on "Continuer" for the next line.
    expect(document.activeElement?.textContent).toBe('Continuer');
  });

  it('picks with a click or a tap', async () => {
    const { presenter, root } = setUp();
    const picked = presenter.presentChoices(choices('Dire bonsoir', 'Traverser'), new CancelSource().signal);

    oneByRole(root, 'button', 'Dire bonsoir').click();
    expect(await picked).toBe(0);
  });

  it('go away without an answer when another presenter answered first', async () => {
    const { presenter, root, log } = setUp();
    const cancelled = new CancelSource();
    const picked = presenter.presentChoices(choices('Dire bonsoir', 'Traverser'), cancelled.signal);

    cancelled.cancel();
    expect(await picked).toBeUndefined();
    expect(byRole(root, 'group', 'Choix')).toHaveLength(0);
    expect(log().children).toHaveLength(0);
    press(document.body, '1');
  });
});

describe('the start and the end', () => {
  const header = {
    title: 'Premier bonjour',
    lang: 'fr' as const,
    setting: 'street' as const,
    time: '',
    character: 'Josée',
    wariness: 4,
    summary: '',
    duration: 5,
    concepts: [],
    warnings: [],
  };

  it('shows the title of the encounter', async () => {
    const { presenter, root } = setUp();
    await presenter.presentStart({
      storyId: 'premier-bonjour',
      header,
      distance: 'far',
      moment: 'guarded',
      resumed: false,
      ambience: undefined,
    });

    expect(oneByRole(root, 'heading', 'Premier bonjour').tagName).toBe('H1');
  });

  it('says the encounter is over, offers the way back, and says nothing of how it went', async () => {
    const { presenter, root } = setUp();
    let exits = 0;
    presenter.onExit(() => exits++);
    await presenter.presentEnd({ status: 'kept', reason: 'story', message: undefined });

    expect(oneByRole(root, 'heading', 'Fin de la rencontre')).toBeDefined();
    expect(root.textContent).toContain('La rencontre est terminée.');
    expect(root.textContent).not.toMatch(/confiance|lien|points?|score|kept/i);
    expect(byRole(root, 'alert')).toHaveLength(0);
    oneByRole(root, 'button', 'Retour à l’accueil').click();
    expect(exits).toBe(1);
  });

  it('shows a failure as text in an alert', async () => {
    const { presenter, root } = setUp();
    await presenter.presentEnd({
      status: 'ended',
      reason: 'failure',
      message: 'stories/fr/x.ink: <script>boom</script>',
    });

    const alert = oneByRole(root, 'alert');
    expect(alert.textContent).toContain('stories/fr/x.ink: <script>boom</script>');
    expect(root.querySelector('script')).toBeNull();
  });
});

describe('an encounter that fails while it plays', () => {
  const RAN_OUT =
    "library:mine-banc: RUNTIME ERROR: 'stories/fr/banc.ink' line 14: ran out of content. Do you need a '-> DONE' or '-> END'?";

  function failing(options: { lang?: 'fr' | 'en'; chose?: boolean; describe?: (message: string) => Promise<string> }) {
    document.body.replaceChildren();
    const root = document.createElement('div');
    document.body.append(root);
    const lang = options.lang ?? 'fr';
    const strings = uiStrings(lang);
    const presenter = new DialoguePresenter({
      root,
      strings,
      settings: { ...FRENCH, lang },
      characterName: 'Josée',
      scheduler: new FakeScheduler(),
      debrief: { label: strings.dialogue.openDebrief, available: () => options.chose ?? true },
      ...(options.describe === undefined ? {} : { describeFailure: options.describe }),
    });
    presenters.push(presenter);
    return { root, presenter };
  }

  it('says calmly, in French, that the text must be fixed and where, that the path is kept, and leads to the debrief', async () => {
    const { root, presenter } = failing({ describe: async () => 'erreur pendant le jeu (banc.ink, ligne 14)' });
    let exits = 0;
    presenter.onExit(() => exits++);
    await presenter.presentEnd({ status: 'ended', reason: 'failure', message: RAN_OUT });

    const alert = oneByRole(root, 'alert');
    expect(visibleText(alert)).toContain(
      'Cette rencontre s’arrête ici : son texte a un problème que la personne qui l’a écrite doit corriger (banc.ink, ligne 14).',
    );
    expect(visibleText(alert)).toContain('Votre parcours jusqu’ici est gardé.');
    // Only the studio's preview sends the author to the line: a trainee has no editor.
    expect(byRole(alert, 'button')).toHaveLength(0);
    // ink's English is there for the author, folded away under a summary of its own.
    const details = alert.querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Détails pour la personne qui a écrit la rencontre');
    await vi.waitFor(() =>
      expect(details.querySelector('p')?.textContent).toBe('erreur pendant le jeu (banc.ink, ligne 14)'),
    );
    expect(details.querySelector('p')?.lang).toBe('fr');
    expect(root.textContent).not.toContain('La rencontre est terminée.');
    expect(document.activeElement).toBe(oneByRole(root, 'heading', 'Fin de la rencontre'));
    oneByRole(root, 'button', 'Voir le retour sur la rencontre').click();
    expect(exits).toBe(1);
  });

  it('says it in English for an English encounter, ink’s words kept in the details', async () => {
    const { root, presenter } = failing({ lang: 'en' });
    await presenter.presentEnd({ status: 'ended', reason: 'failure', message: RAN_OUT });

    const alert = oneByRole(root, 'alert');
    expect(visibleText(alert)).toContain(
      'This encounter stops here: its text has a problem that the person who wrote it needs to fix (banc.ink, line 14).',
    );
    expect(visibleText(alert)).toContain('What you played so far is kept.');
    expect(alert.querySelector('summary')?.textContent).toBe('Details for the person who wrote the encounter');
    expect(alert.querySelector('details p')?.textContent).toBe(RAN_OUT);
    expect(alert.querySelector('details p')?.getAttribute('lang')).toBe('en');
    expect(oneByRole(root, 'button', 'See the debrief')).toBeDefined();
  });

  it('leads back to the start, and promises nothing kept, when it failed before any choice', async () => {
    const { root, presenter } = failing({ chose: false });
    await presenter.presentEnd({
      status: 'ended',
      reason: 'failure',
      message: "library:mine-banc: Missing function binding for external 'sonner'",
    });

    const alert = oneByRole(root, 'alert');
    expect(visibleText(alert)).toContain(
      'Cette rencontre s’arrête ici : son texte a un problème que la personne qui l’a écrite doit corriger.',
    );
    expect(alert.textContent).not.toContain('gardé');
    expect(oneByRole(root, 'button', 'Retour à l’accueil')).toBeDefined();
    expect(byRole(root, 'button', 'Voir le retour sur la rencontre')).toHaveLength(0);
  });

  it('keeps ink’s message when its French words cannot be loaded', async () => {
    const { root, presenter } = failing({ describe: () => Promise.reject(new Error('offline')) });
    await presenter.presentEnd({ status: 'ended', reason: 'failure', message: RAN_OUT });
    await Promise.resolve();

    expect(root.querySelector('details p')?.textContent).toBe(RAN_OUT);
  });
});

describe('resuming and notices', () => {
  it('rebuilds the history at once, without typing, with the trainee as "Vous"', () => {
    const { presenter, log, scheduler } = setUp();
    presenter.restoreHistory([
      { speaker: undefined, text: 'Rue Ontario, 23 h.', kind: 'line' },
      { speaker: 'worker', text: 'Dire bonsoir de loin', kind: 'choice' },
      { speaker: 'worker', text: 'Bonsoir.', kind: 'line' },
      { speaker: 'Josée', text: 'Salut.', kind: 'line' },
    ]);

    expect(scheduler.pending).toBe(0);
    expect(presenter.isTyping).toBe(false);
    expect(visibleText(log())).toBe('Rue Ontario, 23 h.VousDire bonsoir de loinVousBonsoir.JoséeSalut.');
    expect(log().querySelectorAll('.dialogue-entry-choice')).toHaveLength(1);
    expect(log().getAttribute('aria-live')).toBe('polite');
  });

  it('shows a notice in a status region without stopping the line', () => {
    const { presenter, root } = setUp({ settings: { textSpeed: 'instant' } });
    void presenter.presentLine(line('Bonsoir.'), control().control);
    presenter.showNotice(uiStrings('fr').dialogue.progressNotSaved);

    expect(oneByRole(root, 'status').textContent).toBe(
      'Votre progression ne peut pas être enregistrée sur cet appareil.',
    );
    expect(presenter.isShowingLine).toBe(true);
  });
});
