/**
 * What the terminal player says around the story's own text, in the story's language:
 * stage directions, the prompt, the end line and the reveal mode's words.
 */
import type { Cue, Distance, EndStatus, Language, LinkBand, Moment, StageDirection } from '../engine/index.ts';

export interface TerminalWords {
  /** How the trainee (`speaker: worker`) is named. */
  readonly you: string;
  /** Placed between a label and its value: French typography puts a space before the colon. */
  readonly colon: string;
  /** The subject of a cue when the header names no character. */
  readonly someone: string;
  readonly distances: Readonly<Record<Distance, string>>;
  readonly moments: Readonly<Record<Moment, string>>;
  /** A cue as a sentence about the person, whose name comes first. */
  readonly cues: Readonly<Record<Cue, string>>;
  readonly distance: string;
  readonly moment: string;
  readonly visit: string;
  readonly sound: string;
  readonly ambience: string;
  readonly contentWarning: string;
  readonly end: string;
  readonly stopped: string;
  /** Said when a typed answer is not one of the numbers offered. */
  pickANumber(count: number): string;
  readonly trust: string;
  readonly safety: string;
  readonly seed: string;
  readonly bands: Readonly<Record<LinkBand, string>>;
  /** A rush, in the reveal mode: what the act needed, what there was, what it cost. */
  rushed(act: string, demand: number, trust: number, cost: number): string;
  cueRespected(cue: string): string;
  cueIgnored(cue: string): string;
  readonly visitCapReached: string;
  linkBroken(reason: string): string;
  readonly emergencyStarted: string;
}

const FRENCH: TerminalWords = {
  you: 'Vous',
  colon: ' : ',
  someone: 'La personne',
  distances: { far: 'loin', near: 'près', close: 'tout près' },
  moments: { open: 'ouverture', guarded: 'sur ses gardes', closed: 'fermeture', emergency: 'urgence' },
  cues: {
    turns_away: 'se détourne',
    changes_subject: 'change de sujet',
    smiles: 'sourit',
    arms_crossed: 'croise les bras',
    eye_contact: 'te regarde dans les yeux',
    steps_back: 'recule',
    leans_in: 'se penche vers toi',
    silence: 'se tait',
    agitated: "s'agite",
  },
  distance: 'distance',
  moment: 'moment',
  visit: 'visite',
  sound: 'son',
  ambience: 'ambiance',
  contentWarning: 'Avertissement',
  end: 'fin',
  stopped: 'partie interrompue',
  pickANumber: (count) => `Tape un numéro de 1 à ${count}.`,
  trust: 'confiance',
  safety: 'sécurité',
  seed: 'graine',
  bands: { fragile: 'fragile', building: 'en construction', solid: 'solide', broken: 'rompu' },
  rushed: (act, demand, trust, cost) => `trop tôt : ${act} demandait ${demand}, il y avait ${trust} (−${cost})`,
  cueRespected: (cue) => `signal respecté (${cue})`,
  cueIgnored: (cue) => `signal ignoré (${cue})`,
  visitCapReached: 'plafond de la visite atteint',
  linkBroken: (reason) => `lien rompu (${reason})`,
  emergencyStarted: 'urgence',
};

const ENGLISH: TerminalWords = {
  you: 'You',
  colon: ': ',
  someone: 'The person',
  distances: { far: 'far', near: 'near', close: 'close' },
  moments: { open: 'open', guarded: 'guarded', closed: 'closed', emergency: 'emergency' },
  cues: {
    turns_away: 'turns away',
    changes_subject: 'changes the subject',
    smiles: 'smiles',
    arms_crossed: 'crosses their arms',
    eye_contact: 'meets your eyes',
    steps_back: 'steps back',
    leans_in: 'leans in',
    silence: 'falls silent',
    agitated: 'is agitated',
  },
  distance: 'distance',
  moment: 'moment',
  visit: 'visit',
  sound: 'sound',
  ambience: 'ambience',
  contentWarning: 'Content warning',
  end: 'end',
  stopped: 'stopped',
  pickANumber: (count) => `Type a number from 1 to ${count}.`,
  trust: 'trust',
  safety: 'safety',
  seed: 'seed',
  bands: { fragile: 'fragile', building: 'building', solid: 'solid', broken: 'broken' },
  rushed: (act, demand, trust, cost) => `rushed: ${act} needed ${demand}, there was ${trust} (−${cost})`,
  cueRespected: (cue) => `cue respected (${cue})`,
  cueIgnored: (cue) => `cue ignored (${cue})`,
  visitCapReached: 'visit cap reached',
  linkBroken: (reason) => `link broken (${reason})`,
  emergencyStarted: 'emergency',
};

export function terminalWords(lang: Language): TerminalWords {
  return lang === 'en' ? ENGLISH : FRENCH;
}

/** The name a line is signed with: the trainee as "Vous"/"You", anyone else as written. */
export function speakerName(speaker: string, words: TerminalWords): string {
  return speaker === 'worker' ? words.you : speaker;
}

/** One stage direction as the bracketed text the terminal prints: `[distance : près]`, `[Kevin se détourne]`. */
export function describeDirection(direction: StageDirection, words: TerminalWords, character: string): string {
  const label = (name: string, value: string | number): string => `[${name}${words.colon}${value}]`;
  switch (direction.type) {
    case 'distance':
      return label(words.distance, words.distances[direction.to]);
    case 'cue':
      return `[${character === '' ? words.someone : character} ${words.cues[direction.cue]}]`;
    case 'moment':
      return label(words.moment, words.moments[direction.moment]);
    case 'visit':
      return label(words.visit, direction.visit);
    case 'sound':
      return label(words.sound, direction.sound);
    case 'ambience':
      return label(words.ambience, direction.ambience);
  }
}

/** The end line: `— fin : kept` / `— end: kept`. */
export function endLine(status: EndStatus, words: TerminalWords): string {
  return `— ${words.end}${words.colon}${status}`;
}
