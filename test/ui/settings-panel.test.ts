// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../../src/ui/key-value-storage.ts';
import { defaultSettings, type Settings, SettingsStore } from '../../src/ui/settings.ts';
import { createSettingsPanel } from '../../src/ui/settings-panel.ts';
import { uiStrings } from '../../src/ui/strings.ts';
import { byRole, oneByRole } from './dom-helpers.ts';

const DEFAULTS = defaultSettings({ browserLanguage: 'fr-CA', prefersReducedMotion: false, prefersMoreContrast: false });
const REVEAL = 'Mode démonstration (formateurs) : afficher le lien pendant le jeu';

function setUp(settings: Settings = DEFAULTS, lang: 'fr' | 'en' = 'fr') {
  const storage = new MemoryStorage();
  const store = new SettingsStore(storage, DEFAULTS);
  const changes: Settings[] = [];
  const panel = createSettingsPanel(document, {
    settings,
    strings: uiStrings(lang),
    persistent: true,
    idPrefix: 'settings',
    onChange: (next) => {
      changes.push(next);
      return store.save(next);
    },
  });
  document.body.replaceChildren(panel);
  return { panel, changes, storage };
}

function tick(box: HTMLInputElement): void {
  box.checked = !box.checked;
  box.dispatchEvent(new Event('change', { bubbles: true }));
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the facilitators’ demonstration mode', () => {
  it('is off by default, with a hint saying it is for a projector', () => {
    const { panel } = setUp();
    const box = oneByRole(panel, 'checkbox', REVEAL) as HTMLInputElement;

    expect(box.checked).toBe(false);
    expect(document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/projecteur/);
  });

  it('asks for confirmation in a modal dialog before turning on, and turns on only when confirmed', async () => {
    const { panel, changes, storage } = setUp();
    const box = oneByRole(panel, 'checkbox', REVEAL) as HTMLInputElement;
    tick(box);

    const dialog = oneByRole(panel, 'dialog', 'Activer le mode démonstration') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(box.checked).toBe(false);
    expect(changes).toEqual([]);
    const explanation = (dialog.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' ');
    expect(explanation).toMatch(/caché/);
    expect(explanation).toMatch(/bilan/);
    expect(explanation).toMatch(/projecteur/);
    expect(document.activeElement).toBe(oneByRole(dialog, 'button', 'Annuler'));

    oneByRole(dialog, 'button', 'Activer le mode démonstration').click();

    await vi.waitFor(() => expect(changes.at(-1)?.revealTrust).toBe(true));
    expect(box.checked).toBe(true);
    expect(byRole(panel, 'dialog')).toHaveLength(0);
    expect(document.activeElement).toBe(box);
    expect(new SettingsStore(storage, DEFAULTS).load().revealTrust).toBe(true);
  });

  it('stays off when the confirmation is cancelled', async () => {
    const { panel, changes } = setUp();
    const box = oneByRole(panel, 'checkbox', REVEAL) as HTMLInputElement;
    tick(box);
    oneByRole(oneByRole(panel, 'dialog'), 'button', 'Annuler').click();

    await vi.waitFor(() => expect(byRole(panel, 'dialog')).toHaveLength(0));
    expect(box.checked).toBe(false);
    expect(changes).toEqual([]);
    expect(document.activeElement).toBe(box);
  });

  it('stays off when the dialog is dismissed with Escape', async () => {
    const { panel, changes } = setUp();
    const box = oneByRole(panel, 'checkbox', REVEAL) as HTMLInputElement;
    tick(box);
    // The browser closes a modal dialog on Escape without a return value.
    (oneByRole(panel, 'dialog') as HTMLDialogElement).close();

    await vi.waitFor(() => expect(byRole(panel, 'dialog')).toHaveLength(0));
    expect(box.checked).toBe(false);
    expect(changes).toEqual([]);
  });

  it('turns off at once, without asking', () => {
    const { panel, changes } = setUp({ ...DEFAULTS, revealTrust: true });
    const box = oneByRole(panel, 'checkbox', REVEAL) as HTMLInputElement;
    expect(box.checked).toBe(true);

    tick(box);

    expect(byRole(panel, 'dialog')).toHaveLength(0);
    expect(changes.at(-1)?.revealTrust).toBe(false);
  });

  it('is offered in English too', () => {
    const { panel } = setUp(DEFAULTS, 'en');
    tick(oneByRole(panel, 'checkbox', 'Demonstration mode (facilitators)') as HTMLInputElement);

    expect(oneByRole(panel, 'dialog', 'Turn on demonstration mode?')).toBeDefined();
  });
});
