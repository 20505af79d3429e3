# title: Un café, rue Ontario
# lang: fr
# setting: cafe
# time: 10 h, un mardi de mars
# character: Nadia
# look: woman_braids
# wariness: 2
# summary: Ça fait un an que tu connais Nadia. C'est elle qui a demandé ce rendez-vous au café : elle a « vingt mille affaires à régler ». Toi, tu penses que sa carte soleil devrait passer en premier, pour son pied. Elle, elle pense à sa fille. Aujourd'hui, tu l'aides à faire son plan à elle. La semaine suivante, tu l'accompagnes au bureau d'aide juridique.
# duration: 12
# concepts: plan-de-changement, accompagnement, suggestion-legitime, lien, refus, voisinage-courtois
# warning: garde d'enfant, protection de la jeunesse (DPJ), visites suspendues
# warning: discrimination à un guichet, remarque stigmatisante
# warning: consommation de drogues évoquée, plaie au pied

// Réglé par le moteur : fragile | building | solid | broken. Ne jamais l'écrire ici.
VAR link = "fragile"
// Vrai si la stagiaire a imposé la carte soleil : Nadia ne lui demandera plus son avis.
VAR pushed = false
// Vrai si Nadia a écrit son plan de sa main.
VAR plan_hers = true
// Vrai si c'est le numéro de la stagiaire, pas celui du local, qui est au dossier.
VAR worker_number = false
// Vrai une fois arrivée à l'aide juridique (pour la fin « lien brisé »).
VAR at_clinic = false

-> start

=== start ===
// Le cadre : un lien d'un an, et un rendez-vous qu'elle a demandé. La demande vient d'elle : c'est ce qui rend la rencontre légitime. Son retard, c'est déjà son temps à elle contre l'heure fixée. À demander : qu'est-ce qu'elle entend, si la première phrase porte sur son pied ?
Un mardi de mars, 10 h 20. Un petit café de la rue Ontario, près du métro Joliette. Des bottes mouillées sur le tapis, la machine à espresso qui siffle. # ambience: cafe # moment: guarded
Ça fait un an que tu connais Nadia. D'abord au bus, le jeudi : le matériel, deux mots. Puis des cafés. Depuis l'automne, elle t'appelle du téléphone du local, à peu près une fois par semaine.
Vendredi, c'est elle qui a demandé : « Faudrait qu'on se voie. Pour vrai, là. Avec un papier pis un crayon. »
Le rendez-vous était à 10 h. Ton café est froid.
La porte s'ouvre. Nadia entre, le capuchon sur la tête, en boitant. Elle traverse le café sans regarder personne et s'assoit en face de toi, dos au mur. # sound: door # distance: near
Je sais. Chus en retard. Commence pas. # speaker: Nadia # mood: flustered # cue: agitated
+ [Lui dire que c'est correct, qu'elle est là, et lui offrir un café # act: accept]
    T'es là. C'est ça qui compte. Qu'est-ce que tu prends ? # speaker: worker
    -> coffee
+ [Attendre qu'elle reprenne son souffle, sans rien dire # act: hold]
    Tu ne dis rien. Elle enlève son capuchon, souffle sur ses doigts, regarde le menu au mur comme si elle le lisait pour la première fois.
    -> coffee
+ [Lui dire tout de suite que tu l'as vue boiter, et qu'il faudrait refaire sa carte soleil pour voir un médecin # act: perche # topic: health_card]
    -> card_at_the_door

=== card_at_the_door ===
// Le souci est réel, la perche est bonne, le moment ne l'est pas : elle arrive essoufflée, en retard, avec son ordre du jour à elle. Elle ferme la porte ; la rouvrir, c'est la laisser commencer.
Je t'ai vue boiter. Ton pied, ça va pas mieux, hein ? Faudrait vraiment refaire ta carte soleil, pour voir un médecin. # speaker: worker
Elle n'a pas encore enlevé son manteau.
Wô. Je viens d'arriver, là. # speaker: Nadia # mood: dry
C'est pas pour mon pied que je t'ai appelée. # speaker: Nadia # cue: turns_away
Elle regarde la vitrine, la slush, les autobus.
+ [Lui dire qu'elle a raison, et la laisser commencer # act: accept]
    T'as raison. Enlève ton manteau. Je t'écoute. # speaker: worker
    Elle te regarde de côté, puis elle enlève son manteau. # moment: guarded
    -> coffee
+ [Insister : une plaie au pied, ça peut s'infecter vite # act: insist # topic: health_card]
    Nadia, une plaie au pied, ça peut s'infecter vite. Je dis ça pour toi. # speaker: worker
    -> she_goes_alone

=== coffee ===
// Elle prend la place : le muffin, la blague, le « bureau » dans un sac. Écouter d'abord ses vingt mille problèmes, dans son ordre à elle, c'est déjà une partie du plan.
Tu fais signe au serveur. Les cafés des rendez-vous, c'est l'organisme qui les paie.
Un grand, quatre sucres. Pis un muffin aux bleuets, si l'organisme est riche à matin. # speaker: Nadia # mood: amused # cue: smiles # moment: open
Elle sort de sa poche un sac Ziploc plié en quatre, plein de papiers.
Mon bureau. # speaker: Nadia # mood: dry
Elle étale les papiers entre les tasses : une lettre d'un entrepôt, une lettre de la DPJ, une carte de fête encore dans son enveloppe.
Bon. J'ai vingt mille affaires à régler. Je sais pas par quel bout prendre ça. # speaker: Nadia # cue: leans_in
+ [L'écouter, sans l'interrompre # act: listen]
    -> her_list
+ [Lui demander ce qui compte le plus pour elle, là-dedans # act: ask]
    Qu'est-ce qui compte le plus, pour toi, là-dedans ? # speaker: worker
    Attends. Laisse-moi te conter ça dans l'ordre. # speaker: Nadia
    -> her_list

=== her_list ===
// Son histoire, ses raisons. Les visites manquées : un téléphone volé contre l'horaire d'une institution. Puis elle ferme d'avance la porte de la carte soleil, avec humour : elle sait ce que tu penses. Suivre son choix, ou imposer le tien ?
L'entrepôt d'abord. Un petit casier loué sur la rue Notre-Dame, tout ce qui reste de son appartement d'avant : la machine à coudre de sa mère, des albums de photos, une boîte pleine de dessins de Léa. Elle ne paie plus depuis l'automne. La lettre dit : vente aux enchères le 28 mars.
Puis Léa. Neuf ans depuis janvier. Elle vit dans une famille d'accueil, à Laval. Les visites étaient supervisées, aux deux semaines, dans un local de la DPJ.
En juillet, on m'a volé mon cell. J'ai pas eu le message qui changeait l'heure. J'ai manqué deux visites. Deux. Depuis, c'est « suspendu ». # speaker: Nadia # mood: quiet
Huit mois. Pis sa carte de fête est encore dans le sac. # speaker: Nadia # mood: quiet
Sous la table, elle frotte son pied contre sa cheville et grimace.
Faque c'est ça. Léa. Ou ben le casier, parce que les dessins à Léa sont dedans. # speaker: Nadia
Elle te pointe avec son muffin.
Pis je te vois venir avec ta carte soleil. Ça fait six mois que tu me parles de ma carte soleil. Non. # speaker: Nadia # mood: amused # cue: arms_crossed # moment: guarded
+ [Lui dire que c'est elle qui choisit, et lui demander par lequel des deux elle veut commencer # act: accept]
    OK. C'est toi qui choisis. Léa ou le casier : par lequel tu veux commencer ? # speaker: worker
    -> her_choice
+ [Lui expliquer que sans carte soleil, pas de médecin, et que son pied passe avant le reste # act: insist # topic: health_card]
    Nadia, sans carte soleil, pas de médecin. Pis ton pied, il passe avant le reste. Sinon, tu vas te ramasser à l'urgence. # speaker: worker
    -> card_pushed
+ [Lui proposer un compromis : la carte soleil d'abord, vite fait, puis Léa # act: perche # topic: health_card]
    Pis si on faisait ta carte soleil d'abord, vite fait ? Après, on s'occupe de Léa. # speaker: worker
    -> card_pushed

=== card_pushed ===
// Imposer la carte soleil. Ton ordre est peut-être le plus sage ; c'est quand même ton ordre à toi. Elle tient bon : son refus est une prise de position sur son parcours, pas un caprice.
~ pushed = true
Elle pose son muffin. Elle ne rit plus.
Tu m'écoutes-tu, des fois ? J'ai dit Léa. # speaker: Nadia # mood: cold # cue: turns_away # moment: closed
Mon pied, y attend depuis deux ans. Y peut attendre un mois de plus. Ma fille, a m'attend depuis huit mois. # speaker: Nadia # mood: cold
+ [Lui dire qu'elle a raison, que c'est son plan, et que tu embarques avec elle # act: accept]
    T'as raison. C'est ton plan. Léa d'abord. J'embarque avec toi. # speaker: worker
    Elle te regarde longtemps, comme pour vérifier. # cue: silence
    Bon. # speaker: Nadia # moment: guarded
    -> plan_making
+ [Reprendre tes arguments : l'infection, l'urgence, les risques # act: insist # topic: health_card]
    Je comprends, mais une infection, ça peut monter vite. Si tu te ramasses à l'hôpital, tu la verras pas plus, Léa. # speaker: worker
    -> she_goes_alone

=== her_choice ===
// Elle demande ton avis. C'est l'invitation qui rend l'opinion franche légitime. Le dire une fois, puis la suivre : c'est toute la différence entre une suggestion et une prescription.
Elle regarde les deux lettres, l'une à côté de l'autre.
Le 28, c'est dans trois semaines. Léa, c'est... c'est Léa. # speaker: Nadia # mood: quiet
Elle relève les yeux vers toi.
Pis toi, t'en penses quoi ? Pour vrai. Tu peux le dire. # speaker: Nadia # cue: eye_contact # moment: open
+ [Lui dire franchement, une seule fois, que toi tu commencerais par son pied, mais que c'est elle qui décide, et que tu embarques avec elle # act: opinion]
    -> frank_once
+ [Lui dire que ce n'est pas ton plan à toi, et lui retourner la question # act: accept]
    C'est pas mon plan, c'est le tien. Toi, t'en penses quoi ? # speaker: worker
    Elle lève les yeux au ciel. # cue: silence
    T'es ben plate, toi. Je te demandais ton avis, pas un miroir. # speaker: Nadia # mood: dry
    -> plan_making
+ [Lui expliquer en détail pourquoi la carte soleil devrait passer en premier : l'infection, le médecin, l'urgence # act: insist # topic: health_card]
    Tu lui expliques tout : la plaie qui peut s'infecter, le médecin qu'il faut voir, la carte qu'il faut pour le voir, l'urgence où elle risque de finir. Tu parles longtemps.
    Elle hoche la tête à chaque phrase, de plus en plus petit. # cue: silence
    OK, OK. J'ai compris. Une fois, ça suffisait. # speaker: Nadia # mood: tired
    -> plan_making

=== frank_once ===
// L'opinion, invitée, dite une fois, suivie aussitôt de « c'est ton plan, j'embarque ». Elle rit : elle le savait. Le lien permet la franchise ; la franchise ne change pas qui décide.
Tu me connais. Moi, je commencerais par ton pied. Je te le dis une fois : j'ai peur que ça s'infecte, pis que tu te ramasses à l'urgence le jour où tu revois Léa. # speaker: worker
Mais c'est ton plan. Si c'est Léa d'abord, c'est Léa d'abord. J'embarque. # speaker: worker
Je le savais que tu dirais ça. # speaker: Nadia # mood: amused # cue: smiles
Elle boit une gorgée, longtemps.
Pis si je me pète la face ? # speaker: Nadia
Ben je vais être là avec les mouchoirs. Pis on refera le plan. # speaker: worker
-> plan_making

=== plan_making ===
// Elle choisit. Le plan s'écrit : de quelle main ? Le plan de changement est à elle ; celui qu'on écrit pour elle, même bien, reste le tien.
Bon. Léa d'abord. Le casier, j'appelle l'entrepôt vendredi, du téléphone du local. Y diront ce qu'y voudront. # speaker: Nadia # moment: open
Tu sors ton crayon. La serveuse a laissé une pile de serviettes de table au bout de la table.
+ [Lui tendre le crayon et une serviette, pour qu'elle écrive son plan à sa façon # act: listen]
    -> her_napkin
// Le modèle compterait ce geste comme une information sans danger. Ici, il lui prend le crayon des mains : l'autrice fixe l'effet.
+ [Écrire le plan toi-même, proprement, étape par étape, pour qu'elle n'ait rien à retenir # act: inform # trust: -2]
    -> worker_napkin

=== her_napkin ===
// Son écriture, ses mots, son ordre. Le point d'interrogation au bas de la liste, c'est elle qui le met : le plan reste ouvert, renégociable, et elle le sait.
Elle prend le crayon. Elle écrit lentement, en lettres carrées.
1. LÉA. AIDE JURIDIQUE (une avocate).
2. Appeler l'entrepôt vendredi (du local).
Elle hésite, puis elle ajoute en bas, plus petit : 3. pied ?
{ pushed:
    Le point d'interrogation, c'est pour que tu me lâches. # speaker: Nadia # mood: dry
- else:
    Le point d'interrogation, c'est pour toi. Pour que t'aies pas l'air d'avoir perdu. # speaker: Nadia # mood: amused # cue: smiles
}
-> the_schedule

=== worker_napkin ===
// Un plan bien fait, dans ta calligraphie. Elle le range sans le relire : ce n'est pas le sien.
~ plan_hers = false
Tu écris : 1. Aide juridique. 2. Entrepôt. 3. Carte soleil. Avec des flèches, des heures, le numéro de l'entrepôt.
Elle regarde la serviette à l'envers, de l'autre côté de la table.
C'est ben beau. C'est ton écriture, par exemple. # speaker: Nadia # mood: dry
Elle plie la serviette et la glisse dans son Ziploc, sans la relire.
-> the_schedule

=== the_schedule ===
// Le temps de l'institution (ouverture à 8 h 30, premier arrivé) contre le sien. Puis elle glisse une allusion à sa fin de semaine et change de sujet : la porte de la consommation, c'est elle qui la tient. Une opinion sur sa consommation, ici, arrive sans invitation, dans un rendez-vous qui portait sur autre chose.
L'aide juridique, ça ouvre à 8 h 30. Le matin, sans rendez-vous, c'est premier arrivé, premier servi. # speaker: worker
8 h 30 ? Moi, à 8 h 30, chus pas du monde. Surtout après la fin de semaine que j'ai eue. # speaker: Nadia # mood: amused
Elle rit, puis elle bâille longuement. Elle a les yeux cernés, les mains qui ne tiennent pas en place autour de sa tasse.
Y sont bons, leurs muffins, hein ? Je vas en prendre un pour tantôt. # speaker: Nadia # cue: changes_subject
+ [Rire avec elle, et chercher ensemble une heure qui lui va : l'après-midi, ils prennent aussi du monde # act: accept]
    -> afternoon
+ [Lui dire franchement que tu trouves qu'elle consomme plus depuis la lettre de la DPJ, et que ça pourrait jouer contre elle # act: opinion]
    -> opinion_on_use
+ [Lui dire qu'il faut être là à 8 h 30, que c'est comme ça que ça marche # act: insist]
    -> rigid_time

=== afternoon ===
// Traduire, déjà : trouver dans l'horaire de l'institution une place pour l'horaire de la personne. Suivre son changement de sujet ne fait rien perdre au plan.
Ha. Moi non plus, chus pas du monde à 8 h 30. L'après-midi, ils prennent aussi du monde. Ça attend plus longtemps, mais t'as pas besoin de te lever aux aurores. # speaker: worker
L'après-midi, je peux. Mardi prochain ? 13 h ? # speaker: Nadia # mood: amused
Pis oui, ils sont bons, les muffins. Prends-en deux. # speaker: worker
{ plan_hers:
    Elle écrit « mardi 13 h » à côté de LÉA, et souligne deux fois.
- else:
    Elle ressort la serviette et te la tend pour que tu ajoutes l'heure.
}
-> cafe_close

=== opinion_on_use ===
// L'opinion sur sa consommation. L'inquiétude est sincère, et la DPJ regardera peut-être ça. Mais elle n'a rien demandé, elle venait de changer de sujet, et elle était venue pour son plan. Elle entend une intervenante de plus qui la juge.
Nadia... je te le dis parce que je tiens à toi. Je trouve que tu consommes plus depuis la lettre de la DPJ. Pis eux autres, ils vont le voir. # speaker: worker
Le muffin reste en l'air.
Tu parles comme l'intervenante de la DPJ, là. # speaker: Nadia # mood: cold # cue: arms_crossed # moment: closed
Je le sais, combien je consomme. Chus icitte un mardi matin avec mes papiers. C'est pas assez ? # speaker: Nadia # mood: cold
+ [Lui dire qu'elle a raison, que ce n'était pas le moment, et revenir à son plan # act: accept]
    T'as raison. C'était pas le moment. On parlait de ton plan. # speaker: worker
    Elle boit une gorgée. Elle prend son temps. # cue: silence
    13 h, d'abord. Mardi. Le matin, j'y arriverai pas, pis tu sais pourquoi. # speaker: Nadia # mood: dry # moment: guarded
    -> cafe_close
+ [Lui expliquer que la DPJ va sûrement demander des tests, et qu'il vaut mieux s'y préparer # act: insist]
    La DPJ va sûrement demander des tests, tsé. Vaut mieux t'y préparer maintenant. # speaker: worker
    -> she_goes_alone

=== rigid_time ===
// Imposer l'horaire de l'institution, comme si c'était le seul. Pour elle, c'est un non de plus avant d'avoir commencé. Se corriger tout de suite répare.
Faut être là à 8 h 30, sinon tu passeras pas. C'est comme ça que ça marche. # speaker: worker
Ben d'abord, je passerai pas. # speaker: Nadia # mood: cold # cue: turns_away # moment: closed
Elle glisse le reste du muffin dans sa poche.
+ [Lui dire que tu as parlé trop vite : il y a aussi des places l'après-midi # act: accept]
    Attends. J'ai parlé trop vite. Ils prennent du monde l'après-midi aussi. # speaker: worker
    Ah ben. Tu pouvais pas le dire avant ? Mardi, 13 h. # speaker: Nadia # mood: dry # moment: guarded
    -> cafe_close
+ [Lui expliquer que si elle veut revoir Léa, il va falloir qu'elle s'adapte à leurs horaires # act: insist]
    Si tu veux revoir Léa, va falloir que tu t'adaptes à leurs horaires. C'est plate, mais c'est ça. # speaker: worker
    -> she_goes_alone

=== cafe_close ===
// Finir le rendez-vous : le plan est un brouillon, il pourra changer. Du concret sans question (des billets pour mardi). Revenir une troisième fois sur la carte soleil alors qu'elle se lève, c'est ne plus l'avoir dit « une fois ».
Il est 11 h passées. Elle a fini son muffin, et la moitié du tien.
Bon. Mardi, 13 h, devant l'aide juridique. Si chus pas là à 13 h 15, pars pas tout de suite. Attends-moi jusqu'à 13 h 30. # speaker: Nadia # mood: dry
Elle remet son manteau. Elle est déjà à moitié debout. # cue: steps_back
+ [Lui dire que le plan est à elle, qu'il peut changer quand elle veut, et à mardi # act: leave]
    C'est ton plan. S'il marche pas, on le refait. C'est un brouillon. À mardi. # speaker: worker
    Un brouillon sur une serviette de table. On est loin, certain. # speaker: Nadia # mood: amused # cue: smiles
    -> tuesday
+ [Lui glisser deux billets de métro pour mardi, sans rien ajouter # act: material]
    Tu poses deux billets de métro sur la serviette. Elle les plie avec le reste, dans le Ziploc.
    Le bureau grossit. # speaker: Nadia # mood: amused # cue: smiles
    -> tuesday
+ [Lui rappeler, avant qu'elle parte, d'ajouter la carte soleil à sa liste # act: perche # topic: health_card]
    Pis la carte soleil, oublie-la pas, hein ? # speaker: worker
    T'avais dit une fois. # speaker: Nadia # mood: dry
    Elle remonte sa fermeture éclair jusqu'au menton et sort sans se retourner. # sound: door
    -> tuesday

=== she_goes_alone ===
// Pousser une deuxième fois après un non. L'intention était de la protéger ; elle entend quelqu'un de plus qui décide à sa place. Elle fera sa démarche sans toi : le lien est en pause, pas perdu.
Nadia remet son manteau. Elle ramasse ses papiers, un par un, et les remet dans le Ziploc. # cue: turns_away # moment: closed
Laisse faire. Mardi, j'vas y aller toute seule, à l'aide juridique. J'ai déjà une intervenante à la DPJ pour me dire quoi faire. # speaker: Nadia # mood: cold
Elle sort sans se retourner. Le muffin est resté sur la table. # sound: door
Jeudi, au bus, elle vient chercher son matériel. Elle te dit bonjour, poliment. Elle ne t'appelle pas, cette semaine-là. # end: ended
-> END

=== tuesday ===
// La deuxième visite : l'accompagnement. La bande du lien colore son arrivée. Le rendez-vous tenu, c'est déjà l'entente sur la présence qui s'étend à un nouveau lieu.
~ at_clinic = true
Le mardi suivant, 13 h. Devant le bureau d'aide juridique du quartier, un édifice gris entre une pharmacie et un comptoir de prêts sur gages. # visit: 2 # ambience: neutral # moment: guarded
{ link == "solid" or link == "building":
    Nadia est déjà là, assise sur le muret, son Ziploc sur les genoux. Elle a mis un chandail du vestiaire, encore plié au carré.
    Regarde ça. Avant toi. Écris-le dans ton rapport. # speaker: Nadia # mood: amused # cue: smiles # moment: open
- else:
    Tu attends. 13 h 10. 13 h 20. À 13 h 25, elle arrive, les mains dans les poches, sans se presser.
    J'ai failli pas venir. # speaker: Nadia # mood: wary
}
À l'intérieur : une salle d'attente beige, des chaises vissées ensemble, un distributeur de numéros. # ambience: site # sound: door
Elle prend le numéro 62. L'écran affiche 41.
Vingt et un avant moi. Si c'était le loto, je serais riche. # speaker: Nadia # mood: dry
Vous vous assoyez côte à côte. # distance: near
-> waiting

=== waiting ===
// Le temps de l'institution : un numéro, une file, un écran qui n'avance plus. Le temps de Nadia : un pied qui fait mal, une heure assise, le besoin de bouger. Traduire, c'est garder sa place dans la file pendant qu'elle prend l'air.
Quarante minutes passent. L'écran avance par à-coups : 47, 48, puis plus rien pendant dix minutes.
Nadia a allongé son mauvais pied sous la chaise d'en avant. De l'autre, elle tape le plancher. Puis elle se lève d'un coup.
Je vas aller fumer. Je tiens pus. # speaker: Nadia # mood: restless # cue: agitated
+ [Lui dire d'y aller : tu gardes son numéro, et tu iras la chercher s'ils approchent du 62 # act: accept]
    Vas-y. Je garde ton numéro. S'ils approchent, je vais te chercher. # speaker: worker
    Merci, toi. # speaker: Nadia # mood: soft
    Elle revient au numéro 58, les joues rouges de froid, et se rassoit à côté de toi. # moment: guarded
    -> counter
+ [Lui demander de rester : s'ils appellent son numéro et qu'elle n'est pas là, elle perd son tour # act: insist]
    Reste, Nadia. S'ils appellent le 62 pis que t'es pas là, tu perds ton tour. # speaker: worker
    J'ai attendu huit mois. Je peux ben perdre un tour. # speaker: Nadia # mood: cold
    Elle se rassoit quand même, les bras croisés, et ne te regarde plus. # cue: arms_crossed # moment: closed
    -> counter
+ [Rester sur ta chaise, sans rien dire, et la laisser faire # act: hold]
    Tu ne dis rien. Elle sort. Par la vitrine, tu la vois fumer, le dos au vent.
    Elle revient au numéro 59 et se rassoit à côté de toi. # moment: guarded
    -> counter

=== counter ===
// Au guichet, la préposée parle à l'intervenante, pas à Nadia. L'accompagnement traducteur ne parle pas à sa place : il lui redonne la parole, et fait voir à l'institution qui est la personne devant elle.
« Soixante-deux ! » Au guichet 3, une préposée, les lunettes au bout du nez, ne lève pas les yeux de son écran.
Nadia s'avance. Tu restes un pas derrière elle.
Bonjour. C'est pour quoi ? # speaker: La préposée # mood: hurried
C'est pour... ma fille. La DPJ. J'voudrais... # speaker: Nadia # mood: quiet
La préposée te regarde, toi, par-dessus l'épaule de Nadia.
Vous êtes son intervenante ? Elle a sa preuve de revenu ? Une preuve d'adresse ? # speaker: La préposée # mood: hurried
Nadia baisse les yeux sur son Ziploc. Elle recule d'un demi-pas. # cue: steps_back # moment: closed
+ [Faire un petit pas de côté, et dire que c'est Nadia qui va répondre # act: step_back]
    Tu fais un pas de côté, pour qu'il n'y ait plus qu'elle au guichet.
    C'est madame qui fait la demande. Moi, je l'accompagne. # speaker: worker
    La préposée se tourne vers Nadia. Nadia se redresse un peu. # moment: guarded
    J'ai mon relevé d'aide sociale, quelque part là-dedans. Pis pour l'adresse... j'ai pas d'adresse. # speaker: Nadia
    -> forms
+ [Répondre à sa place : tu connais son dossier, ça ira plus vite # act: inform]
    Oui. Elle est à l'aide sociale. Pour l'adresse, elle reçoit son courrier chez nous, au local. # speaker: worker
    La préposée hoche la tête et tape, en te regardant toi. Nadia regarde les affiches sur le mur. # moment: guarded
    -> forms
+ [Rester derrière elle, sans rien dire, le temps qu'elle réponde # act: hold]
    Tu ne bouges pas. Le silence dure. La préposée répète sa question, plus fort, à Nadia cette fois.
    J'ai mon relevé d'aide sociale, quelque part là-dedans. Pis pour l'adresse... j'ai pas d'adresse. # speaker: Nadia # moment: guarded
    -> forms

=== forms ===
// Le formulaire. Le remplir pour elle irait plus vite ; c'est aussi lui prendre la seule partie de la démarche qui est entièrement à elle. Attendre qu'elle demande, puis traduire la case qui bloque.
La préposée glisse une planchette sous la vitre : trois pages, un crayon attaché par une chaînette.
Remplissez ça, pis revenez me voir. Pas besoin de reprendre un numéro. # speaker: La préposée # mood: hurried
Vous retournez vous asseoir. Nadia tient la planchette à bout de bras, puis tout près de ses yeux.
Y écrivent ben petit, eux autres. # speaker: Nadia # mood: dry
Elle remplit son nom, sa date de naissance. Le crayon s'arrête à la case « Adresse du domicile ». # cue: silence
+ [Attendre à côté d'elle, sans regarder sa feuille, qu'elle te demande si elle a besoin de toi # act: hold]
    Tu regardes l'écran des numéros. Tu attends.
    -> her_question
+ [Lui demander si elle veut que tu lises les questions avec elle # act: ask]
    Veux-tu que je lise avec toi, ou t'aimes mieux le faire toute seule ? # speaker: worker
    Toute seule. Mais ça, là... # speaker: Nadia
    -> her_question
+ [Prendre la planchette et remplir le reste pour elle : tu écris plus vite # act: approach]
    -> filled_for_her

=== her_question ===
// C'est elle qui demande : ta réponse devient légitime. Traduire une case administrative dans sa réalité à elle, sans lui retirer le crayon.
Qu'est-ce que je mets, moi, là ? Chus pas « domiciliée ». # speaker: Nadia # mood: dry # cue: eye_contact
Tu peux mettre l'adresse du local, si tu veux. Ton courrier arrive déjà là. C'est une adresse qui compte. # speaker: worker
Elle écrit l'adresse du local par cœur, sans te la demander. Elle remplit les deux autres pages toute seule, en remuant les lèvres. # moment: open
-> remark

=== filled_for_her ===
// Prendre le crayon. L'aide est réelle, le geste l'efface : la démarche devient la tienne. Son ironie est un signal de fermeture ; y répondre, c'est lui rendre la planchette.
Tu tires la planchette vers toi et tu prends le crayon. # distance: close
Nadia te dicte son numéro d'aide sociale. Tu écris l'adresse du local, les noms, les dates. Elle regarde tes mains.
Tant qu'à faire, signe-le, aussi. # speaker: Nadia # mood: cold # cue: turns_away # moment: closed
+ [Lui rendre la planchette pour qu'elle finisse, et t'excuser d'avoir pris le crayon # act: step_back]
    Tu lui rends la planchette. # distance: near
    Excuse. C'est ta demande, pas la mienne. # speaker: worker
    Elle finit la dernière page sans rien dire, en appuyant fort. # moment: guarded
    -> remark
+ [Lui expliquer que c'est pour aller plus vite, qu'il reste juste une page # act: insist]
    C'est juste pour aller plus vite. Il reste une page. # speaker: worker
    Elle ne répond pas. Tu finis la page. # moment: guarded
    -> remark

=== remark ===
// La remarque qui stigmatise. Être témoin : rester là, à côté, calme, et laisser la préposée s'entendre. Répliquer fort la défend, mais fait de Nadia le centre d'une scène qu'elle n'a pas choisie ; minimiser lui dit que ça ne compte pas.
Au guichet, la préposée relit les pages. Son doigt s'arrête sur l'adresse.
Ah. C'est l'adresse du local, ça. La place des seringues. # speaker: La préposée # mood: flat
Elle le dit assez fort. Un homme, deux chaises plus loin, lève les yeux de son téléphone.
Pour la DPJ, madame, faudrait vous présenter en état à votre rendez-vous avec l'avocate, hein. Avec votre monde, on a déjà eu des surprises. # speaker: La préposée # mood: flat
Nadia tire sur ses manches, jusque sur ses doigts. Elle ne dit rien. # cue: turns_away # moment: closed
+ [Rester à côté d'elle, épaule contre épaule, et regarder calmement la préposée, sans rien dire # act: hold]
    Tu ne bouges pas. Tu restes à côté de Nadia, et tu regardes la préposée. Sans colère. Juste là.
    La préposée croise ton regard. Elle se racle la gorge.
    Bon. Je dis ça pour vous, là. # speaker: La préposée # mood: flat
    Elle retourne à son écran. Son ton a changé : plus bas, plus court. Nadia lâche ses manches. # moment: guarded
    -> institution_time
+ [Dire à la préposée que sa remarque est déplacée, et demander à parler à sa supérieure # act: opinion]
    Madame, votre remarque est déplacée. J'aimerais parler à votre supérieure. # speaker: worker
    Toute la salle se retourne. L'homme range son téléphone pour mieux regarder. Nadia devient rouge jusqu'aux oreilles.
    Laisse faire. Laisse faire, OK ? # speaker: Nadia # mood: tense
    La préposée, les lèvres pincées, tape sur son clavier. Personne ne parle de supérieure. # moment: guarded
    -> institution_time
+ [Te pencher vers Nadia et lui dire tout bas de ne pas s'en faire, que la préposée parle comme ça à tout le monde # act: inform]
    T'en fais pas. Elle parle comme ça à tout le monde. # speaker: worker
    Pas à toi, en tout cas. # speaker: Nadia # mood: cold
    La préposée retourne à son écran. # moment: guarded
    -> institution_time

=== institution_time ===
// Le temps de l'institution, en jargon : un papier qui manque, un délai « ouvrable ». Nadia hoche la tête sans avoir compris et te regarde. Traduire, tout bas, dans ses mots ; puis la laisser trouver elle-même ce qui manque.
Il me manque votre preuve d'admissibilité financière du mois courant. Sans ça, j'ouvre pas le mandat. Après, l'attribution, c'est dix jours ouvrables. # speaker: La préposée # mood: hurried
Nadia hoche la tête. Puis elle te regarde. # cue: eye_contact
+ [Lui traduire, tout bas, dans ses mots : quel papier il manque, et ce que veut dire « dix jours ouvrables » # act: inform]
    Le papier, c'est ton relevé d'aide sociale de mars. Pis dix jours ouvrables, ça veut dire deux semaines, à peu près. Pas dix jours. # speaker: worker
    Deux semaines. # speaker: Nadia # mood: quiet
    -> the_paper
+ [Attendre qu'elles aient fini, et te dire que tu lui expliqueras dehors # act: hold]
    Tu ne dis rien. Nadia regarde le Ziploc, puis la préposée, puis encore le Ziploc.
    Le papier de l'aide sociale, c'est-tu ça ? # speaker: Nadia
    -> the_paper

=== the_paper ===
// Son « bureau » dans un sac fonctionne. Elle trouve le papier elle-même. Puis la question du téléphone : qui sera la personne à joindre, elle ou toi ? L'autonomie se joue dans une case.
Elle fouille dans le Ziploc, sort des papiers pliés, des billets de métro, la carte de fête. Puis un relevé froissé, avec le logo du ministère.
C'tu ça ? # speaker: Nadia
C'est ça. # speaker: La préposée # mood: hurried
La préposée tape. Puis, sans lever les yeux :
Un numéro de téléphone pour vous joindre ? # speaker: La préposée # mood: hurried
J'ai pas de cell. # speaker: Nadia
La préposée soupire. Nadia se tourne à moitié vers toi. # cue: silence
+ [Attendre, et la laisser répondre elle-même # act: hold]
    Tu ne dis rien. Nadia se retourne vers la vitre.
    Prenez le numéro du local. Y prennent mes messages. # speaker: Nadia # mood: firm
    Elle le récite par cœur. La préposée l'écrit. # moment: open
    -> the_date
+ [Donner ton numéro de cellulaire à toi, et dire à la préposée que tu feras le suivi # act: inform]
    ~ worker_number = true
    Prenez le mien. Je vais faire le suivi avec elle. # speaker: worker
    La préposée écrit ton nom dans la case « personne à joindre ». Nadia regarde la case.
    Faque c'est toi qu'y vont appeler. # speaker: Nadia # mood: flat
    -> the_date
+ [Lui demander, à elle, si elle veut donner le numéro du local, où on prend déjà ses messages # act: ask]
    Veux-tu donner le numéro du local ? On prend déjà tes messages. # speaker: worker
    Ouais. Le local. # speaker: Nadia
    Elle le récite par cœur à la préposée. # moment: open
    -> the_date

=== the_date ===
// L'institution donne une date le matin. C'est elle qui décide si elle la garde. Le choix est à elle, même quand il contredit ce qu'elle disait la semaine passée.
Dix minutes plus tard, la préposée glisse un carton sous la vitre : un rendez-vous avec une avocate, le 28 mars, à 10 h.
Le 28. Le jour des enchères. Pis à 10 h le matin, ben oui. # speaker: Nadia # mood: dry
Elle regarde le carton un long moment.
Pour Léa, 10 h, je vas y être. # speaker: Nadia # mood: firm
-> outside

=== outside ===
// Après le guichet, sur le trottoir. Elle revient elle-même sur la remarque. Être témoin, c'est aussi le dire : « je l'ai entendu, ce n'était pas correct », et lui laisser décider de ce qu'on en fait.
Dehors, le soleil de mars fait fondre la slush dans les craques du trottoir. Nadia allume une cigarette. Elle garde la première bouffée longtemps. # ambience: neutral # sound: door
« Votre monde. » Y a du monde qui pense encore que je l'entends pas. # speaker: Nadia # mood: dry
Elle souffle la fumée vers le haut. # cue: silence
+ [Lui dire que tu l'as entendu, toi aussi, que ce n'était pas correct, et que tu peux l'écrire dans tes notes si un jour elle veut s'en servir # act: opinion]
    Je l'ai entendu, moi aussi. C'était pas correct. Si un jour tu veux te plaindre, j'étais là : je peux l'écrire dans mes notes, avec la date. # speaker: worker
    Elle réfléchit, la cigarette au bout des doigts.
    Écris-le. Je sais pas si je vas m'en servir. Mais écris-le. # speaker: Nadia # mood: firm # cue: smiles
    -> her_plan_again
+ [L'écouter, sans rien ajouter # act: listen]
    Tu restes à côté d'elle. Tu ne dis rien.
    Avant, je me serais pognée avec. Aujourd'hui, j'avais Léa dans la tête. Je me suis dit : « Ferme-la, Nadia, pis prends ton carton. » # speaker: Nadia # mood: quiet
    -> her_plan_again
+ [Lui dire de ne pas y penser : l'important, c'est le rendez-vous avec l'avocate # act: inform]
    Pense pas à ça. L'important, c'est ton rendez-vous avec l'avocate. # speaker: worker
    Facile à dire. C'est pas toi qu'a regardée comme ça. # speaker: Nadia # mood: dry
    -> her_plan_again

=== her_plan_again ===
// Le plan renégocié, par elle. Le casier a eu son délai ; la carte soleil revient, de sa bouche, à son heure. Une demande qui vient d'elle : c'est là que la perche devient légitime.
Elle sort la serviette de table du Ziploc, pliée, un peu tachée de café.
{ plan_hers:
    Elle coche LÉA. À côté de « entrepôt », elle écrit : 15 avril, 60 $.
- else:
    Elle la déplie, la regarde, puis elle prend ton crayon et écrit en bas, de sa main : 15 avril, 60 $.
}
J'ai appelé vendredi. Le gars m'a donné jusqu'au 15 avril si je paye 60 piasses. J'ai dit oui. Je sais pas encore avec quoi. # speaker: Nadia # mood: dry
Elle regarde le bas de la serviette. Puis elle regarde son pied.
Mon pied, y fait la grève depuis samedi. Le 28, je veux pas arriver chez l'avocate en boitant comme un pirate. # speaker: Nadia # mood: amused
La carte soleil... on pourrait-tu la faire la semaine prochaine ? Toi pis moi ? # speaker: Nadia # cue: leans_in # moment: open
+ [Lui dire oui, et lui demander quel jour lui irait # act: ask]
    Oui. Quel jour te va ? # speaker: worker
    Pas un matin. Mercredi après-midi. # speaker: Nadia # mood: amused
    -> see_you
+ [Lui parler de l'infirmière du local, jeudi, qui peut regarder son pied même sans carte, en attendant # act: perche # topic: nurse]
    Oui. Pis en attendant, jeudi, l'infirmière est au local. Elle peut regarder ton pied, même sans carte. # speaker: worker
    Jeudi... OK. Jeudi, le pied. Mercredi d'après, la carte. # speaker: Nadia # mood: firm
    -> see_you
+ [Lui dire « enfin ! », et proposer d'y aller tout de suite : le bureau de la RAMQ n'est pas loin # act: insist # topic: health_card]
    Enfin ! On peut y aller tout de suite, le bureau est à dix minutes. # speaker: worker
    Wô. J'ai eu ma dose de guichets pour aujourd'hui. # speaker: Nadia # mood: dry
    Elle écrase sa cigarette.
    La semaine prochaine. Un après-midi. # speaker: Nadia # mood: firm
    -> see_you

=== see_you ===
// La fin. Son plan a avancé par ses mains ; le tien (la carte soleil) y est entré par sa porte à elle, au moment qu'elle a choisi.
{ plan_hers:
    Elle écrit sur la serviette, en bas : « 3. PIED. carte soleil. » Elle barre le point d'interrogation.
- else:
    Elle écrit en bas de ta serviette, de sa main : « PIED. » Le reste est de ton écriture ; cette ligne-là est de la sienne.
}
{ worker_number:
    Pis si l'avocate appelle, tu me le dis tout de suite. C'est ton numéro qu'y ont. # speaker: Nadia # mood: dry
}
Elle replie la serviette et la range dans le Ziploc, avec le carton du 28.
Mon bureau est plein. Faudrait que je m'achète un classeur. # speaker: Nadia # mood: amused # cue: smiles
Elle part vers le métro en boitant, sans se presser. Au coin, elle se retourne et lève le Ziploc, comme un trophée. # end: kept
-> END

=== link_broken ===
// Atteint seulement quand le modèle juge le lien brisé (trop de précipitations en peu de temps). Jamais de divert ici. Au débriefing : à quels moments as-tu parlé, écrit ou décidé à sa place ?
{ at_clinic:
    Nadia se lève. Elle ramasse son Ziploc, sans te regarder. # cue: turns_away # moment: closed
    Continue, toi. T'as l'air de savoir mieux que moi. # speaker: Nadia # mood: cold
    Elle sort. La porte se referme doucement derrière elle. # sound: door
    Le jeudi suivant, au bus, c'est une autre intervenante qui lui donne son matériel. Nadia n'appelle plus. La serviette de table est restée sur une chaise de la salle d'attente. # end: broken
- else:
    Nadia remet son manteau et ramasse ses papiers, un par un. # cue: turns_away # moment: closed
    Je pensais que c'était mon rendez-vous. Je me suis trompée. # speaker: Nadia # mood: cold
    Elle sort. La porte se referme doucement derrière elle. # sound: door
    Le jeudi suivant, au bus, c'est une autre intervenante qui lui donne son matériel. Nadia n'appelle plus. Le mardi, à 13 h, personne ne t'attend devant l'aide juridique. # end: broken
}
-> END
