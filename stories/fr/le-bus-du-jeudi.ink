# title: Le bus du jeudi
# lang: fr
# setting: bus
# time: le jeudi, 14 h 10, d'octobre à janvier
# character: Réjean
# look: older_man_cap
# wariness: 4
# summary: Tes premiers jeudis au bus d'intervention, garé derrière le métro Frontenac. Réjean, un homme dans la cinquantaine, vient chaque semaine chercher son matériel, et rien d'autre. Trois jeudis, à quelques semaines d'intervalle. La tâche : ne jamais briser le lien, même si vous restez à l'étape du matériel. Rester là, c'est déjà réussir.
# duration: 12
# concepts: lien, non-demande, rythme, voisinage-courtois, suggestion-legitime
# warning: consommation de drogues par injection, mort d'un ami évoquée (surdose), mauvaise expérience à l'hôpital évoquée

// Réglé par le moteur : fragile | building | solid | broken. Ne jamais l'écrire ici.
VAR link = "fragile"
// Le premier jeudi : la question sur sa main, posée à la porte, devant la file.
VAR hand_asked = false
// Le premier jeudi : il est reparti avec son matériel neuf, ou non.
VAR served = false
// Le deuxième jeudi : le bus est allé devant chez lui, ou on a demandé à la rue où il était.
VAR visited_home = false
VAR asked_street = false

-> premier_jeudi

=== premier_jeudi ===
// Le cadre. Au bus, une personne peut venir pendant des années chercher son matériel, et rien d'autre : c'est une intervention complète. À demander aux stagiaires : qu'est-ce que « réussir » veut dire, avec Réjean ?
Un jeudi d'octobre, un peu avant 14 h. Le bus d'intervention est garé derrière le métro Frontenac, moteur coupé, porte ouverte sur le trottoir. # ambience: bus # moment: guarded
C'est ton premier jeudi à bord. Nadia, qui fait le bus depuis neuf ans, range les boîtes de seringues par format. Francine, l'infirmière du jeudi, fait ses mots croisés sur le banc du milieu.
Au fond, un rideau bleu pâle ferme le petit coin : deux bancs, une tablette, le seul endroit du bus où l'on peut parler sans être entendu. Le rideau a un accroc, près de la tringle.
Près de la porte, il y a le comptoir, les boîtes de seringues empilées, les sacs de papier brun, et un grand bac jaune pour le matériel usagé.
À 14 h 10, tu vas voir arriver Réjean. Y vient chercher son matériel. Ça fait huit ans qu'y vient, pis ça fait huit ans qu'y prend juste ça. C'est correct de même. # speaker: Nadia
Pis y vouvoie tout le monde. Moi, je le tutoie depuis neuf ans, pis y me vouvoie encore. Toi, vouvoie-le. # speaker: Nadia # mood: amused
À 14 h 10, un homme dans la cinquantaine s'assoit sur le banc de l'abribus, à une dizaine de mètres. Manteau de laine trop grand, casquette des Expos, un sac d'épicerie plié dans la main. # distance: far
Deux personnes attendent devant la porte. Il ne se met pas dans la file : il attend qu'elle se vide. Et il te regarde, toi, la nouvelle face. # cue: eye_contact
+ [Lui faire un signe de tête depuis la porte, et le laisser venir à son tour # act: greet]
    -> signe_de_tete
+ [Descendre lui porter un kit au banc : ça lui évitera d'attendre # act: approach]
    -> au_banc
+ [Rester à l'intérieur, à côté de Nadia, et continuer à monter des kits # act: hold]
    -> il_observe

=== signe_de_tete ===
// Un bonjour qui ne demande rien. La file, l'attente, l'ordre d'arrivée : c'est lui qui les a choisis, on les lui laisse.
Tu lui fais un signe de tête depuis la marche. Il te le rend, du bout de la casquette. À peine.
La file se vide. Il se lève, lisse son sac d'épicerie et vient se planter au pied des marches. # distance: near # sound: footsteps
-> a_la_porte

=== il_observe ===
// Ne rien faire de spécial, c'est aussi une façon d'être là. Il regarde la nouvelle face avant tout : on le laisse regarder.
Tu restes à côté de Nadia. Tu plies des sacs de papier brun, tu comptes des tampons. Du coin de l'œil, tu le vois qui t'observe.
La file se vide. Il se lève et vient se planter au pied des marches. # distance: near # sound: footsteps
C'est votre premier jeudi, vous. # speaker: Réjean # mood: dry
Ce n'est pas une question. Il a l'air de connaître toutes les faces du bus depuis huit ans.
-> a_la_porte

=== au_banc ===
// Aller au-devant de lui, devant la file. Le geste est serviable ; pour lui, c'est toute la rue qui voit le bus venir le chercher au banc.
Tu descends les marches avec un kit et tu traverses jusqu'au banc. Tu t'arrêtes juste devant lui. # distance: close # sound: footsteps
Il se lève d'un coup. Les deux personnes de la file se retournent. # cue: steps_back # moment: closed
Je suis capable de monter trois marches, merci. # speaker: Réjean # mood: cold
Il ne prend pas le kit. Il regarde par-dessus ton épaule, vers la porte du bus, vers Nadia.
+ [T'excuser, remonter dans le bus et le laisser venir à son tour # act: step_back]
    Excusez-moi. Je vous attends en haut. # speaker: worker
    Tu remontes. Nadia ne dit rien ; elle te tend une pile de sacs à plier. # distance: far
    -> il_revient
+ [Poser le kit sur le banc, à côté de lui, et remonter sans rien dire # act: material]
    Tu poses le kit sur le banc et tu remontes. Il ne le prend pas. # distance: far
    -> il_revient
+ [Lui expliquer que c'était pour lui éviter la file, et lui tendre le kit encore # act: insist]
    C'était juste pour vous éviter d'attendre... # speaker: worker
    Il ne répond pas. Il attend, les mains dans les poches, que tu t'en ailles. Tu remontes. # distance: far
    -> il_revient

=== il_revient ===
// Après un faux pas, il reprend son rituel. On le lui laisse : c'est la réparation.
Il attend que la file soit vide, comme d'habitude. Puis il vient au pied des marches, sans te regarder. # distance: near # moment: guarded
-> a_la_porte

=== a_la_porte ===
// La porte du bus donne sur le trottoir : ce qui s'y dit s'entend. La discrétion fait partie de l'entente sur la présence.
Bonjour, madame Nadia. # speaker: Réjean
Deux boîtes de dix, des tampons, pis un kit. Comme d'habitude. # speaker: Réjean
Nadia te fait signe : c'est toi qui sers.
Dans l'abribus, une femme berce une poussette. Deux gars fument au bord du trottoir, assez près pour tout entendre.
Quand il te tend son sac d'épicerie, tu vois le dos de sa main droite : enflé, rouge, un vieux diachylon qui décolle.
+ [Lui préparer ce qu'il demande, sans question # act: material]
    -> servi
+ [Lui demander, en lui tendant le sac, s'il s'est fait soigner la main # act: ask]
    -> la_main
+ [Lui présenter, tant qu'il est là, tout ce que le bus offre # act: inform]
    -> la_pub

=== la_main ===
// Une question de santé, à la porte, devant la file. Le souci est juste ; l'endroit et le moment ne le sont pas. Pour lui, la rue vient d'apprendre quelque chose sur son corps.
~ hand_asked = true
Vous êtes-vous fait soigner la main ? Ça a l'air infecté. # speaker: worker
Les deux gars arrêtent de parler. La femme à la poussette lève la tête.
Réjean tire sa manche sur sa main, lentement. # cue: turns_away # moment: closed
Ma main va très bien, merci. Deux boîtes de dix, des tampons, pis un kit. # speaker: Réjean # mood: cold
+ [Lui préparer son sac, en silence # act: material]
    -> servi
+ [T'excuser, à voix basse, et lui préparer son sac # act: accept]
    Excusez-moi. C'était pas la place. # speaker: worker
    Il ne répond pas. Mais il hoche la tête, une fois.
    -> servi
+ [Lui expliquer, plus bas, qu'une infection comme ça peut devenir grave # act: insist]
    Je dis ça parce qu'une infection de même, ça peut devenir grave, vite. # speaker: worker
    -> il_part

=== la_pub ===
// Le discours de la personne nouvelle. Rien de faux, mais il n'a rien demandé, et il connaît le bus mieux que toi. L'information est une porte qu'on laisse entrouverte, pas une visite guidée.
Tu lui parles de Francine, l'infirmière du jeudi, du dépistage, de la désintox, des lits de dépannage, du local de jour, des repas du mardi. Tu t'entends parler vite.
Il attend, son sac d'épicerie ouvert, que tu aies fini. # cue: silence
Ça fait huit ans que je viens ici, jeune. Je pourrais vous la faire, la visite guidée. # speaker: Réjean # mood: amused
Derrière toi, Nadia étouffe un rire dans sa manche.
Deux boîtes de dix, des tampons, pis un kit. # speaker: Réjean
+ [Lui préparer son sac, sans rien ajouter # act: material]
    -> servi

=== servi ===
// L'étape du matériel. Du matériel neuf, sans question attachée : c'est une intervention complète. Certaines personnes en restent là pendant des années, et le lien tient. Remarquez aussi ce qu'il rapporte : il prend soin de ses affaires à sa manière.
~ served = true
Tu prépares le sac : deux boîtes de dix seringues, des tampons d'alcool, un kit avec l'eau stérile, les filtres et les petits contenants. Tu le lui tends par la porte. # moment: guarded
Il vérifie d'un coup d'œil, plie le sac en quatre et le glisse dans la poche intérieure de son manteau.
Au pied des marches, il dépose dans le bac jaune un contenant de matériel usagé, bien fermé. Tous les jeudis, t'a dit Nadia. Pas oublié une fois en huit ans.
Merci. # speaker: Réjean
{ hand_asked:
    Il reste une seconde au pied des marches, la main dans la poche. Il regarde la rue, pas toi. # cue: silence
- else:
    Il reste une seconde au pied des marches et regarde le bus de haut en bas : le capot, les pneus, la rouille sur l'aile. # cue: silence
    Y a fait combien de tours, celui-là ? Y tousse plus que moi, le matin. # speaker: Réjean # mood: dry
}
+ [Lui souhaiter bon jeudi, et le laisser partir # act: leave]
    -> a_jeudi
+ [Lui dire que Francine, l'infirmière, est à bord : elle pourrait regarder sa main, c'est rapide # act: perche # topic: nurse]
    -> perche_infirmiere
+ [Lui glisser que s'il pense un jour à la désintox, il y a des places cette semaine # act: perche # topic: detox]
    -> perche_desintox

=== perche_infirmiere ===
// Une perche, le premier jeudi. L'infirmière est une bonne idée ; proposée avant tout lien, c'est un service de plus qu'il n'a pas demandé. Son refus a une histoire (l'urgence, quatorze heures). Remarquez comment il change de sujet : c'est sa façon de dire « assez ».
Francine est à bord, aujourd'hui. Elle pourrait regarder votre main, deux minutes, en arrière. # speaker: worker
Il regarde le rideau du fond, puis sa main, puis toi.
Les hôpitaux, les infirmières, j'ai donné. Quatorze heures à l'urgence, la dernière fois, pour me faire parler comme à un chien. # speaker: Réjean # mood: cold # cue: arms_crossed
Il remonte son col et regarde vers la rue Ontario.
Y vont-tu finir par les finir, les travaux, sur Ontario ? Ça fait trois ans qu'y creusent le même trou. # speaker: Réjean # mood: dry # cue: changes_subject
+ [Lui répondre sur les travaux, et laisser sa main où il l'a laissée # act: accept]
    -> les_travaux
+ [Insister : Francine, ce n'est pas l'hôpital, et ça ne prendrait que deux minutes # act: insist # topic: nurse]
    Francine, c'est pas l'hôpital, je vous le jure. Deux minutes, pas plus. # speaker: worker
    -> il_part
+ [Lui souhaiter bon jeudi, et le laisser partir # act: leave]
    -> a_jeudi

=== perche_desintox ===
// La désintox, le premier jeudi, à la porte. Il n'a rien demandé, et cette perche-là parle de sa consommation devant la rue. Il connaît l'offre mieux que toi ; son refus a une histoire.
Pis si jamais vous y pensez, un jour, la désintox, y a des places cette semaine. # speaker: worker
Un des deux gars qui fument ricane. Réjean ne se retourne pas.
La désintox, jeune, j'ai fait ça trois fois. Je connais le menu par cœur. Le pâté chinois du mardi aussi. # speaker: Réjean # mood: cold # cue: arms_crossed
Il remonte son col et regarde vers la rue Ontario.
Y vont-tu finir par les finir, les travaux, sur Ontario ? Ça fait trois ans qu'y creusent le même trou. # speaker: Réjean # mood: dry # cue: changes_subject
+ [Lui répondre sur les travaux, et laisser la désintox où il l'a laissée # act: accept]
    -> les_travaux
+ [Insister : ça a changé depuis, il y a des endroits où ça se passe mieux # act: insist # topic: detox]
    Ça a changé, vous savez. Y a des places où ça se passe ben mieux, astheure. # speaker: worker
    -> il_part
+ [Lui souhaiter bon jeudi, et le laisser partir # act: leave]
    -> a_jeudi

=== les_travaux ===
// Suivre son changement de sujet. Il a fermé une porte ; tu le suis dans le trou de la rue Ontario. C'est comme ça que le lien se répare.
Trois ans ? Je pensais que c'était un monument. # speaker: worker
Il souffle par le nez. Ce n'est pas tout à fait un rire. # cue: smiles
Un monument aux cônes orange. Bon. À jeudi. # speaker: Réjean # mood: dry
-> apres_le_premier

=== a_jeudi ===
// Finir à temps. Un « bon jeudi » ne lui demande rien et lui laisse la semaine prochaine.
Bon jeudi, Réjean. # speaker: worker
Il touche le bord de sa casquette.
À jeudi. # speaker: Réjean
-> apres_le_premier

=== apres_le_premier ===
// Se taire n'est pas ignorer. Nadia dit ce qu'on fera de la main : en parler une fois, en dedans, pas devant la rue, quand il pourra l'entendre. Le souci attend son moment.
Il s'en va vers la rue Ontario, les mains dans les poches, sans se presser. # sound: footsteps
Au coin, un homme maigre en coton ouaté l'attend en fumant. Ils repartent ensemble.
Ça, c'est Gilles. Y monte jamais dans le bus. Les deux boîtes, c'est une pour lui, une pour Gilles. # speaker: Nadia
Elle referme la boîte de seringues.
{ hand_asked:
    Sa main, je l'ai vue aussi. Mais la porte, c'est le trottoir : ce que tu dis là, la rue l'entend. # speaker: Nadia # mood: quiet
- else:
    Sa main, tu l'as vue ? Moi aussi. # speaker: Nadia # mood: quiet
}
On va lui en parler une fois. En dedans, pas devant le monde, un jour où y va pouvoir l'entendre. Ça sera peut-être pas avant un bout. # speaker: Nadia
-> deuxieme_jeudi

=== il_part ===
// Insister après un refus ou un changement de sujet. L'intention, c'est le soin ; pour lui, c'est une personne de plus qui décide à sa place. Il s'en va. S'il n'a pas eu son sac, il repart sans matériel neuf : c'est le vrai coût, pour sa santé.
Il lève la main, paume vers toi. Ça suffit. # cue: turns_away # moment: closed
Bon. Merci, là. Bonne journée. # speaker: Réjean # mood: cold
{ not served:
    Il repart sans son sac. Sans son matériel neuf.
}
Il s'en va vers la rue Ontario sans se retourner. # sound: footsteps
Les deux jeudis suivants, le banc de l'abribus reste vide à 14 h 10. « Y a la pharmacie, y a le local de jour », dit Nadia. « Y va revenir, ou pas. Nous autres, on va être là. » # end: ended
-> END

=== deuxieme_jeudi ===
// La présence qui revient, au même endroit, à la même heure. C'est lui qui vient au bus ; le bus ne va pas chez lui. L'entente sur la présence inclut les lieux, et la discrétion.
Trois semaines plus tard. Novembre. Il pleut à boire debout, une pluie froide qui tambourine sur le toit du bus. # visit: 2 # ambience: rain
Tu connais mieux le bus, maintenant : les boîtes, les formats, les habitués, le thermos de café de Nadia.
14 h 10. Le banc de l'abribus est vide. # distance: far
14 h 25. Toujours personne. Nadia regarde l'heure sans rien dire.
Steve, le chauffeur, se retourne sur son siège.
Y reste dans la maison de chambres sur Dufresne, ton Réjean, à trois coins d'ici. Je peux faire le tour du bloc par là, si tu veux voir s'y est correct. # speaker: Steve
Sous l'abribus, deux habitués attendent le 125. Eux, ils connaissent tout le monde.
+ [Attendre à la porte : le bus est là jusqu'à 15 h, c'est ça, l'entente # act: hold]
    -> il_arrive
+ [Dire oui à Steve : faire le tour par la maison de chambres, pour voir s'il va bien # act: visit]
    -> devant_chez_lui
+ [Demander aux gars de l'abribus s'ils ont vu Réjean passer # act: ask]
    -> la_rue_sait

=== devant_chez_lui ===
// Aller chez la personne sans invitation, même par souci. Le bus a un logo, et le quartier sait lire : pour lui, c'est son adresse et sa consommation dites à toute la galerie.
~ visited_home = true
Steve fait le tour du bloc. Le bus ralentit devant la maison de chambres, un triplex gris avec des boîtes aux lettres en rang. # sound: bus_engine
Sur la galerie, Réjean fume avec un homme en camisole. Il voit le bus. Il voit le logo sur le côté. Son visage se ferme.
Il descend les marches sous la pluie et vient jusqu'à la fenêtre du bus. # distance: near
Qu'est-ce que vous faites devant chez nous avec ça ? Le proprio, y sait lire, lui. # speaker: Réjean # mood: angry # cue: agitated # moment: closed
+ [T'excuser, et demander à Steve de repartir tout de suite # act: step_back]
    Excusez-nous. On s'en va. # speaker: worker
    Steve repart. Dans le rétroviseur, Réjean reste planté sous la pluie, les bras croisés. # distance: far
    -> il_arrive
+ [Lui expliquer que tu t'inquiétais, qu'il n'était pas venu # act: insist]
    -> pas_de_visite

=== pas_de_visite ===
// Expliquer ses bonnes raisons après qu'il a dit non. Il entend que le bus sait mieux que lui où il devrait être, et quand. Il trouve son matériel ailleurs : il est correct, mais le lien avec le bus est en pause.
On s'inquiétait, vous étiez pas venu... # speaker: worker
Je suis en retard. C'est toute. Le 125 passait pas. # speaker: Réjean # mood: cold
Repassez pas icitte. # speaker: Réjean # mood: cold # cue: turns_away
Il remonte sur la galerie. L'homme en camisole vous regarde repartir.
Les jeudis suivants, il ne vient pas. En janvier, Nadia apprend au local de jour qu'il prend son matériel à la pharmacie de la rue Ontario. Il est correct. Il ne revient pas au bus. # end: ended
-> END

=== la_rue_sait ===
// Demander à la rue où est une personne. L'intention est bonne ; mais ici, tout le monde se connaît, et la question voyage plus vite que le bus.
~ asked_street = true
Tu te penches par la porte. # distance: near
Vous auriez pas vu Réjean, par hasard ? Le monsieur à la casquette des Expos ? # speaker: worker
Un des deux hausse les épaules : le 125 est en retard, il doit être dedans. L'autre sort son téléphone et tape quelque chose, avec un petit sourire.
Tu remontes. # distance: far
-> il_arrive

=== il_arrive ===
// Il arrive à son heure à lui. L'invitation à entrer vient de Nadia, pas de lui : elle ouvre la porte du bus, pas encore celle de la conversation.
14 h 50. Réjean arrive à moitié en courant, le col relevé, trempé jusqu'aux os. # sound: footsteps
{
- visited_home:
    Il monte la première marche sans dire bonjour. Il dégoutte sur le plancher. # moment: guarded
    La prochaine fois, faites-moi pas de visite de paroisse. C'est moi qui viens au bus. Le bus vient pas chez nous. # speaker: Réjean # mood: firm
- asked_street:
    Paraît que vous me cherchiez. Toute la rue Ontario le sait, astheure. # speaker: Réjean # mood: dry # moment: guarded
    Le 125 passait pas. Je suis en retard, c'est toute. # speaker: Réjean
- else:
    Le 125 est passé plein. Y m'a laissé sur le trottoir comme un parapluie oublié. # speaker: Réjean # mood: dry
}
Rentre, Réjean, y mouille. Assis-toi deux minutes, le temps que ça se calme. # speaker: Nadia
Il hésite sur la marche. Puis il monte et s'assoit sur le petit banc près de la porte, le sac d'épicerie sur les genoux. L'eau coule de sa casquette. # distance: near
Nadia te passe le thermos. Dans le bac du vestiaire, il y a des bas de laine, encore dans leur emballage.
+ [Lui servir un café, et rester de ton côté, près du comptoir # act: hold]
    Tu lui tends un café et tu retournes t'appuyer au comptoir. Il tient le verre à deux mains.
    -> le_rideau
+ [T'asseoir à côté de lui sur le petit banc, pour jaser # act: approach]
    -> trop_pres
+ [Lui offrir une paire de bas secs du vestiaire, sans rien ajouter # act: material]
    Y a des bas secs, si vous voulez. Des bas de laine. # speaker: worker
    Des bas de laine. Vous me prenez par les sentiments. # speaker: Réjean # mood: dry
    Il les glisse dans la poche de son manteau, avec le sac d'épicerie.
    -> le_rideau

=== trop_pres ===
// S'asseoir à côté de lui : chaleureux, mais le banc est étroit, et l'invitation à entrer venait de Nadia, pas de lui. Dans un bus, la bonne distance se compte en centimètres.
Tu t'assois à côté de lui. Le banc est étroit : vos épaules se touchent presque. # distance: close
Il se décale jusqu'au bout du banc, contre la porte. Le sac d'épicerie change de genou. # cue: steps_back
+ [Te relever et aller lui chercher un café au comptoir # act: step_back]
    Je vais vous chercher un café. # speaker: worker
    Tu te relèves. Tu lui tends le café de loin, et tu restes au comptoir. # distance: near
    -> le_rideau
+ [Rester assis à côté de lui, et lui demander comment il va, vraiment # act: ask]
    Pis, vous, ça va ? Vraiment ? # speaker: worker
    Mouillé. Je vas bien, mouillé. # speaker: Réjean # mood: cold
    Il regarde la pluie. Tu finis par te relever. # distance: near
    -> le_rideau

=== le_rideau ===
// Il parle de lui, à sa manière, par un détail du bus : une porte entrouverte, puis refermée. Le silence qui suit lui appartient. Il teste : « est-ce qu'on va rentrer sans que je l'invite ? »
Le bus sent le café et le manteau mouillé. La pluie tambourine sur le toit.
Réjean regarde le fond du bus, le rideau bleu pâle, l'accroc près de la tringle.
Y est encore déchiré, votre rideau. # speaker: Réjean # mood: dry
Au Bijou, sur Ontario, un rideau déchiré, c'était une faute professionnelle. J'ai été projectionniste là vingt-deux ans. En haut, dans la cabine. # speaker: Réjean
Le Bijou a fermé en 2003. Après ça... # speaker: Réjean # mood: quiet
Il s'arrête et regarde la pluie couler sur la vitre. # cue: turns_away
+ [Laisser le silence faire, et regarder la pluie avec lui # act: hold]
    -> la_cabine
+ [Lui demander doucement ce qui est arrivé, après la fermeture # act: ask]
    -> apres_ca
+ [Lui dire franchement que ça a dû être dur, et qu'il a l'air fatigué ces temps-ci # act: opinion]
    -> trop_franc

=== apres_ca ===
// Il s'était arrêté au bord de son histoire. Y entrer à sa place, même doucement, c'est passer par-dessus sa limite. Il revient quand même au bus : il ne te lâche pas, il referme.
Qu'est-ce qui est arrivé, après ? # speaker: worker
Après, y a eu après. # speaker: Réjean # mood: cold # moment: closed
Il boit une gorgée. Il ne dit plus rien pendant un long moment. # cue: silence
Bon. Le café est bon, au moins. # speaker: Réjean # mood: dry # moment: guarded
-> la_main_guerie

=== trop_franc ===
// Une opinion franche, trop tôt : avec le lien, on pourra tout dire ; au deuxième jeudi, c'est un jugement sur sa vie. Il répond avec de l'humour, et il ferme.
Ça a dû être dur. Pis, je vous le dis franchement : vous avez l'air fatigué, ces temps-ci. # speaker: worker
Vous, vous avez l'air de quelqu'un qui fait son deuxième mois. # speaker: Réjean # mood: cold # moment: closed
Il boit une gorgée. Il ne dit plus rien pendant un long moment. # cue: silence
Bon. Le café est bon, au moins. # speaker: Réjean # mood: dry # moment: guarded
-> la_main_guerie

=== la_cabine ===
// Respecter le silence. Il revient de lui-même, par l'humour : c'est sa façon de dire « merci de pas avoir poussé ».
Tu ne dis rien. La pluie fait son bruit. Francine tourne une page de ses mots croisés.
Au bout d'un moment, Réjean se redresse.
Vingt-deux ans à regarder des films par un petit trou carré. J'en ai vu, du monde brailler, d'en haut. Personne me voyait, moi. C'était parfait. # speaker: Réjean # mood: quiet
Un bus, c'est pas pire. C'est une cabine qui roule. Y manque juste le film. # speaker: Réjean # mood: amused # cue: smiles
-> la_main_guerie

=== la_main_guerie ===
// Une perche possible, maintenant : une fois, en dedans, à l'abri des oreilles. Il dira peut-être non. S'il la prend, tant mieux ; s'il la laisse, tant mieux aussi. Sa santé, il la gère déjà à sa façon.
Sa main droite tient le verre. Le vieux diachylon a été remplacé par un vrai pansement, propre, bien collé.
La pluie se calme un peu. Dehors, deux personnes attendent à la porte.
+ [Lui dire, une fois, que Francine est là s'il veut qu'elle regarde sa main # act: perche # topic: nurse]
    -> francine_une_fois
+ [Lui préparer son sac, comme d'habitude # act: material]
    -> sac_du_deuxieme

=== francine_une_fois ===
// La perche, et son refus. Il a déjà trouvé sa solution (la pharmacienne) : c'est son chemin, et c'est une bonne nouvelle. Accepter son non garde la porte ouverte pour un autre jeudi.
Francine est là jusqu'à 15 h, si jamais vous voulez qu'elle regarde votre main. Juste si vous voulez. # speaker: worker
Il regarde sa main comme si elle appartenait à quelqu'un d'autre.
La pharmacienne, sur Ontario, s'en est occupée. A m'a envoyé au sans-rendez-vous, y m'ont donné des pilules. Pis a me pose pas de questions, elle. # speaker: Réjean # mood: dry
Il jette un œil vers Francine, qui lève le nez de ses mots croisés et lui fait un petit salut de crayon.
Une autre fois, peut-être. Y en reste-tu, du café ? # speaker: Réjean # mood: dry # cue: changes_subject
+ [Lui dire que c'est lui qui sait, lui resservir du café et préparer son sac # act: accept]
    C'est vous qui savez. Pis oui, y en reste. Deux boîtes de dix, des tampons, pis un kit ? # speaker: worker
    Vous apprenez vite. # speaker: Réjean # mood: amused # cue: smiles
    -> sac_du_deuxieme
+ [Insister un peu : elle pourrait vérifier que ça guérit bien, ça ne prendrait qu'une minute # act: insist # topic: nurse]
    Elle pourrait juste vérifier que ça guérit bien. Une minute. # speaker: worker
    J'ai dit une autre fois. # speaker: Réjean # mood: cold # moment: closed
    -> sac_du_deuxieme

=== sac_du_deuxieme ===
// Le matériel, encore. Rien de plus n'a été demandé. Le deuxième jeudi finit comme le premier, et c'est très bien.
Tu prépares son sac. Il le plie en quatre, le glisse dans son manteau, et dépose son contenant usagé dans le bac jaune en sortant. # moment: guarded
Merci pour le café. Pis les bas. # speaker: Réjean
Il s'arrête sur la marche et regarde encore le fond du bus.
Réparez-le, votre rideau. Ça fait pitié. # speaker: Réjean # mood: dry
Il repart sous la pluie. Au coin, Gilles l'attend sous un parapluie à moitié cassé. # sound: footsteps
-> troisieme_jeudi

=== troisieme_jeudi ===
// La troisième visite. La bande du lien (calculée par le moteur) décide s'il demande le coin, ou s'il prend son matériel et repart. Les deux sont des réussites : le lien n'est pas brisé.
Janvier. Six semaines plus tard. Il fait moins vingt-deux ; les vitres du bus sont givrées en dedans. # visit: 3 # ambience: bus
Au fond, le petit coin a des rideaux neufs : orange, avec des petits losanges jaunes. Nadia les a cousus pendant les fêtes, sur la machine de sa mère.
Ça sent le café et le chauffage au maximum. Au milieu du bus, Francine parle à voix basse avec une jeune femme qui garde ses mitaines.
14 h 10. Réjean attend que la file se vide, comme toujours. Puis il vient au pied des marches. # distance: near
Au coin de la rue, personne ne l'attend.
{ link == "solid" or link == "building":
    -> il_demande
- else:
    -> juste_le_materiel
}

=== juste_le_materiel ===
// L'étape du matériel, encore. Le lien n'a pas assez grandi pour plus, et ce n'est pas un échec : il revient, chaque jeudi, et le bus est là.
Bonjour. Une boîte de dix, des tampons, pis un kit. # speaker: Réjean # mood: wary
Une boîte. Pas deux. Il regarde les rideaux orange au fond du bus, une seconde, et il ne dit rien.
+ [Lui préparer son sac, sans question, et lui dire « à jeudi » # act: material]
    Tu prépares son sac. Il le plie en quatre, le glisse dans son manteau.
    À jeudi. # speaker: Réjean
    Il repart dans le froid, les mains dans les poches. Jeudi prochain, à 14 h 10, il sera sur le banc de l'abribus. C'est ça, le lien, pour l'instant. Ça peut durer des années. # end: kept
    -> END

=== il_demande ===
// La demande vient de lui. Une porte qu'il ouvre lui-même : c'est là que l'intervention devient légitime. La répondre, c'est y aller à sa place à lui, pas à la nôtre.
Il ne dit pas « deux boîtes de dix ». Il monte les marches, enlève sa casquette.
Vous auriez-tu une minute ? En arrière. # speaker: Réjean # mood: quiet # cue: eye_contact
Derrière lui, une femme attend son tour à la porte. Nadia te fait signe : vas-y, je prends la file.
// Une approche tout près, mais sur son invitation : l'autrice fixe l'effet elle-même.
+ [Lui dire oui, passer derrière le rideau avec lui et t'asseoir sur le banc d'en face # act: approach # trust: +3]
    -> le_coin
+ [Lui dire que tu vas chercher Nadia : elle le connaît depuis plus longtemps # act: step_back]
    Je vais chercher Nadia, elle vous connaît mieux que moi. # speaker: worker
    C'est à vous que je demandais. # speaker: Réjean # mood: dry
    Nadia, qui a entendu, hoche la tête vers le fond. Vas-y.
    -> le_coin
// Question à la porte, devant la file, alors qu'il a demandé le coin : le modèle ne voit pas qui écoute ; l'autrice décide.
+ [Lui demander, là, à la porte, ce qui se passe # act: ask # trust: -4]
    Qu'est-ce qui se passe ? Ça va pas ? # speaker: worker
    La femme à la porte lève les yeux. Réjean remet sa casquette.
    En arrière, j'ai dit. # speaker: Réjean # mood: firm
    -> le_coin

=== le_coin ===
// Le coin privé. On y est tout près : on n'y pousse rien. Il va parler de quelque chose de lourd ; la seule tâche est de le recevoir.
Tu tires les rideaux orange. Le bruit de la file s'étouffe. Vous êtes assis face à face, les genoux presque à se toucher, la tablette entre vous deux. # distance: close # sound: door
Il tourne sa casquette dans ses mains un bon moment. # cue: silence
Gilles. Le gars qui m'attendait au coin. Vous l'avez vu. On a travaillé ensemble au Bijou : lui aux billets, moi en haut, dans la cabine. # speaker: Réjean # mood: quiet
Y est mort le 28 décembre. Dans sa chambre. Y était tout seul. Y l'ont trouvé le 2. # speaker: Réjean # mood: quiet
+ [L'écouter, sans rien dire, et le laisser prendre son temps # act: listen]
    -> il_raconte
+ [Lui dire qu'il n'aurait rien pu faire, que ce n'est pas de sa faute # act: opinion]
    -> consoler_trop_vite
+ [Lui demander doucement comment c'est arrivé # act: ask]
    -> comment_arrive

=== consoler_trop_vite ===
// Consoler, c'est donner son avis sur sa vie à lui. Même tendre, c'est trop tôt : il n'a pas fini de dire.
Vous pouviez rien faire, vous savez. C'est pas de votre faute. # speaker: worker
Il lève les yeux vers toi. # cue: arms_crossed
Vous savez pas ce que je sais, jeune. # speaker: Réjean # mood: cold
Il regarde ses mains. Il continue quand même, plus bas.
-> il_raconte

=== comment_arrive ===
// Une question factuelle, au milieu d'un deuil. Elle ne coûte pas grand-chose ici, parce qu'il était prêt à en parler ; mais elle oriente vers les faits, et lui, il voulait parler de Gilles.
Comment c'est arrivé ? # speaker: worker
Comme pour pas mal de monde, cet hiver. Y a pris de quoi qui était pas ce qu'y pensait. # speaker: Réjean # mood: flat
-> il_raconte

=== il_raconte ===
// Il s'approche du plus difficile (sa propre chambre, le soir), puis il change de sujet. Les rideaux, c'est « ça suffit pour aujourd'hui ». Le moment clé de la rencontre.
Trente ans qu'on se connaissait. Y me devait vingt piasses. Y me les doit encore. # speaker: Réjean # mood: quiet
Il rit un peu, sans bruit, puis plus du tout.
Pis moi, le soir, dans ma chambre, j'écoute si le voisin bouge. Des fois je me dis que si c'était moi, le prochain... # speaker: Réjean # mood: quiet
Il s'arrête. Il tend la main et touche le rideau orange, le tissu entre le pouce et l'index, comme un connaisseur.
Coudonc. Vous avez fini par m'écouter, pour le rideau. Y était temps. # speaker: Réjean # cue: changes_subject
+ [Lui répondre sur les rideaux : c'est Nadia qui les a cousus, pendant les fêtes # act: accept]
    -> les_rideaux
+ [Lui demander doucement ce qu'il se dit, le soir, dans sa chambre # act: ask]
    -> pousser_la_porte
+ [Lui dire qu'il ne devrait jamais consommer seul, et lui offrir une trousse de naloxone # act: perche # topic: naloxone]
    -> trop_tot_pour_la_naloxone

=== les_rideaux ===
// Suivre les rideaux. Il a dit « assez » à sa façon ; on s'arrête là. Le petit sourire, c'est le lien qui tient, et la porte qui reste ouverte pour un autre jeudi.
C'est Nadia qui vous a écouté. Elle les a cousus pendant les fêtes, sur la machine à coudre de sa mère. # speaker: worker
Il examine l'ourlet d'un œil de spécialiste.
Orange. C'est audacieux. # speaker: Réjean # mood: dry
Au Bijou, on avait du velours rouge. Quand je l'ouvrais, le monde arrêtait de parler. # speaker: Réjean # mood: soft
Il te regarde. Un petit sourire, à peine, au coin de la bouche. # cue: smiles # moment: open
Vous lui direz que c'est réussi. # speaker: Réjean
-> la_trousse

=== pousser_la_porte ===
// Il a changé de sujet : c'était « ça suffit pour aujourd'hui ». Y retourner, même doucement, même pour son bien, c'est passer par-dessus sa limite.
Qu'est-ce que vous vous dites, le soir, dans votre chambre ? # speaker: worker
Il lâche le rideau. # cue: arms_crossed # moment: closed
Rien. Je me dis rien. J'écoute le voisin, c'est toute. # speaker: Réjean # mood: cold
-> il_se_ferme

=== trop_tot_pour_la_naloxone ===
// La bonne information, au mauvais moment. Ne pas consommer seul, la naloxone : tout est exact. Mais il vient de dire « assez », et on lui répond par un conseil sur sa mort possible.
Vous devriez jamais consommer tout seul. Pis je peux vous donner une trousse de naloxone, en partant. # speaker: worker
Il lâche le rideau. # cue: arms_crossed # moment: closed
Gilles en avait une. Dans son tiroir. # speaker: Réjean # mood: cold
-> il_se_ferme

=== il_se_ferme ===
// Après une porte forcée : réparer en en faisant moins. S'il part, on le laisse partir ; le jeudi suivant dira si le lien tient.
Il remet sa casquette. Il regarde le rideau fermé, comme s'il calculait la distance jusqu'à la porte.
+ [Lui dire que c'est correct, qu'il n'a rien à dire de plus aujourd'hui # act: accept]
    C'est correct. Vous avez rien à dire de plus. Pas aujourd'hui. # speaker: worker
    Il hoche la tête, lentement. Il ne sourit pas. # moment: guarded
    -> sac_du_troisieme
+ [Lui expliquer que tu t'inquiètes pour lui, que c'est pour ça que tu demandes # act: insist]
    -> il_se_leve
+ [Ouvrir le rideau, et le laisser partir s'il veut # act: leave]
    Tu ouvres le rideau. Le bruit de la file revient. # distance: near
    Il se lève, lentement. Il ne part pas tout de suite. # moment: guarded
    -> sac_du_troisieme

=== il_se_leve ===
// Insister après deux « non ». L'inquiétude est sincère ; pour lui, c'est la preuve que le coin n'est pas un endroit où l'on peut s'arrêter quand on veut.
C'est parce que je m'inquiète pour vous. C'est pour ça que je demande. # speaker: worker
Il se lève. Il ouvre le rideau lui-même. # cue: turns_away # distance: near
Inquiétez-vous pas. Je suis grand. # speaker: Réjean # mood: cold
Il prend son sac à la porte, des mains de Nadia, et il s'en va dans le froid. # sound: footsteps
Les jeudis suivants, il revient chercher son matériel. Il ne demande plus le coin. Les rideaux orange restent ouverts. # end: ended
-> END

=== la_trousse ===
// La demande, encore, et elle vient de lui : la naloxone « pour le voisin ». Parce qu'on s'est arrêté quand il l'a demandé, il peut maintenant demander autre chose. La réponse la plus sûre : donner, sans question.
Il remet sa casquette. Il se lève à moitié, puis se rassoit.
Vous en avez-tu, de ces trousses-là ? La naloxone. Le nasal. Pour le voisin. # speaker: Réjean # mood: quiet
+ [Lui donner la trousse avec son sac, sans question # act: material]
    -> sans_question
+ [Lui donner la trousse, et lui dire que Francine peut lui montrer comment s'en servir, un autre jeudi # act: perche # topic: nurse]
    -> un_autre_jeudi
+ [Lui demander si c'est vraiment pour le voisin, ou pour lui # act: ask]
    -> pour_le_voisin

=== sans_question ===
// Donner ce qui est demandé, sans question attachée. La boîte dit comment s'en servir, le 911 aussi ; il sait lire, et il le dira s'il veut en savoir plus.
Tu prends une trousse dans l'armoire et tu la glisses dans son sac, avec sa boîte de dix, les tampons et le kit. # moment: open
Il lit la boîte, de près, comme un programme de cinéma. Il la range dans la poche intérieure de son manteau.
-> a_jeudi_prochain

=== un_autre_jeudi ===
// Une perche légère, qui se rattache à sa demande à lui. « Un autre jeudi » laisse le choix et le moment où ils sont : chez lui.
Tu glisses la trousse dans son sac avec sa boîte de dix, les tampons et le kit.
Si vous voulez, un autre jeudi, Francine peut vous montrer comment ça marche. Deux minutes. # speaker: worker
Un autre jeudi. # speaker: Réjean
Il range le sac dans son manteau. Ce n'est ni oui ni non, et c'est très bien comme ça.
-> a_jeudi_prochain

=== pour_le_voisin ===
// Vérifier ses raisons, après qu'il les a données. Le modèle le tolère ici, parce que la confiance est là ; mais c'est une question de plus, au moment où il venait d'en demander une, lui.
C'est vraiment pour le voisin ? Ou pour vous ? # speaker: worker
Pour le voisin, j'ai dit. # speaker: Réjean # mood: dry
Tu glisses la trousse dans son sac, avec le reste. Il la range sans la regarder.
-> a_jeudi_prochain

=== sac_du_troisieme ===
// La fin après une porte forcée puis réparée. Le matériel, comme toujours : le lien est abîmé un peu, il tient. Il reviendra, au rythme qu'il voudra.
Nadia lui tend son sac par-dessus ton épaule : une boîte de dix, des tampons, un kit.
Merci. # speaker: Réjean
Il s'en va dans le froid sans se retourner. # sound: footsteps
Le jeudi suivant, il est sur le banc de l'abribus à 14 h 10. Il prend son matériel. Il ne demande pas le coin. Un autre jeudi, peut-être. # end: kept
-> END

=== a_jeudi_prochain ===
// La bonne fin est petite. Il a commencé quelque chose de lourd, il s'est arrêté où il voulait, et il repart avec ce qu'il était venu chercher, plus une chose qu'il a demandée lui-même. Le lien est gardé.
Tu ouvres les rideaux orange. La file, le froid, Nadia qui compte des tampons. # distance: near
Il va jusqu'à la porte. Sur la marche, il se retourne.
Jeudi prochain, 14 h 10 ? # speaker: worker
Si le 125 passe. # speaker: Réjean # mood: amused # cue: smiles
Il touche le bord de sa casquette, et s'en va vers la rue Ontario. Nadia te regarde par-dessus ses boîtes. Elle ne dit rien. Elle n'a pas besoin. # sound: footsteps # end: kept
-> END

=== link_broken ===
// Atteint seulement quand le modèle de confiance juge le lien brisé (trop de précipitations en peu de temps, ou la confiance à zéro). Jamais de divert ici dans l'histoire. Au débriefing : quels gestes sont arrivés trop tôt, ou au mauvais endroit ?
Il recule d'un pas. Il ne dit plus rien. Il remonte son col. # cue: turns_away # moment: closed
Bon. Ben, bonne journée. # speaker: Réjean # mood: cold
Il s'en va vers la rue Ontario, sans se presser, sans se retourner. # sound: footsteps
Les jeudis suivants, le banc de l'abribus reste vide. Au local de jour, on dit qu'il prend son matériel ailleurs, à une heure où le bus n'est pas là. Nadia garde un sac prêt sous le comptoir, au cas. # end: broken
-> END
