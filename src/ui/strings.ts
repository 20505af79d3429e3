/**
 * Every word the interface says, in standard Québec French (first) and Canadian
 * English; the stories bring their own words in their own register. Both objects
 * have the same shape, so a string missing in one language is a type error.
 *
 * Nothing shown during play names the trust, points or a score (STYLE.md, seam 3):
 * the person's body language and the distance are described as a trainee would see
 * them. Only the About page says that the trust exists and is revealed afterwards;
 * the history names how encounters ended (after play), and `reveal` holds the words of
 * the facilitators' demonstration mode, which is off unless they turn it on.
 */
import type { Concept, Cue, Distance, EndStatus, Language, LinkBand, Moment, Setting } from '../engine/index.ts';
import type { TextSize, TextSpeed } from './settings.ts';

/** A sentence about the person, whose name (or "the person") is given. */
type AboutPerson = (name: string) => string;

export interface AboutSection {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  /** Shown as a bulleted list after the paragraphs. */
  readonly items?: readonly string[];
}

export interface UiStrings {
  readonly lang: Language;
  readonly appName: string;
  /** Between a label and its value: French typography puts a (non-breaking) space before the colon. */
  readonly colon: string;
  /** Between the items of a short list (content notes). */
  readonly separator: string;
  /** The other language's switch: its name, in that language, as a person looking for it would read it. */
  readonly otherLanguage: { readonly lang: Language; readonly label: string };
  readonly dateTime: (timestamp: number) => string;

  readonly start: {
    readonly purpose: string;
    readonly navigationLabel: string;
    readonly views: {
      readonly encounters: string;
      readonly history: string;
      readonly settings: string;
      readonly about: string;
    };
    readonly catalogueHeading: string;
    readonly emptyCatalogue: string;
    readonly facts: {
      readonly character: string;
      readonly setting: string;
      readonly time: string;
      readonly duration: string;
      readonly concepts: string;
      readonly contentNotes: string;
    };
    readonly minutes: (duration: number) => string;
    readonly settings: Readonly<Record<Setting, string>>;
    readonly concepts: Readonly<Record<Concept, string>>;
    /** The button on each encounter; the encounter's title follows it for screen readers. */
    readonly startEncounter: string;
    readonly resumeHeading: string;
    readonly resumeDescription: (title: string, savedAt: string) => string;
    readonly resume: string;
    readonly warnings: {
      readonly heading: string;
      readonly intro: (title: string) => string;
      readonly reassurance: string;
      readonly start: string;
      readonly cancel: string;
    };
    readonly backToEncounters: string;
  };

  readonly settings: {
    readonly heading: string;
    readonly intro: string;
    readonly sound: string;
    readonly volume: string;
    readonly volumeValue: (percent: number) => string;
    readonly mute: string;
    readonly text: string;
    readonly textSize: string;
    readonly textSizes: Readonly<Record<TextSize, string>>;
    readonly textSpeed: string;
    readonly textSpeeds: Readonly<Record<TextSpeed, string>>;
    readonly display: string;
    readonly reducedMotion: string;
    readonly reducedMotionHint: string;
    readonly highContrast: string;
    readonly notPersistent: string;
    /** The facilitators' group of settings. */
    readonly facilitators: string;
    /** The reveal mode's checkbox: shows the trust during play, for a demonstration. */
    readonly revealTrust: string;
    readonly revealTrustHint: string;
    /** Asked before the reveal mode is turned on (never before it is turned off). */
    readonly revealConfirm: {
      readonly heading: string;
      readonly paragraphs: readonly string[];
      readonly confirm: string;
      readonly cancel: string;
    };
  };

  /** The sessions played on this device, listed after play: outcomes in words, never a score. */
  readonly history: {
    readonly heading: string;
    readonly intro: string;
    readonly loading: string;
    readonly loadFailed: (message: string) => string;
    readonly retry: string;
    readonly empty: string;
    /** IndexedDB is not available: the history is kept in memory and ends with the tab. */
    readonly notPersistent: string;
    /** Some stored sessions could not be read; they were set aside, not deleted. */
    readonly unreadable: (count: number) => string;
    readonly facts: { readonly date: string; readonly outcome: string; readonly attempts: string };
    /** How the latest attempt ended. */
    readonly outcomes: Readonly<Record<EndStatus, string>>;
    /** The latest attempt did not reach an end (left, or stopped by a problem). */
    readonly unfinished: string;
    /** The buttons on each session; its title and date follow for screen readers. */
    readonly open: string;
    readonly delete: string;
    readonly confirmDelete: (title: string, date: string) => string;
    readonly confirmDeleteButton: string;
    readonly cancel: string;
    readonly deleted: (title: string) => string;
    readonly deleteAll: string;
    /** `unreadable` entries are deleted too: the question says so when there are any. */
    readonly confirmDeleteAll: (count: number, unreadable: number) => string;
    readonly confirmDeleteAllButton: string;
    readonly allDeleted: string;
    readonly deleteFailed: (message: string) => string;
    /** A finished encounter could not be added: the device's storage is full. */
    readonly storageFull: string;
  };

  /**
   * The trainee's own encounters on this device ("Mes rencontres"), listed after the
   * shipped ones: added from the studio or imported from a file a trainer handed over.
   */
  readonly library: {
    readonly heading: string;
    readonly intro: string;
    /** IndexedDB is not available: the library is kept in memory and ends with the tab. */
    readonly notPersistent: string;
    /** Some stored encounters could not be read; they were set aside, not deleted. */
    readonly unreadable: (count: number) => string;
    /** Encounters of the library written in the other language, listed when the interface is in it. */
    readonly inOtherLanguage: (count: number) => string;
    readonly loadFailed: (message: string) => string;
    /** The button on each of the trainee's encounters; its title follows for screen readers. */
    readonly remove: string;
    readonly confirmRemove: (title: string) => string;
    readonly confirmRemoveButton: string;
    readonly cancel: string;
    readonly removed: (title: string) => string;
    readonly removeFailed: (message: string) => string;
    /** The file input's visible label. */
    readonly importLabel: string;
    /**
     * The face of the file picker's button, in the game's language: the browser's own
     * ("Choose Files", "No file chosen") speaks the browser's language, not the game's.
     */
    readonly importChoose: string;
    readonly importHint: string;
    readonly checking: (fileName: string) => string;
    /** Several files chosen together: the parts of one encounter. */
    readonly checkingFiles: (count: number) => string;
    readonly added: (title: string) => string;
    /** An encounter with the same id and language was there: the new version took its place. */
    readonly replaced: (title: string) => string;
    /** Added, in the other language: listed once the interface is switched to it. */
    readonly addedInOtherLanguage: (title: string) => string;
    /** The import was refused: the file, then each problem as `fichier:ligne : message`. */
    readonly refused: (fileName: string) => string;
    /** The files chosen together were refused; each problem follows, with its file. */
    readonly refusedFiles: (count: number) => string;
    readonly diagnostic: (where: string, message: string) => string;
    readonly moreProblems: (count: number) => string;
    readonly nothingChanged: string;
    readonly storageFull: (fileName: string) => string;
    readonly importFailed: (fileName: string, message: string) => string;
    /** On the About page, before the link to the trainers' studio. */
    readonly studioIntro: string;
    /** The link to the trainers' studio (`?studio`). */
    readonly studioLink: string;
    /**
     * The studio's "Ajouter à ma bibliothèque" could not keep the encounter. The studio
     * shows these after its own "La rencontre n’a pas été ajoutée :", so they do not say it again.
     */
    readonly studioStorageFull: string;
    readonly studioRefused: (problems: string) => string;
  };

  /** The live meter of the facilitators' demonstration mode (settings `revealTrust`), never shown otherwise. */
  readonly reveal: {
    readonly meterLabel: string;
    readonly bands: Readonly<Record<LinkBand, string>>;
    /** The second meter, during an emergency. */
    readonly safetyLabel: string;
  };

  readonly about: {
    readonly heading: string;
    readonly sections: readonly AboutSection[];
  };

  /** What the app says outside the dialogue: a save that changed, an address it cannot use. */
  readonly notices: {
    readonly region: string;
    readonly dismiss: string;
    readonly restart: string;
    /** The saved encounter's story changed since the save: it can only start over. */
    readonly storyChanged: (title: string) => string;
    /** The save on this device could not be read; it was set aside, not deleted. */
    readonly saveUnreadable: string;
    readonly encounterNotFound: (id: string) => string;
    readonly addressProblem: (problem: string) => string;
    /** The picture cannot be drawn (no WebGL): the encounter goes on in text. */
    readonly stageUnavailable: string;
    readonly loadFailed: (title: string) => string;
    /** Something went wrong that the app did not foresee; what it was, as text. */
    readonly unexpected: (message: string) => string;
    /** A moment of the debrief could not be played again; `reason` says why (in English, from the engine). */
    readonly replayUnavailable: (reason: string) => string;
    /** A session from the history could not be opened. */
    readonly sessionUnavailable: string;
    /** The studio (`?studio`) could not be loaded. */
    readonly studioUnavailable: (message: string) => string;
  };

  readonly dialogue: {
    /** The accessible name of the dialogue history (a `log`). */
    readonly log: string;
    /** How the trainee (`speaker: worker`) is named. */
    readonly you: string;
    readonly continue: string;
    /** The accessible name of the group of choices. */
    readonly choices: string;
    readonly choiceHint: (count: number) => string;
    readonly endHeading: string;
    readonly ended: string;
    readonly backToStart: string;
    /** The end panel's button when the debrief follows. */
    readonly openDebrief: string;
    /** A failure said as it is, for the studio's preview (the trainer reads ink's words there). */
    readonly failure: (message: string) => string;
    /**
     * The end panel when the story failed at run time: calm, in the trainee's words, and
     * naming where the author must look (`place`, from `failurePlace`) when it is known.
     */
    readonly failureText: (place: string | undefined) => string;
    /** Added when what was played is kept and debriefed (a choice was made). */
    readonly failureKept: string;
    /** The summary of the technical detail, folded away under the calm message. */
    readonly failureDetails: string;
    /** A file and a line of the story, as the failure names them. */
    readonly failurePlace: (file: string, line: string) => string;
    /** A knot of the story, as a failure names it when ink gives no line. */
    readonly failureKnot: (knot: string) => string;
    /** The studio's preview: puts the editor's cursor on the line or the knot a failure names. */
    readonly failureGoToLine: (line: string) => string;
    readonly failureGoToKnot: (knot: string) => string;
    readonly progressNotSaved: string;
  };

  /** Stage directions as the history writes them, for every reader and for screen readers. */
  readonly stage: {
    /** Names the person when the story's header does not: at the start of a sentence, then within one. */
    readonly someone: string;
    readonly someoneWithin: string;
    readonly cues: Readonly<Record<Cue, AboutPerson>>;
    /** The trainee moved closer, to this distance. */
    readonly closer: Readonly<Record<Exclude<Distance, 'far'>, AboutPerson>>;
    /** The trainee stepped back, to this distance. */
    readonly farther: Readonly<Record<Exclude<Distance, 'close'>, AboutPerson>>;
    /** The distance changed without the trainee moving (the person stepped back). */
    readonly now: Readonly<Record<Distance, AboutPerson>>;
    readonly moments: Readonly<Record<Moment, AboutPerson>>;
    readonly visit: (visit: number) => string;
  };
}

const FRENCH: UiStrings = {
  lang: 'fr',
  appName: 'Bonne distance',
  colon: '\u00a0: ',
  separator: '\u00a0; ',
  otherLanguage: { lang: 'en', label: 'English' },
  dateTime: (timestamp) =>
    new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(timestamp)),

  start: {
    purpose:
      'Un simulateur pour s’exercer au travail de rue en réduction des méfaits : les stagiaires y apprennent à créer le lien sans le brusquer, les formatrices et formateurs s’en servent en atelier, et les organismes y ajoutent leurs propres rencontres.',
    navigationLabel: 'Menu principal',
    views: { encounters: 'Rencontres', history: 'Historique', settings: 'Réglages', about: 'À propos' },
    catalogueHeading: 'Rencontres',
    emptyCatalogue: 'Aucune rencontre en français pour l’instant.',
    facts: {
      character: 'Personne',
      setting: 'Lieu',
      time: 'Moment',
      duration: 'Durée',
      concepts: 'Notions travaillées',
      contentNotes: 'Sujets sensibles',
    },
    minutes: (duration) => `${duration}\u00a0min`,
    settings: {
      street: 'Rue',
      bus: 'Bus d’intervention',
      site: 'Site fixe',
      cafe: 'Café',
      home: 'Domicile',
      clinic: 'Clinique',
    },
    concepts: {
      lien: 'Le lien',
      'voisinage-courtois': 'Le voisinage courtois',
      'suggestion-legitime': 'La suggestion légitime',
      rythme: 'Le rythme de la personne',
      'non-demande': 'La non-demande',
      refus: 'Le refus',
      urgence: 'L’urgence',
      accompagnement: 'L’accompagnement',
      'plan-de-changement': 'Le plan de changement',
      reseau: 'Le réseau social',
    },
    startEncounter: 'Commencer',
    resumeHeading: 'Rencontre en cours',
    resumeDescription: (title, savedAt) => `${title}, enregistrée le ${savedAt}.`,
    resume: 'Continuer',
    warnings: {
      heading: 'Avant de commencer',
      intro: (title) => `La rencontre « ${title} » aborde des sujets sensibles :`,
      reassurance: 'Vous pouvez quitter la rencontre à tout moment.',
      start: 'Commencer',
      cancel: 'Annuler',
    },
    backToEncounters: 'Retour aux rencontres',
  },

  settings: {
    heading: 'Réglages',
    intro: 'Les changements s’appliquent tout de suite.',
    sound: 'Son',
    volume: 'Volume',
    volumeValue: (percent) => `${percent}\u00a0%`,
    mute: 'Couper le son',
    text: 'Texte',
    textSize: 'Taille du texte',
    textSizes: { normal: 'Normale', large: 'Grande', 'x-large': 'Très grande' },
    textSpeed: 'Vitesse d’affichage du texte',
    textSpeeds: { slow: 'Lente', normal: 'Normale', fast: 'Rapide', instant: 'Instantanée' },
    display: 'Affichage',
    reducedMotion: 'Réduire les animations',
    reducedMotionHint: 'Le texte s’affiche d’un coup et la scène ne bouge plus.',
    highContrast: 'Contraste élevé',
    notPersistent:
      'Vos réglages ne peuvent pas être enregistrés sur cet appareil : ils valent jusqu’à la fermeture de la page.',
    facilitators: 'Formation',
    revealTrust: 'Mode démonstration (formateurs) : afficher le lien pendant le jeu',
    revealTrustHint:
      'Pour une démonstration au projecteur. À laisser désactivé quand une ou un stagiaire joue : le lien se découvre au retour sur la rencontre. Le mode se désactive quand la page est rechargée.',
    revealConfirm: {
      heading: 'Activer le mode démonstration\u00a0?',
      paragraphs: [
        'Le lien avec la personne, caché d’habitude, sera affiché en direct pendant les rencontres.',
        'C’est justement ce que les stagiaires doivent découvrir, dans les gestes et les mots de la personne, puis au bilan. Ce mode sert aux formatrices et formateurs, pour une démonstration au projecteur.',
      ],
      confirm: 'Activer le mode démonstration',
      cancel: 'Annuler',
    },
  },

  history: {
    heading: 'Historique',
    intro: 'Les rencontres jouées sur cet appareil, de la plus récente à la plus ancienne.',
    loading: 'Chargement de l’historique…',
    loadFailed: (message) => `L’historique n’a pas pu être lu : ${message}`,
    retry: 'Réessayer',
    empty: 'Aucune rencontre jouée sur cet appareil pour l’instant.',
    notPersistent:
      'Cet appareil ne permet pas de garder l’historique : il ne vaut que pour cet onglet et s’efface à sa fermeture.',
    unreadable: (count) =>
      count === 1
        ? 'Une rencontre enregistrée n’a pas pu être lue. Elle a été mise de côté, pas effacée.'
        : `${count} rencontres enregistrées n’ont pas pu être lues. Elles ont été mises de côté, pas effacées.`,
    facts: { date: 'Dernière partie', outcome: 'Issue', attempts: 'Essais' },
    outcomes: {
      kept: 'lien gardé',
      broken: 'lien brisé',
      handled: 'urgence prise en charge',
      referred: 'orientation acceptée',
      ended: 'rencontre terminée',
    },
    unfinished: 'inachevée',
    open: 'Ouvrir',
    delete: 'Supprimer',
    confirmDelete: (title, date) => `Supprimer « ${title} » (${date}) de l’historique\u00a0? C’est définitif.`,
    confirmDeleteButton: 'Oui, supprimer',
    cancel: 'Annuler',
    deleted: (title) => `« ${title} » a été supprimée de l’historique.`,
    deleteAll: 'Tout supprimer',
    confirmDeleteAll: (count, unreadable) =>
      `Supprimer tout l’historique de cet appareil (${count === 1 ? '1 rencontre' : `${count} rencontres`})\u00a0? C’est définitif.${
        unreadable > 0 ? ' Les rencontres illisibles mises de côté seront effacées aussi.' : ''
      }`,
    confirmDeleteAllButton: 'Oui, tout supprimer',
    allDeleted: 'L’historique a été vidé.',
    deleteFailed: (message) => `La suppression n’a pas fonctionné : ${message}`,
    storageFull: 'L’appareil n’a plus de place : cette rencontre n’a pas été ajoutée à l’historique.',
  },

  library: {
    heading: 'Mes rencontres',
    intro:
      'Les rencontres ajoutées sur cet appareil\u00a0: écrites dans le studio, ou importées d’un fichier qu’une formatrice ou un formateur vous a remis.',
    notPersistent:
      'Cet appareil ne permet pas de garder vos rencontres\u00a0: elles ne valent que pour cet onglet et s’effacent à sa fermeture.',
    unreadable: (count) =>
      count === 1
        ? 'Une de vos rencontres n’a pas pu être lue. Elle a été mise de côté, pas effacée.'
        : `${count} de vos rencontres n’ont pas pu être lues. Elles ont été mises de côté, pas effacées.`,
    inOtherLanguage: (count) =>
      count === 1
        ? 'Une de vos rencontres est en anglais\u00a0: elle s’affiche quand l’interface est en English.'
        : `${count} de vos rencontres sont en anglais\u00a0: elles s’affichent quand l’interface est en English.`,
    loadFailed: (message) => `Vos rencontres n’ont pas pu être lues\u00a0: ${message}`,
    remove: 'Retirer de ma bibliothèque',
    confirmRemove: (title) =>
      `Retirer « ${title} » de votre bibliothèque\u00a0? Les parties déjà jouées restent dans l’historique.`,
    confirmRemoveButton: 'Oui, retirer',
    cancel: 'Annuler',
    removed: (title) => `« ${title} » a été retirée de votre bibliothèque.`,
    removeFailed: (message) => `La rencontre n’a pas pu être retirée\u00a0: ${message}`,
    importLabel: 'Importer une rencontre (.ink ou .json)',
    importChoose: 'Choisir un ou des fichiers…',
    importHint:
      'Le fichier est vérifié avant d’être ajouté. S’il contient une erreur, il est refusé et rien d’autre ne change. Si la rencontre tient en plusieurs fichiers .ink, choisissez-les tous ensemble.',
    checking: (fileName) => `Vérification de « ${fileName} »…`,
    checkingFiles: (count) => `Vérification des ${count} fichiers…`,
    added: (title) => `« ${title} » a été ajoutée à Mes rencontres.`,
    replaced: (title) => `« ${title} » a été remplacée par la version importée.`,
    addedInOtherLanguage: (title) =>
      `« ${title} » a été ajoutée à Mes rencontres. Elle est en anglais\u00a0: passez l’interface en English pour la voir.`,
    refused: (fileName) => `« ${fileName} » n’a pas été ajoutée\u00a0: le fichier contient des erreurs.`,
    refusedFiles: (count) =>
      `La rencontre n’a pas été ajoutée\u00a0: les ${count} fichiers choisis contiennent des erreurs.`,
    diagnostic: (where, message) => `${where}\u00a0: ${message}`,
    moreProblems: (count) => (count === 1 ? 'et 1 autre problème.' : `et ${count} autres problèmes.`),
    nothingChanged: 'Rien n’a changé dans votre bibliothèque.',
    storageFull: (fileName) =>
      `L’appareil n’a plus de place\u00a0: « ${fileName} » n’a pas été ajoutée. Retirez une rencontre ou libérez de l’espace, puis réessayez.`,
    importFailed: (fileName, message) => `« ${fileName} » n’a pas pu être importée\u00a0: ${message}`,
    studioIntro: 'Pour écrire une rencontre, la vérifier et l’ajouter à votre bibliothèque\u00a0:',
    studioLink: 'Studio (formateurs)',
    studioStorageFull:
      'l’appareil n’a plus de place. Retirez une rencontre de votre bibliothèque ou libérez de l’espace, puis réessayez.',
    studioRefused: (problems) => `elle contient des erreurs\u00a0: ${problems}`,
  },

  reveal: {
    meterLabel: 'Lien (mode démonstration)',
    bands: { fragile: 'fragile', building: 'en construction', solid: 'solide', broken: 'brisé' },
    safetyLabel: 'Sécurité (urgence)',
  },

  about: {
    heading: 'À propos de Bonne distance',
    sections: [
      {
        heading: 'À quoi ça sert',
        paragraphs: [
          'Bonne distance est un simulateur de formation au travail de proximité en réduction des méfaits, à Montréal. On y vit de courtes rencontres avec des personnes qui consomment des drogues : dans la rue, au bus d’intervention, au site fixe.',
          'Chaque choix compte : où se placer, quoi dire, quand se taire, quand repasser. Il n’y a pas de réplique à apprendre par cœur : il y a une personne, son rythme, et un lien à créer sans le brusquer.',
        ],
      },
      {
        heading: 'Pour qui',
        paragraphs: [],
        items: [
          'Les stagiaires et les nouvelles personnes intervenantes, pour s’exercer sans risque avant le terrain.',
          'Les formatrices et formateurs, qui s’en servent en atelier pour discuter des choix faits.',
          'Les organismes, qui peuvent écrire leurs propres rencontres, dans leurs mots.',
        ],
      },
      {
        heading: 'Sur quoi il s’appuie',
        paragraphs: [
          'Les rencontres s’appuient sur l’article de Romain Paumier, « Connaitre le bon moment et la bonne distance : les stratégies de gestion de la proximité dans l’intervention de première ligne visant l’autonomie des usagers de drogues par injection », paru dans la revue Nouvelles pratiques sociales (vol. 29, no 1).',
          'Fondé sur des entretiens avec des intervenantes et intervenants de première ligne à Montréal, il décrit deux façons de trouver la bonne distance : le voisinage courtois (s’entendre sur la présence) et la suggestion légitime (s’entendre sur ce qui peut être dit). Les scènes et les personnes des rencontres sont fictives.',
        ],
      },
      {
        heading: 'Le lien, caché pendant le jeu',
        paragraphs: [
          'Pendant une rencontre, la confiance de la personne n’est affichée nulle part : comme sur le terrain, on la lit dans ses gestes et dans ses mots. Elle n’est révélée qu’au bilan, à la fin, avec ce qui l’a fait grandir ou reculer.',
        ],
      },
      {
        heading: 'Nos mots',
        paragraphs: [
          'Nous nommons d’abord les personnes : « une personne qui consomme », jamais une étiquette. Les personnes rencontrées ne sont pas des cas à régler : elles choisissent leur propre chemin, et refuser fait partie de ce choix.',
        ],
      },
    ],
  },

  notices: {
    region: 'Messages',
    dismiss: 'Fermer le message',
    restart: 'Recommencer la rencontre',
    storyChanged: (title) =>
      `La rencontre « ${title} » a changé depuis votre dernière partie : elle ne peut que reprendre au début.`,
    saveUnreadable:
      'La partie en cours enregistrée sur cet appareil n’a pas pu être lue. Elle a été mise de côté, pas effacée.',
    encounterNotFound: (id) => `Aucune rencontre ne s’appelle « ${id} » : voici la liste.`,
    addressProblem: (problem) => `L’adresse de la page contient une valeur inutilisable (${problem}).`,
    stageUnavailable:
      'La scène illustrée ne peut pas s’afficher sur cet appareil. La rencontre continue en texte seulement.',
    loadFailed: (title) => `La rencontre « ${title} » n’a pas pu être chargée. Vérifiez la connexion et réessayez.`,
    unexpected: (message) => `Un problème imprévu est survenu : ${message}`,
    replayUnavailable: (reason) => `Ce moment ne peut pas être rejoué (${reason}).`,
    sessionUnavailable: 'Cette rencontre de l’historique n’a pas pu être ouverte. Elle est gardée telle quelle.',
    studioUnavailable: (message) => `Le studio n’a pas pu s’ouvrir\u00a0: ${message}`,
  },

  dialogue: {
    log: 'Dialogue',
    you: 'Vous',
    continue: 'Continuer',
    choices: 'Choix',
    choiceHint: (count) =>
      count === 1
        ? 'Appuyez sur 1 pour choisir.'
        : `Appuyez sur un chiffre de 1 à ${Math.min(count, 9)} pour choisir, ou utilisez les flèches.`,
    endHeading: 'Fin de la rencontre',
    ended: 'La rencontre est terminée.',
    backToStart: 'Retour à l’accueil',
    openDebrief: 'Voir le retour sur la rencontre',
    failure: (message) => `La rencontre s’est arrêtée à cause d’un problème : ${message}`,
    failureText: (place) =>
      `Cette rencontre s’arrête ici : son texte a un problème que la personne qui l’a écrite doit corriger${place === undefined ? '' : ` (${place})`}.`,
    failureKept: 'Votre parcours jusqu’ici est gardé.',
    failureDetails: 'Détails pour la personne qui a écrit la rencontre',
    failurePlace: (file, line) => `${file}, ligne ${line}`,
    failureKnot: (knot) => `nœud «\u00a0${knot}\u00a0»`,
    failureGoToLine: (line) => `Aller à la ligne ${line}`,
    failureGoToKnot: (knot) => `Aller au nœud «\u00a0${knot}\u00a0»`,
    progressNotSaved: 'Votre progression ne peut pas être enregistrée sur cet appareil.',
  },

  stage: {
    someone: 'La personne',
    someoneWithin: 'la personne',
    cues: {
      turns_away: (name) => `${name} se détourne`,
      changes_subject: (name) => `${name} change de sujet`,
      smiles: (name) => `${name} sourit`,
      arms_crossed: (name) => `${name} croise les bras`,
      eye_contact: (name) => `${name} vous regarde dans les yeux`,
      steps_back: (name) => `${name} recule d’un pas`,
      leans_in: (name) => `${name} se penche vers vous`,
      silence: (name) => `${name} se tait`,
      agitated: (name) => `${name} s’agite`,
    },
    closer: {
      near: (name) => `Vous vous approchez : vous êtes à quelques pas de ${name}`,
      close: (name) => `Vous vous approchez : vous êtes tout près de ${name}`,
    },
    farther: {
      near: (name) => `Vous reculez : vous êtes à quelques pas de ${name}`,
      far: (name) => `Vous reculez : vous gardez vos distances avec ${name}`,
    },
    now: {
      far: (name) => `Vous êtes maintenant à distance de ${name}`,
      near: (name) => `Vous êtes maintenant à quelques pas de ${name}`,
      close: (name) => `Vous êtes maintenant tout près de ${name}`,
    },
    moments: {
      open: (name) => `${name} semble plus disponible`,
      guarded: (name) => `${name} reste sur ses gardes`,
      closed: (name) => `${name} se ferme`,
      emergency: (name) => `Urgence : ${name} a besoin d’aide tout de suite`,
    },
    visit: (visit) => `Quelques jours plus tard — visite ${visit}`,
  },
};

const ENGLISH: UiStrings = {
  lang: 'en',
  appName: 'Bonne distance',
  colon: ': ',
  separator: '; ',
  otherLanguage: { lang: 'fr', label: 'Français' },
  dateTime: (timestamp) =>
    new Intl.DateTimeFormat('en-CA', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(timestamp)),

  start: {
    purpose:
      'A simulator for practising harm-reduction outreach: trainees learn to build trust without rushing it, trainers use it in workshops, and organisations add encounters of their own.',
    navigationLabel: 'Main menu',
    views: { encounters: 'Encounters', history: 'History', settings: 'Settings', about: 'About' },
    catalogueHeading: 'Encounters',
    emptyCatalogue: 'No encounters in English yet.',
    facts: {
      character: 'Person',
      setting: 'Setting',
      time: 'When',
      duration: 'Duration',
      concepts: 'Concepts practised',
      contentNotes: 'Content notes',
    },
    minutes: (duration) => `${duration} min`,
    settings: {
      street: 'Street',
      bus: 'Outreach bus',
      site: 'Drop-in site',
      cafe: 'Café',
      home: 'At home',
      clinic: 'Clinic',
    },
    concepts: {
      lien: 'The relationship of trust',
      'voisinage-courtois': 'Courteous proximity',
      'suggestion-legitime': 'Legitimate suggestion',
      rythme: 'The person’s rhythm',
      'non-demande': 'When people ask for nothing',
      refus: 'Refusal',
      urgence: 'Emergencies',
      accompagnement: 'Accompaniment',
      'plan-de-changement': 'The plan for change',
      reseau: 'The social network',
    },
    startEncounter: 'Start',
    resumeHeading: 'Encounter in progress',
    resumeDescription: (title, savedAt) => `${title}, saved ${savedAt}.`,
    resume: 'Continue',
    warnings: {
      heading: 'Before you start',
      intro: (title) => `The encounter “${title}” touches on sensitive subjects:`,
      reassurance: 'You can leave the encounter at any time.',
      start: 'Start',
      cancel: 'Cancel',
    },
    backToEncounters: 'Back to the encounters',
  },

  settings: {
    heading: 'Settings',
    intro: 'Changes apply at once.',
    sound: 'Sound',
    volume: 'Volume',
    volumeValue: (percent) => `${percent}%`,
    mute: 'Mute',
    text: 'Text',
    textSize: 'Text size',
    textSizes: { normal: 'Normal', large: 'Large', 'x-large': 'Extra large' },
    textSpeed: 'Text speed',
    textSpeeds: { slow: 'Slow', normal: 'Normal', fast: 'Fast', instant: 'Instant' },
    display: 'Display',
    reducedMotion: 'Reduce motion',
    reducedMotionHint: 'Text appears all at once and the stage stays still.',
    highContrast: 'High contrast',
    notPersistent: 'Your settings cannot be saved on this device: they last until you close this page.',
    facilitators: 'Facilitation',
    revealTrust: 'Demonstration mode (facilitators): show the trust during play',
    revealTrustHint:
      'For a demonstration on a projector. Leave it off when a trainee plays: trust is discovered in the debrief. It turns itself off when the page is reloaded.',
    revealConfirm: {
      heading: 'Turn on demonstration mode?',
      paragraphs: [
        'The person’s trust, normally hidden, will be shown live during encounters.',
        'This is exactly what trainees should discover for themselves, in the person’s gestures and words, then in the debrief. This mode is for facilitators, for a demonstration on a projector.',
      ],
      confirm: 'Turn on demonstration mode',
      cancel: 'Cancel',
    },
  },

  history: {
    heading: 'History',
    intro: 'The encounters played on this device, most recent first.',
    loading: 'Loading the history…',
    loadFailed: (message) => `The history could not be read: ${message}`,
    retry: 'Try again',
    empty: 'No encounters played on this device yet.',
    notPersistent: 'This device cannot keep the history: it lasts only for this tab and is gone when you close it.',
    unreadable: (count) =>
      count === 1
        ? 'One saved encounter could not be read. It was set aside, not deleted.'
        : `${count} saved encounters could not be read. They were set aside, not deleted.`,
    facts: { date: 'Last played', outcome: 'Outcome', attempts: 'Attempts' },
    outcomes: {
      kept: 'relationship kept',
      broken: 'relationship broken',
      handled: 'emergency handled',
      referred: 'referral accepted',
      ended: 'encounter ended',
    },
    unfinished: 'unfinished',
    open: 'Open',
    delete: 'Delete',
    confirmDelete: (title, date) => `Delete “${title}” (${date}) from the history? This cannot be undone.`,
    confirmDeleteButton: 'Yes, delete',
    cancel: 'Cancel',
    deleted: (title) => `“${title}” was deleted from the history.`,
    deleteAll: 'Delete all',
    confirmDeleteAll: (count, unreadable) =>
      `Delete the whole history on this device (${count === 1 ? '1 encounter' : `${count} encounters`})? This cannot be undone.${
        unreadable > 0 ? ' The unreadable encounters set aside will be deleted too.' : ''
      }`,
    confirmDeleteAllButton: 'Yes, delete all',
    allDeleted: 'The history is now empty.',
    deleteFailed: (message) => `The deletion did not work: ${message}`,
    storageFull: 'The device has no room left: this encounter was not added to the history.',
  },

  library: {
    heading: 'My encounters',
    intro: 'The encounters added on this device: written in the studio, or imported from a file a trainer gave you.',
    notPersistent:
      'This device cannot keep your encounters: they last only for this tab and are gone when you close it.',
    unreadable: (count) =>
      count === 1
        ? 'One of your encounters could not be read. It was set aside, not deleted.'
        : `${count} of your encounters could not be read. They were set aside, not deleted.`,
    inOtherLanguage: (count) =>
      count === 1
        ? 'One of your encounters is in French: it is listed when the interface is in Français.'
        : `${count} of your encounters are in French: they are listed when the interface is in Français.`,
    loadFailed: (message) => `Your encounters could not be read: ${message}`,
    remove: 'Remove from my library',
    confirmRemove: (title) => `Remove “${title}” from your library? Sessions already played stay in the history.`,
    confirmRemoveButton: 'Yes, remove',
    cancel: 'Cancel',
    removed: (title) => `“${title}” was removed from your library.`,
    removeFailed: (message) => `The encounter could not be removed: ${message}`,
    importLabel: 'Import an encounter (.ink or .json)',
    importChoose: 'Choose files…',
    importHint:
      'The file is checked before it is added. If it has an error, it is refused and nothing else changes. If the encounter comes in several .ink files, choose them all together.',
    checking: (fileName) => `Checking “${fileName}”…`,
    checkingFiles: (count) => `Checking the ${count} files…`,
    added: (title) => `“${title}” was added to My encounters.`,
    replaced: (title) => `“${title}” was replaced by the imported version.`,
    addedInOtherLanguage: (title) =>
      `“${title}” was added to My encounters. It is in French: switch the interface to Français to see it.`,
    refused: (fileName) => `“${fileName}” was not added: the file has errors.`,
    refusedFiles: (count) => `The encounter was not added: the ${count} files chosen have errors.`,
    diagnostic: (where, message) => `${where}: ${message}`,
    moreProblems: (count) => (count === 1 ? 'and 1 more problem.' : `and ${count} more problems.`),
    nothingChanged: 'Nothing changed in your library.',
    storageFull: (fileName) =>
      `The device has no room left: “${fileName}” was not added. Remove an encounter or free some space, then try again.`,
    importFailed: (fileName, message) => `“${fileName}” could not be imported: ${message}`,
    studioIntro: 'To write an encounter, check it and add it to your library:',
    studioLink: 'Studio (trainers)',
    studioStorageFull:
      'the device has no room left. Remove an encounter from your library or free some space, then try again.',
    studioRefused: (problems) => `it has errors: ${problems}`,
  },

  reveal: {
    meterLabel: 'Trust (demonstration mode)',
    bands: { fragile: 'fragile', building: 'building', solid: 'solid', broken: 'broken' },
    safetyLabel: 'Safety (emergency)',
  },

  about: {
    heading: 'About Bonne distance',
    sections: [
      {
        heading: 'What it is for',
        paragraphs: [
          'Bonne distance is a training simulator for harm-reduction outreach work in Montreal. You play short encounters with people who use drugs: on the street, at the outreach bus, at the drop-in site.',
          'Every choice counts: where to stand, what to say, when to stay quiet, when to come back. There are no lines to learn by heart: there is a person, their rhythm, and a relationship to build without rushing it.',
        ],
      },
      {
        heading: 'Who it is for',
        paragraphs: [],
        items: [
          'Trainees and new outreach workers, to practise safely before going out.',
          'Trainers, who use it in workshops to discuss the choices made.',
          'Organisations, who can write encounters of their own, in their own words.',
        ],
      },
      {
        heading: 'What it is based on',
        paragraphs: [
          'The encounters draw on an article by Romain Paumier, « Connaitre le bon moment et la bonne distance : les stratégies de gestion de la proximité dans l’intervention de première ligne visant l’autonomie des usagers de drogues par injection » (knowing the right moment and the right distance), published in the journal Nouvelles pratiques sociales (vol. 29, no. 1).',
          'Based on interviews with front-line workers in Montreal, it describes two ways of finding the right distance: courteous proximity (agreeing on presence) and legitimate suggestion (agreeing on what may be said). The scenes and the people in the encounters are fictional.',
        ],
      },
      {
        heading: 'Trust stays hidden during play',
        paragraphs: [
          'During an encounter the person’s trust is shown nowhere: as in the field, you read it in their gestures and their words. It is revealed only in the debrief, at the end, with what made it grow or fall back.',
        ],
      },
      {
        heading: 'Our words',
        paragraphs: [
          'We put people first: “a person who uses drugs”, never a label. The people you meet are not cases to solve: they choose their own path, and saying no is part of that choice.',
        ],
      },
    ],
  },

  notices: {
    region: 'Messages',
    dismiss: 'Dismiss the message',
    restart: 'Start the encounter again',
    storyChanged: (title) =>
      `The encounter “${title}” has changed since you last played it: it can only start again from the beginning.`,
    saveUnreadable: 'The unfinished encounter saved on this device could not be read. It was set aside, not deleted.',
    encounterNotFound: (id) => `No encounter is called “${id}”: here is the list.`,
    addressProblem: (problem) => `The page’s address has a value that cannot be used (${problem}).`,
    stageUnavailable: 'The illustrated stage cannot be shown on this device. The encounter goes on in text only.',
    loadFailed: (title) => `The encounter “${title}” could not be loaded. Check the connection and try again.`,
    unexpected: (message) => `Something unexpected went wrong: ${message}`,
    replayUnavailable: (reason) => `This moment cannot be played again (${reason}).`,
    sessionUnavailable: 'This encounter from the history could not be opened. It is kept as it is.',
    studioUnavailable: (message) => `The studio could not open: ${message}`,
  },

  dialogue: {
    log: 'Dialogue',
    you: 'You',
    continue: 'Continue',
    choices: 'Choices',
    choiceHint: (count) =>
      count === 1
        ? 'Press 1 to choose.'
        : `Press a number from 1 to ${Math.min(count, 9)} to choose, or use the arrow keys.`,
    endHeading: 'End of the encounter',
    ended: 'The encounter is over.',
    backToStart: 'Back to the start',
    openDebrief: 'See the debrief',
    failure: (message) => `The encounter stopped because of a problem: ${message}`,
    failureText: (place) =>
      `This encounter stops here: its text has a problem that the person who wrote it needs to fix${place === undefined ? '' : ` (${place})`}.`,
    failureKept: 'What you played so far is kept.',
    failureDetails: 'Details for the person who wrote the encounter',
    failurePlace: (file, line) => `${file}, line ${line}`,
    failureKnot: (knot) => `knot “${knot}”`,
    failureGoToLine: (line) => `Go to line ${line}`,
    failureGoToKnot: (knot) => `Go to knot “${knot}”`,
    progressNotSaved: 'Progress could not be saved on this device.',
  },

  stage: {
    someone: 'The person',
    someoneWithin: 'the person',
    cues: {
      turns_away: (name) => `${name} turns away`,
      changes_subject: (name) => `${name} changes the subject`,
      smiles: (name) => `${name} smiles`,
      arms_crossed: (name) => `${name} crosses their arms`,
      eye_contact: (name) => `${name} meets your eyes`,
      steps_back: (name) => `${name} takes a step back`,
      leans_in: (name) => `${name} leans in`,
      silence: (name) => `${name} falls silent`,
      agitated: (name) => `${name} is agitated`,
    },
    closer: {
      near: (name) => `You move closer: you are a few steps from ${name}`,
      close: (name) => `You move closer: you are right beside ${name}`,
    },
    farther: {
      near: (name) => `You step back: you are a few steps from ${name}`,
      far: (name) => `You step back: you keep your distance from ${name}`,
    },
    now: {
      far: (name) => `You are now at a distance from ${name}`,
      near: (name) => `You are now a few steps from ${name}`,
      close: (name) => `You are now right beside ${name}`,
    },
    moments: {
      open: (name) => `${name} seems more open`,
      guarded: (name) => `${name} stays on guard`,
      closed: (name) => `${name} is closing off`,
      emergency: (name) => `Emergency: ${name} needs help right now`,
    },
    visit: (visit) => `A few days later — visit ${visit}`,
  },
};

const STRINGS: Readonly<Record<Language, UiStrings>> = { fr: FRENCH, en: ENGLISH };

export function uiStrings(lang: Language): UiStrings {
  return STRINGS[lang];
}
