import { describe, expect, it } from 'vitest';
import { lintSoundIds, soundIdProblem } from '../../src/authoring/sound-lint.ts';

const PATH = 'stories/fr/essai.ink';

describe('lintSoundIds', () => {
  it('warns about an ambience the game does not have, on its line, with the tag to write instead', () => {
    const source = ['# title: Essai', 'Le site est calme. # ambience: site_day', '-> END'].join('\n');

    expect(lintSoundIds(PATH, source)).toEqual([
      {
        severity: 'warning',
        path: PATH,
        line: 2,
        message:
          "unknown ambience 'site_day', did you mean 'site'? (valid: street_night, rain, bus, site, cafe, neutral)",
        suggestion: 'ambience: site',
      },
    ]);
  });

  it('reads every tag of a line, inside a choice’s brackets too, and leaves known ids alone', () => {
    const source = [
      'Un chien aboie. # sound: dog_bark # ambience: rain',
      '+ [Frapper # act: greet # sound: doors]',
      'Une porte claque. # sound: door',
    ].join('\n');

    expect(lintSoundIds(PATH, source).map((diagnostic) => [diagnostic.line, diagnostic.suggestion])).toEqual([
      [2, 'sound: door'],
    ]);
  });

  it('says which ids exist when none is near, with no fix to offer', () => {
    const [diagnostic] = lintSoundIds(PATH, 'Silence. # sound: xylophone_concert');

    expect(diagnostic?.message).toBe(
      "unknown sound 'xylophone_concert' (valid: footsteps, dog_bark, bus_engine, cough, door)",
    );
    expect(diagnostic).not.toHaveProperty('suggestion');
  });

  it('skips comments, an escaped #, values computed at run time and empty values', () => {
    const source = [
      '// # ambience: site_day',
      '/* # sound: doors',
      '   # sound: doors */ Bonsoir. # sound: door',
      'Un dièse \\# sound: doors dans le texte.',
      'Calcul. # ambience: {lieu}',
      'Vide. # sound:',
      'Une adresse https://exemple.org # sound: door',
    ].join('\n');

    expect(lintSoundIds(PATH, source)).toEqual([]);
  });
});

describe('soundIdProblem', () => {
  it('concerns only the sound and ambience keys', () => {
    expect(soundIdProblem('cue', 'site_day')).toBeUndefined();
    expect(soundIdProblem('ambience', 'site')).toBeUndefined();
    expect(soundIdProblem('sound', 'dog_barks')?.suggestion).toBe('sound: dog_bark');
  });
});
