# title: Le nouvel appart
# lang: fr
# setting: home
# time: Jeudi, 14 h, fin octobre
# character: Marc
# look: man_short_hair
# wariness: 3
# summary: Après des années dans la rue, Marc a un studio depuis trois semaines, et il t'a invité à venir le voir. Il en est fier, il a peur de le perdre, et ses amis de la rue y passent, y dorment, y consomment. Ta tâche : l'aider à faire lui-même le point sur ses relations, sans juger ses amis, et lui laisser la décision.
# duration: 12
# concepts: reseau, plan-de-changement, lien, voisinage-courtois, refus, non-demande
# warning: consommation de drogues chez la personne, surdose évoquée
# warning: dette et pression entre amis, peur de la police et de perdre son logement

// Réglé par le moteur : fragile | building | solid | broken. Ne jamais l'écrire ici.
VAR link = "fragile"
// Vrai quand Marc a retourné la lettre de l'administration pour y dessiner son réseau.
VAR feuille = false

-> porte

=== porte ===
// Le cadre : une visite sur invitation. Marc t'a invité à voir son appartement, pas à faire le tri dans ses amis. À demander : qu'est-ce que Marc t'a invité à voir, exactement ?
Jeudi, 14 h, fin octobre. Un immeuble de briques dans Hochelaga : des logements avec soutien communautaire, une intervenante sur place, Sylvie, que tu connais à peine. # ambience: neutral # moment: guarded
Lundi, Marc t'a appelé du téléphone du hall. « Viens voir ma place. Jeudi, deux heures. Apporte rien. » Tu le connais du bus : trois ans de bonjours, de kits et de cafés avant qu'il dise oui à un logement.
Ça fait trois semaines qu'il a ses clés.
Troisième étage, porte 12. Tu cognes deux petits coups. # sound: door # distance: far
La porte s'ouvre avant le deuxième. Marc est rasé de près, la chemise boutonnée jusqu'en haut. Une clé pend à son cou, au bout d'un lacet de bottine.
T'es à l'heure. Moi aussi, imagine-toi donc. Ça fait une heure que je suis prêt. # speaker: Marc # mood: amused
+ [Le saluer, lui dire que « porte 12 » sonne bien, et attendre qu'il te fasse entrer # act: greet]
    -> bienvenue
+ [Entrer tout de suite et aller voir la cuisinette, pour t'assurer qu'il a ce qu'il faut # act: approach]
    -> inspection
+ [Lui demander, sur le pas de la porte, si ses amis de la rue viennent le voir # act: ask]
    -> seuil

=== bienvenue ===
// Chez lui, c'est lui qui ouvre. Attendre d'être invité à entrer, même invité, c'est le voisinage courtois à domicile.
Salut, Marc. Porte 12. Ça sonne bien. # speaker: worker
Porte 12. Comme le nombre de fois que j'ai dit non avant de dire oui. # speaker: Marc # mood: dry
Il s'efface et te fait signe d'entrer. Tu enlèves tes bottes sur le petit tapis neuf. # distance: near
-> tour

=== inspection ===
// Entrer d'un coup et ouvrir le frigo : le souci est réel, mais chez lui, ce geste est celui de l'inspecteur. Marc en a déjà eu un.
Tu passes devant lui et tu vas droit à la cuisinette. Tu ouvres le frigo : un pot de moutarde, un litre de lait, un pain tranché. # distance: close
Derrière toi, la porte se referme doucement.
Wo. T'es-tu de l'Office, toi ? Y'en a un qui est venu la semaine passée compter mes détecteurs de fumée. # speaker: Marc # mood: cold # cue: steps_back # moment: closed
+ [Refermer le frigo, revenir près de la porte et t'excuser # act: step_back]
    Tu refermes le frigo et tu reviens près de la porte. # distance: near
    Excuse-moi. C'est ta place. C'est toi qui fais la visite. # speaker: worker
    Bon. C'est ça. C'est moi le guide. # speaker: Marc # mood: dry # moment: guarded
    -> tour
+ [Lui parler de la banque alimentaire du quartier, vu que le frigo est presque vide # act: perche # topic: food]
    Y'a une banque alimentaire au sous-sol de l'église, le mercredi. Si jamais. # speaker: worker
    Mon frigo, y est correct. J'ai fait l'épicerie hier. Y'a pas grand-chose dedans parce que je suis pas grand, c'est toute. # speaker: Marc # mood: cold # cue: arms_crossed # moment: guarded
    -> tour

=== seuil ===
// Sur le pas de la porte, la question qu'on s'était promis de poser. Elle arrive avant le café, avant la visite, avant qu'il ait montré ce dont il est fier.
Pis, tes chums de la rue, y viennent-tu te voir, des fois ? # speaker: worker
Le sourire de Marc reste en place, mais plus rien ne bouge autour. # cue: arms_crossed # moment: closed
Qui t'a parlé de ça ? Sylvie ? # speaker: Marc # mood: cold
+ [Lui dire que personne ne t'a rien dit, que tu viens voir sa place # act: accept]
    Personne. Je viens voir ta place, c'est toute. # speaker: worker
    Hm. Ben rentre, d'abord. Ôte tes bottes, c'est pas le Ritz. Ben, ôte-les pareil. # speaker: Marc # mood: dry # moment: guarded
    Tu entres. # distance: near
    -> tour
+ [Lui expliquer que les premières semaines en logement, c'est souvent là que ça se complique avec le monde # act: insist]
    C'est juste que les premières semaines, c'est souvent là que ça se complique, avec le monde. # speaker: worker
    Marc te regarde un moment, puis il s'efface pour te laisser entrer, sans rien répondre. # distance: near # cue: turns_away
    -> tour

=== tour ===
// Il fait visiter. Sa fierté est la porte d'entrée : on la reçoit avant de regarder ailleurs. Son humour aussi en dit long (un coloc qui ne demande rien).
Le studio se fait en quatre pas. Un lit simple, les draps neufs encore dans leur emballage. Une table, deux chaises dépareillées. Une cuisinette à deux ronds. Une fenêtre sur la ruelle.
Marc te montre tout, une chose à la fois, comme un agent d'immeuble.
La fenêtre, a' s'ouvre pour vrai. Le chauffage, c'est moi qui le monte. Pis lui, c'est Roger. # speaker: Marc
Sur le rebord de la fenêtre, un cactus dans un pot de yogourt.
Y boit pas, y mange pas, y chiale pas. Le coloc parfait. # speaker: Marc # mood: amused # cue: smiles
+ [Rire, et lui demander depuis quand il a Roger # act: small_talk]
    Pis Roger, y vient d'où ? # speaker: worker
    Du parc Morgan. Y'était dans une poubelle, à côté de mon spot. Je me suis dit : lui, y survit à n'importe quoi. On va s'entendre. # speaker: Marc # mood: amused
    -> sac_de_couchage
+ [Le laisser faire sa visite à son rythme, et regarder ce qu'il te montre # act: hold]
    Tu le suis des yeux. Il ouvre la fenêtre, la referme, tourne le bouton du chauffage, le remet où il était. Il a l'air d'avoir répété.
    -> sac_de_couchage

=== sac_de_couchage ===
// Un signe dans la pièce, puis un changement de sujet. Ce qu'on voit n'est pas encore ce qu'on peut dire : il a ouvert la porte de son appartement, pas celle de ses amis.
Dans le coin, entre le lit et le mur, un sac de couchage roulé. Pas celui de Marc : le sien, tu le connais, il est bleu et rapiécé. Celui-ci est kaki. Près de la salle de bain, un sac vert de poubelle, noué serré.
Marc voit que tu as vu. # cue: silence
Ça, c'est... En tout cas. Veux-tu un café ? J'ai une cafetière, astheure. Une vraie. # speaker: Marc # cue: changes_subject
+ [Dire oui au café, et laisser le sac de couchage où il est # act: accept]
    Oui, merci. Noir. # speaker: worker
    -> cafe
+ [Lui demander doucement à qui est le sac de couchage # act: ask]
    -> a_qui_le_sac
+ [Lui rappeler gentiment que des visiteurs qui dorment chez lui peuvent lui causer des problèmes avec le bail # act: inform]
    -> le_bail

=== a_qui_le_sac ===
// Il venait de changer de sujet. Revenir au sac de couchage, même doucement, lui dit que la visite de l'appartement n'était qu'un prétexte.
C'est à qui, le sac de couchage ? # speaker: worker
À un chum. # speaker: Marc # mood: cold
Il se tourne vers la cuisinette et remplit la cafetière, le dos tourné. # cue: turns_away # moment: closed
Tu le prends comment, ton café ? # speaker: Marc
+ [Répondre pour le café, et laisser le chum où il est # act: accept]
    Noir, merci. # speaker: worker
    Marc hoche la tête sans se retourner. Quand il revient avec les tasses, ses épaules sont redescendues. # moment: guarded
    -> cafe
+ [Lui demander si ce chum-là dort souvent ici # act: insist]
    Y dort-tu souvent ici, ton chum ? # speaker: worker
    -> porte_fermee

=== le_bail ===
// Une information exacte, au mauvais moment. Il a lu son bail ; ce qu'il n'a pas encore dit, c'est à quel point il a peur. Le lui rappeler, c'est parler comme la lettre sur son frigo.
Tsé, si du monde dort ici, ça peut te causer des problèmes avec ton bail. # speaker: worker
Je le sais. Je l'ai lu, mon bail. Deux fois. Avec un dictionnaire. # speaker: Marc # mood: dry # cue: arms_crossed
Tu le prends comment, ton café ? # speaker: Marc
+ [Répondre pour le café, et ne pas en rajouter # act: accept]
    Noir, merci. # speaker: worker
    -> cafe
+ [Lui expliquer que c'est pour ça que tu en parles : tu ne veux pas qu'il le perde # act: insist]
    C'est pour ça que je t'en parle. Je veux pas que tu le perdes. # speaker: worker
    -> porte_fermee

=== cafe ===
// Le café : le temps de la personne. Il raconte ce qu'il veut, dans l'ordre qu'il veut. La fierté et la peur de perdre arrivent ensemble ; écouter, c'est ne pas sauter sur la peur.
Il fait le café avec des gestes lents, appliqués. Deux tasses dépareillées : « Meilleur papa du monde » pour toi (« le comptoir familial, précise-t-il, pose pas de questions »), une tasse du Canadien pour lui.
Vous vous assoyez à la petite table, sous la fenêtre. Roger entre vous deux.
La première semaine, j'ai dormi à terre. Le lit était trop mou. Pis trop tranquille. J'entendais mon cœur. # speaker: Marc # mood: quiet
Il tourne sa tasse entre ses mains.
Faque quand le monde a commencé à venir, ça m'a fait du bien. Au début. # speaker: Marc
Il se penche vers toi et baisse la voix, comme si les murs écoutaient. # cue: leans_in # moment: open
Sauf que là, j'ai reçu ça. # speaker: Marc
Il montre, aimantée sur le frigo, une lettre de l'administration de l'immeuble : du bruit à trois heures du matin, le voisin d'en dessous s'est plaint. Premier avis.
Trois semaines, pis j'ai déjà une lettre. J'avais pas eu de clé à moi depuis 2016. J'ai peur de la perdre, tsé. Pour vrai. # speaker: Marc # mood: quiet
+ [L'écouter, sans rien proposer encore # act: listen]
    Tu hoches la tête. Tu laisses la peur prendre sa place sur la table, à côté des tasses.
    -> steve
+ [Lui dire qu'un premier avis, ce n'est pas une expulsion : il a encore de la marge # act: inform]
    Un premier avis, c'est pas une expulsion, tsé. T'as de la marge. # speaker: worker
    C'est ça que Sylvie dit. Mais la marge, a' fond vite, le vendredi. # speaker: Marc # mood: dry
    -> steve

=== steve ===
// Il parle de Steve, et il le défend avant même qu'on l'attaque : tout le monde lui dit quoi faire de ses amis. Ce sont ses amis ; c'est le moment de le respecter.
Marc regarde le sac de couchage kaki.
C'est à Steve. On s'est connus au parc, y'a sept ans. L'hiver 2019, y m'a ramené. J'étais bleu. Y'a appelé le 911, y m'a donné le Narcan. Sans Steve, y'aurait pas de porte 12. # speaker: Marc
Y dort ici trois, quatre nuits par semaine. Le vendredi, y'amène la gang. Y consomment ici. Moi aussi, des fois. Pas mal moins qu'avant. # speaker: Marc
Il croise les bras. # cue: arms_crossed # moment: guarded
Pis viens pas me dire de le mettre dehors. Sylvie me l'a dit, ma sœur me l'a dit. Je le sais, ce que le monde pense. # speaker: Marc # mood: firm
+ [Lui dire que ce sont ses amis, et que ce n'est pas à toi de décider qui il voit # act: accept]
    C'est tes amis. C'est pas à moi de décider qui tu vois. # speaker: worker
    -> demande_avis
+ [Lui dire franchement que ces gens-là vont lui faire perdre son logement, et qu'il devrait couper les ponts # act: opinion]
    -> ces_gens_la
+ [Laisser le silence, et boire ton café # act: hold]
    Tu bois ton café. Dehors, un camion de vidanges recule dans la ruelle en bipant. # sound: bus_engine
    -> demande_avis

=== ces_gens_la ===
// Juger ses amis, même pour le protéger. « Ces gens-là », il en était il y a trois semaines : le mot le range du côté de ceux qu'on surveille. Il venait de demander qu'on ne le dise pas.
Tsé, Marc, ces gens-là, y vont te faire perdre ton logement. À ta place, je couperais les ponts. # speaker: worker
Marc pose sa tasse. Il regarde par la fenêtre, longtemps. # cue: turns_away # moment: closed
« Ces gens-là. » Y'a trois semaines, « ces gens-là », c'était moi. Je suis quoi, astheure ? Un ancien de ces gens-là ? # speaker: Marc # mood: cold
+ [Reconnaître que c'était le mauvais mot, et t'excuser # act: accept]
    T'as raison. C'était pas le bon mot. Excuse-moi. # speaker: worker
    -> apres_excuse
+ [Lui proposer d'appeler toi-même l'administration, pour leur expliquer la situation avant une autre plainte # act: perche # topic: housing]
    Si tu veux, j'appelle l'administration, moi. Je leur explique ta situation avant qu'y ait une autre plainte. # speaker: worker
    -> appeler_pour_lui
+ [Lui dire que tu vas le laisser tranquille pour aujourd'hui # act: leave]
    Je vais te laisser tranquille pour aujourd'hui. # speaker: worker
    -> partir_tot

=== apres_excuse ===
// La réparation : reconnaître le mot, sans se justifier. Il reprend la parole là où il l'avait laissée.
Marc hausse les épaules, sans te regarder encore.
C'est correct. Tout le monde me parle de même, depuis que j'ai une clé. Comme si la clé venait avec une liste de monde à pus voir. # speaker: Marc # mood: dry # moment: guarded
-> demande_avis

=== demande_avis ===
// Une demande, enfin : il demande ton avis. La légitimité vient de là. Mais on lui demande un avis sur sa situation, pas un verdict sur Steve : on l'aide à regarder lui-même.
Marc décroise les bras. Il regarde le sac de couchage, puis toi.
Mais des fois, je sais pus trop. Le vendredi, j'ai hâte qu'y partent. Pis le samedi, je m'ennuie d'eux autres. Toi, t'en penses quoi ? # speaker: Marc # cue: eye_contact # moment: open
+ [Lui proposer de faire le tour ensemble : qui il voit, où, et comment il se sent après # act: ask]
    Veux-tu qu'on fasse le tour ensemble ? Pas pour juger personne. Juste : qui tu vois, où, pis comment tu te sens après. # speaker: worker
    -> inventaire
// Ici, le modèle ne voit qu'une opinion demandée dans un moment ouvert. Mais nommer Steve comme le problème, c'est juger une personne : l'autrice fixe l'effet.
+ [Lui dire ce que tu en penses : Steve profite de lui # act: opinion # trust: -5]
    -> jugement

=== jugement ===
// Il a demandé ton avis sur sa situation ; tu as jugé son ami. Il doit maintenant choisir entre toi et Steve, et il connaît Steve depuis plus longtemps.
Je pense que Steve profite de toi, Marc. # speaker: worker
Profiter. Steve m'a ramené, une fois. Y'a appelé le 911. Profiter. # speaker: Marc # mood: cold # cue: arms_crossed # moment: guarded
+ [Reconnaître que tu ne connais pas Steve, et lui proposer de regarder ça ensemble, à sa façon # act: accept]
    T'as raison, je le connais pas, Steve. Toi, tu le connais. Veux-tu qu'on regarde ça ensemble, à ta façon ? # speaker: worker
    Hm. Correct. # speaker: Marc
    -> inventaire
+ [Lui expliquer que tu dis ça pour le protéger # act: insist]
    Je dis ça pour te protéger, tsé. # speaker: worker
    -> porte_fermee

=== inventaire ===
// L'inventaire du réseau, fait par lui : qui, où, comment il se sent après. On ne trie pas les gens en bons et en mauvais ; on regarde ce que chaque relation lui fait. Remarquez qui tient le crayon.
~ feuille = true
Marc se lève, décroche la lettre du frigo, la retourne et prend un crayon.
Il écrit des noms, chacun dans un rond. Tu poses les questions ; c'est lui qui écrit.
Denis. On joue aux cartes au local, le mercredi. Denis, y consomme pus. Comment je me sens après ? Correct. J'ai gagné deux piasses. # speaker: Marc # mood: dry
Manon, ma sœur. Le dimanche, au téléphone. Après, j'ai le motton. Mais un bon motton. # speaker: Marc # mood: soft
Caro pis la gang du vendredi. Après ? Vidé. Pus de café, pus de lait, pus d'argent. Pis le voisin d'en dessous qui cogne dans le plafond. # speaker: Marc
Il s'arrête au dernier rond. Il écrit « Steve », l'efface, le réécrit. # cue: silence
Steve... ça dépend. Des fois, c'est comme avant, on rit. Des fois... Y m'a emprunté quatre-vingts piasses le premier du mois. Y décide quand y vient, quand y dort. Quand quelqu'un cogne, c'est lui qui répond. # speaker: Marc # mood: quiet
Des fois, je me sens comme la visite. Dans mon propre appart. # speaker: Marc # mood: quiet # cue: eye_contact
+ [Lui dire ce que tu remarques : avec Denis et Manon, c'est lui qui choisit quand ; avec Steve, on dirait que c'est Steve # act: opinion]
    -> observation
+ [Le laisser regarder sa feuille, sans rien ajouter # act: hold]
    -> la_feuille

=== observation ===
// Remarquer une relation de domination sans nommer personne comme méchant : on décrit qui décide, pas qui est bon. Et on lui laisse le dernier mot (« tu me diras si je me trompe »).
Je remarque une affaire, tu me diras si je me trompe. Avec Denis pis ta sœur, c'est toi qui choisis quand. Avec Steve, on dirait que c'est lui qui choisit. Pour vous deux. # speaker: worker
Marc regarde sa feuille un long moment.
Ouais. C'est ça. Y'est pas méchant, Steve. Y'est de même. Mais c'est ça. # speaker: Marc # mood: quiet
-> le_sac

=== la_feuille ===
// Se taire et laisser la feuille parler. Ce qu'il voit par lui-même, il le garde mieux que ce qu'on lui dit.
Tu bois ton café. Marc regarde sa feuille. Il tapote les ronds avec son crayon, un après l'autre.
C'est drôle. Denis, Manon, c'est moi qui appelle. Steve, c'est lui qui décide. Toute. # speaker: Marc # mood: quiet
Y'est pas méchant, Steve. Y'est de même. # speaker: Marc
-> le_sac

=== le_sac ===
// La peur concrète : le sac qu'il ne doit pas ouvrir, la police, le double de la clé. La peur appelle une solution rapide ; elle demande d'abord qu'on la laisse se dire.
Il montre du menton le sac vert, près de la salle de bain.
Pis y'a ça. Steve m'a dit : « Touche pas à ça, je repasse le chercher. » Ça fait dix jours. Je l'ai pas ouvert. # speaker: Marc
Il se lève, se rassoit. Sa jambe tressaute sous la table. # cue: agitated
Si la police rentre icitte pour le bruit, pis qu'y trouvent ça, c'est pas à Steve, c'est à moi. C'est mon bail. C'est moi qui retourne au parc. # speaker: Marc # mood: alarmed
Pis là, y veut un double de la clé. Au cas où, qu'y dit. # speaker: Marc
+ [Le laisser finir, sans proposer de solution encore # act: listen]
    -> respire
+ [Laisser un silence, le temps que sa jambe se calme # act: hold]
    -> respire
+ [Lui offrir d'appeler la police toi-même pour qu'ils viennent chercher le sac : ce ne serait plus son problème # act: urgent]
    Veux-tu que j'appelle la police, moi ? Y viendraient chercher le sac, pis ce serait pus ton problème. # speaker: worker
    -> appeler_pour_lui

=== respire ===
// Après la peur, il reprend son souffle. Il pose la question lui-même : c'est lui qui ouvre la suite.
Marc respire. Sa jambe s'arrête. # moment: open
Excuse. C'est ça que ça me fait, depuis deux semaines. Je dors pus. # speaker: Marc # mood: quiet
Faque... qu'est-ce que je fais avec toute ça ? # speaker: Marc
Tu ouvres la bouche pour répondre.
-> on_cogne

=== appeler_pour_lui ===
// Faire à sa place, même pour le protéger. Appeler l'administration ou la police, c'est décider pour lui, chez lui, de ce qui arrive à son bail et à son ami.
Non. Non, non, non. Personne appelle personne. # speaker: Marc # mood: alarmed # cue: agitated # moment: closed
Tu comprends pas. Si quelqu'un appelle, c'est moi qui saute. Pis Steve va savoir que ça vient d'icitte. # speaker: Marc
Il s'est levé. Il est debout près de la porte.
+ [T'excuser : c'est chez lui, c'est lui qui décide, et tu n'appelleras personne # act: step_back]
    Excuse-moi. C'est chez vous. C'est toi qui décides. J'appellerai personne. # speaker: worker
    Marc reste debout un moment, puis il se rassoit, lentement. # moment: guarded
    -> on_cogne
+ [Lui dire que tu vas y aller, et qu'il peut t'appeler quand il veut # act: leave]
    Je vais y aller. Tu peux m'appeler quand tu veux. # speaker: worker
    -> partir_tot
+ [Lui expliquer que c'est pour le protéger : s'il se fait prendre avec le sac, il perd tout # act: insist]
    C'est pour te protéger, Marc. Si y te pognent avec le sac, tu perds toute. # speaker: worker
    -> porte_fermee

=== on_cogne ===
// On cogne. Avec Steve derrière la porte, ce que Marc peut dire change d'un coup. Lire ce changement, se retirer et proposer de revenir le protège mieux que rester pour « l'appuyer ».
Trois coups à la porte. Forts. # sound: door
Marc ! C'est moi. Ouvre, man, y mouille. # speaker: Steve
{ feuille:
    Marc plie la lettre en quatre et la glisse dans sa poche. Il se lève. Il ne te regarde plus. # cue: turns_away # moment: closed
- else:
    Marc se lève d'un bond. Il ne te regarde plus. # cue: turns_away # moment: closed
}
Deux secondes ! # speaker: Marc # mood: alarmed
+ [Te lever, prendre ton manteau, et lui dire à voix basse que tu allais partir : jeudi prochain, même heure ? # act: step_back]
    -> on_se_reprend
+ [Lui demander à voix basse s'il veut que tu restes, pour l'appuyer # act: ask]
    Veux-tu que je reste ? # speaker: worker
    Marc ne répond pas. Il ouvre.
    -> rester_quand_meme
+ [Rester à table, pour te présenter à Steve quand il entre et lui montrer que Marc est bien entouré # act: inform]
    Tu ne bouges pas de ta chaise. Marc ouvre.
    -> rester_quand_meme

=== on_se_reprend ===
// Se retirer à temps, et proposer le retour avant de partir. Marc fixe lui-même les règles de la suite : ce qui est dit devant Steve, ce qui ne l'est pas, qui appelle.
Je vais y aller. Jeudi prochain, même heure ? # speaker: worker
Marc hoche la tête, une fois, vite. # cue: silence
Il ouvre. Steve entre avec la pluie : grand, maigre, un sourire à trous, un sac d'épicerie à la main. # sound: door
Tiens ! Marc reçoit, astheure. T'es qui, toi ? Sa T.S. ? # speaker: Steve # mood: amused
C'est quelqu'un du bus. Pour l'appart. # speaker: Marc # mood: quiet
Tu salues Steve d'un signe de tête poli, sans plus. Il te regarde de haut en bas, puis il va droit au frigo.
Dans le corridor, Marc tient la porte entrouverte derrière lui. # distance: far
Jeudi. Deux heures. Appelle pas avant : des fois, c'est Steve qui répond. Si ça change, c'est moi qui t'appelle. # speaker: Marc # mood: quiet
La porte se referme. Derrière, la voix de Steve qui rit, et celle de Marc qui rit un peu moins fort. # cue: turns_away
-> dehors

=== rester_quand_meme ===
// Rester pour l'appuyer : l'intention est belle. Mais devant Steve, chaque mot de ta part devient un mot de Marc qu'il devra expliquer après.
Steve entre avec la pluie, s'arrête en te voyant. Son sourire se fige, puis revient, plus large. # sound: door
Oh. De la visite. Je dérange-tu ? # speaker: Steve # mood: dry
Non, non. On avait fini, justement. # speaker: Marc # mood: quiet
Marc ne te regarde pas. Il ramasse les tasses, vite. Steve s'assoit sur le lit, sur les draps encore emballés, et attend que tu partes. # cue: arms_crossed
+ [Dire que tu allais partir, et proposer jeudi prochain à Marc, à la porte # act: leave]
    Je m'en allais. Jeudi prochain, Marc ? # speaker: worker
    Dans le corridor, Marc dit seulement : « Je vas t'appeler. » Il referme vite. # distance: far # cue: turns_away
    -> dehors
+ [Dire à Steve, gentiment, que Marc a besoin de dormir la nuit, avec son bail # act: opinion]
    Tsé, Steve, Marc a besoin de dormir la nuit. Avec son bail, pis toute. # speaker: worker
    -> porte_fermee

=== partir_tot ===
// Partir quand la porte s'est fermée : pas une défaite, une façon de lui laisser la suite.
Marc te raccompagne à la porte. Il ne dit pas « jeudi ». # distance: far
Merci pour la visite. Je vas t'appeler. # speaker: Marc # mood: quiet # cue: turns_away
-> dehors

=== dehors ===
// Après la visite : l'entente sur la présence, c'est aussi quand on revient. Il a dit qui appelle. Revenir avant, même par inquiétude, c'est entrer sans invitation.
Dehors, il pleut. Au troisième, la fenêtre de Marc est allumée ; Roger fait une petite ombre sur le rideau. # ambience: rain
Tu penses au sac vert, au double de la clé, à la lettre de l'administration.
+ [Attendre, comme convenu, et le laisser revenir vers toi # act: hold]
    -> jeudi
+ [Repasser demain matin, sans prévenir, pour t'assurer que Steve est reparti et que Marc va bien # act: visit]
    -> lendemain
+ [Lui texter ce soir pour savoir si ça va, avec Steve # act: ask]
    -> texto

=== lendemain ===
// Venir sans invitation, même par souci. Chez lui, c'est lui qui ouvre la porte, et quand. Ce qui était convenu hier était aussi une limite.
Le lendemain, 9 h. Tu cognes à la porte 12. # visit: 2 # sound: door # distance: far # moment: guarded
Un long silence. Puis la porte s'entrouvre de dix centimètres. Derrière Marc, quelqu'un dort par terre, la tête dans le sac kaki.
Qu'est-ce tu fais là ? On avait dit jeudi. # speaker: Marc # mood: cold # cue: arms_crossed # moment: closed
+ [T'excuser, et repartir tout de suite # act: step_back]
    Excuse-moi. T'as raison. Jeudi. # speaker: worker
    La porte se referme sans bruit. # sound: door
    Le mercredi, un texto : « pas cette semaine ». Deux semaines plus tard, il t'appelle du hall, comme la première fois. Tu reprends au début, au rythme de la porte 12. # end: ended
    -> END
+ [Lui dire que tu t'inquiétais, que tu voulais juste voir si ça allait # act: insist]
    Je m'inquiétais. Je voulais juste voir si ça allait. # speaker: worker
    Ça va. Ça allait mieux avant que tu cognes. # speaker: Marc # mood: cold # cue: turns_away
    La porte se referme. Le jeudi, il ne répond pas. Au bus, il prend ses kits et repart sans jaser. Tu attendras qu'il revienne vers toi. # end: ended
    -> END

=== texto ===
// Un texto, c'est aussi une visite : il avait dit que Steve répond, des fois, et que c'est lui qui appellerait.
Tu lui écris : « Ça va ? Steve est-tu reparti ? »
Pas de réponse. Le lendemain midi, un seul mot : « oui ». Rien d'autre.
-> jeudi

=== porte_fermee ===
// Expliquer ses bonnes raisons après un non. Il n'a pas crié ; il a fermé. Le lien est en pause, pas perdu : c'est lui qui rappellera, ou pas.
Marc ouvre la porte de l'appartement et la tient ouverte. Il ne crie pas. Il est poli, ce qui est pire. # cue: turns_away # moment: closed
Merci pour la visite. # speaker: Marc # mood: cold
Dans le corridor, ça sent la peinture fraîche. La porte 12 se referme doucement derrière toi. # distance: far # sound: door
Le jeudi suivant, il n'appelle pas. Sylvie te fait dire qu'il va bien, et qu'il te fera signe. Tu attends qu'il le fasse. # end: ended
-> END

=== jeudi ===
// Deuxième visite, au jour dit. La bande du lien (calculée par le moteur) colore l'accueil : une porte ouverte avant qu'on cogne, ou une porte qu'il faut attendre.
Le jeudi suivant, 14 h. Porte 12. # visit: 2 # ambience: neutral # distance: far # moment: guarded
{ link == "solid" or link == "building":
    La porte s'ouvre avant que tu cognes. Marc t'attendait à la fenêtre. # cue: eye_contact
    Encore à l'heure. On va finir par se ressembler. # speaker: Marc # mood: amused
- else:
    Tu cognes. Il faut un moment avant que la porte s'ouvre. Marc te regarde comme au bus, les premières années.
    Ah. Jeudi. Rentre. # speaker: Marc # mood: wary
}
Tu entres. Le sac de couchage kaki n'est plus là. Le sac vert, oui. Roger est toujours sur le rebord. # distance: near
Marc s'assoit. Il a les yeux cernés.
Vendredi, y sont venus. Cinq. J'ai pas été capable de dire non. Le voisin a cogné dans le plafond jusqu'à quatre heures. # speaker: Marc # mood: quiet
Il regarde ailleurs, vers la ruelle. # cue: turns_away
+ [L'écouter, sans commenter # act: listen]
    -> ecoute
+ [Lui rappeler doucement ce que vous aviez remarqué, sur Steve et la gang du vendredi # act: opinion]
    Tsé, c'est un peu ce qu'on avait vu ensemble, avec Steve pis la gang du vendredi. # speaker: worker
    -> deja_su
+ [Lui proposer d'en parler à Sylvie tout de suite, avant le prochain avis # act: perche # topic: housing]
    Ce serait peut-être le temps d'en parler à Sylvie, avant le prochain avis ? # speaker: worker
    -> deja_su

=== deja_su ===
// Il raconte une soirée difficile ; il n'a pas besoin qu'on lui rappelle la leçon, ni qu'on lui trouve une démarche. Il avait besoin qu'on l'écoute d'abord.
Je le sais. C'est pour ça que je te le dis. Pas pour que tu me le redises. # speaker: Marc # mood: cold # cue: arms_crossed # moment: guarded
+ [Lui dire qu'il a raison, et l'écouter # act: accept]
    T'as raison. Vas-y. Je t'écoute. # speaker: worker
    -> ecoute
+ [Lui dire que tu vas le laisser se reposer, et repartir # act: leave]
    Je vais te laisser te reposer. # speaker: worker
    Ouais. C'est ça. Je vas t'appeler. # speaker: Marc # mood: quiet # cue: turns_away
    Il ne rappelle pas cette semaine-là. Ni la suivante. Au bus, il te salue de loin. Tu ne t'approches pas plus que ça. # end: ended
    -> END

=== ecoute ===
// Écouter, puis voir revenir la feuille. Il l'a gardée dans sa poche toute la semaine : la demande est là, et elle est à lui.
Il raconte. Caro qui a pleuré dans la salle de bain. Steve qui a fouillé dans son frigo. Lui qui est allé marcher jusqu'au fleuve à deux heures du matin pour avoir la paix. Hors de son propre appart.
Il sort de sa poche la lettre de l'administration, pliée en quatre. { feuille: Les ronds sont toujours là, au dos. Il en a ajouté un, tout petit : Roger. | Il la retourne et, pendant que tu l'écoutes, il écrit des noms au dos, chacun dans un rond : Denis, Manon, Caro, Steve. Et un tout petit : Roger. }
~ feuille = true
Faque. On était rendus où, la semaine passée, quand Steve a cogné ? Qu'est-ce que je fais avec toute ça ? # speaker: Marc # cue: eye_contact # moment: open
+ [Lui nommer quelques options concrètes, et lui dire que c'est lui qui choisit # act: perche]
    -> options
+ [Lui dire que la vraie solution, c'est de ne plus ouvrir à Steve ni à la gang # act: insist]
    -> couper

=== couper ===
// Revenir à « coupe les ponts ». Même dit avec douceur, c'est une solution à la place de la sienne. Il répond par une blague : c'est sa façon de dire non.
La vraie solution, Marc, ce serait de pus leur ouvrir. Ni à Steve ni à la gang. # speaker: worker
Couper. Comme Hydro coupe l'électricité. Pis le samedi, je jase avec Roger. # speaker: Marc # mood: dry # cue: changes_subject # moment: guarded
Y'en a-tu d'autres, des solutions, dans ton sac, à part les kits ? # speaker: Marc
+ [Suivre sa blague, et lui montrer quelques options, qu'il choisira # act: accept]
    -> options
+ [Lui dire que tu lui as dit ce que tu pensais, et partir là-dessus # act: leave]
    C'est ce que je pense. Je te laisse y penser. # speaker: worker
    Marc te regarde partir sans se lever. « C'est ça », dit-il, à Roger plus qu'à toi. # cue: turns_away
    Il rappelle trois semaines plus tard, pour une affaire de chèque. Il ne reparle pas de Steve. # end: ended
    -> END

=== options ===
// Tendre des perches : plusieurs options concrètes, posées sur la table comme des cartes. C'est lui qui les retourne, une à une. Et il en refuse une : c'est son droit, et c'est son plan qui commence.
Tu prends son crayon et tu écris, sous les ronds, quatre petites lignes. Tu les lis à voix haute, une à la fois.
Un : une phrase toute prête pour dire non. Courte. « Pas à soir, man. » # speaker: worker
Deux : le bus, le mardi au parc Morgan, au lieu du vendredi au métro Joliette. Ou le local un autre jour que le vendredi. Ça change qui tu croises, pis quand. # speaker: worker
Trois : une serrure. Un cadenas sur ta garde-robe. Pis le double de la clé, tu le fais faire pour personne. # speaker: worker
Quatre : Sylvie. Lui parler du sac, avant que quelqu'un d'autre le trouve. # speaker: worker
C'est toi qui choisis. Une, deux, aucune. Pis ça peut changer. # speaker: worker
Marc relit les quatre lignes, le crayon entre les dents.
Le un, ça me fait rire. « Pas à soir, man. » Steve va me rire dans face. # speaker: Marc # mood: amused
Le deux... Le mardi, y'a moins de monde. Mais le mercredi, les cartes avec Denis, ça, je lâche pas. # speaker: Marc
Le trois. Le double, y l'aura pas. Ça, je le sais depuis que je l'ai écrit. # speaker: Marc # mood: firm
Il tape sur la quatrième ligne avec le crayon.
Le quatre, non. Sylvie, a' va le dire à l'administration. Pis Steve va savoir que c'est moi. Non. # speaker: Marc # cue: arms_crossed # moment: guarded
+ [Lui dire que c'est correct : Sylvie, c'est non, pour l'instant # act: accept]
    C'est correct. Sylvie, c'est non. Pour l'instant, ou pour toujours : c'est toi qui vois. # speaker: worker
    -> son_plan
+ [Insister : Sylvie est là pour l'aider, pas pour le dénoncer # act: insist]
    Sylvie est là pour t'aider, tsé. Pas pour te dénoncer. # speaker: worker
    -> sylvie_non
+ [Lui proposer d'aller voir Sylvie avec lui, pour que ce soit moins gênant # act: perche # topic: appointment]
    Je pourrais aller la voir avec toi, si tu veux. Ce serait moins gênant. # speaker: worker
    -> sylvie_non

=== sylvie_non ===
// Un refus, puis une deuxième perche sur le même sujet. Même l'accompagnement, offert après un non, devient une façon de pousser. Le refus est sa position, pas un obstacle à contourner.
J'ai dit non. T'es pire que ma sœur. # speaker: Marc # mood: firm # cue: turns_away # moment: closed
+ [Lui dire OK : non, c'est non # act: accept]
    OK. Non, c'est non. # speaker: worker
    Marc souffle par le nez. Presque un rire. # moment: guarded
    -> son_plan
+ [Lui dire que tu vas le laisser avec sa feuille, et repartir # act: leave]
    Je te laisse avec ta feuille. # speaker: worker
    Il ne se lève pas pour te raccompagner. Le jeudi suivant, un texto : « pas cette semaine ». Le lien est là, en pause, au bout d'un lacet de bottine. # end: ended
    -> END

=== son_plan ===
// Le plan de changement est le sien : il commence par la clé, même si tu aurais commencé par le sac. Dire son avis une fois, puis suivre. Toujours renégociable.
Marc pointe deux lignes sur la feuille. # cue: eye_contact # moment: open
Moi, je commence par la clé. Pis le mardi au bus. Le reste, on verra. # speaker: Marc
Tu regardes le sac vert, près de la salle de bain. Toi, tu aurais commencé par le sac.
+ [Lui dire franchement, une fois, que le sac t'inquiète plus que la clé, et que tu le suis quand même # act: opinion]
    Je vais te le dire une fois : le sac m'inquiète plus que la clé. Mais c'est ton plan. Si tu commences par la clé, je te suis. # speaker: worker
    Marc sourit, en coin. # cue: smiles
    Le sac, je vas y penser. Le sac, c'est Steve. Pis Steve, c'est plus compliqué qu'une clé. # speaker: Marc # mood: quiet
    -> la_phrase
+ [Le suivre dans son choix, sans rien ajouter # act: accept]
    La clé pis le mardi. Correct. # speaker: worker
    -> la_phrase
+ [Lui expliquer qu'il faudrait régler le sac d'abord, avant tout le reste # act: insist]
    Je pense qu'il faudrait régler le sac d'abord, Marc. Avant toute le reste. # speaker: worker
    -> sac_dabord

=== sac_dabord ===
// Remplacer sa priorité par la tienne. Même si tu as raison sur le sac, le plan devient le tien, et il le sait.
Wo. C'est mon plan ou le tien ? # speaker: Marc # mood: firm # cue: arms_crossed # moment: guarded
+ [Reconnaître que c'est le sien, et le suivre # act: accept]
    Le tien. La clé pis le mardi. # speaker: worker
    Bon. # speaker: Marc
    -> la_phrase
+ [Lui dire que c'est le sien, mais que le sac ne peut pas attendre # act: insist]
    C'est le tien. Mais le sac, ça peut pas attendre. # speaker: worker
    -> porte_fermee

=== la_phrase ===
// Apprendre à dire non, ça se pratique. Il fait des blagues : c'est sa façon d'essayer sans avoir l'air d'essayer.
Marc se lève, va à la porte, et se tourne vers elle comme si quelqu'un venait de cogner.
Pas à soir, man. # speaker: Marc # mood: firm
Il se retourne vers toi.
Trop sec ? Pas assez ? Y va me dire que j'ai changé. # speaker: Marc # mood: amused # cue: smiles
+ [Rire avec lui, et lui dire que la phrase est à lui : il l'arrange comme il veut # act: small_talk]
    T'as le droit d'avoir changé un peu. Pis la phrase est à toi. Arrange-la comme tu veux. # speaker: worker
    Pas à soir, mon Steve. Ça, c'est moi. # speaker: Marc # mood: amused
    -> kits
+ [Le laisser l'essayer encore, sans commenter # act: hold]
    Il l'essaie encore, plus bas. Puis une troisième fois, avec « mon Steve » au bout. Celle-là, il la garde.
    -> kits

=== kits ===
// L'étape matérielle, toujours là : du matériel neuf et de la naloxone, sans question. S'il y a de la consommation chez lui, une trousse sur le frigo protège tout le monde, Steve compris.
Avant que tu partes, Marc se gratte la nuque.
Une dernière affaire. T'as-tu des kits ? Pis l'affaire, là, le Narcan. Si y consomment icitte, aussi ben qu'y en ait un sur le frigo. # speaker: Marc
+ [Lui donner du matériel neuf et une trousse de naloxone, sans poser de question # act: material]
    -> trousse
+ [Lui demander d'abord combien de personnes consomment chez lui, et quoi # act: ask]
    Combien de monde consomme ici, à peu près ? Pis quoi ? # speaker: worker
    Marc lève un sourcil. # cue: silence
    Ça change-tu de quoi au Narcan ? # speaker: Marc # mood: dry
    Non. Ça change rien. # speaker: worker
    -> trousse

=== trousse ===
// Une information exacte, parce qu'il l'a demandée : la naloxone pour une surdose d'opioïdes, le 911 quand même, rester avec la personne. Rien de plus.
Tu sors de ton sac du matériel neuf, des condoms et une trousse de naloxone.
Si quelqu'un répond pus pis respire mal : tu appelles le 911, tu donnes le Narcan, pis tu restes avec. Même si y se réveille. # speaker: worker
Comme Steve, en 2019. # speaker: Marc # mood: quiet
Il aimante la trousse sur le frigo, à la place où il y avait la lettre.
-> fin

=== fin ===
// La bonne fin est petite : un plan à lui, une date qu'il fixe, un verrou qu'il tourne. Le lien est gardé.
Dans le corridor, Marc tient la porte. # distance: far
Dans deux semaines ? C'est moi qui appelle. # speaker: Marc
C'est toi qui appelles. # speaker: worker
Pis si c'est Steve qui répond à ma place, raccroche. Ça va vouloir dire que le numéro un marche pas encore. # speaker: Marc # mood: amused # cue: smiles
La porte 12 se referme. De l'autre côté, tu entends le verrou tourner, une fois. # sound: door # end: kept
-> END

=== link_broken ===
// Atteint seulement quand le modèle de confiance juge le lien brisé (trop de précipitations en peu de temps). Jamais de divert ici dans l'histoire. Au débriefing : qu'est-ce qui a été décidé à sa place, chez lui ?
À la porte 12, Marc te remercie, poliment. Trop poliment. Puis la porte se referme. # cue: turns_away # moment: closed
Les semaines suivantes, il n'appelle pas. Au bus, il prend ses kits et repart sans jaser.
Sylvie te fait savoir qu'il va bien, et qu'il ne veut plus de visites pour l'instant. Tu ne sais pas ce qui est arrivé au sac vert, ni au double de la clé. # end: broken
-> END
