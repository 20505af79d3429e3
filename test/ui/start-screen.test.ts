// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language, StoryHeader } from '../../src/engine/index.ts';
import { defaultSettings, type Settings } from '../../src/ui/settings.ts';
import {
  type CatalogueStory,
  encountersIn,
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
