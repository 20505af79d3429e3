/**
 * Time and randomness are injected (STYLE.md, seam 5): the engine never reads the
 * wall clock or Math.random itself, so tests and replays are exact.
 */

/** A source of time. */
export interface Clock {
  /** Milliseconds since the Unix epoch (the browser passes Date.now; tests a fake). */
  now(): number;
}

/** A seeded source of numbers in [0, 1). */
export interface Random {
  next(): number;
}

/** mulberry32: small, fast, and the same sequence for the same seed on every platform. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return {
    next(): number {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/** A whole number in [0, max), from a Random. */
export function pickIndex(random: Random, max: number): number {
  return Math.min(max - 1, Math.floor(random.next() * max));
}
