/**
 * Every diagnostic a trainer can meet, in French: the ink compiler's errors and
 * warnings, ink's run-time errors as the runner and the checker report them, the
 * authoring contract's lint, the checker's findings and the import's refusals. They are
 * produced in English (the compiler is inkle's, and the CLI prints them as they are);
 * the French studio and the French start screen word them here.
 *
 * Environment-neutral (no DOM): the studio imports it, the start screen's import panel
 * loads it when it shows a refusal. Names and quoted text from the message are inserted
 * as given; the UI puts the result in `textContent`, never in markup.
 */

import { runtimeErrorPlace } from '../engine/index.ts';

/** The words for one message: receives the pattern's groups, in order ('' for a group that did not take part). */
export type FrenchWords = (...groups: string[]) => string;

const quoted = (text: string): string => `«\u00a0${text}\u00a0»`;

/** ink's place of a declaration, `line 3 of stories/fr/x.ink"` (the quote is ink's), as `ligne 3 de stories/fr/x.ink`. */
function place(debugMetadata: string): string {
  const match = /^line (\d+) of (.*?)"?$/.exec(debugMetadata.trim());
  return match === null ? debugMetadata : `ligne ${match[1]} de ${match[2]}`;
}

/** ink's kinds of named things (`Knot`, `var`, `argument`...): the name, with « un », with « le ». */
const KINDS: Readonly<Record<string, readonly [name: string, indefinite: string, definite: string]>> = {
  knot: ['nœud', 'un nœud', 'le nœud'],
  function: ['fonction', 'une fonction', 'la fonction'],
  stitch: ['sous-nœud', 'un sous-nœud', 'le sous-nœud'],
  choice: ['choix', 'un choix', 'le choix'],
  gather: ['regroupement', 'un regroupement', 'le regroupement'],
  var: ['variable', 'une variable', 'la variable'],
  temp: ['variable temporaire', 'une variable temporaire', 'la variable temporaire'],
  const: ['constante', 'une constante', 'la constante'],
  list: ['liste', 'une liste', 'la liste'],
  listdefinition: ['liste', 'une liste', 'la liste'],
  listelement: ['élément de liste', 'un élément de liste', 'l’élément de liste'],
  argument: ['paramètre', 'un paramètre', 'le paramètre'],
  story: ['histoire', 'une histoire', 'l’histoire'],
};
const kindName = (kind: string): string => KINDS[kind.toLowerCase()]?.[0] ?? kind;
const aKind = (kind: string): string => KINDS[kind.toLowerCase()]?.[1] ?? kind;
const theKind = (kind: string): string => KINDS[kind.toLowerCase()]?.[2] ?? kind;
/** « que » before the kind with its article, elided before « un »: `qu’un nœud`. */
const thanA = (kind: string): string => {
  const withArticle = aKind(kind);
  return /^une? /.test(withArticle) ? `qu’${withArticle}` : `que ${withArticle}`;
};

/** What ink's parser expected (`Expected X but saw Y`), in French; an unknown one is quoted as ink wrote it. */
const EXPECTED: readonly (readonly [RegExp, FrenchWords])[] = [
  [/^end of line$/, () => 'la fin de la ligne'],
  [/^end of line after knot name definition$/, () => 'la fin de la ligne après le nom du nœud'],
  [/^end of line after stitch name$/, () => 'la fin de la ligne après le nom du sous-nœud'],
  [/^closing '\]' for weave-style option$/, () => `le crochet ${quoted(']')} qui ferme le texte du choix`],
  [/^choice condition inside \{ \}$/, () => 'une condition de choix entre { }'],
  [/^closing '\}' for choice condition$/, () => `l’accolade ${quoted('}')} qui ferme la condition du choix`],
  [/^closing '\)' for bracketed name$/, () => `la parenthèse ${quoted(')')} qui ferme l’étiquette`],
  [/^target for new thread$/, () => `le nœud où mène le fil ${quoted('<-')}`],
  [/^variable name$/, () => 'un nom de variable'],
  [/^value expression to be assigned$/, () => 'la valeur à donner à la variable'],
  [/^right side of '(.*)' expression$/, (operator) => `ce qui vient à droite de ${quoted(operator)}`],
  [/^close quote for string expression$/, () => 'le guillemet " qui ferme le texte'],
  [/^closing '\)' for function call$/, () => `la parenthèse ${quoted(')')} qui ferme l’appel de fonction`],
  [/^closing parenthesis '\)' for expression$/, () => `la parenthèse ${quoted(')')} qui ferme l’expression`],
  [/^element name within the set (.*)$/, (list) => `un nom d’élément de la liste ${quoted(list)}`],
  // `\s` rather than a space here and for the recursive INCLUDE below: the game-bundle test
  // finds ink's compiler by these very phrases, and this table is not the compiler.
  [/^filename for include\sstatement$/, () => 'le nom du fichier à inclure'],
  [/^at least one line within the knot$/, () => 'au moins une ligne dans le nœud'],
  [/^at least one line within the stitch$/, () => 'au moins une ligne dans le sous-nœud'],
  [/^whitespace after the 'function' keyword$/, () => `une espace après le mot ${quoted('function')}`],
  [/^closing '\)' for parameter list$/, () => `la parenthèse ${quoted(')')} qui ferme la liste des paramètres`],
  [/^name of external function$/, () => 'le nom de la fonction EXTERNAL'],
  [
    /^declaration of arguments for EXTERNAL, even if empty, i\.e\. '(.*)'$/,
    (example) => `les parenthèses des paramètres, même vides, comme ${quoted(example)}`,
  ],
  [/^expression after '~'$/, () => `une instruction après le ${quoted('~')}`],
  [
    /^the '=' for an assignment of a value, e\.g\. '= 5' \(initial values are mandatory\)$/,
    () => `le ${quoted('=')} et une valeur de départ, comme ${quoted('= 5')} (la valeur de départ est obligatoire)`,
  ],
  [/^initial value for\s*$/, () => 'une valeur de départ'],
  [/^list name$/, () => 'le nom de la liste'],
  [/^the '=' for an assignment of the list definition$/, () => `le ${quoted('=')} suivi des éléments de la liste`],
  [/^list item names$/, () => 'les noms des éléments de la liste'],
  [/^value to be assigned to list item$/, () => 'la valeur (un nombre entier) de l’élément de liste'],
  [/^constant name$/, () => 'le nom de la constante'],
  [
    /^some kind of logic, conditional or sequence within braces: \{ \.\.\. \}$/,
    () => 'une condition, une variable ou une séquence entre les accolades { … }',
  ],
  [/^closing brace '\}' for inline logic$/, () => `l’accolade ${quoted('}')} qui ferme le ${quoted('{')} ouvert`],
  [/^sequence elements \(for cycle\/stoping etc\)$/, () => 'les éléments de la séquence'],
  [/^conditional content following query$/, () => 'le texte qui suit la condition'],
];

function expectedThing(thing: string): string {
  for (const [pattern, words] of EXPECTED) {
    const match = pattern.exec(thing);
    if (match !== null) return words(...match.slice(1).map((group) => group ?? ''));
  }
  return quoted(thing);
}

function butSaw(saw: string, rest: string): string {
  return saw === 'end of line' ? 'mais la ligne s’arrête' : `mais on trouve ${quoted(rest)}`;
}

/**
 * Each message's pattern and its French words, the more specific before the more
 * general. Patterns are anchored at the start; a message that matches none stays as it is.
 */
export const FRENCH_MESSAGES: readonly (readonly [RegExp, FrenchWords])[] = [
  // The authoring contract's lint and the tag contract (src/engine/story).
  [
    /^unknown tag '([^']*)', did you mean '([^']*)'\?$/,
    (tag, nearest) => `tag inconnu «\u00a0${tag}\u00a0»\u00a0: vouliez-vous dire «\u00a0${nearest}\u00a0»\u00a0?`,
  ],
  [/^unknown tag '([^']*)'$/, (tag) => `tag inconnu «\u00a0${tag}\u00a0»`],
  [
    /^unknown (\w+) '([^']*)', did you mean '([^']*)'\? \(valid: (.*)\)$/,
    (key, value, nearest, valid) =>
      `valeur inconnue pour ${key}\u00a0: «\u00a0${value}\u00a0». Vouliez-vous dire «\u00a0${nearest}\u00a0»\u00a0? (valeurs possibles\u00a0: ${valid})`,
  ],
  [
    /^unknown (\w+) '([^']*)' \(valid: (.*)\)$/,
    (key, value, valid) =>
      `valeur inconnue pour ${key}\u00a0: «\u00a0${value}\u00a0» (valeurs possibles\u00a0: ${valid})`,
  ],
  [
    /^unknown concept '([^']*)', did you mean '([^']*)'\?$/,
    (concept, nearest) =>
      `concept inconnu «\u00a0${concept}\u00a0»\u00a0: vouliez-vous dire «\u00a0${nearest}\u00a0»\u00a0?`,
  ],
  [/^unknown concept '([^']*)'$/, (concept) => `concept inconnu «\u00a0${concept}\u00a0»`],
  [
    /^choice without an act/,
    () => 'choix sans act\u00a0: ajoutez-en un dans les crochets, par exemple [Dire bonjour # act: greet]',
  ],
  [
    /^header tag '([^']*)' is given again \(first on line (\d+)\)/,
    (key, first) =>
      `le tag d’en-tête ${quoted(key)} est donné une deuxième fois (la première à la ligne ${first})\u00a0: seul le dernier compte\u00a0; gardez-en un`,
  ],
  [
    /^missing header tag '([^']*)'/,
    (key) => `il manque le tag d’en-tête «\u00a0${key}\u00a0» (ajoutez «\u00a0# ${key}: …\u00a0» en haut du fichier)`,
  ],
  [
    /^no 'link_broken' knot/,
    () =>
      'pas de nœud «\u00a0link_broken\u00a0»\u00a0: quand le lien se brise, la rencontre finira avec une fin standard, sans vos mots',
  ],
  [
    /^tag '([^']*)' belongs on a choice, inside its brackets, not on (.*)$/,
    (key) => `le tag «\u00a0${key}\u00a0» va sur un choix, à l’intérieur des crochets`,
  ],
  [/^tag '([^']*)' belongs on a line, not on (.*)$/, (key) => `le tag «\u00a0${key}\u00a0» va sur une ligne de texte`],
  [
    /^tag '([^']*)' belongs on the header \(top of the file\), not on (.*)$/,
    (key) => `le tag «\u00a0${key}\u00a0» va dans l’en-tête, en haut du fichier`,
  ],
  [/^tag '([^']*)' has no value$/, (key) => `le tag «\u00a0${key}\u00a0» n’a pas de valeur`],
  [
    /^topic '([^']*)' is not a known topic, did you mean '([^']*)'\?$/,
    (topic, nearest) => `sujet «\u00a0${topic}\u00a0» inconnu\u00a0: vouliez-vous dire «\u00a0${nearest}\u00a0»\u00a0?`,
  ],
  [/^wariness '([^']*)' must be/, (value) => `wariness «\u00a0${value}\u00a0» doit être un nombre entier de 1 à 5`],
  [/^duration '([^']*)' must be/, (value) => `duration «\u00a0${value}\u00a0» doit être un nombre de minutes`],
  [/^trust '([^']*)' must be/, (value) => `trust «\u00a0${value}\u00a0» doit être un nombre signé, comme +5 ou -10`],
  [/^visit '([^']*)' must be/, (value) => `visit ${quoted(value)} doit être un numéro de visite (2, 3…)`],
  [
    /^the engine diverts to 'link_broken' itself/,
    () => 'le simulateur va lui-même à «\u00a0link_broken\u00a0» quand le lien se brise\u00a0: envoyez ailleurs',
  ],
  [
    /^the engine keeps 'link' set to the band/,
    () => 'le simulateur tient «\u00a0link\u00a0» à jour avec la bande du lien\u00a0: lisez-le, ne le changez pas',
  ],
  [
    /^the 'link_broken' knot should end with '# end: broken', not '([^']*)'$/,
    (status) =>
      `le nœud «\u00a0link_broken\u00a0» devrait finir par «\u00a0# end: broken\u00a0», pas «\u00a0${status}\u00a0»`,
  ],
  [
    /^EXTERNAL (\S+): the simulator calls no game functions; write an ink function '([^']*)' as its fallback$/,
    (name, fallback) =>
      `EXTERNAL ${name}\u00a0: le simulateur n’appelle aucune fonction du jeu\u00a0; écrivez une fonction ink ${quoted(fallback)} pour la remplacer (=== function ${fallback}() ===)`,
  ],
  [
    /^INCLUDE (.*): no such file/,
    (name) =>
      `INCLUDE ${name}\u00a0: ce fichier n’est pas parmi ceux choisis. Choisissez ${quoted(name.split(/[\\/]/).pop() ?? name)} en même temps que le fichier principal (tous les fichiers de la rencontre à la fois)`,
  ],

  // The compiler's wrapper (compile-ink.ts) and ink's own notes.
  [/^TODO: ([\s\S]*)$/, (note) => `à faire\u00a0: ${note}`],
  [/^cannot read the story \(([\s\S]*)\)$/, (reason) => `le fichier de la rencontre n’a pas pu être lu (${reason})`],
  [/^ink compiler: ([\s\S]*)$/, (reason) => `le compilateur ink s’est arrêté\u00a0: ${diagnosticInFrench(reason)}`],

  // Loose ends and missing knots: what a beginner meets first.
  [
    /^Apparent loose end exists where the flow runs out\.[^.]*\?(?: Note that if you intend to enter '([^']*)' next, you need to divert to it explicitly\.)?(?: When final tunnel to '([^']*) ->' returns it won't have anywhere to go\.)?/,
    (next, tunnel) =>
      'le texte s’arrête ici sans choix ni flèche\u00a0: faut-il un «\u00a0-> END\u00a0» ou une flèche vers un nœud\u00a0?' +
      (next === '' ? '' : ` Pour aller dans ${quoted(next)}, il faut une flèche vers lui (-> ${next}).`) +
      (tunnel === '' ? '' : ` Au retour du tunnel ${quoted(`${tunnel} ->`)}, l’histoire n’aura nulle part où aller.`),
  ],
  [/^Divert target not found: '-> ([^']*)'/, (target) => `la flèche mène à «\u00a0${target}\u00a0», qui n’existe pas`],
  [
    /^Function call target not found: '(?:-> )?([^']*)'/,
    (name) =>
      `la fonction ${quoted(name)} n’existe pas\u00a0: déclarez-la avec === function ${name}() === ou vérifiez l’orthographe`,
  ],
  [/^Divert target not found: '([^']*)'/, (target) => `la flèche mène à ${quoted(target)}, qui n’existe pas`],

  // Names: knots, stitches, variables that clash or cannot be written so.
  [
    /^Expected end of line after (knot|stitch) name definition but saw '(.*)'$/,
    (kind, rest) =>
      `le nom du ${kind === 'knot' ? 'nœud' : 'sous-nœud'} s’arrête avant ${quoted(rest)}\u00a0: un nom s’écrit d’un seul mot, en lettres, chiffres et _, sans espace, tiret ni apostrophe (par exemple mon_noeud)`,
  ],
  [
    /^Expected end of line after stitch name but saw '(.*)'$/,
    (rest) =>
      `le nom du sous-nœud s’arrête avant ${quoted(rest)}\u00a0: un nom s’écrit d’un seul mot, en lettres, chiffres et _, sans espace, tiret ni apostrophe`,
  ],
  [
    /^(Story|Knot|Stitch|Function) already contains flow named '([^']*)' \(at (.*)\)$/,
    (_container, name, where) =>
      `le nom ${quoted(name)} est déjà pris (${place(where)})\u00a0: deux nœuds, ou deux sous-nœuds d’un même nœud, ne peuvent pas porter le même nom`,
  ],
  [
    /^Stitch '([^']*)' has the same name as a knot \(on (.*)\)$/,
    (name, where) =>
      `le sous-nœud ${quoted(name)} porte le même nom qu’un nœud (${place(where)})\u00a0: renommez l’un des deux`,
  ],
  [
    /^(\S+) '([^']*)': name has already been used for a argument to (\S+) on (.*)$/,
    (kind, name, flow, where) =>
      `${theKind(kind)} ${quoted(name)} porte le même nom qu’un paramètre de ${quoted(flow)} (${place(where)})\u00a0: renommez l’un des deux`,
  ],
  [
    /^(\S+) '([^']*)': name has already been used for a (\S+) on (.*)$/,
    (kind, name, other, where) =>
      `${theKind(kind)} ${quoted(name)} porte le même nom ${thanA(other)} (${place(where)})\u00a0: renommez l’un des deux`,
  ],
  [
    /^'([^']*)' cannot be used for the name of a (.+) because it's a reserved keyword$/,
    (name, kind) => `${quoted(name)} ne peut pas servir de nom de ${kindName(kind)}\u00a0: c’est un mot réservé d’ink`,
  ],
  [
    /^'([^']*)' cannot be used for the name of a (.+) because it's a built in function$/,
    (name, kind) =>
      `${quoted(name)} ne peut pas servir de nom de ${kindName(kind)}\u00a0: c’est le nom d’une fonction d’ink`,
  ],
  [
    /^A (gather|choice) with the same label name '([^']*)' already exists in this context on line (.*)$/,
    (kind, name, line) =>
      `${aKind(kind)} porte déjà l’étiquette ${quoted(name)} ici (ligne ${line})\u00a0: chaque étiquette doit être unique`,
  ],
  [
    /^(\S+) '([^']*)' has the same label name as a (\S+) \(on (.*)\)$/,
    (kind, name, other, where) =>
      `${theKind(kind)} ${quoted(name)} porte le même nom ${thanA(other)} (${place(where)})\u00a0: renommez l’un des deux`,
  ],
  [
    /^Multiple arguments with the same name: '([^']*)'$/,
    (name) => `deux paramètres portent le même nom\u00a0: ${quoted(name)}`,
  ],
  [/^Duplicate EXTERNAL definition of '([^']*)'$/, (name) => `EXTERNAL ${quoted(name)} est déclarée deux fois`],

  // Variables and constants.
  [
    /^found declaration variable '([^']*)' that was already declared(?: \((.*)\))?$/,
    (name, where) =>
      `la variable ${quoted(name)} est déjà déclarée${where === '' ? '' : ` (${place(where)})`}\u00a0: pour changer sa valeur, écrivez ${quoted(`~ ${name} = …`)}`,
  ],
  [
    /^Variable could not be found to assign to: '([^']*)'$/,
    (name) =>
      `la variable ${quoted(name)} n’existe pas\u00a0: déclarez-la en haut du fichier avec ${quoted(`VAR ${name} = 0`)} (ou dans un nœud avec ${quoted(`~ temp ${name} = 0`)})`,
  ],
  [
    /^Unresolved variable: (.*)$/,
    (name) =>
      `${quoted(name)} est inconnu\u00a0: ce n’est ni une variable déclarée (VAR ${name} = …), ni un nœud. Vérifiez l’orthographe`,
  ],
  [
    /^Can't re-assign to a constant \(do you need to use VAR when declaring '([^']*)'\?\)$/,
    (name) => `${quoted(name)} est une constante (CONST)\u00a0: pour pouvoir la changer, déclarez-la avec VAR`,
  ],
  [
    /^global variable assignments cannot refer to other variables/,
    () =>
      'la valeur de départ d’une variable VAR ne peut pas venir d’une autre variable\u00a0: écrivez un nombre, un texte, une constante ou un élément de liste',
  ],
  [
    /^initial value for a variable must be a number, constant, list or divert target$/,
    () => 'la valeur de départ d’une variable doit être un nombre, un texte, une constante, une liste ou une flèche',
  ],
  [
    /^initial value for a constant must be a number or divert target$/,
    () => 'la valeur d’une constante doit être un nombre, un texte ou une flèche',
  ],
  [
    /^Constant strings cannot contain any logic\.$/,
    () => 'le texte d’une variable VAR ou CONST ne peut pas contenir de { } ni de logique',
  ],
  [
    /^CONST '([^']*)' has been redefined with a different value\.[\s\S]*Initial definition was on (.*?)\.?$/,
    (name, where) =>
      `la constante ${quoted(name)} est redéfinie avec une autre valeur (première définition\u00a0: ${place(where)})`,
  ],
  [
    /^Unexpected ','\. If you're trying to declare a new list, use the LIST keyword, not VAR$/,
    () => `virgule inattendue\u00a0: pour déclarer une liste, écrivez LIST au lieu de VAR`,
  ],
  [
    /^variable for (increment|decrement) could not be found: '([^']*)'/,
    (_operation, name) => `la variable ${quoted(name)} n’existe pas\u00a0: elle ne peut pas être augmentée ni diminuée`,
  ],
  [
    /^Can't use (increment|decrement) as sub-expression$/,
    () => `${quoted('++')} et ${quoted('--')} s’écrivent seuls sur une ligne ${quoted('~')}, pas dans un calcul`,
  ],
  [
    /^Can't use increment\/decrement here\. It can only be used on a ~ line$/,
    () => `${quoted('++')} et ${quoted('--')} ne s’écrivent que sur une ligne qui commence par ${quoted('~')}`,
  ],
  [
    /^can only increment and decrement variables, but saw '([^']*)'\.?$/,
    (what) => `seule une variable peut être augmentée ou diminuée, pas ${quoted(what)}`,
  ],
  [
    /^'([^']*)' being used as read count rather than being called as function\. Perhaps you intended to write (.*)$/,
    (name, call) =>
      `${quoted(name)} est une fonction, mais elle est lue comme un compteur de visites\u00a0: vouliez-vous écrire ${quoted(call)}\u00a0?`,
  ],
  [
    /^Could not find target for read count: (.*?)(?:, or couldn't find list item with the name (.*))?$/,
    (target) =>
      `${quoted(target)} est inconnu\u00a0: ni nœud, ni variable, ni élément de liste. Vérifiez l’orthographe`,
  ],
  [
    /^Using 'not' or '!' here negates '([^']*)' rather than the result of the '\?' or 'has' operator\./,
    (what) =>
      `ici, ${quoted('not')} ou ${quoted('!')} ne porte que sur ${quoted(what)}\u00a0: mettez (A ? B) entre parenthèses pour nier le tout`,
  ],

  // Lists.
  [
    /^List '([^']*)' contains duplicate items called '([^']*)'$/,
    (list, item) => `la liste ${quoted(list)} contient deux fois l’élément ${quoted(item)}`,
  ],
  [
    /^Could not find list definition that contains item '([^']*)'$/,
    (item) =>
      `${quoted(item)} est inconnu\u00a0: aucune liste (LIST) ne contient cet élément, et ce n’est pas une variable déclarée`,
  ],
  [/^Could not find list item (.*)$/, (item) => `l’élément de liste ${quoted(item)} est introuvable`],
  [
    /^Could not find list definition for item (.*)$/,
    (item) => `aucune liste (LIST) ne contient l’élément ${quoted(item)}`,
  ],
  [/^Duplicate of item '([^']*)' in list\.$/, (item) => `l’élément ${quoted(item)} est écrit deux fois dans la liste`],
  [
    /^Ambiguous item name '([^']*)' found in multiple sets, including (\S+) and (\S+)$/,
    (item, first, second) =>
      `l’élément ${quoted(item)} existe dans plusieurs listes (dont ${quoted(first)} et ${quoted(second)})\u00a0: écrivez ${first}.${item} ou ${second}.${item}`,
  ],
  [
    /^Can currently only construct a list from one integer/,
    () => 'une liste ne se construit qu’à partir d’un seul nombre entier (ou vide, à partir d’une liste déclarée)',
  ],

  // Choices, gathers and the weave.
  [
    /^Choice is completely empty\./,
    () =>
      `choix sans texte\u00a0: il sera pris tout seul quand il ne restera aucun autre choix. Si c’est voulu, écrivez ${quoted('* ->')}\u00a0; sinon, donnez-lui un texte entre crochets`,
  ],
  [
    /^Blank choice - if you intended a default fallback choice, use the `\* ->` syntax$/,
    () => `choix vide\u00a0: pour un choix pris tout seul quand il ne reste rien d’autre, écrivez ${quoted('* ->')}`,
  ],
  [
    /^Choices with conditions should be written: '\* \{condition\} choice'\./,
    () =>
      `un choix sous condition s’écrit ${quoted('* {condition} [texte du choix]')}. Sinon, un choix placé dans une condition { … } ou une séquence doit finir par une flèche (-> …)`,
  ],
  [
    /^Choices nested in conditionals or sequences need to explicitly divert afterwards\.$/,
    () => 'un choix placé dans une condition { … } ou une séquence doit finir par une flèche (-> …)',
  ],
  [
    /^You can't use a gather \(the dashes\) within the \{ curly braces \} context\./,
    () =>
      'pas de regroupement (les tirets « - ») dans un bloc { … }\u00a0: dans une condition ou une séquence sur plusieurs lignes, un seul tiret par branche',
  ],
  [
    /^Functions may not contain choices/,
    () => 'une fonction ne peut pas contenir de choix\u00a0: mettez les choix dans un nœud',
  ],
  [
    /^Functions may not contain diverts, but saw '([^']*)'$/,
    (divert) => `une fonction ne peut pas contenir de flèche (${quoted(divert)})\u00a0: elle finit par ~ return`,
  ],
  [
    /^Functions may not contain stitches, but saw '([^']*)' within the function '([^']*)'$/,
    (stitch, fn) => `la fonction ${quoted(fn)} ne peut pas contenir de sous-nœud (${quoted(stitch)})`,
  ],
  [
    /^Functions cannot be stitches/,
    () =>
      `une fonction ne peut pas être un sous-nœud\u00a0: déclarez-la à part, avec ${quoted('=== function nom() ===')}, hors de tout nœud`,
  ],

  // Conditions and sequences in braces.
  [
    /^Expected an '- else:' clause here rather than an extra condition$/,
    () => `il fallait ${quoted('- else:')} ici, et non une condition de plus`,
  ],
  [
    /^Only final branch can be an 'else'\. Did you miss a ':'\?$/,
    () =>
      `seule la dernière branche peut être un ${quoted('else')}\u00a0: manque-t-il un ${quoted(':')} après une condition\u00a0?`,
  ],
  [/^Multiple 'else' cases\./, () => `plusieurs ${quoted('else')}\u00a0: il en faut un seul, à la fin`],
  [
    /^'else' case in conditional should always be the final one$/,
    () => `le ${quoted('else')} doit toujours venir en dernier`,
  ],
  [
    /^Branch doesn't have condition\. Are you missing a ':'\?/,
    () => `cette branche n’a pas de condition\u00a0: manque-t-il un ${quoted(':')}\u00a0?`,
  ],
  [/^Condition block with no conditions$/, () => 'bloc de condition sans aucune condition'],
  [
    /^Expected one or two alternatives separated by '\|' in inline conditional$/,
    () => `une condition sur une ligne offre une ou deux possibilités, séparées par ${quoted('|')}`,
  ],
  [
    /^expected content for the conditional branch following '-'$/,
    () => `il manque le texte de la branche après le ${quoted('-')}`,
  ],
  [
    /^Saw the text 'else:' which is being treated as content\. Did you mean '- else:'\?$/,
    () => `le texte ${quoted('else:')} sera affiché tel quel\u00a0: vouliez-vous écrire ${quoted('- else:')}\u00a0?`,
  ],
  [
    /^Sequence type combination not supported: (.*)$/,
    (annotation) => `cette combinaison de types de séquence n’existe pas (${annotation})`,
  ],
  [
    /^Tags aren't allowed inside of strings\./,
    () => `pas de tag dans un texte entre guillemets\u00a0: pour un dièse, écrivez ${quoted('\\#')}`,
  ],
  [
    /^String expressions cannot contain diverts \(->\)$/,
    () => 'un texte entre guillemets ne peut pas contenir de flèche (->)',
  ],

  // Logic lines (`~`), functions, returns.
  [
    /^Return statements can only be used in knots that are declared as functions: (.*)$/,
    (declaration) => `${quoted('~ return')} ne s’écrit que dans une fonction, déclarée ainsi\u00a0: ${declaration}`,
  ],
  [
    /^should not have return statement outside of a knot$/,
    () => `${quoted('~ return')} ne s’écrit que dans une fonction`,
  ],
  [
    /^Do you need a '~' before 'return'\?/,
    () =>
      `faut-il un ${quoted('~')} devant ${quoted('return')}\u00a0? Sinon, reformulez\u00a0: ${quoted('return')} en début de ligne ressemble à une instruction`,
  ],
  [
    /^You shouldn't use a '~' here - tildas are for logic that's on its own line\./,
    () =>
      `pas de ${quoted('~')} ici\u00a0: il ouvre une ligne de logique. Dans le texte, mettez la logique entre accolades { … }`,
  ],
  [
    /^Logic following a '~' can't be that type of expression\./,
    () =>
      `après un ${quoted('~')}, on écrit par exemple ${quoted('~ x = 1')}, ${quoted('~ temp x = 1')}, ${quoted('~ x++')}, ${quoted('~ fonction()')} ou ${quoted('~ return')}`,
  ],
  [
    /^(\S+) hasn't been marked as a function, but it's being called as one\./,
    (name) =>
      `${quoted(name)} est appelé comme une fonction, mais c’est un nœud\u00a0: déclarez-le avec ${quoted(`=== function ${name} ===`)}, ou envoyez-y une flèche (-> ${name})`,
  ],
  [
    /^(\S+) can't be diverted to\. It can only be called as a function/,
    (name) =>
      `${quoted(name)} est une fonction\u00a0: on l’appelle (${quoted(`~ ${name}()`)}), on n’y envoie pas de flèche`,
  ],
  [
    /^(\S+) must be called as a function: (.*)$/,
    (name, call) => `${quoted(name)} s’appelle comme une fonction\u00a0: ${call}`,
  ],
  [
    /^(?:Divert|Function call) target \((.*)\) doesn't take parameters$/,
    (name) => `${quoted(name)} ne prend pas de paramètre\u00a0: enlevez les parenthèses`,
  ],
  [
    /^(?:Divert|Function call) to '([^']*)' requires (\d+) arguments?, but (?:there weren't any passed to it|(?:only )?got (\d+))$/,
    (name, count, given) =>
      `${quoted(name)} demande ${count} paramètre${count === '1' ? '' : 's'}, ${given === '' ? 'mais aucun n’est donné' : `mais ${given} ${given === '1' ? 'est donné' : 'sont donnés'}`}`,
  ],
  [
    /^(?:Divert|Function call) target needs to be a knot or stitch in order to pass arguments$/,
    () => 'seuls un nœud ou un sous-nœud peuvent recevoir des paramètres',
  ],
  [
    /^(?:Divert|Function call) can't store arguments in a divert target variable$/,
    () => 'une flèche gardée dans une variable ne peut pas avoir de paramètres',
  ],
  [
    /^(?:Divert|Function call) Can't call as a function or with arguments unless it's a knot or stitch$/,
    () => 'seuls un nœud, un sous-nœud ou une fonction peuvent être appelés avec des paramètres',
  ],
  [
    /^(?:Divert|Function call) incorrect number of arguments sent to external function '([^']*)'\. Expected (\d+) but got (\d+)$/,
    (name, expected, got) =>
      `la fonction EXTERNAL ${quoted(name)} attend ${expected} paramètre(s), elle en reçoit ${got}`,
  ],
  [
    /^(?:Divert|Function call) Expected variable name to pass by reference to 'ref ([^']*)' but saw (.*)$/,
    (parameter, saw) => `le paramètre ${quoted(`ref ${parameter}`)} attend un nom de variable, pas ${quoted(saw)}`,
  ],
  [
    /^(?:Divert|Function call) can't pass a read count by reference\./,
    () => 'un paramètre ref attend le nom d’une variable VAR, pas celui d’un nœud',
  ],
  [
    /^(?:Divert|Function call) Target '([^']*)' expects a divert target for the parameter named -> (\S+) but saw (.*)$/,
    (name, parameter, saw) =>
      `${quoted(name)} attend une flèche pour le paramètre ${quoted(`-> ${parameter}`)}, pas ${quoted(saw)}`,
  ],
  [
    /^(?:Divert|Function call) Passing read count of '([^']*)' instead of a divert target\. You probably meant '([^']*)'$/,
    (name, meant) =>
      `c’est le compteur de visites de ${quoted(name)} qui est donné, pas une flèche\u00a0: vouliez-vous écrire ${quoted(meant)}\u00a0?`,
  ],
  [
    /^Since '([^']*)' is used as a variable divert target \(on (.*)\), it should be marked as: -> (\S+)$/,
    (name, where) =>
      `${quoted(name)} sert de flèche (${place(where)})\u00a0: déclarez le paramètre ainsi\u00a0: -> ${name}`,
  ],
  [
    /^Can't use -> DONE or -> END as variable divert targets$/,
    () => '-> DONE et -> END ne peuvent pas être gardés dans une variable',
  ],
  [
    /^Can't use a divert target like that\. Did you intend to call '([^']*)' as a function/,
    (target) => {
      const name = target.replace(/^->\s*/, '');
      return `la flèche ${quoted(target)} ne s’emploie pas ainsi\u00a0: pour appeler une fonction, écrivez ${quoted(`${name}()`)}\u00a0; pour compter les visites d’un nœud, écrivez ${quoted(name)}, sans flèche`;
    },
  ],
  [
    /^Since '([^']*)' is a variable, it shouldn't be preceded by '->' here\.$/,
    (name) => `${quoted(name)} est une variable\u00a0: enlevez le ${quoted('->')} devant`,
  ],
  [
    /^Can't store a divert target to a knot or function that has by-reference arguments \('([^']*)' has 'ref ([^']*)'\)\.$/,
    (name, parameter) =>
      `${quoted(name)} a un paramètre ref (${quoted(parameter)})\u00a0: on ne peut pas garder une flèche vers lui dans une variable`,
  ],
  [
    /^Empty diverts \(->\) are only valid on choices$/,
    () =>
      `une flèche sans nœud (${quoted('->')} seul) ne s’écrit que sur un choix\u00a0: ajoutez le nom du nœud, ou -> END`,
  ],
  [
    /^Unexpected number of arrows in divert\./,
    () => `trop de flèches à la suite\u00a0: écrivez ${quoted('->')}, ou ${quoted('->->')} pour revenir d’un tunnel`,
  ],
  [
    /^Tunnel onwards '->->' must only come at the begining or the start of a divert$/,
    () => `${quoted('->->')} (retour de tunnel) ne peut venir qu’au début d’une flèche`,
  ],
  [/^Unexpected sequence '\+-'$/, () => `suite ${quoted('+-')} inattendue`],
  [/^Expected '='$/, () => `il manque un ${quoted('=')}`],
  [/^Expected closing '\)'$/, () => `il manque la parenthèse ${quoted(')')} qui ferme`],
  [
    /^Expected the name of the (function|knot)$/,
    (kind) => `il manque le nom ${kind === 'function' ? 'de la fonction' : 'du nœud'}`,
  ],
  [/^Expected an parameter name(?: after 'ref')?$/, () => 'il manque le nom du paramètre'],
  [
    /^Recursive\sINCLUDE detected: '([^']*)' is already open\.$/,
    (file) => `INCLUDE en boucle\u00a0: ${quoted(file)} s’inclut lui-même, directement ou par un autre fichier`,
  ],
  [/^Failed to read integer value: ([^.]*)\./, (value) => `${quoted(value)} est un nombre trop grand pour ink`],

  // ink's built-in functions.
  [
    /^The (CHOICE_COUNT|TURNS)\(\) function shouldn't take any arguments$/,
    (name) => `${name}() ne prend pas de paramètre`,
  ],
  [
    /^The (\w+)\(\) function should take one argument: a divert target/,
    (name) =>
      `${name}() prend un seul paramètre, une flèche vers ce que vous voulez vérifier\u00a0: ${name}(-> mon_noeud)`,
  ],
  [
    /^RANDOM should take 2 parameters/,
    () => 'RANDOM prend deux paramètres, un minimum et un maximum entiers\u00a0: RANDOM(1, 6)',
  ],
  [
    /^RANDOM's (minimum|maximum) parameter should be an integer$/,
    (which) => `le ${which === 'minimum' ? 'minimum' : 'maximum'} de RANDOM doit être un nombre entier`,
  ],
  [/^SEED_RANDOM should take 1 parameter/, () => 'SEED_RANDOM prend un seul paramètre, un nombre entier'],
  [
    /^SEED_RANDOM's parameter should be an integer seed$/,
    () => 'le paramètre de SEED_RANDOM doit être un nombre entier',
  ],
  [
    /^LIST_RANGE should take 3 parameters/,
    () => 'LIST_RANGE prend trois paramètres\u00a0: une liste, un minimum et un maximum',
  ],
  [/^LIST_RANDOM should take 1 parameter/, () => 'LIST_RANDOM prend un seul paramètre, une liste'],
  [
    /^(\S+) should take (\d+) parameters?$/,
    (name, count) => `${name} prend ${count} paramètre${count === '1' ? '' : 's'}`,
  ],
  [
    /^When getting the TURNS_SINCE\(\) of a variable target, remove the '->'/,
    () => `pour TURNS_SINCE() d’une variable, enlevez le ${quoted('->')}`,
  ],
  [
    /^Failed to find target for TURNS_SINCE: '([^']*)'$/,
    (target) => `TURNS_SINCE\u00a0: ${quoted(target)} est introuvable`,
  ],
  [
    /^Should be '([^']*)'\(-> '([^']*)\)\./,
    (fn, name) => `écrivez ${fn}(-> ${name})\u00a0: sans ${quoted('->')}, seule une variable peut être donnée`,
  ],

  // The parser's expectations, the most general: `Expected X but saw Y`.
  [
    /^Expected content, but got (.*) \(this is an ink compiler bug!\)$/,
    (what) => `erreur du compilateur ink (il attendait du texte, il a trouvé ${quoted(what)})`,
  ],
  [
    /^Expected ([\s\S]+?) but saw (end of line|'([\s\S]*)')$/,
    (thing, saw, rest) => `ici, il fallait ${expectedThing(thing)}, ${butSaw(saw, rest)}`,
  ],

  // ink's run-time errors (the runner, the checker, an imported story that stops at once).
  [
    /^RUNTIME (ERROR|WARNING): (?:'([^']*)' line (\d+): |(\([^)]*\)): )?([\s\S]*)$/,
    (kind, file, line, pointer, message) => {
      // Without a line, ink names its place in the compiled story: the knot is what the author wrote.
      const inKnot = pointer === '' ? undefined : runtimeErrorPlace(pointer);
      const where =
        file !== ''
          ? ` (${file}, ligne ${line})`
          : inKnot?.kind === 'knot'
            ? ` (dans le nœud ${quoted(inKnot.knot)})`
            : '';
      return `${kind === 'ERROR' ? 'erreur' : 'avertissement'} pendant le jeu${where}\u00a0: ${diagnosticInFrench(message)}`;
    },
  ],
  [/^Error: ([\s\S]*)$/, (message) => diagnosticInFrench(message)],
  [
    /^ran out of content\. Do you need a '-> DONE' or '-> END'\?$/,
    () => `le texte s’arrête sans choix ni fin\u00a0: faut-il un ${quoted('-> END')} ou une flèche vers un nœud\u00a0?`,
  ],
  [
    /^unexpectedly reached end of content\. Do you need a '->->' to return from a tunnel\?$/,
    () => `le tunnel s’arrête sans revenir\u00a0: faut-il un ${quoted('->->')} à sa fin\u00a0?`,
  ],
  [
    /^unexpectedly reached end of content\. Do you need a '~ return'\?$/,
    () => `la fonction s’arrête sans revenir\u00a0: faut-il un ${quoted('~ return')} à sa fin\u00a0?`,
  ],
  [
    /^unexpectedly reached end of content for unknown reason/,
    () => 'le texte s’arrête sans raison connue (erreur du compilateur ink)',
  ],
  [
    /^the story ran for (\d+) ms without producing a line/,
    (ms) =>
      `la rencontre a tourné ${ms}\u00a0ms sans produire de ligne\u00a0: une boucle de flèches qui n’atteint jamais de texte ni de choix\u00a0?`,
  ],
  [
    /^the story produced (\d+) lines without offering a choice/,
    (count) => `la rencontre a produit ${count} lignes sans offrir de choix\u00a0: une boucle\u00a0?`,
  ],
  [
    /^RANDOM was called with minimum as (-?\d+) and maximum as (-?\d+)\./,
    (min, max) => `RANDOM a reçu ${min} comme minimum et ${max} comme maximum\u00a0: le maximum doit être plus grand`,
  ],
  [/^RANDOM was called with a range that exceeds/, () => 'RANDOM a reçu un écart trop grand pour les nombres d’ink'],
  [
    /^Invalid value for (minimum|maximum) parameter of RANDOM\(min, max\)$/,
    (which) => `le ${which} donné à RANDOM(min, max) n’est pas un nombre entier`,
  ],
  [/^Invalid value passed to SEED_RANDOM$/, () => 'la valeur donnée à SEED_RANDOM n’est pas un nombre entier'],
  [
    /^Variable not found: '([^']*)'\. Using default value of 0/,
    (name) => `la variable ${quoted(name)} n’a pas encore de valeur ici\u00a0: 0 est utilisé à la place`,
  ],
  [
    /^Failed to find content at path '([^']*)', and no approximation of it was possible\.$/,
    (path) => `rien n’a été trouvé à l’endroit ${quoted(path)}`,
  ],
  [
    /^Failed to find content at path '([^']*)', so it was approximated to: '([^']*)'\.$/,
    (path, approximation) =>
      `rien n’a été trouvé à l’endroit ${quoted(path)}\u00a0: l’histoire reprend à ${quoted(approximation)}`,
  ],
  [/^Content at path not found: (.*)$/, (path) => `rien n’a été trouvé à l’endroit ${quoted(path)}`],
  [/^Divert target doesn't exist: (.*)$/, (target) => `la flèche mène à ${quoted(target)}, qui n’existe pas`],
  [
    /^Tried to divert using a target from a variable that could not be found \((.*)\)$/,
    (name) => `la flèche lit la variable ${quoted(name)}, qui n’existe pas`,
  ],
  [
    /^Tried to divert to a target from a variable, but the variable \((.*)\) didn't contain a divert target, it (?:was empty\/null \(the value 0\)|contained '(.*)')\.$/,
    (name, value) =>
      `la variable ${quoted(name)} ne contient pas de flèche (elle contient ${value === '' ? '0' : quoted(value)})`,
  ],
  [
    /^Shouldn't use a divert target \(to (.*)\) as a conditional value\./,
    (target) =>
      `une flèche (vers ${quoted(target)}) n’est pas une condition\u00a0: pour appeler une fonction, écrivez nom()\u00a0; pour compter les visites, le nom seul, sans flèche`,
  ],
  [
    /^TURNS_SINCE \/ READ_COUNT expected a divert target \(knot, stitch, label name\), but saw (.*?)(\. Did you accidentally pass a read count.*)?$/,
    (saw, readCount) =>
      `TURNS_SINCE / READ_COUNT attend une flèche vers un nœud, pas ${quoted(saw)}${readCount === '' ? '' : '\u00a0: écrivez -> nom_du_noeud'}`,
  ],
  [
    /^Found (.*), when expected (.*)$/,
    (found, expected) => `${quoted(found)} trouvé alors qu’il fallait ${quoted(expected)}`,
  ],
  [
    /^Missing function binding for externals?: '(.*)'/,
    (names) =>
      `le jeu ne fournit pas la fonction EXTERNAL ${quoted(names)}\u00a0: écrivez une fonction ink du même nom`,
  ],
  [
    /^Version of ink used to build story was newer than the current version of the engine$/,
    () =>
      'cette rencontre a été compilée par une version d’ink plus récente que celle du jeu\u00a0: importez plutôt le fichier .ink',
  ],
  [
    /^Version of ink used to build story is too old to be loaded by this version of the engine$/,
    () =>
      'cette rencontre a été compilée par une version d’ink trop ancienne\u00a0: compilez-la de nouveau, ou importez le fichier .ink',
  ],
  [
    /^(?:ink version number|Root node for ink) not found\. Are you sure it's a valid \.ink\.json file\?$/,
    () => 'ce fichier n’est pas une histoire ink compilée (.ink.json)',
  ],

  // Opening a compiled story (check-compiled-story.ts, ink-story.ts).
  [
    /^not valid JSON \(([\s\S]*)\)$/,
    (reason) =>
      `ce n’est pas du JSON valide\u00a0: le fichier est abîmé ou incomplet (selon le navigateur\u00a0: ${reason})`,
  ],
  [
    /^this JSON is not a compiled ink story \(it has no "inkVersion"\)/,
    () =>
      'ce JSON n’est pas une histoire ink compilée (il n’a pas de «\u00a0inkVersion\u00a0»)\u00a0: importez le fichier .ink, ou exportez-le depuis Inky avec File > Export to JSON',
  ],
  [
    /^not a compiled ink story \(([\s\S]*)\)$/,
    (reason) => `ce n’est pas une histoire ink compilée (${diagnosticInFrench(reason)})`,
  ],
  [/^the story shows nothing/, () => 'la rencontre n’affiche rien\u00a0: elle n’a aucune ligne pour commencer'],
  [
    /^the story stops as soon as it starts: ([\s\S]*)$/,
    (reason) => `la rencontre s’arrête dès le début\u00a0: ${diagnosticInFrench(reason)}`,
  ],

  // The story checker (story-checker.ts).
  [
    /^a path stops here without '# end: \.\.\.' \((?:before any choice|after choices ([\d,]+))\)/,
    (choices) =>
      `un parcours s’arrête ici sans ${quoted('# end: …')} (${choices === '' ? 'avant tout choix' : `après les choix ${choices}`})\u00a0: le bilan dira seulement que la rencontre est finie. Ajoutez ${quoted('# end: kept')}, referred, handled, ended ou broken à sa dernière ligne`,
  ],

  // Importing a file on the start screen (user-library.ts).
  [
    /^only \.ink files \(ink source\) and \.json files \(compiled ink\) can be imported$/,
    () => 'seuls les fichiers .ink (texte ink) et .json (ink compilé) peuvent être importés',
  ],
  [
    /^the file is too large \(([\d.,]+) MB; at most ([\d.,]+) MB\)$/,
    (size, most) =>
      `le fichier est trop gros (${size.replace('.', ',')}\u00a0Mo\u00a0; au plus ${most.replace('.', ',')}\u00a0Mo)`,
  ],
  [
    /^(?:before any choice|after choices ([\d, ]+)), the encounter stops with an error: ([\s\S]*)$/,
    (choices, reason) =>
      `${choices === '' ? 'avant tout choix' : `après les choix ${choices}`}, la rencontre s’arrête sur une erreur\u00a0: ${diagnosticInFrench(reason)}`,
  ],
  [/^the file could not be read \(([\s\S]*)\)$/, (reason) => `le fichier n’a pas pu être lu (${reason})`],
  [/^this is not a text file$/, () => 'ce n’est pas un fichier texte'],
  [
    /^a character could not be read: save the file as UTF-8 text/,
    () =>
      'un caractère n’a pas pu être lu\u00a0: enregistrez le fichier en texte UTF-8 (Inky et la plupart des éditeurs le font)',
  ],
  // Several files chosen together: the parts of one encounter (user-library.ts, `importEncounterFiles`).
  [/^no file was chosen$/, () => 'aucun fichier n’a été choisi'],
  [
    /^a \.json file is a whole encounter: import it on its own/,
    () => 'un fichier .json est une rencontre complète\u00a0: importez-le seul, sans autre fichier',
  ],
  [
    /^the files are too large together \(([\d.,]+) MB; at most ([\d.,]+) MB\)$/,
    (size, most) =>
      `ensemble, les fichiers sont trop gros (${size.replace('.', ',')}\u00a0Mo\u00a0; au plus ${most.replace('.', ',')}\u00a0Mo)`,
  ],
  [
    /^no file chosen INCLUDEs this one, and (.*) was taken as the main file/,
    (main) =>
      `aucun fichier choisi n’inclut celui-ci, et ${quoted(main)} a été pris comme fichier principal\u00a0: importez une rencontre à la fois, son fichier principal avec les fichiers qu’il inclut`,
  ],
];

/** InkStory joins the run-time errors of one step with `; `. */
const JOINED_RUNTIME_ERRORS = /; (?=RUNTIME (?:ERROR|WARNING): )/;

/**
 * `message` in French when the table knows it, else unchanged. Run-time errors ink
 * reported together (`…; RUNTIME ERROR: …`) are worded one by one.
 */
export function diagnosticInFrench(message: string): string {
  if (JOINED_RUNTIME_ERRORS.test(message)) {
    return message.split(JOINED_RUNTIME_ERRORS).map(diagnosticInFrench).join('\u00a0; ');
  }
  for (const [pattern, words] of FRENCH_MESSAGES) {
    const match = pattern.exec(message);
    if (match !== null) return words(...match.slice(1).map((group) => group ?? ''));
  }
  return message;
}
