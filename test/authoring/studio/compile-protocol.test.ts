import { describe, expect, it } from 'vitest';
import { knotLine, startableKnots } from '../../../src/authoring/studio/compile-protocol.ts';
import { declaredKnots } from '../../../src/engine/index.ts';

const SOURCE = `# title: Le café
-> début
=== début ===
Elle lève les yeux.
-> café
=== café ===
= dehors
Il fait froid.
= dedans
Il fait chaud.
-> END
=== function sourire(x) ===
~ return x
`;

describe('reading knots from the text the author wrote', () => {
  it('lists the knots a preview may start at, accented names included, functions left out', () => {
    expect(startableKnots(SOURCE)).toEqual(['début', 'café']);
    expect(declaredKnots(SOURCE)).toEqual(['début', 'café', 'sourire']);
  });

  it('finds the line of a knot, or of a stitch within its knot', () => {
    expect(knotLine(SOURCE, 'début')).toBe(3);
    expect(knotLine(SOURCE, 'café')).toBe(6);
    expect(knotLine(SOURCE, 'café.dedans')).toBe(9);
    // A stitch no longer there: the knot's heading is the nearest place.
    expect(knotLine(SOURCE, 'café.ailleurs')).toBe(6);
    expect(knotLine(SOURCE, 'parti')).toBeUndefined();
  });
});
