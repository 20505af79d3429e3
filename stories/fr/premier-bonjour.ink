# title: Premier bonjour
# lang: fr
# setting: street
# time: 23 h, de novembre à décembre
# character: Josée
# look: josee
# wariness: 4
# summary: Premier soir de travail de rue. Une femme et son chien t'observent de loin, assis sur une grille d'aération du métro. Ce soir, la seule tâche est de dire bonsoir et de montrer que tu n'es pas une menace. Ensuite, tu repasses le mardi, au même coin, pendant des semaines : les portes suivantes, c'est elle qui les ouvrira, si elle le veut.
# duration: 12
# concepts: lien, voisinage-courtois, suggestion-legitime, rythme, non-demande, refus
# warning: itinérance, consommation de drogues évoquée, méfiance envers la police, perte d'un animal évoquée, un chien blessé à la patte

// Réglé par le moteur : fragile | building | solid | broken. Ne jamais l'écrire ici.
VAR link = "fragile"
VAR name_known = false
VAR card_given = false
// Le premier soir : on a parlé de la neige avec elle (elle s'en souviendra au troisième soir).
VAR snow_talked = false
// Le deuxième soir : on est allé là où elle dort, sans invitation.
VAR uninvited_once = false
// Le deuxième soir : la perche de l'infirmière du jeudi a été tendue (et laissée en paix).
VAR nurse_offered = false
// Le troisième soir : le café se prend chez Lise, ou dehors, sur la grille.
VAR at_lise = false

-> start

=== start ===
// Le cadre : ce soir, la seule tâche est le bonjour. À demander aux stagiaires : à quoi ressemble « ne pas être une menace », vu de l'autre côté de la rue ?
Premier soir de travail de rue. Rue Ontario, un peu passé 23 h. Un froid humide, celui qui entre par les manches. # ambience: street_night # moment: guarded
Avant de partir, Karine, ta collègue, t'a dit : « Ce soir, tu dis bonsoir. C'est toute la job. Le reste viendra, ou pas. »
De l'autre côté de la rue, une femme est assise sur la grille d'aération du métro, un chien roulé en boule contre sa cuisse. # distance: far
Elle t'a vu avant que tu la voies. Elle ne bouge pas. Elle regarde. # cue: eye_contact
+ [Lui faire un petit signe de la main et dire bonsoir, d'où tu es # act: greet]
    -> hello_from_afar
+ [Traverser la rue pour aller te présenter # act: approach]
    -> too_close
+ [Rester où tu es, le dos au mur, et la laisser te regarder # act: hold]
    -> waiting_it_out

=== hello_from_afar ===
// Un bonjour à distance ne demande rien. C'est elle qui décide de la suite.
Bonsoir ! # speaker: worker
Ta voix sonne plus fort que prévu dans la rue vide.
Elle ne répond pas. Elle lève le menton, à peine. Le chien ouvre un œil. # mood: wary
+ [Rester là, sans rien ajouter # act: hold]
    -> she_speaks
+ [Traverser lentement et t'arrêter à quelques pas d'elle # act: approach]
    -> a_few_steps
+ [Lui demander, de loin, si elle a une place où dormir ce soir # act: ask]
    -> question_too_soon

=== waiting_it_out ===
// Rester immobile et se laisser observer. Les gens regardent d'abord ; être vu en train de ne rien menacer, c'est déjà du travail.
Tu restes le dos au mur, les mains sorties des poches, bien à la vue.
Une minute passe. Deux. Un autobus presque vide passe entre vous deux. # sound: bus_engine
Quand il est passé, le chien a traversé. Il te renifle les bottes, la queue basse, puis haute.
Elle siffle. Le chien prend son temps pour revenir. Elle te regarde, toi, pour la première fois vraiment. # cue: eye_contact
+ [Lui faire un signe et dire bonsoir # act: greet]
    Bonsoir. Il est beau, ton chien. # speaker: worker
    -> she_speaks
+ [Suivre le chien jusqu'à elle, pour te présenter # act: approach]
    -> too_close
+ [Te dire que c'est assez pour un premier soir, et continuer ta tournée # act: leave]
    -> goodnight_early

=== a_few_steps ===
// Une approche lente, à mi-distance. C'est elle qui fixe la limite ; la remarquer et la respecter, c'est la compétence.
Tu traverses lentement, les mains sorties des poches, et tu t'arrêtes à quelques pas de la grille. # distance: near # sound: footsteps
Elle croise les bras. Le chien se lève à moitié. # cue: arms_crossed
C'est correct, là. Reste là. # speaker: Josée # mood: wary
+ [T'arrêter là, et ne plus bouger # act: hold]
    -> she_speaks
+ [Reculer encore un peu, pour lui laisser de l'air # act: step_back]
    Tu recules jusqu'au bord du trottoir. # distance: far
    -> she_speaks
+ [Faire encore deux pas pour lui tendre ta carte # act: approach]
    -> too_close

=== too_close ===
// Aller droit vers une personne méfiante. L'intention est chaleureuse ; vu de la grille, c'est un inconnu qui fonce sur elle, la nuit.
Tu vas jusqu'à elle et tu t'arrêtes juste devant la grille. # distance: close # sound: footsteps
Le chien se lève d'un bond et jappe. # sound: dog_bark
Elle se relève aussi et recule contre le mur, la laisse enroulée autour du poing. # cue: steps_back # moment: closed
Wo. T'es qui, toi ? La police a changé d'uniforme ? # speaker: Josée # mood: alarmed
+ [Reculer de quelques pas, les mains bien visibles, et t'excuser # act: step_back]
    Tu recules jusqu'au lampadaire, les mains ouvertes. # distance: near
    Excuse-moi. Je voulais pas te faire peur. Je fais du travail de rue. Pas de police là-dedans. # speaker: worker
    -> recovering
+ [Lui demander si elle a une place où dormir ce soir # act: ask]
    -> question_too_soon
+ [Lui dire tout de suite qu'il reste des lits au refuge ce soir # act: perche # topic: shelter]
    -> shelter_too_soon

=== question_too_soon ===
// Une question personnelle avant toute confiance. Bonne intention, mauvais moment : pour elle, ça sonne comme un guichet ou un contrôle de police.
T'as une place où dormir, ce soir ? Il va faire moins dix. # speaker: worker
Elle te fixe un long moment. # cue: silence
Moi, je te demande-tu où tu dors ? Non. Ben c'est ça. Ça te regarde pas. # speaker: Josée # mood: cold
Elle tourne la tête vers la rue, comme si tu venais de disparaître. # cue: turns_away # moment: closed
+ [Lui dire qu'il reste des lits au refuge ce soir # act: perche # topic: shelter]
    -> shelter_too_soon
+ [Lui dire qu'elle a raison, que ça ne te regarde pas # act: accept]
    T'as raison. Ça me regarde pas. # speaker: worker
    -> recovering
+ [Lui souhaiter bonne nuit et continuer ta tournée # act: leave]
    -> goodnight_early

=== shelter_too_soon ===
// Une perche (le refuge) dans les premières minutes. La suggestion est bonne, le moment ne l'est pas. Remarquez comment elle change de sujet : c'est sa façon de dire « assez ».
Y reste des lits au refuge ce soir, tsé. Je pourrais appeler pour toi. # speaker: worker
Les refuges, j'haïs ça. Pis y prennent pas les chiens. # speaker: Josée # cue: arms_crossed
Elle gratte la tête du chien, puis elle regarde ton manteau de haut en bas.
Coudonc, y est-tu chaud, ton manteau ? On dirait un sleeping avec des manches. # speaker: Josée # mood: dry # cue: changes_subject
+ [Insister, tu en connais un qui accepte les chiens, juste pour une nuit # act: insist]
    Y en a un qui prend les chiens, je pense. Juste une nuit, pour essayer ? # speaker: worker
    -> she_walks_off
+ [Lui dire que c'est elle qui décide, et répondre pour le manteau # act: accept]
    C'est toi qui décides. Pis oui, il est chaud. Trop, même. # speaker: worker
    -> recovering
+ [Lui souhaiter bonne nuit et continuer ta tournée # act: leave]
    -> goodnight_early

=== recovering ===
// Après un faux pas, on répare en en faisant moins. Elle regarde si tu vas pousser encore.
Elle te regarde un long moment, sans rien dire. Le chien se rassoit contre sa jambe. # cue: silence
Bon. T'es pas de la police, certain. Eux autres, y lâchent jamais le morceau. # speaker: Josée # mood: dry # moment: guarded
-> she_speaks

=== she_speaks ===
// Elle parle la première. C'est son ouverture, à ses conditions. La présence a fait son travail ; on garde ça léger.
Elle t'observe encore un peu, puis elle parle.
C'est la première fois que je te vois, toi. Pis je connais toutes les faces du coin. # speaker: Josée # mood: wary
Le chien s'est recouché, le museau sur sa botte.
+ [Lui demander comment il s'appelle, son chien # act: small_talk]
    Il s'appelle comment, lui ? # speaker: worker
    -> the_dog
+ [Lui demander depuis combien de temps elle est dans la rue # act: ask]
    -> history_question
+ [Lui expliquer tout ce que fait ton organisme, le bus, le local, l'infirmière # act: inform]
    -> the_pitch

=== the_pitch ===
// Le discours du débutant. Rien de faux, mais elle n'a rien demandé. L'information est une porte entrouverte, pas une présentation.
Tu lui parles du bus qui passe le jeudi, du local ouvert le jour, de l'infirmière, du matériel, du café. Tu t'entends parler vite.
Elle te laisse finir. # cue: silence
T'as-tu fini ta pub ? # speaker: Josée # mood: amused
Elle hausse les épaules, pas méchante. Le chien bâille.
-> the_dog

=== history_question ===
// Son histoire lui appartient ; elle la racontera si elle veut, quand elle veut. Une question biographique si tôt, ça ressemble à un formulaire.
Ça fait longtemps que t'es dans la rue ? # speaker: worker
Assez longtemps pour savoir que ceux qui posent cette question-là, y remplissent un papier après. # speaker: Josée # mood: cold
Elle se tourne à moitié vers la vitrine du dépanneur. # cue: turns_away # moment: closed
+ [Ne rien ajouter, et rester là, tranquille # act: hold]
    -> she_softens
+ [Reculer et lui dire qu'il n'y a pas de papier # act: step_back]
    Tu recules jusqu'au bord du trottoir. # distance: far
    Y a pas de papier. Promis. # speaker: worker
    -> she_softens
+ [Lui expliquer que c'est pour savoir comment l'aider # act: insist]
    C'est juste pour savoir comment je peux t'aider, tsé. # speaker: worker
    -> she_walks_off

=== she_softens ===
// Respecter le signal. Pas besoin de répondre : le silence dit « j'ai compris ».
Un camion de déneigement passe, vide, en grondant. Tu attends. # cue: silence
Elle se retourne à moitié.
Y a pas de papier, hein ? # speaker: Josée
Pas de papier. # speaker: worker
Hm. # speaker: Josée # moment: guarded
-> the_dog

=== the_dog ===
// Le petit jasage autour du chien. L'humour et le nom du chien laissent entrevoir son histoire (la police), racontée à sa manière. Puis elle ferme une porte : à repérer.
~ name_known = true
Le chien s'étire et vient te renifler la main. Tu le laisses faire.
Lui, c'est Patrouille. Moi, c'est Josée, mais ça, c'est moins important. # speaker: Josée
Patrouille ? # speaker: worker
Parce qu'y jappe après les chars de police. Y a du jugement, lui. # speaker: Josée # mood: amused # cue: smiles # moment: open
Elle rit un peu, puis elle tousse. Une toux creuse, qui dure. # sound: cough
Avant, on avait une cour, lui pis moi. Une vraie, avec une clôture pis un... # speaker: Josée # mood: wistful
Elle s'arrête net et regarde le ciel orange au-dessus des toits.
Penses-tu qu'y va neiger demain ? # speaker: Josée # cue: changes_subject # moment: guarded
+ [Répondre sur la neige, et laisser la cour où elle l'a laissée # act: accept]
    -> weather_talk
+ [Lui demander doucement ce qui est arrivé à la maison # act: ask]
    C'est arrivé quoi, avec la maison ? # speaker: worker
    -> pushed_past
+ [Lui dire qu'il existe des programmes pour retrouver un logement # act: perche # topic: housing]
    Tsé, y a des programmes pour retrouver un logement. Même avec un chien. # speaker: worker
    -> pushed_past

=== weather_talk ===
// Suivre son changement de sujet. Elle a bifurqué, tu as suivi. Ce petit sourire, c'est le lien qui pousse.
~ snow_talked = true
Ils annoncent de la neige, je pense. Mais je me trompe souvent. # speaker: worker
Patrouille haït la neige mouillée. Y fait le mort sur le trottoir pis faut que je le traîne. # speaker: Josée # mood: amused
Elle te regarde franchement pour la première fois, avec un petit sourire en coin. # cue: smiles # moment: open
-> night_one_close

=== pushed_past ===
// Elle avait fermé cette porte (elle a changé de sujet). Y entrer quand même, même doucement, coûte de la confiance. Le sujet reviendra quand c'est elle qui l'amènera.
Elle ne répond pas tout de suite. Elle croise les bras. # cue: arms_crossed # moment: closed
Tsé, la neige, c'était une vraie question. # speaker: Josée # mood: cold
+ [T'excuser, reculer un peu, et parler de la neige # act: step_back]
    Tu recules jusqu'au bord du trottoir. # distance: far
    Excuse. Pour la neige, je pense qu'ils en annoncent. # speaker: worker
    ~ snow_talked = true
    -> night_one_close
+ [Lui expliquer que tu veux juste l'aider à avoir une place à elle # act: insist]
    Je veux juste t'aider à avoir une place à toi, c'est tout. # speaker: worker
    -> she_walks_off
+ [Lui souhaiter bonne nuit, à elle et à Patrouille # act: leave]
    -> goodnight_early

=== night_one_close ===
// Bien finir un premier contact. Partir à temps fait partie du bonjour. La carte ne lui coûte rien et lui laisse la prochaine étape.
Plus loin, Karine t'attend au coin. Il est presque minuit.
+ [Lui laisser ta carte avec ton numéro, et dire que tu passes le mardi # act: material]
    ~ card_given = true
    Tu poses ta carte sur le rebord de la grille, pas dans sa main.
    C'est mon numéro. Je passe par ici le mardi, pas mal à cette heure-là. T'es pas obligée de rien. # speaker: worker
    Elle ne la prend pas tout de suite. Quand tu te retournes au coin, la carte n'est plus là.
    -> later_that_week
+ [Lui dire bonne nuit, à elle et à Patrouille, et rejoindre Karine # act: leave]
    Bonne nuit, Josée. Bonne nuit, Patrouille. # speaker: worker
    Elle lève deux doigts, sans te regarder. C'est déjà beaucoup.
    -> later_that_week
+ [Lui proposer de l'accompagner à un refuge qui accepte les chiens # act: perche # topic: shelter]
    -> last_minute_shelter

=== last_minute_shelter ===
// Une perche, maintenant qu'un peu de confiance existe. Elle dit non. Le refus est son choix : dire son inquiétude une fois, puis arrêter.
Je connais une place qui accepte les chiens. Si tu veux, je marche avec toi jusque-là. # speaker: worker
Les refuges, j'haïs ça. Du monde qui ronfle, du monde qui fouille dans ton sac. Non. # speaker: Josée # cue: arms_crossed # moment: guarded
+ [Dire que c'est elle qui décide, et que le froid t'inquiète un peu # act: accept]
    C'est correct, c'est toi qui décides. Je te dis juste que ça m'inquiète un peu, le froid. # speaker: worker
    Moi aussi, des fois. Mais Patrouille, c'est un bon calorifère. # speaker: Josée # mood: dry # cue: smiles
    -> later_that_week
+ [Insister, juste une nuit, pour voir # act: insist]
    Juste une nuit, pour voir ? Je reste avec toi jusqu'à ce que tu sois installée. # speaker: worker
    -> she_walks_off

=== she_walks_off ===
// Insister après un refus. L'intention, c'était le soin ; pour elle, c'est une personne de plus qui décide à sa place. Elle part : le lien n'a pas eu le temps d'exister.
Elle se lève, ramasse son sac, enroule la laisse autour de sa main. # cue: turns_away # moment: closed
Merci, mais non merci. Viens-t'en, Patrouille. # speaker: Josée # mood: cold
Elle part vers l'est sans se retourner. Le chien, lui, se retourne une fois. # sound: footsteps
Karine te rejoint et te tend un café. « On repassera », dit-elle. « Pas trop vite. » # end: ended
-> END

=== goodnight_early ===
// Partir, c'est aussi un message : « je viens, je repars, je ne prends rien ». Après un départ raté, c'est souvent la meilleure réparation.
Bonne nuit. Je passe par ici, des fois. # speaker: worker
Elle ne répond pas, mais elle te suit des yeux jusqu'au coin. # cue: eye_contact
-> later_that_week

=== later_that_week ===
// La deuxième visite. Une présence qui revient, au même endroit et à la même heure : c'est comme ça que se forme l'entente tacite sur la présence.
Le mardi suivant. Il ne neige pas : il pleut, une pluie froide qui colle. # visit: 2 # ambience: rain
Tu refais la tournée avec Karine, qui prend le trottoir d'en face.
Un collègue du bus t'a dit qu'une femme avec un chien dort parfois sous l'auvent, derrière l'église.
+ [Passer au coin de la rue Ontario, à la même heure que l'autre soir, et attendre # act: hold]
    -> corner_again
+ [Aller voir derrière l'église si elle est là, pour t'assurer qu'elle va bien # act: visit]
    -> uninvited

=== uninvited ===
// L'entente tacite sur la présence inclut le lieu. Le coin de rue est un terrain partagé ; l'endroit où elle dort est chez elle. Le souci de l'autre, sans invitation, reste une intrusion.
~ uninvited_once = true
Derrière l'église, sous l'auvent, une forme couchée sous une couverture. Le chien lève la tête et grogne. # distance: near # sound: dog_bark
Elle se redresse d'un coup, les yeux pleins de sommeil, puis de colère. # cue: agitated # moment: closed
Qui c'est qui t'a dit que je dormais icitte ? # speaker: Josée # mood: angry
+ [T'excuser et reculer jusqu'au trottoir # act: step_back]
    Tu recules jusqu'au trottoir, les mains ouvertes. # distance: far
    Excuse-moi. J'aurais pas dû venir ici. # speaker: worker
    -> back_to_the_corner
+ [Lui expliquer que tu t'inquiétais, avec la pluie et le froid # act: insist]
    -> she_moves_on
+ [Déposer ta carte et un sac de matériel sur le muret, et partir # act: material]
    -> left_on_the_wall

=== back_to_the_corner ===
// La réparation. C'est elle qui pose la règle. Maintenant, vous savez tous les deux où est la limite : le voisinage courtois, dit à voix haute.
Elle te regarde longtemps, puis elle se recouche à moitié. # cue: silence
Le coin, le mardi, c'est correct. Icitte, c'est chez nous. # speaker: Josée # mood: firm # moment: guarded
Vingt minutes plus tard, au coin de la rue Ontario, tu la vois arriver sous la pluie, le chien dans une vieille doudoune. # sound: footsteps
Elle s'assoit sur la grille d'aération sans rien dire. Tu restes à quelques pas. # distance: near
{ not name_known:
    Josée. Pis lui, c'est Patrouille. Juste pour que tu saches à qui tu fais peur. # speaker: Josée # mood: dry
    ~ name_known = true
}
-> corner_talk

=== she_moves_on ===
// Expliquer ses bonnes raisons après qu'elle t'a demandé de partir. Elle entend une personne de plus qui sait mieux qu'elle ce qui est bon pour elle.
Je voulais juste voir si t'étais correcte, avec la pluie... # speaker: worker
Ben je suis correcte. J'ai pas besoin de visite, pantoute. C'était mieux avant que t'arrives. # speaker: Josée # mood: cold
Elle roule sa couverture, attache le chien, et s'en va sous la pluie. # cue: turns_away # sound: footsteps
Le mardi suivant, elle n'est pas au coin. Ni celui d'après. Karine pense qu'elle a changé de quartier. Tu gardes l'œil ouvert. # end: ended
-> END

=== left_on_the_wall ===
// Laisser du matériel et une carte, c'est respectueux ; mais être venu jusqu'à l'endroit où elle dort a déjà coûté quelque chose. Le lien est en pause, pas perdu.
~ card_given = true
Tu poses la carte et le sac sur le muret, et tu repars sans rien ajouter.
Le lendemain, le sac n'est plus là. Le mardi suivant, elle n'est pas au coin.
Tu repasseras. À la même heure, au même coin. Pas plus près. # end: ended
-> END

=== corner_again ===
// La bande du lien (calculée par le moteur) colore son accueil. Même endroit, même heure : une présence sur laquelle elle peut compter.
{ link == "solid" or link == "building":
    Elle est déjà là, sur la grille. Elle lève la main la première. Le chien remue la queue sous une vieille doudoune. # cue: eye_contact # moment: open
    Tiens. Mardi. T'es à l'heure, au moins. # speaker: Josée # mood: amused
- else:
    Elle est là, sur la grille. Elle te regarde arriver comme le premier soir, sans bouger. # moment: guarded
    Encore toi. # speaker: Josée # mood: wary
}
Tu t'arrêtes à quelques pas. # distance: near # sound: footsteps
{ not name_known:
    Josée, en passant. Pis lui, c'est Patrouille. # speaker: Josée
    ~ name_known = true
}
Elle tapote le ciment à côté d'elle. La grille souffle l'air chaud du métro.
Tu peux t'asseoir, si tu veux. C'est le seul spot chaud du quartier. # speaker: Josée
// Approche rapprochée, mais sur invitation : la demande vient d'elle, d'où le bonus de confiance ajouté par l'auteur.
+ [T'asseoir au bord de la grille, puisqu'elle te l'offre # act: approach # trust: +3]
    Tu t'assois, à un bras d'elle. L'air chaud te monte dans le dos. # distance: close
    -> corner_talk
+ [La remercier et rester debout, à ta distance # act: hold]
    Merci. Je suis bien, debout. # speaker: worker
    -> corner_talk

=== corner_talk ===
// Une fois la présence acceptée, on peut en dire plus. Trois portes : écouter, donner franchement son avis, tendre une perche. Chacune est possible maintenant ; aucune ne l'était le premier soir.
Elle tousse. Une toux creuse, qui dure. Elle s'essuie la bouche avec sa manche. # sound: cough
Elle gratte Patrouille derrière l'oreille.
Lui, je l'ai trouvé dans une ruelle. Y était gros comme une mitaine. # speaker: Josée # mood: soft
+ [L'écouter, sans poser de question # act: listen]
    -> her_story
+ [Lui dire franchement que sa toux t'inquiète # act: opinion]
    -> frank_word
+ [Lui parler de l'infirmière qui est dans le bus le jeudi # act: perche # topic: nurse]
    -> nurse_perche

=== her_story ===
// Écouter. Elle donne un morceau de son histoire (la police, un chien perdu) parce que personne ne l'a demandé. Sa méfiance a des raisons.
Elle parle. De la ruelle, de la boîte de carton, du premier hiver.
De l'autre chien, avant Patrouille. La nuit où la police l'a ramassée, ils ont appelé la fourrière. Elle ne l'a jamais revu.
Faque Patrouille, y dort collé. Pis y jappe après les chars. # speaker: Josée # mood: quiet
Tu hoches la tête. Tu ne dis rien de plus. Elle se penche un peu vers toi. # cue: leans_in # moment: open
+ [Lui offrir du matériel, si elle en veut # act: material]
    -> kit_and_card
+ [Lui parler de l'infirmière qui est dans le bus le jeudi # act: perche # topic: nurse]
    -> nurse_perche
+ [Lui dire que tu dois continuer ta tournée, et que tu repasses mardi # act: leave]
    -> see_you_tuesday

=== kit_and_card ===
// L'étape matérielle. Donner du matériel propre, sans question attachée, est une intervention complète ; certains liens restent là pendant des années, et c'est correct.
J'ai du matériel, si t'en veux. Pas de questions. # speaker: worker
Deux kits. Pis des pipes, pour un chum. # speaker: Josée
Tu les lui donnes dans un sac de papier brun, avec des tampons d'alcool et des condoms. Elle glisse le tout dans son manteau.
{ not card_given:
    Tu ajoutes ta carte. Elle la retourne, lit ton numéro, la glisse dans sa botte.
    ~ card_given = true
}
-> see_you_tuesday

=== frank_word ===
// Une opinion franche, dite une fois, comme la tienne. Possible maintenant parce que le lien le permet ; la décision reste à elle.
Je vais te le dire franchement. T'as l'air maganée, pis ta toux m'inquiète. # speaker: worker
Elle te regarde de côté. # cue: eye_contact
Tu parles comme ma sœur. # speaker: Josée # mood: amused # cue: smiles
Elle ne dit pas si c'est un compliment. Elle tousse encore.
+ [Lui parler de l'infirmière qui est dans le bus le jeudi # act: perche # topic: nurse]
    -> nurse_perche
+ [Laisser ça là, c'est dit # act: accept]
    -> see_you_tuesday

=== nurse_perche ===
// La perche. Une option concrète, offerte une fois, avec les doutes pratiques répondus. Elle prend son temps : « je vais y penser » est une réponse complète.
~ nurse_offered = true
Le jeudi, le bus s'arrête au métro Frontenac. Y a une infirmière. Elle pose pas de questions que t'as pas envie d'entendre. # speaker: worker
Elle va-tu me demander ma carte soleil ? Je l'ai pus depuis un bout. # speaker: Josée # mood: wary
Non. Elle en voit, du monde sans carte. # speaker: worker
Elle se tait longtemps. # cue: silence
Je vas y penser. # speaker: Josée
Pis lui, y a-tu droit à l'infirmière ? # speaker: Josée # mood: amused # cue: changes_subject
+ [Rire avec elle, et laisser jeudi où il est # act: accept]
    Lui, y a droit à un biscuit. J'en ai toujours dans mon sac. # speaker: worker
    -> see_you_tuesday
+ [Lui proposer de passer la chercher jeudi pour y aller ensemble # act: insist]
    Je peux passer te chercher jeudi, si tu veux. On irait ensemble. # speaker: worker
    -> too_much_at_once
+ [Ajouter que vous pourriez refaire sa carte soleil ensemble, tant qu'à y être # act: perche # topic: health_card]
    Pis tant qu'à y être, on pourrait refaire ta carte soleil ensemble. # speaker: worker
    -> too_much_at_once

=== too_much_at_once ===
// Une perche à la fois. Après « je vais y penser » et un changement de sujet, en rajouter transforme une suggestion en un plan fait pour elle.
Elle lève la main, pas fâchée, mais ferme. # cue: arms_crossed # moment: guarded
Wo. J'ai dit que j'allais y penser. Laisse-moi penser. # speaker: Josée # mood: firm
+ [Lui dire OK, et parler d'autre chose # act: accept]
    OK. C'est toi qui mènes. Patrouille, lui, y veut-tu un biscuit ? # speaker: worker
    -> see_you_tuesday
+ [Lui dire bonne nuit et repartir # act: leave]
    Bonne nuit, d'abord. # speaker: worker
    -> see_you_tuesday

=== see_you_tuesday ===
// La bonne fin du deuxième soir est petite. Elle sera au coin mardi prochain : l'entente sur la présence tient. Rien d'autre n'était demandé ce soir.
Il est temps de continuer la tournée. La pluie se calme un peu.
{ card_given:
    Je l'ai encore, ta carte. Est dans ma botte, au sec. # speaker: Josée # mood: dry
- else:
    Tu lui tends ta carte. Elle la prend, lit ton numéro, la glisse dans sa botte.
    ~ card_given = true
}
Mardi, même heure ? # speaker: worker
S'il pleut pas. Patrouille haït la pluie. # speaker: Josée # mood: amused # cue: smiles
Elle te fait un petit signe du menton quand tu repars. Patrouille te suit des yeux jusqu'au coin.
-> third_tuesday

=== third_tuesday ===
// La troisième visite, des semaines plus tard. Entre-temps, la présence s'est installée : le mardi, un signe, un kit, « à mardi ». Ce soir, elle n'est pas seule, et c'est elle qui règle la distance, d'un geste. À demander : qu'est-ce que ça lui coûterait, devant son ami, d'être saluée par quelqu'un de l'organisme ?
Début décembre, trois semaines plus tard. Le froid a changé : il est sec, maintenant, et il pique le nez. # visit: 3 # ambience: street_night # moment: guarded
Depuis, chaque mardi, tu passes au coin de la rue Ontario vers 23 h. Le premier, la grille était vide. Le suivant, elle était là : un signe de la main, deux kits dans un sac brun, « à mardi ». Rien de plus. Karine appelle ça « faire ses heures de présence ».
Ce soir, Karine a pris le trottoir d'en face, comme d'habitude. Elle marche plus lentement que toi ; elle dit que c'est exprès.
Au coin, Josée est sur la grille. Mais elle n'est pas seule. # distance: far
Un homme est accroupi devant elle, une tuque des Canadiens enfoncée jusqu'aux sourcils. Ils comptent de la monnaie dans un gobelet de café, pièce par pièce, en riant de quelque chose que tu n'entends pas.
Josée lève les yeux et te voit. Sans arrêter de compter, elle fait un petit geste de la main, à plat, près de son genou. Pas tout de suite. Puis elle regarde ailleurs. # cue: turns_away
+ [Continuer ton chemin avec un petit signe du menton, et faire le tour du bloc avant de revenir # act: step_back]
    -> around_the_block
+ [Traverser quand même pour la saluer, qu'elle sache que tu es là # act: approach]
    -> crossed_anyway
+ [Lui lancer de loin : « Ça va, Josée ? » # act: ask]
    -> called_out

=== around_the_block ===
// Lire un geste et le suivre. « Pas tout de suite » n'est pas « non » : revenir vingt minutes plus tard, c'est respecter son moment à elle, et sa place parmi les siens.
Tu passes sans ralentir. Un signe du menton, à peine, comme on salue une voisine. # sound: footsteps
Tu fais le tour du bloc avec Karine : la ruelle derrière le dépanneur, la rue Darling, le petit parc où personne ne dort quand il fait aussi froid. Karine te parle de son chat qui mange des élastiques. Tu regardes l'heure trois fois.
Vingt minutes plus tard, l'homme à la tuque est parti. Josée est seule sur la grille, Patrouille couché en rond sur ses pieds.
C'est elle qui lève la main la première. # cue: eye_contact # moment: open
Tu peux venir, là. # speaker: Josée
Tu traverses et tu t'arrêtes à quelques pas, à ta place habituelle. # distance: near # sound: footsteps
C'était Ti-Guy. Quinze ans qu'on se connaît. Y est correct, mais y est sûr que les gens d'organisme, vous faites des rapports à la police. # speaker: Josée # mood: dry
Si y m'avait vue jaser avec toi, demain matin tout le coin l'aurait su. Pis moi, je serais la fille qui jase avec les intervenants. # speaker: Josée
Elle hausse les épaules, et quelque chose comme un sourire passe.
T'as vu mon signe, toi. C'est bon, ça. Y en a qui le voient jamais. # speaker: Josée # mood: amused
-> first_snow

=== crossed_anyway ===
// Passer par-dessus un geste parce qu'on a de bonnes raisons (qu'elle sache qu'on est là). Pour elle, c'est être vue avec l'organisme devant quelqu'un qui s'en méfie. Le geste de la main était une consigne, pas une politesse.
Tu traverses et tu t'arrêtes à quelques pas de la grille, un sourire prêt. # distance: near # sound: footsteps
L'homme à la tuque se relève et te regarde de haut en bas : ton manteau, ton sac, le logo sur ton sac.
Bon. Le CLSC est arrivé. Je te laisse avec ton organisme, Josée. # speaker: L'homme à la tuque # mood: cold
Il vide le gobelet dans sa poche, sans faire les parts, et il s'en va vers le métro sans se retourner. # sound: footsteps
Josée le regarde partir. Puis elle te regarde, toi. Elle croise les bras. # cue: arms_crossed # moment: guarded
T'as pas vu que je te faisais signe ? # speaker: Josée # mood: cold
+ [Lui dire que tu l'as vu, mais pas compris, et que la prochaine fois tu vas attendre # act: accept]
    Je l'ai vu. Je l'ai pas compris. La prochaine fois, j'attends. # speaker: worker
    -> repaired_in_the_cold
+ [Lui expliquer que tu voulais juste t'assurer qu'il ne l'embêtait pas # act: insist]
    Je voulais juste m'assurer qu'y t'achalait pas, c'est tout. # speaker: worker
    -> not_your_call

=== called_out ===
// Dire son prénom tout haut, devant un autre, pour demander si ça va. Le souci est sincère ; mais son nom dans ta bouche dit à tout le coin qu'elle est connue de l'organisme.
Ça va, Josée ? # speaker: worker
Ta voix porte loin, dans le froid sec. L'homme à la tuque tourne la tête vers toi, puis vers elle.
Josée ? Tu connais du monde de l'organisme, astheure ? # speaker: L'homme à la tuque # mood: dry
Ça va, ouais. Ça allait. # speaker: Josée # mood: cold
Elle se retourne vers lui et se remet à compter, le dos à moitié tourné vers toi. # cue: turns_away # moment: closed
+ [Lever la main pour t'excuser, et continuer ton chemin : tu repasseras plus tard # act: step_back]
    Tu lèves la main, paume ouverte, et tu continues ton chemin sans traverser. # distance: far
    -> back_later
+ [Traverser pour aller t'excuser de vive voix # act: approach]
    Tu traverses la rue jusqu'à eux. # distance: near # sound: footsteps
    Excuse-moi, je voulais juste voir si t'étais correcte... # speaker: worker
    L'homme à la tuque se relève, vide le gobelet dans sa poche et s'en va vers le métro en sifflant. # sound: footsteps
    -> not_your_call

=== back_later ===
// Réparer en en faisant moins : partir tout de suite, revenir plus tard. Elle a pu finir son affaire sans toi ; maintenant, c'est elle qui dit la règle.
Tu fais le tour du bloc avec Karine. Elle ne dit rien ; elle n'a pas besoin. # sound: footsteps
Vingt minutes plus tard, l'homme à la tuque est parti. Josée est seule. Elle te voit revenir et ne bouge pas.
Tu t'arrêtes à quelques pas. Elle laisse passer un long moment. # distance: near # cue: silence
La prochaine fois que je suis avec quelqu'un, tu me connais pas. Tu me connais juste quand je suis toute seule. Correct ? # speaker: Josée # mood: firm # moment: guarded
Correct. # speaker: worker
C'était Ti-Guy. Y pense que vous faites des rapports à la police, vous autres. Là, y va penser que j'en fais aussi. Merci ben. # speaker: Josée # mood: dry
-> first_snow

=== repaired_in_the_cold ===
// Reconnaître son erreur, simplement, sans se justifier. Elle pose la règle ; tu la prends telle quelle.
Elle te regarde un moment, puis elle soupire, un nuage blanc dans le froid. # moment: guarded
C'était Ti-Guy. Y pense que les gens d'organisme, vous faites des rapports à la police. Pis là, y est parti avec ma part du gobelet. # speaker: Josée # mood: dry
La prochaine fois que je suis avec quelqu'un, tu me connais pas. Tu me connais juste quand je suis toute seule. Correct ? # speaker: Josée # mood: firm
Correct. # speaker: worker
-> first_snow

=== not_your_call ===
// Se justifier par son inquiétude, ou aller s'excuser de trop près, après qu'elle a fixé la limite. Elle entend que tu juges ses amis à sa place. Ce soir est fini ; le lien, lui, est en pause.
Josée se lève. Patrouille se lève avec elle. # cue: turns_away # moment: closed
Le gars à la tuque, Ti-Guy, c'est un ami depuis quinze ans. Y m'a sortie de plus de trous que ton organisme. C'est moi qui choisis qui m'achale. # speaker: Josée # mood: cold
Pas à soir, OK ? # speaker: Josée
Elle part vers l'est, Patrouille sur les talons. Il boite un peu de la patte d'en arrière ; tu le remarques trop tard pour le dire. # sound: footsteps
Le mardi suivant, elle est sur la grille. Elle prend ses deux kits, dit « à mardi », et regarde ailleurs. Il faudra un mois avant qu'elle te reparle de Ti-Guy. # end: ended
-> END

=== first_snow ===
// La première neige, et le lien qui a une mémoire (« penses-tu qu'y va neiger ? »). La bande du lien (calculée par le moteur) décide si elle ouvre une porte elle-même, ou si ce soir reste à l'étape du matériel. Les deux sont des réussites.
Au-dessus des toits, le ciel orange se met à tomber, tout doucement. Les premiers flocons, les vrais, ceux qui restent.
Josée tend la main, paume en l'air, et regarde un flocon fondre.
{ snow_talked:
    Tu disais qu'y en annonçaient. Ça leur a pris un mois, mais t'avais raison. # speaker: Josée # mood: amused
- else:
    La première neige. Patrouille va la haïr. # speaker: Josée # mood: amused
}
Patrouille se relève, renifle la neige et fait trois pas en boitant de la patte d'en arrière. Il revient se coucher aussitôt sur les pieds de Josée.
{ link == "solid" or link == "building":
    -> her_invitation
- else:
    -> material_stage
}

=== material_stage ===
// L'étape du matériel. Le lien n'a pas encore grandi assez pour plus, et ce n'est pas un échec : elle est là le mardi, elle prend son kit, elle sait ton nom. Certaines personnes restent à cette étape des années, et le lien tient.
Elle voit que tu as vu la patte de Patrouille. Elle tire la couverture sur lui.
Y a froid aux pattes, c'est toute. Deux kits, si t'en as. # speaker: Josée # mood: wary
+ [Lui donner ses deux kits, sans question, et lui dire « à mardi » # act: material]
    -> material_goodnight
+ [Lui proposer d'aller se réchauffer au casse-croûte du coin, c'est toi qui paies # act: perche # topic: food]
    -> too_soon_for_coffee

=== too_soon_for_coffee ===
// Un café offert, c'est une belle idée ; mais elle ne l'a pas demandé, et elle ne connaît pas encore assez ta face pour s'asseoir en face de toi. La réparation : lui donner ce qu'elle a demandé, et rien d'autre.
Viens-tu te réchauffer chez Lise, au coin ? C'est moi qui paye. # speaker: worker
Elle te regarde comme si tu venais de lui proposer une croisière. # cue: arms_crossed
Non. Deux kits, j'ai dit. # speaker: Josée # mood: cold
+ [Lui donner ses deux kits, sans rien ajouter # act: material]
    -> material_goodnight

=== material_goodnight ===
// La fin à l'étape du matériel : le lien est gardé. Rien d'autre n'était demandé ce soir, et elle reviendra mardi. Au débriefing : pourquoi est-ce une réussite ?
Tu lui tends le sac de papier brun : deux kits, des tampons d'alcool, de l'eau stérile, des condoms. Elle le glisse dans son manteau.
À mardi. # speaker: Josée
La neige tombe plus fort. Quand tu te retournes au coin, elle a remonté son capuchon et Patrouille a le museau dans sa manche.
Sur le chemin du retour, Karine secoue sa tuque. « Y a du monde, ça prend des années avant qu'y t'offrent un café. D'autres, jamais. Pis le mardi, on passe pareil. C'est ça, la job. » # end: kept
-> END

=== her_invitation ===
// La porte qu'elle ouvre elle-même : un café, hors du coin de rue, à son endroit à elle. C'est l'entente sur la présence qui s'élargit, à son initiative. La bonne réponse, c'est d'y aller à sa façon, pas à la nôtre.
Josée se lève et secoue la neige de ses genoux.
Viens-tu prendre un café chez Lise ? Le casse-croûte, au coin. C'est moi qui t'invite. # speaker: Josée # cue: eye_contact
Elle laisse passer une seconde.
Ben, c'est toi qui payes. Mais c'est moi qui invite. # speaker: Josée # mood: amused # cue: smiles # moment: open
Pis j'ai une question à te poser. Pour Patrouille. # speaker: Josée
De l'autre côté de la rue, Karine a tout vu. Elle te fait signe : vas-y, je fais le bloc.
+ [Dire oui, et la suivre chez Lise # act: approach]
    -> chez_lise
// Une perche (le local) que le modèle jugerait permise à ce niveau de confiance. Mais l'invitation venait d'elle, à son endroit à elle : la ramener vers les murs de l'organisme, c'est reprendre la main. L'autrice décide.
+ [Lui proposer plutôt le local de l'organisme : le café y est gratuit, et il fait chaud # act: perche # topic: food # trust: -3]
    -> the_drop_in
+ [La remercier, mais rester dehors, et lui dire que tu l'écoutes ici # act: hold]
    -> under_the_snow

=== chez_lise ===
// Un café hors du coin de rue. Un lieu banal, un comptoir, des beignes : tout le contraire d'un bureau, et c'est pour ça qu'on peut y parler autrement. Assis face à face, mais parce qu'elle l'a proposé.
~ at_lise = true
Chez Lise, ça sent la friture et le café resté trop longtemps sur le rond. Vous vous assoyez sur la banquette du fond, face à face, la table entre vous deux. # distance: close # ambience: cafe # sound: door
Patrouille a droit au tambour, entre les deux portes. C'est la règle de Lise, et ici, c'est Lise qui fait les règles. Il se couche sur le tapis, le nez collé à la vitre.
Lise apporte deux cafés sans qu'on les commande, et un bol d'eau qu'elle va poser dans le tambour.
Deux beignes au miel, ma belle ? Pis un pour ta visite ? # speaker: Lise
Deux. C'est elle qui paye. # speaker: Josée # mood: amused
Josée enlève ses mitaines et tient sa tasse à deux mains, longtemps, sans boire.
-> the_request

=== the_drop_in ===
// Rediriger vers le local, avec de bonnes raisons (c'est gratuit, il fait chaud, il y a l'infirmière). Elle entend surtout qu'on lui retire son invitation. Un cahier à l'entrée, une caméra : ses raisons à elle de ne pas y aller.
Au local, le café est gratuit, pis y fait chaud. Y a même l'infirmière, le jeudi. # speaker: worker
Le local. Avec le cahier à l'entrée pis la caméra au-dessus de la porte. # speaker: Josée # mood: dry
Elle se rassoit sur la grille. # cue: turns_away # moment: guarded
Laisse faire, d'abord. # speaker: Josée
+ [Lui dire qu'elle a raison : c'est elle qui invite, et c'est chez Lise # act: accept]
    T'as raison. C'est toi qui invites. Chez Lise. # speaker: worker
    Elle te regarde de côté, longtemps. Puis elle se relève. # cue: smiles
    Tu payes les beignes aussi, d'abord. # speaker: Josée # mood: amused # moment: open
    -> chez_lise
+ [Insister un peu : au local, elle pourrait aussi prendre une douche et se changer # act: insist]
    Pis au local, tu pourrais prendre une douche, te changer... # speaker: worker
    -> she_goes_alone

=== she_goes_alone ===
// Deux fois ramener l'invitation vers l'organisme. Elle n'a pas dit non au café ; elle a dit non à ta version du café. Elle y va seule : le lien est en pause, pas perdu.
Coudonc. C'est-tu une invitation ou ben une inscription ? # speaker: Josée # mood: cold # cue: turns_away # moment: closed
Elle attache Patrouille et traverse toute seule vers le casse-croûte. Par la vitrine, tu la vois s'asseoir au comptoir, le dos à la rue. # sound: door
Tu attends un peu sur le trottoir, dans la neige. Elle ne se retourne pas. Tu rejoins Karine.
Le mardi suivant, elle est sur la grille. Elle prend ses deux kits, dit « à mardi ». Elle ne reparle pas du café, ni de Patrouille. # end: ended
-> END

=== under_the_snow ===
// Décliner poliment une invitation, c'est permis : rester dehors ne brise rien. Mais elle avait ouvert une porte, et elle la referme à moitié. Sa question viendra quand même, dehors, en plus court.
Merci. Je suis bien, ici. Je t'écoute. # speaker: worker
Ben, c'est toi qui perds. Les beignes de Lise, c'est les meilleurs de la rue Ontario. # speaker: Josée # mood: dry
Elle se rassoit sur la grille. La neige se pose sur sa tuque, sur le dos de Patrouille. # moment: guarded
-> the_request

=== the_request ===
// La demande vient d'elle. C'est là que l'intervention devient légitime : elle a choisi le sujet, le moment et le lieu. Sa priorité, c'est son chien, pas sa toux ; et elle ferme d'avance la porte qu'elle ne veut pas qu'on ouvre. À repérer.
Patrouille boite. La patte d'en arrière, depuis trois jours. Y a dû marcher sur de la vitre, ou ben c'est le sel. # speaker: Josée # mood: quiet
Tu connais-tu un vétérinaire qui charge pas les yeux de la tête ? # speaker: Josée
{ at_lise:
    Elle tourne sa tasse d'un quart de tour.
- else:
    Elle tourne son gobelet vide entre ses mitaines.
}
Pis qui appelle pas la fourrière quand y voit que t'as pas d'adresse. # speaker: Josée # mood: quiet
Elle tousse dans son coude, une longue quinte. Puis elle lève un doigt vers toi, avant que tu ouvres la bouche. # sound: cough
Pis parle-moi pas de ma toux. Je te vois venir. On parle de Patrouille. # speaker: Josée # mood: dry # cue: arms_crossed
+ [Lui promettre qu'on parle juste de Patrouille, et lui demander ce qu'elle aimerait : une adresse, ou quelqu'un avec elle # act: accept]
    -> her_choice
+ [Lui dire que tu t'en occupes : demain matin, tu appelles et tu prends le rendez-vous pour elle # act: perche # topic: appointment]
    -> taking_over
+ [Lui dire que pour sa toux, justement, l'infirmière du jeudi pourrait regarder ça en même temps # act: perche # topic: nurse]
    -> the_cough_anyway

=== her_choice ===
// Lui demander ce qu'elle veut, elle : une adresse, ou quelqu'un avec elle. Elle garde la main sur son affaire ; on ne fait pas à sa place ce qu'elle peut faire elle-même.
Promis. On parle de Patrouille. # speaker: worker
Qu'est-ce que t'aimerais, toi ? Une adresse ? Ou quelqu'un qui vient avec toi ? # speaker: worker
{ at_lise:
    Elle réfléchit longtemps. Elle regarde Patrouille à travers la vitre du tambour. # cue: silence
- else:
    Elle réfléchit longtemps. Elle regarde Patrouille, couché sur ses pieds. # cue: silence
}
Une adresse. Pis... on verra pour le reste. # speaker: Josée
-> the_address

=== taking_over ===
// Prendre en main ce qu'elle vient de demander. L'intention est généreuse ; mais c'est sa demande, à son rythme : un rendez-vous fixé par quelqu'un d'autre, demain matin, c'est un plan fait pour elle.
Je m'en occupe. Demain matin, j'appelle pis je te prends un rendez-vous. Je passe te chercher, si tu veux. # speaker: worker
Wo. Demain matin, moi, je dors. # speaker: Josée # mood: firm # moment: guarded
{ at_lise:
    Elle pose sa tasse.
- else:
    Elle se recule sur la grille.
}
J'ai demandé une adresse. Pas une gardienne. # speaker: Josée # mood: dry # cue: arms_crossed
+ [Lui dire qu'elle a raison : une adresse, et c'est elle qui décide quand # act: accept]
    T'as raison. Une adresse. C'est toi qui décides quand. # speaker: worker
    -> the_address
+ [Insister : avec un rendez-vous, c'est plus sûr qu'ils la prennent # act: insist # topic: appointment]
    Avec un rendez-vous, c'est plus sûr qu'y vont le prendre, tsé. # speaker: worker
    -> she_pays_her_own

=== the_cough_anyway ===
// Elle avait fermé cette porte d'avance (« parle-moi pas de ma toux »). Y passer quand même, même pour son bien, c'est lui montrer que sa demande à elle servait d'entrée à la tienne.
Pour ta toux, justement... Le jeudi, l'infirmière pourrait regarder ça, pis... # speaker: worker
Elle ne te regarde plus ; elle regarde Patrouille. # cue: turns_away # moment: guarded
Je le savais. Je savais que tu dirais ça. # speaker: Josée # mood: cold
+ [T'excuser : c'est elle qui choisit le sujet, et ce soir, c'est Patrouille # act: accept]
    Excuse. C'est toi qui choisis. Ce soir, c'est Patrouille. # speaker: worker
    Elle souffle par le nez. # cue: silence
    Bon. # speaker: Josée
    -> the_address
+ [Lui expliquer que tu t'inquiètes : ça fait trois semaines qu'elle tousse # act: insist]
    Je m'inquiète, c'est tout. Ça fait trois semaines que tu tousses. # speaker: worker
    -> she_pays_her_own

=== she_pays_her_own ===
// Insister après qu'elle a posé la limite. L'inquiétude est sincère ; pour elle, le café devient un bureau. Elle part : le lien est en pause, pas perdu, mais sa demande, ce soir, reste sans réponse.
{ at_lise:
    Elle se lève. Elle sort deux piasses en monnaie de sa poche et les pose sur la table, à côté de sa tasse encore pleine. # cue: turns_away # moment: closed
    Le café, je me le paye. Bonne soirée. # speaker: Josée # mood: cold
    Elle détache Patrouille dans le tambour. Le chien boite jusqu'au trottoir. # sound: door
    Lise ramasse les deux piasses et te regarde par-dessus ses lunettes. Elle ne dit rien.
- else:
    Elle se lève et roule sa couverture. # cue: turns_away # moment: closed
    Laisse faire, pour le vétérinaire. Je vas me débrouiller. Bonne soirée. # speaker: Josée # mood: cold
    Elle part vers l'église, Patrouille boitant derrière elle dans la neige fraîche. # sound: footsteps
}
Le mardi suivant, Josée est sur la grille. Elle prend ses deux kits. Elle ne parle pas de Patrouille. Tu ne sais pas s'il boite encore, et tu ne le demandes pas. # end: ended
-> END

=== the_address ===
// Une réponse concrète à une demande concrète. Tu ne promets que ce que tu sais ; Karine connaît l'adresse. Écrire l'adresse sur ta carte, c'est lui laisser la suite entre les mains.
{ at_lise:
    Tu ne connais pas d'adresse par cœur, et tu le lui dis. Tu écris un message à Karine, qui répond avant que ton café refroidisse.
- else:
    Tu ne connais pas d'adresse par cœur, et tu le lui dis. Tu écris un message à Karine, de l'autre côté de la rue. Elle répond avant que la neige recouvre ton téléphone.
}
Une clinique vétérinaire communautaire, un samedi par mois, dans le sous-sol d'une église de la rue Hochelaga. Des vétérinaires bénévoles, pour les animaux des gens qui vivent dehors. Gratuit. On ne demande pas d'adresse. La prochaine : samedi.
Tu l'écris au dos d'une de tes cartes, en lettres carrées, et tu la lui tends.
{ card_given:
    Elle la lit deux fois. Elle la glisse dans sa botte, avec l'autre.
- else:
    Elle la lit deux fois. Elle la glisse dans sa botte.
    ~ card_given = true
}
Samedi. # speaker: Josée
Si j'y vas, je te le dirai mardi. Si j'y vas pas, je te le dirai pas. # speaker: Josée # mood: dry
-> thursday_question

=== thursday_question ===
// Ce qu'une perche laissée en paix peut devenir. Des semaines après « je vas y penser », c'est elle qui ramène l'infirmière, à sa manière (par le chien, puis « mettons »). La tâche : répondre à sa question, simplement, sans en faire un plan.
{ at_lise:
    Lise passe remplir les tasses. Josée attend qu'elle soit repartie derrière son comptoir.
- else:
    Un autobus passe, vide, en soulevant la neige. Josée attend qu'il soit passé. # sound: bus_engine
}
{ nurse_offered:
    Ton affaire du jeudi, là. L'infirmière dans le bus. # speaker: Josée # mood: quiet
- else:
    Ti-Guy dit qu'y a une infirmière, dans le bus du jeudi. # speaker: Josée # mood: quiet
}
A regarde-tu les chiens, elle aussi ? # speaker: Josée # mood: amused
Tu ris. Elle, non. Elle gratte une tache imaginaire sur son genou.
Pis moi, mettons. Mettons que je passerais. Faut-tu prendre un rendez-vous ? # speaker: Josée # mood: quiet # cue: leans_in
+ [Lui répondre simplement : pas de rendez-vous, le jeudi, de 14 h à 15 h, au métro Frontenac # act: inform]
    -> just_the_facts
// Aller la chercher là où elle dort : le modèle n'y voit qu'une visite, permise à ce niveau de confiance. Mais l'endroit où elle dort reste chez elle, et un « mettons » ne demande pas encore de compagnie. L'autrice décide.
+ [Lui proposer de passer la chercher jeudi, là où elle dort, pour y aller ensemble # act: visit # trust: -3]
    -> where_she_sleeps
+ [Lui dire franchement que ça te fait plaisir, que sa toux t'inquiète depuis le premier soir # act: opinion]
    -> glad_you_said

=== just_the_facts ===
// Répondre à la question posée, rien de plus. Un « mettons » est un premier pas ; on ne court pas devant. L'information qu'elle a demandée, c'est de l'information qui compte.
Pas de rendez-vous. Le jeudi, de 14 h à 15 h, au métro Frontenac. Tu montes, tu dis bonjour à Francine. Pas besoin de carte soleil. # speaker: worker
Francine. # speaker: Josée
Elle répète le nom lentement, comme on goûte quelque chose de nouveau.
Pis Patrouille, y peut-tu monter ? # speaker: Josée # mood: amused
Y peut monter. Y aura un biscuit. # speaker: worker
-> closing_time

=== where_she_sleeps ===
// Proposer d'aller la chercher là où elle dort. Avec tout le lien gagné, cet endroit reste chez elle ; et elle n'a demandé qu'une heure et un lieu.
Si tu veux, jeudi, je passe te chercher derrière l'église, pis on y va ensemble. # speaker: worker
{ uninvited_once:
    Derrière l'église, c'est chez nous. On s'était dit ça. # speaker: Josée # mood: firm
- else:
    Derrière l'église ? Qui c'est qui t'a dit ça, que je dormais là ? # speaker: Josée # mood: firm
}
Elle se recule, le dos bien droit. # cue: steps_back # moment: guarded
J'ai dit mettons. Si j'y vas, j'y vas toute seule. # speaker: Josée
+ [Lui dire que c'est correct : elle ira seule, et tu lui donnes juste l'heure # act: accept]
    Correct. Toute seule. Le jeudi, de 14 h à 15 h, au métro Frontenac. Pas de rendez-vous. # speaker: worker
    Elle hoche la tête, une fois.
    -> closing_time
+ [Insister : la première fois, c'est plus facile d'être accompagnée # act: insist]
    La première fois, c'est plus facile d'être accompagnée, tsé. # speaker: worker
    -> she_pays_her_own

=== glad_you_said ===
// Une opinion franche, dite avec le lien : c'est permis, maintenant. Mais un « mettons » est fragile ; en faire une bonne nouvelle trop vite, c'est lui mettre un poids. Elle change de sujet, avec humour : à suivre.
Je te le dis franchement : ça me fait plaisir. Ta toux m'inquiète depuis le premier soir. # speaker: worker
Capote pas. J'ai dit mettons. # speaker: Josée # mood: dry
Elle regarde vers Patrouille.
Ça mange-tu des beignes, un chien ? # speaker: Josée # mood: amused # cue: changes_subject
+ [Rire, et lui répondre sur les beignes, sans revenir sur jeudi # act: accept]
    Pas au miel. Y voudrait pus jamais manger autre chose. # speaker: worker
    -> closing_time
+ [Lui redonner l'heure et l'endroit, pour être sûr qu'elle les a # act: inform]
    Jeudi, 14 h, Frontenac. Pas de rendez-vous. Je te l'écris ? # speaker: worker
    Je l'sais. Frontenac. Je suis pas sourde. # speaker: Josée # mood: cold # moment: guarded
    -> closing_time

=== closing_time ===
// Finir à temps, encore. Elle a ouvert deux portes ce soir (le café, sa demande) ; c'est elle qui décide quand on les referme. Elle se tourne vers la porte : c'est « assez pour ce soir ».
{ at_lise:
    Lise commence à monter les chaises sur les tables du fond. Par la vitrine, tu vois Karine qui fait le pied de grue sous la neige, la tuque toute blanche.
    Josée finit son café d'un trait et remet ses mitaines.
- else:
    La neige tombe plus fort. De l'autre côté de la rue, Karine fait le pied de grue, la tuque toute blanche.
    Josée se lève et secoue la neige de sa couverture.
}
Bon. Patrouille pis moi, on a une grosse soirée. On a une grille à surveiller. # speaker: Josée # mood: amused
Elle se tourne vers la rue. # cue: turns_away
+ [Lui donner ses deux kits dans un sac brun, comme d'habitude, et lui dire « à mardi » # act: material]
    Tu lui tends ses deux kits dans un sac brun. Elle les glisse dans son manteau sans les regarder.
    À mardi. # speaker: worker
    -> see_you_saturday
+ [Lui demander, avant qu'elle parte, ce qui était arrivé avec la maison et la cour # act: ask]
    -> the_yard_again
+ [Lui souhaiter bonne nuit, et la laisser partir la première # act: leave]
    Bonne nuit, Josée. Bonne nuit, Patrouille. # speaker: worker
    -> see_you_saturday

=== the_yard_again ===
// Rouvrir, au moment où elle part, la porte qu'elle avait fermée le premier soir. Avec le lien, la question n'est plus une intrusion ; mais le moment, c'est elle qui le choisira. Elle le dit avec humour : à entendre.
C'est arrivé quoi, avec la maison ? La cour, la clôture... # speaker: worker
Elle s'arrête. Elle te regarde longtemps. # cue: silence
La cour. Une autre fois. Mardi, peut-être. Ou ben l'année prochaine. # speaker: Josée # mood: dry # cue: changes_subject
+ [Lui dire « l'année prochaine, d'abord », et lui donner ses deux kits # act: accept]
    L'année prochaine, d'abord. Je vais noter ça. # speaker: worker
    Tu lui tends ses deux kits dans un sac brun. Elle les glisse dans son manteau.
    -> see_you_saturday

=== see_you_saturday ===
// La bonne fin est petite, encore. Elle repart avec une adresse qu'elle a demandée, une question qu'elle a posée elle-même, et le mardi. Rien n'a été fait à sa place. Au débriefing : qu'est-ce qui a rendu sa demande possible ?
{ at_lise:
    Vous sortez ensemble. Le froid vous saisit sur le trottoir. Patrouille se secoue dans le tambour et vous suit. # ambience: street_night # sound: door
- else:
    Patrouille se secoue et se lève. # ambience: street_night
}
La neige a recouvert la grille. Patrouille boite jusqu'au coin, le nez dans la neige fraîche, et, finalement, il a l'air de l'aimer.
Josée remonte son capuchon.
{ at_lise:
    Merci pour le café. La prochaine fois, c'est moi qui paye. Enfin... on verra. # speaker: Josée # mood: amused # cue: smiles
- else:
    Merci pour l'adresse. La prochaine fois, je t'invite encore. Tu vas peut-être dire oui. # speaker: Josée # mood: amused # cue: smiles
}
Elle part vers l'église. Elle ne se retourne pas, mais elle lève deux doigts au-dessus de son épaule. # sound: footsteps
{ at_lise:
    Karine te rejoint et secoue la neige de ta tuque. « Un mois pour un café. Y a du monde avec qui ça prend des années, pis d'autres avec qui ça arrive jamais. On passe le mardi pareil. » # end: kept
- else:
    Karine te rejoint et secoue la neige de ta tuque. « Un mois pour qu'a te demande quelque chose à elle. Y a du monde avec qui ça prend des années, pis d'autres avec qui ça arrive jamais. On passe le mardi pareil. » # end: kept
}
-> END

=== link_broken ===
// Atteint seulement quand le modèle de confiance du moteur juge le lien brisé (trop de précipitations en peu de temps). Jamais de divert ici dans l'histoire. Au débriefing : quels moments sont arrivés trop tôt ?
Elle se lève. Elle ne dit plus rien. Elle ramasse son sac et enroule la laisse autour de sa main. # cue: turns_away # moment: closed
Bon. Ben, bonne soirée. # speaker: Josée # mood: cold
Elle s'en va vers l'est, sans se presser, sans se retourner. # sound: footsteps
Les mardis suivants, la grille est vide. Au dépanneur, on te dit qu'elle passe encore, mais plus tard, quand les gens de ton organisme sont partis. # end: broken
-> END
