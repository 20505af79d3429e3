/**
 * People-first language: finds stigmatising words in stories and interface text, with
 * the file, the line and a better wording. The list follows harm-reduction practice
 * (name the person before the use; speak of material as new or used, of people as
 * neither clean nor dirty). Comments for trainers are skipped: a guide may have to
 * name the word it warns against.
 */
import type { Diagnostic } from '../engine/index.ts';

interface StigmatisingTerm {
  /** Matched as a whole word, case-insensitive, accents included. */
  readonly pattern: string;
  readonly instead: string;
}

const FRENCH: readonly StigmatisingTerm[] = [
  { pattern: 'toxicomanes?', instead: 'une personne qui consomme' },
  { pattern: 'toxicos?', instead: 'une personne qui consomme' },
  { pattern: 'drogué(?:e|s|es)?', instead: 'une personne qui consomme' },
  { pattern: 'camé(?:e|s|es)?', instead: 'une personne qui consomme' },
  { pattern: 'junk(?:ie|y|ies)s?', instead: 'une personne qui consomme' },
  { pattern: 'addicts?', instead: 'une personne qui consomme' },
  { pattern: 'clean', instead: 'qui ne consomme pas (ou du matériel neuf)' },
  { pattern: 'sales?', instead: 'usagé (pour du matériel), ou rien : une personne n’est pas sale' },
  { pattern: 'crackheads?', instead: 'une personne qui consomme du crack' },
];

const ENGLISH: readonly StigmatisingTerm[] = [
  { pattern: 'junk(?:ie|y|ies)s?', instead: 'a person who uses drugs' },
  { pattern: 'addicts?', instead: 'a person who uses drugs' },
  { pattern: 'druggies?', instead: 'a person who uses drugs' },
  { pattern: 'crackheads?', instead: 'a person who uses crack' },
  { pattern: '(?:drug )?abusers?', instead: 'a person who uses drugs' },
  { pattern: 'dope ?fiends?', instead: 'a person who uses drugs' },
  { pattern: 'clean', instead: 'not using (or new, for material)' },
  { pattern: 'dirty', instead: 'used (for material); people are not dirty' },
];

const LETTER = '\\p{L}';

function compile(terms: readonly StigmatisingTerm[]): { regex: RegExp; term: StigmatisingTerm }[] {
  return terms.map((term) => ({
    term,
    regex: new RegExp(`(?<!${LETTER})(${term.pattern})(?!${LETTER})`, 'giu'),
  }));
}

const CHECKS = { fr: compile(FRENCH), en: compile(ENGLISH) } as const;

/** Which lists apply to a file: its folder for stories, both for interface text. */
export function languagesFor(path: string): readonly ('fr' | 'en')[] {
  if (/(^|\/)fr\//.test(path)) return ['fr'];
  if (/(^|\/)en\//.test(path)) return ['en'];
  // English first: a word both lists know (addict, clean) gets the English wording.
  return ['en', 'fr'];
}

/**
 * Reports each stigmatising word in `text`. `.ink` comments are skipped; in code
 * (`.ts`), only string literals are read, so identifiers never match.
 */
export function checkLanguage(path: string, text: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  const languages = languagesFor(path);
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = path.endsWith('.ts') ? stringLiteralsOf(rawLine) : withoutInkComment(rawLine);
    // Interface text is read with both lists; a word in both is reported once.
    const seen = new Set<number>();
    for (const lang of languages) {
      for (const { regex, term } of CHECKS[lang]) {
        for (const match of line.matchAll(regex)) {
          if (seen.has(match.index)) continue;
          seen.add(match.index);
          found.push({
            severity: 'error',
            path,
            line: index + 1,
            message: `stigmatising word "${match[1]}": write "${term.instead}"`,
          });
        }
      }
    }
  });
  return found;
}

function withoutInkComment(line: string): string {
  const comment = line.search(/(^|[^:])\/\//);
  return comment < 0 ? line : line.slice(0, comment);
}

/** The contents of the quoted strings on a line of code (', " or `). */
function stringLiteralsOf(line: string): string {
  const trimmed = line.trim();
  if (trimmed.startsWith('//') || trimmed.startsWith('*') || trimmed.startsWith('/*')) return '';
  const parts: string[] = [];
  for (const match of line.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
    parts.push(match[1] ?? match[2] ?? match[3] ?? '');
  }
  return parts.join(' ');
}
