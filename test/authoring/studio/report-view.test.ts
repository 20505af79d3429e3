// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { StoryReport } from '../../../src/authoring/story-report.ts';
import { renderReport } from '../../../src/authoring/studio/report-view.ts';
import { studioStrings } from '../../../src/authoring/studio/studio-strings.ts';

const REPORT: StoryReport = {
  path: 'stories/fr/essai.ink',
  diagnostics: [],
  deadEnds: [{ where: 'closing', path: 'stories/fr/essai.ink', line: 24, choices: [2, 1] }],
  unended: [{ path: 'stories/fr/essai.ink', line: 31, choices: [3] }],
  unreachable: [{ name: 'forgotten', path: 'stories/fr/essai.ink', line: 40 }],
  coverage: {
    knotsReached: 3,
    knotsTotal: 4,
    choicesTaken: 5,
    choicesOffered: 6,
    knotsMissed: ['forgotten'],
    playthroughs: 2000,
    playthroughsBroken: 120,
    exhaustive: true,
    depthBound: 40,
  },
  canBreak: false,
  canKeep: true,
  bestPath: { choices: [1, 1], texts: ['Dire bonsoir', 'Partir'], status: 'kept', trust: 41 },
  runtimeErrors: [{ message: 'stories/fr/essai.ink: ran out of content', choices: [2, 2], seed: 7 }],
};

function rendered(report: StoryReport, lang: 'fr' | 'en' = 'fr'): HTMLElement {
  const element = document.createElement('div');
  element.append(renderReport(document, report, studioStrings(lang).check));
  return element;
}

const text = (element: Element): string => (element.textContent ?? '').replace(/\u00a0/g, ' ');

describe('the check’s report in words', () => {
  it('says how much was played, in percentages, and which knots were missed', () => {
    const element = rendered(REPORT);
    expect(text(element)).toContain('Certaines branches n’ont jamais été jouées.');
    expect(text(element)).toContain('3 nœuds sur 4 atteints (75 %)');
    expect(text(element)).toContain('5 choix sur 6 essayés (83 %)');
    expect(text(element)).toContain('2 000 parties jouées au hasard, dont 120 où le lien s’est brisé');
  });

  it('agrees in number when one knot, one choice or no playthrough counts', () => {
    const coverage = REPORT.coverage as NonNullable<StoryReport['coverage']>;
    const small = (lang: 'fr' | 'en') =>
      text(
        rendered(
          {
            ...REPORT,
            runtimeErrors: [{ message: 'ran out of content', choices: [3], seed: 12 }],
            coverage: {
              ...coverage,
              knotsReached: 1,
              knotsTotal: 2,
              choicesTaken: 1,
              choicesOffered: 1,
              playthroughsBroken: 0,
            },
          },
          lang,
        ),
      );
    expect(small('fr')).toContain('1 nœud sur 2 atteint (50 %)');
    expect(small('fr')).toContain('1 choix sur 1 essayé (100 %)');
    expect(small('fr')).toContain('2 000 parties jouées au hasard, dont aucune où le lien s’est brisé');
    expect(small('fr')).toContain('Pour la reproduire : choix 3 (partie au hasard n° 12).');
    expect(small('en')).toContain('1 of 2 knots reached (50%)');
    expect(small('en')).toContain('1 of 1 choice tried (100%)');
    expect(small('en')).toContain('2,000 random playthroughs, none of which broke the link');
    expect(small('en')).toContain('To reproduce it: choice 3 (random playthrough no. 12).');
  });

  it('says whether the link can break and can be kept, in words', () => {
    const element = rendered(REPORT);
    expect(text(element)).toContain('Aucun parcours ne brise le lien');
    expect(text(element)).toContain('Le lien peut être gardé');
  });

  it('lists the best path as numbered choices, with its ending and trust', () => {
    const element = rendered(REPORT);
    const best = element.querySelector('ol');
    expect([...(best?.querySelectorAll('li') ?? [])].map((item) => item.textContent)).toEqual([
      'Dire bonsoir',
      'Partir',
    ]);
    expect(text(element)).toContain('Il finit ainsi : lien gardé, avec un lien à 41 sur 100.');
  });

  it('gives each dead end and each run-time error with the choices that reach it', () => {
    const element = rendered(REPORT);
    expect(text(element)).toContain('Le texte s’arrête sans choix ni fin dans « closing » (ligne 24).');
    expect(text(element)).toContain('Pour y arriver, choisir : 2, 1.');
    expect(text(element)).toContain('Rien ne mène à « forgotten » (ligne 40).');
    expect(text(element)).toContain('Pour la reproduire : choix 2, 2 (partie au hasard n° 7).');
    expect(text(rendered(REPORT, 'en'))).toContain('To reproduce it: choices 2, 2 (random playthrough no. 7).');
  });

  it('names the paths that stop without saying how the encounter ends, with the choices that get there', () => {
    const element = rendered(REPORT);
    expect([...element.querySelectorAll('h3')].map((heading) => heading.textContent)).toContain('Fins sans étiquette');
    expect(text(element)).toContain('Un parcours s’arrête à la ligne 31 sans dire comment la rencontre finit');
    expect(text(element)).toContain('Pour y arriver, choisir : 3.');
  });

  it('says when all is well, under the same headings, in English too', () => {
    const element = rendered(
      {
        ...REPORT,
        deadEnds: [],
        unended: [],
        unreachable: [],
        runtimeErrors: [],
        canBreak: true,
        coverage: {
          ...(REPORT.coverage as NonNullable<StoryReport['coverage']>),
          knotsReached: 4,
          choicesTaken: 6,
          knotsMissed: [],
        },
      },
      'en',
    );
    expect([...element.querySelectorAll('h3')].map((heading) => heading.textContent)).toEqual([
      'What was played',
      'The possible endings',
      'The best path',
      'Dead ends',
      'Knots with no way in',
      'Errors during play',
    ]);
    expect(text(element)).toContain('Every branch was played.');
    expect(text(element)).toContain('No dead ends');
    expect(text(element)).toContain('No errors during play.');
  });
});
