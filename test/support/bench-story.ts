/**
 * A whole encounter in a few lines, written to the authoring contract (no warning):
 * Maryse on a bench, a way to keep the link and a way to break it. The import's and
 * the library's tests, in Node and in the browser, hand it over as a trainer would.
 */
export function benchStory(title = 'Un banc au parc'): string {
  return `# title: ${title}
# lang: fr
# setting: street
# time: 21 h, octobre
# character: Maryse
# wariness: 2
# summary: Une courte rencontre pour essayer l'import.
# duration: 1
# concepts: lien

Maryse est assise sur un banc, son sac sur les genoux. # distance: far
* [La saluer de loin # act: greet]
    Bonsoir. # speaker: worker
    Elle vous fait un petit signe de la main. # cue: smiles
    -> fin
* [Vous asseoir tout contre elle # act: approach]
    Vous vous asseyez à côté d'elle. # distance: close
    -> trop_pres

=== trop_pres ===
Elle se lève et s'éloigne sans un mot. # cue: steps_back # end: broken
-> END

=== fin ===
Vous repasserez demain soir. # end: kept
-> END

=== link_broken ===
Le banc est vide. # end: broken
-> END
`;
}
