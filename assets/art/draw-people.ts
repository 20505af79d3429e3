/**
 * Draws the looks of the people met (`# look:` in a story's header) as SVG sheets in
 * public/art/people/<look>.svg, from a few parameterised parts: skin, hair, headwear,
 * facial hair, coat, collar, trousers and a bag. Every sheet has the cells of
 * src/scene/stage-art.ts PERSON_SHEET (the same as the hand-drawn josee.svg and
 * man_beard.svg, which this script leaves alone), so the stage cuts them unchanged.
 *
 *   npx tsx assets/art/draw-people.ts          writes the sheets
 *   npx tsx assets/art/draw-people.ts --check  exits 1 if a sheet differs from what it would write
 *
 * Change a look here and run it again; never edit a generated SVG by hand. The output
 * is byte-identical from run to run. People are drawn as people: everyday winter
 * clothes of a Montreal street, no sign of drug use or of the street on their bodies.
 */
import { readFileSync, writeFileSync } from 'node:fs';

type HairStyle = 'short' | 'bob' | 'long' | 'braids' | 'tucked';
type Headwear =
  | { readonly kind: 'none' }
  | { readonly kind: 'tuque'; readonly colour: string; readonly band: string }
  | { readonly kind: 'cap'; readonly colour: string; readonly front: string }
  | { readonly kind: 'hood'; readonly colour: string; readonly shade: string };
type Collar =
  | { readonly kind: 'scarf'; readonly colour: string; readonly shade: string }
  | { readonly kind: 'hood'; readonly colour: string; readonly shade: string }
  | { readonly kind: 'shirt'; readonly colour: string }
  | { readonly kind: 'turned-up' };
type Bag =
  | { readonly kind: 'none' }
  | { readonly kind: 'backpack' | 'crossbody'; readonly colour: string }
  | { readonly kind: 'duffel'; readonly colour: string; readonly stripe: string };

interface LookSpec {
  readonly id: string;
  /** One line, written at the top of the sheet: who this look is. */
  readonly note: string;
  readonly skin: string;
  readonly hair: { readonly style: HairStyle; readonly colour: string; readonly streak?: string };
  readonly headwear: Headwear;
  readonly facialHair: 'none' | 'stubble' | 'moustache';
  readonly coat: {
    readonly colour: string;
    /** Long: to mid-thigh, over the lap when seated. Short: to the hips. */
    readonly cut: 'long' | 'short';
    /** Narrower shoulders and torso (the slim frame of josee.svg). */
    readonly slim: boolean;
    readonly detail: 'quilted' | 'zip' | 'lapels' | 'buttons';
  };
  readonly collar: Collar;
  readonly trousers: string;
  readonly boots: string;
  readonly bag: Bag;
}

const LOOKS: readonly LookSpec[] = [
  {
    id: 'person_hood',
    note: 'a young adult in a hoodie, hood up, under a short parka, a backpack; nothing says gender',
    skin: '#a4704e',
    hair: { style: 'tucked', colour: '#2b211d' },
    headwear: { kind: 'hood', colour: '#7d8573', shade: '#646b5c' },
    facialHair: 'none',
    coat: { colour: '#324b5c', cut: 'short', slim: false, detail: 'zip' },
    collar: { kind: 'hood', colour: '#7d8573', shade: '#646b5c' },
    trousers: '#3f434b',
    boots: '#2b2623',
    bag: { kind: 'backpack', colour: '#b27f3b' },
  },
  {
    id: 'woman_long_hair',
    note: 'a young woman with long dark hair, a burgundy puffer coat and a knitted scarf',
    skin: '#b98259',
    hair: { style: 'long', colour: '#1f1a18' },
    headwear: { kind: 'none' },
    facialHair: 'none',
    coat: { colour: '#7b3440', cut: 'short', slim: true, detail: 'quilted' },
    collar: { kind: 'scarf', colour: '#d8c8a8', shade: '#bfae8c' },
    trousers: '#3c4a66',
    boots: '#3a2a22',
    bag: { kind: 'none' },
  },
  {
    id: 'woman_short_hair',
    note: 'a woman in her fifties, chin-length hair dyed a faded red, an oversized leather coat',
    skin: '#edc3a3',
    hair: { style: 'bob', colour: '#a65a48', streak: '#c98a72' },
    headwear: { kind: 'none' },
    facialHair: 'none',
    coat: { colour: '#3e2d29', cut: 'long', slim: false, detail: 'lapels' },
    collar: { kind: 'turned-up' },
    trousers: '#2c2c31',
    boots: '#201c1b',
    bag: { kind: 'none' },
  },
  {
    id: 'woman_braids',
    note: 'a woman in her thirties with long braids, a khaki parka over a plum hoodie, a small crossbody bag',
    skin: '#6f4531',
    hair: { style: 'braids', colour: '#1c1513' },
    headwear: { kind: 'none' },
    facialHair: 'none',
    coat: { colour: '#5d6642', cut: 'short', slim: true, detail: 'zip' },
    collar: { kind: 'hood', colour: '#6a4566', shade: '#553654' },
    trousers: '#2e2f36',
    boots: '#2a2220',
    bag: { kind: 'crossbody', colour: '#3b3532' },
  },
  {
    id: 'man_short_hair',
    note: 'a clean-shaven man in his forties, short dark hair, a shirt buttoned to the top under a canvas jacket',
    skin: '#c08a63',
    hair: { style: 'short', colour: '#2a221e' },
    headwear: { kind: 'none' },
    facialHair: 'none',
    coat: { colour: '#86683f', cut: 'short', slim: false, detail: 'buttons' },
    collar: { kind: 'shirt', colour: '#c9d4de' },
    trousers: '#4a4a44',
    boots: '#2e2622',
    bag: { kind: 'none' },
  },
  {
    id: 'man_tuque_bag',
    note: 'a man in his forties, an orange tuque, stubble, a navy work jacket and a sports bag on his shoulder',
    skin: '#deb08f',
    hair: { style: 'short', colour: '#6b4f3a' },
    headwear: { kind: 'tuque', colour: '#c4652f', band: '#a65327' },
    facialHair: 'stubble',
    coat: { colour: '#33415c', cut: 'short', slim: false, detail: 'zip' },
    collar: { kind: 'turned-up' },
    trousers: '#5b5145',
    boots: '#2b2421',
    bag: { kind: 'duffel', colour: '#2f3338', stripe: '#9c3b36' },
  },
  {
    id: 'older_man_cap',
    note: 'an older man with grey hair and a grey moustache, a baseball cap, an oversized wool coat',
    skin: '#e6b898',
    hair: { style: 'short', colour: '#b9b5ae' },
    headwear: { kind: 'cap', colour: '#2d4e8c', front: '#b8413d' },
    facialHair: 'moustache',
    coat: { colour: '#55524d', cut: 'long', slim: false, detail: 'buttons' },
    collar: { kind: 'scarf', colour: '#8b6f4e', shade: '#735a3e' },
    trousers: '#3b3631',
    boots: '#231e1c',
    bag: { kind: 'none' },
  },
];

// ---------- colours ----------

/**
 * The colour `amount` (0 to 1) of the way to black, for shades and shadows; a negative
 * amount lightens it, for highlights.
 */
function darker(hex: string, amount: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) => Math.min(255, Math.round(((value >> shift) & 0xff) * (1 - amount)));
  return `#${((channel(16) << 16) | (channel(8) << 8) | channel(0)).toString(16).padStart(6, '0')}`;
}

const INK = '#1c1614';

function path(d: string, fill: string, extra = ''): string {
  return `<path d="${d}" fill="${fill}"${extra}/>`;
}

function line(d: string, stroke: string, width: number): string {
  return `<path d="${d}" stroke="${stroke}" stroke-width="${width}" fill="none" stroke-linecap="round"/>`;
}

function ellipse(cx: number, cy: number, rx: number, ry: number, fill: string, extra = ''): string {
  return `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="${fill}"${extra}/>`;
}

function group(transform: string, content: string): string {
  return `<g transform="${transform}">${content}</g>`;
}

// ---------- the head (80x80 cell, neck bottom at 40,78, facing left) ----------

const FACE = { cx: 38, cy: 43, rx: 16.5, ry: 19.5 } as const;

const LONG_HAIR_BACK = 'M40 14 q24 0 24 30 q0 20 4 32 q-16 6 -30 -2 q-2 -30 2 -60 z';
const LONG_HAIR_ON_BACK = 'M88 56 q16 0 18 14 q2 20 -2 32 q-8 4 -14 -1 q2 -22 -2 -45 z';

/** The plaited texture of braids: a zigzag down each braid, from `top` to `bottom`. */
function plaits(xs: readonly number[], top: number, bottom: number, colour: string): string {
  const steps = Math.floor((bottom - top) / 4);
  const zigzag = (x: number) => `M${x} ${top}${' l2 2 l-2 2'.repeat(steps)}`;
  return line(xs.map(zigzag).join(' '), darker(colour, -1.4), 0.9);
}

/** Hair behind the head and neck: drawn before the face. */
function hairBack(look: LookSpec): string {
  const { colour } = look.hair;
  switch (look.hair.style) {
    case 'long':
      return path(LONG_HAIR_BACK, colour);
    case 'bob':
      return path('M40 12 q24 0 24 28 q0 16 -4 24 q-12 4 -22 -2 q-2 -26 2 -50 z', colour);
    case 'braids':
      return path(LONG_HAIR_BACK, colour) + plaits([45, 51, 57, 63], 36, 74, colour);
    default:
      return '';
  }
}

/** The hood seen from the side, around the head: drawn first. */
function hoodBack(look: LookSpec): string {
  if (look.headwear.kind !== 'hood') return '';
  return path('M15 42 q-3 -34 26 -35 q26 0 26 32 q0 24 -10 39 h-30 q-10 -12 -12 -36 z', look.headwear.shade);
}

function faceBase(look: LookSpec): string {
  const shade = darker(look.skin, 0.14);
  return (
    hoodBack(look) +
    hairBack(look) +
    path('M33 56 h14 v22 h-14 z', shade) +
    ellipse(FACE.cx, FACE.cy, FACE.rx, FACE.ry, look.skin) +
    ellipse(51.5, 45, 3.6, 5.2, shade) +
    path('M23.5 44 q-3.5 5 -2.5 8.5 q2 1.4 5 0.2', shade)
  );
}

/** Stubble: a faint shadow on the jaw, under the features. */
function facialHairUnder(look: LookSpec): string {
  if (look.facialHair !== 'stubble') return '';
  return path(
    'M22 47 q2 15 16 15 q12 0 16 -13 q-4 3 -9 2 q-5 6 -12 4 q-8 -2 -11 -8 z',
    darker(look.skin, 0.3),
    ' opacity="0.35"',
  );
}

function facialHairOver(look: LookSpec): string {
  if (look.facialHair !== 'moustache') return '';
  return path('M24 51 q6 -3.5 14 -0.5 q-1 3 -7 2.4 q-4 0.6 -7 -1.9 z', look.hair.colour);
}

/** Hair and headwear over the face: drawn last. */
function hairFront(look: LookSpec): string {
  const { colour } = look.hair;
  const headwear = look.headwear;
  let hair = '';
  switch (look.hair.style) {
    case 'short':
      hair =
        headwear.kind === 'none'
          ? path('M22 33 q-2 -23 19 -23 q22 0 22 23 q0 8 -3 14 l-5 -2 q0 -7 -4 -9 q-6 -8 -14 -8 q-8 0 -15 5 z', colour)
          : path('M44 32 q14 -2 18 4 q1 8 -3 15 l-5 -3 q0 -8 -4 -9 z', colour);
      break;
    case 'bob':
      hair =
        path('M20 40 q-4 -28 20 -29 q24 0 24 26 q0 6 -2 10 q-10 -16 -25 -14 q-8 2 -17 7 z', colour) +
        path('M49 30 q9 6 9 20 q0 8 -3 14 l-6 -2 q2 -18 0 -32 z', colour) +
        line('M30 18 q10 -4 22 2', look.hair.streak ?? colour, 1.6);
      break;
    case 'long':
      hair =
        path('M20 41 q-3 -29 20 -30 q24 0 24 27 q-8 -13 -20 -15 q-8 8 -24 18 z', colour) +
        path('M48 24 q12 10 10 30 l-7 -3 q0 -16 -3 -27 z', colour);
      break;
    case 'braids':
      hair =
        path('M21 38 q-3 -27 19 -28 q23 -1 23 26 q-1 4 -3 6 q-8 -12 -20 -12 q-10 2 -19 8 z', colour) +
        line('M26 28 q10 -10 26 -8 M30 32 q12 -10 28 -4 M24 24 q8 -8 20 -10', darker(colour, -1.2), 0.9);
      break;
    case 'tucked':
      hair = path('M22 36 q6 -10 18 -10 q-6 4 -6 8 q-6 -2 -12 2 z', colour);
      break;
  }
  switch (headwear.kind) {
    case 'tuque':
      return (
        hair +
        path('M20.5 37 q-1 -25 20 -26.5 q21 0 20.5 26.5 z', headwear.colour) +
        path('M19.5 31.5 q21 -6 43 0 l0.5 8 q-22 -6 -44 0 z', headwear.band) +
        line('M28 14 v16 M34 11 v19 M40 10 v20 M46 11 v19 M52 13 v18', headwear.band, 1)
      );
    case 'cap':
      return (
        hair +
        path('M21 35 q-1 -24 20 -25 q21 0 21 25 q-20 -4 -41 0 z', headwear.colour) +
        path('M21 35 q-1 -15 8 -22 q6 8 6 21 q-8 0 -14 1 z', headwear.front) +
        path('M5 36 q9 -5 17 -3 l0 5 q-9 -1 -17 0.5 z', darker(headwear.colour, 0.25)) +
        ellipse(41, 10.5, 2.2, 1.4, darker(headwear.colour, 0.3))
      );
    case 'hood':
      return hair + path('M17 42 q-2 -30 23 -31 q24 0 25 30 l-6 -1 q-1 -22 -19 -22 q-15 0 -18 24 z', headwear.colour);
    case 'none':
      return hair;
  }
}

type Face = 'neutral' | 'look' | 'smile' | 'down';

function features(look: LookSpec, face: Face): string {
  const brow = look.hair.style === 'tucked' ? look.hair.colour : darker(look.hair.colour, 0.35);
  const lips = darker(look.skin, 0.45);
  const mouth = line('M27 54 q4 0.8 8 0', lips, 1.8);
  switch (face) {
    case 'neutral':
      return (
        ellipse(26.5, 44, 1.9, 2.2, INK) +
        ellipse(37, 44, 2.1, 2.4, INK) +
        line('M23 40 q4 -2 8 -1 M34 39.5 q4 -1.5 8 0', brow, 1.6) +
        mouth
      );
    case 'look':
      return (
        ellipse(27, 43, 2, 2.6, INK) +
        ellipse(37.5, 43, 2.3, 2.8, INK) +
        line('M23 37 q4 -3 8 -1 M34 36.5 q4 -2.5 8 0', brow, 1.6) +
        mouth
      );
    case 'smile':
      return (
        line('M24.5 44 q2.5 -3 5 0 M35 44 q3 -3.2 6 0', INK, 1.8) +
        line('M23 38.5 q4 -2.5 8 -1 M34 38 q4 -2 8 0', brow, 1.6) +
        line('M26 53 q5 4.5 10 0', lips, 1.9) +
        ellipse(38, 50, 3.5, 2, darker(look.skin, 0.2), ' opacity="0.45"')
      );
    case 'down':
      return (
        line('M24.5 45 q2.5 2 5 0 M35 45 q3 2.2 6 0', INK, 1.6) +
        line('M23 40 q4 -1.5 8 -0.5 M34 40 q4 -1.5 8 0', brow, 1.5) +
        mouth
      );
  }
}

/** A head, its parts shared through `<use>` so each sheet stays small. */
function head(look: LookSpec, face: Face): string {
  return `<use href="#b"/>${facialHairUnder(look)}${features(look, face)}${facialHairOver(look)}<use href="#f"/>`;
}

// ---------- the bodies (stand cells; a seated torso sits 14 right and 62 down) ----------

const SEATED = 'translate(14 62)';

interface Colours {
  readonly coat: string;
  readonly coatShade: string;
  readonly coatLine: string;
  readonly trousers: string;
  readonly trousersShade: string;
  readonly boots: string;
  readonly bootsShade: string;
  readonly skin: string;
}

function coloursOf(look: LookSpec): Colours {
  return {
    coat: look.coat.colour,
    coatShade: darker(look.coat.colour, 0.18),
    coatLine: darker(look.coat.colour, 0.3),
    trousers: look.trousers,
    trousersShade: darker(look.trousers, 0.18),
    boots: look.boots,
    bootsShade: darker(look.boots, -0.3),
    skin: look.skin,
  };
}

const hand = (cx: number, cy: number, c: Colours) => ellipse(cx, cy, 6.5, 7, c.skin);
const outlined = (c: Colours) => ` stroke="${c.coatShade}" stroke-width="1.5"`;

/** The torso, standing: top at y 62, down to the hips (short) or mid-thigh (long). */
function torsoStanding(look: LookSpec, c: Colours): string {
  const length = look.coat.cut === 'long' ? 110 : 84;
  const body = look.coat.slim
    ? `M66 76 q16 -14 32 -2 q12 6 12 22 l3 ${length} q0 9 -9 9 h-46 q-9 0 -9 -9 l3 -${length} q1 -14 9 -20 z`
    : `M60 76 q22 -14 44 -2 q12 6 12 22 l3 ${length} q0 9 -9 9 h-58 q-9 0 -9 -9 l3 -${length} q1 -14 9 -20 z`;
  return path(body, c.coat) + coatDetail(look, c, 96 + length);
}

/** The torso, seated (cell coordinates of the sit cells). */
function torsoSeated(look: LookSpec, c: Colours): string {
  const body = look.coat.slim
    ? 'M82 138 q16 -14 32 -2 q12 6 12 22 l3 62 q0 9 -9 9 h-46 q-9 0 -9 -9 l3 -62 q1 -14 9 -20 z'
    : 'M76 138 q22 -14 44 -2 q12 6 12 22 l3 62 q0 9 -9 9 h-58 q-9 0 -9 -9 l3 -62 q1 -14 9 -20 z';
  const lap = look.coat.cut === 'long' ? path('M66 206 L118 204 L122 232 L60 236 Z', c.coat) : '';
  return path(body, c.coat) + lap + group('translate(16 62)', coatDetail(look, c, 158));
}

/** Seams, quilting, lapels or buttons, in standing coordinates, down to `bottom`. */
function coatDetail(look: LookSpec, c: Colours, bottom: number): string {
  switch (look.coat.detail) {
    case 'quilted':
      return (
        line('M54 110 q27 7 54 0 M54 146 q27 7 54 0', c.coatLine, 2.5) +
        line(`M72 80 l-3 ${bottom - 86}`, c.coatShade, 1.6)
      );
    case 'zip':
      return line(`M72 80 l-3 ${bottom - 86}`, c.coatLine, 1.6) + line('M58 140 h14', c.coatShade, 2);
    case 'lapels':
      return (
        path('M62 72 q8 -4 14 0 l-4 40 z', c.coatShade) +
        line(`M73 108 l-3 ${bottom - 114}`, c.coatLine, 1.6) +
        line('M46 150 q20 4 44 2', c.coatLine, 2.2)
      );
    case 'buttons':
      return (
        line(`M72 80 l-3 ${bottom - 86}`, c.coatLine, 1.6) +
        [104, 128, 152]
          .filter((y) => y < bottom - 6)
          .map((y) => ellipse(75, y, 1.8, 1.8, c.coatLine))
          .join('')
      );
  }
}

/** What shows at the neck, over the coat, in standing coordinates. */
function collar(look: LookSpec, c: Colours): string {
  const kind = look.collar;
  switch (kind.kind) {
    case 'scarf':
      return (
        path('M60 60 q16 -12 34 -2 q5 10 -4 16 q-14 -6 -28 0 q-7 -4 -2 -14 z', kind.colour) +
        path('M68 72 l-4 28 l9 -2 l3 -24 z', kind.shade) +
        line('M64 64 q12 -6 26 -1', kind.shade, 1.2)
      );
    case 'hood':
      return (
        path('M80 56 q22 -6 28 12 q2 10 -6 14 q-12 -10 -26 -8 z', kind.shade) +
        path('M62 66 q18 -10 38 -2 q4 6 -2 10 q-18 -6 -34 2 z', kind.colour) +
        line('M70 72 l-2 16 M76 72 l-1 15', darker(kind.colour, 0.3), 1.2)
      );
    case 'shirt':
      return (
        path('M64 66 q16 -8 34 -2 q2 6 -2 9 q-14 -5 -28 1 z', kind.colour) +
        path(
          'M68 72 l8 12 l4 -11 z M80 72 l8 9 l4 -8 z',
          kind.colour,
          ` stroke="${darker(kind.colour, 0.25)}" stroke-width="1"`,
        ) +
        line('M81 74 l-1 3', c.coatLine, 1)
      );
    case 'turned-up':
      return path('M60 68 q20 -14 44 -4 l2 12 q-22 -8 -44 2 z', c.coatShade);
  }
}

/** Hair that falls on the back, over the coat (standing coordinates). */
function hairOnBack(look: LookSpec): string {
  const { colour } = look.hair;
  switch (look.hair.style) {
    case 'long':
      return path(LONG_HAIR_ON_BACK, colour);
    case 'braids':
      return path(LONG_HAIR_ON_BACK, colour) + plaits([91, 97, 102], 58, 96, colour);
    default:
      return '';
  }
}

/** A bag carried on the back or the shoulder (standing coordinates): behind the body. */
function bagBehind(bag: Bag): string {
  if (bag.kind !== 'backpack') return '';
  return (
    path('M102 82 q20 -4 24 12 l3 50 q0 9 -9 9 h-16 z', bag.colour) +
    path('M112 118 h14 l1 18 h-15 z', darker(bag.colour, 0.15))
  );
}

/** Straps across the chest and what hangs from them (standing coordinates): over the body. */
function bagOver(bag: Bag, standing: boolean): string {
  switch (bag.kind) {
    case 'none':
      return '';
    case 'backpack':
      return line('M92 76 q-6 14 -4 30', darker(bag.colour, 0.2), 4);
    case 'crossbody': {
      const shade = darker(bag.colour, 0.2);
      return (
        line('M92 66 q-20 40 -30 74', shade, 2.6) +
        path('M50 134 h22 q3 0 3 3 v16 q0 3 -3 3 h-22 q-3 0 -3 -3 v-16 q0 -3 3 -3 z', bag.colour) +
        path('M47 140 h28 v4 h-28 z', shade)
      );
    }
    case 'duffel': {
      const shade = darker(bag.colour, 0.2);
      // Seated, the bag is set down by the seat (bagOnGround): only its strap shows.
      if (!standing) return '';
      return (
        line('M94 66 q10 40 18 76', shade, 3) +
        path('M90 152 q0 -15 15 -15 h30 q15 0 15 15 q0 15 -15 15 h-30 q-15 0 -15 -15 z', bag.colour) +
        path('M93 144 h54 v5 h-54 z', bag.stripe) +
        ellipse(95, 152, 3.5, 10, shade)
      );
    }
  }
}

/** The sports bag set down by the seat (sit cells). */
function bagOnGround(bag: Bag): string {
  if (bag.kind !== 'duffel') return '';
  return (
    path('M112 286 q0 -12 12 -12 h24 q12 0 12 12 q0 12 -12 12 h-24 q-12 0 -12 -12 z', bag.colour) +
    path('M114 280 h44 v5 h-44 z', bag.stripe) +
    path('M126 274 q10 -9 20 0', 'none', ` stroke="${darker(bag.colour, 0.2)}" stroke-width="2.5"`)
  );
}

function legsSeated(c: Colours): string {
  return (
    path('M34 212 l1 72 h14 l2 -72 z', c.trousersShade) +
    path('M34 282 h18 v12 q0 4 -4 4 h-20 q-4 0 -2 -5 q2 -4 8 -5 z', c.boots) +
    path('M40 194 h78 v22 h-78 q-8 -11 0 -22 z', c.trousersShade) +
    path('M26 200 L120 198 Q128 212 120 226 L26 228 Q14 214 26 200 z', c.trousers) +
    path('M15 214 L39 214 L37 286 L20 286 Z', c.trousers) +
    path('M19 282 h18 v12 q0 4 -4 4 h-22 q-4 0 -2 -5 q2 -4 8 -5 z', c.bootsShade)
  );
}

function legsStanding(look: LookSpec, c: Colours): string {
  const top = look.coat.cut === 'long' ? 198 : 172;
  return (
    path(`M84 ${top} L98 ${top} L97 284 L85 284 Z`, c.trousersShade) +
    path(`M64 ${top} L84 ${top} L82 284 L67 284 Z`, c.trousers) +
    path('M83 282 h18 v12 q0 4 -4 4 h-18 q-4 0 -2 -5 q2 -4 8 -5 z', c.boots) +
    path('M65 282 h18 v12 q0 4 -4 4 h-22 q-4 0 -2 -5 q2 -4 8 -5 z', c.bootsShade)
  );
}

function bodySit(look: LookSpec, crossed: boolean): string {
  const c = coloursOf(look);
  const arms = crossed
    ? path('M80 172 q22 9 44 0 l1 13 q-24 10 -46 0 z', c.coatShade) +
      path('M74 160 q-6 8 0 20 q24 6 46 -3 l-2 -13 q-22 7 -44 -4 z', c.coat, outlined(c)) +
      hand(120, 168, c) +
      hand(76, 182, c)
    : path('M82 142 q-12 4 -12 26 l-2 16 q0 8 6 10 l10 -2 l3 -22 q2 -20 -5 -28 z', c.coat, outlined(c)) +
      path('M70 184 q-14 5 -36 14 q-6 6 0 10 l8 2 q20 -6 32 -12 z', c.coat, outlined(c)) +
      hand(32, 205, c);
  return (
    bagOnGround(look.bag) +
    group(SEATED, bagBehind(look.bag)) +
    legsSeated(c) +
    path('M114 138 q12 6 11 28 l-3 36 q-2 7 -9 4 z', c.coatShade) +
    torsoSeated(look, c) +
    group(SEATED, `${collar(look, c)}<use href="#k"/>${bagOver(look.bag, false)}`) +
    arms
  );
}

function bodyStand(look: LookSpec, crossed: boolean): string {
  const c = coloursOf(look);
  const arms = crossed
    ? path('M66 110 q22 10 44 0 l1 13 q-24 11 -46 0 z', c.coatShade) +
      path('M60 98 q-6 8 0 20 q24 6 46 -3 l-2 -13 q-22 7 -44 -4 z', c.coat, outlined(c)) +
      hand(106, 106, c) +
      hand(62, 120, c)
    : path('M66 80 q-12 4 -13 28 l-2 60 q0 7 8 7 h7 q6 -1 6 -7 l2 -58 q1 -22 -8 -30 z', c.coat, outlined(c)) +
      hand(58, 182, c);
  return (
    bagBehind(look.bag) +
    legsStanding(look, c) +
    path('M100 80 q12 4 12 28 l-2 60 q-1 7 -8 6 l-5 -1 z', c.coatShade) +
    torsoStanding(look, c) +
    collar(look, c) +
    '<use href="#k"/>' +
    bagOver(look.bag, true) +
    arms
  );
}

/** Lying on the pavement (320x120 cell), head to the left, eyes closed. */
function bodyLying(look: LookSpec): string {
  const c = coloursOf(look);
  const coatEnd = look.coat.cut === 'long' ? 0 : -22;
  return (
    path('M196 92 q40 -4 96 6 q8 4 4 12 l-92 6 z', c.trousersShade) +
    path('M292 96 h12 q6 0 6 8 v10 h-16 z', c.boots) +
    (look.coat.cut === 'short' ? path('M170 76 h30 l-2 30 h-28 z', c.trousers) : '') +
    path('M190 72 q30 -6 52 8 l18 24 q4 8 -4 12 h-12 l-16 -20 q-20 0 -38 -4 z', c.trousers) +
    path('M248 100 h16 q8 0 8 8 v8 h-26 z', c.bootsShade) +
    path(
      `M70 70 q60 -14 ${128 + coatEnd} -2 q12 6 10 22 q-2 20 -14 26 h-${118 + coatEnd} q-14 -4 -16 -22 q0 -16 10 -24 z`,
      c.coat,
    ) +
    (look.coat.detail === 'quilted' ? line('M108 68 q-4 24 0 48 M146 66 q-4 24 0 50', c.coatLine, 2.5) : '') +
    path('M40 112 q30 -10 70 -4 l2 8 h-72 z', c.coatShade) +
    group('translate(24 40) rotate(-80 40 44)', head(look, 'down')) +
    hand(74, 108, c)
  );
}

// ---------- the sheet ----------

const CELLS_COMMENT =
  'Cells (units): sit 0,0 160x300 | sit-crossed 160,0 | stand 320,0 | stand-crossed 480,0 | lying 640,0 320x120 | heads 80x80 at y=120: neutral 640, look 720, smile 800, down 880';

export function drawSheet(look: LookSpec): string {
  // Parts every head (b: behind the features, f: over them) or every body (k: hair on the back) repeats.
  const defs = `<defs><g id="b">${faceBase(look)}</g><g id="f">${hairFront(look)}</g><g id="k">${hairOnBack(look)}</g></defs>`;
  const cells = [
    group('translate(0 0)', bodySit(look, false)),
    group('translate(160 0)', bodySit(look, true)),
    group('translate(320 0)', bodyStand(look, false)),
    group('translate(480 0)', bodyStand(look, true)),
    group('translate(640 0)', bodyLying(look)),
    group('translate(640 120)', head(look, 'neutral')),
    group('translate(720 120)', group('rotate(-6 40 74)', head(look, 'look'))),
    group('translate(800 120)', head(look, 'smile')),
    group('translate(880 120)', group('rotate(16 40 74) translate(0 2)', head(look, 'down'))),
  ];
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 300" width="960" height="300">' +
    `<!-- ${look.id}: ${look.note}. Generated by assets/art/draw-people.ts: edit it there, not here. ${CELLS_COMMENT} -->` +
    defs +
    cells.join('') +
    '</svg>\n'
  );
}

function main(): void {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const look of LOOKS) {
    // The trainer's report that started these looks: women drawn with a beard.
    if (look.facialHair !== 'none' && !/(^|_)man(_|$)/.test(look.id)) {
      throw new Error(`${look.id}: facial hair only on a look whose id says it is a man's`);
    }
    const file = new URL(`../../public/art/people/${look.id}.svg`, import.meta.url);
    const svg = drawSheet(look);
    if (check) {
      let current = '';
      try {
        current = readFileSync(file, 'utf8');
      } catch {
        // A missing sheet is stale too.
      }
      if (current !== svg) {
        stale++;
        console.error(`public/art/people/${look.id}.svg differs from what draw-people.ts draws`);
      }
    } else {
      writeFileSync(file, svg);
      console.log(`public/art/people/${look.id}.svg  ${svg.length} bytes`);
    }
  }
  if (stale > 0) process.exit(1);
}

main();
