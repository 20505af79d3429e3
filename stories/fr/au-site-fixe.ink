# title: Le café de Kevin
# lang: fr
# setting: site
# time: Un mardi de février, 14 h
# character: Kevin
# look: man_tuque_bag
# wariness: 2
# summary: Ta troisième semaine au site fixe. Kevin, un habitué, vient laisser son sac au vestiaire et critiquer le café. Plus tard, son ami Steph arrive en courant : quelqu'un ne respire pas bien dans la toilette. Dans l'urgence, c'est l'hésitation qui est l'erreur. Après, quand Kevin se réveille malade et en colère, c'est la bonne distance qui compte. Le lendemain, il revient chercher son sac.
# duration: 12
# concepts: urgence, lien, refus, rythme, suggestion-legitime
# warning: surdose d'opioïdes, naloxone, sevrage

// Réglé par le moteur : fragile | building | solid | broken. Ne jamais l'écrire ici.
VAR link = "fragile"
VAR heard_kitchen = false
VAR pushed_him = false

-> start

=== start ===
// Le cadre : un habitué, une routine. Au site fixe, le comptoir est déjà une distance convenue, et le bonjour fait partie du rituel. À demander : qu'est-ce qu'un habitué attend de la personne au comptoir ?
Ta troisième semaine au site fixe. Dehors, il neige de côté ; dedans, ça sent le café et les bottes mouillées. # ambience: site # moment: guarded
Ce matin, Mathieu, ton collègue, t'a montré la trousse de naloxone accrochée derrière le comptoir, à côté de la clé de la toilette. « Trois surdoses dans le quartier cette semaine. Tu sais où elle est : c'est ça, l'important. »
La porte s'ouvre d'un coup d'épaule. Un homme dans la quarantaine secoue la neige de sa tuque, un gros sac de sport sur l'épaule. # sound: door # distance: far
Mathieu lève la tête : « Salut, Kevin ! » Kevin lui fait un salut militaire, puis il te regarde, toi, la nouvelle face derrière le comptoir. # cue: eye_contact
+ [Lui dire bonjour par son nom, de derrière le comptoir, et lui montrer le vestiaire # act: greet]
    -> cloakroom_hello
+ [Faire le tour du comptoir pour l'accueillir à la porte, avec une tape sur l'épaule # act: approach]
    -> at_the_door
+ [Finir de plier les manteaux du vestiaire, et le laisser venir au comptoir # act: hold]
    -> let_him_come

=== cloakroom_hello ===
// Le rituel : un nom, un jeton de vestiaire, un café. Un habitué n'a pas besoin de plus pour se sentir attendu.
Salut, Kevin ! Ton sac au vestiaire ? # speaker: worker
Il traverse la salle et pose le sac sur le comptoir. Tu lui tends le jeton numéro 12. # distance: near
Douze. Mon chiffre chanceux depuis à matin. # speaker: Kevin # mood: amused
-> the_coffee

=== at_the_door ===
// Aller au-devant de lui, jusqu'à le toucher : l'accueil est chaleureux, mais il est un habitué du site, pas encore de toi. La routine a déjà sa distance : le comptoir.
Tu fais le tour du comptoir, tu vas jusqu'à la porte et tu lui donnes une tape sur l'épaule, la main tendue vers son sac. # distance: close # sound: footsteps
Il se raidit. Il garde le sac sur son épaule.
Wo. On se connaît-tu, nous deux ? # speaker: Kevin # mood: wary
Il contourne ta main et va porter le sac au comptoir lui-même. Tu retournes derrière et tu lui tends le jeton numéro 12. # distance: near
Douze. Bon. Mon chiffre chanceux, mettons. # speaker: Kevin # mood: dry
-> the_coffee

=== let_him_come ===
// Se laisser trouver. Un habitué connaît le chemin du comptoir ; un signe suffit.
Tu lui fais signe que t'arrives et tu finis de plier un manteau.
Prends ton temps. Y a juste moi qui fonds sur ton plancher. # speaker: Kevin # mood: dry
Il pose le sac sur le comptoir. Tu lui tends le jeton numéro 12. # distance: near
-> the_coffee

=== the_coffee ===
// Le petit jasage. Sa blague sur le café est une porte qu'il ouvre, à sa mesure. La suivre, c'est du lien ; commenter sa mine, c'est parler de lui avant qu'il en parle.
Il se sert un café à la table du fond, goûte, grimace.
Ayoye. Qui c'est qui a fait ça ? C'est du jus de chaussette brûlé, ça. # speaker: Kevin # mood: amused
Il le boit quand même, les deux mains autour du verre de carton. Il a les yeux cernés et le teint gris de quelqu'un qui dort mal.
+ [Lui demander comment il le ferait, lui, le café # act: small_talk]
    -> the_line_cook
+ [Lui dire qu'il a l'air fatigué ces temps-ci, et lui demander si ça va # act: opinion]
    -> tired_remark
+ [Rire, et le laisser boire tranquille # act: hold]
    -> quiet_coffee

=== the_line_cook ===
// Une question sur le café, pas sur lui : il peut y répondre avec son histoire, ou pas. Il choisit d'en donner un morceau.
Comment tu le ferais, toi ? # speaker: worker
Il te regarde comme si t'avais enfin posé une vraie question. # cue: smiles # moment: open
-> kitchen_story

=== quiet_coffee ===
// Ne rien ajouter. Au site fixe, le silence est aussi une forme d'accueil ; souvent, c'est la personne qui parle la première.
Tu ris. Il boit en regardant la neige par la vitrine.
Au bout d'un moment, il parle, sans te regarder. # moment: open
-> kitchen_story

=== kitchen_story ===
// Un morceau de son histoire (la cuisine, le dos), puis il ferme la porte avec le hockey. C'est sa façon de dire « assez ». À repérer : c'est ici que se joue le rythme.
~ heard_kitchen = true
Moins d'eau, plus de grain, pis tu le laisses pas brûler sur le rond deux heures. Quinze ans sur la ligne chaude, moi, rue Saint-Denis. Le café du staff, c'est moi qui le faisais. Personne se plaignait. # speaker: Kevin # mood: proud
Il regarde ses avant-bras. Des vieilles cicatrices de brûlures, blanches, en travers.
Jusqu'à ce que mon dos lâche. Après ça... # speaker: Kevin # mood: quiet
Il s'arrête, boit une gorgée, fait une grimace exagérée.
Pis, as-tu vu la game hier ? Les Canadiens se sont encore fait planter en troisième. # speaker: Kevin # cue: changes_subject # moment: guarded
+ [Le suivre sur le hockey, et laisser son dos où il l'a laissé # act: accept]
    -> hockey
+ [Lui demander doucement ce qui est arrivé après, avec son dos # act: ask]
    -> after_the_back
+ [Lui dire qu'il existe des programmes de retour au travail en cuisine # act: perche]
    -> kitchen_perche

=== hockey ===
// Suivre son changement de sujet. La ligne chaude, le dos, l'après : ça lui appartient. Il en reparlera, ou pas.
J'ai vu juste la deuxième période. Après, je me suis couché pour pas souffrir. # speaker: worker
Sage décision. Moi, j'ai souffert jusqu'au bout. C'est ça, un vrai fan. # speaker: Kevin # mood: amused # cue: smiles
-> see_you_later

=== after_the_back ===
// Il avait fermé la porte. Y entrer, même doucement, c'est lui reprendre le contrôle de son histoire.
C'est arrivé quoi, après, avec ton dos ? # speaker: worker
Il hausse les épaules et croise les bras sur son verre. # cue: arms_crossed
Après, y est arrivé après. La game, c'était une vraie question, tsé. # speaker: Kevin # mood: cold
-> see_you_later

=== kitchen_perche ===
// Une perche sur la porte qu'il vient de fermer. L'idée n'est pas mauvaise ; personne ne l'a demandée.
Tsé, y a des programmes de retour au travail, en cuisine. Je pourrais te trouver le nom. # speaker: worker
Une cuisine, avec mon dos ? Merci, la recrue. Je vas y penser à ma retraite. # speaker: Kevin # mood: dry # cue: turns_away
-> see_you_later

=== tired_remark ===
// Commenter sa mine, même avec douceur, c'est parler de lui avant qu'il en parle. Il répond par une pointe et se ferme : il est venu pour un café.
T'as l'air fatigué ces temps-ci, Kevin. Ça va-tu ? # speaker: worker
Il lève les yeux de son café, lentement.
Fatigué ? Toi, t'as l'air d'une recrue. Chacun ses problèmes. # speaker: Kevin # mood: dry # cue: turns_away
Il va s'asseoir au bout de la table, dos au comptoir, et feuillette un vieux journal.
-> see_you_later

=== see_you_later ===
// Le quotidien du site : on accueille, on range, on garde les sacs. Rien n'annonce ce qui s'en vient ; c'est ça aussi, le quotidien.
Vers 14 h 30, Kevin rapporte son verre vide au comptoir.
Je vas faire un tour. Garde mon sac au chaud, je reviens le chercher avant la fermeture. # speaker: Kevin
Il remonte sa tuque et ressort dans la neige. # sound: door # distance: far
L'après-midi passe. Des gens viennent chercher du matériel, un café, des bas secs. Tu apprends où sont les tuques, les trousses, les condoms, les biscuits.
Vers 15 h, Kevin repasse la porte avec son ami Steph, un grand maigre en coton ouaté. Il te fait un signe de tête et va droit à la toilette du fond. Steph s'assoit sur le calorifère, à côté de la porte. # sound: door
Tu retournes au vestiaire : une dame cherche son manteau, et tu ne trouves pas son numéro.
-> steph_runs_in

=== steph_runs_in ===
// Le début de l'urgence. Ici, le modèle se renverse : aller vite, c'est le bon geste. Aller chercher la coordonnatrice ou poser des questions d'abord, ce sont des réflexes de débutant, gentils, qui coûtent des secondes.
Quelques minutes plus tard, Steph arrive au comptoir en courant, blanc comme un drap. # moment: emergency # sound: footsteps
Kevin ! Dans la toilette ! Y répond pus ! J'ai cogné, pis y fait un bruit comme un ronflement, mais bizarre ! # speaker: Steph # mood: panicked
Mathieu est à l'autre bout de la salle, au téléphone. Nadia, la coordonnatrice, est dans son bureau, la porte fermée.
+ [Décrocher la trousse de naloxone et la clé de la toilette, et courir en criant à Mathieu de venir # act: urgent]
    -> to_the_washroom
+ [Aller frapper au bureau de Nadia, la coordonnatrice : elle saura quoi faire # act: leave]
    -> nadia_first
+ [Demander à Steph ce que Kevin a pris, pour savoir quoi faire # act: ask]
    -> what_did_he_take

=== to_the_washroom ===
// Le bon réflexe : le matériel et la clé d'abord, un collègue alerté en chemin. Pas besoin de savoir ce qu'il a pris pour commencer à l'aider.
Tu décroches la trousse rouge et la clé. # sound: footsteps
Mathieu ! La toilette, vite ! # speaker: worker
-> the_washroom

=== nadia_first ===
// Aller chercher la coordonnatrice : on veut bien faire, ne pas se tromper. Mais la trousse est derrière le comptoir, et chaque minute sans oxygène compte. On alerte en chemin ; on ne va pas chercher la permission.
Tu cours au bureau et tu cognes. Nadia ouvre, le téléphone à l'oreille.
Kevin... la toilette... Steph dit qu'y répond pus. # speaker: worker
Pourquoi t'es ici ? Prends la trousse pis vas-y ! J'arrive ! # speaker: Nadia # mood: firm
Tu repars en courant, tu décroches la trousse et la clé. Trente secondes de perdues, peut-être plus. # sound: footsteps
-> the_washroom

=== what_did_he_take ===
// Vouloir savoir ce qu'il a pris avant d'agir. La question sera utile aux ambulanciers, plus tard. La naloxone ne fait pas de tort s'il n'y a pas d'opioïdes : on ne la retarde pas pour une réponse.
Il a pris quoi ? # speaker: worker
Je le sais-tu, moi ? Viens-t'en, ostie ! # speaker: Steph # mood: panicked
Tu décroches la trousse et la clé. Steph est déjà reparti vers le fond. # sound: footsteps
-> the_washroom

=== the_washroom ===
// Reconnaître une surdose d'opioïdes : il ne répond pas, il respire mal (un ronflement qui gargouille), les lèvres bleues ou grises, la peau froide et moite. Ce ronflement-là n'est pas du sommeil. Premier geste : le stimuler, fort.
Tu déverrouilles la porte. Kevin est assis par terre, le dos contre le mur, la tête tombée sur l'épaule. # distance: close
Il fait un bruit rauque et lent, un ronflement qui gargouille. Ses lèvres sont grises, presque bleues. Sa peau est froide et moite.
Steph est derrière toi, dans le cadre de porte. Mathieu arrive en courant au bout du corridor. # sound: footsteps
+ [Crier son nom et lui frotter fort le sternum avec tes jointures # act: urgent]
    -> stimulate
+ [Attendre quelques secondes : il ronfle, il dort peut-être juste très dur # act: hold]
    -> just_sleeping
+ [Courir remplir un verre d'eau froide pour lui en jeter au visage # act: step_back]
    -> cold_water

=== stimulate ===
// Stimuler : l'appeler fort, par son nom, et frotter le sternum. S'il ne réagit ni à la voix ni à la douleur, on appelle le 911.
Tu t'agenouilles devant lui.
KEVIN ! Kevin, m'entends-tu ? Ouvre les yeux ! # speaker: worker
Tu frottes fort le milieu de sa poitrine avec tes jointures. Rien. Pas un sursaut. Juste ce ronflement lent, de plus en plus espacé.
-> no_response

=== just_sleeping ===
// « Il dort, il ronfle » : l'erreur la plus humaine, et une des plus dangereuses. Un ronflement qui gargouille chez quelqu'un qui ne répond pas, c'est une respiration en détresse.
Tu attends. Le ronflement s'espace. Trois secondes entre deux. Cinq.
Y dort pas, là ! Regarde ses lèvres ! # speaker: Steph # mood: panicked
Tu t'agenouilles, tu cries son nom, tu frottes fort son sternum avec tes jointures. Rien.
-> no_response

=== cold_water ===
// L'eau froide, la glace, les claques : des remèdes de rue qui font perdre du temps et laissent la personne seule. On reste, on stimule, on appelle.
Tu cours au lavabo du corridor et tu remplis un verre. Quand tu reviens, Mathieu est à genoux à côté de Kevin. # distance: near
Laisse faire l'eau ! Y répond pas ! # speaker: Mathieu # mood: firm
Tu t'agenouilles à ton tour. Tu cries son nom, tu frottes fort son sternum avec tes jointures. Rien. # distance: close
-> no_response

=== no_response ===
// Appeler le 911, ou le faire appeler par quelqu'un de précis, dès que la personne ne répond pas. La peur de la police est réelle ; la Loi sur les bons samaritains secourant les victimes de surdose protège contre les accusations de possession simple ceux qui appellent à l'aide. Une phrase suffit, pas un cours.
Steph t'agrippe la manche.
Appelle pas l'ambulance ! La police débarque toujours avec, pis j'ai des affaires sur moi ! # speaker: Steph # mood: panicked
Mathieu a son cellulaire dans la main. Il te regarde : c'est toi qui es à côté de Kevin.
+ [Dire à Mathieu d'appeler le 911 tout de suite, et dire en une phrase à Steph que la loi le protège # act: urgent]
    -> call_911
+ [Donner d'abord la naloxone, et appeler seulement si ça ne marche pas # act: hold]
    -> naloxone_first
+ [Prendre le temps de calmer Steph et de lui expliquer ses droits avant d'appeler # act: listen]
    -> calming_steph

=== call_911 ===
// Un appel, un nom, une consigne claire. Et une phrase vraie pour Steph : il peut rester sans craindre une accusation de possession simple.
Mathieu, appelle le 911. Surdose, y répond pas, y respire mal. # speaker: worker
Steph, la loi sur les bons samaritains te protège : t'auras pas d'accusation de possession parce que t'as appelé à l'aide. Reste avec nous. # speaker: worker
Mathieu compose déjà. Steph se mord le poing, mais il reste.
-> the_kit

=== naloxone_first ===
// Attendre de voir si la naloxone suffit, par respect pour la peur de Steph. L'intention est bonne, mais la naloxone agit moins longtemps que bien des opioïdes, et l'ambulance met des minutes à venir : on appelle tout de suite.
OK, pas tout de suite. On essaie la naloxone avant. # speaker: worker
Mathieu secoue la tête et compose quand même.
Non, on appelle. Ça prend du temps, qu'y arrivent. Steph, la loi te protège pour la possession. # speaker: Mathieu # mood: firm
-> the_kit

=== calming_steph ===
// Rassurer Steph, c'est juste ; mais pas avant l'appel. Une phrase, puis le 911 : le reste peut attendre que Kevin respire.
Tu te tournes vers Steph. Tu lui expliques la loi, la possession simple, ce que font les ambulanciers, ce qu'ils ne font pas. Il t'écoute à moitié. Derrière toi, le ronflement de Kevin s'est presque arrêté.
Mathieu compose pendant que tu parles. « J'appelle, moi. Occupe-toi de Kevin. »
-> the_kit

=== the_kit ===
// La naloxone en vaporisateur nasal : la personne sur le dos, la tête basculée vers l'arrière en soutenant la nuque, l'embout dans une narine, on pousse le piston d'un coup. On ne l'essaie pas avant. Pas besoin de savoir ce qu'il a pris : sans opioïdes, elle ne fait pas de tort, et le fentanyl se cache dans bien d'autres drogues.
Mathieu a la répartitrice du 911 au bout du fil, sur haut-parleur. Il donne l'adresse, épelle le nom de la rue.
Tu ouvres la trousse : des gants, un masque de poche pour les insufflations, deux vaporisateurs de naloxone dans leur emballage.
+ [Coucher Kevin sur le dos, basculer sa tête vers l'arrière et vaporiser une dose dans une narine # act: urgent]
    -> first_dose
+ [Attendre les ambulanciers : ils sauront mieux le faire que toi # act: hold]
    -> wait_for_paramedics
+ [Demander à Steph si c'est bien des opioïdes, parce que la naloxone n'agit que sur eux # act: ask]
    -> is_it_opioids

=== first_dose ===
// Le geste tel qu'on l'apprend en formation. Noter l'heure : les ambulanciers la demanderont.
Vous le couchez sur le dos, Mathieu et toi. Tu lui soutiens la nuque et tu bascules sa tête vers l'arrière.
Tu enfonces l'embout dans une narine et tu pousses le piston d'un coup.
Première dose. Je note l'heure. # speaker: Mathieu
-> breathing

=== wait_for_paramedics ===
// Attendre les ambulanciers « parce qu'ils savent mieux » : la naloxone est faite pour être donnée par n'importe qui, formé en une heure. Chaque minute d'attente est une minute sans oxygène.
Tu gardes le vaporisateur dans ta main. Les ambulanciers, eux, vont savoir...
La répartitrice, dans le haut-parleur : « Avez-vous de la naloxone ? Donnez-la maintenant, n'attendez pas l'ambulance. »
Vous le couchez sur le dos, Mathieu et toi. Tu bascules sa tête, tu enfonces l'embout dans une narine, tu pousses le piston.
-> breathing

=== is_it_opioids ===
// La naloxone n'agit que sur les opioïdes, c'est vrai ; mais elle ne fait pas de tort s'il n'y en a pas. Dans le doute, on la donne.
C'est-tu des opioïdes qu'il a pris, Steph ? La naloxone, ça marche juste sur ça. # speaker: worker
Je le sais pas ! J'étais pas dedans ! # speaker: Steph # mood: panicked
La répartitrice, dans le haut-parleur : « Si vous avez de la naloxone, donnez-la. Elle ne lui fera pas de tort. »
Vous le couchez sur le dos, Mathieu et toi. Tu bascules sa tête, tu enfonces l'embout dans une narine, tu pousses le piston.
-> breathing

=== breathing ===
// La naloxone prend quelques minutes à agir. Pendant ce temps, on soutient la respiration en suivant les consignes du 911 (insufflations ou compressions, selon sa formation), on surveille l'heure, et on ne quitte pas la personne.
Rien ne se passe. Kevin respire à peine : une fois, puis longtemps rien, puis une autre.
La répartitrice demande si quelqu'un est formé pour les insufflations. Tu as fait la formation il y a deux semaines. Mathieu te regarde : c'est toi qui es à la tête.
+ [Mettre le masque de poche et lui donner des insufflations, en suivant les consignes de la répartitrice # act: urgent]
    -> rescue_breaths
+ [Le laisser sur le dos et attendre que la naloxone fasse effet # act: hold]
    -> just_watching
+ [Laisser Kevin à Mathieu et aller ouvrir la porte d'en avant aux ambulanciers # act: leave]
    -> front_door

=== rescue_breaths ===
// Soutenir la respiration, et déléguer le reste : Steph a besoin d'une tâche, la porte en est une.
Tu poses le masque sur sa bouche et son nez, tu gardes sa tête basculée, tu souffles. Sa poitrine se soulève. Tu comptes, comme en formation : une insufflation toutes les cinq ou six secondes.
Steph, va ouvrir la porte d'en avant pour l'ambulance. # speaker: worker
Steph part en courant. Ça lui fait du bien d'avoir quelque chose à faire. # sound: footsteps
-> two_minutes

=== just_watching ===
// Regarder et attendre pendant que la naloxone agit : le cerveau manque d'oxygène pendant ces minutes-là. On soutient la respiration.
Tu regardes sa poitrine. Elle bouge à peine. Dix secondes. Quinze.
La répartitrice : « Il respire mal ? Donnez-lui des insufflations. » Tu poses le masque, tu bascules sa tête, tu souffles : une insufflation toutes les cinq ou six secondes.
Steph part ouvrir la porte d'en avant. # sound: footsteps
-> two_minutes

=== front_door ===
// Quitter la personne pour une tâche que quelqu'un d'autre peut faire. On reste avec elle ; on délègue la porte.
Tu te relèves pour aller à la porte. Mathieu t'arrête d'une main.
Non, reste avec lui, toi. Steph, va ouvrir en avant ! # speaker: Mathieu # mood: firm
Steph part en courant. Tu te remets à genoux, tu poses le masque, tu souffles : une insufflation toutes les cinq ou six secondes. # sound: footsteps
-> two_minutes

=== two_minutes ===
// Sans réaction après deux ou trois minutes : une deuxième dose, avec un nouveau vaporisateur, dans l'autre narine. Attendre « encore un peu » n'est pas de la prudence : c'est du temps sans oxygène.
Mathieu regarde l'heure. Deux minutes. Deux minutes et demie. Kevin ne bouge pas. Ses lèvres sont toujours grises.
Toujours rien. Ça fait presque trois minutes. # speaker: Mathieu
+ [Ouvrir le deuxième vaporisateur, un neuf, et donner la dose dans l'autre narine # act: urgent]
    -> second_dose
+ [Attendre encore un peu : la première dose a peut-être juste besoin de temps # act: hold]
    -> a_little_longer
+ [Demander à Mathieu de vérifier avec la répartitrice si tu peux donner une deuxième dose # act: ask]
    -> asking_permission

=== second_dose ===
// La consigne suivie. Une deuxième dose peut rendre le réveil plus dur ; une minute de trop sans oxygène peut coûter bien plus.
Tu déchires le deuxième emballage. Nouveau vaporisateur, autre narine. Tu pousses le piston d'un coup.
Deuxième dose. Je note. # speaker: Mathieu
Tu reprends les insufflations.
-> he_breathes

=== a_little_longer ===
// Même logique qu'avant : après deux ou trois minutes sans réaction, on redonne. L'hésitation se paie en oxygène.
Tu attends. Tu souffles, tu comptes. Une minute de plus. Kevin ne bouge toujours pas.
Donne la deuxième ! C'est dans la formation ! # speaker: Mathieu # mood: firm
Tu déchires le deuxième emballage. Nouveau vaporisateur, autre narine. Tu pousses le piston.
-> he_breathes

=== asking_permission ===
// Demander la permission pour un geste qu'on a appris. La consigne est claire : pas de réaction après deux ou trois minutes, une deuxième dose.
Mathieu, demande-leur si je peux donner la deuxième. # speaker: worker
La répartitrice répond avant lui : « Oui, donnez-la. » Mathieu ajoute : « C'est dans la formation, vas-y ! »
Tu déchires le deuxième emballage. Nouveau vaporisateur, autre narine. Tu pousses le piston.
-> he_breathes

=== he_breathes ===
// La respiration revient. Dès qu'il respire seul, la position latérale de sécurité garde ses voies respiratoires ouvertes s'il vomit. Et on reste : la naloxone peut cesser d'agir avant les opioïdes. Puis il se réveille, et l'urgence devient autre chose : le sevrage, la colère.
Une minute passe. Puis Kevin prend une grande respiration, d'un coup, comme quelqu'un qui sort de l'eau. Il tousse. Ses lèvres reprennent un peu de couleur. # sound: cough
Tu le tournes sur le côté avec Mathieu, en position latérale de sécurité, le bras sous la tête, la jambe repliée. Il respire. Tout seul. # distance: close
L'ambulance est à cinq minutes. # speaker: Mathieu
Kevin ouvre les yeux. Il voit le plafond, le masque dans ta main, les emballages de naloxone par terre. Il comprend. # moment: closed
// Le lien construit avant l'urgence est celui avec lequel on travaille après : la bande du lien (calculée par le moteur) colore son réveil.
{ link == "solid" or link == "building":
    Ses yeux s'arrêtent sur toi. Il te reconnaît : la face du comptoir, le jeton numéro 12.
- else:
    Il te regarde sans te reconnaître. Une face de plus penchée sur lui, comme à l'hôpital.
}
Il se redresse d'un coup sur un coude, en sueur, grelottant, le nez qui coule. # cue: agitated
Câlisse... Vous m'avez donné la naloxone ? Chu malade, là ! Chu malade comme un chien ! # speaker: Kevin # mood: angry
+ [Reculer d'un pas et t'accroupir près de la porte, à sa hauteur, pour lui laisser de l'air # act: step_back]
    -> give_him_air
+ [Rester au-dessus de lui, les mains sur ses épaules, pour qu'il ne se relève pas trop vite # act: approach]
    -> standing_over
+ [Lui dire tout de suite qu'il a failli mourir, qu'il était bleu # act: opinion]
    -> almost_died

=== give_him_air ===
// Après la naloxone, le sevrage arrive d'un coup : douleurs, nausée, frissons, et souvent la colère. On recule, on se met à sa hauteur, on dit les faits en deux phrases. Il n'a pas à remercier qui que ce soit.
Tu recules jusqu'au cadre de porte et tu t'accroupis, les mains sur les genoux. # distance: near
T'as fait une surdose, Kevin. On t'a donné de la naloxone. L'ambulance s'en vient. Je reste là. # speaker: worker
Il te regarde, les yeux pleins d'eau. Il ne dit rien. Mais il arrête d'essayer de se lever. # cue: silence
-> sick_and_angry

=== standing_over ===
// Se pencher au-dessus de lui, les mains sur lui : l'intention est de le protéger. Vu du plancher d'une toilette, c'est quelqu'un qui le cloue au sol, au pire moment.
~ pushed_him = true
Tu restes au-dessus de lui, les deux mains sur ses épaules. # distance: close
Bouge pas, Kevin. Reste couché, OK ? # speaker: worker
Il repousse tes mains d'un coup de bras et se tasse contre le mur, le plus loin possible de toi. # cue: steps_back
Touche-moi pas ! Lâche-moi ! # speaker: Kevin # mood: angry
-> sick_and_angry

=== almost_died ===
// « Tu as failli mourir », à quelqu'un qui se réveille en sevrage : c'est vrai, et c'est la pire phrase à ce moment-là. Il l'entend comme un reproche.
~ pushed_him = true
Kevin, t'as failli mourir. T'étais bleu. Tu le sais-tu ? # speaker: worker
Ben oui, je le sais ! Penses-tu que je l'ai fait exprès ? # speaker: Kevin # mood: angry # cue: agitated
Il se plie en deux, un haut-le-cœur.
-> sick_and_angry

=== sick_and_angry ===
// Le sevrage provoqué par la naloxone : il a mal, il a froid, il a la nausée, et il en veut à la personne la plus proche. Accepter la colère sans se défendre et sans sermon, c'est garder la porte ouverte pour demain.
Kevin vomit dans la cuvette. Il tremble de partout, la chair de poule sur les bras.
Quand il relève la tête, c'est toi qu'il regarde.
Ça te fait plaisir, là ? T'as gâché ma journée, toute. Pis toi, la recrue, tu me regardes comme un animal au zoo. # speaker: Kevin # mood: angry # cue: agitated
+ [Accepter sa colère sans te justifier : il a le droit d'être fâché, et tu restes pas loin # act: accept]
    -> anger_accepted
+ [Lui expliquer calmement que la naloxone lui a sauvé la vie, et qu'il devrait faire plus attention # act: opinion]
    -> the_lecture
+ [Lui dire qu'il y a une place en désintox cette semaine, et que tu peux appeler tout de suite # act: insist # topic: detox]
    -> detox_now

=== anger_accepted ===
// Recevoir la colère sans la prendre pour soi. Pas de justification, pas de « on t'a sauvé la vie » : il le sait. Une serviette tendue à bout de bras, c'est une présence qui ne l'envahit pas.
T'as le droit d'être en maudit. Je le prends pas personnel. Je reste pas loin. # speaker: worker
Tu lui tends une serviette de papier, à bout de bras, sans t'approcher.
Il la prend. Il s'essuie la bouche. Il ne dit pas merci ; il ne dit plus rien non plus. # moment: guarded
Steph ? Y est où, Steph ? # speaker: Kevin # mood: quiet
En avant. Y attend l'ambulance. C'est lui qui t'a trouvé, tsé. # speaker: worker
Kevin ferme les yeux. Il hoche la tête, une fois.
-> paramedics

=== the_lecture ===
// Le sermon, même doux, même vrai. Il est malade, humilié, sur le plancher d'une toilette : ce qu'il entend, c'est qu'il a mal fait. Ça pourra se dire un autre jour, s'il ouvre la porte.
~ pushed_him = true
Kevin, la naloxone t'a sauvé la vie. Faudrait que tu fasses plus attention, tsé. Pas consommer tout seul, au moins. # speaker: worker
Plus attention ? J'étais pas tout seul, Steph était à la porte ! Tu me fais la leçon, là, sur le plancher d'une toilette ? # speaker: Kevin # mood: angry # cue: turns_away
Il se tourne vers le mur.
-> paramedics

=== detox_now ===
// Proposer la désintoxication à quelqu'un qui se réveille en sevrage, en colère, par terre : l'intention est le soin, le moment est le pire. Ce n'est pas sa demande ; c'est la nôtre.
~ pushed_him = true
Kevin, y a une place en désintox cette semaine. Je peux appeler tout de suite, si tu veux. Ça pourrait être le moment, tsé. # speaker: worker
Il te regarde comme si tu parlais une autre langue.
Le moment ? Chu en train de vomir mes tripes, pis toi tu me vends un programme ? # speaker: Kevin # mood: angry # cue: turns_away
Il se tourne vers le mur.
-> paramedics

=== paramedics ===
// Les ambulanciers prennent le relais : on leur donne les faits (ce qu'on a vu, les deux doses, l'heure), puis on leur laisse la place. Son refus d'aller à l'hôpital est son droit ; le risque, ce sont eux qui l'expliquent. La suggestion légitime, ici : dire son inquiétude une fois, offrir une option concrète, le laisser choisir.
Deux ambulanciers d'Urgences-santé arrivent dans le corridor avec leurs sacs. # sound: footsteps # moment: guarded
Tu te relèves pour leur faire de la place et tu leur dis ce que tu sais : il ne répondait pas, il respirait mal, les lèvres grises ; deux doses de naloxone nasale, à trois minutes d'intervalle ; il respire seul depuis quelques minutes. Mathieu leur lit l'heure des deux doses sur son téléphone. # distance: near
L'ambulancière s'accroupit près de Kevin, lui prend le pouls, lui met un saturomètre au doigt. Elle lui dit qu'ils vont l'emmener à l'hôpital, le temps de le surveiller.
Non. Je vas pas à l'hôpital. La dernière fois, douze heures sur une civière dans le corridor, pis tout le monde me regardait comme un déchet. # speaker: Kevin # mood: firm # cue: arms_crossed
L'ambulancière lui explique le risque, calmement : la naloxone peut arrêter d'agir avant la drogue, et la surdose revenir. Il a le droit de refuser, mais il ne doit pas rester seul, ni reconsommer tout de suite. Kevin signe le refus d'un gribouillis.
+ [Lui dire que c'est son choix, que ça t'inquiète un peu, et lui offrir le divan près du vestiaire, une couverture et un café # act: accept]
    -> the_couch
+ [Insister pour qu'il monte dans l'ambulance : tu peux y aller avec lui, tu resteras à côté # act: insist]
    -> hospital_push
+ [Profiter que les ambulanciers sont là pour lui parler d'un centre de traitement # act: perche # topic: treatment]
    -> treatment_perche

=== the_couch ===
// Respecter le refus et rendre possible l'option la plus sûre qu'il accepte : ne pas être seul, un endroit chaud, du monde autour. C'est son plan, pas le nôtre. L'inquiétude se dit une fois.
C'est ton choix, Kevin. Je te dis juste que ça m'inquiète un peu. Le divan près du vestiaire est libre. Une couverture, un café. Tu restes le temps que tu veux ; on a l'œil. # speaker: worker
Il te regarde longtemps. # cue: silence
Un café pas brûlé ? # speaker: Kevin # mood: dry
Je peux rien promettre. # speaker: worker
Le coin de sa bouche bouge. Presque un sourire. # cue: smiles
-> the_afternoon

=== hospital_push ===
// Insister après un refus éclairé. L'ambulancière a dit le risque, il a choisi. Le répéter plus fort, c'est lui redire qu'on décide à sa place : exactement ce qu'il fuit à l'hôpital.
~ pushed_him = true
Kevin, monte dans l'ambulance. Je vas y aller avec toi, je vas rester à côté, promis. # speaker: worker
Non. J'ai dit non. T'es pire qu'eux autres. # speaker: Kevin # mood: cold # cue: turns_away
L'ambulancière te fait un petit signe de la main : ça suffit. Elle lui répète de ne pas rester seul.
-> the_afternoon

=== treatment_perche ===
// Une perche vers le traitement, devant deux ambulanciers, quelques minutes après une surdose, à quelqu'un qui vient de dire non. Même bien dite, elle arrive au pire moment.
~ pushed_him = true
Tant qu'on est là, Kevin... Y a des centres de traitement, tsé. Je pourrais t'aider à faire une demande. # speaker: worker
Kevin ne te regarde même pas. # cue: turns_away
Tout le monde a un plan pour moi, aujourd'hui. # speaker: Kevin # mood: cold
-> the_afternoon

=== the_afternoon ===
// Rester, sans coller. Le lien se garde aussi en silence, à la bonne distance ; et l'équipe prend soin de la stagiaire, qui vient de vivre une urgence.
Kevin passe une heure sur le divan près du vestiaire, roulé dans une couverture, Steph assis à côté de lui. Il grelotte, il somnole, il se réveille. Mathieu passe le voir toutes les dix minutes.
Vers 16 h 30, il se lève, rend la couverture et part avec Steph sans reprendre son sac. Le jeton numéro 12 est resté dans la poche de son manteau. # sound: door
Avant la fermeture, Nadia s'assoit avec Mathieu et toi. Elle te demande comment tu vas, toi. Tu ne sais pas trop quoi répondre. Elle te dit que c'est normal, et que tu as le droit d'en reparler demain.
-> next_day

=== next_day ===
// Le lendemain. Son retour dépend de ce qui s'est passé après l'urgence : si on l'a pressé pendant qu'il était malade, il revient sur ses gardes, et il le dit.
Le lendemain, 14 h. Il neige encore. # visit: 2 # ambience: site
La porte s'ouvre d'un coup d'épaule. # sound: door # distance: far
{ not pushed_him:
    Kevin. Les traits tirés, une tuque neuve. Il vient droit au comptoir et te regarde en face. # distance: near # cue: eye_contact # moment: open
    Salut, la recrue. Je viens chercher mon sac. Pis... hier, j'étais pas mal bête avec toi. # speaker: Kevin # mood: sheepish
- else:
    Kevin. Les traits tirés, une tuque neuve. Il vient au comptoir, mais il garde les yeux sur le jeton qu'il fait tourner entre ses doigts. # distance: near # moment: guarded
    Salut. Juste mon sac, OK ? Pis pas de sermon. # speaker: Kevin # mood: dry # cue: arms_crossed
}
+ [Lui rendre son sac et lui servir un café, sans revenir sur hier # act: material]
    -> bag_and_coffee
+ [Lui dire franchement qu'il t'a fait peur, hier # act: opinion]
    -> you_scared_me
+ [Lui donner le dépliant du centre de traitement que tu as imprimé hier soir # act: perche # topic: treatment]
    -> the_brochure

=== bag_and_coffee ===
// Pas besoin de revenir sur hier : lui rendre son sac avec un café, c'est lui dire « on est correct ». Ce qui s'est passé lui appartient ; il en parlera s'il veut.
Tu poses le sac sur le comptoir, avec un café.
{ heard_kitchen:
    On est correct, Kevin. Tiens. J'ai mis plus de grain. # speaker: worker
- else:
    On est correct, Kevin. Tiens. Je l'ai fait moi-même. # speaker: worker
}
Il goûte. Il lève un sourcil. # cue: smiles
Pas pire. Y a de l'espoir pour toi. # speaker: Kevin # mood: amused
-> his_request

=== you_scared_me ===
// Une opinion franche, dite une fois, sans reproche. Le lendemain, avec le lien, elle peut se dire ; sur le plancher de la toilette, elle ne pouvait pas. S'il vient de dire « pas de sermon », elle arrive encore trop tôt.
Je vas te le dire franchement, Kevin. Tu m'as fait peur, hier. # speaker: worker
{ pushed_him:
    Il lève les yeux au plafond.
    J'ai dit pas de sermon. # speaker: Kevin # mood: cold # cue: turns_away
    Puis, plus bas, sans te regarder : « Moi aussi, je me suis fait peur. »
- else:
    Il regarde le comptoir un long moment.
    Moi aussi, je me suis fait peur. # speaker: Kevin # mood: quiet
}
Tu poses son sac sur le comptoir, avec un café.
-> his_request

=== the_brochure ===
// Un dépliant préparé pendant la nuit : le souci est réel. Mais c'est notre plan, arrivé avant sa demande. Il le prend par politesse ; c'est lui qui décidera s'il en fait quelque chose.
Tu sors le dépliant de sous le comptoir : un centre de traitement, à Laval. Tu l'as imprimé hier soir, en rentrant.
J'ai pensé à toi, hier soir. Tiens, si jamais. # speaker: worker
Il regarde le dépliant, puis toi. Il le plie en quatre et le glisse dans sa poche sans le lire. # cue: turns_away
On verra. Mon sac, d'abord. # speaker: Kevin # mood: dry
Tu poses son sac sur le comptoir, avec un café.
-> his_request

=== his_request ===
// La demande vient de lui. C'est le moment le plus légitime pour donner et expliquer : des trousses, deux minutes de démonstration, l'essentiel dit simplement. Il repart mieux outillé, pas plus dépendant de nous.
Kevin boit son café, accoudé au comptoir. Puis, sans te regarder :
Ton affaire de nez, là. La naloxone. Ça se trouve où ? Steph en voudrait une. Pis moi aussi, mettons. Au cas. # speaker: Kevin # cue: leans_in # moment: open
+ [Lui donner deux trousses et lui montrer, en deux minutes, comment s'en servir # act: material]
    -> two_kits
+ [Lui dire qu'il y en a gratuitement dans toutes les pharmacies, sans prescription # act: inform]
    -> at_the_pharmacy
+ [Lui demander pourquoi il en veut une, tout d'un coup # act: ask]
    -> why_now

=== two_kits ===
// Répondre à la demande, tout de suite et concrètement. La démonstration reprend les gestes d'hier : ce sont maintenant les siens.
Tu sors deux trousses de sous le comptoir, et tu en ouvres une devant lui.
Tu lui montres : crier le nom, frotter le sternum. Appeler le 911. La personne sur le dos, la tête vers l'arrière, l'embout dans une narine, on pousse d'un coup. Si rien ne change après deux ou trois minutes, la deuxième, dans l'autre narine. Pis on reste jusqu'à l'ambulance.
Il écoute jusqu'au bout. Il refait le geste du pouce, dans le vide.
Comme hier. # speaker: Kevin # mood: quiet
Comme hier. Pis en pharmacie, c'est gratuit, sans prescription, si t'en as besoin d'autres. # speaker: worker
-> last_word

=== at_the_pharmacy ===
// L'information est juste, mais il demandait une trousse, ici, maintenant. L'envoyer ailleurs, c'est répondre à côté de sa demande. Il la reformule ; cette fois, on l'entend.
Y en a gratuitement dans toutes les pharmacies. Pas besoin de prescription. # speaker: worker
Ouin. Pis la pharmacienne qui me regarde de haut en bas ? T'en as pas, toi, icitte ? # speaker: Kevin # mood: dry
Tu sors deux trousses de sous le comptoir, et tu en ouvres une devant lui.
Tu lui montres : crier le nom, frotter le sternum. Appeler le 911. La personne sur le dos, la tête vers l'arrière, l'embout dans une narine, on pousse d'un coup. Si rien ne change après deux ou trois minutes, la deuxième, dans l'autre narine. Pis on reste jusqu'à l'ambulance.
Comme hier. # speaker: Kevin # mood: quiet
-> last_word

=== why_now ===
// Demander pourquoi, quand la demande est claire : on le fait justifier un geste de prudence. Il répond quand même, avec son humour.
Pourquoi t'en veux une, tout d'un coup ? # speaker: worker
Il hausse les épaules.
Parce que Steph a eu plus peur que moi, hier. Pis que la prochaine fois, ça va peut-être être lui, sur le plancher. # speaker: Kevin # mood: quiet
Tu sors deux trousses de sous le comptoir, et tu lui montres : crier le nom, frotter le sternum, appeler le 911, une dose dans une narine, la deuxième après deux ou trois minutes s'il le faut, et rester jusqu'à l'ambulance.
-> last_word

=== last_word ===
// Une demande à lui (ses pieds, l'infirmière), et une perche à la mesure de sa demande : l'heure, et l'offre de prévenir, qu'il est libre de refuser. Le reste viendra à son rythme, ou pas.
Il glisse les trousses dans son manteau et remet son sac sur son épaule.
Nadia dit que l'infirmière est là jeudi. Pas pour arrêter, là. Pour mes pieds. Y sont gelés depuis l'automne. # speaker: Kevin # mood: dry
+ [Lui donner l'heure, et lui offrir de prévenir l'infirmière, s'il veut # act: perche # topic: nurse]
    Jeudi, de 13 h à 16 h. Si tu veux, je lui dis que tu vas passer. # speaker: worker
    Dis-y rien. Je verrai. # speaker: Kevin # mood: dry
    C'est toi qui décides. # speaker: worker
    -> see_you_thursday
+ [Lui proposer de prendre le rendez-vous tout de suite, et d'y aller avec lui # act: insist]
    Je peux te prendre un rendez-vous tout de suite, pis y aller avec toi. # speaker: worker
    Wo. Une affaire à la fois, la recrue. Je t'ai parlé de mes pieds, pas de mon âme. # speaker: Kevin # mood: amused
    -> see_you_thursday

=== see_you_thursday ===
// La fin : l'urgence a été prise en charge, et le lien a tenu à travers la colère. Un sac rendu, deux trousses, une blague. C'est petit, et c'est tout.
Il remonte sa tuque et pousse la porte d'un coup d'épaule. # sound: door
Pis fais-moi un café comme du monde, demain. # speaker: Kevin # mood: amused # cue: smiles
La porte se referme sur la neige. Au vestiaire, le crochet numéro 12 est vide. # end: handled
-> END

=== link_broken ===
// Atteint seulement quand le modèle juge le lien brisé : trop de gestes pressants après l'urgence (se pencher sur lui, le sermon, le traitement au mauvais moment). L'urgence, elle, a été gérée ; c'est l'après qui a coûté le lien. Au débriefing : qu'est-ce qui aurait pu attendre à demain ?
Kevin se relève en s'appuyant au mur, les jambes molles. Il repousse la main qu'on lui tend. # cue: turns_away # moment: closed
Laissez-moi tranquille. Toute la gang. # speaker: Kevin # mood: cold
Il refuse tout : l'ambulance, le divan, le café. Il sort avec Steph dans la neige, sans son sac. Mathieu court derrière eux jusqu'au trottoir pour rappeler que la naloxone peut arrêter d'agir avant la drogue ; Steph lève la main : il reste avec lui. # sound: door
Le lendemain, le sac est toujours au vestiaire, au crochet numéro 12. La semaine d'après aussi. Mathieu a croisé Kevin au métro : il va bien, mais il prend maintenant son matériel au bus, le jeudi soir, quand tu n'y es pas. # end: broken
-> END
