/**
 * The trainers' studio (`/?studio`), as a trainer who does not code meets it: write an
 * encounter, see what is wrong and where, fix it, play it in the preview with the trust
 * shown, find the draft again after a reload, export it and add it to the library.
 */
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { editorOf, replaceText } from './play-helpers.ts';

/** An encounter with one typo: `akt` for `act`, on line 16. */
const STORY_WITH_A_TYPO = `# title: Le banc d'essai
# lang: fr
# setting: street
# character: Sylvain
# wariness: 3
# summary: Un homme est assis sur un banc. Ce soir, tu te présentes.
# duration: 3
# concepts: voisinage-courtois, rythme

VAR link = "fragile"

-> bench

=== bench ===
Un homme est assis sur un banc, un sac à dos à ses pieds. # distance: far
+ [Lui dire bonsoir, de loin # akt: greet]
    Bonsoir ! # speaker: worker
    Il lève la main, sans sourire. # cue: eye_contact
    -> closing
+ [Aller t'asseoir à côté de lui # act: approach]
    Tu t'assois au bout du banc. # distance: near
    -> closing

=== closing ===
+ [Lui souhaiter bonne soirée, et partir # act: leave]
    Bonne soirée. # speaker: worker
    Il hoche la tête. # end: kept
    -> END

=== link_broken ===
Il se lève et s'en va. # cue: turns_away # end: broken
-> END
`;

/** A story that computes forever without producing a line: the page must stay usable. */
const STORY_THAT_LOOPS = `# title: La boucle
# lang: fr
VAR tours = 0
-> loop
=== loop ===
~ tours = tours + 1
-> loop
`;

/** Collects what the browser reports about the Content-Security-Policy. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportCspViolation', (violation: string) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (violation: string) => void }).reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return violations;
}

async function expectNoAxeViolation(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(
    violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([]);
}

test.describe('the trainers’ studio', () => {
  test.use({ locale: 'fr-CA' });
  test.setTimeout(120_000);

  test('a trainer writes an encounter, fixes what is wrong, plays it, finds it again and gives it away', async ({
    page,
  }) => {
    const csp = await watchCsp(page);
    await page.goto('/?studio');
    await expect(page.getByRole('heading', { level: 1, name: 'Studio d’écriture' })).toBeVisible();
    // A first visit opens the commented template, which compiles without a problem.
    await expect(page.getByRole('status').filter({ hasText: /^Compilé$/ })).toBeVisible({ timeout: 20_000 });
    await expect(editorOf(page)).toContainText('# title:');

    await replaceText(page, STORY_WITH_A_TYPO);

    const problems = page.getByRole('region', { name: 'Problèmes' });
    const problem = problems.getByRole('button', { name: /ligne 16 — tag inconnu « akt »/ });
    await expect(problem).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('status').filter({ hasText: 'Compilé, 1 avertissement' })).toBeVisible();

    await problem.click();
    await expect(editorOf(page)).toBeFocused();
    await expect(page.locator('.cm-activeLine')).toContainText('[Lui dire bonsoir, de loin # akt: greet]');
    const underline = page.locator('.cm-lintRange-warning');
    await expect(underline).toHaveText('akt: greet');

    await problems.getByRole('button', { name: 'Corriger : « act: greet »' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Compilé$/ })).toBeVisible({ timeout: 20_000 });
    await expect(problems).toContainText('Aucun problème.');
    await expect(editorOf(page)).toContainText('# act: greet]');

    // The preview plays the new text, the trust shown for the author.
    const preview = page.getByRole('region', { name: 'Aperçu' });
    const meter = preview.getByRole('meter', { name: 'Lien (mode démonstration)' });
    await expect(meter).toBeVisible({ timeout: 30_000 });
    const trustBefore = await meter.getAttribute('aria-valuenow');
    const choices = preview.getByRole('group', { name: 'Choix' });
    const continueButton = preview.getByRole('button', { name: 'Continuer' });
    for (let attempt = 0; attempt < 20 && !(await choices.isVisible()); attempt++) {
      if (await continueButton.isVisible()) await continueButton.click();
      await page.waitForTimeout(100);
    }
    await choices.getByRole('button', { name: 'Lui dire bonsoir, de loin' }).click();
    await expect(preview.getByRole('log', { name: 'Dialogue' })).toContainText('Bonsoir !');
    await expect(meter).not.toHaveAttribute('aria-valuenow', trustBefore ?? '');

    await expectNoAxeViolation(page);

    // Nothing typed is lost on a reload: the draft opens where the trainer left it.
    await page.reload();
    await expect(editorOf(page)).toContainText('# act: greet]', { timeout: 20_000 });
    await expect(editorOf(page)).not.toContainText('akt');
    await expect(page.getByRole('region', { name: 'Brouillons' })).toContainText("Le banc d'essai");

    const share = page.getByRole('region', { name: 'Donner la rencontre' });
    const downloading = page.waitForEvent('download');
    await share.getByRole('button', { name: 'Exporter le texte (.ink)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('le-banc-d-essai.ink');
    const saved = await download.path();
    expect(readFileSync(saved, 'utf8')).toContain('# act: greet]');

    await share.getByRole('button', { name: 'Ajouter à ma bibliothèque' }).click();
    await expect(share.getByRole('status')).toContainText('est dans la bibliothèque de cet appareil', {
      timeout: 20_000,
    });
    expect(csp).toEqual([]);

    // A trainee on this device finds it in the catalogue, under "Mes rencontres", and plays it.
    await page.goto('/');
    const mine = page.getByRole('list', { name: 'Mes rencontres' });
    await mine.getByRole('button', { name: "Commencer Le banc d'essai" }).click();
    const warnings = page.getByRole('dialog');
    if (await warnings.isVisible()) await warnings.getByRole('button', { name: 'Commencer' }).click();
    const log = page.getByRole('log', { name: 'Dialogue' });
    await expect(log).toBeVisible();
    const played = page.getByRole('group', { name: 'Choix' });
    const goOn = page.getByRole('button', { name: 'Continuer' });
    for (let attempt = 0; attempt < 40 && !(await played.isVisible()); attempt++) {
      if (await goOn.isVisible()) await goOn.click();
      await page.waitForTimeout(100);
    }
    await played.getByRole('button', { name: 'Lui dire bonsoir, de loin' }).click();
    await expect(log).toContainText('Bonsoir !');
  });

  test('refuses to add an encounter with errors to the library, and says why', async ({ page }) => {
    await page.goto('/?studio');
    await expect(page.getByRole('status').filter({ hasText: /^Compilé$/ })).toBeVisible({ timeout: 20_000 });

    await replaceText(page, STORY_WITH_A_TYPO.replace('-> closing\n+ [Aller', '-> nowhere\n+ [Aller'));
    await expect(page.getByRole('status').filter({ hasText: /erreur/ })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('region', { name: 'Problèmes' })).toContainText('« nowhere »');

    const share = page.getByRole('region', { name: 'Donner la rencontre' });
    await share.getByRole('button', { name: 'Ajouter à ma bibliothèque' }).click();
    await expect(share.getByRole('status')).toContainText('corrigez-la avant de la donner');
  });

  test('keyboard users leave the editor with Tab, as the hint says', async ({ page }) => {
    await page.goto('/?studio');
    await expect(page.getByText('Tab quitte l’éditeur').filter({ visible: true })).toBeVisible();
    await editorOf(page).click();
    await page.keyboard.press('Tab');
    await expect(editorOf(page)).not.toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(editorOf(page)).toBeFocused();
  });

  test('a story that fails as it plays says why in the preview, and takes the author to the place', async ({
    page,
  }) => {
    await page.goto('/?studio');
    await expect(page.getByRole('status').filter({ hasText: /^Compilé$/ })).toBeVisible({ timeout: 20_000 });
    // ink compiles RANDOM(5, 1), and stops on it as it plays.
    await replaceText(
      page,
      STORY_WITH_A_TYPO.replace(
        '    Bonne soirée. # speaker: worker',
        '    Bonne soirée, à dans {RANDOM(5, 1)} jours. # speaker: worker',
      ),
    );
    await expect(page.getByRole('status').filter({ hasText: /^Compilé/ })).toBeVisible({ timeout: 20_000 });

    const preview = page.getByRole('region', { name: 'Aperçu' });
    const choices = preview.getByRole('group', { name: 'Choix' });
    const goOn = preview.getByRole('button', { name: 'Continuer' });
    for (const choice of ['Lui dire bonsoir, de loin', 'Lui souhaiter bonne soirée, et partir']) {
      for (
        let attempt = 0;
        attempt < 20 && !(await choices.getByRole('button', { name: choice }).isVisible());
        attempt++
      ) {
        if (await goOn.isVisible()) await goOn.click();
        await page.waitForTimeout(100);
      }
      await choices.getByRole('button', { name: choice }).click();
    }

    const failure = preview.getByRole('alert');
    await expect(failure).toContainText('RANDOM a reçu 5 comme minimum et 1 comme maximum', { timeout: 20_000 });
    await expect(failure).not.toContainText('RUNTIME ERROR');
    await failure.getByRole('button', { name: 'Aller au nœud « closing »' }).click();
    await expect(editorOf(page)).toBeFocused();
    await expect(page.locator('.cm-activeLine')).toContainText('=== closing ===');
  });

  test('a story that loops forever stops in the preview with a message, and the page stays usable', async ({
    page,
  }) => {
    await page.goto('/?studio');
    await expect(page.getByRole('status').filter({ hasText: /^Compilé/ })).toBeVisible({ timeout: 20_000 });

    await replaceText(page, STORY_THAT_LOOPS);

    const preview = page.getByRole('region', { name: 'Aperçu' });
    await expect(preview.getByRole('alert')).toContainText('sans produire de ligne', { timeout: 30_000 });
    await page.keyboard.type('\n// encore là');
    await expect(editorOf(page)).toContainText('// encore là');
  });
});

test.describe('the trainers’ studio on a tablet, in English', () => {
  test.use({ locale: 'en-CA', viewport: { width: 820, height: 1180 }, hasTouch: true });
  test.setTimeout(120_000);

  test('speaks English, fits the screen, checks every branch of the template, and passes axe', async ({ page }) => {
    await page.goto('/?studio');
    await expect(page.getByRole('heading', { level: 1, name: 'Trainers’ studio' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^Compiled$/ })).toBeVisible({ timeout: 20_000 });
    const editor = page.getByRole('textbox', { name: 'The encounter’s text, in ink' });
    await expect(editor).toContainText('# title:');
    // The preview starts below the editor; it must not pull the page down to itself.
    await expect(page.locator('.studio-preview .dialogue-title')).toBeVisible({ timeout: 30_000 });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // Nor at each recompile while the author types at the top.
    await page.locator('.studio-preview .dialogue').evaluate((dialogue) => dialogue.setAttribute('data-before', ''));
    await editor.click();
    await page.keyboard.press('ControlOrMeta+End');
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.keyboard.type('\n=== spare ===\nOne more knot.\n-> END\n');
    // The preview has started again with the new text: its dialogue is a new one.
    await expect(page.locator('.studio-preview .dialogue:not([data-before])')).toBeVisible({ timeout: 30_000 });
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    await expect(editor).toBeFocused();

    const check = page.getByRole('region', { name: 'Check' });
    await check.getByRole('button', { name: 'Check every branch' }).click();
    await expect(check.getByRole('status')).toContainText('Check done', { timeout: 60_000 });
    await expect(check).toContainText(/\d+ of \d+ knots reached/);

    // One column on a tablet: nothing runs off the side of the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolation(page);
  });
});

test.describe('the trainers’ studio on a phone', () => {
  test.use({ locale: 'fr-CA', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test.setTimeout(120_000);

  test('fits the preview’s stage, trust and dialogue inside its panel', async ({ page }) => {
    await page.goto('/?studio');
    const preview = page.getByRole('region', { name: 'Aperçu' });
    await expect(preview.getByRole('button', { name: 'Continuer' })).toBeVisible({ timeout: 30_000 });
    const spill = await preview.evaluate((panel) => {
      const inner = panel.getBoundingClientRect();
      return [...panel.querySelectorAll('*')]
        .filter((element) => element.getBoundingClientRect().right > inner.right + 1)
        .map((element) => element.className);
    });
    expect(spill).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});
