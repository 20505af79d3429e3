/**
 * `# sound:` and `# ambience:` ids checked against the sound library's vocabulary
 * (src/audio/sound-ids.ts). The tag contract accepts any value for these keys, and the
 * game plays nothing for an id it does not have: the story checker, the studio's
 * compile worker and the library's import report it here, as a warning with the
 * nearest known id (the studio's quick fix writes `suggestion` in its place).
 *
 * Environment-neutral (no file system, no DOM, no asset imports): it runs in Node, in
 * the studio's Web Worker and in the game.
 */
import { AMBIENCE_IDS, CUE_SOUND_IDS } from '../audio/sound-ids.ts';
import { type Diagnostic, nearestCandidate, splitTag, stripComments } from '../engine/index.ts';

const SOUND_KEYS: Readonly<Record<string, readonly string[]>> = { sound: CUE_SOUND_IDS, ambience: AMBIENCE_IDS };

/** What is wrong with one tag's sound id: the message and, when one is near, the tag to write instead. */
export interface SoundIdProblem {
  readonly message: string;
  /** The whole tag to write instead (`ambience: site`); absent when no known id is near. */
  readonly suggestion?: string;
}

/**
 * The problem with `key: value` when `key` is `sound` or `ambience` and the library has
 * no such id; undefined for any other key, a known id, an empty value (the tag check's
 * to report) or a `{...}` value (computed at run time).
 */
export function soundIdProblem(key: string, value: string): SoundIdProblem | undefined {
  const known = SOUND_KEYS[key];
  if (known === undefined || value === '' || value.includes('{') || known.includes(value)) return undefined;
  const nearest = nearestCandidate(value, known);
  return {
    message: `unknown ${key} '${value}'${nearest === undefined ? '' : `, did you mean '${nearest}'?`} (valid: ${known.join(', ')})`,
    ...(nearest === undefined ? {} : { suggestion: `${key}: ${nearest}` }),
  };
}

/** Every unknown sound or ambience id written in `source`, as warnings on their lines (comments skipped). */
export function lintSoundIds(path: string, source: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let inBlockComment = false;
  source.split(/\r?\n/).forEach((rawLine, index) => {
    const stripped = stripComments(rawLine, inBlockComment);
    inBlockComment = stripped.inBlockComment;
    for (const text of tagTexts(stripped.code)) {
      const tag = splitTag(text);
      const problem = soundIdProblem(tag.key, tag.value);
      if (problem !== undefined) diagnostics.push({ severity: 'warning', path, line: index + 1, ...problem });
    }
  });
  return diagnostics;
}

/** The text of each tag on a line of code: from a `#` to the next `#`, the end of a choice's brackets, or the line's end. */
function tagTexts(code: string): string[] {
  const texts: string[] = [];
  let start: number | undefined;
  for (let index = 0; index < code.length; index++) {
    const char = code[index];
    if (char === '\\') {
      index++;
      continue;
    }
    if (char !== '#' && char !== ']') continue;
    if (start !== undefined) texts.push(code.slice(start, index));
    start = char === '#' ? index + 1 : undefined;
  }
  if (start !== undefined) texts.push(code.slice(start));
  return texts;
}
