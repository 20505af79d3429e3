/**
 * The trainee's own library in the built game, in Chromium: a trainer hands over a
 * .ink file, the trainee imports it from the start screen, finds it under "Mes
 * rencontres", plays it to its end and reads the debrief; a broken file is refused
 * with its file and line, and nothing in the library changes. Axe on each view.
 */
import { expect, type Page, test } from '@playwright/test';
import { benchStory } from '../support/bench-story.ts';
import {
  advanceUntil,
  choices,
  dialogueLog,
  expectNoAxeViolation,
  IMPORT_LABEL,
  importFile,
  myEncounters,
  playToTheEnd,
  useSettings,
} from './play-helpers.ts';

const CLEAN_STORY = benchStory();

const BROKEN_STORY = `# title: Un banc cassé
# lang: fr
Maryse est assise sur un banc.
* [La saluer # act: greet]
    -> nulle_part
`;

test.describe('my encounters', () => {
  test.use({ locale: 'fr-CA' });
  test.setTimeout(90_000);
  test.beforeEach(async ({ page }) => {
    await useSettings(page, 'fr');
  });

  test('imports a .ink file from the start screen, plays it to its end and reaches the debrief', async ({ page }) => {
    await page.goto('/');
    // Nothing added yet: the import, and no empty "Mes rencontres".
    await expect(page.getByLabel(IMPORT_LABEL)).toBeVisible();
    await expect(myEncounters(page)).toHaveCount(0);

    await importFile(page, 'un-banc.ink', CLEAN_STORY);

    await expect(page.getByRole('status').filter({ hasText: 'a été ajoutée à Mes rencontres' })).toHaveText(
      '« Un banc au parc » a été ajoutée à Mes rencontres.',
    );
    const card = myEncounters(page).getByRole('article', { name: 'Un banc au parc' });
    await expect(card).toBeVisible();
    await expect(card).toContainText('Maryse');
    const start = card.getByRole('button', { name: 'Commencer' });
    await expect(start).toBeFocused();
    await expectNoAxeViolation(page);

    // Still there after a reload: the library is kept on the device.
    await page.reload();
    await expect(myEncounters(page).getByRole('article', { name: 'Un banc au parc' })).toBeVisible();

    await myEncounters(page).getByRole('button', { name: 'Commencer Un banc au parc' }).click();
    await expect(dialogueLog(page)).toBeVisible();
    const continueButton = page.getByRole('button', { name: 'Continuer' });
    await advanceUntil(
      page,
      () => choices(page, 'fr').isVisible(),
      async () => {
        if (await continueButton.isVisible()) await continueButton.click();
      },
    );
    await choices(page, 'fr').getByRole('button', { name: 'La saluer de loin' }).click();
    await playToTheEnd(page, 'fr');
    await expect(dialogueLog(page)).toContainText('Vous repasserez demain soir.');

    await page.getByRole('button', { name: 'Voir le retour sur la rencontre' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Retour sur la rencontre' })).toBeFocused();
    await expect(page.getByRole('main')).toContainText('Maryse');
    await expectNoAxeViolation(page);
  });

  test('refuses a broken .ink with its file and line, and leaves the library as it was', async ({ page }) => {
    await page.goto('/');
    await importFile(page, 'un-banc.ink', CLEAN_STORY);
    await expect(myEncounters(page).getByRole('article')).toHaveCount(1);

    await importFile(page, 'casse.ink', BROKEN_STORY);

    const alert = page.getByRole('alert').filter({ hasText: 'casse.ink' });
    await expect(alert).toContainText('« casse.ink » n’a pas été ajoutée\u00a0: le fichier contient des erreurs.');
    await expect(alert.getByRole('listitem')).toHaveText([
      'casse.ink:5\u00a0: la flèche mène à «\u00a0nulle_part\u00a0», qui n’existe pas',
    ]);
    await expect(alert).toContainText('Rien n’a changé dans votre bibliothèque.');
    await expect(myEncounters(page).getByRole('article')).toHaveCount(1);
    await expect(myEncounters(page).getByRole('article', { name: 'Un banc au parc' })).toBeVisible();
    await expectNoAxeViolation(page);

    await page.reload();
    await expect(myEncounters(page).getByRole('article')).toHaveCount(1);
  });

  test('removes an encounter from the library after asking', async ({ page }) => {
    await page.goto('/');
    await importFile(page, 'un-banc.ink', CLEAN_STORY);
    const card = myEncounters(page).getByRole('article', { name: 'Un banc au parc' });

    await card.getByRole('button', { name: 'Retirer de ma bibliothèque' }).click();
    const question = card.getByRole('group', { name: /Retirer « Un banc au parc »/ });
    await expect(question.getByRole('button', { name: 'Annuler' })).toBeFocused();
    await expectNoAxeViolation(page);
    await question.getByRole('button', { name: 'Oui, retirer' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'retirée' })).toHaveText(
      '« Un banc au parc » a été retirée de votre bibliothèque.',
    );
    await expect(myEncounters(page)).toHaveCount(0);
    await expect(page.getByLabel(IMPORT_LABEL)).toBeFocused();
    await page.reload();
    await expect(page.getByRole('article', { name: 'Un banc au parc' })).toHaveCount(0);
  });

  test('opens the trainers’ studio from the About page', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('button', { name: 'À propos' }).click();
    const link = page.getByRole('link', { name: 'Studio (formateurs)' });
    await expect(link).toHaveAttribute('href', '?studio');
    await link.click();
    await expect(page).toHaveURL(/\?studio$/);
  });
});
