/**
 * A trainee's paths through the built game, in Chromium: pick an encounter, play it
 * to the end (respectfully, then in a rush), resume after a reload, play with the
 * keyboard alone, and check every screen with axe. The paths come from the same
 * plans the engine's tests replay (test/encounters/*.plan), so the browser and the
 * engine are held to one transcript.
 */
import { expect, type Locator, test } from '@playwright/test';
import type { EncounterPlan } from '../../src/authoring/encounter-plan.ts';
import {
  ARTIFACTS,
  choices,
  clickChoice,
  dialogueLog,
  expectNoAxeViolation,
  followPlan,
  followPlanWithKeys,
  indexAfterChoices,
  indexOfFirstChoices,
  planOf,
  playToTheEnd,
  startFromCatalogue,
  tabUntilFocused,
  useSettings,
} from './play-helpers.ts';

test.describe('playing an encounter', () => {
  test.use({ locale: 'fr-CA' });
  // A whole encounter is some sixty lines and ten choices.
  test.setTimeout(120_000);
  test.beforeEach(async ({ page }) => {
    await useSettings(page, 'fr');
  });

  test('plays the respectful path of « Premier bonjour » to the end, and keeps the trust hidden', async ({ page }) => {
    const plan = planOf('premier-bonjour.fr.expert.plan');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Sound, art and story loading included: nothing may fail loudly along the way.
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto('/');
    await startFromCatalogue(page, 'Premier bonjour', 'fr');
    await expect(page.locator('#stage canvas')).toBeVisible();
    await expect(page.locator('#stage canvas')).toHaveAttribute('aria-hidden', 'true');

    await followPlan(page, plan, 'fr', clickChoice);
    await playToTheEnd(page, 'fr');

    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the text a person sees: the point here.
    const shown = (await page.locator('body').innerText()).toLowerCase();
    for (const giveaway of ['confiance', 'trust', 'fragile', 'solide', 'rupture', 'score', 'points', '/100']) {
      expect(shown, `the page shows "${giveaway}"`).not.toContain(giveaway);
    }
    expect(errors).toEqual([]);
    await page.getByRole('button', { name: 'Voir le retour sur la rencontre' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Retour sur la rencontre/ })).toBeVisible();
    await page.getByRole('button', { name: 'Retour à l’accueil' }).click();
    await expect(page.getByRole('heading', { name: 'Rencontres' })).toBeVisible();
  });

  test('ends with Josée leaving when the link is rushed', async ({ page }) => {
    const plan = planOf('premier-bonjour.fr.rushed.plan');
    await page.goto('/');
    await startFromCatalogue(page, 'Premier bonjour', 'fr');
    await followPlan(page, plan, 'fr', clickChoice);
    await expect(dialogueLog(page)).toContainText("Elle s'en va vers l'est");
    await playToTheEnd(page, 'fr');
  });

  test('resumes at the same line with the same history after a reload', async ({ page }) => {
    const plan = planOf('premier-bonjour.fr.expert.plan');
    await page.goto('/?encounter=premier-bonjour&lang=fr&seed=1');
    await page.getByRole('dialog').getByRole('button', { name: 'Commencer' }).click();
    // Two choices in, then the tab is reloaded.
    const firstTwo: EncounterPlan = { ...plan, steps: plan.steps.slice(0, indexAfterChoices(plan, 2)) };
    await followPlan(page, firstTwo, 'fr', clickChoice);
    // biome-ignore lint/performance/useDomNodeTextContent: the history as a person sees it, line by line.
    const historyBefore = await dialogueLog(page).innerText();

    await page.reload();
    await page.getByRole('button', { name: /Continuer/ }).click();
    await expect(dialogueLog(page)).toBeVisible();
    // The history is back, and the encounter goes on from the same place.
    await expect(dialogueLog(page)).toContainText(historyBefore.split('\n').filter(Boolean).at(-1) ?? '');
    const rest: EncounterPlan = { ...plan, steps: plan.steps.slice(indexAfterChoices(plan, 2)) };
    await followPlan(page, rest, 'fr', clickChoice);
    await playToTheEnd(page, 'fr');
  });

  test('offers a restart, never a crash, when the story changed since the save', async ({ page }) => {
    const plan = planOf('premier-bonjour.fr.expert.plan');
    await page.goto('/?encounter=premier-bonjour&lang=fr&seed=1');
    await page.getByRole('dialog').getByRole('button', { name: 'Commencer' }).click();
    await followPlan(page, { ...plan, steps: plan.steps.slice(0, indexAfterChoices(plan, 1)) }, 'fr', clickChoice);
    // The save now belongs to a version of the story that no longer exists.
    await page.evaluate(() => {
      const key = 'bonne-distance:encounter-save';
      const save = JSON.parse(window.localStorage.getItem(key) ?? '{}');
      window.localStorage.setItem(key, JSON.stringify({ ...save, contentHash: '0000000000000000' }));
    });
    await page.goto('/');
    await expect(page.getByRole('status', { name: 'Messages' })).toContainText('a changé depuis votre dernière partie');
    await expect(page.getByRole('button', { name: /^Continuer/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Recommencer la rencontre' }).click();
    await expect(dialogueLog(page)).toContainText('Rue Ontario');
  });

  test('plays a whole encounter with the keyboard alone', async ({ page }) => {
    const plan = planOf('premier-bonjour.fr.expert.plan');
    // At normal speed: the first Space finishes the typing, the next one goes on.
    await page.addInitScript(() => {
      const stored = JSON.parse(window.localStorage.getItem('bonne-distance:settings') ?? '{}');
      window.localStorage.setItem('bonne-distance:settings', JSON.stringify({ ...stored, textSpeed: 'normal' }));
    });
    await page.goto('/');
    // Tab to the encounter's start button, as a keyboard user would.
    await tabUntilFocused(page, page.getByRole('button', { name: /Commencer Premier bonjour/ }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeVisible();
    await tabUntilFocused(page, page.getByRole('dialog').getByRole('button', { name: 'Commencer' }));
    await page.keyboard.press('Enter');
    await expect(dialogueLog(page)).toBeVisible();

    const keyPick = async (group: Locator, index: number): Promise<void> => {
      // Arrows move through the choices; Enter takes the focused one. The number keys work too.
      if (index === 0) {
        await page.keyboard.press('1');
        return;
      }
      await expect(group.getByRole('button').first()).toBeFocused();
      for (let step = 0; step < index; step++) await page.keyboard.press('ArrowDown');
      await expect(group.getByRole('button').nth(index)).toBeFocused();
      await page.keyboard.press('Enter');
    };
    await followPlanWithKeys(page, plan, keyPick);
    // The end panel takes the focus; the way back is the next stop for Tab.
    await expect(page.getByRole('heading', { name: 'Fin de la rencontre' })).toBeFocused();
    await tabUntilFocused(page, page.getByRole('button', { name: 'Voir le retour sur la rencontre' }));
    await page.keyboard.press('Enter');
    // The debrief takes the focus on its heading; its way home is reached with Tab too.
    await expect(page.getByRole('heading', { level: 1, name: /Retour sur la rencontre/ })).toBeFocused();
    await tabUntilFocused(page, page.getByRole('button', { name: 'Retour à l’accueil' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Rencontres' })).toBeVisible();
  });

  test('opens an encounter directly from a workshop link, in English', async ({ page }) => {
    await page.goto('/?encounter=premier-bonjour&lang=en&seed=7');
    const warnings = page.getByRole('dialog');
    await expect(warnings).toContainText('First Hello');
    await warnings.getByRole('button', { name: 'Start' }).click();
    await expect(choices(page, 'en'))
      .toBeVisible({ timeout: 20_000 })
      .catch(async () => {
        await page.getByRole('button', { name: 'Continue' }).click();
      });
    await expect(dialogueLog(page)).toContainText('Ontario Street');
  });

  test('finds no accessibility violation on the encounter screen, with choices and at the end', async ({ page }) => {
    const plan = planOf('premier-bonjour.fr.rushed.plan');
    await page.goto('/?encounter=premier-bonjour&lang=fr&seed=1');
    await page.getByRole('dialog').getByRole('button', { name: 'Commencer' }).click();
    await followPlan(
      page,
      { ...plan, steps: plan.steps.slice(0, indexOfFirstChoices(plan) + 1) },
      'fr',
      async () => {},
    );
    await expect(choices(page, 'fr')).toBeVisible();
    await expectNoAxeViolation(page);
    await page.screenshot({ path: new URL('encounter-street-fr.png', ARTIFACTS).pathname, fullPage: false });
    await followPlan(page, { ...plan, steps: plan.steps.slice(indexOfFirstChoices(plan)) }, 'fr', clickChoice);
    await playToTheEnd(page, 'fr');
    await expectNoAxeViolation(page);
  });

  test('shows the encounter on a phone in portrait', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/?encounter=premier-bonjour&lang=fr&seed=1');
    await page.getByRole('dialog').getByRole('button', { name: 'Commencer' }).click();
    await expect(async () => {
      if (!(await choices(page, 'fr').isVisible())) await page.getByRole('button', { name: 'Continuer' }).click();
      await expect(choices(page, 'fr')).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 20_000 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await page.screenshot({ path: new URL('encounter-street-phone.png', ARTIFACTS).pathname });
    await expectNoAxeViolation(page);
  });
});
