# title: Premier bonjour
# lang: fr
# setting: street
# time: 23 h, novembre
# character: Josée
# wariness: 4
# summary: Premier soir de travail de rue. Une femme et son chien t'observent de loin, assis sur une grille d'aération du métro. Ce soir, la seule tâche est de dire bonsoir et de montrer que tu n'es pas une menace. Quelques jours plus tard, tu repasses.
# duration: 5
# concepts: lien, voisinage-courtois, suggestion-legitime, rythme, non-demande, refus
# warning: itinérance, consommation de drogues évoquée, méfiance envers la police, perte d'un animal évoquée

// Réglé par le moteur : fragile | building | solid | broken. Ne jamais l'écrire ici.
VAR link = "fragile"
VAR name_known = false
VAR card_given = false

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
// La bonne fin est petite. Elle sera au coin mardi prochain : le lien est gardé. Rien d'autre n'était demandé ce soir.
Il est temps de continuer la tournée. La pluie se calme un peu.
{ card_given:
    Je l'ai encore, ta carte. Est dans ma botte, au sec. # speaker: Josée # mood: dry
- else:
    Tu lui tends ta carte. Elle la prend, lit ton numéro, la glisse dans sa botte.
    ~ card_given = true
}
Mardi, même heure ? # speaker: worker
S'il pleut pas. Patrouille haït la pluie. # speaker: Josée # mood: amused # cue: smiles
Elle te fait un petit signe du menton quand tu repars. Patrouille te suit des yeux jusqu'au coin. # end: kept
-> END

=== link_broken ===
// Atteint seulement quand le modèle de confiance du moteur juge le lien brisé (trop de précipitations en peu de temps). Jamais de divert ici dans l'histoire. Au débriefing : quels moments sont arrivés trop tôt ?
Elle se lève. Elle ne dit plus rien. Elle ramasse son sac et enroule la laisse autour de sa main. # cue: turns_away # moment: closed
Bon. Ben, bonne soirée. # speaker: Josée # mood: cold
Elle s'en va vers l'est, sans se presser, sans se retourner. # sound: footsteps
Les mardis suivants, la grille est vide. Au dépanneur, on te dit qu'elle passe encore, mais plus tard, quand les gens de ton organisme sont partis. # end: broken
-> END
