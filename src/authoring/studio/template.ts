/**
 * The studio's "new encounter": a tiny complete encounter that follows the authoring
 * contract, with a comment for a trainer over every tag. It compiles with no error and
 * no warning (a test checks), so the first thing a trainer sees is a story that works.
 */
import type { Language } from '../../engine/index.ts';

const FRENCH = `// Modèle de rencontre : remplacez les textes par les vôtres.
// Les lignes qui commencent par // sont des commentaires : le jeu ne les montre pas.
// Un tag s'écrit après un dièse, sous la forme « clé: valeur ». Il dit au simulateur ce qui se passe.

// L'EN-TÊTE : les premières lignes du fichier, avant tout texte.
// title : le titre affiché dans la liste des rencontres.
# title: Le banc du parc
// lang : la langue de la rencontre, fr ou en.
# lang: fr
// setting : le décor (street, bus, site, cafe, home, clinic).
# setting: street
// time : le moment de la scène, affiché à l'ouverture (facultatif).
# time: 21 h, octobre
// character : le prénom de la personne rencontrée.
# character: Sylvain
// look : comment la personne est dessinée (facultatif) : person_hood, woman_long_hair, woman_short_hair,
// woman_braids, man_short_hair, man_tuque_bag, older_man_cap ou man_beard (le guide les décrit).
// Sans ce tag, elle est dessinée en capuchon, sans rien qui dise homme ou femme.
# look: older_man_cap
// wariness : sa méfiance, de 1 (à l'aise) à 5 (très méfiante). La confiance part de là.
# wariness: 3
// summary : le résumé lu avant de jouer, la situation et la tâche du soir.
# summary: Un homme est assis seul sur un banc, un sac à dos à ses pieds. Ce soir, tu te présentes.
// duration : la durée de jeu attendue, en minutes.
# duration: 3
// concepts : les concepts de l'article que la rencontre travaille (voir le guide d'écriture).
# concepts: voisinage-courtois, rythme
// warning : un avertissement de contenu, lu par la stagiaire avant de commencer, pour qu'elle
// sache ce que la scène va toucher. Nommez simplement chaque sujet sensible ; une ligne par sujet
// si vous voulez. Facultatif : si la scène ne touche rien de difficile, effacez la ligne.
# warning: itinérance

// Le simulateur écrit ici la bande du lien : "fragile", "building", "solid" ou "broken".
VAR link = "fragile"

// La flèche envoie vers un nœud. Un nœud commence par === son_nom ===.
-> bench

=== bench ===
// Le premier contact : se faire voir, sans rien demander.
// ambience : le fond sonore. distance : où se tient la stagiaire (far, near, close).
Un homme est assis sur un banc, un sac à dos à ses pieds. # ambience: street_night # distance: far
// Un choix commence par +. Le texte entre crochets est celui du bouton.
// act : ce que fait la stagiaire ; c'est lui que le lien juge. greet : dire bonjour.
+ [Lui dire bonsoir, de loin # act: greet]
    // speaker: worker, c'est la stagiaire qui parle.
    Bonsoir ! # speaker: worker
    // cue : un signal du corps. eye_contact ouvre, turns_away ferme.
    Il lève la main, sans sourire. # cue: eye_contact
    -> closing
// ask : poser une question personnelle. Avant toute confiance, c'est une précipitation.
+ [Lui demander s'il a une place où dormir ce soir # act: ask]
    T'as une place où dormir, ce soir ? # speaker: worker
    // moment : sa disponibilité à partir de maintenant (open, guarded, closed).
    Il détourne la tête. # cue: turns_away # moment: closed
    -> closing

=== closing ===
// Finir à temps fait partie du bonjour.
// leave : partir, finir la rencontre pour aujourd'hui.
+ [Lui dire que tu passes souvent par ici, et partir # act: leave]
    Je passe souvent par ici. Bonne soirée. # speaker: worker
    // end : comment la rencontre se termine, pour le retour. kept : le lien est gardé.
    Il hoche la tête. # end: kept
    -> END
// perche : proposer une ressource concrète ; topic dit laquelle (shelter : le refuge).
+ [Lui parler du refuge de la rue Ontario # act: perche # topic: shelter]
    Y reste des lits au refuge, tsé. # speaker: worker
    // mood : le ton de la personne qui parle.
    J'ai rien demandé. # speaker: Sylvain # mood: cold
    -> refusal

=== refusal ===
// Un refus : l'accepter respecte sa décision ; insister est une précipitation de plus.
// accept : accepter un refus. insist : insister après un refus.
+ [Lui dire que c'est lui qui décide # act: accept]
    C'est toi qui décides. Bonne soirée. # speaker: worker
    // ended : la rencontre s'arrête sans verdict.
    Il ne répond pas. # end: ended
    -> END
+ [Insister : juste une nuit, pour essayer # act: insist]
    Juste une nuit, pour essayer ? # speaker: worker
    Non. # speaker: Sylvain # mood: cold # end: ended
    -> END

=== link_broken ===
// Le simulateur vient ici tout seul quand le lien se brise : n'y envoyez jamais vous-même.
Il se lève et s'en va. # cue: turns_away # end: broken
-> END
`;

const ENGLISH = `// Encounter template: replace the texts with your own.
// Lines that start with // are comments: the game does not show them.
// A tag is written after a hash sign, as "key: value". It tells the simulator what happens.

// THE HEADER: the first lines of the file, before any text.
// title: the title shown in the list of encounters.
# title: The Park Bench
// lang: the encounter's language, fr or en.
# lang: en
// setting: the scenery (street, bus, site, cafe, home, clinic).
# setting: street
// time: when the scene happens, shown as it opens (optional).
# time: 9 p.m., October
// character: the first name of the person met.
# character: Sylvain
// look: how the person is drawn (optional): person_hood, woman_long_hair, woman_short_hair,
// woman_braids, man_short_hair, man_tuque_bag, older_man_cap or man_beard (the guide describes them).
// Without this tag, they are drawn in a hood, with nothing that says man or woman.
# look: older_man_cap
// wariness: how wary they are, from 1 (at ease) to 5 (very wary). Trust starts from there.
# wariness: 3
// summary: the summary read before playing, the situation and tonight's task.
# summary: A man sits alone on a bench, a backpack at his feet. Tonight, you introduce yourself.
// duration: the expected playing time, in minutes.
# duration: 3
// concepts: the article's concepts the encounter works on (see the authoring guide).
# concepts: voisinage-courtois, rythme
// warning: a content warning, read by the trainee before they start, so they know what the
// scene will touch on. Simply name each sensitive subject; one line per subject if you like.
// Optional: if the scene touches on nothing difficult, delete the line.
# warning: homelessness

// The simulator writes the link's band here: "fragile", "building", "solid" or "broken".
VAR link = "fragile"

// The arrow goes to a knot. A knot starts with === its_name ===.
-> bench

=== bench ===
// First contact: be seen, ask for nothing.
// ambience: the background sound. distance: where the trainee stands (far, near, close).
A man sits on a bench, a backpack at his feet. # ambience: street_night # distance: far
// A choice starts with +. The text in square brackets is the button's.
// act: what the trainee does; it is what the link judges. greet: say hello.
+ [Say good evening, from a distance # act: greet]
    // speaker: worker, the trainee speaks.
    Good evening! # speaker: worker
    // cue: a body signal. eye_contact opens, turns_away closes.
    He raises a hand, without smiling. # cue: eye_contact
    -> closing
// ask: ask a personal question. Before any trust, it is a rush.
+ [Ask him if he has a place to sleep tonight # act: ask]
    Got a place to sleep tonight? # speaker: worker
    // moment: how available the person is from now on (open, guarded, closed).
    He turns his head away. # cue: turns_away # moment: closed
    -> closing

=== closing ===
// Leaving in time is part of saying hello.
// leave: go, end the encounter for today.
+ [Tell him you often come by, and go # act: leave]
    I come by here often. Have a good evening. # speaker: worker
    // end: how the encounter ends, for the debrief. kept: the link is kept.
    He nods. # end: kept
    -> END
// perche: offer a concrete resource; topic says which (shelter: the shelter).
+ [Tell him about the shelter on Ontario Street # act: perche # topic: shelter]
    There are still beds at the shelter, you know. # speaker: worker
    // mood: the speaker's tone.
    I didn't ask for anything. # speaker: Sylvain # mood: cold
    -> refusal

=== refusal ===
// A refusal: accepting it respects his decision; insisting is one more rush.
// accept: accept a refusal. insist: insist after a refusal.
+ [Tell him it is his call # act: accept]
    Your call. Have a good evening. # speaker: worker
    // ended: the encounter stops without a verdict.
    He does not answer. # end: ended
    -> END
+ [Insist: just one night, to try it # act: insist]
    Just one night, to try it? # speaker: worker
    No. # speaker: Sylvain # mood: cold # end: ended
    -> END

=== link_broken ===
// The simulator comes here by itself when the link breaks: never divert here yourself.
He gets up and walks away. # cue: turns_away # end: broken
-> END
`;

/** The commented template of a new encounter, in the studio's language. */
export function encounterTemplate(lang: Language): string {
  return lang === 'en' ? ENGLISH : FRENCH;
}
