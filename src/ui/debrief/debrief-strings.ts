/**
 * Every word of the debrief, in standard Québec French (first) and Canadian English.
 * Both objects have the same shape, so a string missing in one language is a type
 * error; every mark kind and every take-away has its words in both.
 *
 * The debrief reveals the trust as what the person lived through, never as a grade:
 * no number, no percentage, no points. The trainee's choices are told as intentions
 * and moments ("Vous avez posé une question alors que Josée se détournait"), aimed at
 * the task, never at the self; each mark asks an open question, not a verdict. The
 * explanations follow the article the encounters draw on (voisinage courtois,
 * suggestion légitime, the person's rhythm, refusal as autonomy, emergencies as the
 * exception), in our own words.
 */
import type { Act, ClosingSignal, EndStatus, Language, MarkKind, TakeawayId } from '../../engine/index.ts';

/** The trust bands the curve's background names; the words stand for the y axis. */
export type CurveBand = 'fragile' | 'building' | 'solid';
/** The safety chart's three levels, named like the trust bands: in words only. */
export type SafetyLevel = 'danger' | 'weakened' | 'kept';

/** The facts a mark's words are made of. */
export interface MarkFacts {
  /** The person's name (the analysis's `character`), or "la personne" / "the person". */
  readonly name: string;
  readonly act: Act | undefined;
  readonly topic: string | undefined;
  readonly cue: ClosingSignal | undefined;
  readonly percheAnswer: 'taken' | 'refused' | 'open' | undefined;
  readonly brokenReason: 'trustExhausted' | 'repeatedRushes' | undefined;
}

export interface MarkWords {
  /** One line: what happened, as a moment ("Vous avez laissé de l'espace quand Josée se détournait"). */
  readonly title: (facts: MarkFacts) => string;
  /** Two or three sentences tying the moment to its concept. */
  readonly explanation: (facts: MarkFacts) => string;
  /** An open question for reflection, never a verdict. */
  readonly question: (facts: MarkFacts) => string;
}

export interface TakeawayFacts {
  readonly name: string;
  /** How many times it happened; at least 1. */
  readonly count: number;
}

/** How a curve is summarised in words (its accessible name): decisions are 1-based. */
export interface CurveWords {
  /** The sentence's start, with the first level in words. */
  readonly start: (name: string, level: string) => string;
  readonly rose: (from: number, to: number) => string;
  readonly fell: (from: number, to: number) => string;
  readonly steady: string;
  readonly broke: (decision: number | undefined) => string;
  readonly end: (level: string) => string;
  /** Joins the parts into one sentence. */
  readonly join: (parts: readonly string[]) => string;
}

export interface DebriefStrings {
  readonly lang: Language;
  /** Between a label and its value: French puts a non-breaking space before the colon. */
  readonly colon: string;
  /** The page's title in the browser's tab. */
  readonly documentTitle: string;
  readonly heading: string;
  readonly encounter: (title: string, name: string) => string;
  /** The person when the story names no one: within a sentence (the words capitalise it at a start). */
  readonly someone: string;

  readonly outcome: {
    readonly label: string;
    readonly statuses: Readonly<Record<EndStatus, string>>;
    readonly unfinished: string;
    /** Said kindly under an unfinished attempt. */
    readonly unfinishedNote: string;
    /** Said when the attempt stopped on a problem of the story's text, not of the trainee's. */
    readonly failure: string;
    /** The summary that folds ink's message away, for the encounter's author. */
    readonly failureDetails: string;
  };

  readonly actions: {
    readonly label: string;
    readonly exportJson: string;
    readonly print: string;
    readonly close: string;
  };

  readonly reactions: {
    readonly heading: string;
    /** The open question, also the text area's visible label. */
    readonly prompt: string;
    readonly hint: string;
    readonly continue: string;
    /** Printed when the trainee wrote nothing. */
    readonly empty: string;
  };

  readonly attempts: {
    readonly legend: string;
    /** "Essai 2 (rejoué depuis la décision 4)": `attempt` and `replayedFrom` are 1-based. */
    readonly attempt: (attempt: number, replayedFrom: number | undefined) => string;
  };

  readonly description: {
    readonly heading: string;
    readonly intro: (name: string) => string;
    readonly you: string;
    readonly decision: (decision: number) => string;
    readonly chose: string;
    /** The choices that were on offer at a decision, the trainee's marked. */
    readonly offered: string;
    readonly yourChoice: string;
    readonly showAll: string;
    readonly showLess: string;
    readonly replay: string;
    /** After "Rejouer ce moment", for screen readers: which moment. */
    readonly replayWhich: (decision: number, choice: string) => string;
    /** A mark noted on an entry: the button that leads to its explanation. */
    readonly seeExplanation: string;
    readonly ended: (status: string) => string;
    readonly empty: string;
  };

  readonly analysis: {
    readonly heading: (name: string) => string;
    readonly intro: (name: string) => string;
    readonly curveHeading: string;
    readonly marksHeading: string;
    readonly noMarks: (name: string) => string;
    readonly concept: string;
    readonly question: string;
    readonly seeInTimeline: string;
    readonly decision: (decision: number) => string;
  };

  readonly curve: {
    readonly bands: Readonly<Record<CurveBand, string>>;
    readonly broken: string;
    readonly decisions: string;
    readonly legend: string;
    readonly lineStyles: { readonly solid: string; readonly dashed: string };
    readonly summary: CurveWords;
    /** The dashed curve's summary, after the solid one's. */
    readonly alongside: (label: string, summary: string) => string;
    readonly markShapes: string;
  };

  readonly safety: {
    readonly heading: (name: string) => string;
    readonly intro: (name: string) => string;
    readonly levels: Readonly<Record<SafetyLevel, string>>;
    readonly summary: CurveWords;
  };

  readonly marks: Readonly<Record<MarkKind, MarkWords>>;
  /** A short name per kind, for the legend of shapes. */
  readonly markKinds: Readonly<Record<MarkKind, string>>;

  readonly takeaways: {
    readonly heading: string;
    readonly none: string;
    readonly items: Readonly<Record<TakeawayId, (facts: TakeawayFacts) => string>>;
  };

  readonly anotherWay: {
    readonly heading: string;
    readonly intro: string;
    readonly open: string;
    readonly busy: string;
    readonly none: string;
    readonly failed: string;
    readonly retry: string;
    readonly resultHeading: string;
    readonly yours: string;
    readonly theirs: string;
    readonly decision: (decision: number) => string;
    readonly same: string;
    readonly noChoice: string;
    readonly curveLabel: string;
    readonly yourCurve: string;
  };
}

/** Capitalises the first letter: names and "la personne" start sentences too. */
function cap(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

// French -------------------------------------------------------------------------

/** What the trainee did, told in the past ("vous avez…"), epicene: no gendered participle. */
function frActPast(act: Act | undefined, name: string, topic: string | undefined): string {
  switch (act) {
    case 'approach':
      return `vous avez fait un pas vers ${name}`;
    case 'hold':
      return 'vous avez gardé votre place';
    case 'step_back':
      return 'vous avez reculé';
    case 'leave':
      return 'vous avez pris congé';
    case 'visit':
      return `vous avez rendu visite à ${name}`;
    case 'greet':
      return `vous avez salué ${name}`;
    case 'small_talk':
      return 'vous avez fait la conversation';
    case 'listen':
      return 'vous avez écouté';
    case 'ask':
      return 'vous avez posé une question personnelle';
    case 'perche':
      return topic === undefined ? 'vous avez tendu une perche' : `vous avez parlé ${frTopicAbout(topic)}`;
    case 'insist':
      return 'vous avez insisté';
    case 'accept':
      return 'vous avez accepté le refus';
    case 'opinion':
      return 'vous avez donné votre avis';
    case 'material':
      return 'vous avez offert du matériel';
    case 'inform':
      return 'vous avez donné une information';
    case 'urgent':
      return 'vous avez pressé les choses';
    case undefined:
      return 'vous avez fait ce choix';
  }
}

/** "En reculant, …": how a closing cue was answered with room. */
function frRoomGiven(act: Act | undefined): string {
  switch (act) {
    case 'step_back':
      return 'en reculant';
    case 'leave':
      return 'en prenant congé';
    case 'accept':
      return 'en acceptant ce refus';
    case 'hold':
      return 'en restant là sans insister';
    default:
      return 'en laissant de l’espace';
  }
}

const FR_TOPICS: Readonly<Record<string, readonly [bare: string, about: string]>> = {
  shelter: ['un refuge', 'd’un refuge'],
  nurse: ['l’infirmière', 'de l’infirmière'],
  testing: ['un dépistage', 'd’un dépistage'],
  housing: ['un logement', 'd’un logement'],
  health_card: ['la carte d’assurance maladie', 'de la carte d’assurance maladie'],
  detox: ['une désintoxication', 'd’une désintoxication'],
  supervised_site: ['le site de consommation supervisée', 'du site de consommation supervisée'],
  naloxone: ['la naloxone', 'de la naloxone'],
  food: ['un repas', 'd’un repas'],
  clothes: ['des vêtements', 'de vêtements'],
  doctor: ['un médecin', 'd’un médecin'],
  treatment: ['un traitement', 'd’un traitement'],
  income: ['un revenu', 'd’un revenu'],
  legal: ['une aide juridique', 'd’une aide juridique'],
  phone: ['un téléphone', 'd’un téléphone'],
  appointment: ['un rendez-vous', 'd’un rendez-vous'],
};

function frTopic(topic: string): string {
  return FR_TOPICS[topic]?.[0] ?? `« ${topic.replaceAll('_', ' ')} »`;
}

function frTopicAbout(topic: string): string {
  return FR_TOPICS[topic]?.[1] ?? `de « ${topic.replaceAll('_', ' ')} »`;
}

/** "Josée se détournait": the closing signal as it was happening. */
function frSignal(cue: ClosingSignal, name: string): string {
  switch (cue) {
    case 'turns_away':
      return `${name} se détournait`;
    case 'changes_subject':
      return `${name} changeait de sujet`;
    case 'smiles':
      return `${name} souriait`;
    case 'arms_crossed':
      return `${name} croisait les bras`;
    case 'eye_contact':
      return `${name} cherchait votre regard`;
    case 'steps_back':
      return `${name} reculait d’un pas`;
    case 'leans_in':
      return `${name} se penchait vers vous`;
    case 'silence':
      return `${name} se taisait`;
    case 'agitated':
      return `${name} s’agitait`;
    case 'moment_closed':
      return `${name} se fermait`;
  }
}

/** Counts from two to ten in words, as a sentence says them; beyond, in digits. */
const FR_NUMBERS = ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'];

function frCount(count: number): string {
  return FR_NUMBERS[count - 2] ?? String(count);
}

function frTimes(count: number): string {
  return count === 1 ? 'une fois' : `${frCount(count)}\u00a0fois`;
}

function frDecisions(from: number, to: number): string {
  return from === to ? `à la décision ${from}` : `des décisions ${from} à ${to}`;
}

/** Sentences start with the speaker's words; "a, b et c". */
function frJoin(parts: readonly string[]): string {
  if (parts.length <= 1) return `${parts.join('')}.`;
  return `${parts.slice(0, -1).join(', ')} et ${parts.at(-1)}.`;
}

const FR_MARKS: Readonly<Record<MarkKind, MarkWords>> = {
  rushed: {
    title: (f) =>
      f.cue === undefined
        ? `${cap(frActPast(f.act, f.name, f.topic))} avant que le lien le permette`
        : `${cap(frActPast(f.act, f.name, f.topic))} alors que ${frSignal(f.cue, f.name)}`,
    explanation: (f) => {
      const signal =
        f.cue === undefined
          ? undefined
          : `Juste avant, ${frSignal(f.cue, f.name)} : une façon de dire « pas maintenant ».`;
      switch (f.act) {
        case 'approach':
        case 'visit':
        case 'hold':
          return [
            'La présence se négocie, souvent sans un mot : à quelle distance, à quelle fréquence, dans quelles situations.',
            `${cap(f.name)} n’avait pas encore accepté cette proximité, et la confiance a reculé.`,
            signal ?? 'Montrer d’abord qu’on n’est pas une menace laisse à la personne le soin d’ouvrir la porte.',
          ].join(' ');
        case 'urgent':
          return [
            'Presser les choses comme dans une urgence, quand la situation n’en était pas une, demande une confiance qui n’était pas encore là.',
            `${cap(f.name)} a senti la pression, et la confiance a reculé.`,
            signal ?? 'Hors de l’urgence, c’est le rythme de la personne qui donne le tempo.',
          ].join(' ');
        default:
          return [
            'Ce qui peut se dire dépend de la confiance déjà installée.',
            `${f.topic === undefined ? 'Ce geste' : cap(`parler ${frTopicAbout(f.topic)}`)} est venu avant que ${f.name} ait ouvert cet espace, et la confiance a reculé.`,
            signal ??
              'Une suggestion devient légitime quand elle suit l’évaluation de la situation et le rythme de la personne.',
          ].join(' ');
      }
    },
    question: () =>
      'Qu’est-ce qui vous a fait choisir ce moment-là\u00a0? Qu’est-ce qui aurait pu vous indiquer que le moment était venu\u00a0?',
  },
  cueRespected: {
    title: (f) =>
      f.cue === undefined
        ? `Vous avez laissé de l’espace à ${f.name}`
        : `Vous avez laissé de l’espace quand ${frSignal(f.cue, f.name)}`,
    explanation: (f) =>
      [
        'Un signal comme celui-là dit souvent « pas maintenant » ou « c’est assez pour aujourd’hui », sans le dire en mots.',
        `${cap(frRoomGiven(f.act))}, vous avez suivi le rythme de ${f.name} plutôt que le vôtre.`,
        'Respecter ce signal garde la porte ouverte pour la prochaine fois.',
      ].join(' '),
    question: () =>
      'Qu’est-ce qui vous a fait remarquer ce signal, et comment le reconnaîtriez-vous sur le terrain\u00a0?',
  },
  cueIgnored: {
    title: (f) =>
      f.cue === undefined
        ? 'Vous avez poursuivi malgré un signal de retrait'
        : `Vous avez poursuivi alors que ${frSignal(f.cue, f.name)}`,
    explanation: (f) =>
      [
        'Se détourner, changer de sujet, croiser les bras : ces signaux disent souvent « c’est assez pour aujourd’hui ».',
        'Poursuivre à ce moment-là demande davantage au lien : la règle tacite de ne pas s’imposer passe avant ce qu’on voulait dire.',
        `Suivre le rythme de ${f.name}, c’est aussi savoir s’arrêter là pour aujourd’hui.`,
      ].join(' '),
    question: (f) =>
      `Qu’est-ce qui comptait le plus pour vous à ce moment-là, et qu’avez-vous perçu du signal de ${f.name}\u00a0?`,
  },
  percheOffered: {
    title: (f) => (f.topic === undefined ? 'Vous avez tendu une perche' : `Une perche tendue : ${frTopic(f.topic)}`),
    explanation: (f) => {
      const offered =
        f.topic === undefined
          ? `Tendre une perche, c’est nommer une piste concrète pour que ${f.name} sache qu’elle existe, sans rien exiger.`
          : `Tendre une perche, c’est nommer une piste concrète (ici, ${frTopic(f.topic)}) pour que ${f.name} sache qu’elle existe, sans rien exiger.`;
      switch (f.percheAnswer) {
        case 'taken':
          return `${offered} ${cap(f.name)} l’a saisie : c’est devenu sa propre demande, et c’est ce qui la rend solide.`;
        case 'refused':
          return `${offered} ${cap(f.name)} l’a refusée, et ce refus lui appartient : c’est une prise de position sur son propre chemin. La piste reste là pour plus tard.`;
        default:
          return `${offered} Cette perche reste ouverte pour l’instant : une suggestion n’est jamais neutre, elle prépare de prochaines occasions. C’est toujours la personne qui décide si elle la prend.`;
      }
    },
    question: (f) => {
      switch (f.percheAnswer) {
        case 'taken':
          return 'Selon vous, qu’est-ce qui a rendu ce moment propice\u00a0?';
        case 'refused':
          return 'Comment avez-vous accueilli ce refus, sur le moment\u00a0?';
        default:
          return 'Qu’est-ce qui vous a fait choisir ce moment pour tendre cette perche\u00a0?';
      }
    },
  },
  refusalAccepted: {
    title: (f) => `Vous avez accepté le refus de ${f.name}`,
    explanation: (f) =>
      [
        `Un refus n’est pas une porte fermée : c’est ${f.name} qui prend position sur son propre chemin.`,
        'En l’acceptant sans insister, vous avez respecté son autonomie et gardé le lien.',
        'La suggestion pourra revenir, au rythme de la personne.',
      ].join(' '),
    question: () => 'Qu’avez-vous ressenti en laissant la suggestion de côté\u00a0?',
  },
  visitCapReached: {
    title: () => 'Le lien ne se construit pas en une seule visite',
    explanation: (f) =>
      [
        `À cette visite, la confiance de ${f.name} ne pouvait pas grandir davantage, quoi que vous fassiez.`,
        'Le lien se tisse au fil des rencontres : certaines personnes en restent longtemps à venir chercher du matériel, et c’est correct.',
        'Revenir, simplement, fait partie du travail.',
      ].join(' '),
    question: (f) => `Qu’aimeriez-vous que ${f.name} retienne de cette visite-ci\u00a0?`,
  },
  emergencyStarted: {
    title: () => 'L’urgence commence',
    explanation: (f) =>
      [
        `Quand la vie ou la sécurité de ${f.name} est en jeu, les priorités changent : agir vite devient la bonne distance.`,
        'Dans ces moments, attendre ou s’occuper d’autre chose coûte plus que d’intervenir.',
        'C’est l’exception : hors de l’urgence, le rythme de la personne reprend sa place.',
      ].join(' '),
    question: () => 'À quoi avez-vous reconnu que la situation venait de changer\u00a0?',
  },
  hesitated: {
    title: () => 'Un temps d’attente pendant l’urgence',
    explanation: (f) =>
      [
        `Pendant l’urgence, ${frActPast(f.act, f.name, f.topic)} : ce temps-là a compté pour la sécurité de ${f.name}.`,
        'Dans ces moments, la sécurité et le lien passent avant tout le reste, et agir rapidement est juste.',
        'Revenir après coup sur ce qui a retenu le geste fait partie de l’apprentissage.',
      ].join(' '),
    question: () => 'Qu’est-ce qui vous a fait attendre à ce moment-là\u00a0?',
  },
  distracted: {
    title: () => 'Une attention ailleurs pendant l’urgence',
    explanation: (f) =>
      [
        `Pendant l’urgence, ${frActPast(f.act, f.name, f.topic)} : c’était quelque chose qui pouvait attendre.`,
        `Quand la sécurité de ${f.name} est en jeu, le reste passe après.`,
        'Ce qui compte alors, c’est le geste qui protège, tout de suite.',
      ].join(' '),
    question: () => 'Qu’est-ce qui a retenu votre attention à ce moment-là\u00a0?',
  },
  linkBroken: {
    title: () => 'Le lien s’est brisé',
    explanation: (f) =>
      [
        f.brokenReason === 'repeatedRushes'
          ? `Plusieurs gestes rapprochés ont demandé plus que ce que ${f.name} pouvait accorder, et le lien s’est rompu.`
          : `La confiance de ${f.name} s’est usée au fil de la rencontre, jusqu’à rompre.`,
        'Sur le terrain, le lien passe avant tout autre objectif : une fois brisé, il faut du temps pour le recréer.',
        'Les moments qui ont précédé sont les plus riches à revoir.',
      ].join(' '),
    question: () => 'En revoyant les moments qui ont précédé, lequel aimeriez-vous rejouer, et pourquoi\u00a0?',
  },
};

const FRENCH: DebriefStrings = {
  lang: 'fr',
  colon: '\u00a0: ',
  documentTitle: 'Retour sur la rencontre — Bonne distance',
  heading: 'Retour sur la rencontre',
  encounter: (title, name) => `${title}, avec ${name}`,
  someone: 'la personne',

  outcome: {
    label: 'Issue',
    statuses: {
      kept: 'lien gardé',
      broken: 'lien brisé',
      handled: 'urgence prise en charge',
      referred: 'orientation acceptée',
      ended: 'rencontre terminée',
    },
    unfinished: 'rencontre inachevée',
    unfinishedNote:
      'Cette rencontre s’est arrêtée avant la fin. Le retour porte sur ce qui a été vécu jusque-là, et c’est déjà beaucoup.',
    failure:
      'La rencontre s’est arrêtée à cause d’un problème dans son texte, que la personne qui l’a écrite doit corriger. Rien de ce que vous avez choisi n’en est la cause.',
    failureDetails: 'Détails pour la personne qui a écrit la rencontre',
  },

  actions: {
    label: 'Actions',
    exportJson: 'Exporter (JSON)',
    print: 'Imprimer',
    close: 'Retour à l’accueil',
  },

  reactions: {
    heading: 'Vos réactions',
    prompt: 'Comment ça s’est passé pour vous\u00a0?',
    hint: 'Ce que vous avez ressenti, ce qui vous a surpris : quelques mots suffisent, et ils restent avec cette session. Rien ici n’est évalué.',
    continue: 'Continuer',
    empty: 'Aucune réaction écrite.',
  },

  attempts: {
    legend: 'Essai à revoir',
    attempt: (attempt, replayedFrom) =>
      replayedFrom === undefined ? `Essai ${attempt}` : `Essai ${attempt} (rejoué depuis la décision ${replayedFrom})`,
  },

  description: {
    heading: 'Le déroulement',
    intro: (name) =>
      `La rencontre, pas à pas : les répliques, vos choix, les distances et les gestes de ${name}. Chaque décision peut être rejouée.`,
    you: 'Vous',
    decision: (decision) => `Décision ${decision}`,
    chose: 'Votre choix',
    offered: 'Choix proposés',
    yourChoice: 'votre choix',
    showAll: 'Tout afficher',
    showLess: 'Réduire',
    replay: 'Rejouer ce moment',
    replayWhich: (decision, choice) => `décision ${decision}, « ${choice} »`,
    seeExplanation: 'Voir l’explication',
    ended: (status) => `Fin de la rencontre : ${status}`,
    empty: 'Rien n’a encore été joué dans cet essai.',
  },

  analysis: {
    heading: (name) => `Ce que ${name} a vécu`,
    intro: (name) =>
      `La confiance, cachée pendant la rencontre, est révélée ici telle que ${name} l’a vécue, au fil de vos décisions. Ce n’est pas une note : c’est un repère pour revenir sur les moments qui ont compté.`,
    curveHeading: 'Le lien au fil de la rencontre',
    marksHeading: 'Les moments marquants',
    noMarks: (name) =>
      `Aucun moment particulier n’a été relevé dans cet essai : la courbe montre comment le lien avec ${name} a évolué.`,
    concept: 'Notion',
    question: 'Pour réfléchir',
    seeInTimeline: 'Voir dans le déroulement',
    decision: (decision) => `Décision ${decision}`,
  },

  curve: {
    bands: { fragile: 'fragile', building: 'en construction', solid: 'solide' },
    broken: 'lien brisé',
    decisions: 'Décisions',
    legend: 'Courbes',
    lineStyles: { solid: 'trait plein', dashed: 'pointillé' },
    summary: {
      start: (name, level) => `Le lien avec ${name} est d’abord ${level}`,
      rose: (from, to) => `grandit ${frDecisions(from, to)}`,
      fell: (from, to) => `recule ${frDecisions(from, to)}`,
      steady: 'reste stable',
      broke: (decision) => (decision === undefined ? 'se brise' : `se brise à la décision ${decision}`),
      end: (level) => `finit ${level}`,
      join: frJoin,
    },
    alongside: (label, summary) => `En pointillé, ${label} : ${summary}`,
    markShapes: 'Formes des moments marqués',
  },

  safety: {
    heading: (name) => `La sécurité de ${name}`,
    intro: (name) =>
      `Dans une urgence, la sécurité de ${name} passe avant tout, avec le lien. Cette courbe n’apparaît que dans ce cas : agir vite la préserve, attendre ou s’occuper d’autre chose l’entame.`,
    levels: { danger: 'menacée', weakened: 'fragilisée', kept: 'préservée' },
    summary: {
      start: (name, level) => `La sécurité de ${name} est d’abord ${level}`,
      rose: (from, to) => `remonte ${frDecisions(from, to)}`,
      fell: (from, to) => `baisse ${frDecisions(from, to)}`,
      steady: 'reste stable',
      broke: (decision) => (decision === undefined ? 's’interrompt' : `s’interrompt à la décision ${decision}`),
      end: (level) => `finit ${level}`,
      join: frJoin,
    },
  },

  marks: FR_MARKS,
  markKinds: {
    rushed: 'Avant que le lien le permette',
    cueRespected: 'Signal respecté',
    cueIgnored: 'Signal dépassé',
    percheOffered: 'Perche tendue',
    refusalAccepted: 'Refus accepté',
    visitCapReached: 'Limite d’une visite',
    emergencyStarted: 'Début de l’urgence',
    hesitated: 'Attente dans l’urgence',
    distracted: 'Attention ailleurs dans l’urgence',
    linkBroken: 'Lien brisé',
  },

  takeaways: {
    heading: 'À retenir',
    none: 'Revenez sur la courbe et le déroulement : ce qui s’est passé dans cet essai vous appartient.',
    items: {
      linkBrokeAfterRushes: (f) =>
        `Le lien avec ${f.name} s’est brisé après plusieurs gestes venus avant la confiance. Le lien passe en premier : avancer au rythme de la personne le protège.`,
      linkBrokeTrustExhausted: (f) =>
        `La confiance de ${f.name} s’est usée jusqu’à rompre. Chaque geste qui demande plus que ce qui est accordé pèse sur le lien.`,
      rushesCostTrust: (f) =>
        `${f.count === 1 ? 'À un moment, un geste est venu' : `À ${frCount(f.count)}\u00a0moments, des gestes sont venus`} avant que le lien le permette, et la confiance de ${f.name} a reculé. Les bons moments se lisent dans les signaux de la personne.`,
      cuesRespected: (f) =>
        `Vous avez laissé de l’espace ${frTimes(f.count)} quand ${f.name} signalait que c’était assez : c’est suivre son rythme, et le lien en sort plus fort.`,
      cueIgnored: (f) =>
        `${f.count === 1 ? 'Une fois, vous avez poursuivi malgré un signal' : `À ${frCount(f.count)}\u00a0reprises, vous avez poursuivi malgré les signaux`} de ${f.name}. Ces signaux disent souvent « pas maintenant » : s’arrêter là fait partie du travail.`,
      percheRefusedRespected: (f) =>
        `${cap(f.name)} a refusé une perche et vous avez accepté ce refus : c’est sa prise de position sur son propre chemin, et le lien a tenu.`,
      percheTaken: (f) =>
        `${cap(f.name)} a saisi la perche tendue : une demande qui vient de la personne elle-même est la plus solide.`,
      percheLeftOpen: () =>
        'La perche tendue reste ouverte : une suggestion n’est jamais neutre, elle prépare de prochaines occasions.',
      presenceBuiltTrust: (f) =>
        `Votre présence, simple et sans exigence, a permis au lien avec ${f.name} de grandir : c’est sur elle que repose tout le reste.`,
      visitCapPatience: (f) =>
        `Le lien a atteint ce qu’une seule visite permet : avec ${f.name}, il se construira au fil des rencontres.`,
      emergencyActedQuickly: (f) =>
        `Dans l’urgence, vous avez agi vite pour ${f.name} : c’est le moment où agir rapidement est juste.`,
      emergencyHesitated: (f) =>
        `Dans l’urgence, il y a eu ${f.count === 1 ? 'un temps' : `${frCount(f.count)}\u00a0temps`} d’attente. Quand la sécurité de ${f.name} est en jeu, agir vite passe avant tout.`,
      linkKept: (f) =>
        `Le lien avec ${f.name} a tenu jusqu’au bout de la rencontre : c’est la base de tout ce qui pourra suivre.`,
    },
  },

  anotherWay: {
    heading: 'Une autre façon de faire',
    intro:
      'Une fois votre propre analyse faite, vous pouvez ouvrir un autre chemin : celui qui garde le plus de lien, trouvé en explorant les branches de l’histoire. Ce n’est pas la seule façon juste : c’est une piste à comparer avec la vôtre.',
    open: 'Voir une autre façon de faire',
    busy: 'Recherche…',
    none: 'Aucun autre chemin n’a pu être trouvé pour cette rencontre.',
    failed: 'La recherche n’a pas pu aboutir. Vous pouvez réessayer.',
    retry: 'Réessayer',
    resultHeading: 'Votre chemin et l’autre façon, côte à côte',
    yours: 'Votre chemin',
    theirs: 'L’autre façon',
    decision: (decision) => `Décision ${decision}`,
    same: 'même choix',
    noChoice: 'pas de décision à ce moment',
    curveLabel: 'l’autre façon',
    yourCurve: 'votre essai',
  },
};

// English ------------------------------------------------------------------------

function enActPast(act: Act | undefined, name: string, topic: string | undefined): string {
  switch (act) {
    case 'approach':
      return `you stepped towards ${name}`;
    case 'hold':
      return 'you held your place';
    case 'step_back':
      return 'you stepped back';
    case 'leave':
      return 'you took your leave';
    case 'visit':
      return `you paid ${name} a visit`;
    case 'greet':
      return `you greeted ${name}`;
    case 'small_talk':
      return 'you made small talk';
    case 'listen':
      return 'you listened';
    case 'ask':
      return 'you asked a personal question';
    case 'perche':
      return topic === undefined ? 'you offered a suggestion' : `you brought up ${enTopic(topic)}`;
    case 'insist':
      return 'you insisted';
    case 'accept':
      return 'you accepted the refusal';
    case 'opinion':
      return 'you gave your opinion';
    case 'material':
      return 'you offered material';
    case 'inform':
      return 'you gave some information';
    case 'urgent':
      return 'you hurried things along';
    case undefined:
      return 'you made this choice';
  }
}

function enRoomGiven(act: Act | undefined): string {
  switch (act) {
    case 'step_back':
      return 'by stepping back';
    case 'leave':
      return 'by taking your leave';
    case 'accept':
      return 'by accepting the refusal';
    case 'hold':
      return 'by staying where you were without pressing';
    default:
      return 'by leaving room';
  }
}

const EN_TOPICS: Readonly<Record<string, string>> = {
  shelter: 'a shelter',
  nurse: 'the nurse',
  testing: 'testing',
  housing: 'housing',
  health_card: 'the health insurance card',
  detox: 'detox',
  supervised_site: 'the supervised consumption site',
  naloxone: 'naloxone',
  food: 'a meal',
  clothes: 'clothes',
  doctor: 'a doctor',
  treatment: 'treatment',
  income: 'income support',
  legal: 'legal help',
  phone: 'a phone',
  appointment: 'an appointment',
};

function enTopic(topic: string): string {
  return EN_TOPICS[topic] ?? `“${topic.replaceAll('_', ' ')}”`;
}

function enSignal(cue: ClosingSignal, name: string): string {
  switch (cue) {
    case 'turns_away':
      return `${name} was turning away`;
    case 'changes_subject':
      return `${name} was changing the subject`;
    case 'smiles':
      return `${name} was smiling`;
    case 'arms_crossed':
      return `${name} had crossed their arms`;
    case 'eye_contact':
      return `${name} was meeting your eyes`;
    case 'steps_back':
      return `${name} had stepped back`;
    case 'leans_in':
      return `${name} was leaning in`;
    case 'silence':
      return `${name} had fallen silent`;
    case 'agitated':
      return `${name} was agitated`;
    case 'moment_closed':
      return `${name} was closing off`;
  }
}

const EN_NUMBERS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function enCount(count: number): string {
  return EN_NUMBERS[count - 2] ?? String(count);
}

function enTimes(count: number): string {
  return count === 1 ? 'once' : count === 2 ? 'twice' : `${enCount(count)} times`;
}

function enDecisions(from: number, to: number): string {
  return from === to ? `at decision ${from}` : `from decision ${from} to ${to}`;
}

function enJoin(parts: readonly string[]): string {
  if (parts.length <= 1) return `${parts.join('')}.`;
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}.`;
}

const EN_MARKS: Readonly<Record<MarkKind, MarkWords>> = {
  rushed: {
    title: (f) =>
      f.cue === undefined
        ? `${cap(enActPast(f.act, f.name, f.topic))} before the relationship allowed it`
        : `${cap(enActPast(f.act, f.name, f.topic))} while ${enSignal(f.cue, f.name)}`,
    explanation: (f) => {
      const signal =
        f.cue === undefined ? undefined : `Just before, ${enSignal(f.cue, f.name)}: a way of saying “not now”.`;
      switch (f.act) {
        case 'approach':
        case 'visit':
        case 'hold':
          return [
            'Presence is negotiated, often without a word: how close, how often, in which situations.',
            `${cap(f.name)} had not yet accepted that much closeness, and trust fell back.`,
            signal ?? 'Showing first that you are no threat leaves it to the person to open the door.',
          ].join(' ');
        case 'urgent':
          return [
            'Hurrying things as if it were an emergency, when it was not one, asks for trust that was not there yet.',
            `${cap(f.name)} felt the pressure, and trust fell back.`,
            signal ?? 'Outside an emergency, the person’s rhythm sets the pace.',
          ].join(' ');
        default:
          return [
            'What can be said depends on the trust already there.',
            `${f.topic === undefined ? 'This' : cap(`bringing up ${enTopic(f.topic)}`)} came before ${f.name} had opened that space, and trust fell back.`,
            signal ??
              'A suggestion becomes legitimate when it follows a look at the whole situation and the person’s rhythm.',
          ].join(' ');
      }
    },
    question: () => 'What made you choose that moment? What might have told you the time had come?',
  },
  cueRespected: {
    title: (f) =>
      f.cue === undefined ? `You left ${f.name} some room` : `You left room when ${enSignal(f.cue, f.name)}`,
    explanation: (f) =>
      [
        'A signal like that often says “not now” or “that’s enough for today”, without saying it in words.',
        `${cap(enRoomGiven(f.act))}, you followed ${f.name}’s rhythm rather than your own.`,
        'Respecting that signal keeps the door open for next time.',
      ].join(' '),
    question: () => 'What made you notice that signal, and how would you recognise it out in the field?',
  },
  cueIgnored: {
    title: (f) =>
      f.cue === undefined
        ? 'You carried on despite a signal to hold back'
        : `You carried on while ${enSignal(f.cue, f.name)}`,
    explanation: (f) =>
      [
        'Turning away, changing the subject, crossing one’s arms: these signals often say “that’s enough for today”.',
        'Carrying on at that moment asks more of the relationship: the unspoken rule of not intruding comes before what you meant to say.',
        `Following ${f.name}’s rhythm also means knowing when to stop for today.`,
      ].join(' '),
    question: (f) => `What mattered most to you at that moment, and what did you make of ${f.name}’s signal?`,
  },
  percheOffered: {
    title: (f) => (f.topic === undefined ? 'You held out a line' : `A line held out: ${enTopic(f.topic)}`),
    explanation: (f) => {
      const offered =
        f.topic === undefined
          ? `Holding out a line (“tendre une perche”) means naming a concrete option so that ${f.name} knows it exists, without asking for anything.`
          : `Holding out a line (“tendre une perche”) means naming a concrete option (here, ${enTopic(f.topic)}) so that ${f.name} knows it exists, without asking for anything.`;
      switch (f.percheAnswer) {
        case 'taken':
          return `${offered} ${cap(f.name)} took it up: it became their own request, and that is what makes it last.`;
        case 'refused':
          return `${offered} ${cap(f.name)} said no, and that refusal is theirs: a position taken on their own path. The option is still there for later.`;
        default:
          return `${offered} It is still open for now: a suggestion is never neutral, it prepares later openings. The person always decides whether to take it.`;
      }
    },
    question: (f) => {
      switch (f.percheAnswer) {
        case 'taken':
          return 'What do you think made that moment the right one?';
        case 'refused':
          return 'How did you take that refusal, in the moment?';
        default:
          return 'What made you choose that moment to hold out this line?';
      }
    },
  },
  refusalAccepted: {
    title: (f) => `You accepted ${f.name}’s refusal`,
    explanation: (f) =>
      [
        `A refusal is not a closed door: it is ${f.name} taking a position on their own path.`,
        'By accepting it without insisting, you respected their autonomy and kept the relationship.',
        'The suggestion can come back, at the person’s own pace.',
      ].join(' '),
    question: () => 'How did it feel to set the suggestion aside?',
  },
  visitCapReached: {
    title: () => 'Trust is not built in a single visit',
    explanation: (f) =>
      [
        `On this visit, ${f.name}’s trust could not grow any further, whatever you did.`,
        'The relationship is woven over many encounters: some people only come for material for a long time, and that is fine.',
        'Simply coming back is part of the work.',
      ].join(' '),
    question: (f) => `What would you like ${f.name} to keep from this visit?`,
  },
  emergencyStarted: {
    title: () => 'The emergency begins',
    explanation: (f) =>
      [
        `When ${f.name}’s life or safety is at stake, priorities change: acting quickly becomes the right distance.`,
        'In these moments, waiting or attending to something else costs more than stepping in.',
        'It is the exception: outside an emergency, the person’s rhythm takes its place again.',
      ].join(' '),
    question: () => 'What told you that the situation had just changed?',
  },
  hesitated: {
    title: () => 'A pause during the emergency',
    explanation: (f) =>
      [
        `During the emergency, ${enActPast(f.act, f.name, f.topic)}: that time counted for ${f.name}’s safety.`,
        'In these moments, safety and the relationship come before everything else, and acting quickly is right.',
        'Looking back at what held you back is part of learning.',
      ].join(' '),
    question: () => 'What made you wait at that moment?',
  },
  distracted: {
    title: () => 'Attention elsewhere during the emergency',
    explanation: (f) =>
      [
        `During the emergency, ${enActPast(f.act, f.name, f.topic)}: something that could have waited.`,
        `When ${f.name}’s safety is at stake, everything else comes after.`,
        'What counts then is the action that protects, right away.',
      ].join(' '),
    question: () => 'What drew your attention at that moment?',
  },
  linkBroken: {
    title: () => 'The relationship broke',
    explanation: (f) =>
      [
        f.brokenReason === 'repeatedRushes'
          ? `Several moves close together asked for more than ${f.name} could give, and the relationship broke.`
          : `${cap(f.name)}’s trust wore down over the encounter until it broke.`,
        'In the field, the relationship comes before every other goal: once broken, it takes time to rebuild.',
        'The moments just before are the richest ones to look back on.',
      ].join(' '),
    question: () => 'Looking back at the moments before, which one would you like to replay, and why?',
  },
};

const ENGLISH: DebriefStrings = {
  lang: 'en',
  colon: ': ',
  documentTitle: 'Looking back on the encounter — Bonne distance',
  heading: 'Looking back on the encounter',
  encounter: (title, name) => `${title}, with ${name}`,
  someone: 'the person',

  outcome: {
    label: 'Outcome',
    statuses: {
      kept: 'relationship kept',
      broken: 'relationship broken',
      handled: 'emergency handled',
      referred: 'referral accepted',
      ended: 'encounter ended',
    },
    unfinished: 'encounter not finished',
    unfinishedNote:
      'This encounter stopped before the end. The debrief covers what happened up to then, and that is already a lot.',
    failure:
      'The encounter stopped because of a problem in its text, which the person who wrote it needs to fix. Nothing you chose caused it.',
    failureDetails: 'Details for the person who wrote the encounter',
  },

  actions: {
    label: 'Actions',
    exportJson: 'Export (JSON)',
    print: 'Print',
    close: 'Back to the start',
  },

  reactions: {
    heading: 'Your reactions',
    prompt: 'How did that go for you?',
    hint: 'What you felt, what surprised you: a few words are enough, and they stay with this session. Nothing here is assessed.',
    continue: 'Continue',
    empty: 'No reactions written.',
  },

  attempts: {
    legend: 'Attempt to look back on',
    attempt: (attempt, replayedFrom) =>
      replayedFrom === undefined ? `Attempt ${attempt}` : `Attempt ${attempt} (replayed from decision ${replayedFrom})`,
  },

  description: {
    heading: 'What happened',
    intro: (name) =>
      `The encounter, step by step: the lines, your choices, the distances and ${name}’s gestures. Every decision can be replayed.`,
    you: 'You',
    decision: (decision) => `Decision ${decision}`,
    chose: 'Your choice',
    offered: 'Choices on offer',
    yourChoice: 'your choice',
    showAll: 'Show all',
    showLess: 'Show less',
    replay: 'Replay this moment',
    replayWhich: (decision, choice) => `decision ${decision}, “${choice}”`,
    seeExplanation: 'See the explanation',
    ended: (status) => `End of the encounter: ${status}`,
    empty: 'Nothing has been played in this attempt yet.',
  },

  analysis: {
    heading: (name) => `What ${name} lived through`,
    intro: (name) =>
      `The trust that stayed hidden during the encounter is shown here as ${name} lived it, decision by decision. It is not a grade: it is a guide back to the moments that mattered.`,
    curveHeading: 'The relationship over the encounter',
    marksHeading: 'Moments that stood out',
    noMarks: (name) =>
      `No particular moment was noted in this attempt: the curve shows how the relationship with ${name} developed.`,
    concept: 'Concept',
    question: 'To reflect on',
    seeInTimeline: 'Show in the timeline',
    decision: (decision) => `Decision ${decision}`,
  },

  curve: {
    bands: { fragile: 'fragile', building: 'building', solid: 'solid' },
    broken: 'broken',
    decisions: 'Decisions',
    legend: 'Curves',
    lineStyles: { solid: 'solid line', dashed: 'dashed line' },
    summary: {
      start: (name, level) => `The relationship with ${name} is ${level} at first`,
      rose: (from, to) => `grows ${enDecisions(from, to)}`,
      fell: (from, to) => `falls back ${enDecisions(from, to)}`,
      steady: 'holds steady',
      broke: (decision) => (decision === undefined ? 'breaks' : `breaks at decision ${decision}`),
      end: (level) => `ends ${level}`,
      join: enJoin,
    },
    alongside: (label, summary) => `Dashed, ${label}: ${summary}`,
    markShapes: 'Shapes of the marked moments',
  },

  safety: {
    heading: (name) => `${cap(name)}’s safety`,
    intro: (name) =>
      `In an emergency, ${name}’s safety comes first, together with the relationship. This curve appears only then: acting quickly keeps it, waiting or attending to something else wears it down.`,
    levels: { danger: 'at risk', weakened: 'weakened', kept: 'kept' },
    summary: {
      start: (name, level) => `${cap(name)}’s safety is ${level} at first`,
      rose: (from, to) => `recovers ${enDecisions(from, to)}`,
      fell: (from, to) => `drops ${enDecisions(from, to)}`,
      steady: 'holds steady',
      broke: (decision) => (decision === undefined ? 'stops' : `stops at decision ${decision}`),
      end: (level) => `ends ${level}`,
      join: enJoin,
    },
  },

  marks: EN_MARKS,
  markKinds: {
    rushed: 'Before the relationship allowed it',
    cueRespected: 'Signal respected',
    cueIgnored: 'Signal passed over',
    percheOffered: 'Line held out',
    refusalAccepted: 'Refusal accepted',
    visitCapReached: 'What one visit allows',
    emergencyStarted: 'Emergency begins',
    hesitated: 'Pause in the emergency',
    distracted: 'Attention elsewhere in the emergency',
    linkBroken: 'Relationship broken',
  },

  takeaways: {
    heading: 'To take away',
    none: 'Look back over the curve and the timeline: what happened in this attempt is yours to make sense of.',
    items: {
      linkBrokeAfterRushes: (f) =>
        `The relationship with ${f.name} broke after several moves that came before the trust did. The relationship comes first: moving at the person’s pace protects it.`,
      linkBrokeTrustExhausted: (f) =>
        `${cap(f.name)}’s trust wore down until it broke. Every move that asks for more than has been given weighs on the relationship.`,
      rushesCostTrust: (f) =>
        `${cap(enTimes(f.count))}, a move came before the relationship allowed it, and ${f.name}’s trust fell back. The right moments can be read in the person’s signals.`,
      cuesRespected: (f) =>
        `You left room ${enTimes(f.count)} when ${f.name} signalled it was enough: that is following their rhythm, and the relationship comes out stronger.`,
      cueIgnored: (f) =>
        `${cap(enTimes(f.count))}, you carried on despite a signal from ${f.name}. Such signals often mean “not now”: stopping there is part of the work.`,
      percheRefusedRespected: (f) =>
        `${cap(f.name)} turned down a suggestion and you accepted it: that is their position on their own path, and the relationship held.`,
      percheTaken: (f) =>
        `${cap(f.name)} took up the line you held out: a request that comes from the person is the one that lasts.`,
      percheLeftOpen: () =>
        'The line you held out is still open: a suggestion is never neutral, it prepares later openings.',
      presenceBuiltTrust: (f) =>
        `Your presence, simple and asking for nothing, let the relationship with ${f.name} grow: everything else rests on it.`,
      visitCapPatience: (f) =>
        `The relationship reached what a single visit allows: with ${f.name}, it will be built over several encounters.`,
      emergencyActedQuickly: (f) =>
        `In the emergency, you acted quickly for ${f.name}: that is when acting fast is right.`,
      emergencyHesitated: (f) =>
        `In the emergency, there ${f.count === 1 ? 'was a pause' : `were ${enCount(f.count)} pauses`}. When ${f.name}’s safety is at stake, acting quickly comes first.`,
      linkKept: (f) =>
        `The relationship with ${f.name} held to the end of the encounter: the ground for everything that may follow.`,
    },
  },

  anotherWay: {
    heading: 'Another way to go about it',
    intro:
      'Once you have done your own analysis, you can open another path: the one that keeps the most trust, found by exploring the story’s branches. It is not the only right way: it is an option to compare with yours.',
    open: 'Show another way',
    busy: 'Searching…',
    none: 'No other path could be found for this encounter.',
    failed: 'The search could not be completed. You can try again.',
    retry: 'Try again',
    resultHeading: 'Your path and the other way, side by side',
    yours: 'Your path',
    theirs: 'The other way',
    decision: (decision) => `Decision ${decision}`,
    same: 'same choice',
    noChoice: 'no decision here',
    curveLabel: 'the other way',
    yourCurve: 'your attempt',
  },
};

const STRINGS: Readonly<Record<Language, DebriefStrings>> = { fr: FRENCH, en: ENGLISH };

export function debriefStrings(lang: Language): DebriefStrings {
  return STRINGS[lang];
}
