/**
 * Ink's highlighting in the studio's editor: a CodeMirror stream parser, line by line,
 * that marks what a trainer needs to see at a glance (where a knot starts, which lines
 * are choices, where a tag's key is), and where a new line goes (`inkIndentation`). It
 * colours and indents only; the compiler and the lint in the worker say what is wrong.
 *
 * The token names are ours (`knot`, `choice`, `tagKey`...) and map to CSS classes
 * (`ink-knot`...) styled in src/ui/styles/studio.css, so the high-contrast theme and
 * the strict CSP (no injected colours) both hold.
 */
import {
  type IndentContext,
  indentOnInput,
  indentService,
  indentUnit,
  LanguageSupport,
  StreamLanguage,
  type StreamParser,
  StringStream,
} from '@codemirror/language';
import { Tag, tagHighlighter, tags } from '@lezer/highlight';
import { INK_NAME } from '../../engine/index.ts';

/** What the tokenizer calls each piece of ink. */
export const INK_TOKENS = [
  'comment',
  'knot',
  'stitch',
  'choice',
  'choiceOnly',
  'gather',
  'divert',
  'tagKey',
  'tagValue',
  'logic',
  'declaration',
  'label',
] as const;
export type InkToken = (typeof INK_TOKENS)[number];

export interface InkParserState {
  /** Inside `/* ... *\/`, which may span lines. */
  inBlockComment: boolean;
  /** Depth of `[` on a choice line: text there shows on the choice only. */
  bracketDepth: number;
  /** After `#` on this line: `key` until the colon, then `value`. */
  tag: 'key' | 'value' | undefined;
  /** After `~` or a declaration: the rest of the line is logic. */
  logicLine: boolean;
  /** Inside `{ ... }` on this line. */
  braceDepth: number;
  isChoiceLine: boolean;
}

const DECLARATION = /^(VAR|CONST|INCLUDE|EXTERNAL|LIST|TODO:?)(?=\s|$)/;
const KNOT = new RegExp(String.raw`^={2,}\s*(?:function\s+)?${INK_NAME}(?:\s*\([^)]*\))?\s*=*`, 'u');
const STITCH = new RegExp(String.raw`^=\s*${INK_NAME}(?:\s*\([^)]*\))?`, 'u');
const BULLETS = /^(?:[*+]\s*)+/;
const GATHER = /^(?:-(?!>)\s*)+/;
const LABEL = new RegExp(String.raw`^\(\s*${INK_NAME}\s*\)`, 'u');
const DIVERT = /^(?:->->|->|<-)\s*(?:[\p{L}_][\p{L}\p{N}_.]*)?/u;

export const inkStreamParser: StreamParser<InkParserState> = {
  name: 'ink',
  startState: () => ({
    inBlockComment: false,
    bracketDepth: 0,
    tag: undefined,
    logicLine: false,
    braceDepth: 0,
    isChoiceLine: false,
  }),
  copyState: (state) => ({ ...state }),
  token: (stream, state) => readToken(stream, state),
  blankLine: (state) => resetLine(state),
  languageData: {
    commentTokens: { line: '//', block: { open: '/*', close: '*/' } },
    // Typing the first sign of a choice, a gather, a heading or a block's end puts the line
    // in its place at once. `->` is listed too: its `-` first went to column 0 as a gather,
    // and the `>` brings the divert back in line with the text around it.
    indentOnInput: /^\s*(?:[-+*=}]|->)$/,
  },
  tokenTable: {
    comment: Tag.define(tags.comment),
    knot: Tag.define(tags.heading),
    stitch: Tag.define(tags.heading),
    choice: Tag.define(tags.keyword),
    choiceOnly: Tag.define(tags.emphasis),
    gather: Tag.define(tags.keyword),
    divert: Tag.define(tags.labelName),
    tagKey: Tag.define(tags.attributeName),
    tagValue: Tag.define(tags.attributeValue),
    logic: Tag.define(tags.processingInstruction),
    declaration: Tag.define(tags.definitionKeyword),
    label: Tag.define(tags.labelName),
  },
};

function resetLine(state: InkParserState): void {
  state.bracketDepth = 0;
  state.tag = undefined;
  state.logicLine = false;
  state.braceDepth = 0;
  state.isChoiceLine = false;
}

function readToken(stream: StringStream, state: InkParserState): InkToken | null {
  if (state.inBlockComment) {
    if (stream.skipTo('*/')) {
      stream.pos += 2;
      state.inBlockComment = false;
    } else stream.skipToEnd();
    return 'comment';
  }
  if (stream.sol()) {
    resetLine(state);
    stream.eatSpace();
    if (stream.eol()) return null;
    const start = readLineStart(stream, state);
    if (start !== undefined) return start;
  }
  if (stream.eatSpace()) return state.tag === undefined ? styleOfText(state) : tagToken(state.tag);
  if (stream.match('//')) {
    stream.skipToEnd();
    return 'comment';
  }
  if (stream.match('/*')) {
    state.inBlockComment = true;
    if (stream.skipTo('*/')) {
      stream.pos += 2;
      state.inBlockComment = false;
    } else stream.skipToEnd();
    return 'comment';
  }
  const char = stream.peek();
  if (char === '\\') {
    stream.pos += Math.min(2, stream.string.length - stream.pos);
    return styleOfText(state);
  }
  if (char === '#') {
    stream.next();
    state.tag = 'key';
    stream.eatWhile(/[^:#\]/]/);
    return 'tagKey';
  }
  if (state.tag === 'key' && char === ':') {
    stream.next();
    state.tag = 'value';
    return 'tagValue';
  }
  if (state.tag !== undefined) {
    if (char === ']' && state.bracketDepth > 0) {
      state.tag = undefined;
    } else {
      stream.next();
      stream.eatWhile(/[^#\]/\\]/);
      return tagToken(state.tag);
    }
  }
  if (stream.match(DIVERT)) return 'divert';
  if (char === '{') {
    stream.next();
    state.braceDepth++;
    return 'logic';
  }
  if (char === '}' && state.braceDepth > 0) {
    stream.next();
    state.braceDepth--;
    return 'logic';
  }
  if (state.isChoiceLine && char === '[') {
    stream.next();
    state.bracketDepth++;
    return 'choice';
  }
  if (state.isChoiceLine && char === ']' && state.bracketDepth > 0) {
    stream.next();
    state.bracketDepth--;
    return 'choice';
  }
  stream.next();
  stream.eatWhile(/[^#{}[\]\\/\-<]/);
  return styleOfText(state);
}

/** The first token of a line, when its start says what the line is. */
function readLineStart(stream: StringStream, state: InkParserState): InkToken | undefined {
  if (stream.match(KNOT)) return 'knot';
  if (stream.match(STITCH)) return 'stitch';
  if (stream.match(DECLARATION)) {
    state.logicLine = true;
    return 'declaration';
  }
  if (stream.match(/^~/)) {
    state.logicLine = true;
    return 'logic';
  }
  if (stream.match(BULLETS)) {
    state.isChoiceLine = true;
    stream.match(LABEL);
    return 'choice';
  }
  if (stream.match(GATHER)) {
    stream.match(LABEL);
    return 'gather';
  }
  return undefined;
}

function tagToken(part: 'key' | 'value'): InkToken {
  return part === 'key' ? 'tagKey' : 'tagValue';
}

function styleOfText(state: InkParserState): InkToken | null {
  if (state.logicLine || state.braceDepth > 0) return 'logic';
  if (state.bracketDepth > 0) return 'choiceOnly';
  return null;
}

/** The ink language for an editor, highlighting only: `inkSupport` adds the indentation. */
export const inkLanguage = StreamLanguage.define(inkStreamParser);

/** Four spaces, as in the template and the stories (stories/fr/premier-bonjour.ink). */
export const INK_INDENT_UNIT = '    ';

/** A line above the one being indented: its text and its indentation in columns. */
export interface InkLineAbove {
  readonly text: string;
  readonly indent: number;
}

/** How far back the indentation looks for an open `{` block: a knot heading stops it sooner. */
const LOOK_BACK_LINES = 400;
const DECLARATION_START = /^(?:VAR|CONST|INCLUDE|EXTERNAL|LIST)(?=\s|$)/;

/**
 * The column a line of ink goes to, for a trainer who types an encounter line by line and
 * should not have to fix the indentation by hand. The indentation means nothing to ink:
 * it only shows the encounter's shape, as the template does. The rules, first match wins
 * (`unit` is four spaces):
 *
 * 1. Inside a multi-line `{ … }` block, a line starting with `}` or with a branch `- …:`
 *    lines up with the line that opened the block.
 * 2. A choice (`+`, `*`) or a gather (`-`, not `->`) goes to column 0, one unit further per
 *    extra sign (a nested `+ +`: one unit in); a knot or stitch heading (`=`) and a declaration
 *    (`VAR`, `CONST`, `INCLUDE`, `EXTERNAL`, `LIST`) go to column 0, and so does a `#` tag
 *    line above the first knot (the header).
 * 3. Otherwise the line follows the nearest non-blank line above it:
 *    - after a line that opens a `{` block, or a block's branch `- …:`: one unit further;
 *    - after a choice: one unit further (what the choice leads to), unless the choice ends
 *      with its own divert (`+ [Partir] -> END`), then at the choice's column;
 *    - after a divert alone on its line (`-> closing`, `-> END`) that ends what a choice
 *      leads to: back to that choice's column, ready for the next choice;
 *    - after any other line: the same indentation.
 *
 * `line` is the line's text (its own indentation ignored); `above` gives the lines above,
 * nearest first, and may stop early.
 */
export function inkIndentation(line: string, above: Iterable<InkLineAbove>, unit: number): number {
  const text = line.trimStart();
  const lines: InkLineAbove[] = [];
  let reachedHeading = false;
  for (const previous of above) {
    lines.push(previous);
    if (previous.text.trimStart().startsWith('=')) {
      reachedHeading = true;
      break;
    }
    if (lines.length >= LOOK_BACK_LINES) break;
  }
  const blocks = openBlocks(lines);
  const block = blocks[blocks.length - 1];
  if (block !== undefined && (text.startsWith('}') || GATHER.test(text))) return block;

  const choice = BULLETS.exec(text)?.[0] ?? GATHER.exec(text)?.[0];
  if (choice !== undefined) return (signCount(choice) - 1) * unit;
  if (text.startsWith('=') || DECLARATION_START.test(text)) return 0;
  if (text.startsWith('#') && !reachedHeading && lines.length < LOOK_BACK_LINES) return 0;

  const index = lines.findIndex((previous) => previous.text.trim() !== '');
  const previous = lines[index];
  if (previous === undefined) return 0;
  const previousText = previous.text.trimStart();
  if (braceBalance(previousText) > 0) return previous.indent + unit;
  if (block !== undefined && GATHER.test(previousText)) return previous.indent + unit;
  if (BULLETS.test(previousText)) return endsWithDivert(previousText) ? previous.indent : previous.indent + unit;
  if (previousText.startsWith('->')) {
    const opener = lines
      .slice(index + 1)
      .find((earlier) => earlier.text.trim() !== '' && earlier.indent < previous.indent);
    if (opener !== undefined && BULLETS.test(opener.text.trimStart())) return opener.indent;
  }
  return previous.indent;
}

/** The indentation of the lines that opened the `{` blocks still open below `lines` (`lines` nearest first; the innermost block last). */
function openBlocks(lines: readonly InkLineAbove[]): number[] {
  const open: number[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as InkLineAbove;
    for (const sign of braces(line.text)) {
      if (sign === '{') open.push(line.indent);
      else open.pop();
    }
  }
  return open;
}

/** The `{` and `}` of a line, in order, leaving out escaped ones and those in a comment. */
function braces(text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) break;
    else if (char === '{' || char === '}') found.push(char);
  }
  return found;
}

function braceBalance(text: string): number {
  return braces(text).reduce((balance, sign) => balance + (sign === '{' ? 1 : -1), 0);
}

function signCount(signs: string): number {
  return signs.replace(/\s/g, '').length;
}

/** A choice written whole on its line: `+ [Partir # act: leave] -> END`. */
function endsWithDivert(text: string): boolean {
  const withoutComment = text.replace(/\/\/.*$/, '');
  const withoutTags = withoutComment.replace(/\s#[^\]]*$/, '');
  return /->\s*[\p{L}\p{N}_.]*\s*$/u.test(withoutTags);
}

/** The lines above `pos`, nearest first, as an indentation context sees them (a simulated Enter included). */
function* linesAbove(context: IndentContext, pos: number): Generator<InkLineAbove> {
  const doc = context.state.doc;
  if (context.simulatedBreak === pos) {
    const before = context.lineAt(pos, -1);
    yield { text: before.text, indent: context.lineIndent(before.from, -1) };
  }
  for (let number = doc.lineAt(pos).number - 1; number >= 1; number--) {
    const line = doc.line(number);
    yield { text: line.text, indent: context.lineIndent(line.from, -1) };
  }
}

/**
 * Ink in the studio's editor: the highlighting, four-space indentation, the new line's
 * indentation after Enter (`inkIndentation`), and the line put in place as its first sign is typed.
 */
export const inkSupport = new LanguageSupport(inkLanguage, [
  indentUnit.of(INK_INDENT_UNIT),
  indentService.of((context, pos) =>
    inkIndentation(context.textAfterPos(pos, 1), linesAbove(context, pos), context.unit),
  ),
  indentOnInput(),
]);

/** Token tags to CSS classes (`ink-knot`...), styled by the app's style sheet rather than injected. */
export const inkHighlighter = tagHighlighter(
  Object.entries(inkStreamParser.tokenTable ?? {}).map(([name, tag]) => ({
    tag: tag as Tag,
    class: `ink-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`,
  })),
);

/**
 * Tokens of some ink text as `[text, token]` pairs, one array per line, without an
 * editor: for tests, and for anyone checking what the highlighter makes of a line.
 */
export function tokenizeInk(source: string): [string, InkToken | null][][] {
  const state = inkStreamParser.startState?.(2) as InkParserState;
  return source.split('\n').map((line) => {
    const tokens: [string, InkToken | null][] = [];
    if (line === '') {
      inkStreamParser.blankLine?.(state, 2);
      return tokens;
    }
    const stream = new StringStream(line, 4, 2);
    while (!stream.eol()) {
      stream.start = stream.pos;
      const token = inkStreamParser.token(stream, state) as InkToken | null;
      if (stream.pos === stream.start) throw new Error(`the ink tokenizer did not advance on: ${line}`);
      const text = line.slice(stream.start, stream.pos);
      const last = tokens[tokens.length - 1];
      if (last !== undefined && last[1] === token) last[0] += text;
      else tokens.push([text, token]);
    }
    return tokens;
  });
}
