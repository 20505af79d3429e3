# title: Nuit froide
# lang: fr
# setting: street
# time: 1 h, janvier, −25 °C
# character: Mélissa
# look: woman_long_hair
# wariness: 3
# summary: Avertissement de froid extrême : moins vingt-cinq, moins trente-cinq avec le vent. Sous l'entrée d'une banque fermée, Mélissa, son chum Steve et leur chienne. Tu les as croisés deux fois. Ce soir, il reste des lits dans les refuges et tu aimerais qu'ils en prennent un. C'est eux qui décident ; toi, tu offres ce qui peut être pris.
# duration: 12
# concepts: suggestion-legitime, refus, voisinage-courtois, reseau, lien, rythme
# warning: froid extrême
# warning: présence policière

// Réglé par le moteur : fragile | building | solid | broken. Ne jamais l'écrire ici.
VAR link = "fragile"
VAR shelter_early = false
VAR pushed = false
VAR spoke_for_her = false
VAR exposed = false

-> start

=== start ===
// Le cadre : une nuit dangereuse, et une envie très forte de « sauver ». À demander aux stagiaires : qu'est-ce qui, cette nuit, pousse à aller trop vite ? Ils te connaissent un peu ; la bonne distance est celle que vous avez déjà trouvée, pas plus.
Avertissement de froid extrême. Moins vingt-cinq au thermomètre, moins trente-cinq avec le vent. Rue Sainte-Catherine Est, un peu après 1 h. # ambience: street_night # moment: guarded
Tu fais la tournée avec Samir, ton collègue. Vos sacs sont pleins de couvertures de laine et de chaufferettes. Avant de partir, la coordonnatrice a dit : « Les refuges ont ajouté des lits. Pis l'autobus chauffé est stationné au métro Papineau jusqu'à 7 h. Les chiens peuvent monter. »
De l'autre côté de la rue, sous l'entrée d'une banque fermée, deux formes sous un sac de couchage, et une chienne noire et blanche dans un chandail trop grand. # distance: far
Tu les reconnais : Mélissa, Steve, et Moufette. En novembre, Mélissa a pris des bas de laine sans dire un mot. Il y a deux semaines, elle t'a demandé ton nom, puis elle t'en a donné un autre.
Heille ! Bas-de-laine ! # speaker: Mélissa # mood: amused # cue: eye_contact
+ [Lui envoyer la main, et rester de ton côté de la rue # act: hold]
    -> across_the_street
+ [Traverser, et t'arrêter au bord de l'entrée, à quelques pas d'eux # act: approach]
    Tu traverses et tu t'arrêtes au bord de l'entrée, là où le trottoir finit et où leur coin commence. # distance: near # sound: footsteps
    -> doorway
+ [Traverser vite et t'accroupir tout contre eux, pour voir s'ils ont les mains gelées # act: approach]
    -> too_close

=== across_the_street ===
// Rester loin est prudent, mais ils te connaissent et t'appellent : l'invitation est claire. Jusqu'où va-t-elle ? Jusqu'au bord de leur coin, pas dedans.
Tu lui envoies la main. Un taxi passe entre vous, au pas, à cause de la glace.
Tu vas-tu rester là à geler ? Viens, on mord pas. Moufette non plus. # speaker: Mélissa # mood: amused # cue: smiles
+ [Traverser et te glisser sous l'entrée avec eux, à l'abri du vent # act: approach]
    -> too_close
+ [Traverser, et t'arrêter au bord de l'entrée # act: approach]
    Tu traverses et tu t'arrêtes au bord de l'entrée, là où le trottoir finit et où leur coin commence. # distance: near # sound: footsteps
    -> doorway

=== too_close ===
// Même quand on est connu, on n'entre pas dans leur abri sans y être invité. L'intention (vérifier leurs mains) est un soin ; vu du sac de couchage, c'est quelqu'un qui entre dans la chambre.
Tu te glisses sous l'entrée et tu t'accroupis à un bras du sac de couchage. # distance: close # sound: footsteps
Moufette se lève d'un bond et jappe. Steve se redresse, son capuchon lui tombe dans le dos. # sound: dog_bark
Wo. Wo. Recule. # speaker: Steve # mood: alarmed # cue: steps_back # moment: closed
Relaxe, Steve. C'est Bas-de-laine. # speaker: Mélissa
Elle te regarde, toi.
Mais recule pareil. C'est notre chambre, ça. # speaker: Mélissa # mood: dry
+ [Reculer jusqu'au bord de l'entrée, et t'excuser # act: step_back]
    Tu recules jusqu'au bord du trottoir. # distance: near
    Excusez. Je voulais juste voir si vous étiez corrects. # speaker: worker
    Moufette se recouche, un œil ouvert sur toi. # moment: guarded
    -> doorway
+ [Leur dire tout de suite qu'il reste des lits au refuge ce soir # act: perche # topic: shelter]
    -> shelter_too_soon

=== doorway ===
// La présence d'abord. Il fait un froid dangereux et ils n'ont rien demandé : ce qui peut être donné sans condition passe avant toute suggestion.
Le vent s'engouffre sous l'entrée et soulève un coin du carton. Steve a remonté son capuchon ; on ne voit plus que ses yeux.
Mélissa a les mains rentrées dans ses manches. Ses dents claquent quand elle ne parle pas ; alors elle parle.
On s'est trouvé un trois et demie avec vue sur la rue. Le chauffage est pas inclus, par exemple. # speaker: Mélissa # mood: dry
+ [Lui demander comment elle va, vraiment, avec ce froid-là # act: ask]
    -> how_are_you
+ [Sortir des chaufferettes et deux couvertures, et les poser devant eux, sans rien demander # act: material]
    -> warm_things
+ [Leur dire tout de suite qu'il reste des lits au refuge ce soir # act: perche # topic: shelter]
    -> shelter_too_soon

=== how_are_you ===
// Une question juste, un peu tôt : avant d'avoir rien offert, « comment ça va » ressemble à une évaluation. Elle répond en regardant ton sac : c'est elle qui te montre le bon ordre.
Comment tu vas, vraiment, avec ce froid-là ? # speaker: worker
Comment je vais ? Y fait moins vingt-cinq, Bas-de-laine. Devine. # speaker: Mélissa # mood: dry
Elle regarde ton sac. # cue: changes_subject
T'as-tu de quoi là-dedans, ou c'est juste pour jaser ? # speaker: Mélissa
+ [Sortir des chaufferettes et deux couvertures, et les poser devant eux # act: material]
    -> warm_things
+ [Lui dire que tu as surtout une place au refuge à leur proposer # act: perche # topic: shelter]
    -> shelter_too_soon

=== shelter_too_soon ===
// La bonne perche, trop tôt : avant la chaleur, avant d'avoir regardé leur situation. Pour eux, c'est la réponse que tout le monde leur donne ce soir, la police comprise. Elle ferme, avec humour.
~ shelter_early = true
Y reste des lits au refuge, ce soir. Je peux appeler pour vous autres. # speaker: worker
Mélissa rit, un rire court qui fait de la buée.
Bonsoir à toi aussi. # speaker: Mélissa # mood: dry
Le refuge. Tout le monde nous parle du refuge, à soir. La police, la madame du dépanneur, pis là, toi. # speaker: Mélissa # moment: guarded
Steve se recouche, dos à toi. # cue: turns_away
+ [Insister : juste une nuit, avec le froid qu'il fait # act: insist # topic: shelter]
    -> pressed_early
+ [Lui dire qu'elle a raison, que tu commences par la fin, et sortir les chaufferettes # act: accept]
    T'as raison. J'ai commencé par la fin. Tiens, ça, c'est le début. # speaker: worker
    -> warm_things

=== pressed_early ===
// Insister sur une perche qu'on vient de tendre trop tôt. Elle ne discute même pas : elle se retire. Ce qui reste possible, c'est de donner sans condition, ou de partir.
~ pushed = true
Juste une nuit. Avec le froid qu'il fait, ça vaut la peine. # speaker: worker
Mélissa ne répond pas. Elle remonte le sac de couchage jusqu'au menton et regarde la rue. # cue: turns_away # moment: closed
+ [Poser les couvertures et les chaufferettes au bord de l'entrée, et reculer d'un pas # act: material]
    -> warm_things
+ [Leur souhaiter bonne nuit, et continuer la tournée # act: leave]
    -> left_at_the_door

=== left_at_the_door ===
// Partir après avoir poussé : la meilleure réparation disponible ce soir. Le lien est en pause, pas perdu ; laisser les couvertures dit que rien n'était conditionnel.
Tu poses les couvertures au bord de l'entrée. Bonne nuit. # speaker: worker
Personne ne répond. Quand tu te retournes au coin, Steve a tiré les couvertures vers lui, et Mélissa en a étendu une sur la chienne.
Samir te tend un café. « On repassera plus tard. De loin. » # end: ended
-> END

=== warm_things ===
// Le matériel sans condition. Rien n'est demandé en retour, et c'est souvent ce qui rend une parole possible ensuite. L'information utile tient en une phrase.
Tu poses deux couvertures de laine et une poignée de chaufferettes sur le carton, devant eux, pas dans leurs mains.
Mélissa déchire un sachet avec ses dents et le secoue. Steve en glisse deux dans ses gants.
Pas direct sur la peau, hein. Quand t'es gelé, ça brûle sans que tu le sentes. # speaker: worker
{ pushed:
    Mélissa hoche la tête, sans te regarder. Elle étend la première couverture sur Moufette. # moment: guarded
- else:
    T'aurais pas une chaufferette format chien, tant qu'à faire ? # speaker: Mélissa # mood: amused # cue: smiles # moment: open
}
+ [Leur expliquer, tant qu'à y être, les signes d'engelure et d'hypothermie # act: inform]
    -> frost_lesson
+ [Lui demander d'où vient le chandail de Moufette # act: small_talk]
    C'est quoi, l'histoire du chandail ? # speaker: worker
    -> dog_talk

=== frost_lesson ===
// De l'information non demandée, exacte et utile. Elle la reçoit poliment, et rappelle qui est l'experte de sa propre survie. Steve, lui, l'a entendue : ça servira plus tard.
Tu leur expliques : la peau qui devient blanche ou grise, dure, qui ne fait plus mal. Ne pas frotter. Réchauffer doucement. Et si quelqu'un arrête de grelotter, devient mêlé ou s'endort d'un coup, c'est le 911. # speaker: worker
Mélissa t'écoute jusqu'au bout, les sourcils levés.
Bas-de-laine. Ça fait six hivers que je fais ça. Mais c'est gentil. # speaker: Mélissa # mood: dry
Steve, lui, regarde ses gants un long moment. # cue: silence
-> dog_talk

=== dog_talk ===
// Le petit jasage. La chienne, c'est leur famille ; c'est aussi la première raison de leur refus, qu'on entend ici avant même d'avoir proposé quoi que ce soit. Écouter maintenant, c'est comprendre le refus plus tard.
Moufette s'est glissée entre eux deux. Son chandail a les manches coupées et un logo de pizzeria à moitié effacé.
C'était le hoodie de Steve. On y a coupé les manches, pis on a fait des trous pour les pattes. # speaker: Mélissa
C'est elle qui nous a trouvés, pas l'inverse. Au métro, y a trois ans. Elle voulait pas s'en aller. # speaker: Steve # mood: soft
Depuis, on est trois. On va pas loin sans elle. # speaker: Mélissa
Elle gratte la chienne entre les oreilles.
Pis c'est la seule dans la chambre qui ronfle pas. # speaker: Mélissa # mood: amused # cue: smiles # moment: open
-> reading_the_night

=== reading_the_night ===
// Évaluer avant de suggérer : le vent, les doigts de Steve, les dents qui claquent. La perche vient en réponse à ce que tu vois, une fois la chaleur donnée et la conversation ouverte. Le refuge d'abord (un lit vaut mieux qu'une banquette) ; l'autobus reste en réserve. Le même souci, dit comme un ordre, ferme la porte.
Le vent tourne. Il s'engouffre sous l'entrée et Mélissa se recroqueville contre Steve. Ses dents claquent entre les phrases. # moment: guarded
Steve enlève un gant pour gratter la chienne. Le bout de ses doigts est blanc, cireux. Il les cache tout de suite dans sa manche.
Mélissa t'a vu regarder. Elle ne dit rien, mais elle ne détourne pas les yeux. # cue: eye_contact
Dans ta poche, ton téléphone vibre : Samir t'écrit que le refuge de la rue voisine a encore six lits.
+ [Leur dire qu'ils ne peuvent pas rester là cette nuit, que c'est trop dangereux # act: opinion]
    -> not_here_tonight
+ [Leur tendre la perche : une nuit au refuge, dans un lit chaud ; tu peux appeler pour eux # act: perche # topic: shelter]
    -> the_perche

=== not_here_tonight ===
// Dire à quelqu'un où il ne peut pas dormir, c'est décider pour lui. Ta peur est réelle ; dite comme une règle, elle sonne comme celle de toutes les institutions. Elle devine la suite avant toi.
Vous pouvez pas rester là, à soir. C'est trop dangereux. # speaker: worker
Mélissa lève les sourcils.
Ah non ? On peut aller où, d'abord ? Attends, laisse-moi deviner. # speaker: Mélissa # mood: dry # cue: arms_crossed
-> the_perche

=== the_perche ===
// La perche, dite simplement, une fois, avec ton souci. Elle dit non, et ses raisons sont réelles : la chienne, le couple, les règlements, les vols. Le refus est sa position sur sa propre vie ; il se respecte, il ne se négocie pas.
Y reste des lits au refuge, à côté. Un vrai lit, au chaud, une nuit au moins. Je peux appeler pour vous autres, pis marcher avec vous jusque-là. # speaker: worker
{ shelter_early:
    Je sais, je t'en ai parlé tantôt. C'est la dernière fois. # speaker: worker
}
Mélissa regarde Steve. Steve regarde la chienne.
Pis Moufette, elle dort où ? # speaker: Mélissa
Elle n'attend pas ta réponse.
Y prennent pas les chiens. Pis y nous séparent : les gars d'un bord, les filles de l'autre. # speaker: Mélissa
La dernière fois, Steve est sorti fumer à 2 h. Y l'ont pas laissé rentrer. Moi en dedans, lui dehors, tout seul, pis moi qui le savais pas. # speaker: Mélissa # mood: quiet
Pis le matin, mes bottes étaient pus là. En février. J'ai marché en bas jusqu'au Tim. # speaker: Mélissa
Faque des bas de laine, je sais ce que ça vaut. # speaker: Mélissa # mood: dry
Non. On reste icitte. Ensemble. # speaker: Mélissa # mood: firm # cue: arms_crossed
+ [Insister : juste une nuit, avec le froid qu'il fait # act: insist # topic: shelter]
    -> just_one_night
+ [Lui dire que c'est elle qui décide, mais que ça t'inquiète, et le dire une seule fois # act: accept]
    -> worry_said
+ [Proposer une autre solution : elle au refuge pour femmes, Steve chez les hommes, Moufette en pension pour une nuit # act: insist # topic: shelter]
    -> split_up
+ [Leur rappeler que du monde meurt de froid dehors, des nuits comme celle-ci # act: opinion]
    -> cold_lecture

=== worry_said ===
// Le cœur de la rencontre : respecter le refus, dire son inquiétude une fois, comme la sienne, puis arrêter. Ce n'est pas abandonner : c'est laisser la porte là où elle peut la rouvrir elle-même.
C'est toi qui décides. Mais je te dis que ça m'inquiète, à soir. C'est tout. # speaker: worker
Mélissa te regarde un moment. # cue: silence
Je le sais, que ça t'inquiète. T'as la face de quelqu'un qui s'inquiète depuis novembre. # speaker: Mélissa # mood: dry # cue: smiles
Steve rit dans son capuchon. Moufette remue la queue sous la couverture.
-> police

=== just_one_night ===
// Insister après un refus motivé. L'intention est le soin ; pour elle, c'est une personne de plus qui n'a pas entendu ses raisons. Il reste une bonne réponse : lâcher le morceau.
~ pushed = true
Juste une nuit. Avec le froid qu'il fait, demain on trouvera de quoi pour Moufette. # speaker: worker
Mélissa te regarde longtemps. # cue: silence
Bas-de-laine. J'ai dit non. # speaker: Mélissa # mood: cold
Elle tire la couverture sur la chienne et se tourne vers Steve. # cue: turns_away # moment: closed
+ [Proposer une autre solution : elle au refuge pour femmes, Steve chez les hommes, Moufette en pension pour une nuit # act: insist # topic: shelter]
    -> split_up
+ [Lâcher le morceau : c'est eux qui décident # act: accept]
    OK. J'arrête. C'est vous qui décidez. # speaker: worker
    Mélissa hausse une épaule. Ça veut dire : on verra si tu tiens parole. # moment: guarded
    -> police
+ [Leur rappeler que du monde meurt de froid dehors, des nuits comme celle-ci # act: opinion]
    -> cold_lecture

=== split_up ===
// Proposer de laisser la chienne, ou de dormir chacun de son bord : une solution logique vue du guichet, une trahison vue de l'entrée de la banque. Elle vient de dire pourquoi ; c'est ça qu'elle entend.
~ pushed = true
Pis si on faisait ça autrement ? Toi au refuge pour femmes, Steve chez les hommes. Pis Moufette, je connais une place qui pourrait la garder une nuit. # speaker: worker
Steve se redresse. Mélissa ne rit plus.
T'as-tu écouté ce que je viens de te dire ? On se sépare pas. Pis Moufette, on la laisse à personne. # speaker: Mélissa # mood: cold # cue: arms_crossed # moment: closed
-> police

=== cold_lecture ===
// Faire la morale sur le froid. Tout est vrai, et elle le sait mieux que toi ; le dire après son refus, c'est lui faire porter ta peur.
~ pushed = true
Vous savez que du monde meurt de froid dehors, des nuits comme celle-ci ? # speaker: worker
Mélissa ne répond pas tout de suite.
Je le sais. J'en ai connu un. # speaker: Mélissa # mood: quiet
Penses-tu que j'ai besoin que tu me le dises ? # speaker: Mélissa # mood: cold # cue: turns_away # moment: closed
-> police

=== police ===
// La couche sociale. Devant une auto-patrouille, Mélissa ne peut pas dire ce qu'elle te dit à toi. Ta place : te mettre en retrait, la laisser répondre pour elle-même, attendre. Rester collé à eux, même pour les protéger, te range du côté de ceux qui posent les questions.
Des phares balaient l'entrée de la banque. Une auto-patrouille ralentit, roule au pas le long du trottoir, puis s'arrête, le moteur en marche.
Mélissa se redresse d'un coup. Steve rentre ses mains dans ses manches. Moufette gronde, tout bas. # cue: turns_away # moment: closed
La vitre du passager descend. Une policière se penche.
Bonsoir. Tout le monde va bien, ici ? Avec l'avertissement, y a de la place dans les refuges, vous savez. # speaker: Policière # mood: firm
+ [Rester où tu es, sans rien dire # act: hold]
    -> police_hold
+ [Aller te placer à côté de Mélissa et répondre toi-même : ils sont avec toi, tu t'en occupes # act: approach]
    -> police_close
+ [Reculer jusqu'au bord du trottoir, les mains visibles, et laisser Mélissa répondre # act: step_back]
    -> police_step_back

=== police_step_back ===
// Se mettre en retrait. Elle garde la main sur ce qui se dit d'elle ; toi, tu restes visible, mais pas à ses côtés.
Tu recules jusqu'au bord du trottoir, un peu à l'écart, les mains hors des poches. # distance: far
On est corrects, madame. On s'en allait, justement. # speaker: Mélissa # mood: bright
Sa voix a changé : plus haute, plus polie, avec un sourire que tu ne lui connais pas.
La policière te regarde, toi, au bord du trottoir. Tu dis seulement bonsoir.
Restez pas là trop longtemps. Bonne nuit. # speaker: Policière
La vitre remonte. L'auto repart, lentement. # moment: guarded
Mélissa attend que les feux arrière aient tourné le coin. Puis elle te fait signe de revenir. # cue: eye_contact
Tu reviens au bord de l'entrée. # distance: near
-> after_police

=== police_hold ===
// Rester là, sans rien dire : rien de faux, mais tu restes dans le tableau. La policière finit par s'adresser à toi.
Tu restes où tu es, au bord de l'entrée, sans rien dire.
On est corrects, madame. On s'en allait, justement. # speaker: Mélissa # mood: bright
Sa voix a changé : plus haute, plus polie, avec un sourire que tu ne lui connais pas.
Vous êtes avec eux ? # speaker: Policière
Je fais du travail de rue. # speaker: worker
La policière regarde encore une fois Steve, ses mains dans ses manches, puis la chienne.
Restez pas là trop longtemps. Bonne nuit. # speaker: Policière
L'auto repart. Mélissa attend que les feux arrière aient tourné le coin. # moment: guarded
-> after_police

=== police_close ===
// Parler pour eux devant la police. L'intention est de les protéger ; l'effet, c'est qu'elle perd la main sur ce qui se dit d'elle, et que tu apparais du même bord que l'auto.
~ spoke_for_her = true
Tu vas te placer à côté de Mélissa, tout contre l'entrée. # distance: close # sound: footsteps
Bonsoir. Je fais du travail de rue. Ils sont avec moi, je m'en occupe. # speaker: worker
Le sourire de Mélissa se fige.
La policière ne la regarde plus : c'est à toi qu'elle parle, maintenant. Depuis quand ils sont là. Si la chienne a une médaille. Si quelqu'un a besoin d'une ambulance.
Tu réponds. Mélissa ne dit plus rien. Steve regarde ses bottes.
L'auto finit par repartir.
Parle pus jamais à ma place devant eux autres. # speaker: Mélissa # mood: cold # cue: arms_crossed # moment: guarded
Tu recules au bord de l'entrée. # distance: near
-> after_police

=== after_police ===
// Ce qu'elle ne pouvait pas dire devant la police, elle peut te le dire, à toi, si tu t'es mis de côté. C'est le moment d'offrir ce qui peut être pris : une option qui répond à ses raisons.
{ spoke_for_her:
    Elle laisse passer un long moment. Puis elle t'explique, sans te regarder.
    Devant eux autres, j'ai jamais frette. Si je dis que j'ai frette, y appellent l'ambulance, pis Moufette s'en va à la fourrière. C'est arrivé à une fille qu'on connaît. # speaker: Mélissa # mood: cold
    Elle se frotte les bras. Elle grelotte, et elle ne le cache plus. # moment: guarded
- else:
    Mélissa laisse retomber ses épaules. Le sourire poli disparaît.
    Devant eux autres, j'ai jamais frette. Si je dis que j'ai frette, y appellent l'ambulance, pis Moufette s'en va à la fourrière. C'est arrivé à une fille qu'on connaît. # speaker: Mélissa # mood: quiet
    Elle baisse la voix.
    Mais là, entre nous autres… j'ai frette en maudit. Pis Steve sent pus le bout de ses doigts. # speaker: Mélissa # mood: soft # cue: leans_in # moment: open
}
+ [Lui parler de l'autobus chauffé au métro Papineau : la chienne monte, ils restent ensemble, personne ne demande de nom # act: perche # topic: warming_bus]
    -> bus_offer
+ [Lui dire que, puisqu'elle a froid, le refuge reste la meilleure option # act: insist # topic: shelter]
    -> shelter_again
+ [Hocher la tête, et attendre qu'elle continue # act: hold]
    -> her_question

=== her_question ===
// Ne rien ajouter. Le silence lui laisse la main, et c'est elle qui demande. Une perche qui répond à une demande est la plus légitime.
Tu hoches la tête, et tu ne dis rien. Au coin, Samir fait semblant de regarder son téléphone.
{ spoke_for_her:
    Mélissa se frotte les bras un long moment, sans te regarder. Puis elle lève les yeux.
- else:
    Mélissa souffle dans ses mains. Steve a recaché les siennes sous ses bras.
}
Fait que. T'avais-tu de quoi d'autre que le refuge, toi ? # speaker: Mélissa # cue: eye_contact
+ [Lui parler de l'autobus chauffé au métro Papineau : la chienne monte, ils restent ensemble, personne ne demande de nom # act: perche # topic: warming_bus]
    -> bus_offer

=== shelter_again ===
// Elle vient d'avouer qu'elle a froid ; s'en servir pour revenir au refuge lui apprend à ne plus l'avouer. C'est elle qui ramène la conversation vers ce qui peut être pris : sa demande rend la perche suivante légitime.
Tu as froid. Le refuge, ce serait quand même mieux. # speaker: worker
Mélissa soupire. La buée monte et disparaît.
C'est pour ça que je le dis pas, que j'ai frette. Tout le monde me ramène au refuge. # speaker: Mélissa # mood: tired
Elle te regarde droit dans les yeux.
Si t'as de quoi d'autre, c'est le temps. # speaker: Mélissa # cue: eye_contact
+ [Lui parler de l'autobus chauffé au métro Papineau : la chienne monte, ils restent ensemble, personne ne demande de nom # act: perche # topic: warming_bus]
    -> bus_offer

=== bus_offer ===
// Ce qui peut être pris : une option qui respecte ses raisons (la chienne, le couple, pas de règlements à la porte), une information exacte pour les doigts de Steve, et rien de plus. « On verra », puis un changement de sujet : c'est assez pour ce soir.
Y a un autobus chauffé, stationné au métro Papineau jusqu'à 7 h. Les chiens montent. Vous restez ensemble. Personne vous demande votre nom, pis vous pouvez sortir fumer pis remonter. # speaker: worker
Pis Steve, tes doigts : frotte-les pas. Réchauffe-les doucement, sous tes bras. Si ça reste blanc pis dur, ou que ça fait des cloques, faut que quelqu'un regarde ça. Je peux y aller avec toi. # speaker: worker
Steve sort sa main de sa manche et la regarde, comme si elle était à quelqu'un d'autre.
J'étais couvreur. Mes mains, c'est pas mal tout ce qui me reste. # speaker: Steve # mood: quiet
Il relève les yeux.
Moufette peut monter ? Pour vrai ? # speaker: Steve
Pour vrai. # speaker: worker
Mélissa regarde vers le métro, puis vers Steve.
On verra. Peut-être. Quand Steve aura fini sa cigarette. # speaker: Mélissa # mood: dry
Elle sort un pied du sac de couchage.
Heille, as-tu vu mes bottes ? Des vraies, doublées. Trouvées au vestiaire du local. # speaker: Mélissa # mood: amused # cue: changes_subject
+ [Lui proposer de marcher avec eux jusqu'à l'autobus tout de suite, avant qu'il fasse encore plus froid # act: insist # topic: warming_bus]
    -> bus_now
+ [Lui demander si « peut-être », ça veut dire oui # act: ask]
    -> maybe_means
+ [La suivre sur ses bottes, et laisser l'autobus où il est # act: accept]
    Doublées, en plus. T'as fait un bon coup. # speaker: worker
    Je les enlève pus. Même pour dormir. # speaker: Mélissa # mood: amused # cue: smiles
    -> peers

=== bus_now ===
// « On verra » est une réponse complète. Vouloir la transformer en départ immédiat, c'est reprendre la décision qu'on vient de lui laisser.
Venez-vous-en tout de suite, je marche avec vous. Avant qu'il fasse encore plus froid. # speaker: worker
Wo. J'ai dit peut-être. # speaker: Mélissa # mood: firm # cue: arms_crossed # moment: guarded
Steve remet sa main dans sa manche.
-> peers

=== maybe_means ===
// Demander de préciser un « peut-être », c'est lui demander de s'engager devant toi. Elle venait de changer de sujet : c'était assez pour ce soir.
Peut-être, ça veut-tu dire oui ? # speaker: worker
Ça veut dire peut-être, Bas-de-laine. # speaker: Mélissa # mood: dry
Elle rentre son pied dans le sac de couchage. # moment: guarded
-> peers

=== peers ===
// Les pairs. Devant Dany, Mélissa n'a rien, n'a pas froid et ne pense à aucun autobus. Elle gère son monde, et elle le gère bien. Ta place : un pas en arrière, et pas un mot de ce qu'elle t'a confié.
Des pas crissent sur la neige durcie. Deux silhouettes arrivent du métro : Dany, un grand gars dans un manteau d'armée, et Kim, qui traîne un sac de sport. # sound: footsteps
Steve ! Mon homme ! # speaker: Dany # mood: loud
D'un coup de pied, Mélissa pousse les chaufferettes et la couverture neuve sous le sac de couchage. Sa voix change encore : plus forte, plus dure. # cue: turns_away # moment: closed
Qu'est-ce tu veux, Dany ? # speaker: Mélissa # mood: cold
Rien, rien. Je passais. # speaker: Dany
Il regarde ton sac, puis toi.
Pis toi, t'as-tu des chaufferettes, dans ton gros sac ? # speaker: Dany
+ [Lui donner deux chaufferettes, sans un mot sur ce que tu as laissé à Mélissa et Steve # act: material]
    Tu lui tends deux chaufferettes. Tu n'en dis pas plus.
    Dany les empoche, tape l'épaule de Steve, et repart avec Kim vers l'ouest. # sound: footsteps
    -> after_peers
+ [Faire un pas en arrière, et attendre en silence que Mélissa mène la conversation # act: step_back]
    Tu fais un pas en arrière, les mains dans les poches, et tu attends.
    Dany te regarde, puis il regarde Mélissa.
    Donne-y-en deux, Bas-de-laine. Y va partir plus vite. # speaker: Mélissa # mood: dry
    Tu lui en donnes deux. Dany les empoche, tape l'épaule de Steve, et repart avec Kim vers l'ouest. # sound: footsteps
    -> after_peers
+ [Continuer avec Steve là où vous en étiez : ses doigts, l'autobus # act: ask]
    ~ exposed = true
    Steve, pour tes doigts pis l'autobus… # speaker: worker
    Quel autobus ? Y ont-tu de quoi, vous autres ? # speaker: Dany # mood: amused
    Ses yeux descendent vers le sac de couchage.
    Rien. On a rien. Laisse faire. # speaker: Mélissa # mood: cold
    Dany s'assoit sur la marche, quémande une cigarette à Steve, puis une autre. Il finit par repartir avec Kim, en regardant deux fois par-dessus son épaule. # sound: footsteps
    -> after_peers

=== after_peers ===
// L'autonomie comme lucidité : elle sait ce que chacun prend et ce que chacun donne. Ce n'est pas le moment de trier ses fréquentations à sa place ; ce travail-là viendra peut-être, plus tard, si elle le demande.
Mélissa attend qu'ils aient tourné le coin. Puis elle ressort les chaufferettes de sous le sac de couchage, une à une, et les compte.
{ exposed:
    Merci, là. Astheure, y sait qu'on a de quoi. Y va repasser. # speaker: Mélissa # mood: cold
}
Dany, c'est pas un mauvais gars. Mais quand y voit de quoi, y le veut. Pis après, y le revend. # speaker: Mélissa # mood: dry
Mes bottes, au refuge, l'hiver passé ? C'est un de ses chums. # speaker: Mélissa
Faque devant lui, on a rien. On a jamais rien. # speaker: Mélissa # moment: guarded
+ [Lui conseiller de se tenir loin de Dany et de sa gang # act: opinion]
    -> peers_advice
+ [L'écouter, sans commenter ses amis # act: listen]
    Tu hoches la tête. Tu ne dis rien de Dany.
    Mélissa te tend une chaufferette. # cue: smiles # moment: open
    Tiens. Pour Samir. Y a l'air gelé, lui aussi. # speaker: Mélissa # mood: amused
    -> closing

=== peers_advice ===
// Conseiller de couper les ponts, sur un trottoir, à 2 h du matin par moins vingt-cinq. Dans la rue, ses pairs sont aussi son réseau de survie ; elle vient de te montrer qu'elle sait déjà ce que chacun vaut.
Tu devrais te tenir loin de Dany, tsé. Pis de sa gang. # speaker: worker
Pis aller où ? C'est ma rue. Dany, je le connais depuis dix ans. Je sais ce qu'y vaut, je viens de te le dire. # speaker: Mélissa # mood: cold # cue: turns_away
-> closing

=== closing ===
// Finir : laisser de quoi la joindre, et demander la permission de revenir plutôt que la prendre. Même par moins vingt-cinq, la présence se négocie.
Au coin, Samir tape des pieds pour se réchauffer. Il est presque 2 h.
+ [Leur souhaiter bonne nuit, et continuer la tournée # act: leave]
    -> next_night
+ [Lui laisser ton numéro, et lui demander si ça la dérange que tu repasses vers 3 h # act: ask]
    -> three_am_asked
+ [Un dernier essai avant de partir : le refuge, au moins pour Mélissa # act: insist # topic: shelter]
    -> last_push

=== three_am_asked ===
// Demander avant de revenir. Elle dit oui, à sa manière : c'est une entente sur la présence, dite tout haut.
Tu écris ton numéro sur une carte et tu la poses sur le carton, à côté des chaufferettes.
C'est mon numéro. Ça vous dérange-tu si je repasse vers 3 h ? Juste pour voir. # speaker: worker
Mélissa prend la carte, la retourne, la glisse dans sa botte doublée.
Si tu veux. Cogne pas, y a pas de porte. # speaker: Mélissa # mood: amused
-> three_am

=== three_am ===
// La bande du lien (calculée par le moteur) décide de ce que tu trouves à 3 h. Dans les deux cas, c'est leur choix, et le lien tient : tu es revenu à l'heure dite, pas plus près que convenu.
3 h 05. Le vent est tombé ; le froid, non. Avec Samir, tu repasses par le métro Papineau.
{ link == "solid" or link == "building":
    L'autobus chauffé ronronne près de la bouche du métro, les vitres couvertes de buée. # sound: bus_engine
    Au fond, sur la banquette, deux formes sous une couverture de laine. Une queue de chien dépasse de sous le siège.
    Mélissa ouvre un œil. Elle te voit, derrière la porte vitrée.
    Dis-toi pas que t'as gagné. C'est Moufette qui avait frette. # speaker: Mélissa # mood: dry # cue: smiles
    Steve dort, les mains sous les bras. Tu ne montes pas. Tu fais un signe, de la porte, et tu continues ta tournée. # end: kept
- else:
    L'autobus chauffé est là, presque vide. Ils n'y sont pas.
    Sous l'entrée de la banque, les deux formes n'ont pas bougé. La couverture de laine couvre la chienne en premier.
    Mélissa soulève un coin du sac de couchage.
    On est encore en vie, Bas-de-laine. Va te coucher. # speaker: Mélissa # mood: dry
    Elle tend la main. Tu y poses deux chaufferettes de plus, et tu repars. # end: kept
}
-> END

=== next_night ===
// Partir sans rien demander est correct. La nuit suivante montre ce que la présence a laissé : une attente, dite en reproche.
Bonne nuit, vous trois. # speaker: worker
Mélissa lève deux doigts hors du sac de couchage.
Le lendemain soir, il fait moins vingt-deux. Ils sont là, sous l'entrée de la banque. Mélissa te voit arriver de loin.
Pas de visite, cette nuit ? On t'a attendu, Moufette pis moi. # speaker: Mélissa # mood: dry # cue: smiles
C'est un reproche. C'est aussi une invitation. # end: kept
-> END

=== last_push ===
// Le dernier essai, sur le pas de la porte, en séparant le couple. Une heure de présence se perd en une phrase : elle a dit non, et elle a dit pourquoi.
Pis toi, Mélissa, juste toi, au refuge pour femmes ? Steve pis Moufette, on leur trouverait de quoi. # speaker: worker
Mélissa te regarde comme si tu venais de parler une autre langue.
Bonne nuit, Bas-de-laine. # speaker: Mélissa # mood: cold # cue: turns_away # moment: closed
Elle remonte le sac de couchage par-dessus sa tête. Steve ne te regarde pas.
Au coin, Samir ne pose pas de question. Vous repasserez demain, de loin. # end: ended
-> END

=== link_broken ===
// Atteint seulement quand le modèle juge le lien brisé. Jamais de divert ici dans l'histoire. Au débriefing : chaque poussée était une inquiétude sincère ; laquelle est arrivée trop tôt, trop près, ou une fois de trop ?
Mélissa se lève. Elle roule le sac de couchage, enroule la laisse autour de son poignet. Steve ramasse le carton. # cue: turns_away # moment: closed
On va aller geler ailleurs. Merci pour les bas. # speaker: Mélissa # mood: cold
Ils partent vers l'est, Moufette entre eux deux, dans son chandail aux manches coupées. # sound: footsteps
Les nuits suivantes, l'entrée de la banque est vide. Samir les croise une fois, au métro ; Mélissa lui fait un signe, à lui. # end: broken
-> END
