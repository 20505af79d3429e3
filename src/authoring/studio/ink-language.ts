/**
 * Ink's highlighting in the studio's editor: a CodeMirror stream parser, line by line,
 * that marks what a trainer needs to see at a glance (where a knot starts, which lines
 * are choices, where a tag's key is). It colours only; the compiler and the lint in the
 * worker say what is wrong.
 *
 * The token names are ours (`knot`, `choice`, `tagKey`...) and map to CSS classes
 * (`ink-knot`...) styled in src/ui/styles/studio.css, so the high-contrast theme and
 * the strict CSP (no injected colours) both hold.
 */
import { StreamLanguage, type StreamParser, StringStream } from '@codemirror/language';
import { Tag, tagHighlighter, tags } from '@lezer/highlight';

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
const KNOT = /^={2,}\s*(?:function\s+)?[A-Za-z_][\w]*(?:\s*\([^)]*\))?\s*=*/;
const STITCH = /^=\s*[A-Za-z_][\w]*(?:\s*\([^)]*\))?/;
const BULLETS = /^(?:[*+]\s*)+/;
const GATHER = /^(?:-(?!>)\s*)+/;
const LABEL = /^\(\s*[A-Za-z_]\w*\s*\)/;
const DIVERT = /^(?:->->|->|<-)\s*(?:[A-Za-z_][\w.]*)?/;

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
  languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } },
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

/** The ink language for an editor. */
export const inkLanguage = StreamLanguage.define(inkStreamParser);

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
