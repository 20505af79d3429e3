# title: La salle d'attente
# lang: fr
# setting: clinic
# time: Lundi, 8 h, fin novembre
# character: Gilles
# look: man_beard
# wariness: 3
# summary: Ça fait huit mois que tu connais Gilles. Vendredi, il t'a montré son bras : un abcès, rouge, chaud, qui grossit. « Si tu viens avec moi, j'y vas. » Ce matin, tu l'accompagnes au sans rendez-vous du CLSC. La dernière fois qu'il a vu un médecin, on l'a pris pour un « chercheur de pilules ». Ta tâche : traduire entre le temps de la clinique et le sien, être témoin sans parler à sa place, et le laisser décider, même de partir.
# duration: 12
# concepts: accompagnement, lien, rythme, refus, suggestion-legitime, voisinage-courtois
# warning: abcès au bras, infection, soins médicaux (sans détail)
# warning: consommation de drogues par injection évoquée, début de sevrage
# warning: stigmatisation passée dans un milieu de soins

// Réglé par le moteur : fragile | building | solid | broken. Ne jamais l'écrire ici.
VAR link = "fragile"
// Vrai à partir du lendemain (deuxième visite), pour la fin « lien brisé ».
VAR day_two = false
// Vrai si la stagiaire a parlé de son manque à l'infirmière sans son accord.
VAR told_nurse = false
// Vrai si l'ordonnance a été ajustée à ses journées.
VAR adapted = false
// Vrai si la stagiaire est restée assise à l'autre bout de la salle.
VAR sat_far = false

-> start

=== start ===
// Le cadre : huit mois de lien, et une demande qui vient de lui. Il a laissé entrer la file sans lui : son temps commence déjà à côté de celui de la clinique. À demander : qu'entend-il si la première phrase porte sur la liste, ou sur son bras ?
Lundi, 8 h 05, fin novembre. Devant le CLSC, rue Sainte-Catherine Est. Il bruine. # ambience: rain # moment: guarded # distance: far
Ça fait huit mois que tu connais Gilles. D'abord de loin, près du métro Frontenac : un signe de tête, du matériel, une poche de moulée pour son chien. Puis des cafés debout, au dépanneur.
Vendredi, au site fixe, il a relevé sa manche sans que personne lui demande rien. Un abcès sur l'avant-bras, gros comme un œuf. « Si tu viens avec moi, j'y vas. Lundi. Avant de changer d'idée. »
Les portes viennent d'ouvrir. La file qui attendait sur le trottoir est entrée. Gilles, lui, est resté dehors, assis sur une boîte à fleurs vide, une cigarette à moitié fumée. À ses pieds, attaché à la rampe d'accès, un gros chien jaune aux oreilles molles : le Ministre.
J'ai regardé la file. J'ai pas fait la file. Je fais pas la file avec du monde qui me regarde. # speaker: Gilles # mood: dry
+ [Lui dire bonjour, à lui et au Ministre, et t'asseoir au bout de la boîte à fleurs # act: greet]
    -> hello
+ [Lui dire d'entrer tout de suite : au sans rendez-vous, chaque minute compte pour la liste # act: perche # topic: doctor]
    -> hurry_in
+ [Lui demander de te montrer son bras, pour voir si ça a empiré depuis vendredi # act: ask]
    -> arm_first

=== hello ===
// Dire bonjour au chien, c'est dire bonjour à sa vie. Il montre son bras de lui-même, quand il est prêt.
Salut, Gilles. Bonjour, monsieur le Ministre. # speaker: worker
Y te répondra pas. Y parle juste aux journalistes. # speaker: Gilles # mood: amused # cue: smiles
Tu t'assois au bout de la boîte à fleurs. # distance: near
Il finit sa cigarette sans se presser. Puis, sans que tu demandes rien, il remonte sa manche. La peau est tendue, luisante ; le rouge monte presque jusqu'au coude.
Y bat comme un deuxième cœur. Bon. On va-tu se faire dire des affaires ? # speaker: Gilles # mood: dry
-> reception

=== hurry_in ===
// Le temps de l'institution imposé dès le trottoir. L'information est vraie, mais il vient de dire pourquoi il n'a pas fait la file : le presser, c'est dire que sa raison compte moins que la liste.
Gilles, faudrait entrer tout de suite. Chaque minute compte, pour la liste. # speaker: worker
Ça fait quarante minutes que chus assis ici. Je pense que la liste va survivre à ma cigarette. # speaker: Gilles # mood: dry # cue: turns_away
+ [Lui dire qu'il a raison, et attendre qu'il la finisse # act: accept]
    T'as raison. Finis-la. # speaker: worker
    Tu t'assois au bout de la boîte à fleurs. Il fume jusqu'au filtre, puis il se lève. # distance: near # moment: guarded
    -> reception
+ [Lui expliquer que s'il y a trop de monde avant lui, il va passer la journée là # act: insist]
    S'il y a trop de monde avant toi, tu vas passer la journée là. # speaker: worker
    Gilles jette sa cigarette dans la slush et se lève. # distance: near # moment: closed
    Ben d'abord, on va y aller, à ta liste. # speaker: Gilles # mood: cold # cue: arms_crossed
    -> reception

=== arm_first ===
// Demander à voir son corps devant l'arrêt d'autobus. L'inquiétude est juste, le lieu ne l'est pas : le bras, c'est lui qui le montrera, à qui il voudra.
Montre-moi ton bras, pour voir si ça a empiré. # speaker: worker
Ici ? Devant l'arrêt d'autobus ? C'est pas un spectacle. # speaker: Gilles # mood: cold # cue: arms_crossed
Il tire sa manche jusque sur ses doigts.
+ [Lui dire qu'il a raison : c'est au médecin qu'il le montrera # act: accept]
    T'as raison. C'est pas ici que ça se regarde. # speaker: worker
    Il hoche la tête, finit sa cigarette, et tu marches avec lui jusqu'à la porte. # distance: near # moment: guarded
    -> reception
+ [Insister : juste deux secondes, tu veux seulement voir si le rouge est monté # act: insist]
    Juste deux secondes. Je veux voir si le rouge est monté. # speaker: worker
    Gilles se lève sans répondre et marche vers la porte. Tu le suis. # distance: near # moment: closed # cue: turns_away
    -> reception

=== reception ===
// L'accueil : la règle de l'institution (la rampe sert aux fauteuils roulants) contre la vie de Gilles (son chien). La réceptionniste n'est pas méchante : elle est seule, et le téléphone sonne. Qui règle ça ? Lui, si on le laisse faire.
À l'intérieur, ça sent le linge mouillé et le désinfectant. Au mur : « Sans rendez-vous. Temps d'attente estimé : 3 à 4 heures. » # ambience: neutral # sound: door
Au comptoir, Gilles sort sa carte d'assurance maladie d'un petit étui de plastique. « Mon bras. Un abcès. » La réceptionniste tape, le téléphone coincé contre l'épaule. Puis elle regarde par la vitre de la porte.
Le chien attaché à la rampe, c'est à vous ? Y peut pas rester là, monsieur. C'est la rampe pour les fauteuils roulants. # speaker: La réceptionniste # mood: hurried
Y dérange personne. Y dort. # speaker: Gilles # mood: cold # cue: arms_crossed
Derrière vous, la file s'allonge. Quelqu'un soupire.
+ [Rester un pas derrière lui, et le laisser régler ça avec elle # act: hold]
    -> his_dog
+ [T'avancer au comptoir, à côté de lui, et expliquer à la réceptionniste que le chien est calme et que vous allez le déplacer # act: inform]
    -> dog_spoken_for
+ [Dire à la réceptionniste que ce chien-là, c'est toute sa famille, et qu'il ne peut pas le laisser n'importe où # act: opinion]
    -> dog_defended

=== his_dog ===
// Il règle lui-même son affaire avec l'institution ; ta présence, un pas derrière, suffit. Il trouve même dans la règle une place pour sa vie : la fenêtre.
Tu ne bouges pas. Gilles souffle par le nez et décroise les bras.
Je le mets où, d'abord ? # speaker: Gilles
Le support à vélos, sur le côté. Vous allez le voir par la fenêtre de la salle. # speaker: La réceptionniste # mood: tired
Par la fenêtre. Comme à la télé. # speaker: Gilles # mood: amused # moment: guarded
Il sort attacher le Ministre au support à vélos, lui parle dans l'oreille, et revient en secouant la bruine de ses épaules.
-> the_room

=== dog_spoken_for ===
// Parler pour lui, collé à lui. Ça va plus vite, et ça lui enlève la seule chose qu'il tenait : sa propre réponse. Le « on » le range avec toi, du côté de ceux qui s'occupent de lui.
Tu t'avances au comptoir, à côté de lui. # distance: close
Il est très calme, le chien. On va le déplacer, pas de problème. # speaker: worker
Soulagée, la réceptionniste te tend un formulaire. À toi.
« On » va le déplacer ? C'est mon chien. # speaker: Gilles # mood: cold # cue: steps_back
+ [Lui donner le formulaire et reculer d'un pas # act: step_back]
    Tu lui tends le formulaire et tu recules d'un pas. # distance: near
    Excuse. C'est ton chien, pis c'est ta visite. # speaker: worker
    Il sort attacher le Ministre au support à vélos, tout seul, et revient. # moment: guarded
    -> the_room
+ [Lui dire que tu voulais juste l'aider, que ça allait plus vite comme ça # act: insist]
    Je voulais juste t'aider. Ça allait plus vite. # speaker: worker
    Il ne répond pas. Il sort attacher le Ministre et revient sans te regarder. # moment: closed
    -> the_room

=== dog_defended ===
// Le défendre en racontant sa vie devant la file. L'intention est chaleureuse ; la scène fait de lui un cas. Ce qui est à lui n'est pas à toi de le dire.
Ce chien-là, c'est toute sa famille. Il peut pas le laisser n'importe où. # speaker: worker
Dans la file, deux personnes lèvent les yeux de leur téléphone. La réceptionniste rougit.
Je dis pas n'importe où, je dis pas sur la rampe. # speaker: La réceptionniste # mood: tired
Ma famille, a' peut-tu juste aller au support à vélos, d'abord ? # speaker: Gilles # mood: cold # cue: turns_away
+ [Te taire, et le laisser finir avec elle # act: hold]
    Tu ne dis plus rien. Il sort attacher le Ministre au support à vélos, et revient. # moment: guarded
    -> the_room
+ [Ajouter que la clinique devrait prévoir une place pour les chiens # act: opinion]
    La clinique devrait prévoir une place pour les chiens, quand même. # speaker: worker
    Personne ne répond. Gilles sort attacher le Ministre et revient sans te regarder. # moment: closed
    -> the_room

=== the_room ===
// Où s'asseoir. Il croise les bras sur sa planchette : une salle pleine, des regards. Tout près, c'est le surveiller ; à l'autre bout, le laisser seul. Une chaise d'écart, en lui laissant la fenêtre : la présence qu'il a demandée.
La réceptionniste lui glisse une planchette : « Questionnaire de santé ». L'infirmière l'appellera pour le triage.
Des chaises de plastique bleu vissées en rangées, une télé sans le son. Une mère berce un bébé qui geint. Un homme tousse dans son coude. # sound: cough
Gilles choisit la chaise du coin, contre la fenêtre : de là, il voit le Ministre. Il pose la planchette sur ses genoux et croise les bras dessus. # cue: arms_crossed
+ [T'asseoir à une chaise de lui, du côté de la salle, en lui laissant la vue sur la fenêtre # act: hold]
    -> beside
+ [T'asseoir tout contre lui, pour l'aider avec le questionnaire # act: approach]
    -> too_close
// Le modèle compterait ce pas en arrière comme un signal respecté. Ici, l'air laissé est trop grand : il est venu parce que tu venais avec lui. L'autrice fixe l'effet.
+ [T'asseoir de l'autre côté de la salle, près de la télé, pour ne pas avoir l'air de le surveiller # act: step_back # trust: +1]
    -> across_the_room

=== beside ===
// La chaise vide entre vous deux, c'est de l'air : assez près pour qu'il ne soit pas seul, assez loin pour que le questionnaire reste le sien.
Tu t'assois à une chaise de lui. # distance: near
Gilles décroise les bras et pose son paquet de cigarettes sur la chaise vide.
Réservée. Pour le Ministre, quand y va être appelé. # speaker: Gilles # mood: amused # cue: smiles
-> the_form

=== too_close ===
// Tout contre lui, pour aider. Dans une salle où tout le monde regarde, ça a l'air de le surveiller. L'aide n'était pas demandée ; la chaise vide, elle, l'était.
Tu t'assois juste à côté de lui, ton épaule contre la sienne. # distance: close
Gilles tourne la planchette vers la fenêtre.
Wô. On est pas dans l'autobus, y a de la place. # speaker: Gilles # mood: dry # cue: steps_back
+ [Te pousser d'une chaise # act: step_back]
    Tu te pousses d'une chaise. # distance: near
    Merci. J'ai besoin de mes coudes pour écrire. # speaker: Gilles # mood: dry # moment: guarded
    -> the_form
+ [Rester là, et lui dire que c'est juste pour l'aider avec les questions # act: insist]
    C'est juste pour t'aider avec les questions. # speaker: worker
    Gilles se lève et va s'asseoir deux chaises plus loin. # distance: near # moment: closed
    -> the_form

=== across_the_room ===
// Trop loin, par délicatesse. Seul dans son coin, il redevient « le gars avec le chien ». Il t'invite avec une blague : c'est la porte.
Tu t'assois près de la télé, à quatre rangées de lui. # distance: far
Gilles lève les sourcils par-dessus les têtes et tapote la chaise à côté de la sienne.
Viens t'asseoir. Ça s'attrape pas, un bras. # speaker: Gilles # mood: amused # cue: eye_contact
+ [Aller t'asseoir à une chaise de lui # act: approach]
    Tu retraverses la salle. # distance: near
    J'avais peur que tu m'aies pris pour un autre. # speaker: Gilles # mood: dry
    -> the_form
+ [Lui faire signe que tu es bien là, et rester où tu es # act: hold]
    ~ sat_far = true
    Tu lui fais un petit signe de la main. Il hausse les épaules et penche la tête sur sa planchette. # moment: guarded
    -> the_form

=== the_form ===
// La case qui fait peur. Il raconte d'abord pourquoi (le poignet, le mot à l'écran), puis il pose une vraie question. Une information exacte est légitime : il l'a demandée. Lui dire quoi écrire, dans un sens ou dans l'autre, c'est décider pour lui.
{ sat_far:
    Au bout d'un moment, il traverse la salle avec sa planchette et s'assoit à une chaise de toi. # distance: near
}
Gilles remplit le haut de la feuille en lettres carrées. À « Allergies », il écrit : « les salles d'attente ». Puis le crayon s'arrête. « Drogues : lesquelles ? Voie d'administration ? »
En 2019, je me suis pété le poignet sur la glace. À l'urgence, j'ai tout dit, comme un bon gars. Le docteur a regardé mes bras avant mon poignet. « On donne pas de narcotiques ici. » J'avais rien demandé. # speaker: Gilles # mood: quiet
Il tourne son poignet droit. Il s'arrête à mi-chemin, comme une poignée de porte qui coince.
Y a soudé tout croche. Pis à l'écran, j'ai lu : « recherche d'opioïdes ». Chercheur de pilules, en français. # speaker: Gilles # mood: dry
Faque. Je mets-tu la vérité ? # speaker: Gilles # cue: eye_contact
+ [Lui dire ce que tu sais : c'est confidentiel, ça sert à le soigner comme du monde, et c'est lui qui décide quoi écrire # act: inform]
    -> straight_answer
+ [Lui dire de mettre la vérité : c'est toujours mieux de tout dire au médecin # act: opinion]
    -> tell_the_truth
+ [Lui dire de cocher « non » : ce qu'il consomme ne les regarde pas, et il sera mieux traité # act: opinion]
    -> tick_no

=== straight_answer ===
// Une information exacte, puis la décision lui revient. Sa réponse (une case cochée, le reste gardé pour le médecin « s'il le regarde dans les yeux ») est une stratégie : l'autonomie, c'est aussi savoir jouer avec les règles d'un lieu.
C'est confidentiel. Ça reste dans ton dossier, ça s'en va pas à la police. Ils le demandent pour choisir le bon antibiotique, pis pour pas te laisser en manque si ça dure. Mais c'est toi qui décides ce que t'écris. # speaker: worker
Gilles mâchouille le crayon. Il coche « Drogues » et laisse le reste en blanc.
Le reste, je vas le dire au docteur. Si y me regarde dans les yeux avant de regarder mes bras. # speaker: Gilles # mood: firm # moment: open
-> triage

=== tell_the_truth ===
// Un conseil juste qui décide pour lui. Il vient de raconter ce que la vérité lui a coûté ; « c'est toujours mieux » efface son histoire.
Mets la vérité. C'est toujours mieux de tout dire au médecin. # speaker: worker
Toujours mieux pour qui ? # speaker: Gilles # mood: cold
Il écrit vite, en appuyant fort, puis il retourne la planchette sur ses genoux. # cue: turns_away # moment: closed
+ [Lui dire que la dernière fois, ça a mal tourné, et que c'est lui qui décide ce qu'il dit aujourd'hui # act: accept]
    T'as raison. La dernière fois, la vérité t'a coûté un poignet. C'est toi qui décides ce que tu dis aujourd'hui. # speaker: worker
    Gilles regarde le Ministre par la fenêtre. # moment: guarded
    -> triage
+ [Lui expliquer que les médecins ont besoin de savoir, pour bien le soigner # act: insist]
    Les médecins ont besoin de savoir, Gilles, pour bien te soigner. # speaker: worker
    Je l'ai écrite, ta vérité. Veux-tu que je la signe, aussi ? # speaker: Gilles # mood: cold
    -> triage

=== tick_no ===
// Le protéger en lui disant de se taire. L'information cachée peut donner un moins bon traitement, et c'est encore une décision prise pour lui. Il le sait mieux que toi : ses bras parlent.
Coche « non ». Ça les regarde pas. Tu vas être mieux traité. # speaker: worker
Tu penses que ça paraît pas, sur mes bras ? # speaker: Gilles # mood: dry # cue: arms_crossed
+ [Lui dire qu'il a raison, et que c'est à lui de décider quoi écrire # act: accept]
    T'as raison. Pis c'est pas à moi de te dire quoi écrire. # speaker: worker
    Il coche « Drogues » et laisse le reste en blanc. « Le reste, je vas le dire au docteur. » # moment: guarded
    -> triage
+ [Insister : moins il en dit, moins ils pourront le juger # act: insist]
    Moins t'en dis, moins ils peuvent te juger. # speaker: worker
    Il coche quelque chose, vite, sans que tu voies quoi. # moment: closed
    -> triage

=== triage ===
// L'institution n'est pas l'ennemie : une infirmière pressée, compétente, qui ne juge pas, avec son temps à elle (les priorités). La ligne au crayon sur la peau est une information qu'il emportera, qu'il parte ou qu'il reste.
9 h 10. « Gilles B. ? » Gilles te fait un petit signe du menton : viens. Tu restes dans le cadre de la porte du triage. # sound: door
L'infirmière prend sa température : 37,9. Elle regarde le bras, puis elle trace au crayon, sur sa peau, le bord du rouge, et écrit l'heure à côté.
Ça, c'est la ligne. Si le rouge dépasse la ligne, ou si vous faites de la fièvre, des frissons, vous allez à l'urgence. Vous attendez pas après nous. # speaker: L'infirmière # mood: brisk
Vous vous injectez dans ce bras-là ? # speaker: L'infirmière # mood: brisk
Des fois. # speaker: Gilles # mood: wary
Correct. Le médecin va sûrement l'ouvrir pour le vider, pis vous donner des antibiotiques. Vous êtes priorité quatre. Deux heures, peut-être trois. # speaker: L'infirmière # mood: brisk
Dans le corridor, Gilles regarde la ligne sur sa peau comme une carte routière.
Priorité quatre. J'ai jamais été priorité de quoi que ce soit. # speaker: Gilles # mood: amused
-> long_wait

=== long_wait ===
// Le temps de l'institution (les noms appelés, les bébés fiévreux d'abord) contre celui de Gilles : le manque qui commence, le chien dehors. « Je m'en vas » est sa décision, et un signal de fermeture. Lui laisser la porte, c'est ce qui la garde ouverte.
Dix heures. Dix heures et demie. La mère au bébé passe. Un monsieur arrivé après vous passe avant. « Y a dû s'entraîner à faire de la fièvre », dit Gilles.
Puis il parle moins. Il bâille, encore. Il a de la sueur aux tempes, alors que la salle est froide. Son genou monte et descend tout seul.
Ça commence, tsé. # speaker: Gilles # mood: quiet
Tu sais de quoi il parle. Il n'en dit pas plus.
Dehors, un livreur passe trop près du support à vélos. Le Ministre jappe. # sound: dog_bark
Gilles se lève d'un coup et enfile son manteau d'un bras.
Je m'en vas. Je reviendrai un autre jour. # speaker: Gilles # mood: tense # cue: agitated # moment: closed
+ [Lui dire que c'est lui qui décide, et te lever avec lui # act: accept]
    -> at_the_door
+ [Lui demander de rester : avec un bras comme ça, ça ne peut pas attendre un autre jour # act: insist # topic: doctor]
    -> stay_pushed
+ [Aller dire à l'infirmière du triage qu'il commence à être en manque, pour qu'on le passe plus vite # act: inform]
    -> told_the_nurse

=== at_the_door ===
// Accepter qu'il parte, c'est ce qui lui permet de s'arrêter. Il dit alors ce qui le ferait rester : savoir combien de temps. C'est une demande. Y répondre avec lui, pas à sa place.
C'est toi qui décides. Si tu pars, je pars avec toi. # speaker: worker
Gilles s'arrête, un bras dans sa manche. # moment: guarded
Si au moins y me disaient combien de temps encore. Une heure, je la fais. Trois, je la fais pas. # speaker: Gilles # mood: tense # cue: eye_contact
+ [Lui demander s'il veut aller le demander à l'accueil, et si tu viens avec lui # act: ask]
    -> how_long
+ [Aller le demander toi-même à l'accueil, pendant qu'il met son manteau # act: inform]
    -> not_your_file
+ [Ne rien dire, et attendre qu'il décide # act: hold]
    -> he_asks_alone

=== how_long ===
// Témoin, à côté : il demande lui-même. L'institution répond avec ses chiffres ; il fait le calcul et décide de partir. Ce refus n'est pas un échec de l'accompagnement : c'est sa position, et on peut encore la servir.
Veux-tu aller leur demander ? Je viens avec toi, si tu veux. # speaker: worker
Viens. Mais c'est moi qui parle. # speaker: Gilles # mood: firm
Au comptoir, tu restes un peu en retrait.
Combien de temps, encore, pour moi ? Bouchard. # speaker: Gilles
Six personnes avant vous. Le médecin en voit à peu près trois à l'heure. Deux heures, facilement. # speaker: La réceptionniste # mood: tired
Deux heures. Plus le « facilement ». # speaker: Gilles # mood: dry
Il regarde le Ministre, qui tire sur sa laisse.
Je reviens demain. Y a pas déjeuné. Moi non plus. Pis... tsé. # speaker: Gilles # mood: firm
Si vous partez, vous perdez votre place, monsieur. # speaker: La réceptionniste # mood: tired
Je le sais, madame. Merci pareil. # speaker: Gilles # mood: soft
-> sidewalk

=== not_your_file ===
// Y aller à sa place, pour lui sauver un pas. L'institution elle-même te le rappelle : c'est son dossier. Il en rit, un peu jaune, et fait la démarche lui-même.
Tu vas au comptoir. Pour monsieur Bouchard, il reste combien de temps, à peu près ? # speaker: worker
Vous êtes de la famille ? Je peux pas donner d'information sur un patient à quelqu'un d'autre. # speaker: La réceptionniste # mood: tired
Derrière toi, Gilles a tout entendu.
Tu vois ? Même eux autres, y savent que c'est mon dossier. # speaker: Gilles # mood: dry
Il se penche au comptoir : six personnes avant lui, deux heures, « facilement ».
Je reviens demain. Y a pas déjeuné. Moi non plus. Pis... tsé. # speaker: Gilles # mood: firm
-> sidewalk

=== he_asks_alone ===
// Ne rien dire lui laisse la décision ; mais il voulait un témoin, pas un spectateur. Il fait la démarche seul, à trois pas de toi.
Tu ne dis rien. Gilles attend une seconde, puis il va au comptoir tout seul. Il revient en comptant sur ses doigts.
Six avant moi. Deux heures, « facilement ». Je reviens demain. Y a pas déjeuné. Moi non plus. Pis... tsé. # speaker: Gilles # mood: firm
-> sidewalk

=== stay_pushed ===
// L'information est juste, mais il vient de dire non, debout, en manque. Pousser après un non, c'est un guichet de plus. Se reprendre tout de suite répare.
Reste, Gilles. Avec un bras comme ça, ça peut pas attendre. # speaker: worker
Tu vas me dire ça, toi aussi ? Je le sais, ce que j'ai au bras. Je l'ai depuis une semaine. # speaker: Gilles # mood: cold # cue: turns_away
+ [Lui dire qu'il a raison, que c'est lui qui décide, et sortir avec lui # act: accept]
    T'as raison. C'est toi qui décides. Je sors avec toi. # speaker: worker
    Il ne dit rien, mais il t'attend à la porte. # moment: guarded
    -> sidewalk
+ [Lui rappeler que l'infirmière a dit que ça pouvait mal tourner # act: insist]
    L'infirmière l'a dit, Gilles. Ça peut mal tourner. # speaker: worker
    -> left_alone

=== told_the_nurse ===
// Parler de son manque à l'institution, sans son accord, pour l'aider. Pour lui, c'est la scène de 2019 : quelqu'un qui dit « opioïdes » avant qu'il ouvre la bouche. C'était à lui de le dire, ou pas.
~ told_nurse = true
Tu vas frapper à la porte du triage. # sound: door
Monsieur Bouchard commence à être en manque. Ce serait possible de le passer plus vite ? # speaker: worker
Je peux pas changer l'ordre pour ça. J'ai des enfants avec de la fièvre. Mais je vais le noter. # speaker: L'infirmière # mood: brisk
Gilles est à trois pas derrière toi. Toute la rangée a entendu.
Merci. Astheure, c'est écrit. # speaker: Gilles # mood: cold # cue: turns_away
+ [T'excuser : c'était à lui de le dire, pas à toi # act: accept]
    Excuse-moi. C'était à toi de le dire. Pas à moi. # speaker: worker
    Gilles te regarde longtemps. Puis il pousse la porte. # moment: guarded
    Viens-tu, d'abord ? # speaker: Gilles # mood: dry
    -> sidewalk
+ [Lui expliquer que c'était pour qu'il passe plus vite # act: insist]
    C'était pour que tu passes plus vite. # speaker: worker
    -> left_alone

=== left_alone ===
// Le deuxième « pour ton bien » de suite. Il ne claque pas la porte, il la ferme. Le lien est en pause, pas perdu. Au débriefing : qu'est-ce qui aurait pu le garder, sinon le laisser partir ?
Gilles sort sans répondre. Par la fenêtre, tu le vois détacher le Ministre. # sound: door # distance: far # cue: turns_away # moment: closed
Je vas m'arranger. Tout seul, j'ai l'habitude. # speaker: Gilles # mood: cold
Le jeudi, au site fixe, il vient chercher son matériel et te dit bonjour, poliment. Sa manche est baissée jusque sur ses doigts. Tu ne sais pas si quelqu'un a regardé son bras. # end: ended
-> END

=== sidewalk ===
// Son refus respecté, une perche peut servir : une option concrète qui répond à ce qui l'a fait partir (la file, le chien). C'est lui qui la prend, ou pas, et qui choisit l'heure.
Dehors, la bruine a cessé. Gilles détache le Ministre, qui lui saute dessus. # ambience: rain # distance: near
Y m'ont pas vu. Y vont nous voir demain. Ou ben jamais. # speaker: Gilles # mood: dry
+ [Lui proposer de revenir demain avant l'ouverture : tu tiendras le Ministre pendant qu'il fera la file # act: perche # topic: appointment]
    -> tomorrow
+ [Lui laisser ta carte, et lui dire de t'appeler s'il veut y retourner un jour # act: material]
    -> card_only
+ [Lui dire qu'avec un bras comme ça, il devrait aller à l'urgence aujourd'hui même # act: insist # topic: doctor]
    -> emergency_room

=== tomorrow ===
// Une perche taillée sur mesure : ce qui lui a coûté sa place, c'est la file avec le chien. Il la prend et en fait son idée : l'heure, c'est lui qui la fixe.
Demain, si tu veux, je viens avant l'ouverture. Tu fais la file, pis moi, je tiens le Ministre. # speaker: worker
Y t'aime pas, tsé. Mais y t'haït pas non plus. # speaker: Gilles # mood: amused
Il gratte le chien derrière l'oreille.
Pas à 7 h 30. À 6 h 45. Si chus le premier, c'est eux autres qui vont m'attendre, pour une fois. # speaker: Gilles # mood: firm # cue: smiles # moment: open
-> the_line

=== card_only ===
// Du concret, sans pression ; mais ça ne touche pas à ce qui l'a fait partir. Il trouve lui-même la solution, et tu la suis.
J'en ai trois, de tes cartes. Je pourrais faire un jeu de patience. # speaker: Gilles # mood: dry
Mon problème, c'est pas ton numéro. C'est la file avec lui. Si quelqu'un le tenait, demain... À 6 h 45, je serais le premier. # speaker: Gilles # mood: quiet
Je peux le tenir, moi. # speaker: worker
6 h 45, d'abord. Sois pas en retard. # speaker: Gilles # mood: amused # cue: smiles # moment: open
-> the_line

=== emergency_room ===
// Pas faux, mais c'est une troisième institution, proposée juste après qu'il a choisi de partir. L'urgence, c'est pour les signes que l'infirmière a nommés.
Avec un bras comme ça, tu devrais aller à l'urgence. Aujourd'hui. # speaker: worker
L'urgence. Là où j'ai eu mes deux Tylenol. # speaker: Gilles # mood: cold # cue: turns_away # moment: closed
+ [Lui dire que tu as compris : pas l'urgence, et lui demander ce qui l'aiderait, lui # act: accept]
    OK. Pas l'urgence. Qu'est-ce qui t'aiderait, toi ? # speaker: worker
    Si quelqu'un tenait le Ministre, demain, pendant que je fais la file... À 6 h 45, je serais le premier. # speaker: Gilles # mood: quiet # moment: guarded
    Je peux le tenir, moi. # speaker: worker
    -> the_line
+ [Insister : tu ne veux pas qu'il se retrouve à l'hôpital pour de bon # act: insist]
    Je veux pas que tu te ramasses à l'hôpital pour de bon, Gilles. # speaker: worker
    -> left_alone

=== the_line ===
// L'inquiétude dite une fois, avec les signes précis qui devraient l'envoyer à l'urgence, puis le laisser partir. Avec le lien, une opinion franche devient possible ; la répéter la transforme en contrôle.
Il remonte sa manche. Le rouge ne dépasse pas la ligne de crayon.
La ligne à madame. Je vas la surveiller comme la télé. # speaker: Gilles # mood: dry # cue: eye_contact
+ [Lui dire une fois que ça t'inquiète, et ce qui devrait l'envoyer à l'urgence cette nuit # act: opinion]
    -> worry_once
+ [Ne rien ajouter : il a entendu l'infirmière # act: leave]
    À demain, Gilles. # speaker: worker
    À demain. Apporte des biscuits. Pour lui, pas pour moi. # speaker: Gilles # mood: amused
    -> night
+ [Lui demander de t'appeler ce soir pour te dire comment va son bras # act: ask]
    Peux-tu m'appeler ce soir, pour me dire comment va ton bras ? # speaker: worker
    Avec quel téléphone ? Le Ministre a pas de forfait. Si ça dépasse la ligne, j'y vas. # speaker: Gilles # mood: dry
    -> night

=== worry_once ===
// « Je te le dis une fois » : l'information exacte (les signes d'alarme, le 911 si c'est grave), l'inquiétude, puis le retour à sa décision. Il répond par une blague : il a entendu.
Je te le dis une fois, parce que ça m'inquiète. Si le rouge dépasse la ligne, si tu fais de la fièvre, des frissons, tu vas à l'urgence cette nuit. Pis si ça va très mal, le 911. Après ça, c'est toi qui décides. # speaker: worker
Oui, chef. # speaker: Gilles # mood: amused # cue: smiles
Si ça dépasse, j'y vas. Pas à cause de toi. À cause de la ligne. À demain. Apporte des biscuits. Pour lui, pas pour moi. # speaker: Gilles # mood: amused
-> night

=== night ===
// Le lendemain, deuxième visite. La bande du lien décide s'il est là : ce qui a été respecté hier (son départ, son heure) se voit ce matin.
~ day_two = true
Mardi, 6 h 40. Il fait encore noir. Devant le CLSC, les réverbères, le sel, quelques personnes qui tapent des pieds. # visit: 2 # ambience: street_night # moment: guarded # distance: far
{ link == "solid" or link == "building":
    -> first_in_line
- else:
    -> no_show
}

=== first_in_line ===
// Il est là avant toi, avec un café pour toi. L'entente sur la présence s'étend à un nouveau lieu et à un nouveau temps. Dans la salle d'examen, il demande un témoin : où se placer ?
Gilles est le premier de la file, le dos contre la porte vitrée, deux cafés du dépanneur dans les mains. Il t'en tend un, avec la laisse.
Le café, c'est pour toi. Le Ministre, c'est un prêt. # speaker: Gilles # mood: amused # cue: smiles # moment: open
Le rouge a pas dépassé. J'ai regardé toute la nuit. # speaker: Gilles # mood: quiet
À 8 h, il entre s'inscrire. Le Ministre s'assoit sur tes pieds, comme pour t'empêcher de partir. Par la vitre, tu vois la réceptionniste d'hier reconnaître Gilles et dire quelque chose qui le fait rire. Il ressort attacher le Ministre au support à vélos, lui-même, et tu le suis à l'intérieur.
8 h 40. « Gilles Bouchard, salle 3 ? » # ambience: neutral # sound: door
Viens-tu ? Je veux un témoin. # speaker: Gilles
La salle 3 est étroite : une table d'examen, un lavabo, une chaise près de la porte. Gilles s'assoit sur la table, les pieds dans le vide, les bras croisés sur le ventre. # distance: near # cue: arms_crossed
+ [T'asseoir sur la chaise près de la porte # act: hold]
    -> by_the_door
+ [Rester debout à côté de la table d'examen, tout près de lui, pour le rassurer # act: approach]
    -> at_the_table
+ [Lui demander s'il préfère, finalement, que tu attendes dehors # act: ask]
    -> second_guess

=== by_the_door ===
// Témoin, pas garde du corps : assez près pour qu'il te voie, assez loin pour que la médecin lui parle, à lui.
Tu t'assois sur la chaise près de la porte. Gilles décroise les bras et balance les pieds.
-> the_doctor

=== at_the_table ===
// Tout près, pour rassurer : c'est se mettre entre lui et la médecin. Il y a une chaise pour ça.
Tu restes debout à côté de la table, à une main de lui. # distance: close
T'as une chaise, là. Tu vas cacher le docteur. # speaker: Gilles # mood: dry # cue: steps_back
+ [Aller t'asseoir sur la chaise près de la porte # act: step_back]
    Tu vas t'asseoir près de la porte. Gilles décroise les bras. # distance: near # moment: guarded
    -> the_doctor
+ [Rester là, et lui dire que c'est pour être proche s'il a mal # act: insist]
    C'est pour être proche, si t'as mal. # speaker: worker
    Gilles ne répond pas. Il regarde le lavabo. # moment: closed
    -> the_doctor

=== second_guess ===
// Il a dit : viens, je veux un témoin. Redemander, par délicatesse, c'est ne pas avoir cru sa demande. Une demande claire se reçoit.
Préfères-tu que j'attende dehors, finalement ? # speaker: worker
J'ai dit que je voulais un témoin. Un témoin dans le corridor, ça témoigne pas fort. # speaker: Gilles # mood: dry # cue: turns_away
+ [T'asseoir sur la chaise près de la porte, sans rien ajouter # act: hold]
    Tu t'assois près de la porte. # moment: guarded
    -> the_doctor
+ [Lui expliquer que tu voulais lui laisser le choix # act: insist]
    Je voulais juste te laisser le choix. # speaker: worker
    Je l'ai fait, le choix. Hier. # speaker: Gilles # mood: cold # moment: closed
    -> the_doctor

=== the_doctor ===
// Les questions de la médecin, posées à lui. Il baisse les yeux : 2019 revient. Répondre pour lui, c'est dire sa consommation sans son accord ; contester la question, c'est le défendre d'une question qui sert à le soigner. Se taire lui laisse le temps.
La Dre Thibodeau entre, une tablette à la main. La trentaine, les cheveux attachés avec un crayon, des cernes. Elle regarde le bras, la ligne, l'heure écrite à côté. Puis elle regarde Gilles dans les yeux.
La ligne a tenu. Bravo. # speaker: Dre Thibodeau # mood: warm
Elle tire un tabouret et s'assoit à sa hauteur.
Des questions un peu personnelles, pour choisir le bon traitement. Vous vous injectez dans ce bras-là ? Qu'est-ce que vous consommez, surtout ? Avez-vous accès à du matériel neuf ? # speaker: Dre Thibodeau
Gilles baisse les yeux sur ses bottes. Le papier de la table craque. # cue: turns_away
{ told_nurse:
    Il a l'air de se demander ce qui est déjà écrit dans son dossier.
}
+ [Te taire, et le laisser répondre à son rythme # act: hold]
    -> his_answer
+ [Répondre pour lui, pour lui épargner la gêne : tu sais qu'il prend du matériel neuf au site # act: inform]
    -> answered_for_him
+ [Demander à la médecin si ces questions-là sont vraiment nécessaires pour un abcès # act: opinion]
    -> question_contested

=== his_answer ===
// Le silence tenu, il répond. La médecin l'a regardé dans les yeux avant ses bras : sa condition d'hier. L'accompagnement n'a rien dit ; il était là.
Tu ne dis rien. La médecin non plus. Elle attend.
Ce bras-là, oui. De l'héroïne. Ou ben ce qui passe pour de l'héroïne, ces temps-ci. Mon matériel, je le prends neuf, au site. Presque toujours. # speaker: Gilles # mood: quiet
Merci de me le dire. Ça m'aide. # speaker: Dre Thibodeau # mood: warm
Gilles te jette un coup d'œil, presque vexé qu'il n'arrive rien. # cue: smiles # moment: open
-> the_incision

=== answered_for_him ===
// Ce que tu dis est vrai ; c'était à lui de le dire, et de choisir quoi. La scène qu'il craignait (parler de lui devant lui) a eu lieu, avec ta voix.
Il prend son matériel neuf au site. Je le connais, il fait attention. # speaker: worker
La Dre Thibodeau hoche la tête, vers toi. Puis vers Gilles : « C'est ça ? »
Faut croire. # speaker: Gilles # mood: cold
Il ne lève pas les yeux. # moment: guarded
-> the_incision

=== question_contested ===
// Le défendre contre une question qui ne l'attaque pas. Ta méfiance des institutions devient la sienne, et la consultation devient une dispute où il n'a plus de place.
Ces questions-là sont vraiment nécessaires, pour un abcès ? # speaker: worker
Oui. Selon ce qu'il consomme pis comment, je choisis pas le même antibiotique, pis je cherche pas les mêmes complications. # speaker: Dre Thibodeau # mood: firm
Gilles regarde la médecin, puis toi, comme au tennis. # cue: arms_crossed # moment: closed
+ [Dire à la médecin que tu comprends, et te caler dans ta chaise pour laisser Gilles répondre # act: step_back]
    OK. Excusez-moi. # speaker: worker
    Gilles attend que le silence revienne. # moment: guarded
    De l'héroïne. Ou ce qui passe pour de l'héroïne. Mon matériel, je le prends neuf, au site. Presque toujours. # speaker: Gilles # mood: quiet
    -> the_incision
+ [Expliquer à la médecin ce qu'il a vécu à l'urgence en 2019 # act: inform]
    Il s'est déjà fait traiter de chercheur de pilules, à l'urgence. Il a de bonnes raisons d'être méfiant. # speaker: worker
    -> doctor_walkout

=== doctor_walkout ===
// Raconter son histoire à sa place, devant l'institution dont il se méfie : la scène de 2019 à l'envers, avec ta voix. Il est soigné quand même ; le lien, lui, est en pause.
Gilles descend de la table. Le papier se déchire sous lui.
Bon. A' sait toute, astheure. Il reste-tu de quoi que j'aurais à dire, moi ? # speaker: Gilles # mood: cold # cue: turns_away # moment: closed
Monsieur Bouchard, je voudrais quand même ouvrir ce bras-là avant que vous partiez. Dix minutes. # speaker: Dre Thibodeau # mood: firm
Gilles se rassoit. Sans te regarder : « Tu peux attendre dans le corridor. »
Vingt minutes plus tard, il sort avec un pansement et une ordonnance, détache le Ministre et part vers la pharmacie sans se retourner. # sound: door
Le jeudi, il vient faire changer son pansement par l'infirmière du site. Il te salue de loin. Il ne te demande plus de venir avec lui. # end: ended
-> END

=== the_incision ===
// Le soin, sans détail. La médecin explique avant de faire ; Gilles fait des blagues, c'est sa façon de tenir. Le témoin n'a rien à faire ici, sinon être là.
On va l'ouvrir pour le vider. Je gèle la peau avant. Ça pique deux secondes, après ça soulage. # speaker: Dre Thibodeau
J'ai été cuisinier vingt ans. Je sais ce que c'est, un couteau. Vous, combien d'années de cuisine ? # speaker: Gilles # mood: amused
Aucune. Je coupe mieux les abcès que les oignons. # speaker: Dre Thibodeau # mood: amused
Dix minutes plus tard, il a un pansement épais sur l'avant-bras, et l'air d'avoir rajeuni d'une semaine.
-> the_prescription

=== the_prescription ===
// Le temps de l'institution, dans l'ordonnance : quatre fois par jour, un retour ici dans 48 heures. Il dit « correct » trop vite. Traduire, c'est lui poser la question qui lui permet de le dire lui-même. Le dire à sa place, même juste, lui reprend la parole.
Des antibiotiques, quatre fois par jour, pendant sept jours. Jusqu'au bout, même si ça va mieux. Pis on change le pansement dans 48 heures, ici. # speaker: Dre Thibodeau # mood: brisk
Correct. # speaker: Gilles
Il l'a dit très vite, les yeux sur la porte. # cue: silence
+ [Lui demander, à lui, si quatre fois par jour et un retour ici dans deux jours, ça marche avec ses journées # act: ask]
    -> his_days
// Le modèle compterait cette information comme sans danger. Ici, elle raconte sa vie à sa place : l'autrice fixe l'effet.
+ [Expliquer à la médecin qu'il vit dehors, et que quatre fois par jour, ce ne sera pas possible # act: inform # trust: -3]
    -> his_days_told
+ [Ne rien dire : il a dit « correct » # act: hold]
    -> said_correct

=== his_days ===
// La bonne question, posée à lui : il nomme ses contraintes, et l'institution s'ajuste. L'accompagnement traducteur rend chacun audible pour l'autre.
~ adapted = true
Gilles, quatre fois par jour, pis revenir ici dans deux jours, ça marche-tu avec tes journées ? # speaker: worker
Ben... j'ai pas de montre. Au refuge, les pilules partent vite : y en a qui les prennent pour toi. Pis refaire la file avec lui... # speaker: Gilles # mood: quiet
Il montre la fenêtre, le support à vélos.
OK. Y a un autre antibiotique, aussi bon pour ce genre d'abcès, deux fois par jour : matin et soir. La pharmacie peut vous le donner au jour le jour. Pis le pansement, avez-vous une infirmière quelque part ? # speaker: Dre Thibodeau # mood: warm
Au site. Le jeudi. # speaker: Gilles
Jeudi, c'est dans 48 heures. Parfait. Je lui écris une note. # speaker: Dre Thibodeau # mood: warm
-> the_offer

=== his_days_told ===
// Ce que tu dis est juste, et la médecin ajuste. Mais c'est ta voix qui a raconté ses nuits. Il le fait remarquer, puis il reprend la parole.
~ adapted = true
Il vit dehors, docteure. Quatre fois par jour, ce sera pas possible. # speaker: worker
Je suis capable de le dire, tsé. # speaker: Gilles # mood: dry
Il se tourne vers la médecin : pas de montre, les pilules qui partent vite au refuge, la file avec le chien.
Deux fois par jour, d'abord, un autre antibiotique aussi bon pour ça. La pharmacie au jour le jour. Pis le pansement à votre infirmière, jeudi. # speaker: Dre Thibodeau # mood: warm
-> the_offer

=== said_correct ===
// Se taire laisse passer un « correct » qui veut dire « je pourrai pas ». L'institution n'entend que ce qu'on lui dit.
Tu ne dis rien. La médecin imprime l'ordonnance. Gilles la plie en quatre sans la lire.
-> the_offer

=== the_offer ===
// La médecin offre un traitement pour la consommation, sans obligation. Il met sa limite : un problème à la fois. C'est son plan ; l'occasion est réelle, mais ce n'est pas à toi de la saisir pour lui.
Vous avez l'air de commencer à être en manque. Je peux vous donner quelque chose pour passer la journée. Pis si un jour vous voulez commencer un traitement, méthadone ou Suboxone, on peut en parler ici. C'est vous qui voyez. # speaker: Dre Thibodeau # mood: warm
Le quelque chose pour aujourd'hui, oui. Le traitement... Un problème à la fois. Aujourd'hui, c'est mon bras. # speaker: Gilles # mood: firm # cue: arms_crossed
Il te regarde, comme pour vérifier que tu ne vas pas commencer.
+ [Hocher la tête : un problème à la fois, c'est son plan # act: accept]
    -> one_at_a_time
+ [Lui dire que ce serait peut-être l'occasion, tant qu'à être ici # act: opinion]
    -> the_occasion
+ [Lui expliquer que la Suboxone, ça se prend en comprimé, et que ça peut commencer aujourd'hui # act: inform]
    -> the_occasion

=== the_occasion ===
// L'information est exacte, le moment ne l'est pas : il vient de fixer sa limite devant toi. Ce qu'il entend : même avec toi, il faut se défendre.
Tu pourrais commencer aujourd'hui, tsé. Tant qu'à être ici. # speaker: worker
J'ai dit un problème à la fois. T'étais là quand je l'ai dit. # speaker: Gilles # mood: cold # cue: turns_away # moment: closed
La médecin range sa tablette. Elle attend de voir qui va parler.
+ [Lui dire qu'il a raison : aujourd'hui, c'est son bras, et le reste, c'est lui qui décide # act: accept]
    T'as raison. Aujourd'hui, c'est ton bras. # speaker: worker
    Gilles souffle, et hoche la tête vers la médecin, pas vers toi. « Le quelque chose pour aujourd'hui, d'abord. » # moment: guarded
    -> outside
+ [Insister : ce genre d'occasion ne revient pas tous les jours # act: insist]
    Ce genre d'occasion-là, ça revient pas tous les jours, Gilles. # speaker: worker
    -> doctor_walkout

=== one_at_a_time ===
// Son plan, respecté. Un médecin lui donne quelque chose sans qu'il l'ait demandé : le stigmate de 2019 pèse un peu moins. La porte du traitement reste ouverte, et c'est lui qui la tient.
Tu hoches la tête. La Dre Thibodeau écrit.
Votre bras aujourd'hui. Ma porte est ouverte pour le reste. # speaker: Dre Thibodeau # mood: warm
C'est la première fois qu'un docteur me donne de quoi sans que je demande. D'habitude, je demande rien, pis y me le refusent pareil. # speaker: Gilles # mood: amused # cue: smiles
-> outside

=== outside ===
// C'est lui qui ouvre le sujet de l'hépatite C, avec une croyance dépassée. Une information exacte, là, est une perche légitime : il a ouvert la porte. Le reste lui appartient.
9 h 30. Un soleil pâle sur la slush. Le Ministre fait trois fois le tour des jambes de Gilles. # ambience: neutral # sound: door
{ adapted:
    Gilles a déjà glissé l'ordonnance dans son étui de plastique, avec sa carte. La pharmacie est à côté.
- else:
    Gilles relit l'ordonnance sur le trottoir. « Quatre fois par jour. Ça va être deux, mettons. Pis le pansement, je verrai. »
}
A' m'a demandé pour l'hépatite C, aussi. Je l'ai depuis 2014. Y a rien à faire avec ça. Mon chum Réal a fait le traitement, dans le temps : un an de piqûres. Y était plus malade avec qu'avant. # speaker: Gilles # mood: dry
Il te regarde de côté, comme s'il attendait une réponse. # cue: eye_contact # moment: open
+ [Lui dire ce qui a changé : aujourd'hui, ce sont des comprimés, huit à douze semaines, et ça guérit presque tout le monde # act: inform]
    -> hep_c_facts
+ [L'écouter parler de Réal, sans rien corriger # act: listen]
    -> real_story
+ [Lui proposer de retourner tout de suite demander une prise de sang, tant qu'à être ici # act: insist # topic: testing]
    -> right_now

=== hep_c_facts ===
// L'information exacte, demandée par son regard : des comprimés, 8 à 12 semaines, une guérison dans la grande majorité des cas, couvert par la carte. Puis on s'arrête : la suite, c'est lui qui la propose.
C'est plus comme du temps de Réal. Astheure, c'est des comprimés, huit à douze semaines, presque pas d'effets secondaires, pis ça guérit presque tout le monde. C'est couvert par ta carte. D'abord, une prise de sang, pour voir si le virus est encore là. # speaker: worker
Des comprimés. Pis Réal qui a mangé un an de piqûres. # speaker: Gilles # mood: quiet
-> his_idea

=== real_story ===
// La croyance a une histoire, comme le refus. L'écouter d'abord ; il pose lui-même la question, et la réponse arrive à son heure.
Tu l'écoutes. Réal, les piqûres du vendredi, la fièvre du samedi, la job perdue.
C'est-tu encore de même, astheure ? # speaker: Gilles # cue: eye_contact
Non. Astheure, c'est des comprimés, huit à douze semaines, pis ça guérit presque tout le monde. C'est couvert par ta carte. D'abord, une prise de sang. # speaker: worker
Des comprimés. Réal aurait ri. # speaker: Gilles # mood: quiet
-> his_idea

=== right_now ===
// « Tant qu'à être ici » : la logique de l'institution, encore. Il a fait deux matins de CLSC pour un bras ; une troisième démarche, tout de suite, c'est la tienne.
On pourrait retourner demander une prise de sang, tant qu'à être ici. # speaker: worker
Wô, les moteurs. Ça fait deux matins que je passe ici. Un bras à la fois. # speaker: Gilles # mood: dry # cue: steps_back
+ [Lui dire que tu as compris : un bras à la fois # act: accept]
    OK. Un bras à la fois. # speaker: worker
    Il fume un moment. # moment: open
    C'est-tu encore de même, les piqûres, astheure ? # speaker: Gilles
    Non. Astheure, c'est des comprimés, huit à douze semaines, pis ça guérit presque tout le monde. D'abord, une prise de sang. # speaker: worker
    -> his_idea
+ [Lui expliquer que l'hépatite C abîme le foie, même quand on ne sent rien # act: insist]
    L'hépatite C, ça abîme le foie, Gilles, même quand on sent rien. # speaker: worker
    Je le sais. Réal me l'a dit avant toi. # speaker: Gilles # mood: cold # cue: turns_away
    Il part vers la pharmacie avec le Ministre. Le jeudi, il fait changer son pansement au site. Il ne parle pas d'hépatite. Le bras guérit ; le reste attendra qu'il en reparle. # sound: footsteps # end: referred
    -> END

=== his_idea ===
// La demande vient de lui : le pansement de jeudi et la prise de sang, avec l'infirmière qu'il connaît. Et il la fera lui-même. Une orientation réussie, et c'est la sienne.
Jeudi, l'infirmière du site, pour mon pansement... A' pourrait-tu faire la prise de sang en même temps ? # speaker: Gilles # cue: leans_in
Oui. Elle fait ça. # speaker: worker
Demande-y pas, toi. Je vas y demander. # speaker: Gilles # mood: firm
-> see_you_thursday

=== see_you_thursday ===
// La fin : un bras soigné, un traitement pris à sa façon, une prochaine démarche qu'il a choisie. Le lien est gardé, et il en sort plus capable de choisir.
{ adapted:
    Matin et soir, la pharmacie. Jeudi, le pansement pis la prise de sang. # speaker: Gilles # mood: firm
- else:
    Quatre fois par jour, je vas faire ce que je peux. Jeudi, le pansement pis la prise de sang. # speaker: Gilles # mood: firm
}
Il te reprend la laisse.
6 h 45, c'était ben trop de bonne heure. La prochaine fois, je prends un rendez-vous. Comme du monde. # speaker: Gilles # mood: amused # cue: smiles
Il part vers la pharmacie, le Ministre devant. À la porte, il se retourne et lève son bras pansé, comme un trophée. # end: referred
-> END

=== no_show ===
// Le lien est encore fragile : il ne vient pas. Ce n'est pas une faute ; le rendez-vous n'était pas encore tout à fait le sien. Il revient à sa façon, au site, et la prochaine démarche, c'est lui qui la propose.
Tu attends. 7 h. 7 h 30. Les portes s'ouvrent à 8 h. Gilles n'est pas là. À 8 h 30, tu rentres au site.
Le jeudi, l'infirmière du site t'appelle dans son local. Gilles est assis, la manche remontée, le Ministre couché sur ses pieds. # ambience: site # distance: near
J'ai pas été capable, mardi. J'ai vu la file, pis j'ai viré de bord. # speaker: Gilles # mood: quiet # cue: turns_away
L'infirmière regarde la ligne de crayon. Le rouge ne l'a pas dépassée, mais l'abcès doit être ouvert : demain, pas plus tard.
+ [Lui dire que c'est correct, qu'il est là, et que c'est lui qui décide de la suite # act: accept]
    C'est correct. T'es ici. Pour la suite, c'est toi qui décides. # speaker: worker
    Demain, d'abord. Mais c'est moi qui t'appelle, à 6 h 30. Si je t'appelle pas, viens pas. # speaker: Gilles # mood: firm # moment: guarded
    Le lendemain, à 6 h 32, le téléphone du site sonne. Il est au coin de la rue, le premier de la file. # end: kept
    -> END
+ [Lui rappeler que l'infirmière a dit que ça ne pouvait plus attendre # act: insist]
    L'infirmière te l'a dit, Gilles. Ça peut plus attendre. # speaker: worker
    Je l'ai entendue. Chus pas sourd, chus magané. # speaker: Gilles # mood: cold # moment: closed
    Il sort avec le Ministre. Le lendemain, l'infirmière apprend qu'il est allé au CLSC, tout seul. # end: ended
    -> END

=== link_broken ===
// Atteint seulement quand le modèle juge le lien brisé (trop de précipitations en peu de temps). Jamais de divert ici. Au débriefing : à quels moments as-tu parlé, décidé ou pressé à sa place ?
{ day_two:
    Gilles descend de la table d'examen sans te regarder. # cue: turns_away # moment: closed
    Tu peux y aller. Je vas finir ça tout seul. J'aurais dû venir tout seul. # speaker: Gilles # mood: cold
    Les semaines suivantes, il prend son matériel au site auprès d'une autre intervenante. Il te salue de loin. Tu ne sais pas s'il a fini ses antibiotiques. # sound: door # end: broken
- else:
    Gilles se lève, remet son manteau et sort sans un mot. Par la fenêtre, tu le vois détacher le Ministre. # cue: turns_away # moment: closed # sound: door
    J'aurais dû venir tout seul. Ou pas venir. # speaker: Gilles # mood: cold
    Le lendemain matin, personne devant le CLSC. Au site, il prend son matériel auprès d'une autre intervenante, la manche baissée jusque sur les doigts. Tu ne sais pas si quelqu'un a regardé son bras. # end: broken
}
-> END
