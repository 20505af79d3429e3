# title: The New Place
# lang: en
# setting: home
# time: Thursday, 2 p.m., late October
# character: Marc
# look: man_short_hair
# wariness: 3
# summary: After years on the street, Marc has had a studio for three weeks, and he has invited you over to see it. He is proud of it, he is afraid of losing it, and his friends from the street come by, sleep over and use there. Your task: help him take stock of his relationships himself, without judging his friends, and leave the decision to him.
# duration: 12
# concepts: reseau, plan-de-changement, lien, voisinage-courtois, refus, non-demande
# warning: drug use in the person's home, an overdose mentioned
# warning: debt and pressure between friends, fear of the police and of losing housing

// Set by the engine: fragile | building | solid | broken. Never assign it here.
VAR link = "fragile"
// True once Marc has turned the building's letter over to draw his network on it.
VAR feuille = false

-> porte

=== porte ===
// The frame: an invited visit. Marc invited you to see his apartment, not to sort through his friends. Ask trainees: what exactly did Marc invite you to see?
Thursday, 2 p.m., late October. A brick building in Hochelaga: supportive housing, with a community worker on site, Sylvie, whom you barely know. # ambience: neutral # moment: guarded
On Monday, Marc called you from the lobby phone. "Come see my place. Thursday, two o'clock. Don't bring anything." You know him from the bus: three years of hellos, kits and coffees before he said yes to an apartment.
He's had his keys for three weeks.
Third floor, door 12. You knock twice, softly. # sound: door # distance: far
The door opens before the second knock. Marc is freshly shaved, his shirt buttoned all the way up. A key hangs around his neck on a bootlace.
You're on time. Me too, can you believe it. I've been ready for an hour. # speaker: Marc # mood: amused
+ [Say hi, tell him "door 12" has a nice ring to it, and wait for him to let you in # act: greet]
    -> bienvenue
+ [Walk straight in and check the kitchenette, to make sure he has what he needs # act: approach]
    -> inspection
+ [Ask him, right there on the doorstep, whether his friends from the street come by # act: ask]
    -> seuil

=== bienvenue ===
// At his place, he opens the door. Waiting to be let in, even when invited, is courteous neighbourliness at home.
Hey, Marc. Door 12. Has a nice ring to it. # speaker: worker
Door 12. Like the number of times I said no before I said yes. # speaker: Marc # mood: dry
He steps aside and waves you in. You take off your boots on the little new doormat. # distance: near
-> tour

=== inspection ===
// Walking straight in and opening the fridge: the worry is real, but in his home it is an inspector's move. Marc has already had one.
You walk past him, straight to the kitchenette. You open the fridge: a jar of mustard, a litre of milk, a loaf of sliced bread. # distance: close
Behind you, the door closes quietly.
Whoa. You from the housing office or something? One of them came by last week to count my smoke detectors. # speaker: Marc # mood: cold # cue: steps_back # moment: closed
+ [Close the fridge, go back by the door and apologize # act: step_back]
    You close the fridge and go back by the door. # distance: near
    Sorry. It's your place. You're the one giving the tour. # speaker: worker
    Right. That's it. I'm the guide. # speaker: Marc # mood: dry # moment: guarded
    -> tour
+ [Tell him about the neighbourhood food bank, since the fridge is nearly empty # act: perche # topic: food]
    There's a food bank in the church basement, Wednesdays. Just so you know. # speaker: worker
    My fridge is fine. I did groceries yesterday. There's not much in it 'cause I'm not a big guy, that's all. # speaker: Marc # mood: cold # cue: arms_crossed # moment: guarded
    -> tour

=== seuil ===
// On the doorstep, the question you promised yourself you'd ask. It comes before the coffee, before the tour, before he has shown you what he's proud of.
So, your buddies from the street, they come by sometimes? # speaker: worker
Marc's smile stays in place, but nothing around it moves anymore. # cue: arms_crossed # moment: closed
Who told you about that? Sylvie? # speaker: Marc # mood: cold
+ [Tell him nobody told you anything, you came to see his place # act: accept]
    Nobody. I came to see your place, that's all. # speaker: worker
    Hm. Come in, then. Take your boots off, it's not the Ritz. Well, take them off anyway. # speaker: Marc # mood: dry # moment: guarded
    You go in. # distance: near
    -> tour
+ [Explain that the first weeks in housing are often when things get complicated with people # act: insist]
    It's just that the first few weeks, that's often when things get complicated. With people. # speaker: worker
    Marc looks at you for a moment, then steps aside to let you in without answering. # distance: near # cue: turns_away
    -> tour

=== tour ===
// He gives the tour. His pride is the way in: take it in before looking anywhere else. His humour says a lot too (a roommate who asks for nothing).
The studio takes four steps to cross. A single bed, the new sheets still in their packaging beside it. A table, two mismatched chairs. A kitchenette with two burners. A window on the alley.
Marc shows you everything, one thing at a time, like a real estate agent.
The window opens, for real. The heat, I'm the one who turns it up. And this here is Roger. # speaker: Marc
On the windowsill, a cactus in a yogurt tub.
Doesn't drink, doesn't eat, doesn't complain. Perfect roommate. # speaker: Marc # mood: amused # cue: smiles
+ [Laugh, and ask him how long he's had Roger # act: small_talk]
    So where's Roger from? # speaker: worker
    Parc Morgan. He was in a garbage can next to my spot. I thought: this guy survives anything. We'll get along. # speaker: Marc # mood: amused
    -> sac_de_couchage
+ [Let him give the tour at his own pace, and look at what he shows you # act: hold]
    You follow him with your eyes. He opens the window, closes it, turns the thermostat, turns it back. He looks like he's rehearsed.
    -> sac_de_couchage

=== sac_de_couchage ===
// A sign in the room, then a change of subject. What you see is not yet what you can say: he opened the door to his apartment, not to his friends.
In the corner, between the bed and the wall, a rolled-up sleeping bag. Not Marc's: you know his, it's blue and patched. This one is khaki. Near the bathroom, a green garbage bag, tied tight.
Marc sees that you've seen. # cue: silence
That's... Anyway. Want a coffee? I've got a coffee maker now. A real one. # speaker: Marc # cue: changes_subject
+ [Say yes to the coffee, and leave the sleeping bag where it is # act: accept]
    Yes, thanks. Black. # speaker: worker
    -> cafe
+ [Gently ask him whose sleeping bag that is # act: ask]
    -> a_qui_le_sac
+ [Kindly remind him that visitors sleeping over could get him in trouble with his lease # act: inform]
    -> le_bail

=== a_qui_le_sac ===
// He had just changed the subject. Going back to the sleeping bag, however gently, tells him the apartment tour was only a pretext.
Whose sleeping bag is that? # speaker: worker
A buddy's. # speaker: Marc # mood: cold
He turns to the kitchenette and fills the coffee maker, his back to you. # cue: turns_away # moment: closed
How do you take your coffee? # speaker: Marc
+ [Answer about the coffee, and leave the buddy where he is # act: accept]
    Black, thanks. # speaker: worker
    Marc nods without turning around. When he comes back with the mugs, his shoulders have come down. # moment: guarded
    -> cafe
+ [Ask him whether that buddy sleeps here a lot # act: insist]
    Does he sleep here a lot, your buddy? # speaker: worker
    -> porte_fermee

=== le_bail ===
// Accurate information, at the wrong moment. He has read his lease; what he hasn't said yet is how scared he is. Reminding him sounds like the letter on his fridge.
You know, if people sleep here, it could cause you problems with your lease. # speaker: worker
I know. I read my lease. Twice. With a dictionary. # speaker: Marc # mood: dry # cue: arms_crossed
How do you take your coffee? # speaker: Marc
+ [Answer about the coffee, and leave it there # act: accept]
    Black, thanks. # speaker: worker
    -> cafe
+ [Explain that that's why you bring it up: you don't want him to lose it # act: insist]
    That's why I'm bringing it up. I don't want you to lose it. # speaker: worker
    -> porte_fermee

=== cafe ===
// Coffee: the person's time. He tells what he wants, in the order he wants. Pride and the fear of losing it come together; listening means not jumping on the fear.
He makes the coffee with slow, careful movements. Two mismatched mugs: "World's Best Dad" for you ("thrift store," he says, "don't ask"), a Habs mug for him.
You sit at the little table under the window. Roger between you.
The first week, I slept on the floor. The bed was too soft. And too quiet. I could hear my heart. # speaker: Marc # mood: quiet
He turns his mug in his hands.
So when people started coming by, it felt good. At first. # speaker: Marc
He leans toward you and lowers his voice, as if the walls were listening. # cue: leans_in # moment: open
Except now I got this. # speaker: Marc
He points to a letter from the building management, held on the fridge by a magnet: noise at three in the morning, the downstairs neighbour complained. First notice.
Three weeks, and I already got a letter. I hadn't had a key of my own since 2016. I'm scared of losing it, you know. For real. # speaker: Marc # mood: quiet
+ [Listen, without offering anything yet # act: listen]
    You nod. You let the fear take its place on the table, next to the mugs.
    -> steve
+ [Tell him a first notice isn't an eviction: he still has some room # act: inform]
    A first notice isn't an eviction, you know. You've got some room. # speaker: worker
    That's what Sylvie says. But the room melts fast, on Fridays. # speaker: Marc # mood: dry
    -> steve

=== steve ===
// He talks about Steve, and defends him before anyone attacks: everybody tells him what to do about his friends. They are his friends; this is the moment to respect that.
Marc looks at the khaki sleeping bag.
It's Steve's. We met at the park, seven years ago. Winter 2019, he brought me back. I was blue. He called 911, gave me the Narcan. No Steve, no door 12. # speaker: Marc
He sleeps here three, four nights a week. Fridays, he brings the gang. They use here. Me too, sometimes. A lot less than before. # speaker: Marc
He crosses his arms. # cue: arms_crossed # moment: guarded
And don't tell me to kick him out. Sylvie told me, my sister told me. I know what people think. # speaker: Marc # mood: firm
+ [Tell him they're his friends, and it's not up to you to decide who he sees # act: accept]
    They're your friends. It's not up to me who you see. # speaker: worker
    -> demande_avis
+ [Tell him frankly that people like that are going to cost him his apartment, and he should cut ties # act: opinion]
    -> ces_gens_la
+ [Let the silence be, and drink your coffee # act: hold]
    You drink your coffee. Outside, a garbage truck backs down the alley, beeping. # sound: bus_engine
    -> demande_avis

=== ces_gens_la ===
// Judging his friends, even to protect him. "People like that": three weeks ago he was one of them. The phrase puts him among the people who get watched. He had just asked you not to say it.
You know, Marc, people like that are going to cost you your apartment. If I were you, I'd cut ties. # speaker: worker
Marc puts his mug down. He looks out the window for a long time. # cue: turns_away # moment: closed
"People like that." Three weeks ago, "people like that" was me. So what am I now? A former person like that? # speaker: Marc # mood: cold
+ [Admit it was the wrong word, and apologize # act: accept]
    You're right. That was the wrong word. I'm sorry. # speaker: worker
    -> apres_excuse
+ [Offer to call the building management yourself, to explain his situation before another complaint # act: perche # topic: housing]
    If you want, I'll call the management. I'll explain your situation before there's another complaint. # speaker: worker
    -> appeler_pour_lui
+ [Tell him you'll leave him be for today # act: leave]
    I'll leave you be for today. # speaker: worker
    -> partir_tot

=== apres_excuse ===
// The repair: own the word, without justifying it. He picks up where he left off.
Marc shrugs, still not looking at you.
It's okay. Everybody talks to me like that since I got a key. Like the key came with a list of people I can't see anymore. # speaker: Marc # mood: dry # moment: guarded
-> demande_avis

=== demande_avis ===
// A request, at last: he asks what you think. Legitimacy comes from there. But he is asking about his situation, not for a verdict on Steve: help him look for himself.
Marc uncrosses his arms. He looks at the sleeping bag, then at you.
But sometimes I don't know anymore. Fridays, I can't wait for them to leave. And Saturdays, I miss them. What do you think? # speaker: Marc # cue: eye_contact # moment: open
+ [Offer to go over it together: who he sees, where, and how he feels afterwards # act: ask]
    Want to go over it together? Not to judge anybody. Just: who you see, where, and how you feel after. # speaker: worker
    -> inventaire
// Here the model only sees an opinion that was asked for, in an open moment. But naming Steve as the problem judges a person: the author sets the effect.
+ [Tell him what you think: Steve is taking advantage of him # act: opinion # trust: -5]
    -> jugement

=== jugement ===
// He asked what you thought of his situation; you judged his friend. Now he has to choose between you and Steve, and he has known Steve longer.
I think Steve is taking advantage of you, Marc. # speaker: worker
Taking advantage. Steve brought me back, once. He called 911. Taking advantage. # speaker: Marc # mood: cold # cue: arms_crossed # moment: guarded
+ [Admit you don't know Steve, and offer to look at it together, his way # act: accept]
    You're right, I don't know Steve. You do. Want to look at it together, your way? # speaker: worker
    Hm. Okay. # speaker: Marc
    -> inventaire
+ [Explain that you're saying it to protect him # act: insist]
    I'm saying it to protect you, you know. # speaker: worker
    -> porte_fermee

=== inventaire ===
// The inventory of his network, done by him: who, where, how he feels after. Nobody is sorted into good and bad; we look at what each relationship does to him. Notice who holds the pencil.
~ feuille = true
Marc gets up, takes the letter off the fridge, turns it over and picks up a pencil.
He writes names, each one in a circle. You ask the questions; he does the writing.
Denis. We play cards at the drop-in, Wednesdays. Denis doesn't use anymore. How do I feel after? Fine. I won two bucks. # speaker: Marc # mood: dry
Manon, my sister. Sundays, on the phone. After, I've got a lump in my throat. But a good lump. # speaker: Marc # mood: soft
Caro and the Friday gang. After? Wiped out. No coffee left, no milk, no money. And the guy downstairs banging on the ceiling. # speaker: Marc
He stops at the last circle. He writes "Steve", erases it, writes it again. # cue: silence
Steve... depends. Sometimes it's like before, we laugh. Sometimes... He borrowed eighty bucks off me on the first of the month. He decides when he comes, when he sleeps over. When somebody knocks, he's the one who answers. # speaker: Marc # mood: quiet
Sometimes I feel like I'm the visitor. In my own place. # speaker: Marc # mood: quiet # cue: eye_contact
+ [Tell him what you notice: with Denis and Manon, he chooses when; with Steve, it looks like Steve does # act: opinion]
    -> observation
+ [Let him look at his sheet, without adding anything # act: hold]
    -> la_feuille

=== observation ===
// Noticing a relation of domination without calling anyone bad: describe who decides, not who is good. And leave him the last word ("tell me if I'm wrong").
I notice something, tell me if I'm wrong. With Denis and your sister, you choose when. With Steve, it looks like he's the one who chooses. For both of you. # speaker: worker
Marc looks at his sheet for a long time.
Yeah. That's it. He's not mean, Steve. He's just like that. But that's it. # speaker: Marc # mood: quiet
-> le_sac

=== la_feuille ===
// Keeping quiet and letting the sheet speak. What he sees for himself, he keeps better than what he is told.
You drink your coffee. Marc looks at his sheet. He taps the circles with his pencil, one after another.
Funny. Denis, Manon, I'm the one who calls. Steve, he's the one who decides. Everything. # speaker: Marc # mood: quiet
He's not mean, Steve. He's just like that. # speaker: Marc
-> le_sac

=== le_sac ===
// The concrete fear: the bag he mustn't open, the police, the spare key. Fear calls for a quick fix; first it needs room to be said.
He nods toward the green bag by the bathroom.
And there's that. Steve told me: "Don't touch it, I'll come back for it." That was ten days ago. I haven't opened it. # speaker: Marc
He gets up, sits back down. His leg is jiggling under the table. # cue: agitated
If the cops come in here about the noise and they find that, it's not Steve's, it's mine. It's my lease. I'm the one who goes back to the park. # speaker: Marc # mood: alarmed
And now he wants a copy of the key. Just in case, he says. # speaker: Marc
+ [Let him finish, without offering a solution yet # act: listen]
    -> respire
+ [Leave a silence, while his leg settles # act: hold]
    -> respire
+ [Offer to call the police yourself so they come and take the bag: it wouldn't be his problem anymore # act: urgent]
    Want me to call the police? They'd come get the bag, and it wouldn't be your problem anymore. # speaker: worker
    -> appeler_pour_lui

=== respire ===
// After the fear, he gets his breath back. He asks the question himself: he is the one opening what comes next.
Marc breathes. His leg stops. # moment: open
Sorry. That's what it does to me, the last two weeks. I don't sleep anymore. # speaker: Marc # mood: quiet
So... what do I do with all this? # speaker: Marc
You open your mouth to answer.
-> on_cogne

=== appeler_pour_lui ===
// Doing it for him, even to protect him. Calling the management or the police decides for him, in his home, what happens to his lease and to his friend.
No. No, no, no. Nobody's calling anybody. # speaker: Marc # mood: alarmed # cue: agitated # moment: closed
You don't get it. If somebody calls, I'm the one who gets kicked out. And Steve's gonna know it came from here. # speaker: Marc
He's on his feet. He's standing by the door.
+ [Apologize: it's his home, it's his call, and you won't call anyone # act: step_back]
    I'm sorry. It's your home. It's your call. I won't call anyone. # speaker: worker
    Marc stays standing for a moment, then sits back down, slowly. # moment: guarded
    -> on_cogne
+ [Tell him you'll head out, and he can call you whenever he wants # act: leave]
    I'll head out. You can call me whenever you want. # speaker: worker
    -> partir_tot
+ [Explain it's to protect him: if he gets caught with the bag, he loses everything # act: insist]
    It's to protect you, Marc. If they catch you with that bag, you lose everything. # speaker: worker
    -> porte_fermee

=== on_cogne ===
// A knock. With Steve behind the door, what Marc can say changes all at once. Reading that change, stepping back and offering to come back protects him better than staying to "back him up".
Three knocks on the door. Loud ones. # sound: door
Marc! It's me. Open up, man, it's pouring. # speaker: Steve
{ feuille:
    Marc folds the letter in four and slips it into his pocket. He gets up. He doesn't look at you anymore. # cue: turns_away # moment: closed
- else:
    Marc jumps to his feet. He doesn't look at you anymore. # cue: turns_away # moment: closed
}
One sec! # speaker: Marc # mood: alarmed
+ [Get up, take your coat, and tell him quietly that you were just leaving: next Thursday, same time? # act: step_back]
    -> on_se_reprend
+ [Ask him quietly whether he wants you to stay, to back him up # act: ask]
    Want me to stay? # speaker: worker
    Marc doesn't answer. He opens the door.
    -> rester_quand_meme
+ [Stay at the table, to introduce yourself to Steve when he comes in and show him Marc has people around him # act: inform]
    You stay in your chair. Marc opens the door.
    -> rester_quand_meme

=== on_se_reprend ===
// Stepping back in time, and offering the next visit before leaving. Marc sets the rules for what follows himself: what gets said in front of Steve, what doesn't, who calls.
I'll get going. Next Thursday, same time? # speaker: worker
Marc nods, once, quickly. # cue: silence
He opens the door. Steve comes in with the rain: tall, skinny, a smile with gaps in it, a grocery bag in his hand. # sound: door
Well! Marc's entertaining now. Who are you? His social worker? # speaker: Steve # mood: amused
Somebody from the bus. For the apartment. # speaker: Marc # mood: quiet
You give Steve a polite nod, nothing more. He looks you up and down, then goes straight to the fridge.
In the hallway, Marc holds the door half open behind him. # distance: far
Thursday. Two o'clock. Don't call before: sometimes Steve picks up. If it changes, I'll call you. # speaker: Marc # mood: quiet
The door closes. Behind it, Steve's voice laughing, and Marc's laughing a little less loudly. # cue: turns_away
-> dehors

=== rester_quand_meme ===
// Staying to back him up: a kind intention. But in front of Steve, every word from you becomes something Marc will have to explain afterwards.
Steve comes in with the rain and stops when he sees you. His smile freezes, then comes back, wider. # sound: door
Oh. Company. Am I interrupting? # speaker: Steve # mood: dry
No, no. We were just done. # speaker: Marc # mood: quiet
Marc doesn't look at you. He gathers the mugs, fast. Steve sits on the bed, on the sheets still in their packaging, and waits for you to leave. # cue: arms_crossed
+ [Say you were just leaving, and suggest next Thursday to Marc at the door # act: leave]
    I was just heading out. Next Thursday, Marc? # speaker: worker
    In the hallway, Marc only says: "I'll call you." He shuts the door fast. # distance: far # cue: turns_away
    -> dehors
+ [Tell Steve, kindly, that Marc needs to sleep at night, with his lease and all # act: opinion]
    You know, Steve, Marc needs to sleep at night. With his lease and everything. # speaker: worker
    -> porte_fermee

=== partir_tot ===
// Leaving once the door has closed: not a defeat, a way to leave what comes next to him.
Marc walks you to the door. He doesn't say "Thursday". # distance: far
Thanks for coming by. I'll call you. # speaker: Marc # mood: quiet # cue: turns_away
-> dehors

=== dehors ===
// After the visit: the agreement on presence is also about when you come back. He said who calls. Coming back sooner, even out of worry, is showing up uninvited.
Outside, it's raining. On the third floor, Marc's window is lit; Roger makes a small shadow on the curtain. # ambience: rain
You think about the green bag, the spare key, the letter from the management.
+ [Wait, as agreed, and let him come back to you # act: hold]
    -> jeudi
+ [Drop by tomorrow morning, unannounced, to make sure Steve has left and Marc is okay # act: visit]
    -> lendemain
+ [Text him tonight to ask how it's going with Steve # act: ask]
    -> texto

=== lendemain ===
// Showing up uninvited, even out of concern. At his place, he decides when the door opens. What was agreed yesterday was also a limit.
The next day, 9 a.m. You knock on door 12. # visit: 2 # sound: door # distance: far # moment: guarded
A long silence. Then the door opens four inches. Behind Marc, someone is asleep on the floor, head in the khaki sleeping bag.
What are you doing here? We said Thursday. # speaker: Marc # mood: cold # cue: arms_crossed # moment: closed
+ [Apologize, and leave right away # act: step_back]
    Sorry. You're right. Thursday. # speaker: worker
    The door closes without a sound. # sound: door
    On Wednesday, a text: "not this week". Two weeks later he calls you from the lobby phone, like the first time. You start over from the beginning, at the pace of door 12. # end: ended
    -> END
+ [Tell him you were worried, you just wanted to see if he was okay # act: insist]
    I was worried. I just wanted to see if you were okay. # speaker: worker
    I'm okay. I was better before you knocked. # speaker: Marc # mood: cold # cue: turns_away
    The door closes. On Thursday, he doesn't answer. At the bus, he takes his kits and leaves without chatting. You'll wait for him to come back to you. # end: ended
    -> END

=== texto ===
// A text is a visit too: he had said Steve picks up sometimes, and that he would be the one to call.
You write to him: "You okay? Did Steve leave?"
No answer. The next day at noon, one word: "yes". Nothing else.
-> jeudi

=== porte_fermee ===
// Explaining your good reasons after a no. He didn't shout; he closed. The link is on pause, not lost: he will call back, or not.
Marc opens the apartment door and holds it open. He doesn't shout. He's polite, which is worse. # cue: turns_away # moment: closed
Thanks for coming by. # speaker: Marc # mood: cold
In the hallway, it smells of fresh paint. Door 12 closes gently behind you. # distance: far # sound: door
The next Thursday, he doesn't call. Sylvie passes on that he's fine, and that he'll be in touch. You wait for him to do it. # end: ended
-> END

=== jeudi ===
// Second visit, on the agreed day. The link's band (computed by the engine) colours the welcome: a door that opens before you knock, or a door you have to wait for.
The next Thursday, 2 p.m. Door 12. # visit: 2 # ambience: neutral # distance: far # moment: guarded
{ link == "solid" or link == "building":
    The door opens before you knock. Marc was waiting at the window. # cue: eye_contact
    On time again. We're gonna end up alike. # speaker: Marc # mood: amused
- else:
    You knock. It takes a while for the door to open. Marc looks at you like he did at the bus, those first years.
    Oh. Thursday. Come in. # speaker: Marc # mood: wary
}
You go in. The khaki sleeping bag is gone. The green bag isn't. Roger is still on the windowsill. # distance: near
Marc sits down. There are dark circles under his eyes.
Friday, they came. Five of them. I couldn't say no. The neighbour banged on the ceiling till four. # speaker: Marc # mood: quiet
He looks away, toward the alley. # cue: turns_away
+ [Listen, without comment # act: listen]
    -> ecoute
+ [Gently remind him of what you noticed together, about Steve and the Friday gang # act: opinion]
    You know, that's kind of what we saw together, with Steve and the Friday gang. # speaker: worker
    -> deja_su
+ [Suggest he talk to Sylvie right away, before the next notice # act: perche # topic: housing]
    Maybe it's time to talk to Sylvie, before the next notice? # speaker: worker
    -> deja_su

=== deja_su ===
// He is telling you about a hard night; he doesn't need the lesson repeated, or a referral. He needed to be listened to first.
I know. That's why I'm telling you. Not so you can tell me again. # speaker: Marc # mood: cold # cue: arms_crossed # moment: guarded
+ [Tell him he's right, and listen # act: accept]
    You're right. Go ahead. I'm listening. # speaker: worker
    -> ecoute
+ [Tell him you'll let him rest, and head out # act: leave]
    I'll let you get some rest. # speaker: worker
    Yeah. Sure. I'll call you. # speaker: Marc # mood: quiet # cue: turns_away
    He doesn't call that week. Or the next. At the bus, he waves from a distance. You don't come any closer than that. # end: ended
    -> END

=== ecoute ===
// Listening, then watching the sheet come back. He kept it in his pocket all week: the request is there, and it is his.
He tells it. Caro crying in the bathroom. Steve going through his fridge. Himself walking all the way to the river at two in the morning to get some peace. Out of his own apartment.
He takes the management's letter out of his pocket, folded in four. { feuille: The circles are still there on the back. He's added one, a tiny one: Roger. | He turns it over and, while you listen, writes names on the back, each in a circle: Denis, Manon, Caro, Steve. And a tiny one: Roger. }
~ feuille = true
So. Where were we last week, when Steve knocked? What do I do with all this? # speaker: Marc # cue: eye_contact # moment: open
+ [Name a few concrete options, and tell him he's the one who chooses # act: perche]
    -> options
+ [Tell him the real solution is to stop opening the door to Steve and the gang # act: insist]
    -> couper

=== couper ===
// Back to "cut ties". Even said gently, it is a solution in place of his. He answers with a joke: that is his way of saying no.
The real solution, Marc, would be to stop opening the door. To Steve and the gang. # speaker: worker
Cut them off. Like Hydro cuts the power. And Saturdays I chat with Roger. # speaker: Marc # mood: dry # cue: changes_subject # moment: guarded
Got any other solutions in that bag of yours, besides the kits? # speaker: Marc
+ [Go along with his joke, and show him a few options for him to choose from # act: accept]
    -> options
+ [Tell him you've said what you think, and leave it at that # act: leave]
    That's what I think. I'll let you think about it. # speaker: worker
    Marc watches you go without getting up. "Sure," he says, more to Roger than to you. # cue: turns_away
    He calls three weeks later, about a cheque. He doesn't bring up Steve again. # end: ended
    -> END

=== options ===
// Offering perches: several concrete options, laid on the table like cards. He turns them over one by one. And he refuses one: that is his right, and it is where his plan begins.
You take his pencil and write four short lines under the circles. You read them out loud, one at a time.
One: a ready-made sentence for saying no. Short. "Not tonight, man." # speaker: worker
Two: the bus on Tuesdays at Parc Morgan, instead of Fridays at Joliette metro. Or the drop-in on a day that isn't Friday. It changes who you run into, and when. # speaker: worker
Three: a lock. A padlock on your closet. And the spare key, you don't get one cut for anybody. # speaker: worker
Four: Sylvie. Telling her about the bag, before somebody else finds it. # speaker: worker
You're the one who chooses. One, two, none. And it can change. # speaker: worker
Marc reads the four lines again, the pencil between his teeth.
Number one makes me laugh. "Not tonight, man." Steve's gonna laugh in my face. # speaker: Marc # mood: amused
Two... Tuesdays there's fewer people. But Wednesdays, cards with Denis, that I'm keeping. # speaker: Marc
Three. He's not getting the spare key. I knew that the second I wrote it down. # speaker: Marc # mood: firm
He taps the fourth line with the pencil.
Four, no. Sylvie'll tell the management. And Steve'll know it was me. No. # speaker: Marc # cue: arms_crossed # moment: guarded
+ [Tell him that's fine: Sylvie is a no, for now # act: accept]
    That's fine. Sylvie's a no. For now, or for good: your call. # speaker: worker
    -> son_plan
+ [Insist: Sylvie is there to help him, not to report him # act: insist]
    Sylvie's there to help you, you know. Not to report you. # speaker: worker
    -> sylvie_non
+ [Offer to go and see Sylvie with him, so it's less awkward # act: perche # topic: appointment]
    I could go see her with you, if you want. It'd be less awkward. # speaker: worker
    -> sylvie_non

=== sylvie_non ===
// A refusal, then a second perche on the same subject. Even accompaniment, offered after a no, becomes a way of pushing. The refusal is his position, not an obstacle to get around.
I said no. You're worse than my sister. # speaker: Marc # mood: firm # cue: turns_away # moment: closed
+ [Tell him okay: no means no # act: accept]
    Okay. No means no. # speaker: worker
    Marc breathes out through his nose. Almost a laugh. # moment: guarded
    -> son_plan
+ [Tell him you'll leave him with his sheet, and head out # act: leave]
    I'll leave you with your sheet. # speaker: worker
    He doesn't get up to walk you out. The next Thursday, a text: "not this week". The link is there, on pause, at the end of a bootlace. # end: ended
    -> END

=== son_plan ===
// The plan for change is his: he starts with the key, even if you would have started with the bag. Say what you think once, then follow. Always open to renegotiation.
Marc points to two lines on the sheet. # cue: eye_contact # moment: open
Me, I'm starting with the key. And Tuesdays at the bus. The rest, we'll see. # speaker: Marc
You look at the green bag by the bathroom. You would have started with the bag.
+ [Tell him frankly, once, that the bag worries you more than the key, and that you're with him anyway # act: opinion]
    I'll say it once: the bag worries me more than the key. But it's your plan. If you start with the key, I'm with you. # speaker: worker
    Marc smiles, crookedly. # cue: smiles
    The bag, I'll think about it. The bag is Steve. And Steve's more complicated than a key. # speaker: Marc # mood: quiet
    -> la_phrase
+ [Go along with his choice, without adding anything # act: accept]
    The key and Tuesdays. Okay. # speaker: worker
    -> la_phrase
+ [Explain that the bag should be dealt with first, before anything else # act: insist]
    I think the bag should be dealt with first, Marc. Before anything else. # speaker: worker
    -> sac_dabord

=== sac_dabord ===
// Replacing his priority with yours. Even if you are right about the bag, the plan becomes yours, and he knows it.
Whoa. Is this my plan or yours? # speaker: Marc # mood: firm # cue: arms_crossed # moment: guarded
+ [Admit it's his, and follow him # act: accept]
    Yours. The key and Tuesdays. # speaker: worker
    Okay. # speaker: Marc
    -> la_phrase
+ [Tell him it's his, but the bag can't wait # act: insist]
    It's yours. But the bag can't wait. # speaker: worker
    -> porte_fermee

=== la_phrase ===
// Learning to say no takes practice. He jokes: it is his way of trying without looking like he's trying.
Marc gets up, goes to the door, and turns to face it as if someone had just knocked.
Not tonight, man. # speaker: Marc # mood: firm
He turns back to you.
Too harsh? Not enough? He's gonna say I've changed. # speaker: Marc # mood: amused # cue: smiles
+ [Laugh with him, and tell him the sentence is his: he can fix it however he likes # act: small_talk]
    You're allowed to have changed a bit. And the sentence is yours. Fix it however you like. # speaker: worker
    Not tonight, buddy. That one's me. # speaker: Marc # mood: amused
    -> kits
+ [Let him try it again, without comment # act: hold]
    He tries it again, quieter. Then a third time, with "buddy" at the end. That one, he keeps.
    -> kits

=== kits ===
// The material stage, still there: new supplies and naloxone, no questions. If people use at his place, a kit on the fridge protects everyone, Steve included.
Before you leave, Marc scratches the back of his neck.
One last thing. You got kits? And the thing, the Narcan. If they're using here, might as well have one on the fridge. # speaker: Marc
+ [Give him new supplies and a naloxone kit, without asking any questions # act: material]
    -> trousse
+ [First ask him how many people use at his place, and what # act: ask]
    How many people use here, roughly? And what? # speaker: worker
    Marc raises an eyebrow. # cue: silence
    Does that change anything about the Narcan? # speaker: Marc # mood: dry
    No. It doesn't change anything. # speaker: worker
    -> trousse

=== trousse ===
// Accurate information, because he asked for it: naloxone for an opioid overdose, 911 all the same, stay with the person. Nothing more.
You take new supplies, condoms and a naloxone kit out of your bag.
If somebody stops responding and isn't breathing right: you call 911, you give the Narcan, and you stay with them. Even if they wake up. # speaker: worker
Like Steve, in 2019. # speaker: Marc # mood: quiet
He sticks the kit on the fridge, right where the letter used to be.
-> fin

=== fin ===
// The good ending is small: a plan of his own, a date he sets, a lock he turns. The link is kept.
In the hallway, Marc holds the door. # distance: far
Two weeks? I'm the one who calls. # speaker: Marc
You're the one who calls. # speaker: worker
And if Steve picks up instead of me, hang up. It'll mean number one isn't working yet. # speaker: Marc # mood: amused # cue: smiles
Door 12 closes. On the other side, you hear the lock turn, once. # sound: door # end: kept
-> END

=== link_broken ===
// Reached only when the engine's trust model judges the link broken (too many rushes in a short time). Never divert here in the story. In the debrief: what was decided for him, in his own home?
At door 12, Marc thanks you, politely. Too politely. Then the door closes. # cue: turns_away # moment: closed
In the weeks that follow, he doesn't call. At the bus, he takes his kits and leaves without chatting.
Sylvie lets you know he's fine, and that he doesn't want visits for now. You don't know what happened to the green bag, or to the spare key. # end: broken
-> END
