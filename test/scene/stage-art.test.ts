import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SETTINGS } from '../../src/engine/index.ts';
import {
  BODY_FRAMES,
  HEAD_FRAMES,
  PERSON_SHEET,
  PROPS_SHEET,
  personLook,
  settingLook,
  WORKER_SHEET,
} from '../../src/scene/stage-art.ts';

const publicFile = (path: string) => new URL(`../../public/art/${path}`, import.meta.url);

describe('the art the stage picks', () => {
  it('draws the street, the bus, the drop-in site and the café with their own art', () => {
    expect(settingLook('street')).toMatchObject({
      art: 'street',
      file: 'settings/street.svg',
      seat: 'crate',
      grate: true,
    });
    expect(settingLook('bus').art).toBe('bus');
    expect(settingLook('site').art).toBe('site');
    expect(settingLook('cafe')).toMatchObject({ art: 'cafe', table: true });
  });

  it('falls back to the neutral set for a story with no setting, or a setting not drawn yet', () => {
    expect(settingLook(undefined).art).toBe('neutral');
    expect(settingLook('home').art).toBe('neutral');
    expect(settingLook('clinic').art).toBe('neutral');
  });

  it('gives Josée her own look and her dog, however her name is written', () => {
    for (const name of ['Josée', 'josee', ' JOSÉE ', 'Jose\u0301e']) {
      expect(personLook(name)).toEqual({ sheet: 'josee', file: 'people/josee.svg', dog: true });
    }
  });

  it('gives anyone else the generic person, without a dog', () => {
    expect(personLook('Marc')).toEqual({ sheet: 'person', file: 'people/person.svg', dog: false });
    expect(personLook('José')).toMatchObject({ sheet: 'person' });
  });

  it('has a file for every setting the stage may pick', () => {
    for (const setting of [...SETTINGS, undefined]) {
      expect(statSync(publicFile(settingLook(setting).file)).isFile()).toBe(true);
    }
  });

  it('keeps every cell inside its sheet, and the sheets match the SVG they cut', () => {
    const sheets = [
      {
        file: 'people/josee.svg',
        width: PERSON_SHEET.width,
        height: PERSON_SHEET.height,
        cells: { ...PERSON_SHEET.bodies, ...PERSON_SHEET.heads },
      },
      {
        file: 'people/person.svg',
        width: PERSON_SHEET.width,
        height: PERSON_SHEET.height,
        cells: { ...PERSON_SHEET.bodies, ...PERSON_SHEET.heads },
      },
      { file: WORKER_SHEET.file, width: WORKER_SHEET.width, height: WORKER_SHEET.height, cells: WORKER_SHEET.frames },
      { file: PROPS_SHEET.file, width: PROPS_SHEET.width, height: PROPS_SHEET.height, cells: PROPS_SHEET.frames },
    ];
    for (const sheet of sheets) {
      const svg = readFileSync(publicFile(sheet.file), 'utf8');
      expect(svg).toContain(`viewBox="0 0 ${sheet.width} ${sheet.height}"`);
      for (const cell of Object.values(sheet.cells)) {
        expect(cell.x + cell.width).toBeLessThanOrEqual(sheet.width);
        expect(cell.y + cell.height).toBeLessThanOrEqual(sheet.height);
      }
    }
    expect(Object.keys(PERSON_SHEET.bodies)).toEqual([...BODY_FRAMES]);
    expect(Object.keys(PERSON_SHEET.heads)).toEqual([...HEAD_FRAMES]);
  });

  it('keeps the whole art set small: under 150 KB', () => {
    const files = [
      ...new Set([...SETTINGS, undefined].map((setting) => settingLook(setting).file)),
      'people/josee.svg',
      'people/person.svg',
      WORKER_SHEET.file,
      PROPS_SHEET.file,
    ];
    const bytes = files.reduce((total, file) => total + statSync(publicFile(file)).size, 0);
    expect(bytes).toBeLessThan(150 * 1024);
  });

  it('embeds no script, no image and nothing from elsewhere in the art', () => {
    for (const file of ['settings/street.svg', 'settings/bus.svg', 'people/josee.svg', 'props/props.svg']) {
      const svg = readFileSync(publicFile(file), 'utf8');
      expect(svg).not.toMatch(/<script|href="http|xlink:href="http|<image/);
    }
  });
});
