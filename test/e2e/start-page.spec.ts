import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { ARTIFACTS } from './play-helpers.ts';

/** The title a story declares, read from its source so a retitled story does not break the test. */
function titleOf(path: string): string {
  const source = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
  const title = /^#\s*title:\s*(.+)$/m.exec(source)?.[1]?.trim();
  if (title === undefined) throw new Error(`${path} has no '# title:' tag`);
  return title;
}

const FRENCH_TITLE = titleOf('stories/fr/premier-bonjour.ink');
const ENGLISH_TITLE = titleOf('stories/en/premier-bonjour.ink');

/** Collects what the browser reports about the Content-Security-Policy, from the console and the DOM event. */
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

/** The width of the focus outline of whatever has focus, in CSS pixels. */
async function focusOutlineWidth(page: Page): Promise<number> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (focused === null) return 0;
    const style = getComputedStyle(focused);
    return style.outlineStyle === 'none' ? 0 : Number.parseFloat(style.outlineWidth);
  });
}

test.describe('start page', () => {
  test.use({ locale: 'fr-CA' });

  test('lists the encounters in French, then in English after the language toggle', async ({ page }) => {
    await page.goto('/');

    await expect(page.getByRole('heading', { level: 1, name: 'Bonne distance' })).toBeVisible();
    const frenchCatalogue = page.getByRole('region', { name: 'Rencontres' });
    await expect(frenchCatalogue.getByRole('listitem')).not.toHaveCount(0);
    await expect(frenchCatalogue.getByRole('article', { name: FRENCH_TITLE })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

    await page.getByRole('button', { name: 'English' }).click();

    const englishCatalogue = page.getByRole('region', { name: 'Encounters' });
    await expect(englishCatalogue.getByRole('article', { name: ENGLISH_TITLE })).toBeVisible();
    await expect(englishCatalogue.getByRole('article', { name: FRENCH_TITLE })).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Français' })).toBeVisible();
  });

  test('shows what a trainee needs to pick an encounter: character, setting, duration and summary', async ({
    page,
  }) => {
    await page.goto('/');

    const encounter = page.getByRole('article', { name: FRENCH_TITLE });
    await expect(encounter.getByRole('term')).toContainText(['Personne', 'Lieu', 'Durée']);
    await expect(encounter.getByRole('definition').first()).not.toBeEmpty();
    await expect(encounter.getByRole('paragraph')).not.toBeEmpty();
  });

  test.describe('in a browser set to English', () => {
    test.use({ locale: 'en-GB' });

    test('opens in English', async ({ page }) => {
      await page.goto('/');

      await expect(page.getByRole('region', { name: 'Encounters' })).toBeVisible();
      await expect(page.getByRole('article', { name: ENGLISH_TITLE })).toBeVisible();
    });
  });

  test('reports no Content-Security-Policy violation', async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto('/');
    await expect(page.getByRole('article', { name: FRENCH_TITLE })).toBeVisible();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('article', { name: ENGLISH_TITLE })).toBeVisible();

    expect(violations).toEqual([]);
  });

  test('ships no inline script or style, so the CSP needs no exception', async ({ request }) => {
    const html = await (await request.get('/')).text();

    expect(html).toContain("script-src 'self'");
    for (const script of html.match(/<script\b[^>]*>/g) ?? []) expect(script).toMatch(/\ssrc=/);
    expect(html).not.toMatch(/<style\b|\sstyle=/);
  });

  test('has no accessibility violation found by axe, in French and in English', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('article', { name: FRENCH_TITLE })).toBeVisible();
    await expectNoAxeViolation(page);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('article', { name: ENGLISH_TITLE })).toBeVisible();
    await expectNoAxeViolation(page);
  });

  test('has no accessibility violation with high contrast on, in the settings, or on the About page', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Réglages' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Réglages' })).toBeFocused();
    await expectNoAxeViolation(page);

    await page.getByRole('checkbox', { name: 'Contraste élevé' }).check();
    await expect(page.locator('html')).toHaveClass(/bd-high-contrast/);
    await expectNoAxeViolation(page);

    await page.getByRole('button', { name: 'Rencontres' }).click();
    await expect(page.getByRole('article', { name: FRENCH_TITLE })).toBeVisible();
    await expectNoAxeViolation(page);

    await page.getByRole('button', { name: 'À propos' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'À propos de Bonne distance' })).toBeVisible();
    await expectNoAxeViolation(page);
  });
});

test.describe('settings', () => {
  test.use({ locale: 'fr-CA' });

  test('apply at once and are still there after a reload', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Réglages' }).click();
    const fontSize = (): Promise<number> =>
      page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normalSize = await fontSize();

    await page.getByRole('radio', { name: 'Très grande' }).check();
    await page.getByRole('radio', { name: 'Instantanée' }).check();
    await page.getByRole('checkbox', { name: 'Contraste élevé' }).check();
    await page.getByRole('checkbox', { name: 'Couper le son' }).check();
    await page.getByRole('slider', { name: 'Volume' }).fill('30');

    expect(await fontSize()).toBeCloseTo(normalSize * 1.5);
    await expect(page.locator('html')).toHaveClass(/bd-high-contrast/);

    await page.reload();
    await page.getByRole('button', { name: 'Réglages' }).click();
    await expect(page.getByRole('radio', { name: 'Très grande' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Instantanée' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Contraste élevé' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Couper le son' })).toBeChecked();
    await expect(page.getByRole('slider', { name: 'Volume' })).toHaveValue('30');
    expect(await fontSize()).toBeCloseTo(normalSize * 1.5);
  });

  test('remember the language chosen', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('article', { name: ENGLISH_TITLE })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('region', { name: 'Encounters' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test.describe('on a system that asks for less motion', () => {
    test.use({ reducedMotion: 'reduce' });

    test('turn "reduce motion" on by default', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('button', { name: 'Réglages' }).click();

      await expect(page.getByRole('checkbox', { name: 'Réduire les animations' })).toBeChecked();
      await expect(page.locator('html')).toHaveClass(/bd-reduced-motion/);
    });
  });
});

test.describe('the About page', () => {
  test.use({ locale: 'fr-CA' });

  test('says what the simulator is for and on what it is based, in French and in English', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('button', { name: 'À propos' }).click();

    const about = page.getByRole('article', { name: 'À propos de Bonne distance' });
    await expect(about).toContainText('Romain Paumier');
    await expect(about).toContainText('Nouvelles pratiques sociales');
    await expect(about.getByRole('heading', { level: 3 })).toHaveCount(5);
    await expectNoAxeViolation(page);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('article', { name: 'About Bonne distance' })).toContainText(
      'revealed only in the debrief',
    );
    await expectNoAxeViolation(page);
  });
});

test.describe('content warnings', () => {
  test.use({ locale: 'fr-CA' });

  test('are shown in a dialog before the encounter starts; Escape cancels and gives focus back', async ({ page }) => {
    await page.goto('/');
    const start = page.getByRole('article', { name: FRENCH_TITLE }).getByRole('button', { name: 'Commencer' });
    await start.click();

    const dialog = page.getByRole('dialog', { name: 'Avant de commencer' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('listitem')).not.toHaveCount(0);
    await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
    await expectNoAxeViolation(page);

    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(start).toBeFocused();
  });
});

test.describe('keyboard only', () => {
  test.use({ locale: 'fr-CA' });

  test('reaches every part of the start screen, with the focus always visible', async ({ page }) => {
    await page.goto('/');
    const menu = page.getByRole('navigation', { name: 'Menu principal' });
    // The start screen is drawn once the device's library is read: a person starts when they see it.
    await expect(menu).toBeVisible();

    await page.keyboard.press('Tab');
    await expect(menu.getByRole('button', { name: 'Rencontres' })).toBeFocused();
    expect(await focusOutlineWidth(page)).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Tab');
    await expect(menu.getByRole('button', { name: 'Historique' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(menu.getByRole('button', { name: 'Réglages' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Réglages' })).toBeFocused();

    await page.keyboard.press('Tab');
    const volume = page.getByRole('slider', { name: 'Volume' });
    await expect(volume).toBeFocused();
    expect(await focusOutlineWidth(page)).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('ArrowLeft');
    await expect(volume).toHaveValue('75');
    await page.keyboard.press('Tab');
    const mute = page.getByRole('checkbox', { name: 'Couper le son' });
    await expect(mute).toBeFocused();
    expect(await focusOutlineWidth(page)).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Space');
    await expect(mute).toBeChecked();

    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'English' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(menu.getByRole('button', { name: 'À propos' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'À propos de Bonne distance' })).toBeFocused();

    // Back through English, À propos, Réglages and Historique to Rencontres.
    for (let press = 0; press < 5; press++) await page.keyboard.press('Shift+Tab');
    await expect(menu.getByRole('button', { name: 'Rencontres' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Rencontres' })).toBeFocused();

    await page.keyboard.press('Tab');
    // The first encounter in the catalogue's order (by title) takes the focus first.
    const start = page.getByRole('article').first().getByRole('button', { name: 'Commencer' });
    await expect(start).toBeFocused();
    expect(await focusOutlineWidth(page)).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Avant de commencer' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(start).toBeFocused();
  });
});

test.describe('the masthead', () => {
  test.use({ locale: 'fr-CA' });

  for (const lang of ['fr', 'en'] as const) {
    const menuName = lang === 'fr' ? 'Menu principal' : 'Main menu';
    const toggleName = lang === 'fr' ? 'English' : 'Français';

    for (const width of [1366, 1280, 1024]) {
      test(`holds the title, the four views and the language on one line at ${width} px (${lang})`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 768 });
        await page.goto(`/?lang=${lang}`);
        const firstView = page.getByRole('navigation', { name: menuName }).getByRole('button').first();
        const toggle = page.getByRole('button', { name: toggleName });
        await expect(toggle).toBeVisible();
        await page.screenshot({ path: new URL(`masthead-${width}-${lang}.png`, ARTIFACTS).pathname });
        const [viewBox, toggleBox] = [await firstView.boundingBox(), await toggle.boundingBox()];
        expect(Math.abs((toggleBox?.y ?? 0) - (viewBox?.y ?? Number.NaN))).toBeLessThanOrEqual(2);
      });
    }

    test(`wraps on a phone without scrolling sideways, its targets still 44 px (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/?lang=${lang}`);
      const views = page.getByRole('navigation', { name: menuName }).getByRole('button');
      await expect(views).toHaveCount(4);
      await page.screenshot({ path: new URL(`masthead-390-${lang}.png`, ARTIFACTS).pathname });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      for (const target of [...(await views.all()), page.getByRole('button', { name: toggleName })]) {
        const box = await target.boundingBox();
        expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
        expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 390).toBe(true);
      }
    });
  }
});
