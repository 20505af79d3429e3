/**
 * The debrief in the built game, in Chromium: a trainee who broke the link sees where
 * and why, replays that moment, hands the session to a facilitator as a file, finds
 * it again in the history after a reload, and prints it. Axe on every view.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { readSessionFile } from '../../src/engine/index.ts';
import {
  ARTIFACTS,
  choices,
  clickChoice,
  dialogueLog,
  expectNoAxeViolation,
  followPlan,
  indexAfterChoices,
  planOf,
  playToTheEnd,
  startFromCatalogue,
  useSettings,
} from './play-helpers.ts';

/** Plays Premier bonjour's rushed plan to the break and opens the debrief. */
async function breakTheLinkAndOpenTheDebrief(page: Page): Promise<void> {
  const plan = planOf('premier-bonjour.fr.rushed.plan');
  await page.goto('/');
  await startFromCatalogue(page, 'Premier bonjour', 'fr');
  await followPlan(page, plan, 'fr', clickChoice);
  await playToTheEnd(page, 'fr');
  await page.getByRole('button', { name: 'Voir le retour sur la rencontre' }).click();
  await expect(debriefHeading(page)).toBeFocused();
}

function debriefHeading(page: Page) {
  return page.getByRole('heading', { level: 1, name: 'Retour sur la rencontre' });
}

test.describe('the debrief', () => {
  test.use({ locale: 'fr-CA' });
  test.setTimeout(150_000);
  test.beforeEach(async ({ page }) => {
    await useSettings(page, 'fr');
  });

  test('shows a trainee who broke the link where and why, in words that ask rather than judge', async ({ page }) => {
    await breakTheLinkAndOpenTheDebrief(page);
    const main = page.getByRole('main');
    // PEARLS: reactions first, then the description, the analysis and the summary.
    const sections = await main.getByRole('heading', { level: 2 }).allTextContents();
    expect(sections.slice(0, 4)).toEqual([
      'Vos réactions',
      'Le déroulement',
      'Ce que Josée a vécu',
      expect.stringMatching(/.+/),
    ]);
    await expect(page.getByRole('textbox', { name: 'Comment ça s’est passé pour vous ?' })).toBeVisible();

    // The curve says in words where the link broke, and the break is marked on it.
    const curve = main.locator('svg.trust-curve[role="img"]').first();
    await expect(curve).toHaveAttribute('aria-label', /se brise à la décision \d+/);
    const breakMark = main.getByRole('article', { name: 'Le lien s’est brisé' });
    await expect(breakMark).toBeVisible();
    await expect(breakMark).toContainText('le lien passe avant tout autre objectif');
    await expect(breakMark).toContainText('Pour réfléchir');
    await expect(breakMark).toContainText('?');

    // Revealed as what Josée lived through, never as a grade.
    const shown = ((await main.textContent()) ?? '').toLowerCase();
    for (const grade of ['%', '/100', 'score', 'points', 'échec', 'erreur']) {
      expect(shown, `the debrief shows "${grade}"`).not.toContain(grade);
    }
    expect(shown).not.toMatch(/\b\d+\s*\/\s*\d+\b/);
    await page.screenshot({ path: new URL('debrief-broken-fr.png', ARTIFACTS).pathname, fullPage: true });
    await expectNoAxeViolation(page);
  });

  test('replays the moment before the break as a second attempt, and shows both curves', async ({ page }) => {
    await breakTheLinkAndOpenTheDebrief(page);
    await page.getByRole('textbox', { name: 'Comment ça s’est passé pour vous ?' }).fill('Je suis allé trop vite.');
    // The first decision of the rushed path crossed the street at once: play it again.
    await page.getByRole('button', { name: /Rejouer ce moment.*décision 1\b/ }).click();
    await expect(dialogueLog(page)).toBeVisible();
    const expert = planOf('premier-bonjour.fr.expert.plan');
    await followPlan(
      page,
      { ...expert, steps: expert.steps.slice(0, indexAfterChoices(expert, 2)) },
      'fr',
      clickChoice,
    );
    // Leave the rest to the first choice each time, to the end.
    const group = choices(page, 'fr');
    const end = page.getByRole('heading', { name: 'Fin de la rencontre' });
    const continueButton = page.getByRole('button', { name: 'Continuer' });
    for (let step = 0; step < 400 && !(await end.isVisible()); step++) {
      if (await group.isVisible()) await group.getByRole('button').first().click();
      else if (await continueButton.isVisible()) await continueButton.click();
      else await page.waitForTimeout(40);
    }
    await page.getByRole('button', { name: 'Voir le retour sur la rencontre' }).click();
    await expect(debriefHeading(page)).toBeVisible();
    const attempts = page.getByRole('group', { name: 'Essai à revoir' });
    await expect(attempts.getByRole('radio')).toHaveCount(2);
    await expect(attempts.getByRole('radio', { name: /Essai 2 \(rejoué depuis la décision 1\)/ })).toBeChecked();
    // Both curves on one chart: the one shown, and the other attempt dashed.
    await expect(page.getByRole('main').locator('svg.trust-curve').first().locator('.trust-curve-line')).toHaveCount(2);
    // The reactions written before the replay stayed with the session.
    await expect(page.getByRole('textbox', { name: 'Comment ça s’est passé pour vous ?' })).toHaveValue(
      'Je suis allé trop vite.',
    );
    await expectNoAxeViolation(page);
  });

  test('exports the session as a file the engine reads back', async ({ page }) => {
    await breakTheLinkAndOpenTheDebrief(page);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporter (JSON)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^bonne-distance-premier-bonjour-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    const path = await download.path();
    const read = readSessionFile(JSON.parse(readFileSync(path, 'utf8')));
    if (!read.ok) throw new Error(read.reason);
    expect(read.session.storyId).toBe('premier-bonjour');
    expect(read.session.attempts[0]?.record.outcome?.status).toBe('broken');
  });

  test('keeps the session in the history across a reload, and opens it again', async ({ page }) => {
    await breakTheLinkAndOpenTheDebrief(page);
    await page.getByRole('textbox', { name: 'Comment ça s’est passé pour vous ?' }).fill('Trop vite, trop près.');
    await page.getByRole('button', { name: 'Retour à l’accueil' }).click();
    await page.reload();
    await page.getByRole('button', { name: 'Historique' }).click();
    const entry = page.getByRole('listitem').filter({ hasText: 'Premier bonjour' });
    await expect(entry).toContainText('lien brisé');
    await expectNoAxeViolation(page);
    await entry.getByRole('button', { name: /Ouvrir/ }).click();
    await expect(debriefHeading(page)).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Comment ça s’est passé pour vous ?' })).toHaveValue(
      'Trop vite, trop près.',
    );
  });

  test('prints the debrief without its buttons, the trainee’s words in place of the form', async ({ page }) => {
    await breakTheLinkAndOpenTheDebrief(page);
    await page.getByRole('textbox', { name: 'Comment ça s’est passé pour vous ?' }).fill('Mes mots à moi.');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Imprimer' })).toBeHidden();
    await expect(page.getByRole('button', { name: /Rejouer ce moment/ }).first()).toBeHidden();
    await expect(page.getByText('Mes mots à moi.')).toBeVisible();
    await expect(page.getByRole('article', { name: 'Le lien s’est brisé' })).toBeVisible();
    await page.screenshot({ path: new URL('debrief-print-fr.png', ARTIFACTS).pathname, fullPage: true });
    const pdf = await page.pdf({ format: 'Letter' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });

  test('shows another way beside the trainee’s path once asked', async ({ page }) => {
    await breakTheLinkAndOpenTheDebrief(page);
    await page.getByRole('button', { name: 'Voir une autre façon de faire' }).click();
    await expect(page.getByRole('heading', { name: 'Votre chemin et l’autre façon, côte à côte' })).toBeVisible({
      timeout: 60_000,
    });
    await expectNoAxeViolation(page);
  });
});

test.describe('the facilitators’ reveal mode', () => {
  test.use({ locale: 'fr-CA' });
  test.setTimeout(90_000);
  test.beforeEach(async ({ page }) => {
    await useSettings(page, 'fr');
  });

  test('shows the trust live only once confirmed, and turns itself off on reload', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Réglages' }).click();
    const reveal = page.getByRole('checkbox', { name: /Mode démonstration/ });
    await expect(reveal).not.toBeChecked();
    await reveal.click();
    const confirm = page.getByRole('dialog', { name: 'Activer le mode démonstration ?' });
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Activer le mode démonstration' }).click();
    await expect(reveal).toBeChecked();

    await page.getByRole('button', { name: 'Rencontres' }).click();
    await startFromCatalogue(page, 'Premier bonjour', 'fr');
    const meter = page.getByRole('meter', { name: 'Lien (mode démonstration)' });
    await expect(meter).toBeVisible();
    await expect(meter).toHaveAttribute('aria-valuetext', 'fragile');
    await expectNoAxeViolation(page);

    await page.reload();
    await page.getByRole('button', { name: 'Réglages' }).click();
    await expect(page.getByRole('checkbox', { name: /Mode démonstration/ })).not.toBeChecked();
  });
});
