/**
 * Lints an ink file's source text against the authoring contract, line by line, so
 * every problem names its file and line. It reads text only: the compiler is not
 * needed, which lets the game, the studio and the checker share it.
 */
import type { Diagnostic } from './diagnostic.ts';
import { checkTag, readChoiceTags, splitTag, type TagProblem } from './story-tags.ts';
import { HEADER_KEYS, isOneOf, LINK_BROKEN_KNOT, REQUIRED_HEADER_KEYS, type TagPlace } from './tag-contract.ts';

/**
 * A name as ink reads it (knot, stitch, label, variable): any letter, not only ASCII
 * ones (`=== écoute ===`), then letters, digits and underscores. For the `u` flag.
 */
export const INK_NAME = String.raw`[\p{L}_][\p{L}\p{N}_]*`;
const EXTERNAL_DECLARATION = new RegExp(String.raw`^EXTERNAL\s+(${INK_NAME})`, 'u');
const KNOT_HEADING = new RegExp(String.raw`^\s*={2,}\s*(?:function\s+)?(${INK_NAME})`, 'u');

export interface LintOptions {
  /** True for the story's main file: only it has a header and needs a `link_broken` knot. */
  readonly isMainFile: boolean;
  /** Knots declared in the story's other files, so a knot INCLUDEd from beside is found. */
  readonly knotsElsewhere?: readonly string[];
}

interface TagAt {
  readonly text: string;
  readonly place: TagPlace;
}

export function lintInkSource(path: string, source: string, options: LintOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report = (line: number, problem: TagProblem): void => {
    diagnostics.push({ path, line, ...problem });
  };
  /** Each header key with the line it was first given on: a second one silently replaces it. */
  const headerKeys = new Map<string, number>();
  let inHeader = options.isMainFile;
  let inBlockComment = false;
  let currentKnot: string | undefined;

  const allKnots = [...declaredKnots(source), ...(options.knotsElsewhere ?? [])];
  const lines = source.split(/\r?\n/);
  lines.forEach((rawLine, index) => {
    const lineNumber = index + 1;
    const stripped = stripComments(rawLine, inBlockComment);
    inBlockComment = stripped.inBlockComment;
    const code = stripped.code.trim();
    if (code === '') return;

    const isDeclaration = /^(VAR|CONST|INCLUDE|EXTERNAL|LIST)\b/.test(code);
    const isTagOnly = code.startsWith('#');
    if (inHeader && !isDeclaration && !isTagOnly) inHeader = false;

    const external = EXTERNAL_DECLARATION.exec(code)?.[1];
    if (external !== undefined && !allKnots.includes(external)) {
      report(lineNumber, {
        severity: 'error',
        message: `EXTERNAL ${external}: the simulator calls no game functions; write an ink function '${external}' as its fallback`,
      });
    }

    if (/->\s*link_broken\b/.test(code)) {
      report(lineNumber, {
        severity: 'warning',
        message: `the engine diverts to '${LINK_BROKEN_KNOT}' itself when the link breaks; divert elsewhere`,
      });
    }
    if (/^~\s*link\s*=[^=]/.test(code)) {
      report(lineNumber, {
        severity: 'warning',
        message: "the engine keeps 'link' set to the band of the hidden trust; read it, don't assign it",
      });
    }
    if (currentKnot === LINK_BROKEN_KNOT && /#\s*end\s*:\s*(\w+)/.exec(code)?.[1] !== undefined) {
      const status = /#\s*end\s*:\s*(\w+)/.exec(code)?.[1];
      if (status !== 'broken') {
        report(lineNumber, {
          severity: 'warning',
          message: `the '${LINK_BROKEN_KNOT}' knot should end with '# end: broken', not '${status}'`,
          suggestion: 'end: broken',
        });
      }
    }
    const knotHeading = KNOT_HEADING.exec(code);
    if (knotHeading?.[1] !== undefined) currentKnot = knotHeading[1];

    const isChoice = /^[*+]/.test(code);
    for (const tag of findTags(code, isChoice, inHeader)) {
      const raw = splitTag(tag.text);
      if (tag.place === 'header' && isOneOf(HEADER_KEYS, raw.key)) {
        const first = headerKeys.get(raw.key);
        // `warning` may be given as often as needed: each one is shown.
        if (first !== undefined && raw.key !== 'warning') {
          report(lineNumber, {
            severity: 'warning',
            message: `header tag '${raw.key}' is given again (first on line ${first}): only the last one given counts; keep one`,
          });
        }
        if (first === undefined) headerKeys.set(raw.key, lineNumber);
      }
      for (const problem of checkTag(raw, tag.place)) report(lineNumber, problem);
    }
    if (isChoice) {
      const choiceTags = findTags(code, true, false).filter((tag) => tag.place === 'choice');
      const hasUnknownKeyProblem = choiceTags.some((tag) => checkTag(splitTag(tag.text), 'choice').length > 0);
      const { meta } = readChoiceTags(choiceTags.map((tag) => tag.text));
      if (meta.act === undefined && !hasUnknownKeyProblem) {
        report(lineNumber, {
          severity: 'warning',
          message: 'choice without an act: add one inside the brackets, such as [Dire bonjour #act: greet]',
        });
      }
    }
  });

  if (options.isMainFile) {
    for (const key of REQUIRED_HEADER_KEYS) {
      if (!headerKeys.has(key)) {
        diagnostics.push({
          severity: 'warning',
          path,
          line: 1,
          message: `missing header tag '${key}' (add '# ${key}: ...' at the top of the file)`,
        });
      }
    }
    if (!allKnots.includes(LINK_BROKEN_KNOT)) {
      diagnostics.push({
        severity: 'warning',
        path,
        line: 1,
        message: `no '${LINK_BROKEN_KNOT}' knot: when the link breaks the encounter will end with a standard outcome`,
      });
    }
  }
  return diagnostics;
}

/** Knot names declared in a file (`== name ==` or `=== name(params) ===`). */
export function declaredKnots(source: string): string[] {
  const knots: string[] = [];
  for (const line of source.split('\n')) {
    const name = KNOT_HEADING.exec(line)?.[1];
    if (name !== undefined) knots.push(name);
  }
  return knots;
}

/** Names of the files a source INCLUDEs, as written. */
export function includedFiles(source: string): string[] {
  const files: string[] = [];
  for (const match of source.matchAll(/^\s*INCLUDE\s+(.+?)\s*$/gm)) {
    if (match[1] !== undefined) files.push(match[1]);
  }
  return files;
}

/**
 * Finds the tags on one line of code, and where they belong. On a choice line, a tag
 * inside the brackets belongs to the choice; after them, to the line the choice
 * prints. Without brackets the tag belongs to both, and we read it as the choice's.
 */
function findTags(code: string, isChoice: boolean, inHeader: boolean): TagAt[] {
  const tags: TagAt[] = [];
  let depth = 0;
  let current: { start: number; place: TagPlace } | undefined;
  const close = (end: number): void => {
    if (current === undefined) return;
    const text = code.slice(current.start, end).trim();
    if (text !== '') tags.push({ text, place: current.place });
    current = undefined;
  };
  const hasBrackets = isChoice && code.includes('[');
  for (let i = 0; i < code.length; i++) {
    const char = code[i];
    if (char === '\\') {
      i++;
      continue;
    }
    if (isChoice && char === '[') depth++;
    if (isChoice && char === ']') {
      if (depth === 1) close(i);
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (char === '#') {
      close(i);
      let place: TagPlace = inHeader ? 'header' : 'line';
      if (isChoice) place = hasBrackets ? (depth > 0 ? 'choice' : 'line') : 'choice';
      current = { start: i + 1, place };
    }
  }
  close(code.length);
  return tags;
}

/**
 * One line's code without ink's comments: `//` to the end of the line (except `://`, a
 * URL in a line of text) and `/* *\/` blocks; `inBlockComment` carries an open block from
 * line to line. Shared by every reader of ink source (the lint, the checker, INCLUDEs).
 */
export function stripComments(line: string, inBlockComment: boolean): { code: string; inBlockComment: boolean } {
  let code = '';
  let inBlock = inBlockComment;
  for (let i = 0; i < line.length; i++) {
    if (inBlock) {
      if (line.startsWith('*/', i)) {
        inBlock = false;
        i++;
      }
      continue;
    }
    if (line.startsWith('/*', i)) {
      inBlock = true;
      i++;
      continue;
    }
    if (line.startsWith('//', i) && line[i - 1] !== ':') break;
    code += line[i];
  }
  return { code, inBlockComment: inBlock };
}
