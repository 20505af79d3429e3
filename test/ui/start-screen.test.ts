// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language, StoryHeader } from '../../src/engine/index.ts';
import { defaultSettings, type Settings } from '../../src/ui/settings.ts';
import {
  type CatalogueStory,
  encountersIn,
  type LibraryOptions,
  renderStartScreen,
  type StartScreenOptions,
} from '../../src/ui/start-screen.ts';
import { accessibleName, byRole, oneByRole } from './dom-helpers.ts';

function story(id: string, lang: Language, title: string, header: Partial<StoryHeader> = {}): CatalogueStory {
  return {
    id,
    path: `stories/${lang}/${id}.ink`,
    lang,
    header: {
      title,
      lang,
      setting: 'street',
      time: '23 h, novembre',
      character: 'Josée',
      wariness: 3,
      summary: 'Premier soir de travail de rue.',
      duration: 5,
      concepts: ['lien', 'voisinage-courtois'],
      warnings: [],
      ...header,
    },
  };
}

const STORIES = [
  story('premier-bonjour', 'fr', 'Premier bonjour', {
    warnings: ['itinérance', 'consommation de drogues évoquée'],
  }),
  story('arret', 'fr', 'Arrêt du bus', { setting: 'bus', character: 'Kevin', concepts: ['non-demande'] }),
  story('premier-bonjour', 'en', 'First Hello', { character: 'Josée', warnings: ['homelessness'] }),
];
const FRENCH = defaultSettings({ browserLanguage: 'fr-CA', prefersReducedMotion: false, prefersMoreContrast: false });

function setUp(options: Partial<StartScreenOptions> = {}) {
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.append(root);
  const started: [string, Language][] = [];
  const changes: Settings[] = [];
  let continued = 0;
  const screen = renderStartScreen(root, {
    stories: STORIES,
    settings: FRENCH,
    onStart: (id, lang) => started.push([id, lang]),
    onContinue: () => continued++,
    onSettingsChange: (settings) => {
      changes.push(settings);
      return true;
    },
    ...options,
  });
  return { root, screen, started, changes, continued: () => continued };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the catalogue', () => {
  it('lists only the encounters written in the chosen language, by title', () => {
    expect(encountersIn(STORIES, 'fr').map((encounter) => encounter.header.title)).toEqual([
      'Arrêt du bus',
      'Premier bonjour',
    ]);
    expect(encountersIn(STORIES, 'en').map((encounter) => encounter.header.title)).toEqual(['First Hello']);
  });

  it('shows each encounter with its title, person, setting, time, duration, concepts and summary', () => {
    const { root } = setUp();
    const catalogue = oneByRole(root, 'region', 'Rencontres');
    const card = oneByRole(catalogue, 'article', 'Premier bonjour');
    const facts = Object.fromEntries(
      [...card.querySelectorAll('dt')].map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    );

    expect(byRole(catalogue, 'article').map((article) => accessibleName(article))).toEqual([
      'Arrêt du bus',
      'Premier bonjour',
    ]);
    expect(facts).toEqual({
      Personne: 'Josée',
      Lieu: 'Rue',
      Moment: '23 h, novembre',
      Durée: '5\u00a0min',
      'Notions travaillées': 'Le lien, Le voisinage courtois',
      'Sujets sensibles': 'itinérance\u00a0; consommation de drogues évoquée',
    });
    expect(card.querySelector('p')?.textContent).toBe('Premier soir de travail de rue.');
    expect(accessibleName(oneByRole(card, 'button', 'Commencer'))).toBe('Commencer Premier bonjour');
  });

  it('writes header text as text, never as markup', () => {
    const { root } = setUp({
      stories: [story('x', 'fr', '<img src=x onerror=alert(1)>', { summary: '<script>alert(1)</script>' })],
    });

    expect(root.querySelector('img, script')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('starts an encounter without warnings at once', () => {
    const { root, started } = setUp();
    oneByRole(oneByRole(root, 'article', 'Arrêt du bus'), 'button', 'Commencer').click();

    expect(started).toEqual([['arret', 'fr']]);
    expect(byRole(root, 'dialog')).toHaveLength(0);
  });
});

describe('content warnings', () => {
  it('are shown in a modal dialog before the encounter starts, and "Commencer" there starts it', async () => {
    const { root, started } = setUp();
    oneByRole(oneByRole(root, 'article', 'Premier bonjour'), 'button', 'Commencer').click();

    const dialog = oneByRole(root, 'dialog', 'Avant de commencer') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect([...dialog.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'itinérance',
      'consommation de drogues évoquée',
    ]);
    expect(started).toEqual([]);

    oneByRole(dialog, 'button', 'Commencer').click();
    await vi.waitFor(() => expect(started).toEqual([['premier-bonjour', 'fr']]));
    expect(byRole(root, 'dialog')).toHaveLength(0);
  });

  it('"Annuler" closes the dialog without starting', () => {
    const { root, started } = setUp();
    oneByRole(oneByRole(root, 'article', 'Premier bonjour'), 'button', 'Commencer').click();
    oneByRole(oneByRole(root, 'dialog'), 'button', 'Annuler').click();

    expect(started).toEqual([]);
    expect(byRole(root, 'dialog')).toHaveLength(0);
  });
});

describe('continuing', () => {
  it('offers "Continuer" only when there is an unfinished encounter', () => {
    const without = setUp();
    expect(byRole(without.root, 'button', 'Continuer')).toHaveLength(0);

    const saved = setUp({ savedEncounter: { storyTitle: 'Premier bonjour', savedAt: Date.UTC(2026, 10, 24, 23, 0) } });
    const resume = oneByRole(saved.root, 'region', 'Rencontre en cours');
    expect(resume.textContent).toContain('Premier bonjour, enregistrée le');
    oneByRole(resume, 'button', 'Continuer').click();
    expect(saved.continued()).toBe(1);

    saved.screen.setSavedEncounter(undefined);
    expect(byRole(saved.root, 'button', 'Continuer')).toHaveLength(0);
  });
});

describe('language', () => {
  it('switches to English, lists the English encounters and remembers the choice through the settings', () => {
    const { root, changes, screen } = setUp();
    expect(document.documentElement.lang).toBe('fr');

    oneByRole(root, 'button', 'English').click();

    expect(document.documentElement.lang).toBe('en');
    expect(oneByRole(root, 'region', 'Encounters')).toBeDefined();
    expect(byRole(root, 'article').map((article) => accessibleName(article))).toEqual(['First Hello']);
    expect(changes.at(-1)?.lang).toBe('en');
    expect(screen.settings.lang).toBe('en');
    expect(document.activeElement?.textContent).toBe('Français');
  });

  it('opens in the language of the settings', () => {
    const { root } = setUp({ settings: { ...FRENCH, lang: 'en' } });

    expect(oneByRole(root, 'button', 'Start')).toBeDefined();
    expect(oneByRole(root, 'navigation', 'Main menu')).toBeDefined();
  });
});

describe('settings', () => {
  it('are labelled controls whose changes apply at once and are handed on to be saved', () => {
    const { root, changes } = setUp();
    oneByRole(root, 'button', 'Réglages').click();
    expect(document.activeElement?.textContent).toBe('Réglages');

    const volume = oneByRole(root, 'slider', 'Volume') as HTMLInputElement;
    volume.value = '40';
    volume.dispatchEvent(new Event('input', { bubbles: true }));
    const large = oneByRole(root, 'radio', 'Grande') as HTMLInputElement;
    large.checked = true;
    large.dispatchEvent(new Event('change', { bubbles: true }));
    for (const name of ['Couper le son', 'Réduire les animations', 'Contraste élevé']) {
      const box = oneByRole(root, 'checkbox', name) as HTMLInputElement;
      box.checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    }
    const instant = oneByRole(root, 'radio', 'Instantanée') as HTMLInputElement;
    instant.checked = true;
    instant.dispatchEvent(new Event('change', { bubbles: true }));

    expect(changes.at(-1)).toEqual({
      ...FRENCH,
      volume: 0.4,
      muted: true,
      textSize: 'large',
      textSpeed: 'instant',
      reducedMotion: true,
      highContrast: true,
    });
    expect(volume.getAttribute('aria-valuetext')).toBe('40\u00a0%');
    expect(document.documentElement.classList.contains('bd-high-contrast')).toBe(true);
    expect(document.documentElement.classList.contains('bd-text-large')).toBe(true);
  });

  it('say when they cannot be kept on this device', () => {
    const { root } = setUp({ view: 'settings', settingsPersistent: false });

    expect(oneByRole(root, 'status').textContent).toContain('ne peuvent pas être enregistrés');
  });

  it('say so as soon as saving fails', () => {
    const { root } = setUp({ view: 'settings', onSettingsChange: () => false });
    expect(oneByRole(root, 'status').textContent).toBe('');

    const mute = oneByRole(root, 'checkbox', 'Couper le son') as HTMLInputElement;
    mute.checked = true;
    mute.dispatchEvent(new Event('change', { bubbles: true }));
    expect(oneByRole(root, 'status').textContent).toContain('ne peuvent pas être enregistrés');
  });
});

describe('the masthead', () => {
  const history = {
    load: () => Promise.resolve({ sessions: [], unreadable: 0 }),
    onOpen: () => undefined,
    onDelete: () => Promise.resolve(),
    onDeleteAll: () => Promise.resolve(),
  };
  const views = (root: HTMLElement): string[] =>
    byRole(oneByRole(root, 'navigation', 'Menu principal'), 'button').map((button) => accessibleName(button));

  it('offers the history between the encounters and the settings, and opens it on its heading', () => {
    const { root } = setUp({ history });

    expect(views(root)).toEqual(['Rencontres', 'Historique', 'Réglages', 'À propos']);
    oneByRole(root, 'button', 'Historique').click();
    expect(document.activeElement).toBe(oneByRole(root, 'heading', 'Historique'));
    expect(oneByRole(root, 'button', 'Historique').getAttribute('aria-current')).toBe('page');
    expect(document.title).toBe('Historique — Bonne distance');
  });

  it('does not offer a history the app has not given, and opens the catalogue instead', () => {
    const { root, screen } = setUp({ view: 'history' });

    expect(views(root)).toEqual(['Rencontres', 'Réglages', 'À propos']);
    expect(screen.view).toBe('encounters');
    screen.show('history');
    expect(oneByRole(root, 'region', 'Rencontres')).toBeDefined();
  });
});

describe('the About page', () => {
  it('says what the simulator is for, for whom, on what it is based, and that the trust stays hidden until the debrief', () => {
    const { root } = setUp();
    oneByRole(root, 'button', 'À propos').click();

    const about = oneByRole(root, 'article', 'À propos de Bonne distance');
    expect(document.activeElement).toBe(oneByRole(about, 'heading', 'À propos de Bonne distance'));
    const text = about.textContent ?? '';
    expect(text).toContain('Romain Paumier');
    expect(text).toContain('Nouvelles pratiques sociales (vol. 29, no 1)');
    expect(text).toMatch(/stagiaires/);
    expect(text).toMatch(/formatrices et formateurs/);
    expect(text).toMatch(/organismes/);
    expect(text).toMatch(/n’est affichée nulle part/);
    expect(text).toMatch(/bilan/);
    expect(oneByRole(root, 'button', 'À propos').getAttribute('aria-current')).toBe('page');
    expect(document.title).toBe('À propos — Bonne distance');

    oneByRole(about, 'button', 'Retour aux rencontres').click();
    expect(oneByRole(root, 'region', 'Rencontres')).toBeDefined();
  });
});

describe('my encounters (the library on this device)', () => {
  function library(encounters: CatalogueStory[], overrides: Partial<LibraryOptions> = {}) {
    let current = [...encounters];
    const removed: [string, Language][] = [];
    const options: LibraryOptions = {
      current: () => ({ encounters: current, unreadable: 0 }),
      onImport: async () => ({ kind: 'failed', fileName: 'x', message: 'unused' }),
      onRemove: async (id, lang) => {
        removed.push([id, lang]);
        current = current.filter((story) => story.id !== id || story.lang !== lang);
      },
      ...overrides,
    };
    return {
      options,
      removed,
      add: (story: CatalogueStory) => {
        current = [...current, story];
      },
    };
  }
  const mine = (id: string, lang: Language, title: string, header: Partial<StoryHeader> = {}) =>
    ({ ...story(id, lang, title, header), path: `library:${id}` }) satisfies CatalogueStory;

  it('lists the trainee’s encounters after the shipped ones, under "Mes rencontres", in the interface’s language', () => {
    const { options } = library([mine('mine-un-banc', 'fr', 'Un banc au parc'), mine('mine-hello', 'en', 'Hello')]);
    const { root } = setUp({ library: options });

    const headings = byRole(root, 'heading').map((heading) => heading.textContent);
    expect(headings.indexOf('Mes rencontres')).toBeGreaterThan(headings.indexOf('Premier bonjour'));
    const mineList = oneByRole(root, 'list', 'Mes rencontres');
    expect(byRole(mineList, 'article').map((article) => accessibleName(article))).toEqual(['Un banc au parc']);
    expect(oneByRole(root, 'region', 'Mes rencontres').textContent).toContain('Une de vos rencontres est en anglais');
    expect(oneByRole(root, 'region', 'Rencontres').textContent).not.toContain('Un banc au parc');
  });

  it('shows no empty "Mes rencontres", only the import, before anything was added', () => {
    const { options } = library([]);
    const { root } = setUp({ library: options });

    expect(byRole(root, 'heading', 'Mes rencontres')).toHaveLength(0);
    expect(byRole(root, 'region', 'Mes rencontres')).toHaveLength(0);
    expect(accessibleName(root.querySelector('input[type="file"]') as HTMLElement)).toBe(
      'Importer une rencontre (.ink ou .json)',
    );
  });

  it('starts one of them like a shipped encounter, content warnings first', async () => {
    const { options } = library([mine('mine-nuit', 'fr', 'Nuit au parc', { warnings: ['froid extrême'] })]);
    const { root, started } = setUp({ library: options });

    oneByRole(oneByRole(root, 'article', 'Nuit au parc'), 'button', 'Commencer').click();
    oneByRole(oneByRole(root, 'dialog', 'Avant de commencer'), 'button', 'Commencer').click();

    await vi.waitFor(() => expect(started).toEqual([['mine-nuit', 'fr']]));
  });

  it('lists an imported encounter at once and moves the focus to it', async () => {
    const added = mine('mine-un-banc', 'fr', 'Un banc au parc');
    const lib = library([], {
      onImport: async () => {
        lib.add(added);
        return { kind: 'added', id: added.id, lang: 'fr', title: 'Un banc au parc', replaced: false };
      },
    });
    const { root } = setUp({ library: lib.options });
    const input = root.querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'un-banc.ink')], configurable: true });
    input.dispatchEvent(new Event('change'));

    await vi.waitFor(() => expect(byRole(root, 'list', 'Mes rencontres')).toHaveLength(1));
    const card = oneByRole(oneByRole(root, 'list', 'Mes rencontres'), 'article', 'Un banc au parc');
    expect(document.activeElement).toBe(oneByRole(card, 'button', 'Commencer'));
    expect(byRole(root, 'status').map((status) => status.textContent)).toContain(
      '« Un banc au parc » a été ajoutée à Mes rencontres.',
    );
  });

  it('removes one after asking, and says so; "Annuler" keeps it', async () => {
    const { options, removed } = library([
      mine('mine-a', 'fr', 'A au parc'),
      mine('mine-b', 'fr', 'B au parc', { warnings: ['<img src=x onerror=alert(1)>'] }),
    ]);
    const { root } = setUp({ library: options });
    const cardA = oneByRole(root, 'article', 'A au parc');
    const remove = oneByRole(cardA, 'button', 'Retirer de ma bibliothèque');
    expect(accessibleName(remove)).toBe('Retirer de ma bibliothèque A au parc');

    remove.click();
    const question = oneByRole(cardA, 'group', 'Retirer « A au parc » de votre bibliothèque');
    expect(remove.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(oneByRole(question, 'button', 'Annuler'));
    oneByRole(question, 'button', 'Annuler').click();
    expect(byRole(cardA, 'group')).toHaveLength(0);
    expect(document.activeElement).toBe(remove);
    expect(removed).toEqual([]);

    remove.click();
    oneByRole(oneByRole(cardA, 'group'), 'button', 'Oui, retirer').click();

    await vi.waitFor(() => expect(removed).toEqual([['mine-a', 'fr']]));
    await vi.waitFor(() => expect(byRole(root, 'article', 'A au parc')).toHaveLength(0));
    expect(byRole(root, 'status').map((status) => status.textContent)).toContain(
      '« A au parc » a été retirée de votre bibliothèque.',
    );
    expect(document.activeElement).toBe(oneByRole(oneByRole(root, 'article', 'B au parc'), 'button', 'Commencer'));
    expect(root.querySelector('img')).toBeNull();
  });

  it('says when a removal fails, and keeps the encounter', async () => {
    const { options } = library([mine('mine-a', 'fr', 'A au parc')], {
      onRemove: () => Promise.reject(new Error('la base est verrouillée')),
    });
    const { root } = setUp({ library: options });
    const card = oneByRole(root, 'article', 'A au parc');
    oneByRole(card, 'button', 'Retirer de ma bibliothèque').click();
    oneByRole(oneByRole(card, 'group'), 'button', 'Oui, retirer').click();

    await vi.waitFor(() =>
      expect(oneByRole(card, 'alert').textContent).toBe(
        'La rencontre n’a pas pu être retirée\u00a0: la base est verrouillée',
      ),
    );
    expect(byRole(root, 'article', 'A au parc')).toHaveLength(1);
  });

  it('says when the library lives only in this tab, and when entries were set aside', () => {
    const { root } = setUp({
      library: {
        persistent: false,
        current: () => ({ encounters: [], unreadable: 2 }),
        onImport: async () => ({ kind: 'failed', fileName: 'x', message: 'unused' }),
        onRemove: async () => undefined,
      },
    });

    const text = root.querySelector('.library-section')?.textContent ?? '';
    expect(text).toContain('ne valent que pour cet onglet');
    expect(text).toContain('2 de vos rencontres n’ont pas pu être lues');
  });

  it('takes the "Continuer" offer away in place when its encounter is removed', () => {
    const { root, screen } = setUp({ savedEncounter: { storyTitle: 'A au parc', savedAt: 0 } });
    const heading = oneByRole(root, 'heading', 'Rencontres');

    screen.setSavedEncounter(undefined);

    expect(byRole(root, 'button', 'Continuer')).toHaveLength(0);
    expect(oneByRole(root, 'heading', 'Rencontres')).toBe(heading);
  });
});

describe('the way to the studio', () => {
  it('is a link on the About page', () => {
    const { root } = setUp();
    oneByRole(root, 'button', 'À propos').click();

    const link = root.querySelector<HTMLAnchorElement>('.about-view a');
    expect(link?.textContent).toBe('Studio (formateurs)');
    expect(link?.getAttribute('href')).toBe('?studio');
  });
});
