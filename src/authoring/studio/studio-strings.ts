/**
 * The studio's words, in French and in English, in the same shape. The studio follows
 * the app's language setting. The compiler's and the lint's messages are in English;
 * the French studio words them in French (`describeDiagnostic`, from diagnostic-words.ts)
 * and shows one it does not know as it is.
 */
import type { Diagnostic, EndStatus, Language } from '../../engine/index.ts';
import { diagnosticInFrench } from '../diagnostic-words.ts';

export interface StudioStrings {
  readonly lang: Language;
  /** The page's title in the browser tab. */
  readonly documentTitle: string;
  readonly heading: string;
  readonly intro: string;
  readonly backToGame: string;
  readonly drafts: {
    readonly heading: string;
    readonly newEncounter: string;
    readonly openFile: string;
    readonly openFileHint: string;
    readonly untitled: string;
    readonly open: string;
    /** The open button's accessible name: which draft. */
    readonly openNamed: (title: string) => string;
    readonly current: string;
    readonly delete: string;
    readonly deleteNamed: (title: string) => string;
    readonly confirmDelete: (title: string) => string;
    readonly confirmDeleteYes: string;
    readonly cancel: string;
    readonly updated: (when: string) => string;
    readonly setAside: (count: number) => string;
    readonly notSaved: string;
    readonly notPersistent: string;
    readonly fileNotText: (name: string) => string;
    readonly fileTooLarge: (name: string) => string;
    readonly fileOpened: (name: string) => string;
    /** Several files chosen together are more than 2 MB in all. */
    readonly filesTooLarge: string;
    /** A file's name as the sentences below quote it, for a list of names. */
    readonly fileName: (name: string) => string;
    /** `others`: the quoted names of the files joined in at their INCLUDE, as a list. */
    readonly filesJoined: (main: string, others: string, count: number) => string;
    /** Several files could be the main one (none of the others INCLUDEs them): which was taken. */
    readonly mainChosen: (main: string) => string;
    /** `names`: quoted, as a list; files chosen that no file INCLUDEs, left out. */
    readonly notIncluded: (names: string, count: number) => string;
    /** INCLUDEs of files not opened: each is also a problem in the list. */
    readonly includesMissing: (count: number) => string;
    /** INCLUDEs that would include a file inside itself, made comments. */
    readonly includeCycles: (count: number) => string;
    readonly deleted: (title: string) => string;
  };
  readonly editor: {
    readonly heading: string;
    readonly label: string;
    readonly keyboardHint: string;
    /**
     * CodeMirror's own words (the search panel, the lint panel, go to line, folding, what
     * screen readers hear), keyed by its English phrase: every `state.phrase("…")` of the
     * @codemirror packages installed.
     */
    readonly phrases: Readonly<Record<string, string>>;
  };
  readonly status: {
    readonly waiting: string;
    readonly compiling: string;
    readonly compiled: string;
    readonly warnings: (count: number) => string;
    /** Errors, and the warnings beside them (0 for none), so the count matches the list. */
    readonly errors: (count: number, warnings?: number) => string;
    readonly timedOut: (seconds: number) => string;
    readonly failed: (message: string) => string;
    /** The button beside the status that brings the Problems list into view: how many there are. */
    readonly showProblems: (count: number) => string;
  };
  readonly problems: {
    readonly heading: string;
    readonly none: string;
    readonly notYet: string;
    readonly error: string;
    readonly warning: string;
    readonly line: (line: number) => string;
    /** The quick fix's button, in the list and in the editor's tooltip alike. */
    readonly fix: (suggestion: string) => string;
    readonly otherFile: (path: string) => string;
  };
  readonly preview: {
    readonly heading: string;
    readonly note: string;
    readonly startAt: string;
    readonly fromTheTop: string;
    readonly restart: string;
    readonly waiting: string;
    readonly stale: string;
    readonly replayed: (count: number) => string;
    readonly stageUnavailable: string;
  };
  readonly check: {
    readonly heading: string;
    readonly intro: string;
    readonly run: string;
    readonly cancel: string;
    readonly running: string;
    readonly cancelled: string;
    readonly done: string;
    readonly timedOut: (seconds: number) => string;
    readonly failed: (message: string) => string;
    readonly notCompiled: string;
    readonly stale: string;
    readonly coverageHeading: string;
    readonly knots: (reached: number, total: number) => string;
    readonly choices: (taken: number, offered: number) => string;
    readonly playthroughs: (count: number, broken: number) => string;
    readonly exhaustive: string;
    readonly bounded: (depth: number) => string;
    readonly everyBranch: string;
    readonly notEveryBranch: string;
    readonly knotsMissed: string;
    readonly outcomesHeading: string;
    readonly canBreak: string;
    readonly cannotBreak: string;
    readonly canKeep: string;
    readonly cannotKeep: string;
    readonly deadEndsHeading: string;
    readonly noDeadEnd: string;
    readonly deadEnd: (where: string, line: number) => string;
    readonly reachedBy: (choices: string) => string;
    readonly fromTheStart: string;
    readonly unendedHeading: string;
    readonly unended: (line: number) => string;
    readonly unreachableHeading: string;
    readonly noUnreachable: string;
    readonly unreachable: (name: string, line: number) => string;
    readonly bestPathHeading: string;
    readonly bestPath: (status: string, trust: number) => string;
    readonly bestPathNoEnd: (trust: number) => string;
    readonly noBestPath: string;
    readonly runtimeHeading: string;
    readonly noRuntimeError: string;
    /** An error ink reported while the check played, in the studio's language. */
    readonly runtimeError: (message: string) => string;
    /** `choices`: 1-based, in order; `playthrough`: the number of the random playthrough that met the error. */
    readonly reproduce: (choices: readonly number[], playthrough: number) => string;
    readonly endStatus: Readonly<Record<EndStatus, string>>;
  };
  readonly share: {
    readonly heading: string;
    readonly intro: string;
    readonly exportInk: string;
    readonly exportJson: string;
    readonly addToLibrary: string;
    readonly adding: string;
    readonly added: (title: string) => string;
    readonly refusedErrors: (count: number) => string;
    readonly notCompiled: string;
    readonly failed: (message: string) => string;
    readonly exported: (fileName: string) => string;
  };
  /** A diagnostic's message for the trainer, in the studio's language. */
  readonly describeDiagnostic: (diagnostic: Diagnostic) => string;
}

/** `1 warning`, `2 warnings`: English puts the singular with 1 only. */
/** `2,000` in English, `2 000` in French (a no-break space, so the number never splits). */
const number = (count: number): string => count.toLocaleString('en-CA');
const nombre = (count: number): string => count.toLocaleString('fr-CA');
const plural = (count: number, one: string, many: string): string => `${number(count)} ${count === 1 ? one : many}`;
/** `0 erreur`, `1 erreur`, `2 erreurs`: French puts the singular with 0 and 1. */
const pluriel = (count: number, one: string, many: string): string => `${nombre(count)} ${count < 2 ? one : many}`;
const accord = (count: number, one: string, many: string): string => (count < 2 ? one : many);

function frenchDiagnostic(diagnostic: Diagnostic): string {
  return diagnosticInFrench(diagnostic.message);
}

const FRENCH: StudioStrings = {
  lang: 'fr',
  documentTitle: 'Studio d’écriture · Bonne distance',
  heading: 'Studio d’écriture',
  intro:
    'Écrivez une rencontre, voyez ce qui ne va pas et où, jouez-la à côté, vérifiez chaque branche, puis donnez-la aux stagiaires.',
  backToGame: 'Retour au jeu',
  drafts: {
    heading: 'Brouillons',
    newEncounter: 'Nouvelle rencontre',
    openFile: 'Ouvrir un fichier .ink',
    openFileHint:
      'Le fichier est copié dans un nouveau brouillon\u00a0; l’original n’est pas modifié. Une rencontre écrite en plusieurs fichiers\u00a0? Choisissez-les tous ensemble\u00a0: ils sont réunis en un seul texte.',
    untitled: 'Sans titre',
    open: 'Ouvrir',
    openNamed: (title) => `Ouvrir «\u00a0${title}\u00a0»`,
    current: 'ouvert',
    delete: 'Supprimer',
    deleteNamed: (title) => `Supprimer «\u00a0${title}\u00a0»`,
    confirmDelete: (title) => `Supprimer le brouillon «\u00a0${title}\u00a0»\u00a0? Il ne pourra pas être récupéré.`,
    confirmDeleteYes: 'Oui, supprimer',
    cancel: 'Annuler',
    updated: (when) => `modifié ${when}`,
    setAside: (count) =>
      `${pluriel(count, 'brouillon illisible a été mis', 'brouillons illisibles ont été mis')} de côté sur cet appareil.`,
    notSaved:
      'Le brouillon n’a pas pu être enregistré sur cet appareil (espace plein ou bloqué). Exportez le fichier .ink pour ne rien perdre.',
    notPersistent:
      'Ce navigateur ne garde rien sur l’appareil (navigation privée\u00a0?)\u00a0: les brouillons disparaîtront avec l’onglet. Exportez le fichier .ink avant de fermer.',
    fileNotText: (name) => `«\u00a0${name}\u00a0» ne semble pas être un fichier texte .ink.`,
    fileTooLarge: (name) => `«\u00a0${name}\u00a0» est trop gros pour une rencontre (plus de 2 Mo).`,
    fileOpened: (name) => `«\u00a0${name}\u00a0» est ouvert dans un nouveau brouillon.`,
    filesTooLarge: 'Ensemble, ces fichiers sont trop gros pour une rencontre (plus de 2 Mo).',
    fileName: (name) => `«\u00a0${name}\u00a0»`,
    filesJoined: (main, others, count) =>
      `«\u00a0${main}\u00a0» est ouvert dans un nouveau brouillon, avec ${others} ${accord(count, 'inséré là où il est nommé', 'insérés là où ils sont nommés')}.`,
    mainChosen: (main) =>
      `Plusieurs fichiers pouvaient être le fichier principal\u00a0: «\u00a0${main}\u00a0» a été pris.`,
    notIncluded: (names, count) =>
      count === 1
        ? `${names} n’est inclus par aucun autre fichier\u00a0: il n’a pas été ouvert.`
        : `${names} ne sont inclus par aucun autre fichier\u00a0: ils n’ont pas été ouverts.`,
    includesMissing: (count) =>
      `${pluriel(count, 'INCLUDE nomme un fichier qui n’a pas été ouvert', 'INCLUDE nomment des fichiers qui n’ont pas été ouverts')}\u00a0: voyez les problèmes.`,
    includeCycles: (count) =>
      `${pluriel(count, 'INCLUDE inclurait un fichier dans lui-même\u00a0: il a été mis', 'INCLUDE incluraient un fichier dans lui-même\u00a0: ils ont été mis')} en commentaire.`,
    deleted: (title) => `Le brouillon «\u00a0${title}\u00a0» est supprimé.`,
  },
  editor: {
    heading: 'Texte de la rencontre',
    label: 'Texte de la rencontre, en ink',
    keyboardHint:
      'Au clavier\u00a0: Tab quitte l’éditeur vers le contrôle suivant (Maj+Tab pour revenir)\u00a0; pour décaler une ligne, Ctrl+] et Ctrl+[.',
    phrases: {
      // @codemirror/search: the search panel (Ctrl+F) and go to line (Ctrl+Alt+G).
      Find: 'Rechercher',
      Replace: 'Remplacer par',
      next: 'suivant',
      previous: 'précédent',
      all: 'tout sélectionner',
      'match case': 'respecter les majuscules',
      regexp: 'expression régulière',
      'by word': 'mot entier',
      replace: 'remplacer',
      'replace all': 'tout remplacer',
      close: 'fermer',
      'current match': 'Occurrence trouvée',
      'on line': 'à la ligne',
      'replaced $ matches': 'Occurrences remplacées\u00a0: $',
      'replaced match on line $': 'Occurrence remplacée à la ligne $',
      // CodeMirror adds ": " after it: French typography wants a no-break space before the colon.
      'Go to line': 'Aller à la ligne\u00a0',
      go: 'aller',
      // @codemirror/lint: the lint panel (Ctrl+Shift+M).
      Diagnostics: 'Problèmes',
      'No diagnostics': 'Aucun problème',
      // @codemirror/language: folding.
      'Fold line': 'Replier',
      'Unfold line': 'Déplier',
      'folded code': 'texte replié',
      unfold: 'déplier',
      'Folded lines': 'Lignes repliées',
      'Unfolded lines': 'Lignes dépliées',
      to: 'à',
      // @codemirror/view and @codemirror/commands.
      'Control character': 'Caractère invisible',
      'Selection deleted': 'Sélection supprimée',
      // @codemirror/autocomplete.
      Completions: 'Suggestions',
    },
  },
  status: {
    waiting: 'Modifications en cours…',
    compiling: 'Compilation…',
    compiled: 'Compilé',
    warnings: (count) => `Compilé, ${pluriel(count, 'avertissement', 'avertissements')}`,
    errors: (count, warnings = 0) =>
      warnings > 0
        ? `${pluriel(count, 'erreur', 'erreurs')}, ${pluriel(warnings, 'avertissement', 'avertissements')}`
        : pluriel(count, 'erreur', 'erreurs'),
    timedOut: (seconds) =>
      `La compilation a duré plus de ${pluriel(seconds, 'seconde', 'secondes')}\u00a0: elle a été arrêtée. Vérifiez les dernières modifications.`,
    failed: (message) => `La compilation n’a pas pu se faire\u00a0: ${message}`,
    showProblems: (count) => (count === 1 ? 'Voir le problème' : `Voir les ${count} problèmes`),
  },
  problems: {
    heading: 'Problèmes',
    none: 'Aucun problème.',
    notYet: 'La liste s’affichera après la première compilation.',
    error: 'Erreur',
    warning: 'Avertissement',
    line: (line) => `ligne ${line}`,
    fix: (suggestion) => `Corriger\u00a0: «\u00a0${suggestion}\u00a0»`,
    otherFile: (path) => `dans ${path}`,
  },
  preview: {
    heading: 'Aperçu',
    note: 'Le lien est affiché pour vous\u00a0: les stagiaires ne le voient pas pendant le jeu.',
    startAt: 'Commencer au nœud',
    fromTheTop: 'Le début',
    restart: 'Recommencer',
    waiting: 'L’aperçu s’affichera quand la rencontre compilera sans erreur.',
    stale: 'La rencontre a des erreurs\u00a0: l’aperçu montre la dernière version qui compilait.',
    replayed: (count) => `${pluriel(count, 'choix rejoué', 'choix rejoués')} après la modification.`,
    stageUnavailable: 'La scène ne peut pas s’afficher sur cet appareil\u00a0: l’aperçu continue en texte.',
  },
  check: {
    heading: 'Vérification',
    intro:
      'Joue toutes les branches de la rencontre\u00a0: ce qui est atteint, ce qui ne l’est jamais, les impasses, et le meilleur parcours.',
    run: 'Vérifier toutes les branches',
    cancel: 'Arrêter la vérification',
    running: 'Vérification en cours… Vous pouvez continuer à écrire.',
    cancelled: 'Vérification arrêtée.',
    done: 'Vérification terminée\u00a0: le rapport est ci-dessous.',
    timedOut: (seconds) =>
      `La vérification a duré plus de ${pluriel(seconds, 'seconde', 'secondes')}\u00a0: elle a été arrêtée.`,
    failed: (message) => `La vérification n’a pas pu se faire\u00a0: ${message}`,
    notCompiled: 'Corrigez d’abord les erreurs\u00a0: une rencontre qui ne compile pas ne peut pas être jouée.',
    stale: 'Le texte a changé depuis cette vérification.',
    coverageHeading: 'Ce qui a été joué',
    knots: (reached, total) =>
      `${pluriel(reached, 'nœud', 'nœuds')} sur ${total} ${accord(reached, 'atteint', 'atteints')} (${percent(reached, total)}\u00a0%)`,
    choices: (taken, offered) =>
      `${taken} choix sur ${offered} ${accord(taken, 'essayé', 'essayés')} (${percent(taken, offered)}\u00a0%)`,
    playthroughs: (count, broken) =>
      count === 1
        ? `1 partie jouée au hasard, où le lien ${broken > 0 ? 's’est brisé' : 'ne s’est pas brisé'}`
        : `${pluriel(count, 'partie jouée', 'parties jouées')} au hasard, dont ${broken === 0 ? 'aucune' : nombre(broken)} où le lien s’est brisé`,
    exhaustive: 'Tous les chemins possibles ont été explorés.',
    bounded: (depth) => `Les chemins ont été explorés jusqu’à ${depth} choix de suite.`,
    everyBranch: 'Chaque branche a été jouée.',
    notEveryBranch: 'Certaines branches n’ont jamais été jouées.',
    knotsMissed: 'Nœuds jamais atteints en jouant\u00a0:',
    outcomesHeading: 'Les fins possibles',
    canBreak: 'Le lien peut se briser\u00a0: un parcours précipité a des conséquences.',
    cannotBreak:
      'Aucun parcours ne brise le lien\u00a0: la rencontre n’apprend rien sur la précipitation. Un seul geste trop rapide ne suffit pas\u00a0: le lien se brise quand la confiance tombe à zéro, ou après trois précipitations en quatre gestes. Offrez plusieurs occasions de se presser, ou montez la méfiance (wariness).',
    canKeep: 'Le lien peut être gardé\u00a0: un parcours respectueux est possible.',
    cannotKeep:
      'Aucun parcours ne garde le lien (ni urgence prise en charge, ni orientation)\u00a0: vérifiez les tags «\u00a0end\u00a0».',
    deadEndsHeading: 'Impasses',
    noDeadEnd: 'Aucune impasse\u00a0: chaque chemin mène à une fin.',
    deadEnd: (where, line) => `Le texte s’arrête sans choix ni fin dans «\u00a0${where}\u00a0» (ligne ${line}).`,
    reachedBy: (choices) => `Pour y arriver, choisir\u00a0: ${choices}.`,
    fromTheStart: 'Dès le début, sans choix.',
    unendedHeading: 'Fins sans étiquette',
    unended: (line) =>
      `Un parcours s’arrête à la ligne ${line} sans dire comment la rencontre finit (« # end: … »)\u00a0: le retour ne pourra dire que «\u00a0rencontre terminée\u00a0».`,
    unreachableHeading: 'Nœuds sans chemin',
    noUnreachable: 'Chaque nœud a un chemin qui y mène.',
    unreachable: (name, line) => `Rien ne mène à «\u00a0${name}\u00a0» (ligne ${line}).`,
    bestPathHeading: 'Le meilleur parcours',
    bestPath: (status, trust) => `Il finit ainsi\u00a0: ${status}, avec un lien à ${trust} sur 100.`,
    bestPathNoEnd: (trust) => `Il n’atteint pas de fin dans la limite explorée\u00a0; lien à ${trust} sur 100.`,
    noBestPath: 'Aucun parcours trouvé.',
    runtimeHeading: 'Erreurs pendant le jeu',
    noRuntimeError: 'Aucune erreur pendant le jeu.',
    runtimeError: diagnosticInFrench,
    reproduce: (choices, playthrough) =>
      choices.length === 0
        ? `Pour la reproduire\u00a0: dès le début (partie au hasard n°\u00a0${playthrough}).`
        : `Pour la reproduire\u00a0: choix ${choices.join(', ')} (partie au hasard n°\u00a0${playthrough}).`,
    endStatus: {
      kept: 'lien gardé',
      broken: 'lien brisé',
      ended: 'terminée sans verdict',
      referred: 'orientation acceptée',
      handled: 'urgence prise en charge',
    },
  },
  share: {
    heading: 'Donner la rencontre',
    intro:
      'Le fichier .json se joue sur n’importe quel appareil\u00a0: la ou le stagiaire l’importe depuis l’écran d’accueil («\u00a0Importer une rencontre\u00a0»). Le fichier .ink est le texte, pour le retravailler.',
    exportInk: 'Exporter le texte (.ink)',
    exportJson: 'Exporter la rencontre jouable (.json)',
    addToLibrary: 'Ajouter à ma bibliothèque',
    adding: 'Ajout en cours…',
    added: (title) =>
      `«\u00a0${title}\u00a0» est dans la bibliothèque de cet appareil\u00a0: elle apparaît dans la liste des rencontres.`,
    refusedErrors: (count) =>
      `La rencontre a encore ${pluriel(count, 'erreur', 'erreurs')}\u00a0: ${accord(count, 'corrigez-la', 'corrigez-les')} avant de la donner.`,
    notCompiled: 'La rencontre n’a pas pu être compilée\u00a0: rien n’a été exporté.',
    failed: (message) => `La rencontre n’a pas été ajoutée\u00a0: ${message}`,
    exported: (fileName) => `«\u00a0${fileName}\u00a0» est téléchargé.`,
  },
  describeDiagnostic: frenchDiagnostic,
};

const ENGLISH: StudioStrings = {
  lang: 'en',
  documentTitle: 'Trainers’ studio · Bonne distance',
  heading: 'Trainers’ studio',
  intro:
    'Write an encounter, see what is wrong and where, play it alongside, check every branch, then give it to trainees.',
  backToGame: 'Back to the game',
  drafts: {
    heading: 'Drafts',
    newEncounter: 'New encounter',
    openFile: 'Open an .ink file',
    openFileHint:
      'The file is copied into a new draft; the original is not changed. An encounter written in several files? Choose them all together: they are joined into one text.',
    untitled: 'Untitled',
    open: 'Open',
    openNamed: (title) => `Open “${title}”`,
    current: 'open',
    delete: 'Delete',
    deleteNamed: (title) => `Delete “${title}”`,
    confirmDelete: (title) => `Delete the draft “${title}”? It cannot be recovered.`,
    confirmDeleteYes: 'Yes, delete',
    cancel: 'Cancel',
    updated: (when) => `changed ${when}`,
    setAside: (count) => `${plural(count, 'unreadable draft was', 'unreadable drafts were')} set aside on this device.`,
    notSaved:
      'The draft could not be saved on this device (storage full or blocked). Export the .ink file so nothing is lost.',
    notPersistent:
      'This browser keeps nothing on the device (private browsing?): drafts will end with the tab. Export the .ink file before closing.',
    fileNotText: (name) => `“${name}” does not look like an .ink text file.`,
    fileTooLarge: (name) => `“${name}” is too large for an encounter (over 2 MB).`,
    fileOpened: (name) => `“${name}” is open in a new draft.`,
    filesTooLarge: 'Together, these files are too large for an encounter (over 2 MB).',
    fileName: (name) => `“${name}”`,
    filesJoined: (main, others, count) =>
      `“${main}” is open in a new draft, with ${others} joined in where ${count === 1 ? 'it is' : 'they are'} named.`,
    mainChosen: (main) => `Several files could be the main file: “${main}” was taken.`,
    notIncluded: (names, count) =>
      count === 1
        ? `${names} is included by no other file: it was not opened.`
        : `${names} are included by no other file: they were not opened.`,
    includesMissing: (count) =>
      `${plural(count, 'INCLUDE names a file that was not opened', 'INCLUDEs name files that were not opened')}: see the problems.`,
    includeCycles: (count) =>
      `${plural(count, 'INCLUDE would include a file inside itself: it was', 'INCLUDEs would include a file inside itself: they were')} turned into a comment.`,
    deleted: (title) => `The draft “${title}” is deleted.`,
  },
  editor: {
    heading: 'The encounter’s text',
    label: 'The encounter’s text, in ink',
    keyboardHint:
      'With the keyboard: Tab leaves the editor for the next control (Shift+Tab to come back); to indent a line, Ctrl+] and Ctrl+[.',
    phrases: {
      Find: 'Find',
      Replace: 'Replace with',
      next: 'next',
      previous: 'previous',
      all: 'select all',
      'match case': 'match case',
      regexp: 'regular expression',
      'by word': 'whole word',
      replace: 'replace',
      'replace all': 'replace all',
      close: 'close',
      'current match': 'Current match',
      'on line': 'on line',
      'replaced $ matches': 'Matches replaced: $',
      'replaced match on line $': 'Replaced the match on line $',
      'Go to line': 'Go to line',
      go: 'go',
      Diagnostics: 'Problems',
      'No diagnostics': 'No problems',
      'Fold line': 'Fold',
      'Unfold line': 'Unfold',
      'folded code': 'folded text',
      unfold: 'unfold',
      'Folded lines': 'Folded lines',
      'Unfolded lines': 'Unfolded lines',
      to: 'to',
      'Control character': 'Invisible character',
      'Selection deleted': 'Selection deleted',
      Completions: 'Suggestions',
    },
  },
  status: {
    waiting: 'Editing…',
    compiling: 'Compiling…',
    compiled: 'Compiled',
    warnings: (count) => `Compiled, ${plural(count, 'warning', 'warnings')}`,
    errors: (count, warnings = 0) =>
      warnings > 0
        ? `${plural(count, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}`
        : plural(count, 'error', 'errors'),
    timedOut: (seconds) =>
      `Compiling took more than ${plural(seconds, 'second', 'seconds')}: it was stopped. Check your latest changes.`,
    failed: (message) => `Compiling could not be done: ${message}`,
    showProblems: (count) => (count === 1 ? 'Show the problem' : `Show the ${count} problems`),
  },
  problems: {
    heading: 'Problems',
    none: 'No problems.',
    notYet: 'The list appears after the first compile.',
    error: 'Error',
    warning: 'Warning',
    line: (line) => `line ${line}`,
    fix: (suggestion) => `Fix: “${suggestion}”`,
    otherFile: (path) => `in ${path}`,
  },
  preview: {
    heading: 'Preview',
    note: 'The link is shown for you: trainees do not see it during play.',
    startAt: 'Start at knot',
    fromTheTop: 'The beginning',
    restart: 'Start again',
    waiting: 'The preview appears when the encounter compiles without errors.',
    stale: 'The encounter has errors: the preview shows the last version that compiled.',
    replayed: (count) => `${plural(count, 'choice', 'choices')} replayed after the change.`,
    stageUnavailable: 'The stage cannot be shown on this device: the preview goes on in text.',
  },
  check: {
    heading: 'Check',
    intro: 'Plays every branch of the encounter: what is reached, what never is, the dead ends, and the best path.',
    run: 'Check every branch',
    cancel: 'Stop the check',
    running: 'Checking… You can keep writing.',
    cancelled: 'Check stopped.',
    done: 'Check done: the report is below.',
    timedOut: (seconds) => `The check took more than ${plural(seconds, 'second', 'seconds')}: it was stopped.`,
    failed: (message) => `The check could not be done: ${message}`,
    notCompiled: 'Fix the errors first: an encounter that does not compile cannot be played.',
    stale: 'The text has changed since this check.',
    coverageHeading: 'What was played',
    knots: (reached, total) =>
      `${reached} of ${total} ${total === 1 ? 'knot' : 'knots'} reached (${percent(reached, total)}%)`,
    choices: (taken, offered) =>
      `${taken} of ${offered} ${offered === 1 ? 'choice' : 'choices'} tried (${percent(taken, offered)}%)`,
    playthroughs: (count, broken) =>
      count === 1
        ? `1 random playthrough, which ${broken > 0 ? 'broke' : 'did not break'} the link`
        : `${plural(count, 'random playthrough', 'random playthroughs')}, ${broken === 0 ? 'none' : number(broken)} of which broke the link`,
    exhaustive: 'Every possible path was explored.',
    bounded: (depth) => `Paths were explored up to ${plural(depth, 'choice', 'choices')} in a row.`,
    everyBranch: 'Every branch was played.',
    notEveryBranch: 'Some branches were never played.',
    knotsMissed: 'Knots never reached in play:',
    outcomesHeading: 'The possible endings',
    canBreak: 'The link can break: a rushed path has consequences.',
    cannotBreak:
      'No path breaks the link: the encounter teaches nothing about rushing. One rushed move is not enough: the link breaks when trust falls to zero, or after three rushes in four moves. Offer several chances to hurry, or raise the wariness.',
    canKeep: 'The link can be kept: a respectful path is possible.',
    cannotKeep: 'No path keeps the link (nor handles an emergency, nor ends in a referral): check the “end” tags.',
    deadEndsHeading: 'Dead ends',
    noDeadEnd: 'No dead ends: every path reaches an ending.',
    deadEnd: (where, line) => `The text stops with no choice and no ending in “${where}” (line ${line}).`,
    reachedBy: (choices) => `To get there, choose: ${choices}.`,
    fromTheStart: 'From the start, with no choice.',
    unendedHeading: 'Endings without a tag',
    unended: (line) =>
      `A path stops at line ${line} without saying how the encounter ends (“# end: …”): the debrief can only say “encounter ended”.`,
    unreachableHeading: 'Knots with no way in',
    noUnreachable: 'Every knot has a path leading to it.',
    unreachable: (name, line) => `Nothing leads to “${name}” (line ${line}).`,
    bestPathHeading: 'The best path',
    bestPath: (status, trust) => `It ends: ${status}, with the link at ${trust} out of 100.`,
    bestPathNoEnd: (trust) => `It reaches no ending within the explored limit; link at ${trust} out of 100.`,
    noBestPath: 'No path found.',
    runtimeHeading: 'Errors during play',
    noRuntimeError: 'No errors during play.',
    runtimeError: (message) => message,
    reproduce: (choices, playthrough) =>
      choices.length === 0
        ? `To reproduce it: from the start (random playthrough no.\u00a0${playthrough}).`
        : `To reproduce it: ${choices.length === 1 ? 'choice' : 'choices'} ${choices.join(', ')} (random playthrough no.\u00a0${playthrough}).`,
    endStatus: {
      kept: 'link kept',
      broken: 'link broken',
      ended: 'ended without a verdict',
      referred: 'referral accepted',
      handled: 'emergency handled',
    },
  },
  share: {
    heading: 'Give the encounter',
    intro:
      'The .json file plays on any device: the trainee imports it from the start screen (“Import an encounter”). The .ink file is the text, to keep working on it.',
    exportInk: 'Export the text (.ink)',
    exportJson: 'Export the playable encounter (.json)',
    addToLibrary: 'Add to my library',
    adding: 'Adding…',
    added: (title) => `“${title}” is in this device’s library: it appears in the list of encounters.`,
    refusedErrors: (count) =>
      `The encounter still has ${plural(count, 'error', 'errors')}: fix ${count === 1 ? 'it' : 'them'} before giving it.`,
    notCompiled: 'The encounter could not be compiled: nothing was exported.',
    failed: (message) => `The encounter was not added: ${message}`,
    exported: (fileName) => `“${fileName}” is downloaded.`,
  },
  describeDiagnostic: (diagnostic) => diagnostic.message,
};

function percent(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.floor((part / whole) * 100);
}

export function studioStrings(lang: Language): StudioStrings {
  return lang === 'en' ? ENGLISH : FRENCH;
}
