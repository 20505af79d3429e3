/**
 * What the browser tests share: following an encounter plan in the page as a trainee
 * would (by role and label), the settings stored before the page loads, and the axe check.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { type EncounterPlan, parsePlan } from '../../src/authoring/encounter-plan.ts';

export function planOf(file: string): EncounterPlan {
  const parsed = parsePlan(readFileSync(new URL(`../encounters/${file}`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.map((problem) => problem.message).join('; ')}`);
  return parsed.plan;
}

export const ARTIFACTS = new URL('../artifacts/', import.meta.url);
mkdirSync(ARTIFACTS, { recursive: true });

export function dialogueLog(page: Page): Locator {
  return page.getByRole('log', { name: 'Dialogue' });
}

export function choices(page: Page, lang: 'fr' | 'en'): Locator {
  return page.getByRole('group', { name: lang === 'fr' ? 'Choix' : 'Choices' });
}

export async function expectNoAxeViolation(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}

/** Presses "Continuer" (or Space) until `done` holds: lines wait for the trainee. */
export async function advanceUntil(page: Page, done: () => Promise<boolean>, go: () => Promise<void>): Promise<void> {
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
export async function followPlan(
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
export async function useSettings(
  page: Page,
  lang: 'fr' | 'en',
  textSpeed: 'normal' | 'instant' = 'instant',
): Promise<void> {
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
export async function playToTheEnd(page: Page, lang: 'fr' | 'en'): Promise<void> {
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

export async function startFromCatalogue(page: Page, title: string, lang: 'fr' | 'en'): Promise<void> {
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

export const clickChoice = async (group: Locator, _index: number, text: string): Promise<void> => {
  await group.getByRole('button', { name: text }).click();
};

/** Index in `plan.steps` just after the n-th `select`. */
export function indexAfterChoices(plan: EncounterPlan, count: number): number {
  let seen = 0;
  for (const [index, step] of plan.steps.entries()) {
    if (step.type === 'chose' && ++seen === count) return index + 1;
  }
  return plan.steps.length;
}

export function indexOfFirstChoices(plan: EncounterPlan): number {
  return plan.steps.findIndex((step) => step.type === 'choices');
}

export async function tabUntilFocused(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('the control was never reached with Tab');
}

/** Like followPlan, with Space to go on between lines instead of clicks. */
export async function followPlanWithKeys(
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

/** The start screen's file input, by the name its label gives it. */
export const IMPORT_LABEL = 'Importer une rencontre (.ink ou .json)';

/** Chooses one file in "Importer une rencontre", as the browser's file picker would. */
export async function importFile(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel(IMPORT_LABEL).setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
}

/** The start screen's list of the encounters added on this device. */
export function myEncounters(page: Page): Locator {
  return page.getByRole('list', { name: 'Mes rencontres' });
}

/** The studio's editor, in French. */
export function editorOf(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Texte de la rencontre, en ink' });
}

/**
 * Replaces the editor's whole text. The selection is deleted first by the editor's own
 * Backspace: Chromium's native editing, replacing a selection across styled lines,
 * tries to keep the styles with a `style` attribute, which the CSP refuses (harmless,
 * but reported).
 */
export async function replaceText(page: Page, text: string): Promise<void> {
  await editorOf(page).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText(text);
}
