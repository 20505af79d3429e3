/**
 * A full device, in the built game, in Chromium. The page's storage is made to fail
 * the way a browser's does when the disk or the origin's quota is full: an IndexedDB
 * write's request gets a `QuotaExceededError` in an error event that bubbles to its
 * transaction and database, and the transaction aborts with it (nothing is written);
 * `localStorage.setItem` throws a `QuotaExceededError` DOMException. What a trainee or
 * a trainer would notice is checked: a clear message, nothing lost, no blank page, no
 * uncaught error. Axe on each message.
 */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { benchStory } from '../support/bench-story.ts';
import {
  clickChoice,
  editorOf,
  expectNoAxeViolation,
  followPlan,
  importFile,
  myEncounters,
  planOf,
  playToTheEnd,
  replaceText,
  startFromCatalogue,
  useSettings,
} from './play-helpers.ts';

const LIBRARY_STORE = 'bonne-distance-library/encounters';
const HISTORY_STORE = 'bonne-distance/sessions';

interface FullDevice {
  /** IndexedDB stores whose writes fail, as `database/store`. */
  readonly stores: readonly string[];
  /** Whether `localStorage` refuses every value. */
  readonly localStorage: boolean;
  /** Full from the page's first script; otherwise the test fills it with `setDeviceFull`. */
  readonly fromStart: boolean;
}

/** Set in the tab's sessionStorage: the pages loaded after it find the device with room again. */
const LIFTED_KEY = 'storage-full-test:lifted';

/**
 * Makes the device full for the page and every reload of it, until `liftAndReload`.
 * Faithful to Chromium: the failing request is a real request of the store's
 * transaction (a `count`, so nothing is written whatever the page does with the
 * error); its success is never seen; its `error` is a `QuotaExceededError`; the error
 * event is cancelable and goes from the request to the transaction and the database
 * unless stopped; not prevented, it aborts the transaction, whose `error` is the same.
 */
async function fillTheDevice(page: Page, device: FullDevice): Promise<void> {
  await page.addInitScript(
    ({ device, liftedKey }) => {
      const state = window as unknown as { deviceFull: boolean };
      state.deviceFull = device.fromStart && window.sessionStorage.getItem(liftedKey) === null;

      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string): void {
        if (device.localStorage && state.deviceFull && this === window.localStorage) {
          throw new DOMException(
            `Failed to execute 'setItem' on 'Storage': Setting the value of '${key}' exceeded the quota.`,
            'QuotaExceededError',
          );
        }
        setItem.call(this, key, value);
      };

      const failLikeAFullDisk = (request: IDBRequest, transaction: IDBTransaction): void => {
        const error = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        // The first listener of the request: the page never sees the count succeed.
        request.addEventListener(
          'success',
          (success) => {
            success.stopImmediatePropagation();
            Object.defineProperty(request, 'error', { get: () => error });
            Object.defineProperty(request, 'result', { get: () => undefined });
            const event = new Event('error', { bubbles: true, cancelable: true });
            Object.defineProperty(event, 'target', { get: () => request });
            let stopped = false;
            event.stopPropagation = () => {
              stopped = true;
            };
            event.stopImmediatePropagation = () => {
              stopped = true;
              Event.prototype.stopImmediatePropagation.call(event);
            };
            for (const target of [request, transaction, transaction.db]) {
              if (stopped) break;
              target.dispatchEvent(event);
            }
            if (event.defaultPrevented) return;
            Object.defineProperty(transaction, 'error', { get: () => error });
            transaction.abort();
          },
          { once: true },
        );
      };

      for (const method of ['put', 'add'] as const) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (
          this: IDBObjectStore,
          ...args: Parameters<IDBObjectStore['put']>
        ): IDBRequest<IDBValidKey> {
          const full =
            state.deviceFull &&
            this.transaction.mode !== 'readonly' &&
            device.stores.includes(`${this.transaction.db.name}/${this.name}`);
          if (!full) return original.apply(this, args);
          const request = this.count() as unknown as IDBRequest<IDBValidKey>;
          failLikeAFullDisk(request, this.transaction);
          return request;
        };
      }
    },
    { device, liftedKey: LIFTED_KEY },
  );
}

/** The device fills up (or finds room again) while the page is open. */
async function setDeviceFull(page: Page, full: boolean): Promise<void> {
  await page.evaluate((full) => {
    (window as unknown as { deviceFull: boolean }).deviceFull = full;
  }, full);
}

/** Room is made on the device (another app's files deleted), and the page is reloaded. */
async function liftAndReload(page: Page): Promise<void> {
  await page.evaluate((key) => window.sessionStorage.setItem(key, 'yes'), LIFTED_KEY);
  await page.reload();
}

/** Uncaught errors and what the console reports as errors, as the page runs. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

async function expectPageNotBlank(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  // The app turns an uncaught error into this message (main.ts).
  await expect(page.getByText(/Un problème imprévu/)).toHaveCount(0);
}

function notices(page: Page): Locator {
  return page.getByRole('status', { name: 'Messages' });
}

const CLEAN_STORY = benchStory;

async function waitForCompiled(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^Compilé/ })).toBeVisible({ timeout: 20_000 });
}

test.describe('a full device', () => {
  test.use({ locale: 'fr-CA' });
  test.setTimeout(120_000);
  test.beforeEach(async ({ page }) => {
    await useSettings(page, 'fr');
  });

  test('refuses an imported file with a message naming it, and keeps the library as it was', async ({ page }) => {
    const errors = watchErrors(page);
    await fillTheDevice(page, { stores: [LIBRARY_STORE], localStorage: false, fromStart: false });
    await page.goto('/');
    await importFile(page, 'un-banc.ink', CLEAN_STORY('Un banc au parc'));
    await expect(myEncounters(page).getByRole('article', { name: 'Un banc au parc' })).toBeVisible();

    await setDeviceFull(page, true);
    await importFile(page, 'la-ruelle.ink', CLEAN_STORY('La ruelle'));

    const alert = page.getByRole('alert').filter({ hasText: 'la-ruelle.ink' });
    await expect(alert).toHaveText(
      'L’appareil n’a plus de place\u00a0: « la-ruelle.ink » n’a pas été ajoutée. Retirez une rencontre ou libérez de l’espace, puis réessayez.',
    );
    await expect(myEncounters(page).getByRole('article')).toHaveCount(1);
    await expect(myEncounters(page).getByRole('article', { name: 'Un banc au parc' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'la-ruelle.ink' })).toHaveCount(0);
    await expectPageNotBlank(page);
    await expectNoAxeViolation(page);

    // The same file again, while the device is still full: the earlier version is not lost either.
    await importFile(page, 'un-banc.ink', CLEAN_STORY('Un banc au parc, deuxième version'));
    await expect(page.getByRole('alert').filter({ hasText: 'un-banc.ink' })).toContainText('n’a plus de place');

    await liftAndReload(page);
    await expect(myEncounters(page).getByRole('article')).toHaveCount(1);
    await expect(myEncounters(page).getByRole('article', { name: 'Un banc au parc' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('in the studio, says the library is full and keeps the draft', async ({ page }) => {
    const errors = watchErrors(page);
    await fillTheDevice(page, { stores: [LIBRARY_STORE], localStorage: false, fromStart: true });
    await page.goto('/?studio');
    await waitForCompiled(page);
    await replaceText(page, CLEAN_STORY('Le banc plein'));
    await waitForCompiled(page);

    const share = page.getByRole('region', { name: 'Donner la rencontre' });
    await share.getByRole('button', { name: 'Ajouter à ma bibliothèque' }).click();
    await expect(share.getByRole('status')).toHaveText(
      'La rencontre n’a pas été ajoutée\u00a0: l’appareil n’a plus de place. Retirez une rencontre de votre bibliothèque ou libérez de l’espace, puis réessayez.',
      { timeout: 20_000 },
    );
    await expect(editorOf(page)).toContainText('# title: Le banc plein');
    await expectPageNotBlank(page);
    await expectNoAxeViolation(page);

    await liftAndReload(page);
    await expect(editorOf(page)).toContainText('# title: Le banc plein', { timeout: 20_000 });
    await expect(page.getByRole('region', { name: 'Brouillons' })).toContainText('Le banc plein');
    await page.goto('/');
    await expect(page.getByRole('article', { name: 'Le banc plein' })).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('in the studio, says a draft typed on a full device is not saved, keeps it on screen and exports it', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await fillTheDevice(page, { stores: [], localStorage: true, fromStart: false });
    await page.goto('/?studio');
    await waitForCompiled(page);
    await replaceText(page, CLEAN_STORY('Le banc du soir'));
    await waitForCompiled(page);

    await setDeviceFull(page, true);
    // At the top: the editor draws only the lines in view.
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.type('// écrit quand l’appareil était plein\n');

    const notSaved = page.getByRole('alert').filter({ hasText: 'brouillon' });
    await expect(notSaved).toHaveText(
      'Le brouillon n’a pas pu être enregistré sur cet appareil (espace plein ou bloqué). Exportez le fichier .ink pour ne rien perdre.',
    );
    await expect(editorOf(page)).toContainText('// écrit quand l’appareil était plein');
    await expectPageNotBlank(page);
    await expectNoAxeViolation(page);

    const share = page.getByRole('region', { name: 'Donner la rencontre' });
    const downloading = page.waitForEvent('download');
    await share.getByRole('button', { name: 'Exporter le texte (.ink)' }).click();
    const saved = await (await downloading).path();
    expect(readFileSync(saved, 'utf8')).toContain('// écrit quand l’appareil était plein');

    // Room again: the next keystroke saves the whole draft, and the message goes.
    await setDeviceFull(page, false);
    await editorOf(page).click();
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('End');
    await page.keyboard.type(' !');
    await expect(notSaved).toBeHidden();
    await page.reload();
    await expect(editorOf(page)).toContainText('// écrit quand l’appareil était plein !', { timeout: 20_000 });
    expect(errors).toEqual([]);
  });

  test('opens the studio on a device already full, and says the draft is not saved', async ({ page }) => {
    const errors = watchErrors(page);
    await fillTheDevice(page, { stores: [], localStorage: true, fromStart: true });
    await page.goto('/?studio');
    await expect(page.getByRole('heading', { level: 1, name: 'Studio d’écriture' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'brouillon' })).toContainText('Exportez le fichier .ink');
    await expect(editorOf(page)).toContainText('# title:');
    await waitForCompiled(page);
    expect(errors).toEqual([]);
  });

  test('debriefs an encounter the history could not keep, and says so', async ({ page }) => {
    const errors = watchErrors(page);
    await fillTheDevice(page, { stores: [HISTORY_STORE], localStorage: false, fromStart: true });
    await page.goto('/');
    await startFromCatalogue(page, 'Premier bonjour', 'fr');
    await followPlan(page, planOf('premier-bonjour.fr.rushed.plan'), 'fr', clickChoice);
    await playToTheEnd(page, 'fr');
    await page.getByRole('button', { name: 'Voir le retour sur la rencontre' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Retour sur la rencontre' })).toBeFocused();
    const historyFull = notices(page).filter({ hasText: 'historique' });
    await expect(historyFull).toContainText(
      'L’appareil n’a plus de place : cette rencontre n’a pas été ajoutée à l’historique.',
    );
    await expect(page.getByRole('main')).toContainText('Josée');
    await expectNoAxeViolation(page);

    // The trainee's own words cannot be kept either: said once, not once per pause in typing.
    const reactions = page.getByRole('textbox', { name: 'Comment ça s’est passé pour vous ?' });
    await reactions.fill('J’ai voulu aller trop vite.');
    await reactions.blur();
    await reactions.fill('J’ai voulu aller trop vite. La prochaine fois, j’attends.');
    await reactions.blur();
    await page.waitForTimeout(500);
    await expect(notices(page).getByText(/n’a plus de place/)).toHaveCount(1);

    await liftAndReload(page);
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('button', { name: 'Historique' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Historique' })).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText('Premier bonjour');
    expect(errors).toEqual([]);
  });

  test('plays on a device full everywhere, says progress is not saved, and still debriefs', async ({ page }) => {
    const errors = watchErrors(page);
    await fillTheDevice(page, { stores: [LIBRARY_STORE, HISTORY_STORE], localStorage: true, fromStart: true });
    await page.goto('/');
    await startFromCatalogue(page, 'Premier bonjour', 'fr');
    await followPlan(page, planOf('premier-bonjour.fr.rushed.plan'), 'fr', clickChoice);
    await expect(page.getByText('Votre progression ne peut pas être enregistrée sur cet appareil.')).toHaveCount(1);
    await expectNoAxeViolation(page);
    await playToTheEnd(page, 'fr');
    await page.getByRole('button', { name: 'Voir le retour sur la rencontre' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Retour sur la rencontre' })).toBeFocused();
    await expect(notices(page)).toContainText('cette rencontre n’a pas été ajoutée à l’historique');
    await expectPageNotBlank(page);
    expect(errors).toEqual([]);
  });
});
