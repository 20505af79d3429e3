import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

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
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
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
});
