import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importEncounterFile, readEncounterFile } from '../../src/app/user-library.ts';
import { compileInk } from '../../src/authoring/compile-ink.ts';
import { diagnosticInFrench, FRENCH_MESSAGES } from '../../src/authoring/diagnostic-words.ts';
import { checkLanguage } from '../../src/authoring/language-check.ts';
import { checkStory } from '../../src/authoring/story-checker.ts';
import { InkStory, StoryRuntimeError } from '../../src/engine/index.ts';
import { story } from '../support/contract-story.ts';

const PATH = 'stories/fr/essai.ink';

/** Every message of compiling `source` alone, as the studio and the import receive them. */
function messagesOf(source: string): string[] {
  return compileInk(PATH, (path) => {
    if (path !== PATH) throw new Error(`ENOENT: no such file, open '${path}'`);
    return source;
  }).diagnostics.map((diagnostic) => diagnostic.message);
}

/** The one message `source` gets from the compiler. */
function messageOf(source: string): string {
  const messages = messagesOf(source);
  expect(messages).toHaveLength(1);
  return messages[0] ?? '';
}

/** Compared with ordinary spaces: French typography puts a no-break space inside « » and before « : ». */
const french = (message: string): string => diagnosticInFrench(message).replace(/\u00a0/g, ' ');

/** Words that give away an English sentence; none of them is French. */
const ENGLISH_WORDS =
  /\b(the|is|are|was|were|expected|saw|found|should|must|can't|cannot|could|only|with|which|this|that|you|your|need|divert|target|missing)\b/i;

/** Where a message a trainer reads is still English. */
function englishIn(message: string): string | undefined {
  const worded = diagnosticInFrench(message);
  if (worded === message) return `not worded: ${message}`;
  const word = ENGLISH_WORDS.exec(worded.replace(/«[^»]*»/g, ''));
  return word === null ? undefined : `'${word[0]}' left in: ${worded}`;
}

/** Plays a compiled story's first line, as the import and the checker do; the error ink raised, without the path. */
function firstLineError(source: string, options: { sliceMs?: number; maxSlices?: number } = {}): string {
  const compiled = compileInk(PATH, () => source);
  if (compiled.json === undefined) throw new Error(`does not compile: ${compiled.diagnostics[0]?.message}`);
  try {
    new InkStory({ id: 'essai', path: PATH, json: compiled.json }, { seed: 0, ...options }).nextLine();
  } catch (error) {
    if (error instanceof StoryRuntimeError) return error.message.slice(`${PATH}: `.length);
    throw error;
  }
  throw new Error('the story played its first line');
}

describe('a beginner’s mistakes, in French', () => {
  it('says where the text stops without an ending', () => {
    expect(french(messageOf(story('-> banc', '=== banc ===', 'Un homme est assis.')))).toBe(
      'le texte s’arrête ici sans choix ni flèche : faut-il un « -> END » ou une flèche vers un nœud ?',
    );
  });

  it('tells to divert into a knot’s first stitch, named as written', () => {
    expect(french(messageOf(story('-> banc', '=== banc ===', 'Bonsoir.', '= assis', 'Il est assis.', '-> END')))).toBe(
      'le texte s’arrête ici sans choix ni flèche : faut-il un « -> END » ou une flèche vers un nœud ? Pour aller dans « assis », il faut une flèche vers lui (-> assis).',
    );
  });

  it('names the knot a divert leads to when it does not exist, whatever its case', () => {
    expect(french(messageOf(story('Bonsoir.', '-> nulle_part')))).toBe(
      'la flèche mène à « nulle_part », qui n’existe pas',
    );
    expect(french(messageOf(story('Bonsoir.', '-> end')))).toBe('la flèche mène à « end », qui n’existe pas');
  });

  it('says a knot’s name is one word, when it has a space, a dash or an apostrophe', () => {
    const messages = messagesOf(story('-> mon_banc', '=== mon banc ===', 'Bonsoir.', '-> END'));
    expect(messages.map(french)).toContain(
      'le nom du nœud s’arrête avant « banc === » : un nom s’écrit d’un seul mot, en lettres, chiffres et _, sans espace, tiret ni apostrophe (par exemple mon_noeud)',
    );
    for (const message of messagesOf(story('-> l’arrivée', '=== l’arrivée ===', 'Bonsoir.', '-> END'))) {
      expect(englishIn(message)).toBeUndefined();
    }
  });

  it('says what a line that should have ended goes on with', () => {
    expect(french(messageOf(story('-> mon banc', '=== mon_banc ===', 'Bonsoir.', '-> END')))).toBe(
      'ici, il fallait la fin de la ligne, mais on trouve « banc »',
    );
  });

  it('says a brace opened is not closed', () => {
    expect(french(messageOf(story('VAR visites = 1', '{ visites > 0:', '  Encore toi.', '-> END')))).toBe(
      'ici, il fallait l’accolade « } » qui ferme le « { » ouvert, mais on trouve « === link_broken === »',
    );
    expect(messagesOf(story('Bonsoir {visites.', '-> END')).map(french)[0]).toBe(
      'ici, il fallait une condition, une variable ou une séquence entre les accolades { … }, mais on trouve « visites. »',
    );
  });

  it('words an empty choice, and a choice bracket left open', () => {
    // The lint adds that the choice has no act.
    expect(messagesOf(story('Bonsoir.', '*', '-> END')).map(french)[0]).toBe(
      'choix sans texte : il sera pris tout seul quand il ne restera aucun autre choix. Si c’est voulu, écrivez « * -> » ; sinon, donnez-lui un texte entre crochets',
    );
    expect(french(messageOf(story('Bonsoir.', '* [Lui dire bonsoir # act: greet', '  -> END')))).toBe(
      'ici, il fallait le crochet « ] » qui ferme le texte du choix, mais la ligne s’arrête',
    );
  });

  it('tells to change a variable with ~ rather than declaring it again', () => {
    expect(french(messageOf(story('VAR visites = 0', 'Bonsoir.', 'VAR visites = 1', '-> END')))).toBe(
      'la variable « visites » est déjà déclarée (ligne 9 de stories/fr/essai.ink) : pour changer sa valeur, écrivez « ~ visites = … »',
    );
    expect(french(messageOf(story('Bonsoir.', '~ VAR visites = 1', '-> END')))).toBe(
      'ici, il fallait une instruction après le « ~ », mais on trouve « VAR visites = 1 »',
    );
  });

  it('names a variable that was never declared', () => {
    expect(french(messageOf(story('Bonsoir {prenom}.', '-> END')))).toBe(
      '« prenom » est inconnu : ce n’est ni une variable déclarée (VAR prenom = …), ni un nœud. Vérifiez l’orthographe',
    );
    expect(french(messageOf(story('Bonsoir.', '~ visites = 2', '-> END')))).toBe(
      'la variable « visites » n’existe pas : déclarez-la en haut du fichier avec « VAR visites = 0 » (ou dans un nœud avec « ~ temp visites = 0 »)',
    );
    expect(french(messageOf(story('VAR visites', 'Bonsoir.', '-> END')))).toBe(
      'ici, il fallait le « = » et une valeur de départ, comme « = 5 » (la valeur de départ est obligatoire), mais la ligne s’arrête',
    );
  });

  it('words the nesting mistakes of choices, gathers and conditions', () => {
    expect(
      french(messageOf(story('VAR visites = 1', '{ visites:', '  * [Rester # act: hold] Tu restes.', '}', '-> END'))),
    ).toBe(
      'un choix sous condition s’écrit « * {condition} [texte du choix] ». Sinon, un choix placé dans une condition { … } ou une séquence doit finir par une flèche (-> …)',
    );
    expect(
      french(messageOf(story('VAR visites = 1', '{ visites:', '  Oui.', '  else:', '  Non.', '}', '-> END'))),
    ).toBe('le texte « else: » sera affiché tel quel : vouliez-vous écrire « - else: » ?');
    expect(french(messageOf(story('VAR visites = 1', '{', '- else: Non.', '- visites > 0: Oui.', '}', '-> END')))).toBe(
      'le « else » doit toujours venir en dernier',
    );
  });

  it('names a knot written twice, and where the first one is', () => {
    expect(
      french(messageOf(story('-> banc', '=== banc ===', 'Bonsoir.', '-> END', '=== banc ===', 'Re.', '-> END'))),
    ).toBe(
      'le nom « banc » est déjà pris (ligne 10 de stories/fr/essai.ink) : deux nœuds, ou deux sous-nœuds d’un même nœud, ne peuvent pas porter le même nom',
    );
  });

  it('words the mistakes of functions and returns', () => {
    expect(french(messageOf(story('~ saluer()', '-> END', '=== saluer ===', 'Bonsoir.', '-> END')))).toBe(
      '« saluer » est appelé comme une fonction, mais c’est un nœud : déclarez-le avec « === function saluer === », ou envoyez-y une flèche (-> saluer)',
    );
    expect(french(messageOf(story('~ saluer()', 'Bonsoir.', '-> END')))).toBe(
      'la fonction « saluer » n’existe pas : déclarez-la avec === function saluer() === ou vérifiez l’orthographe',
    );
    expect(french(messageOf(story('-> banc', '=== banc ===', '~ return', '-> END')))).toBe(
      '« ~ return » ne s’écrit que dans une fonction, déclarée ainsi : == function banc ==',
    );
  });
});

/** Broken stories a trainer may write, one mistake each. */
const BEGINNER_MISTAKES: readonly string[] = [
  story('-> banc', '=== banc ===', 'Un homme est assis.'),
  story('Bonsoir.', '-> nulle_part'),
  story('-> mon_banc', '=== mon banc ===', 'Bonsoir.', '-> END'),
  story('-> mon-banc', '=== mon-banc ===', 'Bonsoir.', '-> END'),
  story('Bonsoir {visites.', '-> END'),
  story('VAR visites = 1', '{ visites > 0:', '  Encore toi.', '-> END'),
  story('Bonsoir.', '*', '-> END'),
  story('Bonsoir.', '* [Lui dire bonsoir # act: greet', '  -> END'),
  story('VAR visites = 0', 'Bonsoir.', 'VAR visites = 1', '-> END'),
  story('Bonsoir {prenom}.', '-> END'),
  story('Bonsoir.', '~ visites = 2', '-> END'),
  story('VAR visites = 1', '{ visites:', '  * [Rester # act: hold] Tu restes.', '}', '-> END'),
  story('-> banc', '=== banc ===', 'Bonsoir.', '-> END', '=== banc ===', 'Re.', '-> END'),
  story('~ saluer()', 'Bonsoir.', '-> END'),
  story('VAR visites', 'Bonsoir.', '-> END'),
  story('Bonsoir.', '}', '-> END'),
];

/** Rarer mistakes: every message ink's compiler gives them must be worded too. */
const OTHER_MISTAKES: readonly string[] = [
  story('-> banc', '=== banc ===', '=== parc ===', 'Bonsoir.', '-> END'),
  story('Bonsoir.', '~ return', '-> END'),
  story('-> saluer', '=== function saluer ===', '~ return 1'),
  story('VAR visites = 1', '{', '- visites: a', '- else: b', '- else: c', '}', '-> END'),
  story('VAR visites = 1', '~ visites = (1 + 2', '-> END'),
  story('~ saluer()', '-> END', '=== function saluer ===', '* [Oui # act: greet] Oui.', '~ return'),
  story('-> banc', '=== banc ===', '= assis', 'A', '-> END', '= assis', 'B', '-> END'),
  story('Bonsoir.', '* (vu) [Oui # act: greet] Oui.', '- (vu) Fin.', '-> END'),
  story('-> banc(1)', '=== banc ===', 'Bonsoir.', '-> END'),
  story('-> banc', '=== banc(visites) ===', 'Bonsoir {visites}.', '-> END'),
  story('VAR visites = a, b', 'Bonsoir.', '-> END'),
  story('-> not', '=== not ===', 'Bonsoir.', '-> END'),
  story('VAR RANDOM = 1', 'Bonsoir.', '-> END'),
  story('~ temp x = RANDOM(1)', 'Bonsoir.', '-> END'),
  story('VAR visites = 1', 'Bonsoir {visites++}', '-> END'),
  story('Bonsoir.', '->', '-> END'),
  story('VAR visites = 1', '~ visites = (personne)', 'Bonsoir.', '-> END'),
  story('-> END', '=== ===', 'Bonsoir.'),
  story('VAR phrase = "a -> b"', 'Bonsoir.', '-> END'),
  story('-> banc', '=== banc ===', '= banc', 'Bonsoir.', '-> END'),
  story('~ saluer()', '-> END', '=== function saluer ===', '= suite', '~ return'),
  story('~ saluer()', '-> END', '=== function saluer ===', '-> END'),
  story('-> banc(1, 2)', '=== banc(x, x) ===', 'Bonsoir.', '-> END'),
  story('{', '}', '-> END'),
  story('CONST visites = 1', 'CONST visites = 2', 'Bonsoir.', '-> END'),
  story('VAR a = 1', 'VAR b = a', 'Bonsoir.', '-> END'),
  story('LIST humeur = calme, calme', 'Bonsoir.', '-> END'),
  story('~ saluer()', '-> END', '=== function saluer ===', 'return'),
  story('VAR visites = 1', '{visites:a|b|c}', '-> END'),
  story('VAR banc = 1', '-> banc', '=== banc ===', 'Bonsoir.', '-> END'),
  story('{&~!: a|b}', '-> END'),
  story('VAR phrase = "abc', 'Bonsoir.', '-> END'),
  story('VAR visites = 1', '~ visites =+ 2', 'Bonsoir.', '-> END'),
  story('VAR visites = 1', '{ visites:', '- a', '- b', '- c', '}', '-> END'),
  story('VAR visites = 1', '{ visites:', '-', '}', '-> END'),
  story('~ temp x = RANDOM(1.5, 2)', 'Bonsoir.', '-> END'),
  story('~ temp x = TURNS(1)', 'Bonsoir.', '-> END'),
  story('~ banc(1)', 'Bonsoir.', '-> END', '=== function banc ===', '~ return 1'),
  story('{ -> banc: oui}', '-> END', '=== banc ===', 'Bonsoir.', '-> END'),
  story('LIST humeur = calme, inquiet', '{not humeur ? calme: oui}', '-> END'),
  story('~ visites++', 'Bonsoir.', '-> END'),
  story('-> banc(1)', '=== banc(x) ===', '~ temp x = 2', 'Bonsoir.', '-> END'),
  story('CONST phrase = "a{1}"', 'Bonsoir.', '-> END'),
  story('-> banc', '=== banc ===', '= function saluer', 'Bonsoir.', '-> END'),
  story('TODO: écrire la suite', 'Bonsoir.', '-> END'),
  story('VAR phrase = "a # b"', 'Bonsoir.', '-> END'),
  story('INCLUDE essai.ink', 'Bonsoir.', '-> END'),
  story('INCLUDE ', 'Bonsoir.', '-> END'),
];

describe('every message of the compiler and the checks, in French', () => {
  it('leaves none of a beginner’s mistakes in English', () => {
    const messages = BEGINNER_MISTAKES.flatMap(messagesOf);
    expect(messages.length).toBeGreaterThanOrEqual(BEGINNER_MISTAKES.length);
    expect(messages.map(englishIn).filter((problem) => problem !== undefined)).toEqual([]);
  });

  it('leaves none of the rarer compiler messages in English', () => {
    const messages = OTHER_MISTAKES.flatMap(messagesOf);
    expect(messages.length).toBeGreaterThanOrEqual(OTHER_MISTAKES.length);
    expect(messages.map(englishIn).filter((problem) => problem !== undefined)).toEqual([]);
  });

  it('words the authoring contract’s lint', () => {
    const source = [
      '# title: Un bonsoir',
      '# lang: fr',
      '# setting: stret',
      '# wariness: 9',
      '# duration: longtemps',
      '# concepts: lein',
      '# title: Un bonsoir au parc',
      '# cue: eye_contact',
      'EXTERNAL appeler()',
      'VAR link = "fragile"',
      'Bonsoir. # akt: greet # distance: loin # trust: +5 # visit: premiere # end',
      '* [Rester # cue: eye_contact # topic: sheltr]',
      '  ~ link = "solid"',
      '  -> link_broken',
      '=== link_broken ===',
      'Il part. # end: kept',
      '-> END',
    ].join('\n');
    const messages = messagesOf(source);
    expect(messages.length).toBeGreaterThanOrEqual(15);
    expect(messages.map(diagnosticInFrench)).toContain(
      'le tag d’en-tête «\u00a0title\u00a0» est donné une deuxième fois (la première à la ligne 1)\u00a0: seul le dernier compte\u00a0; gardez-en un',
    );
    expect(messages.map(englishIn).filter((problem) => problem !== undefined)).toEqual([]);
    expect(
      messagesOf('Bonsoir.\n-> END')
        .map(englishIn)
        .filter((problem) => problem !== undefined),
    ).toEqual([]);
  });

  it('words an INCLUDE of a file that is not there, and a TODO, keeping the author’s words', () => {
    expect(french(messageOf(story('INCLUDE autre.ink', 'Bonsoir.', '-> END')))).toBe(
      'INCLUDE autre.ink : ce fichier n’est pas parmi ceux choisis. Choisissez « autre.ink » en même temps que le fichier principal (tous les fichiers de la rencontre à la fois)',
    );
    expect(french(messageOf(story('TODO: écrire la suite', 'Bonsoir.', '-> END')))).toBe('à faire : écrire la suite');
  });

  it('words the errors ink raises while playing', () => {
    // A tunnel that may not return: no loose end for the compiler, which reports those as errors.
    const mayNotReturn = story('-> passage ->', 'Fin.', '-> END', '=== passage ===', 'Salut.', '{passage > 1: ->->}');
    expect(french(firstLineError(mayNotReturn))).toBe(
      'erreur pendant le jeu : le tunnel s’arrête sans revenir : faut-il un « ->-> » à sa fin ?',
    );
    expect(french(firstLineError(story('~ temp x = RANDOM(5, 1)', 'Tu tires {x}.', '-> END')))).toBe(
      'erreur pendant le jeu : RANDOM a reçu 5 comme minimum et 1 comme maximum : le maximum doit être plus grand',
    );
    expect(
      french(firstLineError(story('-> a', '=== a ===', '-> b', '=== b ===', '-> a'), { sliceMs: 1, maxSlices: 2 })),
    ).toBe(
      'la rencontre a tourné 2 ms sans produire de ligne : une boucle de flèches qui n’atteint jamais de texte ni de choix ?',
    );
  });

  it('words what the checker reports while it plays every branch', async () => {
    const source = story('-> passage ->', 'Fin.', '-> END', '=== passage ===', 'Salut.', '{passage > 1: ->->}');
    const report = await checkStory({ mainPath: PATH, readFile: () => source, runs: 3 });
    expect(report.runtimeErrors.length).toBeGreaterThan(0);
    for (const problem of report.runtimeErrors) expect(englishIn(problem.message)).toBeUndefined();
    expect(
      french(
        "a path stops here without '# end: ...' (after choices 1,2): the debrief can only say \"the encounter ended\"; add '# end: kept', 'referred', 'handled', 'ended' or 'broken' to its last line",
      ),
    ).toBe(
      'un parcours s’arrête ici sans « # end: … » (après les choix 1,2) : le bilan dira seulement que la rencontre est finie. Ajoutez « # end: kept », referred, handled, ended ou broken à sa dernière ligne',
    );
  });

  it('words run-time errors ink reported together one by one', () => {
    expect(
      french(
        "RUNTIME ERROR: 'essai.ink' line 4: ran out of content. Do you need a '-> DONE' or '-> END'?; RUNTIME WARNING: Variable not found: 'x'. Using default value of 0 (false).",
      ),
    ).toBe(
      'erreur pendant le jeu (essai.ink, ligne 4) : le texte s’arrête sans choix ni fin : faut-il un « -> END » ou une flèche vers un nœud ? ; avertissement pendant le jeu : la variable « x » n’a pas encore de valeur ici : 0 est utilisé à la place',
    );
  });

  it('names the knot of a run-time error ink gives no line for', () => {
    expect(
      french(
        'RUNTIME ERROR: (Ink Pointer -> second.0.c-0 -- index 5): RANDOM was called with minimum as 5 and maximum as 1. The maximum must be larger',
      ),
    ).toBe(
      'erreur pendant le jeu (dans le nœud « second ») : RANDOM a reçu 5 comme minimum et 1 comme maximum : le maximum doit être plus grand',
    );
  });

  it('words a path of an imported story that stops on an error, with the choices that reach it', () => {
    expect(
      french(
        "after choices 2, 1, the encounter stops with an error: RUNTIME ERROR: 'bonsoir.ink' line 12: ran out of content. Do you need a '-> DONE' or '-> END'?",
      ),
    ).toBe(
      'après les choix 2, 1, la rencontre s’arrête sur une erreur : erreur pendant le jeu (bonsoir.ink, ligne 12) : le texte s’arrête sans choix ni fin : faut-il un « -> END » ou une flèche vers un nœud ?',
    );
    expect(
      french("before any choice, the encounter stops with an error: Missing function binding for external: 'sonner'"),
    ).toBe(
      'avant tout choix, la rencontre s’arrête sur une erreur : le jeu ne fournit pas la fonction EXTERNAL « sonner » : écrivez une fonction ink du même nom',
    );
  });

  it('words every refusal of an imported file', async () => {
    const refusals = await Promise.all([
      importEncounterFile({ name: 'notes.txt', text: 'Bonsoir.' }, 0),
      importEncounterFile({ name: 'image.ink', text: 'a\u0000b' }, 0),
      importEncounterFile({ name: 'latin1.ink', text: 'caf\ufffd' }, 0),
      importEncounterFile({ name: 'casse.json', text: '{' }, 0),
      importEncounterFile({ name: 'autre.json', text: '{"a": 1}' }, 0),
      importEncounterFile({ name: 'vide.json', text: '{"inkVersion": 21, "root": []}' }, 0),
      importEncounterFile({ name: 'vieux.json', text: '{"inkVersion": 5}' }, 0),
      importEncounterFile({ name: 'futur.json', text: '{"inkVersion": 99, "root": []}' }, 0),
      readEncounterFile({ name: 'gros.ink', size: 3 * 1024 * 1024, text: async () => '' }, 0),
      readEncounterFile({ name: 'perdu.ink', size: 10, text: () => Promise.reject(new Error('NotReadableError')) }, 0),
    ]);
    const messages = refusals.flatMap((refusal) => (refusal.ok ? [] : refusal.diagnostics)).map((d) => d.message);
    expect(messages).toHaveLength(refusals.length);
    // The browser words why JSON.parse failed: that reason is quoted as it is.
    const withoutBrowserReason = messages.map((message) => message.replace(/^(not valid JSON) \(.*\)$/, '$1 (…)'));
    expect(withoutBrowserReason.map(englishIn).filter((problem) => problem !== undefined)).toEqual([]);
    expect(messages.map(french)).toContain('le fichier est trop gros (3 Mo ; au plus 2 Mo)');
    expect(messages.map(french)).toContain(
      'la rencontre s’arrête dès le début : erreur pendant le jeu : le texte s’arrête sans choix ni fin : faut-il un « -> END » ou une flèche vers un nœud ?',
    );
  });
});

describe('the table of French words', () => {
  it('keeps names and quoted text as given, markup included', () => {
    expect(french("Divert target not found: '-> <b>banc</b>'")).toBe(
      'la flèche mène à « <b>banc</b> », qui n’existe pas',
    );
    expect(french('Unresolved variable: prénom_2')).toContain('« prénom_2 » est inconnu');
  });

  it('leaves a message it does not know as it is', () => {
    expect(diagnosticInFrench('Something new')).toBe('Something new');
    expect(diagnosticInFrench('')).toBe('');
  });

  it('anchors every pattern at the start of the message', () => {
    expect(FRENCH_MESSAGES.length).toBeGreaterThan(100);
    for (const [pattern] of FRENCH_MESSAGES) expect(pattern.source.startsWith('^')).toBe(true);
  });

  it('uses people-first language', () => {
    const path = 'src/authoring/diagnostic-words.ts';
    expect(checkLanguage(path, readFileSync(path, 'utf8'))).toEqual([]);
  });
});
