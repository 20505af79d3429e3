import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLanguage } from '../../src/authoring/language-check.ts';
import { filesToCheck } from '../../src/cli/check-language.ts';

const messages = (path: string, text: string) =>
  checkLanguage(path, text).map((found) => `${found.line}: ${found.message}`);

describe('people-first language', () => {
  it('flags stigmatising words in a French story, with the line and a better wording', () => {
    expect(
      messages('stories/fr/x.ink', 'Bonsoir.\nC’est un toxicomane, un drogué.\nElle est clean depuis un mois.\n'),
    ).toEqual([
      '2: stigmatising word "toxicomane": write "une personne qui consomme"',
      '2: stigmatising word "drogué": write "une personne qui consomme"',
      '3: stigmatising word "clean": write "qui ne consomme pas (ou du matériel neuf)"',
    ]);
  });

  it('flags them in English, whatever the case', () => {
    expect(messages('stories/en/x.ink', 'He is a Junkie.\nAn addict, a drug abuser.\nDirty needles.\n')).toEqual([
      '1: stigmatising word "Junkie": write "a person who uses drugs"',
      '2: stigmatising word "addict": write "a person who uses drugs"',
      '2: stigmatising word "drug abuser": write "a person who uses drugs"',
      '3: stigmatising word "Dirty": write "used (for material); people are not dirty"',
    ]);
  });

  it('matches whole words only: "salle", "saleté" or "cleaning" are not flagged', () => {
    expect(messages('stories/fr/x.ink', 'La salle est pleine. Une saleté de pluie.\n')).toEqual([]);
    expect(messages('stories/en/x.ink', 'The cleaning crew. An addiction service.\n')).toEqual([]);
  });

  it('leaves comments for trainers alone, which may name the word to avoid', () => {
    expect(messages('stories/fr/x.ink', '// On ne dit jamais « toxicomane » ici.\nBonsoir.\n')).toEqual([]);
  });

  it('reads only the strings of interface code, in both languages', () => {
    expect(
      messages('src/ui/strings.ts', "const junkie = 1; // a junkie\nlabel: 'Un toxicomane',\nen: 'an addict',\n"),
    ).toEqual([
      '2: stigmatising word "toxicomane": write "une personne qui consomme"',
      '3: stigmatising word "addict": write "a person who uses drugs"',
    ]);
  });

  it('finds none in the shipped stories and interface', () => {
    const found = filesToCheck().flatMap((path) => checkLanguage(path, readFileSync(path, 'utf8')));
    expect(found.map((item) => `${item.path}:${item.line}: ${item.message}`)).toEqual([]);
  });
});
