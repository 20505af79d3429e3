# title: The Thursday Bus
# lang: en
# setting: bus
# time: Thursdays, 2:10 p.m., October to January
# character: Réjean
# look: older_man_cap
# wariness: 4
# summary: Your first Thursdays on the outreach bus, parked behind Frontenac metro. Réjean, a man in his fifties, comes every week for his supplies, and nothing else. Three Thursdays, weeks apart. The task: never break the link, even if you stay at the supplies stage. Staying there is already a success.
# duration: 12
# concepts: lien, non-demande, rythme, voisinage-courtois, suggestion-legitime
# warning: injection drug use, death of a friend mentioned (overdose), a bad hospital experience mentioned

// Set by the engine: fragile | building | solid | broken. Never assign it here.
VAR link = "fragile"
// First Thursday: the question about his hand, asked at the door, in front of the line.
VAR hand_asked = false
// First Thursday: whether he left with his new supplies.
VAR served = false
// Second Thursday: the bus went to his place, or the street was asked where he was.
VAR visited_home = false
VAR asked_street = false

-> premier_jeudi

=== premier_jeudi ===
// The frame. At the bus, a person may come for years for supplies and nothing else: that is a complete intervention. Ask trainees: what does "success" mean with Réjean?
A Thursday in October, a little before two. The outreach bus is parked behind Frontenac metro, engine off, door open onto the sidewalk. # ambience: bus # moment: guarded
It's your first Thursday on board. Nadia, who has worked the bus for nine years, is sorting the boxes of syringes by size. Francine, the Thursday nurse, is doing her crossword on the middle bench.
At the back, a pale blue curtain closes off the little corner: two benches, a fold-down shelf, the only spot on the bus where you can talk without being overheard. The curtain has a tear near the rod.
By the door there's the counter, the stacked boxes of syringes, the brown paper bags, and a big yellow bin for used supplies.
At ten past two you're going to see Réjean. He comes for his supplies. He's been coming for eight years, and for eight years that's all he's taken. And that's fine. # speaker: Nadia
And he's formal with everybody. Nine years I've been calling him Réjean, and he still calls me Madame Nadia. You, keep it polite and formal till he says otherwise. # speaker: Nadia # mood: amused
At ten past two, a man in his fifties sits down on the bench in the bus shelter, ten metres away. A wool coat too big for him, an Expos cap, a folded grocery bag in his hand. # distance: far
Two people are waiting at the door. He doesn't join the line: he waits for it to clear. And he's looking at you, the new face. # cue: eye_contact
+ [Give him a nod from the door, and let him come up in his turn # act: greet]
    -> signe_de_tete
+ [Step down and bring him a kit at the bench: it'll save him the wait # act: approach]
    -> au_banc
+ [Stay inside next to Nadia, and keep putting kits together # act: hold]
    -> il_observe

=== signe_de_tete ===
// A hello that asks for nothing. The line, the wait, the order of arrival: he chose them, and you leave them to him.
You give him a nod from the step. He returns it with the brim of his cap. Barely.
The line clears. He gets up, smooths out his grocery bag and comes to stand at the foot of the steps. # distance: near # sound: footsteps
-> a_la_porte

=== il_observe ===
// Doing nothing special is a way of being there too. He looks the new face over first: let him look.
You stay next to Nadia. You fold brown paper bags, you count alcohol swabs. Out of the corner of your eye, you see him watching you.
The line clears. He gets up and comes to stand at the foot of the steps. # distance: near # sound: footsteps
Your first Thursday. # speaker: Réjean # mood: dry
It isn't a question. He looks like he's known every face on this bus for eight years.
-> a_la_porte

=== au_banc ===
// Going out to meet him, in front of the line. The gesture is helpful; to him, the whole street just watched the bus come to fetch him at the bench.
You go down the steps with a kit and cross to the bench. You stop right in front of him. # distance: close # sound: footsteps
He's on his feet at once. The two people in line turn around. # cue: steps_back # moment: closed
I can manage three steps, thank you. # speaker: Réjean # mood: cold
He doesn't take the kit. He looks past your shoulder, toward the bus door, toward Nadia.
+ [Apologize, get back on the bus and let him come up in his turn # act: step_back]
    Sorry. I'll wait for you up there. # speaker: worker
    You climb back in. Nadia says nothing; she hands you a stack of bags to fold. # distance: far
    -> il_revient
+ [Set the kit on the bench beside him, and go back up without a word # act: material]
    You set the kit on the bench and go back up. He doesn't pick it up. # distance: far
    -> il_revient
+ [Explain it was to save him the line, and hold out the kit again # act: insist]
    It was just so you wouldn't have to wait... # speaker: worker
    He doesn't answer. He waits, hands in his pockets, for you to go. You climb back in. # distance: far
    -> il_revient

=== il_revient ===
// After a misstep, he goes back to his ritual. Let him have it: that is the repair.
He waits for the line to clear, as usual. Then he comes to the foot of the steps, without looking at you. # distance: near # moment: guarded
-> a_la_porte

=== a_la_porte ===
// The bus door opens onto the sidewalk: whatever is said there gets heard. Discretion is part of the agreement on presence.
Afternoon, Madame Nadia. # speaker: Réjean
Two boxes of ten, swabs, and a kit. Same as usual. # speaker: Réjean
Nadia gives you a nod: you're serving.
In the bus shelter, a woman is rocking a stroller. Two guys are smoking at the curb, close enough to hear everything.
When he holds out his grocery bag, you see the back of his right hand: swollen, red, an old Band-Aid peeling off.
+ [Get him what he asked for, no questions # act: material]
    -> servi
+ [Ask him, as you hand him the bag, if he's had his hand looked at # act: ask]
    -> la_main
+ [While he's here, walk him through everything the bus offers # act: inform]
    -> la_pub

=== la_main ===
// A health question, at the door, in front of the line. The concern is right; the place and the moment are not. To him, the street just learned something about his body.
~ hand_asked = true
Have you had that hand looked at? It looks infected. # speaker: worker
The two guys stop talking. The woman with the stroller looks up.
Réjean pulls his sleeve down over his hand, slowly. # cue: turns_away # moment: closed
My hand is just fine, thank you. Two boxes of ten, swabs, and a kit. # speaker: Réjean # mood: cold
+ [Get his bag ready, in silence # act: material]
    -> servi
+ [Apologize, quietly, and get his bag ready # act: accept]
    Sorry. That wasn't the place. # speaker: worker
    He doesn't answer. But he nods, once.
    -> servi
+ [Explain, more quietly, that an infection like that can get serious # act: insist]
    I only mention it because an infection like that can get serious, fast. # speaker: worker
    -> il_part

=== la_pub ===
// The new person's pitch. Nothing false in it, but he didn't ask, and he knows the bus better than you do. Information is a door left ajar, not a guided tour.
You tell him about Francine, the Thursday nurse, about testing, detox, the emergency beds, the drop-in, the Tuesday meals. You can hear yourself talking fast.
He waits, his grocery bag open, for you to finish. # cue: silence
I've been coming here eight years, kid. I could give you the guided tour. # speaker: Réjean # mood: amused
Behind you, Nadia muffles a laugh in her sleeve.
Two boxes of ten, swabs, and a kit. # speaker: Réjean
+ [Get his bag ready, and say nothing more # act: material]
    -> servi

=== servi ===
// The supplies stage. New supplies with no question attached: a complete intervention. Some people stay here for years, and the link holds. Notice what he brings back, too: he takes care of his things his own way.
~ served = true
You get the bag ready: two boxes of ten syringes, alcohol swabs, a kit with the sterile water, the filters and the little cookers. You hand it to him through the door. # moment: guarded
He checks it at a glance, folds the bag in four and slips it into the inside pocket of his coat.
At the foot of the steps, he drops a sealed container of used supplies into the yellow bin. Every Thursday, Nadia told you. Hasn't missed once in eight years.
Thank you. # speaker: Réjean
{ hand_asked:
    He stays a second at the foot of the steps, hand in his pocket. He's looking at the street, not at you. # cue: silence
- else:
    He stays a second at the foot of the steps and looks the bus up and down: the hood, the tires, the rust on the fender. # cue: silence
    How many kilometres has this one done? It coughs worse than I do in the morning. # speaker: Réjean # mood: dry
}
+ [Wish him a good Thursday, and let him go # act: leave]
    -> a_jeudi
+ [Tell him Francine, the nurse, is on board: she could look at his hand, it's quick # act: perche # topic: nurse]
    -> perche_infirmiere
+ [Mention that if he ever thinks about detox, there are spots open this week # act: perche # topic: detox]
    -> perche_desintox

=== perche_infirmiere ===
// A perche, on the first Thursday. The nurse is a good idea; offered before any link, it's one more service he didn't ask for. His refusal has a history (fourteen hours in emergency). Notice how he changes the subject: that's his way of saying "enough".
Francine's on board today. She could take a look at your hand, two minutes, in the back. # speaker: worker
He looks at the curtain at the back, then at his hand, then at you.
Hospitals, nurses, I've done my time. Fourteen hours in emergency, last time, to get talked to like a dog. # speaker: Réjean # mood: cold # cue: arms_crossed
He turns up his collar and looks toward Ontario Street.
Think they'll ever finish the roadwork on Ontario? Three years they've been digging the same hole. # speaker: Réjean # mood: dry # cue: changes_subject
+ [Answer him about the roadwork, and leave his hand where he left it # act: accept]
    -> les_travaux
+ [Insist: Francine isn't the hospital, and it would only take two minutes # act: insist # topic: nurse]
    Francine's not the hospital, I swear. Two minutes, that's all. # speaker: worker
    -> il_part
+ [Wish him a good Thursday, and let him go # act: leave]
    -> a_jeudi

=== perche_desintox ===
// Detox, on the first Thursday, at the door. He asked for nothing, and this perche talks about his use in front of the street. He knows the offer better than you; his refusal has a history.
And if you ever think about it, detox, there are spots open this week. # speaker: worker
One of the two smokers snickers. Réjean doesn't turn around.
Detox, kid, I've done it three times. I know the menu by heart. Tuesday's shepherd's pie too. # speaker: Réjean # mood: cold # cue: arms_crossed
He turns up his collar and looks toward Ontario Street.
Think they'll ever finish the roadwork on Ontario? Three years they've been digging the same hole. # speaker: Réjean # mood: dry # cue: changes_subject
+ [Answer him about the roadwork, and leave detox where he left it # act: accept]
    -> les_travaux
+ [Insist: things have changed since, some places are much better now # act: insist # topic: detox]
    It's changed, you know. Some places are way better now. # speaker: worker
    -> il_part
+ [Wish him a good Thursday, and let him go # act: leave]
    -> a_jeudi

=== les_travaux ===
// Following his change of subject. He closed a door; you follow him into the hole on Ontario Street. That's how the link mends.
Three years? I thought it was a monument. # speaker: worker
He breathes out through his nose. Not quite a laugh. # cue: smiles
A monument to orange cones. Well. See you Thursday. # speaker: Réjean # mood: dry
-> apres_le_premier

=== a_jeudi ===
// Ending on time. A "good Thursday" asks nothing of him and leaves him next week.
Have a good Thursday, Réjean. # speaker: worker
He touches the brim of his cap.
See you Thursday. # speaker: Réjean
-> apres_le_premier

=== apres_le_premier ===
// Keeping quiet is not ignoring. Nadia says what will happen with the hand: mention it once, inside, not in front of the street, when he can hear it. The worry waits for its moment.
He heads off toward Ontario Street, hands in his pockets, in no hurry. # sound: footsteps
At the corner, a thin man in a hoodie is waiting for him, smoking. They walk off together.
That's Gilles. He never gets on the bus. The two boxes: one's for him, one's for Gilles. # speaker: Nadia
She closes the box of syringes.
{ hand_asked:
    I saw his hand too. But the door is the sidewalk: what you say there, the street hears. # speaker: Nadia # mood: quiet
- else:
    You saw his hand? Me too. # speaker: Nadia # mood: quiet
}
We'll bring it up once. Inside, not in front of people, on a day he can hear it. Might not be for a while. # speaker: Nadia
-> deuxieme_jeudi

=== il_part ===
// Insisting after a refusal or a change of subject. The intention is care; to him, it's one more person deciding for him. He leaves. If he didn't get his bag, he leaves without new supplies: that's the real cost, to his health.
He raises his hand, palm toward you. That's enough. # cue: turns_away # moment: closed
Okay. Thanks. Have a good day. # speaker: Réjean # mood: cold
{ not served:
    He leaves without his bag. Without his new supplies.
}
He walks off toward Ontario Street without looking back. # sound: footsteps
The next two Thursdays, the bench in the bus shelter is empty at ten past two. "There's the pharmacy, there's the drop-in," Nadia says. "He'll come back, or he won't. We'll be here." # end: ended
-> END

=== deuxieme_jeudi ===
// Presence that comes back, same place, same time. He comes to the bus; the bus doesn't go to his place. The agreement on presence covers places, and discretion.
Three weeks later. November. It's pouring, a cold rain drumming on the roof of the bus. # visit: 2 # ambience: rain
You know the bus better now: the boxes, the sizes, the regulars, Nadia's thermos of coffee.
Ten past two. The bench in the bus shelter is empty. # distance: far
Two twenty-five. Still nobody. Nadia checks the time and says nothing.
Steve, the driver, turns around in his seat.
Your Réjean lives in the rooming house on Dufresne, three blocks from here. I can swing around the block that way, if you want to see if he's okay. # speaker: Steve
In the bus shelter, two regulars are waiting for the 125. They know everybody.
+ [Wait at the door: the bus is here till three, that's the arrangement # act: hold]
    -> il_arrive
+ [Say yes to Steve: swing by the rooming house, to see if he's all right # act: visit]
    -> devant_chez_lui
+ [Ask the guys in the bus shelter if they've seen Réjean go by # act: ask]
    -> la_rue_sait

=== devant_chez_lui ===
// Going to a person's place uninvited, even out of concern. The bus has a logo, and the neighbourhood can read: to him, it's his address and his use announced to the whole porch.
~ visited_home = true
Steve goes around the block. The bus slows in front of the rooming house, a grey triplex with a row of mailboxes. # sound: bus_engine
On the balcony, Réjean is smoking with a man in an undershirt. He sees the bus. He sees the logo on its side. His face shuts.
He comes down the steps in the rain, all the way to the bus window. # distance: near
What are you doing in front of my place with that thing? The landlord can read, you know. # speaker: Réjean # mood: angry # cue: agitated # moment: closed
+ [Apologize, and ask Steve to pull away right now # act: step_back]
    Sorry. We're going. # speaker: worker
    Steve pulls away. In the mirror, Réjean stands in the rain, arms folded. # distance: far
    -> il_arrive
+ [Explain that you were worried, since he hadn't come # act: insist]
    -> pas_de_visite

=== pas_de_visite ===
// Explaining your good reasons after he said no. He hears that the bus knows better than he does where he should be, and when. He gets his supplies elsewhere: he's okay, but the link with the bus is on hold.
We were worried, you hadn't come... # speaker: worker
I'm late. That's all. The 125 didn't come. # speaker: Réjean # mood: cold
Don't come by here again. # speaker: Réjean # mood: cold # cue: turns_away
He goes back up to the balcony. The man in the undershirt watches you pull away.
The following Thursdays, he doesn't come. In January, Nadia hears at the drop-in that he gets his supplies at the pharmacy on Ontario. He's okay. He doesn't come back to the bus. # end: ended
-> END

=== la_rue_sait ===
// Asking the street where someone is. The intention is good; but here everybody knows everybody, and the question travels faster than the bus.
~ asked_street = true
You lean out the door. # distance: near
You guys haven't seen Réjean, by any chance? The man with the Expos cap? # speaker: worker
One of them shrugs: the 125 is late, he must be on it. The other takes out his phone and types something, with a little smile.
You step back in. # distance: far
-> il_arrive

=== il_arrive ===
// He arrives on his own time. The invitation to come in is Nadia's, not his: it opens the bus door, not yet the door to a conversation.
Ten to three. Réjean arrives at a half-run, collar up, soaked to the bone. # sound: footsteps
{
- visited_home:
    He climbs the first step without saying hello. He's dripping on the floor. # moment: guarded
    Next time, no house calls like the parish priest. I come to the bus. The bus doesn't come to my place. # speaker: Réjean # mood: firm
- asked_street:
    I hear you were looking for me. All of Ontario Street knows it now. # speaker: Réjean # mood: dry # moment: guarded
    The 125 didn't come. I'm late, that's all. # speaker: Réjean
- else:
    The 125 went by full. Left me on the sidewalk like a forgotten umbrella. # speaker: Réjean # mood: dry
}
Come on in, Réjean, it's pouring. Sit down two minutes till it eases up. # speaker: Nadia
He hesitates on the step. Then he climbs in and sits on the little bench by the door, the grocery bag on his knees. Water runs off his cap. # distance: near
Nadia passes you the thermos. In the clothing bin there are wool socks, still in their packaging.
+ [Pour him a coffee, and stay on your side, by the counter # act: hold]
    You hand him a coffee and go back to lean on the counter. He holds the cup in both hands.
    -> le_rideau
+ [Sit down next to him on the little bench, for a chat # act: approach]
    -> trop_pres
+ [Offer him a pair of dry socks from the bin, and say nothing more # act: material]
    There are dry socks, if you want. Wool ones. # speaker: worker
    Wool socks. Now you're playing on my feelings. # speaker: Réjean # mood: dry
    He slips them into his coat pocket, with the grocery bag.
    -> le_rideau

=== trop_pres ===
// Sitting right next to him: warm, but the bench is narrow, and the invitation to come in was Nadia's, not his. On a bus, the right distance is measured in centimetres.
You sit down next to him. The bench is narrow: your shoulders almost touch. # distance: close
He shifts to the far end of the bench, against the door. The grocery bag changes knees. # cue: steps_back
+ [Get up and go get him a coffee from the counter # act: step_back]
    I'll get you a coffee. # speaker: worker
    You get up. You hand him the coffee from arm's length, and stay at the counter. # distance: near
    -> le_rideau
+ [Stay sitting next to him, and ask him how he's doing, really # act: ask]
    So how are you doing? Really? # speaker: worker
    Wet. I'm doing fine, wet. # speaker: Réjean # mood: cold
    He watches the rain. Eventually you get up. # distance: near
    -> le_rideau

=== le_rideau ===
// He talks about himself, his way, through a detail of the bus: a door half-opened, then shut. The silence after belongs to him. He's testing: "will they walk in without my invitation?"
The bus smells of coffee and wet coat. The rain drums on the roof.
Réjean is looking at the back of the bus, the pale blue curtain, the tear near the rod.
Your curtain's still torn. # speaker: Réjean # mood: dry
At the Bijou, on Ontario, a torn curtain was a professional disgrace. I was projectionist there twenty-two years. Up top, in the booth. # speaker: Réjean
The Bijou closed in 2003. After that... # speaker: Réjean # mood: quiet
He stops and watches the rain run down the window. # cue: turns_away
+ [Let the silence do its work, and watch the rain with him # act: hold]
    -> la_cabine
+ [Ask him gently what happened, after it closed # act: ask]
    -> apres_ca
+ [Tell him frankly it must have been hard, and that he looks tired lately # act: opinion]
    -> trop_franc

=== apres_ca ===
// He had stopped at the edge of his story. Walking in for him, however gently, is stepping over his limit. He comes back to the bus all the same: he doesn't drop you, he closes the door.
What happened, after? # speaker: worker
After, there was after. # speaker: Réjean # mood: cold # moment: closed
He takes a sip. He doesn't say anything for a long while. # cue: silence
Well. Coffee's good, at least. # speaker: Réjean # mood: dry # moment: guarded
-> la_main_guerie

=== trop_franc ===
// A frank opinion, too soon: with the link, everything can be said; on the second Thursday, it's a verdict on his life. He answers with humour, and he closes.
That must have been hard. And honestly, you look tired these days. # speaker: worker
And you look like somebody in their second month. # speaker: Réjean # mood: cold # moment: closed
He takes a sip. He doesn't say anything for a long while. # cue: silence
Well. Coffee's good, at least. # speaker: Réjean # mood: dry # moment: guarded
-> la_main_guerie

=== la_cabine ===
// Respecting the silence. He comes back on his own, through humour: his way of saying "thanks for not pushing".
You say nothing. The rain makes its noise. Francine turns a page of her crossword.
After a while, Réjean straightens up.
Twenty-two years watching movies through a little square hole. I saw plenty of people cry, from up there. Nobody saw me. It was perfect. # speaker: Réjean # mood: quiet
A bus isn't so bad. It's a booth on wheels. All it's missing is the movie. # speaker: Réjean # mood: amused # cue: smiles
-> la_main_guerie

=== la_main_guerie ===
// A perche is possible now: once, inside, out of earshot. He may say no. If he takes it, good; if he leaves it, good too. He already manages his health his own way.
His right hand is holding the cup. The old Band-Aid has been replaced by a proper dressing, fresh, neatly taped.
The rain is easing off. Outside, two people are waiting at the door.
+ [Tell him, once, that Francine is here if he wants her to look at his hand # act: perche # topic: nurse]
    -> francine_une_fois
+ [Get his bag ready, same as usual # act: material]
    -> sac_du_deuxieme

=== francine_une_fois ===
// The perche, and his refusal. He has already found his own solution (the pharmacist): that's his path, and it's good news. Accepting his no keeps the door open for another Thursday.
Francine's here till three, if you ever want her to look at your hand. Only if you want. # speaker: worker
He looks at his hand as if it belonged to someone else.
The pharmacist on Ontario took care of it. She sent me to the walk-in, they gave me pills. And she doesn't ask questions, that one. # speaker: Réjean # mood: dry
He glances at Francine, who looks up from her crossword and gives him a little salute with her pencil.
Another time, maybe. Any coffee left? # speaker: Réjean # mood: dry # cue: changes_subject
+ [Tell him he's the one who knows, pour him more coffee and get his bag ready # act: accept]
    You know best. And yes, there's some left. Two boxes of ten, swabs, and a kit? # speaker: worker
    You learn fast. # speaker: Réjean # mood: amused # cue: smiles
    -> sac_du_deuxieme
+ [Push a little: she could just check it's healing well, it would only take a minute # act: insist # topic: nurse]
    She could just check that it's healing well. One minute. # speaker: worker
    I said another time. # speaker: Réjean # mood: cold # moment: closed
    -> sac_du_deuxieme

=== sac_du_deuxieme ===
// Supplies, again. Nothing more was asked for. The second Thursday ends like the first, and that's just fine.
You get his bag ready. He folds it in four, slips it into his coat, and drops his used-supplies container in the yellow bin on his way out. # moment: guarded
Thanks for the coffee. And the socks. # speaker: Réjean
He stops on the step and looks at the back of the bus again.
Fix that curtain of yours. It's a sorry sight. # speaker: Réjean # mood: dry
He heads back out into the rain. At the corner, Gilles is waiting for him under a half-broken umbrella. # sound: footsteps
-> troisieme_jeudi

=== troisieme_jeudi ===
// The third visit. The link's band (computed by the engine) decides whether he asks for the corner, or takes his supplies and goes. Both are successes: the link is not broken.
January. Six weeks later. It's minus twenty-two; the bus windows are frosted on the inside. # visit: 3 # ambience: bus
At the back, the little corner has new curtains: orange, with little yellow diamonds. Nadia sewed them over the holidays, on her mother's machine.
It smells of coffee and the heater turned all the way up. In the middle of the bus, Francine is talking quietly with a young woman who keeps her mittens on.
Ten past two. Réjean waits for the line to clear, as always. Then he comes to the foot of the steps. # distance: near
At the corner of the street, nobody is waiting for him.
{ link == "solid" or link == "building":
    -> il_demande
- else:
    -> juste_le_materiel
}

=== juste_le_materiel ===
// The supplies stage, again. The link hasn't grown enough for more, and that isn't a failure: he comes back every Thursday, and the bus is there.
Afternoon. One box of ten, swabs, and a kit. # speaker: Réjean # mood: wary
One box. Not two. He looks at the orange curtains at the back of the bus, for a second, and says nothing.
+ [Get his bag ready, no questions, and say "see you Thursday" # act: material]
    You get his bag ready. He folds it in four and slips it into his coat.
    See you Thursday. # speaker: Réjean
    He heads back into the cold, hands in his pockets. Next Thursday, at ten past two, he'll be on the bench in the bus shelter. That's the link, for now. It can last for years. # end: kept
    -> END

=== il_demande ===
// The request comes from him. A door he opens himself: that's where the intervention becomes legitimate. Answering it means going there on his terms, not ours.
He doesn't say "two boxes of ten". He climbs the steps and takes off his cap.
Would you have a minute? In the back. # speaker: Réjean # mood: quiet # cue: eye_contact
Behind him, a woman is waiting her turn at the door. Nadia gives you a sign: go on, I'll take the line.
// A close approach, but at his invitation: the author sets the effect herself.
+ [Say yes, go behind the curtain with him and sit on the bench across from him # act: approach # trust: +3]
    -> le_coin
+ [Tell him you'll get Nadia: she's known him longer # act: step_back]
    I'll get Nadia, she knows you better than I do. # speaker: worker
    It was you I was asking. # speaker: Réjean # mood: dry
    Nadia, who heard, nods toward the back. Go on.
    -> le_coin
// A question at the door, in front of the line, when he asked for the corner: the model can't see who is listening, so the author decides.
+ [Ask him, right there at the door, what's going on # act: ask # trust: -4]
    What's going on? Something wrong? # speaker: worker
    The woman at the door looks up. Réjean puts his cap back on.
    In the back, I said. # speaker: Réjean # mood: firm
    -> le_coin

=== le_coin ===
// The private corner. You are close here: push nothing. He is going to talk about something heavy; the only task is to receive it.
You draw the orange curtains. The noise of the line goes muffled. You sit facing each other, knees nearly touching, the fold-down shelf between you. # distance: close # sound: door
He turns his cap in his hands for a good while. # cue: silence
Gilles. The guy who used to wait for me at the corner. You saw him. We worked together at the Bijou: him in the ticket booth, me up top, in the projection booth. # speaker: Réjean # mood: quiet
He died on December 28th. In his room. He was all alone. They found him on the 2nd. # speaker: Réjean # mood: quiet
+ [Listen, without a word, and let him take his time # act: listen]
    -> il_raconte
+ [Tell him there was nothing he could have done, it's not his fault # act: opinion]
    -> consoler_trop_vite
+ [Ask him gently how it happened # act: ask]
    -> comment_arrive

=== consoler_trop_vite ===
// Consoling is giving your opinion on his life. Even tender, it's too soon: he hasn't finished saying it.
There was nothing you could have done, you know. It's not your fault. # speaker: worker
He looks up at you. # cue: arms_crossed
You don't know what I know, kid. # speaker: Réjean # mood: cold
He looks at his hands. He goes on anyway, lower.
-> il_raconte

=== comment_arrive ===
// A factual question in the middle of grief. It doesn't cost much here, because he was ready to talk; but it steers toward the facts, and he wanted to talk about Gilles.
How did it happen? # speaker: worker
Same as for a lot of people this winter. He took something that wasn't what he thought. # speaker: Réjean # mood: flat
-> il_raconte

=== il_raconte ===
// He comes close to the hardest part (his own room, at night), then changes the subject. The curtains mean "that's enough for today". The key moment of the encounter.
Thirty years we knew each other. He owed me twenty bucks. Still does. # speaker: Réjean # mood: quiet
He laughs a little, without a sound, then not at all.
And me, at night, in my room, I listen for the neighbour moving around. Sometimes I think, if it was me, next... # speaker: Réjean # mood: quiet
He stops. He reaches out and touches the orange curtain, the fabric between thumb and finger, like a connoisseur.
Well. You finally listened to me, about the curtain. About time. # speaker: Réjean # cue: changes_subject
+ [Answer him about the curtains: Nadia sewed them, over the holidays # act: accept]
    -> les_rideaux
+ [Ask him gently what he thinks about, at night, in his room # act: ask]
    -> pousser_la_porte
+ [Tell him he should never use alone, and offer him a naloxone kit # act: perche # topic: naloxone]
    -> trop_tot_pour_la_naloxone

=== les_rideaux ===
// Following the curtains. He said "enough" his way; you stop there. The small smile is the link holding, and the door left open for another Thursday.
Nadia's the one who listened. She sewed them over the holidays, on her mother's sewing machine. # speaker: worker
He inspects the hem with an expert eye.
Orange. Bold choice. # speaker: Réjean # mood: dry
At the Bijou, we had red velvet. When I opened it, people stopped talking. # speaker: Réjean # mood: soft
He looks at you. A small smile, barely, at the corner of his mouth. # cue: smiles # moment: open
You tell her it came out nice. # speaker: Réjean
-> la_trousse

=== pousser_la_porte ===
// He changed the subject: that was "enough for today". Going back in, however gently, however much for his own good, is stepping over his limit.
What do you think about, at night, in your room? # speaker: worker
He lets go of the curtain. # cue: arms_crossed # moment: closed
Nothing. I don't think about anything. I listen for the neighbour, that's all. # speaker: Réjean # mood: cold
-> il_se_ferme

=== trop_tot_pour_la_naloxone ===
// The right information at the wrong moment. Not using alone, naloxone: all accurate. But he just said "enough", and he gets advice about his own possible death in reply.
You should never use alone. And I can give you a naloxone kit on your way out. # speaker: worker
He lets go of the curtain. # cue: arms_crossed # moment: closed
Gilles had one. In his drawer. # speaker: Réjean # mood: cold
-> il_se_ferme

=== il_se_ferme ===
// After forcing a door: repair by doing less. If he leaves, let him; next Thursday will tell if the link holds.
He puts his cap back on. He looks at the closed curtain, as if measuring the distance to the door.
+ [Tell him it's okay, he doesn't have to say anything more today # act: accept]
    It's okay. You don't have to say anything more. Not today. # speaker: worker
    He nods, slowly. He doesn't smile. # moment: guarded
    -> sac_du_troisieme
+ [Explain that you're worried about him, that's why you're asking # act: insist]
    -> il_se_leve
+ [Open the curtain, and let him go if he wants # act: leave]
    You open the curtain. The noise of the line comes back. # distance: near
    He gets up, slowly. He doesn't leave right away. # moment: guarded
    -> sac_du_troisieme

=== il_se_leve ===
// Insisting after two "no"s. The worry is sincere; to him, it proves the corner is not a place where you can stop when you want to.
It's because I'm worried about you. That's why I'm asking. # speaker: worker
He gets up. He opens the curtain himself. # cue: turns_away # distance: near
Don't you worry. I'm a big boy. # speaker: Réjean # mood: cold
He takes his bag at the door, from Nadia's hands, and walks off into the cold. # sound: footsteps
The following Thursdays, he comes back for his supplies. He doesn't ask for the corner anymore. The orange curtains stay open. # end: ended
-> END

=== la_trousse ===
// The request, again, and it comes from him: naloxone "for the neighbour". Because you stopped when he asked you to, he can now ask for something else. The safest answer: give it, no questions.
He puts his cap back on. He half gets up, then sits back down.
Do you have any of those kits? Naloxone. The nasal one. For the neighbour. # speaker: Réjean # mood: quiet
+ [Give him the kit with his bag, no questions # act: material]
    -> sans_question
+ [Give him the kit, and tell him Francine can show him how to use it, another Thursday # act: perche # topic: nurse]
    -> un_autre_jeudi
+ [Ask him whether it's really for the neighbour, or for him # act: ask]
    -> pour_le_voisin

=== sans_question ===
// Giving what was asked for, with no question attached. The box says how to use it, and to call 911; he can read, and he'll say so if he wants to know more.
You take a naloxone kit from the cupboard and slip it into his bag, with his box of ten, the swabs and the kit. # moment: open
He reads the box up close, like a movie program. He puts it away in the inside pocket of his coat.
-> a_jeudi_prochain

=== un_autre_jeudi ===
// A light perche, hooked onto his own request. "Another Thursday" leaves the choice and the timing where they belong: with him.
You slip the naloxone into his bag with his box of ten, the swabs and the kit.
If you want, another Thursday, Francine can show you how it works. Two minutes. # speaker: worker
Another Thursday. # speaker: Réjean
He puts the bag away in his coat. It's neither yes nor no, and that's just fine.
-> a_jeudi_prochain

=== pour_le_voisin ===
// Checking his reasons after he gave them. The model tolerates it here, because the trust is there; but it's one more question, just when he'd finally asked one himself.
Is it really for the neighbour? Or for you? # speaker: worker
For the neighbour, I said. # speaker: Réjean # mood: dry
You slip the naloxone into his bag with the rest. He puts it away without looking at it.
-> a_jeudi_prochain

=== sac_du_troisieme ===
// The ending after a door forced, then mended. Supplies, as always: the link is a little bruised, and it holds. He'll come back, at whatever pace he wants.
Nadia hands him his bag over your shoulder: one box of ten, swabs, a kit.
Thank you. # speaker: Réjean
He walks off into the cold without looking back. # sound: footsteps
The next Thursday, he's on the bench in the bus shelter at ten past two. He takes his supplies. He doesn't ask for the corner. Another Thursday, maybe. # end: kept
-> END

=== a_jeudi_prochain ===
// The good ending is small. He started something heavy, stopped where he wanted, and leaves with what he came for, plus one thing he asked for himself. The link is kept.
You open the orange curtains. The line, the cold, Nadia counting swabs. # distance: near
He walks to the door. On the step, he turns around.
Next Thursday, ten past two? # speaker: worker
If the 125 shows up. # speaker: Réjean # mood: amused # cue: smiles
He touches the brim of his cap and heads off toward Ontario Street. Nadia looks at you over her boxes. She doesn't say anything. She doesn't need to. # sound: footsteps # end: kept
-> END

=== link_broken ===
// Reached only when the trust model judges the link broken (too many rushes too close together, or trust at zero). Never divert here from the story. In the debrief: which gestures came too soon, or in the wrong place?
He takes a step back. He doesn't say anything more. He turns up his collar. # cue: turns_away # moment: closed
Okay. Well, have a good day. # speaker: Réjean # mood: cold
He walks off toward Ontario Street, unhurried, without looking back. # sound: footsteps
The following Thursdays, the bench in the bus shelter stays empty. At the drop-in, people say he gets his supplies somewhere else, at an hour when the bus isn't around. Nadia keeps a bag ready under the counter, just in case. # end: broken
-> END
