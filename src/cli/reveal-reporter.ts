/**
 * The terminal's `--reveal` mode: listens to the session events (which carry the
 * hidden link) and prints, after every choice, the trust, its band, the safety once
 * there is an emergency, and what the choice did (a rush and its cost, a cue answered
 * or pushed past). Only for authors tuning a story: a trainee never sees the trust.
 */
import {
  bandOf,
  type EventEmitter,
  initialLinkState,
  type LinkBand,
  linkRules,
  type SessionEventMap,
} from '../engine/index.ts';
import type { Writer } from './terminal-presenter.ts';
import type { TerminalWords } from './terminal-words.ts';

export interface RevealReporterOptions {
  readonly output: Writer;
  readonly words: TerminalWords;
  /** The header's wariness: where the trust starts. */
  readonly wariness: number;
  readonly seed: number;
  readonly color: boolean;
}

export class RevealReporter {
  private readonly output: Writer;
  private readonly words: TerminalWords;
  private readonly wariness: number;
  private readonly seed: number;
  private readonly color: boolean;
  private trust: number;
  private safety: number | null = null;
  private broken = false;
  private trustBeforeChoice: number;
  private notes: string[] = [];
  private headerShown = false;
  private choicePending = false;

  constructor(options: RevealReporterOptions) {
    this.output = options.output;
    this.words = options.words;
    this.wariness = options.wariness;
    this.seed = options.seed;
    this.color = options.color;
    this.trust = initialLinkState(options.wariness).trust;
    this.trustBeforeChoice = this.trust;
  }

  /** Subscribes to a runner's session events; returns the function that unsubscribes. */
  listen(events: EventEmitter<SessionEventMap>): () => void {
    const words = this.words;
    const unsubscribe = [
      events.on('choiceMade', () => {
        this.choicePending = true;
        this.trustBeforeChoice = this.trust;
        this.notes = [];
      }),
      events.on('trustChanged', (event) => {
        this.trust = event.trust;
      }),
      events.on('safetyChanged', (event) => {
        this.safety = event.safety;
      }),
      events.on('emergencyStarted', () => {
        this.safety ??= linkRules.SAFETY_START;
      }),
      events.on('rushed', (event) => {
        this.notes.push(words.rushed(event.act, event.demand, event.trust, event.cost));
      }),
      events.on('cueRespected', (event) => {
        this.notes.push(words.cueRespected(event.cue));
      }),
      events.on('cueIgnored', (event) => {
        this.notes.push(words.cueIgnored(event.cue));
      }),
      events.on('visitCapReached', () => {
        this.notes.push(words.visitCapReached);
      }),
      events.on('linkBroken', (event) => {
        this.broken = true;
        this.notes.push(words.linkBroken(event.reason));
      }),
      // The report of a choice goes out just before whatever the story shows next.
      events.on('lineShown', () => this.flush()),
      events.on('choicesOffered', () => this.flush()),
      events.on('encounterEnded', () => this.flush()),
    ];
    return () => {
      for (const stop of unsubscribe) stop();
    };
  }

  /** The trust, its band and the safety as they stand: `confiance 38 (fragile) · sécurité 75`. */
  get standing(): string {
    const words = this.words;
    const parts = [`${words.trust} ${this.trust} (${words.bands[this.band]})`];
    if (this.safety !== null) parts.push(`${words.safety} ${this.safety}`);
    return parts.join(' · ');
  }

  private get band(): LinkBand {
    return bandOf({ ...initialLinkState(this.wariness), trust: this.trust, broken: this.broken });
  }

  private flush(): void {
    if (!this.headerShown) {
      this.headerShown = true;
      this.print(`${this.words.seed} ${this.seed} · ${this.standing}`);
    }
    if (!this.choicePending) return;
    this.choicePending = false;
    const words = this.words;
    const trust =
      this.trust === this.trustBeforeChoice
        ? `${words.trust} ${this.trust}`
        : `${words.trust} ${this.trustBeforeChoice} → ${this.trust}`;
    const parts = [`${trust} (${words.bands[this.band]})`];
    if (this.safety !== null) parts.push(`${words.safety} ${this.safety}`);
    this.print([...parts, ...this.notes].join(' · '));
  }

  private print(text: string): void {
    const line = `  ≈ ${text}`;
    this.output.write(`${this.color ? `\u001b[2m${line}\u001b[22m` : line}\n`);
  }
}
