// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLanguage } from '../../../src/authoring/language-check.ts';
import type { DebriefAnalysis, StoredSession } from '../../../src/engine/index.ts';
import { MARK_KINDS, TAKEAWAY_IDS } from '../../../src/engine/index.ts';
import {
  type AnotherWayPath,
  type DebriefScreenOptions,
  renderDebrief,
} from '../../../src/ui/debrief/debrief-screen.ts';
import { debriefStrings, type MarkFacts } from '../../../src/ui/debrief/debrief-strings.ts';
import { accessibleName, byRole, oneByRole, spokenText } from '../dom-helpers.ts';
import { FakeScheduler } from '../fake-scheduler.ts';
import { brokenAnalysis, emergencyAnalysis, HIDDEN_VALUES, keptAnalysis, sessionOf } from './debrief-fixtures.ts';

interface Calls {
  reactions: string[];
  replays: [number, number][];
  exports: number;
  prints: number;
  closes: number;
  searches: number;
}

function setUp(
  options: Partial<DebriefScreenOptions> & { session?: StoredSession; analyses?: readonly DebriefAnalysis[] } = {},
) {
  document.body.replaceChildren();
  document.title = 'Bonne distance';
  const root = document.createElement('div');
  document.body.append(root);
  const scheduler = new FakeScheduler();
  const calls: Calls = { reactions: [], replays: [], exports: 0, prints: 0, closes: 0, searches: 0 };
  const screen = renderDebrief(root, {
    lang: 'fr',
    session: sessionOf([{ status: 'broken', replayedFrom: null }]),
    analyses: [brokenAnalysis()],
    scheduler,
    onReactionsChange: (text) => calls.reactions.push(text),
    onReplay: (attempt, decision) => calls.replays.push([attempt, decision]),
    onRequestAnotherWay: async () => {
      calls.searches++;
      return undefined;
    },
    onExport: () => calls.exports++,
    onPrint: () => calls.prints++,
    onClose: () => calls.closes++,
    ...options,
  });
  return { root, screen, scheduler, calls };
}

function twoAttempts() {
  return {
    session: sessionOf([
      { status: 'broken', replayedFrom: null },
      { status: 'kept', replayedFrom: 2 },
    ]),
    analyses: [brokenAnalysis(), keptAnalysis()],
  };
}

function section(root: HTMLElement, name: string): HTMLElement {
  return oneByRole(root, 'region', name);
}

/** Everything a person could read or hear: the text and every accessible name given by an attribute. */
function everythingSaid(root: HTMLElement): string[] {
  const labels = [...root.querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label') ?? '');
  const texts = [...root.querySelectorAll('*')]
    .flatMap((element) => [...element.childNodes])
    .filter((node) => node.nodeType === 3)
    .map((node) => node.textContent ?? '');
  return [...texts, ...labels];
}

async function settle(): Promise<void> {
  for (let turn = 0; turn < 5; turn++) await Promise.resolve();
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the debrief, in the PEARLS order', () => {
  it('opens on its heading, titles the page, and runs reactions, description, analysis, summary, then another way', () => {
    const { root } = setUp();

    expect(document.title).toBe('Retour sur la rencontre — Bonne distance');
    const main = oneByRole(root, 'main');
    const title = oneByRole(main, 'heading', 'Retour sur la rencontre');
    expect(title.tagName).toBe('H1');
    expect(document.activeElement).toBe(title);
    const sections = byRole(main, 'heading').filter((heading) => heading.tagName === 'H2');
    expect(sections.map((heading) => heading.textContent)).toEqual([
      'Vos réactions',
      'Le déroulement',
      'Ce que Josée a vécu',
      'À retenir',
      'Une autre façon de faire',
    ]);
    for (const heading of sections) expect(section(root, heading.textContent ?? '').contains(heading)).toBe(true);
  });

  it('names the encounter and how it ended in words', () => {
    const { root } = setUp();
    const header = root.querySelector('header');

    expect(header?.textContent).toContain('Premier bonjour, avec Josée');
    expect(header?.textContent).toContain('Issue\u00a0: lien brisé');
  });

  it('never shows a number for the trust, a percentage, points or a score', () => {
    const { root } = setUp();
    const said = everythingSaid(root);

    for (const text of said) expect(text).not.toMatch(/%|\bpoints?\b|score|\/100/i);
    const numbers = said.flatMap((text) => [...text.matchAll(/\d+/g)].map((match) => Number(match[0])));
    for (const value of HIDDEN_VALUES) expect(numbers).not.toContain(value);
    // Decision numbers (1 to 4) are the only numbers on the screen.
    for (const number of numbers) expect(number).toBeLessThanOrEqual(4);
  });

  it('moves on from the reactions to the description with "Continuer"', () => {
    const { root } = setUp();
    oneByRole(section(root, 'Vos réactions'), 'button', 'Continuer').click();

    expect(document.activeElement?.textContent).toBe('Le déroulement');
  });

  it('offers export, print and the way back to the start', () => {
    const { root, calls } = setUp();
    const actions = oneByRole(root, 'group', 'Actions');
    oneByRole(actions, 'button', 'Exporter (JSON)').click();
    oneByRole(actions, 'button', 'Imprimer').click();
    oneByRole(actions, 'button', 'Retour à l’accueil').click();

    expect([calls.exports, calls.prints, calls.closes]).toEqual([1, 1, 1]);
  });
});

describe('reactions', () => {
  it('asks one open question first, with a visible label and the words written so far', () => {
    const { root } = setUp({ session: sessionOf([{ status: 'broken', replayedFrom: null }], 'Déjà quelques mots') });
    const reactions = section(root, 'Vos réactions');
    const textarea = reactions.querySelector('textarea');
    const label = reactions.querySelector(`label[for="${textarea?.id}"]`);

    expect(label?.textContent).toBe('Comment ça s’est passé pour vous\u00a0?');
    expect(textarea?.value).toBe('Déjà quelques mots');
  });

  it('hands what the trainee types to onReactionsChange once typing pauses, and at once on leaving the field', () => {
    const { root, scheduler, calls } = setUp();
    const textarea = root.querySelector('textarea') as HTMLTextAreaElement;

    textarea.value = 'J’ai eu peur';
    textarea.dispatchEvent(new Event('input'));
    expect(calls.reactions).toEqual([]);
    scheduler.advance(1000);
    expect(calls.reactions).toEqual(['J’ai eu peur']);

    textarea.value = 'J’ai eu peur de la brusquer.';
    textarea.dispatchEvent(new Event('input'));
    textarea.dispatchEvent(new Event('blur'));
    expect(calls.reactions).toEqual(['J’ai eu peur', 'J’ai eu peur de la brusquer.']);
    // Nothing is handed over twice.
    scheduler.advance(1000);
    textarea.dispatchEvent(new Event('change'));
    expect(calls.reactions).toHaveLength(2);
  });

  it('loses no words when the screen closes while typing', () => {
    const { root, screen, calls } = setUp();
    const textarea = root.querySelector('textarea') as HTMLTextAreaElement;
    textarea.value = 'Dernier mot';
    textarea.dispatchEvent(new Event('input'));
    screen.dispose();

    expect(calls.reactions).toEqual(['Dernier mot']);
    expect(root.childElementCount).toBe(0);
    expect(document.title).toBe('Bonne distance');
  });

  it('keeps a printed copy of the words, since a text area does not print', () => {
    const { root } = setUp();
    const textarea = root.querySelector('textarea') as HTMLTextAreaElement;
    const printed = root.querySelector('.debrief-reactions-printed');

    expect(printed?.textContent).toBe('Aucune réaction écrite.');
    textarea.value = 'Un moment difficile.';
    textarea.dispatchEvent(new Event('input'));
    expect(printed?.textContent).toBe('Un moment difficile.');
  });
});

describe('the description', () => {
  it('lists lines, choices, distances and cues in order, in words', () => {
    const { root } = setUp();
    const entries = [...section(root, 'Le déroulement').querySelectorAll('.debrief-timeline > li')];
    const said = entries.map((entry) => spokenText(entry.querySelector('p') as Element));

    expect(said).toEqual([
      'Josée\u00a0: Tu veux quoi, toi ?',
      'Décision 1',
      'Vous vous approchez : vous êtes à quelques pas de Josée',
      'Le vent se lève sur la rue Ontario.',
      'Décision 2',
      'Josée se détourne',
      'Décision 3',
      'Vous\u00a0: Tu dors où ces temps-ci ?',
      'Décision 4',
      'Fin de la rencontre : lien brisé',
    ]);
    expect(entries[1]?.classList.contains('timeline-choice')).toBe(true);
    expect(entries[1]?.textContent).toContain('Votre choix\u00a0: Bonsoir. Je passe juste dire bonjour.');
  });

  it('replays any decision of the attempt shown, each button naming its moment', () => {
    const { root, calls } = setUp();
    const replays = byRole(section(root, 'Le déroulement'), 'button', 'Rejouer ce moment');

    expect(replays).toHaveLength(4);
    expect(accessibleName(replays[2] as HTMLElement)).toBe(
      'Rejouer ce moment (décision 3, « Tu dors où ces temps-ci ? »)',
    );
    replays[2]?.click();
    expect(calls.replays).toEqual([[0, 2]]);
  });

  it('clamps a long line and shows it all on request', () => {
    const long = 'Une très longue réplique. '.repeat(12);
    const analysis = brokenAnalysis({
      timeline: [{ kind: 'line', at: 0, marks: [], speaker: 'Josée', text: long }],
    });
    const { root } = setUp({ analyses: [analysis] });
    const toggle = oneByRole(root, 'button', 'Tout afficher');
    const line = root.querySelector('.timeline-line-text');

    expect(line?.classList.contains('is-clamped')).toBe(true);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    expect(line?.classList.contains('is-clamped')).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Réduire');
  });
});

describe('the analysis', () => {
  it('shows the break on the curve and in the list, with its concept, explanation and question', () => {
    const { root } = setUp();
    const analysis = section(root, 'Ce que Josée a vécu');
    const curve = oneByRole(analysis, 'img');

    expect(accessibleName(curve)).toContain('se brise à la décision 4');
    expect(curve.querySelector('[data-mark-kind="linkBroken"]')).not.toBeNull();
    const broken = analysis.querySelector('.debrief-mark-linkBroken') as HTMLElement;
    expect(broken.querySelector('h4')?.textContent).toBe('Le lien s’est brisé');
    expect(broken.textContent).toContain('Notion\u00a0: Le lien');
    expect(broken.querySelector('.debrief-mark-explanation')?.textContent).toContain(
      'Plusieurs gestes rapprochés ont demandé plus que ce que Josée pouvait accorder',
    );
    expect(broken.querySelector('.debrief-mark-question')?.textContent).toBe(
      'Pour réfléchir\u00a0: En revoyant les moments qui ont précédé, lequel aimeriez-vous rejouer, et pourquoi\u00a0?',
    );
  });

  it('lists every mark drawn on the curve, with the moment it follows', () => {
    const { root } = setUp();
    const analysis = section(root, 'Ce que Josée a vécu');
    const titles = [...analysis.querySelectorAll('.debrief-mark h4')].map((title) => title.textContent);

    expect(titles).toEqual([
      'Vous avez posé une question personnelle alors que Josée se détournait',
      'Vous avez poursuivi alors que Josée se détournait',
      'Vous avez parlé d’un refuge avant que le lien le permette',
      'Une perche tendue : un refuge',
      'Le lien s’est brisé',
    ]);
    expect(analysis.querySelectorAll('.curve-marks [data-mark-kind]')).toHaveLength(titles.length);
  });

  it('leads from a mark to its moment in the timeline, and back', () => {
    const { root } = setUp();
    const analysis = section(root, 'Ce que Josée a vécu');
    const jump = byRole(analysis, 'button', 'Voir dans le déroulement')[0] as HTMLElement;
    jump.click();

    const entry = document.activeElement as HTMLElement;
    expect(entry.classList.contains('timeline-choice')).toBe(true);
    expect(entry.textContent).toContain('Tu dors où ces temps-ci ?');
    const back = oneByRole(entry, 'button', 'Voir l’explication\u00a0: Vous avez poursuivi');
    back.click();
    expect((document.activeElement as HTMLElement).querySelector('h4')?.textContent).toBe(
      'Vous avez poursuivi alors que Josée se détournait',
    );
  });

  it('shows the safety chart only after an emergency', () => {
    const calm = setUp();
    expect(calm.root.querySelector('.safety-curve')).toBeNull();
    expect(calm.root.textContent).not.toContain('sécurité');

    const { root } = setUp({
      session: sessionOf([{ status: 'handled', replayedFrom: null }]),
      analyses: [emergencyAnalysis()],
    });
    const analysis = section(root, 'Ce que Kevin a vécu');
    expect(oneByRole(analysis, 'heading', 'La sécurité de Kevin').tagName).toBe('H3');
    const charts = byRole(analysis, 'img');
    expect(charts).toHaveLength(2);
    expect(accessibleName(charts[1] as HTMLElement)).toBe(
      'La sécurité de Kevin est d’abord préservée, baisse à la décision 2 et finit préservée.',
    );
    for (const text of everythingSaid(root)) expect(text).not.toMatch(/%|\b100\b|\b75\b/);
  });
});

describe('the summary', () => {
  it('gives the take-aways of this attempt, each pointing to a decision offering to replay it', () => {
    const { root, calls } = setUp();
    const summary = section(root, 'À retenir');
    const items = [...summary.querySelectorAll('li')];

    expect(items).toHaveLength(3);
    expect(items[0]?.textContent).toContain(
      'Le lien avec Josée s’est brisé après plusieurs gestes venus avant la confiance.',
    );
    expect(items[1]?.textContent).toContain('À deux\u00a0moments, des gestes sont venus avant que le lien le permette');
    oneByRole(items[0] as HTMLElement, 'button', 'Rejouer ce moment').click();
    expect(calls.replays).toEqual([[0, 3]]);
  });
});

describe('attempts', () => {
  it('draws both curves, the attempt shown solid and the other dashed, each labelled', () => {
    const { root } = setUp(twoAttempts());
    const analysis = section(root, 'Ce que Josée a vécu');
    const lines = [...analysis.querySelectorAll('.debrief-curve polyline')];

    expect(lines).toHaveLength(2);
    expect(lines.filter((line) => line.hasAttribute('stroke-dasharray'))).toHaveLength(1);
    const legend = analysis.querySelector('.curve-legend')?.textContent ?? '';
    expect(legend).toContain('Essai 2 (rejoué depuis la décision 3) (trait plein)');
    expect(legend).toContain('Essai 1 (pointillé)');
  });

  it('switches the analysis with a group of radio buttons, the latest attempt first', () => {
    const { root, calls } = setUp(twoAttempts());
    const radios = byRole(root, 'radio');
    const labels = radios.map((radio) => root.querySelector(`label[for="${radio.id}"]`)?.textContent);

    expect(root.querySelector('fieldset legend')?.textContent).toBe('Essai à revoir');
    expect(labels).toEqual(['Essai 1', 'Essai 2 (rejoué depuis la décision 3)']);
    expect((radios[1] as HTMLInputElement).checked).toBe(true);
    expect(root.querySelector('header')?.textContent).toContain('lien gardé');
    expect(section(root, 'Le déroulement').textContent).toContain('Je te laisse tranquille. Bonne soirée.');

    const first = radios[0] as HTMLInputElement;
    first.checked = true;
    first.dispatchEvent(new Event('change'));

    expect(root.querySelector('header')?.textContent).toContain('lien brisé');
    expect(section(root, 'Le déroulement').textContent).toContain('Tu devrais aller au refuge.');
    expect(section(root, 'Ce que Josée a vécu').querySelector('.debrief-mark-linkBroken')).not.toBeNull();
    byRole(section(root, 'Le déroulement'), 'button', 'Rejouer ce moment')[1]?.click();
    expect(calls.replays).toEqual([[0, 1]]);
  });

  it('says kindly when an attempt was left unfinished or stopped on a problem, as text', () => {
    const analysis = brokenAnalysis({ status: null, failure: 'premier-bonjour.ink: <b>variable</b> manquante' });
    const { root } = setUp({ session: sessionOf([{ status: null, replayedFrom: null }]), analyses: [analysis] });
    const header = root.querySelector('header') as HTMLElement;

    expect(header.textContent).toContain('Issue\u00a0: rencontre inachevée');
    expect(header.textContent).toContain(
      'La rencontre s’est arrêtée à cause d’un problème dans son texte, que la personne qui l’a écrite doit corriger.',
    );
    expect(header.textContent).toContain('Rien de ce que vous avez choisi n’en est la cause.');
    const details = header.querySelector('details');
    expect(details?.querySelector('summary')?.textContent).toBe('Détails pour la personne qui a écrit la rencontre');
    expect(details?.open).toBe(false);
    expect(details?.textContent).toContain('premier-bonjour.ink: <b>variable</b> manquante');
    expect(header.textContent).toContain('Cette rencontre s’est arrêtée avant la fin.');
    expect(header.querySelector('b')).toBeNull();
  });
});

describe('another way', () => {
  function otherWay(): AnotherWayPath {
    const analysis = keptAnalysis();
    return { choices: analysis.decisions.map((decision) => decision.text), analysis };
  }

  it('searches only when asked, says so while it waits, then shows both paths side by side', async () => {
    let answer: (path: AnotherWayPath | undefined) => void = () => {};
    const { root, calls } = setUp({
      onRequestAnotherWay: () => {
        calls.searches++;
        return new Promise((resolve) => {
          answer = resolve;
        });
      },
    });
    const another = section(root, 'Une autre façon de faire');
    expect(calls.searches).toBe(0);

    oneByRole(another, 'button', 'Voir une autre façon de faire').click();
    const status = oneByRole(another, 'status');
    expect(status.textContent).toBe('Recherche…');
    expect(another.getAttribute('aria-busy')).toBe('true');
    oneByRole(another, 'button', 'Voir une autre façon de faire').click();
    expect(calls.searches).toBe(1);

    answer(otherWay());
    await settle();

    expect(another.hasAttribute('aria-busy')).toBe(false);
    expect(document.activeElement?.textContent).toBe('Votre chemin et l’autre façon, côte à côte');
    const rows = [...another.querySelectorAll('.another-way-row')];
    expect(rows).toHaveLength(4);
    const cells = (row: Element | undefined) =>
      [...(row?.querySelectorAll('.another-way-choice') ?? [])].map((cell) => cell.textContent);
    expect(cells(rows[0])).toEqual(['Bonsoir. Je passe juste dire bonjour.', 'Bonsoir. Je passe juste dire bonjour.']);
    expect(rows[0]?.textContent).toContain('même choix');
    expect(cells(rows[2])).toEqual(['Tu dors où ces temps-ci ?', 'Je te laisse tranquille. Bonne soirée.']);
    expect(cells(rows[3])).toEqual(['Tu devrais aller au refuge.', 'pas de décision à ce moment']);
    const lines = another.querySelectorAll('polyline');
    expect(lines).toHaveLength(2);
    expect(another.querySelector('.curve-legend')?.textContent).toContain('l’autre façon (pointillé)');
    expect(another.textContent).toContain('L’autre façon — Issue\u00a0: lien gardé');
  });

  it('says when no other path could be found, or when the search failed, and lets the trainee try again', async () => {
    const none = setUp();
    oneByRole(section(none.root, 'Une autre façon de faire'), 'button', 'Voir une autre façon de faire').click();
    await settle();
    expect(oneByRole(none.root, 'status').textContent).toBe(
      'Aucun autre chemin n’a pu être trouvé pour cette rencontre.',
    );

    let attempts = 0;
    const failing = setUp({
      onRequestAnotherWay: async () => {
        attempts++;
        if (attempts === 1) throw new Error('search timed out');
        return otherWay();
      },
    });
    const another = section(failing.root, 'Une autre façon de faire');
    oneByRole(another, 'button', 'Voir une autre façon de faire').click();
    await settle();
    expect(oneByRole(another, 'status').textContent).toBe('La recherche n’a pas pu aboutir. Vous pouvez réessayer.');
    oneByRole(another, 'button', 'Réessayer').click();
    await settle();
    expect(another.querySelectorAll('.another-way-row')).toHaveLength(4);
  });

  it('can be shown by the app directly', () => {
    const { root, screen } = setUp();
    screen.showAnotherWay(otherWay());

    expect(section(root, 'Une autre façon de faire').querySelectorAll('.another-way-row')).toHaveLength(4);
    // Shown without being asked for on this screen: focus stays where the trainee is.
    expect(document.activeElement?.tagName).toBe('H1');
  });
});

describe('text from stories and records', () => {
  it('is inserted as text: markup in a title, a name, a line or a choice shows literally', () => {
    const attack = '<img src=x onerror=alert(1)>';
    const analysis = brokenAnalysis({
      title: `Titre ${attack}`,
      character: `Josée ${attack}`,
      timeline: [
        { kind: 'line', at: 0, marks: [], speaker: attack, text: attack },
        { kind: 'choice', at: 1, marks: [4], decision: 0, text: attack, act: 'greet' },
      ],
    });
    const { root } = setUp({ analyses: [analysis] });

    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('header')?.textContent).toContain(`Titre ${attack}, avec Josée ${attack}`);
    expect(section(root, 'Le déroulement').textContent).toContain(`${attack}\u00a0: ${attack}`);
    expect(oneByRole(root, 'img').getAttribute('aria-label')).toContain(`Le lien avec Josée ${attack} est d’abord`);
  });
});

describe('in English', () => {
  it('says everything in Canadian English', () => {
    const { root } = setUp({ lang: 'en' });

    expect(document.title).toBe('Looking back on the encounter — Bonne distance');
    expect(
      byRole(root, 'heading')
        .filter((heading) => heading.tagName === 'H2')
        .map((heading) => heading.textContent),
    ).toEqual([
      'Your reactions',
      'What happened',
      'What Josée lived through',
      'To take away',
      'Another way to go about it',
    ]);
    expect(root.querySelector('header')?.textContent).toContain('Outcome: relationship broken');
    expect(root.querySelector('label')?.textContent).toBe('How did that go for you?');
  });

  it('keeps a French story’s words marked as French inside the English interface', () => {
    const { root } = setUp({ lang: 'en' });
    const line = root.querySelector('.timeline-words');
    const direction = root.querySelector('.timeline-direction');

    expect(line?.getAttribute('lang')).toBe('fr');
    expect(direction?.textContent).toBe('You move closer: you are a few steps from Josée');
    expect(direction?.closest('[lang]')?.getAttribute('lang')).toBe('en');
  });
});

describe('the debrief’s words', () => {
  const facts: MarkFacts[] = [
    {
      name: 'Josée',
      act: undefined,
      topic: undefined,
      cue: undefined,
      percheAnswer: undefined,
      brokenReason: undefined,
    },
    {
      name: 'la personne',
      act: 'approach',
      topic: undefined,
      cue: 'turns_away',
      percheAnswer: 'taken',
      brokenReason: 'trustExhausted',
    },
    {
      name: 'Kevin',
      act: 'perche',
      topic: 'shelter',
      cue: 'moment_closed',
      percheAnswer: 'refused',
      brokenReason: 'repeatedRushes',
    },
    {
      name: 'Kevin',
      act: 'perche',
      topic: 'a_new_topic',
      cue: undefined,
      percheAnswer: 'open',
      brokenReason: undefined,
    },
    {
      name: 'Kevin',
      act: 'urgent',
      topic: undefined,
      cue: 'arms_crossed',
      percheAnswer: undefined,
      brokenReason: undefined,
    },
  ];

  /** Every text a strings object can produce, its functions called with sample values of the kind they take. */
  function allTexts(value: unknown, path: readonly string[] = []): string[] {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function') {
      const call = value as (...args: unknown[]) => unknown;
      if (path.at(-1) === 'join') return [String(call(['a', 'b', 'c'])), String(call(['a']))];
      if (path.includes('marks')) return facts.map((fact) => String(call(fact)));
      if (path.includes('items')) {
        return [String(call({ name: 'Josée', count: 1 })), String(call({ name: 'la personne', count: 3 }))];
      }
      // Names first, then a number or nothing (a decision, an attempt not replayed).
      return [String(call('Josée', 2)), String(call('la personne', undefined))];
    }
    if (Array.isArray(value)) return value.flatMap((item) => allTexts(item, path));
    if (typeof value === 'object' && value !== null) {
      return Object.entries(value).flatMap(([name, field]) => allTexts(field, [...path, name]));
    }
    return [];
  }

  function shape(value: unknown): unknown {
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, shape(field)]));
    }
    return typeof value;
  }

  it('exist in French and in English with the same shape, for every mark and every take-away', () => {
    expect(shape(debriefStrings('en'))).toEqual(shape(debriefStrings('fr')));
    for (const lang of ['fr', 'en'] as const) {
      const strings = debriefStrings(lang);
      expect(Object.keys(strings.marks).sort()).toEqual([...MARK_KINDS].sort());
      expect(Object.keys(strings.markKinds).sort()).toEqual([...MARK_KINDS].sort());
      expect(Object.keys(strings.takeaways.items).sort()).toEqual([...TAKEAWAY_IDS].sort());
      for (const text of allTexts(strings)) expect(text.trim()).not.toBe('');
    }
  });

  it('explain each mark in two or three sentences and ask a question', () => {
    for (const lang of ['fr', 'en'] as const) {
      const strings = debriefStrings(lang);
      for (const kind of MARK_KINDS) {
        for (const fact of facts) {
          const explanation = strings.marks[kind].explanation(fact);
          const sentences = explanation.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
          expect(sentences.length, `${lang} ${kind}: ${explanation}`).toBeGreaterThanOrEqual(2);
          expect(sentences.length, `${lang} ${kind}: ${explanation}`).toBeLessThanOrEqual(3);
          expect(strings.marks[kind].question(fact)).toMatch(/\?$/);
        }
      }
    }
  });

  it('speak of moments and intentions, never of grades, scores or mistakes', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const text of allTexts(debriefStrings(lang))) {
        expect(text).not.toMatch(
          /erreur|mauvais|échec|faute|raté|score|points?\b|%|\/100|mistake|wrong|\bbad\b|fail(ed|ure)?\b/i,
        );
      }
    }
  });

  it('pass the people-first language check', () => {
    const path = 'src/ui/debrief/debrief-strings.ts';
    expect(checkLanguage(path, readFileSync(path, 'utf8'))).toEqual([]);
  });
});
