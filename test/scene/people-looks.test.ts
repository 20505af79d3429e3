import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isOneOf, LANGUAGES, LOOKS } from '../../src/engine/index.ts';
import { PERSON_SHEET, personLook } from '../../src/scene/stage-art.ts';

const root = new URL('../../', import.meta.url);
const sheetOf = (look: (typeof LOOKS)[number]) =>
  readFileSync(new URL(`public/art/${personLook('', look).file}`, root), 'utf8');

/** The `# look:` a story's header declares, if any (header lines come before any text). */
function declaredLook(source: string): string | undefined {
  return /^#\s*look\s*:\s*(\S+)\s*$/m.exec(source)?.[1];
}

describe('the looks of the people met', () => {
  it.each(LOOKS)('draws %s on a sheet of the size the stage cuts, with a group at every cell', (look) => {
    const svg = sheetOf(look);
    const opening = /<svg[^>]*>/.exec(svg)?.[0] ?? '';
    expect(opening).toContain(`viewBox="0 0 ${PERSON_SHEET.width} ${PERSON_SHEET.height}"`);
    expect(opening).toContain(`width="${PERSON_SHEET.width}"`);
    expect(opening).toContain(`height="${PERSON_SHEET.height}"`);
    // Each body and head is drawn in a group placed at its cell's corner, as josee.svg is.
    for (const cell of [...Object.values(PERSON_SHEET.bodies), ...Object.values(PERSON_SHEET.heads)]) {
      expect(svg).toContain(`<g transform="translate(${cell.x} ${cell.y})">`);
    }
  });

  it('has every generated sheet as assets/art/draw-people.ts draws it today, and no beard on a woman', () => {
    // Throws, with the stale files named on stderr, when a sheet was edited by hand or not
    // redrawn, or when a look that is not a man's was given facial hair.
    expect(() =>
      execFileSync('node_modules/.bin/tsx', ['assets/art/draw-people.ts', '--check'], {
        cwd: root,
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });
});

describe('the shipped stories', () => {
  const stories = LANGUAGES.flatMap((lang) =>
    readdirSync(new URL(`stories/${lang}/`, root))
      .filter((file) => file.endsWith('.ink'))
      .map((file) => ({ lang, file, source: readFileSync(new URL(`stories/${lang}/${file}`, root), 'utf8') })),
  );

  it('are there to check', () => {
    expect(stories.length).toBeGreaterThan(0);
  });

  it('each declare a known look', () => {
    for (const story of stories) {
      const look = declaredLook(story.source);
      expect(look !== undefined && isOneOf(LOOKS, look), `${story.lang}/${story.file}: # look: ${look}`).toBe(true);
    }
  });

  it('draw the person the same in French and in English', () => {
    for (const story of stories.filter((each) => each.lang === 'fr')) {
      const english = stories.find((each) => each.lang === 'en' && each.file === story.file);
      if (english !== undefined) expect(declaredLook(english.source), story.file).toBe(declaredLook(story.source));
    }
  });

  it('draw Josée as herself, with her dog', () => {
    for (const story of stories.filter((each) => /^#\s*character:\s*Josée\s*$/m.test(each.source))) {
      expect(declaredLook(story.source), story.file).toBe('josee');
    }
  });
});
