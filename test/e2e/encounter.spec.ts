/**
 * A trainee's paths through the built game, in Chromium: pick an encounter, play it
 * to the end (respectfully, then in a rush), resume after a reload, play with the
 * keyboard alone, and check every screen with axe. The paths come from the same
 * plans the engine's tests replay (test/encounters/*.plan), so the browser and the
 * engine are held to one transcript.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { type EncounterPlan, parsePlan } from '../../src/authoring/encounter-plan.ts';

function planOf(file: string): EncounterPlan {
  const parsed = parsePlan(readFileSync(new URL(`../encounters/${file}`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.map((problem) => problem.message).join('; ')}`);
  return parsed.plan;
}

const ARTIFACTS = new URL('../artifacts/', import.meta.url);
mkdirSync(ARTIFACTS, { recursive: true });

function dialogueLog(page: Page): Locator {
  return page.getByRole('log', { name: 'Dialogue' });
}

function choices(page: Page, lang: 'fr' | 'en'): Locator {
  return page.getByRole('group', { name: lang === 'fr' ? 'Choix' : 'Choices' });
}

async function expectNoAxeViolation(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}

/** Presses "Continuer" (or Space) until `done` holds: lines wait for the trainee. */
async function advanceUntil(page: Page, done: () => Promise<boolean>, go: () => Promise<void>): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (await done()) return;
    await go();
    await page.waitForTimeout(40);
  }
  throw new Error('the encounter never got there');
}

/**
 * Follows a plan in the page: advances through lines until the plan's choices are
 * offered, checks each planned line reached the log, and picks the planned choice by
 * its text. `pick` decides how: a click, or the keyboard. Stops at choices the plan
 * does not select.
 */
async function followPlan(
  page: Page,
  plan: EncounterPlan,
  lang: 'fr' | 'en',
  pick: (group: Locator, index: number, text: string) => Promise<void>,
): Promise<void> {
  const continueButton = page.getByRole('button', { name: lang === 'fr' ? 'Continuer' : 'Continue' });
  const go = async (): Promise<void> => {
    if (await continueButton.isVisible()) await continueButton.click();
  };
  const group = choices(page, lang);
  const steps = [...plan.steps];
  while (steps.length > 0) {
    const step = steps.shift();
    if (step === undefined) break;
    if (step.type === 'line') {
      await advanceUntil(page, async () => ((await dialogueLog(page).textContent()) ?? '').includes(step.text), go);
    } else if (step.type === 'choices') {
      await advanceUntil(page, () => group.isVisible(), go);
      const offered = await group.getByRole('button').allTextContents();
      expect(offered.map((text) => text.replace(/^\d/, '').trim())).toEqual(step.texts);
      const chosen = steps.shift();
      if (chosen?.type !== 'chose') return;
      await pick(group, chosen.index, step.texts[chosen.index] ?? '');
      await expect(group).toBeHidden();
    }
  }
}

/** The trainee's settings, stored before the page loads: instant text keeps long paths quick. */
async function useSettings(page: Page, lang: 'fr' | 'en', textSpeed: 'normal' | 'instant' = 'instant'): Promise<void> {
  await page.addInitScript(
    ([lang, textSpeed]) => {
      if (window.localStorage.getItem('bonne-distance:settings') !== null) return;
      window.localStorage.setItem(
        'bonne-distance:settings',
        JSON.stringify({
          schemaVersion: 1,
          lang,
          volume: 0.8,
          muted: false,
          textSize: 'normal',
          textSpeed,
          reducedMotion: false,
          highContrast: false,
        }),
      );
    },
    [lang, textSpeed] as const,
  );
}

/** Goes on past the last lines until the end panel shows. */
async function playToTheEnd(page: Page, lang: 'fr' | 'en'): Promise<void> {
  const end = page.getByRole('heading', { name: lang === 'fr' ? 'Fin de la rencontre' : 'End of the encounter' });
  const continueButton = page.getByRole('button', { name: lang === 'fr' ? 'Continuer' : 'Continue' });
  await advanceUntil(
    page,
    () => end.isVisible(),
    async () => {
      if (await continueButton.isVisible()) await continueButton.click();
    },
  );
}

async function startFromCatalogue(page: Page, title: string, lang: 'fr' | 'en'): Promise<void> {
  const start = lang === 'fr' ? 'Commencer' : 'Start';
  await page
    .getByRole('article')
    .filter({ hasText: title })
    .getByRole('button', { name: new RegExp(start) })
    .click();
  // The encounter's content warnings come first, in a dialog.
  const warnings = page.getByRole('dialog');
  await expect(warnings).toBeVisible();
  await warnings.getByRole('button', { name: start }).click();
  await expect(dialogueLog(page)).toBeVisible();
}

const clickChoice = async (group: Locator, _index: number, text: string): Promise<void> => {
  await group.getByRole('button', { name: text }).click();
};

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

/** Index in `plan.steps` just after the n-th `select`. */
function indexAfterChoices(plan: EncounterPlan, count: number): number {
  let seen = 0;
  for (const [index, step] of plan.steps.entries()) {
    if (step.type === 'chose' && ++seen === count) return index + 1;
  }
  return plan.steps.length;
}

function indexOfFirstChoices(plan: EncounterPlan): number {
  return plan.steps.findIndex((step) => step.type === 'choices');
}

async function tabUntilFocused(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('the control was never reached with Tab');
}

/** Like followPlan, with Space to go on between lines instead of clicks. */
async function followPlanWithKeys(
  page: Page,
  plan: EncounterPlan,
  pick: (group: Locator, index: number) => Promise<void>,
): Promise<void> {
  const group = choices(page, 'fr');
  const space = async (): Promise<void> => page.keyboard.press('Space');
  for (const [position, step] of plan.steps.entries()) {
    if (step.type !== 'choices') continue;
    await advanceUntil(page, () => group.isVisible(), space);
    const chosen = plan.steps[position + 1];
    if (chosen?.type !== 'chose') throw new Error('a plan offers choices and then selects one');
    await pick(group, chosen.index);
    await expect(group).toBeHidden();
  }
  const end = page.getByRole('heading', { name: 'Fin de la rencontre' });
  await advanceUntil(page, () => end.isVisible(), space);
}
