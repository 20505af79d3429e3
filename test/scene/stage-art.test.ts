import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOOKS, SETTINGS } from '../../src/engine/index.ts';
import {
  BODY_FRAMES,
  DEFAULT_LOOK,
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

  it('draws the look the story asks for, from its own sheet', () => {
    expect(personLook('Nadia', 'woman_braids')).toEqual({
      sheet: 'woman_braids',
      file: 'people/woman_braids.svg',
      dog: false,
    });
    expect(personLook('Gilles', 'man_beard')).toMatchObject({ sheet: 'man_beard', file: 'people/man_beard.svg' });
  });

  it('gives Josée her own drawing and her dog, however her name is written, when her story names no look', () => {
    for (const name of ['Josée', 'josee', ' JOSÉE ', 'Jose\u0301e']) {
      expect(personLook(name)).toEqual({ sheet: 'josee', file: 'people/josee.svg', dog: true });
    }
    expect(personLook('Josée', 'josee')).toEqual({ sheet: 'josee', file: 'people/josee.svg', dog: true });
  });

  it('draws anyone else without a look in the hood that says nothing of gender, never the bearded man', () => {
    expect(DEFAULT_LOOK).toBe('person_hood');
    for (const name of ['Marc', 'José', 'Mélissa', '']) {
      expect(personLook(name)).toEqual({ sheet: 'person_hood', file: 'people/person_hood.svg', dog: false });
    }
  });

  it('follows the tag over the name: Patrouille only comes with Josée’s own drawing', () => {
    expect(personLook('Josée', 'woman_long_hair')).toEqual({
      sheet: 'woman_long_hair',
      file: 'people/woman_long_hair.svg',
      dog: false,
    });
    expect(personLook('Sam', 'josee').dog).toBe(true);
  });

  it('has a file for every setting the stage may pick', () => {
    for (const setting of [...SETTINGS, undefined]) {
      expect(statSync(publicFile(settingLook(setting).file)).isFile()).toBe(true);
    }
  });

  it('keeps every cell inside its sheet, and the sheets match the SVG they cut', () => {
    const sheets = [
      ...LOOKS.map((look) => ({
        file: personLook('', look).file,
        width: PERSON_SHEET.width,
        height: PERSON_SHEET.height,
        cells: { ...PERSON_SHEET.bodies, ...PERSON_SHEET.heads },
      })),
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

  it('keeps the art one encounter loads small: under 60 KB with the heaviest setting and look', () => {
    const size = (file: string) => statSync(publicFile(file)).size;
    const heaviestSetting = Math.max(...[...SETTINGS, undefined].map((setting) => size(settingLook(setting).file)));
    const heaviestLook = Math.max(...LOOKS.map((look) => size(personLook('', look).file)));
    expect(heaviestSetting + heaviestLook + size(WORKER_SHEET.file) + size(PROPS_SHEET.file)).toBeLessThan(60 * 1024);
  });

  it('keeps each look’s sheet under 12 KB, and the whole art set under 200 KB', () => {
    const files = [
      ...new Set([...SETTINGS, undefined].map((setting) => settingLook(setting).file)),
      ...LOOKS.map((look) => personLook('', look).file),
      WORKER_SHEET.file,
      PROPS_SHEET.file,
    ];
    for (const look of LOOKS) expect(statSync(publicFile(personLook('', look).file)).size).toBeLessThan(12 * 1024);
    const bytes = files.reduce((total, file) => total + statSync(publicFile(file)).size, 0);
    expect(bytes).toBeLessThan(200 * 1024);
  });

  it('embeds no script, no image and nothing from elsewhere in the art', () => {
    const people = LOOKS.map((look) => personLook('', look).file);
    for (const file of ['settings/street.svg', 'settings/bus.svg', ...people, 'props/props.svg']) {
      const svg = readFileSync(publicFile(file), 'utf8');
      expect(svg).not.toMatch(/<script|href="http|xlink:href="http|<image/);
    }
  });
});
