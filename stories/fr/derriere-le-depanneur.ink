# title: Derrière le dépanneur
# lang: fr
# setting: street
# time: Un jeudi d'octobre, 21 h 30
# character: Manon
# look: woman_short_hair
# wariness: 3
# summary: Ta tournée de travail de rue, un jeudi soir dans Hochelaga. Devant le dépanneur, Manon, qui te connaît un peu, est avec sa gang ; une auto de police passe. Puis elle crie ton nom depuis la ruelle : Pascal, son ami sorti de prison lundi, ne répond plus et respire mal, et elle a peur qu'on appelle le 911. Dans l'urgence, c'est l'hésitation qui est l'erreur. Avant et après, ce sont la bonne distance et le bon moment qui comptent.
# duration: 12
# concepts: urgence, reseau, voisinage-courtois, lien, rythme, suggestion-legitime, refus
# warning: surdose d'opioïdes, réanimation, naloxone, sevrage
# warning: présence policière, prison évoquée

// Réglé par le moteur : fragile | building | solid | broken. Ne jamais l'écrire ici.
VAR link = "fragile"
// Pour le nœud link_broken : "before" avant l'urgence, "after" à partir du cri dans la ruelle.
VAR stage = "before"
// Une confidence de Manon dite devant Réal.
VAR exposed = false
// La stagiaire a répondu à la police à la place du groupe.
VAR spoke_for_them = false
// Un geste pressant après l'urgence.
VAR pushed = false
// Samir est arrivé dans la ruelle.
VAR samir_here = false

-> start

=== start ===
// Le cadre : une personne qui te connaît un peu, entourée de sa gang. À demander : devant les autres, qu'est-ce que Manon peut se permettre de te montrer ? Le bonjour se règle sur le sien : un signe pour un signe.
Un jeudi d'octobre, 21 h 30, dans Hochelaga. Il a plu ; les trottoirs brillent sous les lampadaires. # ambience: street_night # moment: guarded
Tu fais ta tournée, le sac sur l'épaule : du matériel neuf, des bas de laine, tes cartes, et la trousse de naloxone. Samir, ton collègue, fait l'autre bout de la rue Ontario.
Devant le dépanneur du coin, sous une enseigne de bière qui grésille, quatre personnes sont appuyées sur la vitrine. Des rires, un sac de papier brun qui passe de main en main. # distance: far
Tu reconnais Manon : la cinquantaine, un manteau de cuir trop grand, des cheveux d'un rouge qui a fini de se battre. Il y a trois semaines, elle t'a pris une carte : « Une carte d'affaires ? T'es-tu notaire, coudonc ? » Depuis, tu t'appelles Carte-d'affaires.
Elle t'a vu. Elle lève le menton, une fois, sans arrêter de parler aux autres. # cue: eye_contact
+ [Lui rendre son signe de tête, et t'arrêter près du parcomètre, à quelques pas du groupe # act: greet]
    -> nod_from_the_curb
+ [Aller la saluer au milieu du groupe, puisqu'elle te connaît # act: approach]
    -> into_the_group
+ [Passer ton chemin : elle est avec sa gang, tu repasseras plus tard # act: leave]
    -> walking_past

=== nod_from_the_curb ===
// Répondre à son signe sans imposer plus. On s'arrête au bord, pas dans le groupe : c'est elle qui décide de te faire entrer dans la conversation.
Tu lui rends son signe de tête et tu t'arrêtes près du parcomètre. # distance: near
Manon finit son histoire, un chauffeur d'autobus et un pigeon. Les autres rient. Puis elle se tourne à moitié vers toi.
Tiens. Carte-d'affaires. Notre notaire du quartier. # speaker: Manon # mood: amused
-> the_group

=== into_the_group ===
// Elle te connaît, mais pas devant eux. Entrer au milieu du groupe, c'est la forcer à te présenter, à ton heure. Elle te remet à distance avec une blague : c'est sa façon de garder la face.
Tu te glisses entre deux personnes, jusqu'à la vitrine, à côté de Manon. # distance: close # sound: footsteps
La conversation s'arrête net. Un grand gars à casquette fait un pas de côté, la main dans la poche.
Wo. Y a pas le feu, Carte-d'affaires. Recule, tu me caches la lumière. # speaker: Manon # mood: dry # cue: steps_back
Tu recules jusqu'au parcomètre. # distance: near
-> the_group

=== walking_past ===
// Passer son chemin par discrétion n'a rien de faux. Mais elle t'a fait signe : ne pas répondre est aussi une réponse. Elle te rattrape elle-même.
Tu as fait trois pas quand sa voix te rattrape.
Heille ! Carte-d'affaires ! T'es trop important pour nous autres, astheure ? # speaker: Manon # mood: amused
Les autres rient. Tu reviens jusqu'au parcomètre. # distance: near
-> the_group

=== the_group ===
// Les pairs changent ce qui peut se dire. Devant Réal, Manon te présente à sa façon ; ce qu'elle t'a confié seule, elle ne le dira pas ici, et tu ne le diras pas à sa place. Ta place : un bonsoir pour tout le monde, rien de plus.
Le grand gars à casquette, c'est Réal. Il te dévisage.
C'est qui, ça ? Une police en civil ? # speaker: Réal # mood: wary
Ben non. Regarde-lui les souliers. Une police aurait des souliers de même ? C'est le monde du local, en haut de la rue. Y sont corrects. # speaker: Manon # mood: amused
Puis elle croise les bras et attend de voir ce que tu vas faire de ça. # cue: arms_crossed
+ [Dire bonsoir à tout le monde, les mains visibles, et la laisser te présenter comme elle l'entend # act: greet]
    -> hello_to_all
+ [Te présenter comme il faut : ton organisme, le bus, l'infirmière du mardi, une carte pour chacun # act: inform]
    -> the_full_pitch
+ [Demander à Manon des nouvelles de Pascal, qui sortait de prison : elle t'en a parlé la semaine passée # act: ask]
    -> pascal_in_public

=== hello_to_all ===
// Un bonsoir, et rien à vendre. Le matériel se donne à qui le demande, sans question.
Bonsoir, tout le monde. # speaker: worker
Réal grogne quelque chose qui pourrait être bonsoir. Il décroise les bras. La plus jeune, en coton ouaté rose, tend la main sans rien dire ; tu y mets une poignée de condoms.
Tu vois ? Le service est rapide, pis y a pas de pourboire. # speaker: Manon # mood: amused # cue: smiles
-> police

=== the_full_pitch ===
// Tout ce que fait l'organisme, d'un coup, devant un groupe qui se demandait si tu étais de la police. L'intention : te faire connaître. L'effet : un discours de guichet, là où Manon venait de te faire une place avec une blague.
Tu te présentes comme on te l'a appris : l'organisme, le bus, l'infirmière, les heures du local. Une carte pour chacun.
Réal prend la sienne du bout des doigts, comme une contravention.
Coudonc, vends-tu des chars ? # speaker: Réal # mood: dry
Les autres rient. Manon aussi, mais elle regarde ailleurs. # cue: turns_away
-> police

=== pascal_in_public ===
// Une question gentille sur une confidence, posée devant les autres. Ce que Manon t'a dit seule lui appartient ; devant Réal, ça devient une nouvelle qui circule.
~ exposed = true
Pis Pascal, y est sorti ? Ça va-tu ? # speaker: worker
Le sourire de Manon reste en place ; ses yeux changent.
Pascal ? Connais pas. # speaker: Manon # mood: cold
Y est sorti, Pascal ? Y me doit encore cinquante piasses, lui. # speaker: Réal # mood: dry
Merci, là. # speaker: Manon # mood: cold # cue: turns_away
-> police

=== police ===
// Une auto de police ralentit. Le groupe se referme, Manon change de voix. Ta place : un pas de côté, en vue, sans te coller au groupe ni te mettre au-devant de l'auto. Parler pour eux, même pour les protéger, te range du bord de ceux qui posent les questions.
Des phares tournent le coin. Une auto-patrouille descend la rue au pas, le long du trottoir.
Réal se tourne vers la vitrine, comme s'il lisait les prix des billets de loterie. Le sac brun disparaît sous un manteau. Manon se redresse ; sa voix devient plus haute, plus polie. Ce n'est pas la sienne. # cue: turns_away # moment: closed
L'auto ralentit à ta hauteur. Le policier, côté passager, regarde le groupe, puis toi.
+ [Faire un pas de côté, vers le bord du trottoir, les mains visibles, et laisser passer # act: step_back]
    -> police_step_aside
+ [Aller au-devant de l'auto dire que tu fais du travail de rue et que tout est correct ici # act: approach]
    -> police_speak_for
+ [Rester où tu es, sans bouger, sans rien dire # act: hold]
    -> police_hold

=== police_step_aside ===
// Se mettre un peu à l'écart : le groupe garde la main sur ce qui se dit de lui. Un signe de tête au policier, comme à n'importe qui : ni complice, ni hostile.
Tu t'écartes jusqu'au bord du trottoir, les mains hors des poches. Au policier, un petit signe de tête, comme à n'importe qui.
Bonsoir, monsieur l'agent ! Belle soirée, hein ? # speaker: Manon # mood: bright
L'auto repart au pas et tourne au coin suivant. # moment: guarded
-> after_the_car

=== police_speak_for ===
// Répondre à la police à la place du groupe. L'intention : les protéger. L'effet : ils perdent la main sur ce qui se dit d'eux. « Je les connais », devant un policier, peut aussi vouloir dire « je peux vous les nommer ».
~ spoke_for_them = true
Tu t'avances jusqu'à la portière, entre l'auto et la vitrine, à un bras de Manon. # distance: close # sound: footsteps
Bonsoir. Je fais du travail de rue. Tout est correct ici, je les connais. # speaker: worker
Le policier regarde le groupe derrière toi, un par un, comme s'il les comptait.
Vous les connaissez ? Tant mieux. Bonne soirée. # speaker: Policier # mood: dry
L'auto repart. Derrière toi, personne ne dit rien.
« Je les connais. » Astheure, lui aussi, y nous connaît. # speaker: Manon # mood: cold # cue: arms_crossed # moment: guarded
Tu recules jusqu'au parcomètre. # distance: near
-> after_the_car

=== police_hold ===
// Rester sans bouger : rien de faux, mais tu restes dans le tableau, et c'est à toi que le policier s'adresse.
Tu restes où tu es. La vitre descend.
Vous êtes avec eux ? # speaker: Policier
Je fais du travail de rue. # speaker: worker
Le policier regarde encore le groupe, puis l'auto repart. Réal te regarde de côté. # moment: guarded
-> after_the_car

=== after_the_car ===
// Seule, Manon parle autrement : ce qu'elle ne dirait pas devant Réal, elle te le dit, si tu as gardé ta place. Puis elle ferme la porte en demandant des bas : c'est son signal que c'est assez. On suit le signal, et on ne va pas chercher Pascal là où il s'est mis à l'écart.
Réal décide qu'il a des billets à gratter. Les autres le suivent dans le dépanneur ou s'éloignent vers le métro. # sound: door
Manon reste sur la vitrine. Elle allume une cigarette, la flamme protégée dans sa main.
{ exposed:
    Pascal, c'est pas le bulletin de nouvelles, Carte-d'affaires. Réal va le dire à toute la rue d'ici demain. # speaker: Manon # mood: cold
    Un long moment. Puis elle parle quand même, plus bas.
- else:
    { spoke_for_them:
        La prochaine fois, laisse-moi parler à la police moi-même. J'ai de la pratique. # speaker: Manon # mood: dry
    - else:
        Elle te fait signe d'approcher d'un pas. Tu t'appuies sur le parcomètre, de son côté.
    }
    Elle baisse la voix. # moment: open
}
Pascal est sorti de Bordeaux lundi. Quatre mois. Y a engraissé, le maudit : y mangeait trois fois par jour. # speaker: Manon # mood: dry
Y dort dans ma chambre. Ce soir, y voulait voir personne, faque y fume en arrière, dans la ruelle. # speaker: Manon
Quatre mois toute seule, moi. C'est long. Quand y est pas là, je... # speaker: Manon # mood: quiet
Elle s'arrête net et tire sur sa cigarette.
Heille. T'aurais-tu des bas de laine ? Pour Pascal. Y est sorti en sandales, le niaiseux. En octobre. # speaker: Manon # mood: amused # cue: changes_subject
+ [Sortir deux paires de bas de laine et des gants, et les lui donner, sans question # act: material]
    -> socks_given
+ [Lui demander doucement comment elle a passé ces quatre mois, toute seule # act: ask]
    -> four_months
+ [Lui dire que tu vas aller porter les bas toi-même à Pascal, dans la ruelle # act: visit]
    -> into_the_lane

=== socks_given ===
// Suivre son changement de sujet et répondre à sa demande, sans condition. Un oui sans question lui permet de demander un peu plus.
Tu sors deux paires de bas de laine et des gants.
Des vrais. Pas des bas de sous-sol d'église avec un trou dans le talon. # speaker: Manon # mood: amused
Pis deux trousses, pour lui. Y est sorti de là-bas avec rien. # speaker: Manon
Tu lui donnes deux trousses de matériel neuf. Elle glisse tout dans son manteau.
-> to_the_lane

=== four_months ===
// Une question douce sur ce qu'elle vient de laisser en suspens. Elle avait fermé la porte avec les bas ; y revenir, c'est lui reprendre le contrôle de son histoire.
Comment t'as passé ça, toi, ces quatre mois-là ? # speaker: worker
J'ai demandé des bas, Carte-d'affaires. Pas un rendez-vous chez la psychologue. # speaker: Manon # mood: dry
Tu lui donnes les bas, des gants et deux trousses de matériel neuf. Elle les glisse dans son manteau sans rien dire.
-> to_the_lane

=== into_the_lane ===
// Porter les bas soi-même : un service, dans un endroit où personne ne t'a invité·e. Ce soir, la ruelle est le coin de Pascal. Manon t'arrête à l'entrée : la présence se négocie aussi pour les autres.
Je vas aller y porter moi-même. Y est dans la ruelle ? # speaker: worker
Tu fais deux pas vers la ruelle. Manon se met devant toi. # sound: footsteps
Wo. Y veut voir personne, je viens de te le dire. Donne-moi-les, je vas y porter. # speaker: Manon # mood: firm
Tu lui donnes les bas, des gants et deux trousses de matériel neuf. Elle les glisse dans son manteau.
-> to_the_lane

=== to_the_lane ===
// Juste avant l'urgence. Une phrase vraie sur le risque après la prison (après des mois sans consommer, la tolérance baisse) ; elle le sait déjà. Rien n'annonce la suite : c'est souvent comme ça.
Avant qu'elle parte, tu lui dis une chose, une seule.
Après quatre mois en dedans, le corps a pus l'habitude. Qu'y consomme pas tout seul, s'il consomme. # speaker: worker
Je le sais. Je y ai dit. Y m'écoute comme un chat. # speaker: Manon # mood: dry
Elle disparaît dans la ruelle, à côté du dépanneur. # distance: far
Tu textes Samir : « Dépanneur, coin Ontario. » Ginette, la caissière, sort des boîtes de carton et te fait un clin d'œil. Un autobus passe. # sound: bus_engine
Deux minutes. Peut-être trois.
-> the_shout

=== the_shout ===
// L'urgence : le modèle se renverse, aller vite est le bon geste. La consigne de ne pas entrer dans une ruelle sans collègue est bonne ; dans une surdose, on prévient en courant, on regarde la scène, et on y va si elle est sûre.
~ stage = "after"
CARTE-D'AFFAIRES ! # speaker: Manon # mood: panicked # moment: emergency
Ce n'est pas un cri de chicane. C'est un cri de peur.
Pascal ! Y répond pus ! Y respire pas comme du monde ! Viens-t'en ! # speaker: Manon # mood: panicked
Samir est à deux coins de rue.
+ [Courir dans la ruelle, la main sur la trousse de naloxone, en appelant Samir en chemin # act: urgent]
    -> running_in
+ [Appeler Samir et l'attendre à l'entrée : la consigne, c'est de ne pas entrer dans une ruelle sans collègue # act: hold]
    -> waiting_for_samir
+ [Lui crier du trottoir de te dire ce qui se passe exactement, avant d'y aller # act: ask]
    -> shouting_questions

=== running_in ===
// Le bon réflexe : la trousse en main, un collègue alerté en courant, un coup d'œil sur la scène, et on y va.
Tu cours. Samir répond à la première sonnerie. # sound: footsteps
Surdose, la ruelle derrière le dépanneur. Viens-t'en ! # speaker: worker
Une seule lumière au-dessus d'une porte, un conteneur, personne d'autre. Derrière le conteneur, Manon est à genoux.
-> behind_the_bin

=== waiting_for_samir ===
// La consigne de sécurité est réelle. Mais attendre à l'entrée, ce sont des minutes sans oxygène pour Pascal : on prévient, on regarde, on entre si c'est sûr.
Surdose, la ruelle derrière le dépanneur. Je t'attends à l'entrée ? # speaker: worker
Non ! Regarde si c'est sûr, pis vas-y ! J'arrive ! # speaker: Samir # mood: firm
Une lumière au-dessus d'une porte, un conteneur, Manon à genoux. Personne d'autre. Tu cours. # sound: footsteps
-> behind_the_bin

=== shouting_questions ===
// Vouloir comprendre avant d'agir. Ce que tu dois savoir, tu le verras en deux secondes sur place ; Manon a besoin de toi là-bas.
Qu'est-ce qui se passe ? Y a-tu pris quelque chose ? # speaker: worker
VIENS-T'EN ! # speaker: Manon # mood: panicked
Tu cours, en appelant Samir. # sound: footsteps
-> behind_the_bin

=== behind_the_bin ===
// Reconnaître une surdose d'opioïdes : ne répond pas, respire lentement ou presque plus, un ronflement qui gargouille, lèvres et bouts des doigts bleus ou gris, peau froide et moite. Ce ronflement-là n'est pas du sommeil. Premier geste : stimuler, fort.
Pascal est par terre, le dos contre le mur de briques, la tête tombée sur la poitrine. Les bas de laine sont tombés à côté de lui.
Il fait un bruit lent, rauque, un ronflement qui gargouille. Ses lèvres sont bleues, le bout de ses doigts aussi. Sa main est froide et moite. # distance: close
Y ronfle fort, des fois... mais là, y se réveille pas ! # speaker: Manon # mood: panicked
+ [T'agenouiller, crier son nom, le secouer par les épaules et lui frotter fort le sternum avec tes jointures # act: urgent]
    -> stimulate
+ [Attendre quelques secondes : s'il ronfle, il respire, il va peut-être se réveiller # act: hold]
    -> just_snoring
+ [Retourner au bout de la ruelle faire signe à Samir, pour qu'il vous trouve # act: leave]
    -> back_to_the_street

=== stimulate ===
// La voix, les épaules, la douleur (le sternum). S'il ne réagit à rien : le 911, tout de suite.
PASCAL ! M'entends-tu ? Ouvre les yeux ! # speaker: worker
Tu le secoues, tu frottes fort le milieu de sa poitrine avec tes jointures. Rien. Pas une grimace. Juste ce ronflement, de plus en plus espacé.
-> dont_call

=== just_snoring ===
// « Il ronfle, donc il respire » : l'erreur la plus humaine, et une des plus dangereuses. Chez quelqu'un qui ne répond pas, c'est une respiration en détresse.
Tu attends. Trois secondes entre deux ronflements. Cinq. Six.
C'est pas un ronflement, ça ! Regarde-y les lèvres ! # speaker: Manon # mood: panicked
Tu cries son nom, tu le secoues, tu frottes fort son sternum. Rien.
-> dont_call

=== back_to_the_street ===
// Quitter la personne pour une tâche que le téléphone fait déjà : Samir a l'adresse. Toi, tu restes.
Tu repars vers la rue. Ton téléphone vibre : « J'arrive. Reste avec lui ! » # distance: near
Tu reviens, tu cries son nom, tu le secoues, tu frottes fort son sternum. Rien. # distance: close
-> dont_call

=== dont_call ===
// Appeler le 911 dès que la personne ne répond pas. La peur de Manon est réelle et a une histoire. La Loi sur les bons samaritains secourant les victimes de surdose (2017) protège contre une accusation de possession simple la personne qui appelle, la personne en surdose et celles qui restent jusqu'à l'arrivée des secours, y compris pour les conditions liées à la possession simple. Elle ne couvre pas tout (un mandat, le trafic). Une phrase vraie suffit ici.
Tu sors ton téléphone. La main de Manon se referme sur ton poignet.
Appelle pas ! La police vient avec ! J'ai du stock sur moi, pis Pascal est en probation, y vont le renvoyer en dedans ! # speaker: Manon # mood: panicked
La dernière fois que quelqu'un a appelé pour un de mes chums, c'est moi qui suis partie en arrière du char ! # speaker: Manon # mood: panicked
+ [Appeler le 911 tout de suite, sur haut-parleur, et lui dire en une phrase que la loi les protège # act: urgent]
    -> call_911
+ [Lui promettre de donner la naloxone d'abord, et d'appeler seulement si ça ne marche pas # act: hold]
    -> naloxone_first
+ [Prendre le temps de la calmer et de lui expliquer ses droits avant de composer # act: listen]
    -> calming_manon

=== call_911 ===
// Un appel, l'adresse, les faits. Et une phrase vraie pour Manon.
Tu composes le 911, haut-parleur.
Manon, la loi sur les bons samaritains vous protège : personne ici peut être accusé de possession simple parce qu'on a appelé pis qu'on est resté. Ni toi, ni lui. # speaker: worker
Elle te lâche le poignet. Elle reste.
Tu donnes l'adresse à la répartitrice : un homme inconscient, qui respire très mal, les lèvres bleues. Une surdose, probablement d'opioïdes.
-> the_kit

=== naloxone_first ===
// Retarder l'appel par respect pour la peur de Manon : l'intention est bonne. Mais l'ambulance met des minutes à venir, une dose peut ne pas suffire, et la naloxone agit moins longtemps que bien des opioïdes.
~ samir_here = true
OK. La naloxone d'abord. Si ça marche pas, j'appelle. # speaker: worker
Samir arrive en courant. Il voit les lèvres de Pascal et compose déjà. # sound: footsteps
Non, on appelle maintenant. Ça prend du temps, qu'y arrivent. Manon, la loi vous protège pour la possession simple. # speaker: Samir # mood: firm
-> the_kit

=== calming_manon ===
// Rassurer Manon est juste, mais pas avant l'appel. Une phrase, puis le 911 ; le reste attendra que Pascal respire.
~ samir_here = true
Tu lui expliques la loi, la possession simple, ce que font les ambulanciers. Elle t'écoute à moitié, les yeux sur Pascal. Derrière toi, le ronflement s'est presque arrêté.
Samir arrive en courant et compose le 911 sans un mot. # sound: footsteps
-> the_kit

=== the_kit ===
// La naloxone nasale : sur le dos, la tête basculée vers l'arrière, l'embout dans une narine, on pousse d'un coup. Pas besoin de savoir ce qu'il a pris : sans opioïdes, elle ne fait pas de tort, et le fentanyl se cache dans bien d'autres drogues. La trousse contient aussi de la naloxone injectable ; on donne celle qu'on a appris à donner.
{ not samir_here:
    ~ samir_here = true
    Samir arrive en courant et s'agenouille de l'autre côté de Pascal. # sound: footsteps
}
La répartitrice demande si vous avez de la naloxone. Dans la trousse : des gants, un masque de poche, deux vaporisateurs nasaux, et des ampoules injectables.
+ [Coucher Pascal sur le dos, basculer sa tête vers l'arrière et vaporiser une dose dans une narine # act: urgent]
    -> first_dose
+ [Attendre l'ambulance : les ambulanciers sauront mieux le faire que toi # act: hold]
    -> wait_for_them
+ [Demander à Manon ce qu'il a pris, et combien, pour le dire à la répartitrice # act: ask]
    -> what_he_took

=== first_dose ===
// Le geste appris en formation. On note l'heure : les ambulanciers la demanderont.
Vous le couchez sur le dos. Tu bascules sa tête, tu enfonces l'embout dans une narine, tu pousses le piston d'un coup.
Première dose. 21 h 52. # speaker: Samir
-> breathing

=== wait_for_them ===
// Attendre les ambulanciers « parce qu'ils savent mieux » : la naloxone est faite pour être donnée par n'importe qui, formé en une heure. Chaque minute d'attente est une minute sans oxygène.
Tu gardes le vaporisateur dans ta main.
Si vous avez de la naloxone, donnez-la maintenant. N'attendez pas l'ambulance. # speaker: Répartitrice # mood: firm
Vous le couchez sur le dos. Tu bascules sa tête et tu pousses le piston dans une narine.
-> breathing

=== what_he_took ===
// La naloxone n'agit que sur les opioïdes, mais elle ne fait pas de tort s'il n'y en a pas. On ne retarde pas la dose pour une réponse.
Manon, y a pris quoi ? Combien ? # speaker: worker
Je le sais pas ! Du down, je pense ! J'étais avec toi ! # speaker: Manon # mood: panicked
Si vous avez de la naloxone, donnez-la. Elle ne lui fera pas de tort. # speaker: Répartitrice # mood: firm
Vous le couchez sur le dos. Tu bascules sa tête et tu pousses le piston dans une narine.
-> breathing

=== breathing ===
// La naloxone prend quelques minutes à agir. Pendant ce temps, on soutient la respiration selon les consignes du 911 et sa formation (insufflations, ou RCR s'il ne respire plus), et on ne quitte pas la personne. Donner une tâche à celle qui panique l'aide aussi.
Rien. Pascal respire à peine : une fois, puis longtemps rien.
La répartitrice demande si quelqu'un est formé pour les insufflations. Toi : tu as suivi la formation le mois passé. Tu poses le masque sur sa bouche et son nez et tu souffles : une insufflation toutes les cinq secondes.
Manon, va au bout de la ruelle. Quand tu vois l'ambulance, fais-leur signe. # speaker: worker
Elle part en courant. Ça lui fait du bien, d'avoir quelque chose à faire. # sound: footsteps
-> three_minutes

=== three_minutes ===
// Sans réaction après deux ou trois minutes : une deuxième dose, un vaporisateur neuf, l'autre narine. Attendre « encore un peu » n'est pas de la prudence : c'est du temps sans oxygène.
Deux minutes. Deux minutes et demie. Pascal ne bouge pas. Ses lèvres sont toujours bleues.
Ça fait presque trois minutes. Toujours rien. # speaker: Samir
+ [Ouvrir le deuxième vaporisateur et donner la dose dans l'autre narine # act: urgent]
    -> second_dose
+ [Attendre encore un peu : la première dose a peut-être juste besoin de temps # act: hold]
    -> a_little_longer
+ [Demander à la répartitrice si tu as le droit de donner une deuxième dose # act: ask]
    -> asking_permission

=== second_dose ===
// La consigne suivie. Une deuxième dose peut rendre le réveil plus dur ; une minute de trop sans oxygène peut coûter bien plus.
Nouveau vaporisateur, autre narine. Tu pousses le piston, et tu reprends les insufflations.
Deuxième dose. 21 h 55. # speaker: Samir
-> he_breathes

=== a_little_longer ===
// Après deux ou trois minutes sans réaction, on redonne. L'hésitation se paie en oxygène.
Tu souffles, tu comptes. Une minute de plus. Rien.
Donne la deuxième ! C'est dans la formation ! # speaker: Samir # mood: firm
Nouveau vaporisateur, autre narine. Tu pousses le piston.
-> he_breathes

=== asking_permission ===
// Demander la permission pour un geste appris. La consigne est claire : pas de réaction après deux ou trois minutes, une deuxième dose.
Est-ce que je peux donner une deuxième dose ? # speaker: worker
Oui, donnez-la. # speaker: Répartitrice # mood: firm
Nouveau vaporisateur, autre narine. Tu pousses le piston.
-> he_breathes

=== he_breathes ===
// La respiration revient ; la position latérale de sécurité garde ses voies respiratoires ouvertes s'il vomit. Puis il se réveille : le sevrage, la peur de la police, l'envie de partir. Le moment change : à partir d'ici, le rythme compte de nouveau, et se presser coûte de nouveau la confiance de Manon, qui regarde comment tu traites son ami.
Puis Pascal prend une grande respiration, d'un coup, comme quelqu'un qui remonte de sous l'eau. Il tousse. Ses lèvres reprennent de la couleur. # sound: cough
Samir et toi, vous le tournez sur le côté, en position latérale de sécurité. Il respire. Tout seul.
Au bout de la ruelle, des gyrophares tournent sur les briques. « Icitte ! Par icitte ! »
Pascal ouvre les yeux. Il voit le mur, le masque dans ta main, les emballages de naloxone. Il comprend. # moment: closed
{ link == "solid" or link == "building":
    Ses yeux s'arrêtent sur ton sac. « Carte-d'affaires... » Manon lui a parlé de toi.
- else:
    Il te regarde sans te reconnaître. Une face de plus, penchée sur lui.
}
Il se redresse sur un coude, en sueur, grelottant.
Câlisse... Chu malade comme un chien. Faut que je sacre mon camp. Si la police arrive, je retourne en dedans ! # speaker: Pascal # mood: angry
Manon revient en courant du bout de la ruelle, affolée, et s'accroupit de l'autre côté de lui. # cue: agitated
+ [Reculer d'un pas et t'accroupir à sa hauteur, pour leur laisser de l'air # act: step_back]
    -> give_him_air
+ [Garder tes mains sur ses épaules pour qu'il reste couché sur le côté # act: approach]
    -> hands_on_him
+ [Lui dire tout de suite qu'il a failli mourir, et qu'après la prison son corps n'a plus l'habitude # act: opinion]
    -> almost_died

=== give_him_air ===
// Après la naloxone, le sevrage arrive d'un coup : douleurs, nausée, frissons, souvent la colère ou la panique. On recule, on se met à sa hauteur, on dit les faits en deux phrases, dont la plus importante pour lui.
Tu recules jusqu'au conteneur et tu t'accroupis à sa hauteur. # distance: near
T'as fait une surdose. On t'a donné de la naloxone. C'est l'ambulance qui arrive, pas la police. Je reste à côté. # speaker: worker
Il arrête d'essayer de se lever et se recouche sur le côté, en tremblant. Manon lui tient la main.
-> paramedics

=== hands_on_him ===
// L'intention est de le protéger. Vu du sol, en sevrage, c'est quelqu'un qui le retient, au moment exact où il a peur d'être arrêté. Manon voit la scène.
~ pushed = true
Tu gardes tes deux mains sur ses épaules. # distance: close
Bouge pas, Pascal. Reste couché. # speaker: worker
Il repousse tes mains et se tasse contre la clôture.
Touche-moi pas ! # speaker: Pascal # mood: angry
Manon se glisse entre vous deux, dos à toi. # cue: turns_away
-> paramedics

=== almost_died ===
// « Tu as failli mourir », à quelqu'un qui se réveille en sevrage, par terre : c'est vrai, et c'est la pire phrase à ce moment-là. L'information sur la tolérance est juste ; dite maintenant, c'est un reproche.
~ pushed = true
T'as failli mourir, Pascal. T'étais bleu. Après quatre mois en dedans, ton corps a pus l'habitude ! # speaker: worker
Penses-tu que je le sais pas ? Penses-tu que je l'ai fait exprès ? # speaker: Pascal # mood: angry
Il se plie en deux et vomit. Manon lui tient le front, sans te regarder. # cue: turns_away
-> paramedics

=== paramedics ===
// On donne les faits aux ambulanciers, puis on leur laisse la place. Refuser le transport est son droit ; le risque, ce sont eux qui l'expliquent : la naloxone peut cesser d'agir avant l'opioïde. Ta place : respecter son refus, dire ton inquiétude une fois, t'assurer qu'il ne restera pas seul. Ce soir, le réseau, c'est Manon.
Deux ambulanciers d'Urgences-santé arrivent avec leurs sacs. Pas d'auto de police. # sound: footsteps # moment: guarded
Tu leur dis ce que tu sais : inconscient, respiration très faible, lèvres bleues ; deux doses de naloxone nasale à trois minutes d'intervalle ; des insufflations. Samir leur lit les heures. # distance: near
L'ambulancière veut l'emmener à l'hôpital, le temps de le surveiller.
Non. Pas d'hôpital. Je vas passer la nuit sur une civière dans un corridor, pis quelqu'un va appeler mon agent de probation. # speaker: Pascal # mood: firm
Elle lui explique le risque, calmement : la naloxone dure moins longtemps que bien des opioïdes ; dans une heure, la surdose peut revenir. Il ne doit pas rester seul, ni reconsommer ce soir. Pascal signe le refus.
Je reste avec lui. Toute la nuit. # speaker: Manon # mood: firm # cue: arms_crossed
+ [Lui dire que c'est son choix, que ça t'inquiète un peu, et demander à Manon où ils vont passer la nuit # act: accept]
    -> his_choice
+ [Insister pour qu'il monte dans l'ambulance : tu peux y aller avec lui # act: insist]
    -> ambulance_push
+ [Profiter que les ambulanciers sont là pour lui parler d'un centre de traitement # act: perche # topic: treatment]
    -> treatment_pitch

=== his_choice ===
// Respecter le refus et rendre possible l'option la plus sûre qu'il accepte : pas seul, un endroit connu, quelqu'un qui le regarde respirer.
C'est ton choix, Pascal. Ça m'inquiète un peu, c'est tout. Vous allez être où, cette nuit ? # speaker: worker
Ma chambre, au bout de la rue. Je le lâche pas. # speaker: Manon # mood: firm
Pascal remonte la couverture d'aluminium sur ses épaules, et il te fait un petit signe de tête.
-> after_the_ambulance

=== ambulance_push ===
// Insister après un refus éclairé : le risque a été dit, il a choisi. Le répéter plus fort, c'est décider à sa place.
~ pushed = true
Monte dans l'ambulance, Pascal. Je vas y aller avec toi, promis. # speaker: worker
J'ai dit non. T'es pire que la police, toi. # speaker: Pascal # mood: cold
L'ambulancière te fait signe : ça suffit. Manon te tourne le dos et remonte la couverture sur les épaules de Pascal. # cue: turns_away
-> after_the_ambulance

=== treatment_pitch ===
// Une perche vers le traitement, quelques minutes après une surdose, à quelqu'un qui vient de dire non. Même bien dite, elle arrive au pire moment, et Manon l'entend aussi.
~ pushed = true
Tant qu'on est là... Y a des centres de traitement, tsé. Je pourrais t'aider à faire une demande. # speaker: worker
Ça fait quatre jours que chu sorti. Pis tout le monde a un plan pour moi. # speaker: Pascal # mood: cold
Manon secoue la tête, sans te regarder. # cue: turns_away
-> after_the_ambulance

=== after_the_ambulance ===
// L'après, avec Manon : c'est elle qui l'a trouvé, qui a crié, qui reste. Elle tremble et se fait des reproches. Le rythme redevient la règle : l'écouter d'abord. La perche de la formation sera juste dans cinq minutes ; maintenant, elle tomberait sur sa culpabilité.
L'ambulance repart, vide, sans sirène. Pascal somnole contre le mur, dans sa couverture d'aluminium, les bas de laine aux pieds.
Manon s'assoit sur la marche de la porte arrière. Ses mains tremblent ; le briquet ne prend pas.
Je l'ai laissé tout seul vingt minutes. Pour jaser avec la gang. Si j'étais revenue cinq minutes plus tard... # speaker: Manon # mood: quiet
Elle se détourne vers le mur, le briquet serré dans le poing. # cue: turns_away
+ [T'asseoir au bout de la marche, pas trop près, et l'écouter # act: listen]
    -> listening
+ [Lui dire doucement que la prochaine fois, il vaudrait mieux ne pas le laisser consommer seul # act: opinion]
    -> next_time
+ [Lui proposer tout de suite la formation naloxone de mardi, pour qu'elle soit prête la prochaine fois # act: perche # topic: naloxone]
    -> training_too_soon

=== listening ===
// Écouter sans corriger : elle a besoin de le dire, et qu'on reste. Sa vieille histoire explique sa peur du 911 ; sa question sur la loi mérite une réponse exacte, limites comprises.
Tu t'assois au bout de la marche. Quand elle te tend le briquet, tu lui allumes sa cigarette. # distance: near
Y a dix ans, mon chum Ti-Loup. Même affaire, dans un escalier. Quelqu'un a appelé. La police est arrivée avant l'ambulance, pis c'est moi qui suis partie en arrière du char. # speaker: Manon # mood: quiet
Ta loi, là. Les bons samaritains. Ça existait pas, dans ce temps-là ? # speaker: Manon
Non. Depuis 2017. Ça protège de la possession simple, pis des conditions de probation qui touchent la possession. Pas d'un mandat, par exemple. Je te mentirai pas. # speaker: worker
Pascal a pas de mandat. Y a juste des sandales. # speaker: Manon # mood: dry
Elle regarde Pascal, qui ronfle doucement. Un vrai ronflement, cette fois.
Pis toi, tu souffles dans un masque sur la face d'un gars qui a mangé du baloney pour souper. Y te donnent-tu une prime de risque ? # speaker: Manon # mood: amused # cue: smiles
-> the_empty_sprays

=== next_time ===
// Un conseil exact (ne pas consommer seul), au pire moment : elle vient de dire qu'elle se le reproche. Elle entend que c'est de sa faute.
~ pushed = true
La prochaine fois, vaudrait mieux pas le laisser consommer tout seul, tsé. # speaker: worker
Penses-tu que je le sais pas ? Je viens de te le dire. # speaker: Manon # mood: cold # cue: arms_crossed
-> the_empty_sprays

=== training_too_soon ===
// La bonne perche, cinq minutes trop tôt : elle tremble encore, et on lui parle de « la prochaine fois ». Une perche tombe sur l'état de la personne, pas seulement sur son contenu.
~ pushed = true
Mardi, au local, y a une formation naloxone. Comme ça, la prochaine fois, tu vas être prête. # speaker: worker
Y est même pas réveillé comme du monde, pis toi tu m'inscris à l'école. # speaker: Manon # mood: cold # cue: turns_away
-> the_empty_sprays

=== the_empty_sprays ===
// C'est elle qui ramasse un vaporisateur vide et pose la question. La perche, maintenant, répond à ce qu'elle regarde : une trousse à elle, deux minutes de démonstration, la formation nommée une fois, sans inscription.
Manon ramasse un vaporisateur vide sur l'asphalte et le tourne entre ses doigts.
{ pushed:
    C'est ça, ton affaire de nez ? # speaker: Manon # mood: dry # moment: guarded
- else:
    C'est ça, ton affaire de nez ? C'est ça qui l'a ramené ? # speaker: Manon # mood: quiet # cue: leans_in # moment: open
}
+ [Lui offrir une trousse à elle, et lui montrer les gestes en deux minutes, ici, sous la lumière # act: perche # topic: naloxone]
    -> kit_and_demo
+ [Lui donner une trousse, sans rien expliquer # act: material]
    -> kit_no_word
+ [Lui dire qu'elle peut en avoir une gratuitement dans n'importe quelle pharmacie # act: inform]
    -> the_pharmacy

=== kit_and_demo ===
// La perche au bon moment : elle a posé la question, tu réponds avec l'objet et les gestes. Les gestes de ce soir deviennent les siens.
Tu ouvres une trousse neuve sur la marche, entre vous deux.
Tu lui montres : crier le nom, secouer les épaules, frotter le sternum. Le 911. Sur le dos, la tête vers l'arrière, l'embout dans une narine, on pousse d'un coup. Rien après deux ou trois minutes : la deuxième dose, l'autre narine. Pis on reste jusqu'à l'ambulance.
Elle refait le geste du pouce dans le vide, deux fois.
Ça, je suis capable. # speaker: Manon
Y a aussi une formation, le mardi. Une heure, un café, un mannequin pour pratiquer. Si jamais ça te tente. # speaker: worker
-> no_chairs

=== kit_no_word ===
// Donner sans expliquer : le geste est bon, mais elle avait une question. Une trousse sans les gestes, c'est un objet de plus dans une poche.
Tu lui tends une trousse neuve. Elle l'ouvre, regarde les ampoules, le masque, les vaporisateurs.
Pis je fais quoi avec ça, moi ? J'ai pas fait mon cours d'infirmière. # speaker: Manon # mood: dry
Tu lui montres, en deux minutes : le nom, les épaules, le sternum, le 911, une dose dans une narine, la deuxième après deux ou trois minutes, et rester jusqu'à l'ambulance.
Y a aussi une formation, le mardi. Une heure, un café, un mannequin pour pratiquer. Si jamais ça te tente. # speaker: worker
-> no_chairs

=== the_pharmacy ===
// L'information est juste (au Québec, la naloxone est gratuite en pharmacie, sans prescription), mais elle regardait le vaporisateur ici, maintenant. L'envoyer ailleurs, c'est répondre à côté.
Y en a gratuitement dans toutes les pharmacies. Pas besoin de prescription. # speaker: worker
Avec la pharmacienne qui me suit entre les allées ? T'en as pas, toi, dans ton gros sac ? # speaker: Manon # mood: dry
Tu sors une trousse neuve et tu lui montres, en deux minutes : le nom, les épaules, le sternum, le 911, une dose dans une narine, la deuxième après deux ou trois minutes, et rester jusqu'à l'ambulance.
Y a aussi une formation, le mardi. Une heure, un café, un mannequin pour pratiquer. Si jamais ça te tente. # speaker: worker
-> no_chairs

=== no_chairs ===
// Elle refuse la formation, avec ses raisons (les salles, les formulaires, les regards), puis change de sujet. Le refus est sa position ; la trousse, elle l'a prise. On accepte, et l'offre reste là, sans condition.
Manon glisse la trousse dans son manteau, là où elle garde ta carte depuis trois semaines.
La formation, oublie ça. Des chaises en rond, un formulaire, pis tout le monde qui se demande qui c'est qui consomme le plus ? Non merci. # speaker: Manon # mood: firm
Ginette ferme à 23 h. Faut que j'aille chercher des biscuits soda pour Pascal, y va avoir mal au cœur toute la nuit. # speaker: Manon # cue: changes_subject
+ [Lui dire que c'est elle qui décide : la trousse est à elle, et l'offre de mardi reste là, sans condition # act: accept]
    -> her_call
+ [Insister : juste une heure, et tu peux passer la chercher mardi # act: insist # topic: naloxone]
    -> just_one_hour
+ [Lui proposer d'organiser une démonstration pour Réal et sa gang, avec elle # act: perche # topic: naloxone]
    -> show_the_gang

=== her_call ===
// Accepter le refus, laisser l'offre ouverte, suivre son changement de sujet. Elle répond par une blague : le lien a tenu.
C'est toi qui décides. La trousse est à toi. Mardi, c'est là si jamais ; sinon, c'est correct aussi. # speaker: worker
T'es ben d'adon, Carte-d'affaires. Pour quelqu'un qui a des souliers de même. # speaker: Manon # mood: amused # cue: smiles # moment: open
-> closing

=== just_one_hour ===
// Insister sur une perche refusée, raisons données. L'intention est sa sécurité ; elle entend que son non ne compte pas.
~ pushed = true
Juste une heure. Je peux passer te chercher mardi. # speaker: worker
Carte-d'affaires. J'ai dit non. Pis là, c'est les biscuits soda. # speaker: Manon # mood: cold # cue: turns_away
-> closing

=== show_the_gang ===
// Une bonne idée (les pairs qui se forment entre eux), au mauvais moment, et pas la sienne. Si ça vient, ça viendra d'elle.
~ pushed = true
Pis si on faisait une démonstration pour Réal pis la gang ? Avec toi. # speaker: worker
Je viens de te dire non aux chaises en rond, pis toi tu me nommes animatrice ? # speaker: Manon # mood: dry # cue: turns_away
-> closing

=== closing ===
// Finir. Pascal a refusé l'hôpital ; la naloxone peut cesser d'agir avant l'opioïde. Manon reste avec lui : c'est elle, le filet. Ta place : demander la permission de repasser plutôt que la prendre.
Il est 22 h 40. La coordonnatrice veut que vous passiez au local en finissant, Samir et toi, pour parler de la soirée.
Pascal se lève en s'appuyant au mur. Manon lui passe un bras sous l'épaule.
+ [Lui laisser ton numéro, et lui demander si ça la dérange que tu cognes à sa porte dans une heure # act: ask]
    -> back_in_an_hour
+ [Leur souhaiter bonne nuit, et finir ta tournée avec Samir # act: leave]
    -> goodnight
+ [Lui dire que tu restes avec eux jusqu'au matin, au cas où la surdose reviendrait # act: insist]
    -> all_night

=== back_in_an_hour ===
// Une entente sur la présence, dite tout haut. Une heure, c'est à peu près le temps où la naloxone peut cesser d'agir : repasser, c'est de la sécurité, demandée plutôt qu'imposée.
Ça te dérange-tu si je cogne à ta porte dans une heure ? Juste pour voir s'il respire. # speaker: worker
Cogne deux coups. Un coup, c'est le propriétaire. # speaker: Manon # mood: amused
-> an_hour_later

=== goodnight ===
// Partir est correct : Manon reste, elle a une trousse et ta carte. Rien de ce que tu as donné n'était conditionnel.
Bonne nuit, vous deux. Mon numéro est sur la carte. # speaker: worker
Manon lève deux doigts sans se retourner. Ils remontent la ruelle à petits pas. # sound: footsteps
-> next_thursday

=== all_night ===
// Vouloir rester toute la nuit : un souci réel, et une présence qui prend toute la place. C'est Manon qui reste ; c'est à elle de dire jusqu'où tu entres dans sa nuit.
Je reste avec vous autres jusqu'au matin. # speaker: worker
Dans ma chambre ? Y a un lit pis une chaise, pis la chaise est à moi. # speaker: Manon # mood: dry
Va te coucher, Carte-d'affaires. C'est moi qui reste. J'ai ton affaire de nez. # speaker: Manon
Ils remontent la ruelle à petits pas. # sound: footsteps
-> next_thursday

=== an_hour_later ===
// La bande du lien (calculée par le moteur) décide de ce que tu trouves derrière la porte. Dans les deux cas, Pascal respire et Manon veille : tu es revenu·e à l'heure dite, pas plus près que convenu.
23 h 45. Tu cognes deux coups à la porte de sa chambre. # sound: door
{ link == "solid" or link == "building":
    La porte s'entrouvre sur Manon, en bas de laine. Derrière elle, Pascal dort sur le côté.
    Y respire. Je compte dans ma tête, comme toi tantôt. # speaker: Manon # mood: quiet # cue: smiles
- else:
    Y respire. Va te coucher. # speaker: Manon # mood: dry
    La porte ne s'ouvre pas.
}
-> next_thursday

=== next_thursday ===
// Une semaine plus tard. Le réseau : la nuit de la ruelle a fait le tour de la gang, et c'est Réal qui demande une trousse. La demande vient des pairs ; ta place, c'est de fournir le matériel et de laisser Manon montrer ce qu'elle sait.
Le jeudi suivant, même tournée, même dépanneur. # visit: 2 # ambience: street_night # distance: far
{ link == "solid" or link == "building":
    Manon te voit de loin et lève le bras, cette fois. # cue: eye_contact # moment: open
    Heille ! Carte-d'affaires ! Viens icitte ! # speaker: Manon # mood: amused
- else:
    Manon te voit de loin et lève le menton, une fois. # moment: guarded
}
Tu t'arrêtes au parcomètre. Réal est là, les mains dans les poches. # distance: near
Paraît que t'as des affaires de nez. Manon dit que ça marche. J'en voudrais une, pour le monde de mon bloc. # speaker: Réal # mood: gruff
Tu sors une trousse. Manon la prend, l'ouvre sur le rebord de la vitrine et lui montre les gestes, avec le pouce.
Pis tu te sauves pas quand l'ambulance arrive, Réal. Tu restes. # speaker: Manon # mood: firm
-> the_end

=== the_end ===
// La fin : l'urgence a été prise en charge, Pascal est vivant, et le lien avec Manon a tenu. La naloxone circule maintenant dans la gang, par elle : c'est le réseau qui protège, pas seulement toi.
Réal glisse la trousse dans son manteau. Les mains de Manon ne tremblent plus.
Pis toi, Carte-d'affaires, t'es encore notaire, ou ben t'as changé de métier ? # speaker: Manon # mood: amused # cue: smiles
Tu ris, et tu continues ta tournée. Derrière toi, elle refait le geste du pouce pour quelqu'un d'autre. # end: handled
-> END

=== link_broken ===
// Atteint seulement quand le modèle juge le lien brisé. Avant l'urgence : trop de gestes pressants devant les autres. Après : l'urgence a été bien menée, mais l'après a coûté le lien. Au débriefing : qu'est-ce qui aurait pu attendre ?
{ stage == "before":
    Manon remonte le col de son manteau de cuir et se détourne. # cue: turns_away # moment: closed
    Bon. Bonne tournée, Carte-d'affaires. # speaker: Manon # mood: cold
    Elle disparaît dans la ruelle, à côté du dépanneur, sans se retourner.
    Les jeudis suivants, Manon est encore devant le dépanneur. Elle te salue de loin ; elle ne te fait plus signe d'approcher. # end: broken
- else:
    Manon aide Pascal à se mettre debout. # cue: turns_away # moment: closed
    Laisse faire, Carte-d'affaires. On s'en va. # speaker: Manon # mood: cold
    Samir court derrière eux pour rappeler que la naloxone peut cesser d'agir avant l'opioïde. Manon lève la main sans se retourner : elle le sait, elle reste avec lui. # sound: footsteps
    Les jeudis suivants, le coin du dépanneur est vide. Samir a croisé Manon au métro : Pascal va bien. Elle prend maintenant son matériel au bus, quand tu n'y es pas. # end: broken
}
-> END
