import type { Clock } from '../clock.ts';

/**
 * A clock tests drive by hand. Each read can also advance it by `step` milliseconds,
 * so events get distinct, predictable times without any waiting.
 */
export class FakeClock implements Clock {
  private current: number;
  private readonly step: number;

  constructor(start = Date.UTC(2026, 10, 24, 18, 0, 0), step = 0) {
    this.current = start;
    this.step = step;
  }

  now(): number {
    const value = this.current;
    this.current += this.step;
    return value;
  }

  advance(milliseconds: number): void {
    this.current += milliseconds;
  }
}
