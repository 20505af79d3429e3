// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type EndStatus,
  type HistoryListing,
  MemorySessionHistory,
  newStoredSession,
  type SessionRecord,
  type StoredSession,
  withAttempt,
} from '../../src/engine/index.ts';
import type { HistoryOptions } from '../../src/ui/history-view.ts';
import { defaultSettings } from '../../src/ui/settings.ts';
import { renderStartScreen } from '../../src/ui/start-screen.ts';
import { uiStrings } from '../../src/ui/strings.ts';
import { accessibleName, byRole, oneByRole } from './dom-helpers.ts';

const FRENCH = defaultSettings({ browserLanguage: 'fr-CA', prefersReducedMotion: false, prefersMoreContrast: false });
const NOVEMBER_24 = Date.UTC(2026, 10, 24, 23, 0);
const HOUR = 3_600_000;

function aRecord(startedAt: number, status: EndStatus | null): SessionRecord {
  return {
    schemaVersion: 1,
    story: { id: 'premier-bonjour', title: 'x', lang: 'fr', contentHash: 'h', path: 'stories/fr/premier-bonjour.ink' },
    seed: 7,
    startedAt,
    events: [],
    choices: [],
    outcome: status === null ? null : { status, trust: 60, safety: null },
    failure: null,
  };
}

/** A session played `hours` after the first one, whose latest attempt ended with `status`. */
function aSession(id: string, title: string, hours: number, status: EndStatus | null, attempts = 1): StoredSession {
  const startedAt = NOVEMBER_24 + hours * HOUR;
  let session = { ...newStoredSession(id, aRecord(startedAt, status), startedAt), title };
  for (let attempt = 1; attempt < attempts; attempt++) {
    session = withAttempt(session, aRecord(startedAt, status), 0, startedAt + attempt * 60_000);
  }
  return session;
}

function setUp(store: MemorySessionHistory, history: Partial<HistoryOptions> = {}) {
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.append(root);
  const opened: string[] = [];
  renderStartScreen(root, {
    stories: [],
    settings: FRENCH,
    view: 'history',
    onStart: () => undefined,
    onContinue: () => undefined,
    onSettingsChange: () => true,
    history: {
      load: () => store.list(),
      onOpen: (id) => opened.push(id),
      onDelete: (id) => store.delete(id),
      onDeleteAll: () => store.deleteAll(),
      ...history,
    },
  });
  return { root, opened };
}

async function loaded(root: HTMLElement): Promise<HTMLElement> {
  const body = root.querySelector<HTMLElement>('.history-body');
  if (body === null) throw new Error('no history view');
  await vi.waitFor(() => expect(body.getAttribute('aria-busy')).toBe('false'));
  return body;
}

function titles(root: HTMLElement): string[] {
  return byRole(root, 'article').map((article) => accessibleName(article));
}

function card(root: HTMLElement, title: string): HTMLElement {
  return oneByRole(root, 'article', title);
}

function facts(article: HTMLElement): Record<string, string> {
  return Object.fromEntries(
    [...article.querySelectorAll('dt')].map((term) => [term.textContent, term.nextElementSibling?.textContent ?? '']),
  );
}

async function threeSessions(): Promise<MemorySessionHistory> {
  const store = new MemorySessionHistory();
  await store.put(aSession('bus', 'Le bus du jeudi', 0, 'broken'));
  await store.put(aSession('nuit', 'Nuit froide', 48, 'handled', 3));
  await store.put(aSession('site', 'Au site fixe', 24, null));
  return store;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the history of sessions played on this device', () => {
  it('says it is loading until the listing arrives', async () => {
    let resolve: (listing: HistoryListing) => void = () => undefined;
    const { root } = setUp(new MemorySessionHistory(), {
      load: () => new Promise((done) => (resolve = done)),
    });
    const body = root.querySelector('.history-body');

    expect(body?.getAttribute('aria-busy')).toBe('true');
    expect(body?.textContent).toBe('Chargement de l’historique…');
    resolve({ sessions: [], unreadable: 0 });
    await loaded(root);
  });

  it('lists the sessions newest first, with the date, the ending in words and the number of attempts', async () => {
    const { root } = setUp(await threeSessions());
    await loaded(root);
    const list = oneByRole(root, 'list', 'Historique');

    expect(titles(list)).toEqual(['Nuit froide', 'Au site fixe', 'Le bus du jeudi']);
    expect(facts(card(root, 'Nuit froide'))).toEqual({
      'Dernière partie': uiStrings('fr').dateTime(NOVEMBER_24 + 48 * HOUR + 2 * 60_000),
      Issue: 'urgence prise en charge',
      Essais: '3',
    });
    expect(facts(card(root, 'Au site fixe')).Issue).toBe('inachevée');
    expect(facts(card(root, 'Le bus du jeudi')).Issue).toBe('lien brisé');
    expect(root.textContent).not.toMatch(/score|points|\d+ ?\/ ?100|%/i);
  });

  it('opens a session from a button naming its title and date', async () => {
    const { root, opened } = setUp(await threeSessions());
    await loaded(root);
    const open = oneByRole(card(root, 'Le bus du jeudi'), 'button', 'Ouvrir');

    expect(accessibleName(open)).toBe(`Ouvrir Le bus du jeudi, ${uiStrings('fr').dateTime(NOVEMBER_24)}`);
    open.click();
    expect(opened).toEqual(['bus']);
  });

  it('deletes a session only after the trainee confirms, then moves focus to the next one', async () => {
    const store = await threeSessions();
    const { root } = setUp(store);
    await loaded(root);
    const remove = oneByRole(card(root, 'Au site fixe'), 'button', 'Supprimer');
    expect(accessibleName(remove)).toBe(`Supprimer Au site fixe, ${uiStrings('fr').dateTime(NOVEMBER_24 + 24 * HOUR)}`);

    remove.click();
    const question = oneByRole(root, 'group', 'Supprimer « Au site fixe »');
    expect(remove.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(oneByRole(question, 'button', 'Annuler'));
    expect((await store.list()).sessions).toHaveLength(3);

    oneByRole(question, 'button', 'Oui, supprimer').click();

    await vi.waitFor(() => expect(titles(root)).toEqual(['Nuit froide', 'Le bus du jeudi']));
    expect((await store.list()).sessions.map((session) => session.id)).toEqual(['nuit', 'bus']);
    expect(oneByRole(root, 'status').textContent).toBe('« Au site fixe » a été supprimée de l’historique.');
    expect(document.activeElement).toBe(oneByRole(card(root, 'Le bus du jeudi'), 'button', 'Ouvrir'));
  });

  it('keeps the session when the trainee cancels, and gives focus back to "Supprimer"', async () => {
    const store = await threeSessions();
    const { root } = setUp(store);
    await loaded(root);
    const remove = oneByRole(card(root, 'Nuit froide'), 'button', 'Supprimer');

    remove.click();
    oneByRole(oneByRole(root, 'group'), 'button', 'Annuler').click();
    expect(byRole(root, 'group')).toHaveLength(0);
    expect(document.activeElement).toBe(remove);
    expect(remove.getAttribute('aria-expanded')).toBe('false');

    remove.click();
    oneByRole(root, 'group').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(byRole(root, 'group')).toHaveLength(0);
    expect(document.activeElement).toBe(remove);

    expect((await store.list()).sessions).toHaveLength(3);
    expect(titles(root)).toHaveLength(3);
  });

  it('says so when a deletion fails, and keeps the session listed', async () => {
    const store = await threeSessions();
    const { root } = setUp(store, { onDelete: () => Promise.reject(new Error('disque en lecture seule')) });
    await loaded(root);

    oneByRole(card(root, 'Nuit froide'), 'button', 'Supprimer').click();
    oneByRole(oneByRole(root, 'group'), 'button', 'Oui, supprimer').click();

    await vi.waitFor(() =>
      expect(oneByRole(root, 'alert').textContent).toBe('La suppression n’a pas fonctionné : disque en lecture seule'),
    );
    expect(titles(root)).toHaveLength(3);
  });

  it('deletes everything after one confirmation, then shows the empty history', async () => {
    const store = await threeSessions();
    const { root } = setUp(store);
    await loaded(root);

    oneByRole(root, 'button', 'Tout supprimer').click();
    const question = oneByRole(root, 'group', 'Supprimer tout l’historique de cet appareil (3 rencontres)');
    expect((await store.list()).sessions).toHaveLength(3);
    oneByRole(question, 'button', 'Oui, tout supprimer').click();

    await vi.waitFor(() => expect(titles(root)).toEqual([]));
    expect(await store.list()).toEqual({ sessions: [], unreadable: 0 });
    expect(root.textContent).toContain('Aucune rencontre jouée sur cet appareil pour l’instant.');
    expect(oneByRole(root, 'status').textContent).toBe('L’historique a été vidé.');
    expect(document.activeElement).toBe(oneByRole(root, 'heading', 'Historique'));
  });

  it('deletes nothing when "delete all" is cancelled', async () => {
    const store = await threeSessions();
    const { root } = setUp(store);
    await loaded(root);

    const all = oneByRole(root, 'button', 'Tout supprimer');
    all.click();
    oneByRole(oneByRole(root, 'group'), 'button', 'Annuler').click();

    expect(document.activeElement).toBe(all);
    expect((await store.list()).sessions).toHaveLength(3);
  });

  it('shows an empty state, and no "delete all", when nothing was played', async () => {
    const { root } = setUp(new MemorySessionHistory());
    await loaded(root);

    expect(root.textContent).toContain('Aucune rencontre jouée sur cet appareil pour l’instant.');
    expect(byRole(root, 'list')).toHaveLength(0);
    expect(byRole(root, 'button', 'Tout supprimer')).toHaveLength(0);
  });

  it('says how many entries could not be read, and that deleting all removes them too', async () => {
    const store = new MemorySessionHistory([
      aSession('bus', 'Le bus du jeudi', 0, 'kept'),
      { kind: 'bonne-distance/session', schemaVersion: 2 },
      'not even an object',
    ]);
    const { root } = setUp(store);
    await loaded(root);

    expect(root.textContent).toContain(
      '2 rencontres enregistrées n’ont pas pu être lues. Elles ont été mises de côté, pas effacées.',
    );
    expect(titles(root)).toEqual(['Le bus du jeudi']);
    oneByRole(root, 'button', 'Tout supprimer').click();
    expect(accessibleName(oneByRole(root, 'group'))).toContain('Les rencontres illisibles mises de côté');
  });

  it('says when the history is kept only for this tab', async () => {
    const { root } = setUp(new MemorySessionHistory(), { persistent: false });
    await loaded(root);

    expect(root.textContent).toContain('il ne vaut que pour cet onglet');
  });

  it('shows a failure to load as text, with a way to try again', async () => {
    const store = await threeSessions();
    let fail = true;
    const { root } = setUp(store, {
      load: () => (fail ? Promise.reject(new Error('base de données verrouillée')) : store.list()),
    });
    await loaded(root);

    expect(oneByRole(root, 'alert').textContent).toBe('L’historique n’a pas pu être lu : base de données verrouillée');
    fail = false;
    oneByRole(root, 'button', 'Réessayer').click();
    await vi.waitFor(() => expect(titles(root)).toHaveLength(3));
  });

  it('writes titles as text, never as markup', async () => {
    const store = new MemorySessionHistory();
    await store.put(aSession('x', '<img src=x onerror=alert(1)>', 0, 'kept'));
    const { root } = setUp(store);
    await loaded(root);

    expect(root.querySelector('img')).toBeNull();
    expect(titles(root)).toEqual(['<img src=x onerror=alert(1)>']);
    oneByRole(root, 'button', 'Supprimer').click();
    expect(root.querySelector('img')).toBeNull();
    expect(accessibleName(oneByRole(root, 'group'))).toContain('« <img src=x onerror=alert(1)> »');
  });

  it('speaks English when the interface does', async () => {
    const store = await threeSessions();
    const { root } = setUp(store);
    await loaded(root);
    oneByRole(root, 'button', 'English').click();
    await loaded(root);

    expect(oneByRole(root, 'list', 'History')).toBeDefined();
    expect(facts(card(root, 'Le bus du jeudi')).Outcome).toBe('relationship broken');
    expect(facts(card(root, 'Au site fixe')).Outcome).toBe('unfinished');
  });
});
