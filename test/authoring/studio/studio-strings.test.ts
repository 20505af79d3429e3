import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../../src/authoring/compile-ink.ts';
import { checkLanguage } from '../../../src/authoring/language-check.ts';
import { studioStrings } from '../../../src/authoring/studio/studio-strings.ts';
import { encounterTemplate } from '../../../src/authoring/studio/template.ts';
import type { Diagnostic } from '../../../src/engine/index.ts';

function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, shape(field)]));
  }
  return typeof value;
}

/** Sample arguments for the sentences that take something other than numbers or names. */
const SAMPLE_ARGUMENTS: Readonly<Record<string, readonly unknown[]>> = { reproduce: [[2, 1], 3] };

function allTexts(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    return [String((value as (...args: unknown[]) => unknown)(...(SAMPLE_ARGUMENTS[key] ?? [2, 3])))];
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([name, field]) => allTexts(field, name));
  }
  return [];
}

const warning = (message: string): Diagnostic => ({ severity: 'warning', path: 'stories/fr/x.ink', line: 4, message });

describe('the studio’s words', () => {
  it('exist in French and in English with the same shape, none empty', () => {
    expect(shape(studioStrings('en'))).toEqual(shape(studioStrings('fr')));
    for (const lang of ['fr', 'en'] as const) {
      for (const text of allTexts(studioStrings(lang))) expect(text.trim()).not.toBe('');
    }
  });

  it('use people-first language', () => {
    const path = 'src/authoring/studio/studio-strings.ts';
    expect(checkLanguage(path, readFileSync(path, 'utf8'))).toEqual([]);
  });

  it('count in words: one error, two errors', () => {
    expect(studioStrings('fr').status.errors(1)).toBe('1 erreur');
    expect(studioStrings('fr').status.errors(3)).toBe('3 erreurs');
    // Beside "Voir les 3 problèmes", the status says what the other two are.
    expect(studioStrings('fr').status.errors(1, 2)).toBe('1 erreur, 2 avertissements');
    expect(studioStrings('en').status.errors(1, 1)).toBe('1 error, 1 warning');
    expect(studioStrings('en').status.warnings(2)).toBe('Compiled, 2 warnings');
  });

  it('agree with the count in every sentence that has one', () => {
    const fr = studioStrings('fr');
    const en = studioStrings('en');
    const plain = (sentence: string) => sentence.replace(/\u00a0/g, ' ');
    expect(plain(fr.share.refusedErrors(1))).toBe('La rencontre a encore 1 erreur : corrigez-la avant de la donner.');
    expect(plain(fr.share.refusedErrors(2))).toBe('La rencontre a encore 2 erreurs : corrigez-les avant de la donner.');
    expect(en.share.refusedErrors(1)).toBe('The encounter still has 1 error: fix it before giving it.');
    expect(fr.status.showProblems(1)).toBe('Voir le problème');
    expect(fr.status.showProblems(2)).toBe('Voir les 2 problèmes');
    expect(en.status.showProblems(2)).toBe('Show the 2 problems');
    expect(fr.drafts.setAside(1)).toBe('1 brouillon illisible a été mis de côté sur cet appareil.');
    expect(en.check.bounded(1)).toBe('Paths were explored up to 1 choice in a row.');
    expect(plain(fr.check.timedOut(1))).toBe('La vérification a duré plus de 1 seconde : elle a été arrêtée.');
    expect(fr.check.playthroughs(1, 1)).toBe('1 partie jouée au hasard, où le lien s’est brisé');
    expect(en.check.playthroughs(1, 0)).toBe('1 random playthrough, which did not break the link');
  });

  it('explain opening an encounter of several files without ink’s words', () => {
    for (const lang of ['fr', 'en'] as const) {
      const words = studioStrings(lang).drafts;
      expect(words.openFileHint).not.toContain('INCLUDE');
      expect(words.filesJoined('main.ink', '« nuit-2.ink »', 1)).not.toContain('INCLUDE');
    }
    expect(studioStrings('fr').drafts.openFileHint.replace(/\u00a0/g, ' ')).toContain(
      'Une rencontre écrite en plusieurs fichiers ? Choisissez-les tous ensemble',
    );
  });

  it('give CodeMirror the same phrases in both languages, each one worded in French', () => {
    const fr = studioStrings('fr').editor.phrases;
    const en = studioStrings('en').editor.phrases;
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    expect(fr.Find).toBe('Rechercher');
    expect(fr['No diagnostics']).toBe('Aucun problème');
    expect(fr['replaced $ matches']).toContain('$');
  });
});

describe('diagnostics in the trainer’s language', () => {
  // Compared with ordinary spaces: French typography puts a no-break space before « ? » and « : ».
  const french = (diagnostic: Diagnostic): string =>
    studioStrings('fr')
      .describeDiagnostic(diagnostic)
      .replace(/\u00a0/g, ' ');

  it('words the lint’s common messages in French', () => {
    expect(french(warning("unknown tag 'akt', did you mean 'act'?"))).toBe(
      'tag inconnu « akt » : vouliez-vous dire « act » ?',
    );
    expect(french(warning("missing header tag 'summary' (add '# summary: ...' at the top of the file)"))).toBe(
      'il manque le tag d’en-tête « summary » (ajoutez « # summary: … » en haut du fichier)',
    );
    expect(french(warning("Divert target not found: '-> nowhere'"))).toBe(
      'la flèche mène à « nowhere », qui n’existe pas',
    );
  });

  it('words every warning a story typed by hand commonly meets', () => {
    const source = `${encounterTemplate('fr')
      .replace('# act: greet]', '# akt: greet]')
      .replace('# cue: eye_contact', '# cue: eye_contakt')
      .replace('# act: leave]', ']')
      .replace('# summary:', '# sumary:')}`;
    const diagnostics = compileInk('stories/fr/x.ink', () => source).diagnostics;
    expect(diagnostics.length).toBeGreaterThanOrEqual(4);
    for (const diagnostic of diagnostics) expect(french(diagnostic)).not.toBe(diagnostic.message);
  });

  it('leaves a message it does not know as it is, and English as it is', () => {
    expect(french(warning('Something new'))).toBe('Something new');
    expect(studioStrings('en').describeDiagnostic(warning("unknown tag 'akt'"))).toBe("unknown tag 'akt'");
  });
});
