# title: Behind the Dep
# lang: en
# setting: street
# time: A Thursday in October, 9:30 p.m.
# character: Manon
# look: woman_short_hair
# wariness: 3
# summary: Your street-work round, a Thursday night in Hochelaga. Outside the dep, Manon, who knows you a little, is with her crew; a police car goes by. Then she shouts your name from the lane: Pascal, her friend who got out of jail on Monday, isn't responding and is barely breathing, and she's afraid of anyone calling 911. In the emergency, hesitation is the mistake. Before and after it, the right distance and the right moment are what count.
# duration: 12
# concepts: urgence, reseau, voisinage-courtois, lien, rythme, suggestion-legitime, refus
# warning: opioid overdose, rescue breathing, naloxone, withdrawal
# warning: police presence, jail mentioned

// Set by the engine: fragile | building | solid | broken. Never assign it here.
VAR link = "fragile"
// For the link_broken knot: "before" the emergency, "after" from the shout in the lane on.
VAR stage = "before"
// Something Manon told you alone, said in front of Réal.
VAR exposed = false
// The trainee answered the police for the group.
VAR spoke_for_them = false
// A pushy gesture after the emergency.
VAR pushed = false
// Samir has reached the lane.
VAR samir_here = false

-> start

=== start ===
// The frame: someone who knows you a little, in the middle of her crew. Ask: in front of the others, what can Manon afford to show you? Match her hello: a nod for a nod.
A Thursday in October, 9:30 p.m., in Hochelaga. It rained earlier; the sidewalks shine under the streetlights. # ambience: street_night # moment: guarded
You're on your round, bag on your shoulder: new supplies, wool socks, your cards, and the naloxone kit. Samir, your colleague, is doing the other end of Ontario Street.
Outside the corner dep, under a buzzing beer sign, four people are leaning on the window. Laughter, a brown paper bag going from hand to hand. # distance: far
You recognize Manon: fifties, a leather coat too big for her, hair dyed a red that gave up the fight a while ago. Three weeks ago she took one of your cards: "A business card? What are you, a notary?" Since then, your name is Business Card.
She's seen you. She lifts her chin, once, without stopping her conversation. # cue: eye_contact
+ [Nod back, and stop by the parking meter, a few steps from the group # act: greet]
    -> nod_from_the_curb
+ [Go say hi to her in the middle of the group, since she knows you # act: approach]
    -> into_the_group
+ [Keep walking: she's with her crew, you'll come by later # act: leave]
    -> walking_past

=== nod_from_the_curb ===
// Answering her signal without asking for more. You stop at the edge, not in the group: she decides whether to let you into the conversation.
You nod back and stop by the parking meter. # distance: near
Manon finishes her story, something about a bus driver and a pigeon. The others laugh. Then she half turns toward you.
Well. Business Card. Our neighbourhood notary. # speaker: Manon # mood: amused
-> the_group

=== into_the_group ===
// She knows you, but not in front of them. Walking into the middle of the group forces her to introduce you, on your timing. She puts you back at a distance with a joke: that's how she saves face.
You slip between two people, right up to the window, next to Manon. # distance: close # sound: footsteps
The conversation stops dead. A tall guy in a cap takes a step sideways, hand in his pocket.
Whoa. Where's the fire, Business Card? Back up, you're in my light. # speaker: Manon # mood: dry # cue: steps_back
You back off to the parking meter. # distance: near
-> the_group

=== walking_past ===
// Walking on out of discretion is nothing wrong. But she gave you a signal: not answering is an answer too. She catches you herself.
You've gone three steps when her voice catches up with you.
Hey! Business Card! Too important for us now, are you? # speaker: Manon # mood: amused
The others laugh. You come back to the parking meter. # distance: near
-> the_group

=== the_group ===
// Peers change what can be said. In front of Réal, Manon introduces you her way; what she told you alone she won't say here, and you won't say it for her. Your place: a good evening to everyone, nothing more.
The tall guy in the cap is Réal. He looks you up and down.
Who's that? A cop in plain clothes? # speaker: Réal # mood: wary
Nah. Look at the shoes. A cop in shoes like that? It's the people from the drop-in, up the street. They're okay. # speaker: Manon # mood: amused
Then she folds her arms and waits to see what you'll do with that. # cue: arms_crossed
+ [Say good evening to everyone, hands in plain sight, and let her introduce you however she likes # act: greet]
    -> hello_to_all
+ [Introduce yourself properly: your organization, the bus, the Tuesday nurse, a card for everyone # act: inform]
    -> the_full_pitch
+ [Ask Manon how Pascal is doing, since he was getting out of jail: she told you about it last week # act: ask]
    -> pascal_in_public

=== hello_to_all ===
// A good evening, and nothing to sell. Supplies go to whoever asks, no questions.
Good evening, everybody. # speaker: worker
Réal grunts something that could be good evening. He unfolds his arms. The youngest, in a pink hoodie, holds out her hand without a word; you put a handful of condoms in it.
See? Fast service, and no tipping. # speaker: Manon # mood: amused # cue: smiles
-> police

=== the_full_pitch ===
// Everything the organization does, all at once, to a group that was wondering whether you were police. The intention: to make yourself known. The effect: a counter speech, right where Manon had just made room for you with a joke.
You introduce yourself the way you were taught: the organization, the bus, the nurse, the drop-in hours. A card for everyone.
Réal takes his by the corner, like a parking ticket.
What are you, selling cars? # speaker: Réal # mood: dry
The others laugh. Manon too, but she's looking somewhere else. # cue: turns_away
-> police

=== pascal_in_public ===
// A kind question about a confidence, asked in front of others. What Manon told you alone belongs to her; in front of Réal, it becomes news that travels.
~ exposed = true
And Pascal, is he out? How's he doing? # speaker: worker
Manon's smile stays where it is; her eyes change.
Pascal? Don't know any Pascal. # speaker: Manon # mood: cold
Pascal's out? He still owes me fifty bucks. # speaker: Réal # mood: dry
Thanks a lot. # speaker: Manon # mood: cold # cue: turns_away
-> police

=== police ===
// A police car slows down. The group closes up, Manon's voice changes. Your place: a step aside, in plain view, neither glued to the group nor out in front of the car. Speaking for them, even to protect them, puts you on the side of the people asking the questions.
Headlights swing around the corner. A patrol car rolls down the street at walking pace, along the curb.
Réal turns to the window as if he were reading the lottery prices. The brown bag disappears under a coat. Manon straightens up; her voice goes higher, more polite. It isn't her voice. # cue: turns_away # moment: closed
The car slows beside you. The officer in the passenger seat looks at the group, then at you.
+ [Take a step aside, toward the curb, hands in plain sight, and let it pass # act: step_back]
    -> police_step_aside
+ [Go up to the car to say you're a street worker and everything's fine here # act: approach]
    -> police_speak_for
+ [Stay where you are, don't move, don't say anything # act: hold]
    -> police_hold

=== police_step_aside ===
// Standing a little apart: the group keeps control of what's said about them. A nod to the officer, as to anyone: neither ally nor enemy.
You move off to the edge of the sidewalk, hands out of your pockets. To the officer, a small nod, as to anyone.
Evening, officer! Nice night, eh? # speaker: Manon # mood: bright
The car rolls on and turns at the next corner. # moment: guarded
-> after_the_car

=== police_speak_for ===
// Answering the police for the group. The intention: to protect them. The effect: they lose control of what's said about them. "I know them", to a police officer, can also mean "I could name them for you".
~ spoke_for_them = true
You walk up to the car door, between the car and the window, an arm's length from Manon. # distance: close # sound: footsteps
Good evening. I'm a street worker. Everything's fine here, I know them. # speaker: worker
The officer looks at the group behind you, one by one, as if he were counting them.
You know them? Good. Have a nice night. # speaker: Officer # mood: dry
The car pulls away. Behind you, nobody says anything.
"I know them." Now he knows us too. # speaker: Manon # mood: cold # cue: arms_crossed # moment: guarded
You back off to the parking meter. # distance: near
-> after_the_car

=== police_hold ===
// Staying put: nothing wrong, but you stay in the picture, and the officer talks to you.
You stay where you are. The window comes down.
Are you with them? # speaker: Officer
I'm a street worker. # speaker: worker
The officer looks the group over once more, then the car pulls away. Réal gives you a sideways look. # moment: guarded
-> after_the_car

=== after_the_car ===
// Alone, Manon talks differently: what she wouldn't say in front of Réal she tells you, if you kept your place. Then she shuts the door by asking for socks: her signal that it's enough. Follow the signal, and don't go looking for Pascal where he went to be alone.
Réal decides he has scratch tickets to buy. The others follow him into the dep or drift off toward the metro. # sound: door
Manon stays at the window. She lights a cigarette, the flame cupped in her hand.
{ exposed:
    Pascal's not the evening news, Business Card. Réal's gonna tell the whole street by tomorrow. # speaker: Manon # mood: cold
    A long moment. Then she talks anyway, lower.
- else:
    { spoke_for_them:
        Next time, let me talk to the cops myself. I've had practice. # speaker: Manon # mood: dry
    - else:
        She waves you a step closer. You lean on the parking meter, on her side.
    }
    She lowers her voice. # moment: open
}
Pascal got out of Bordeaux Monday. Four months. Put on weight, the bugger: three meals a day in there. # speaker: Manon # mood: dry
He's been sleeping at my place. Tonight he didn't want to see anybody, so he's having a smoke out back, in the lane. # speaker: Manon
Four months on my own, me. That's long. When he's not around, I... # speaker: Manon # mood: quiet
She stops short and drags on her cigarette.
Hey. You got any wool socks? For Pascal. He got out in sandals, the genius. In October. # speaker: Manon # mood: amused # cue: changes_subject
+ [Take out two pairs of wool socks and some gloves, and give them to her, no questions # act: material]
    -> socks_given
+ [Gently ask her how she got through those four months on her own # act: ask]
    -> four_months
+ [Tell her you'll take the socks to Pascal yourself, in the lane # act: visit]
    -> into_the_lane

=== socks_given ===
// Following her change of subject and answering her request, no conditions. A yes with no questions lets her ask for a little more.
You take out two pairs of wool socks and some gloves.
The real thing. Not church-basement socks with a hole in the heel. # speaker: Manon # mood: amused
And two kits, for him. He came out of there with nothing. # speaker: Manon
You give her two kits of new supplies. She tucks everything into her coat.
-> to_the_lane

=== four_months ===
// A gentle question about what she just left hanging. She closed the door with the socks; going back in takes her story out of her hands.
How did you get through it, those four months? # speaker: worker
I asked for socks, Business Card. Not an appointment with a psychologist. # speaker: Manon # mood: dry
You give her the socks, gloves and two kits of new supplies. She tucks them into her coat without a word.
-> to_the_lane

=== into_the_lane ===
// Taking the socks yourself: a favour, in a place where nobody invited you. Tonight the lane is Pascal's corner. Manon stops you at the entrance: presence is negotiated for others too.
I'll take them to him myself. Is he in the lane? # speaker: worker
You take two steps toward the lane. Manon steps in front of you. # sound: footsteps
Whoa. He doesn't want to see anybody, I just told you. Give 'em here, I'll take them. # speaker: Manon # mood: firm
You give her the socks, gloves and two kits of new supplies. She tucks them into her coat.
-> to_the_lane

=== to_the_lane ===
// Just before the emergency. One true sentence about the risk after jail (after months without using, tolerance drops); she already knows. Nothing announces what comes next: that's often how it goes.
Before she goes, you tell her one thing, just one.
After four months inside, his body's not used to it anymore. He shouldn't use alone, if he uses. # speaker: worker
I know. I told him. He listens to me like a cat does. # speaker: Manon # mood: dry
She disappears into the lane beside the dep. # distance: far
You text Samir: "Dep, corner of Ontario." Ginette, the cashier, brings out cardboard boxes and gives you a wink. A bus goes by. # sound: bus_engine
Two minutes. Maybe three.
-> the_shout

=== the_shout ===
// The emergency: the model turns around, moving fast is right. The rule about never going into a lane without a colleague is a good one; in an overdose, you alert while running, look at the scene, and go in if it's safe.
~ stage = "after"
BUSINESS CARD! # speaker: Manon # mood: panicked # moment: emergency
It's not a fighting shout. It's a frightened one.
Pascal! He's not answering! He's not breathing right! Get over here! # speaker: Manon # mood: panicked
Samir is two blocks away.
+ [Run into the lane, hand on the naloxone kit, calling Samir on the way # act: urgent]
    -> running_in
+ [Call Samir and wait for him at the entrance: the rule is never to go into a lane without a colleague # act: hold]
    -> waiting_for_samir
+ [Shout to her from the sidewalk to tell you exactly what's going on before you go in # act: ask]
    -> shouting_questions

=== running_in ===
// The right reflex: kit in hand, a colleague alerted on the run, a look at the scene, and in you go.
You run. Samir answers on the first ring. # sound: footsteps
Overdose, the lane behind the dep. Come now! # speaker: worker
One light over a back door, a dumpster, nobody else. Behind the dumpster, Manon is on her knees.
-> behind_the_bin

=== waiting_for_samir ===
// The safety rule is real. But waiting at the entrance means minutes without oxygen for Pascal: alert, look, go in if it's safe.
Overdose, the lane behind the dep. Should I wait for you at the entrance? # speaker: worker
No! Check it's safe, and go! I'm coming! # speaker: Samir # mood: firm
One light over a door, a dumpster, Manon on her knees. Nobody else. You run. # sound: footsteps
-> behind_the_bin

=== shouting_questions ===
// Wanting to understand before acting. What you need to know you'll see in two seconds once you're there; Manon needs you there.
What's going on? Did he take something? # speaker: worker
GET OVER HERE! # speaker: Manon # mood: panicked
You run, calling Samir. # sound: footsteps
-> behind_the_bin

=== behind_the_bin ===
// Recognizing an opioid overdose: not responding, breathing slowly or hardly at all, a gurgling snore, lips and fingertips blue or grey, skin cold and clammy. That snore is not sleep. First thing: stimulate, hard.
Pascal is on the ground, his back against the brick wall, his head dropped onto his chest. The wool socks have fallen beside him.
He's making a slow, rasping sound, a gurgling snore. His lips are blue, his fingertips too. His hand is cold and clammy. # distance: close
He snores loud sometimes... but he's not waking up! # speaker: Manon # mood: panicked
+ [Kneel, shout his name, shake him by the shoulders and rub his sternum hard with your knuckles # act: urgent]
    -> stimulate
+ [Wait a few seconds: if he's snoring, he's breathing, he might wake up # act: hold]
    -> just_snoring
+ [Go back to the end of the lane to wave Samir down, so he can find you # act: leave]
    -> back_to_the_street

=== stimulate ===
// Voice, shoulders, pain (the sternum). If he reacts to nothing: 911, right away.
PASCAL! Can you hear me? Open your eyes! # speaker: worker
You shake him, you rub the middle of his chest hard with your knuckles. Nothing. Not a wince. Just that snore, further and further apart.
-> dont_call

=== just_snoring ===
// "He's snoring, so he's breathing": the most human mistake, and one of the most dangerous. In someone who doesn't respond, it's breathing in distress.
You wait. Three seconds between snores. Five. Six.
That's not snoring! Look at his lips! # speaker: Manon # mood: panicked
You shout his name, shake him, rub his sternum hard. Nothing.
-> dont_call

=== back_to_the_street ===
// Leaving the person for a task the phone is already doing: Samir has the address. You stay.
You head back toward the street. Your phone buzzes: "On my way. Stay with him!" # distance: near
You come back, shout his name, shake him, rub his sternum hard. Nothing. # distance: close
-> dont_call

=== dont_call ===
// Call 911 as soon as the person doesn't respond. Manon's fear is real and has a history. The Good Samaritan Drug Overdose Act (2017) protects the person who calls, the person overdosing and anyone still there when help arrives from a charge of simple possession, including breaching conditions related to simple possession. It doesn't cover everything (a warrant, trafficking). One true sentence is enough here.
You take out your phone. Manon's hand closes on your wrist.
Don't call! The cops come with them! I've got stuff on me, and Pascal's on probation, they'll send him back in! # speaker: Manon # mood: panicked
Last time somebody called for one of my guys, I'm the one who ended up in the back of the cruiser! # speaker: Manon # mood: panicked
+ [Call 911 right now, on speaker, and tell her in one sentence that the law protects them # act: urgent]
    -> call_911
+ [Promise her you'll give the naloxone first, and only call if it doesn't work # act: hold]
    -> naloxone_first
+ [Take the time to calm her down and explain her rights before you dial # act: listen]
    -> calming_manon

=== call_911 ===
// One call, the address, the facts. And one true sentence for Manon.
You dial 911, on speaker.
Manon, the Good Samaritan law protects you: nobody here can be charged with simple possession because we called and stayed. Not you, not him. # speaker: worker
She lets go of your wrist. She stays.
You give the dispatcher the address: a man, unconscious, barely breathing, blue lips. An overdose, probably opioids.
-> the_kit

=== naloxone_first ===
// Holding off the call out of respect for Manon's fear: a kind intention. But the ambulance takes minutes to arrive, one dose may not be enough, and naloxone wears off sooner than many opioids.
~ samir_here = true
Okay. Naloxone first. If it doesn't work, I'll call. # speaker: worker
Samir comes running. He sees Pascal's lips and he's already dialling. # sound: footsteps
No, we call now. It takes time for them to get here. Manon, the law protects you for simple possession. # speaker: Samir # mood: firm
-> the_kit

=== calming_manon ===
// Reassuring Manon is right, but not before the call. One sentence, then 911; the rest can wait until Pascal is breathing.
~ samir_here = true
You explain the law to her, simple possession, what paramedics do. She half listens, eyes on Pascal. Behind you, the snoring has almost stopped.
Samir comes running and dials 911 without a word. # sound: footsteps
-> the_kit

=== the_kit ===
// Nasal naloxone: on the back, head tilted back, nozzle in one nostril, press in one go. No need to know what he took: without opioids it does no harm, and fentanyl hides in plenty of other drugs. The kit also holds injectable naloxone; you give the one you were trained to give.
{ not samir_here:
    ~ samir_here = true
    Samir comes running and kneels on Pascal's other side. # sound: footsteps
}
The dispatcher asks if you have naloxone. In the kit: gloves, a pocket mask, two nasal sprays, and injectable ampoules.
+ [Lay Pascal on his back, tilt his head back and spray one dose into a nostril # act: urgent]
    -> first_dose
+ [Wait for the ambulance: the paramedics will know how to do it better than you # act: hold]
    -> wait_for_them
+ [Ask Manon what he took, and how much, to tell the dispatcher # act: ask]
    -> what_he_took

=== first_dose ===
// The move as it's taught in training. Note the time: the paramedics will ask.
You lay him on his back. You tilt his head, put the nozzle in one nostril and press the plunger in one go.
First dose. 9:52. # speaker: Samir
-> breathing

=== wait_for_them ===
// Waiting for the paramedics "because they know better": naloxone is made to be given by anyone, trained in an hour. Every minute of waiting is a minute without oxygen.
You keep the spray in your hand.
If you have naloxone, give it now. Don't wait for the ambulance. # speaker: Dispatcher # mood: firm
You lay him on his back. You tilt his head and press the plunger into one nostril.
-> breathing

=== what_he_took ===
// Naloxone only works on opioids, but it does no harm if there are none. You don't hold back the dose for an answer.
Manon, what did he take? How much? # speaker: worker
I don't know! Down, I think! I was with you! # speaker: Manon # mood: panicked
If you have naloxone, give it. It won't hurt him. # speaker: Dispatcher # mood: firm
You lay him on his back. You tilt his head and press the plunger into one nostril.
-> breathing

=== breathing ===
// Naloxone takes a few minutes to work. Meanwhile you support breathing as 911 and your training say (rescue breaths, or CPR if he stops breathing), and you don't leave the person. Giving the panicking person a task helps her too.
Nothing. Pascal barely breathes: once, then nothing for a long time.
The dispatcher asks if anyone is trained in rescue breathing. You are: you took the course last month. You put the mask over his mouth and nose and breathe: one breath every five seconds.
Manon, go to the end of the lane. When you see the ambulance, wave them in. # speaker: worker
She runs. It does her good, having something to do. # sound: footsteps
-> three_minutes

=== three_minutes ===
// No response after two or three minutes: a second dose, a new spray, the other nostril. Waiting "a bit longer" isn't caution: it's time without oxygen.
Two minutes. Two and a half. Pascal doesn't move. His lips are still blue.
Almost three minutes. Still nothing. # speaker: Samir
+ [Open the second spray and give the dose in the other nostril # act: urgent]
    -> second_dose
+ [Wait a bit longer: maybe the first dose just needs time # act: hold]
    -> a_little_longer
+ [Ask the dispatcher whether you're allowed to give a second dose # act: ask]
    -> asking_permission

=== second_dose ===
// The protocol followed. A second dose can make waking up rougher; one minute too many without oxygen can cost far more.
New spray, other nostril. You press the plunger, and go back to the breaths.
Second dose. 9:55. # speaker: Samir
-> he_breathes

=== a_little_longer ===
// After two or three minutes with no response, you give another. Hesitation is paid for in oxygen.
You breathe, you count. Another minute. Nothing.
Give the second one! It's in the training! # speaker: Samir # mood: firm
New spray, other nostril. You press the plunger.
-> he_breathes

=== asking_permission ===
// Asking permission for a move you've learned. The rule is clear: no response after two or three minutes, a second dose.
Can I give a second dose? # speaker: worker
Yes, give it. # speaker: Dispatcher # mood: firm
New spray, other nostril. You press the plunger.
-> he_breathes

=== he_breathes ===
// Breathing comes back; the recovery position keeps his airway open if he vomits. Then he wakes up: withdrawal, fear of the police, the urge to leave. The moment changes: from here on, rhythm counts again, and rushing costs trust again, Manon's, who is watching how you treat her friend.
Then Pascal takes a huge breath, all at once, like someone coming up from under water. He coughs. Colour comes back to his lips. # sound: cough
You and Samir roll him onto his side, into the recovery position. He's breathing. On his own.
At the end of the lane, flashing lights sweep the bricks. "Here! Over here!"
Pascal opens his eyes. He sees the wall, the mask in your hand, the naloxone wrappers. He understands. # moment: closed
{ link == "solid" or link == "building":
    His eyes stop on your bag. "Business Card..." Manon has told him about you.
- else:
    He looks at you without recognizing you. One more face, leaning over him.
}
He pushes himself up on one elbow, sweating, shivering.
Christ... I'm sick as a dog. I gotta get out of here. If the cops show up, I'm going back in! # speaker: Pascal # mood: angry
Manon comes running back from the end of the lane, frantic, and crouches on his other side. # cue: agitated
+ [Step back and crouch down at his level, to give them some air # act: step_back]
    -> give_him_air
+ [Keep your hands on his shoulders so he stays lying on his side # act: approach]
    -> hands_on_him
+ [Tell him right away that he nearly died, and that after jail his body isn't used to it anymore # act: opinion]
    -> almost_died

=== give_him_air ===
// After naloxone, withdrawal hits all at once: pain, nausea, chills, often anger or panic. You step back, get down to his level, say the facts in two sentences, including the one that matters most to him.
You back up to the dumpster and crouch at his level. # distance: near
You overdosed. We gave you naloxone. That's the ambulance coming, not the police. I'm staying right here. # speaker: worker
He stops trying to get up and lies back on his side, shaking. Manon holds his hand.
-> paramedics

=== hands_on_him ===
// The intention is to protect him. Seen from the ground, in withdrawal, it's someone holding him down, at the exact moment he's afraid of being arrested. Manon sees it.
~ pushed = true
You keep both hands on his shoulders. # distance: close
Don't move, Pascal. Stay down. # speaker: worker
He shoves your hands off and presses himself against the fence.
Don't touch me! # speaker: Pascal # mood: angry
Manon slides in between the two of you, her back to you. # cue: turns_away
-> paramedics

=== almost_died ===
// "You nearly died", to someone waking up in withdrawal on the ground: true, and the worst sentence for that moment. The information about tolerance is right; said now, it's a reproach.
~ pushed = true
You nearly died, Pascal. You were blue. After four months inside, your body's not used to it anymore! # speaker: worker
You think I don't know? You think I did it on purpose? # speaker: Pascal # mood: angry
He doubles over and throws up. Manon holds his forehead, without looking at you. # cue: turns_away
-> paramedics

=== paramedics ===
// You give the paramedics the facts, then make room for them. Refusing transport is his right; the risk is theirs to explain: naloxone can wear off before the opioid. Your place: respect his refusal, say your worry once, make sure he won't be alone. Tonight, the network is Manon.
Two Urgences-santé paramedics come down the lane with their bags. No police car. # sound: footsteps # moment: guarded
You tell them what you know: unresponsive, very weak breathing, blue lips; two doses of nasal naloxone three minutes apart; rescue breaths. Samir reads them the times. # distance: near
The paramedic wants to take him to the hospital, to keep an eye on him.
No. No hospital. I'll spend the night on a stretcher in a hallway, and somebody'll call my probation officer. # speaker: Pascal # mood: firm
She explains the risk, calmly: naloxone wears off sooner than many opioids; in an hour, the overdose can come back. He mustn't be alone, and mustn't use again tonight. Pascal signs the refusal.
I'm staying with him. All night. # speaker: Manon # mood: firm # cue: arms_crossed
+ [Tell him it's his call, that it worries you a little, and ask Manon where they'll spend the night # act: accept]
    -> his_choice
+ [Insist he get in the ambulance: you can go with him # act: insist]
    -> ambulance_push
+ [Since the paramedics are here, bring up a treatment centre with him # act: perche # topic: treatment]
    -> treatment_pitch

=== his_choice ===
// Respecting the refusal and making possible the safest option he will take: not alone, a familiar place, someone watching him breathe.
It's your call, Pascal. It worries me a little, that's all. Where are you two going to be tonight? # speaker: worker
My room, down the street. I'm not letting go of him. # speaker: Manon # mood: firm
Pascal pulls the foil blanket up around his shoulders, and gives you a small nod.
-> after_the_ambulance

=== ambulance_push ===
// Insisting after an informed refusal: the risk was explained, he chose. Saying it louder is deciding for him.
~ pushed = true
Get in the ambulance, Pascal. I'll go with you, I promise. # speaker: worker
I said no. You're worse than the cops. # speaker: Pascal # mood: cold
The paramedic gives you a look: that's enough. Manon turns her back to you and tucks the blanket around Pascal's shoulders. # cue: turns_away
-> after_the_ambulance

=== treatment_pitch ===
// A perche toward treatment, minutes after an overdose, to someone who just said no. Even said well, it lands at the worst moment, and Manon hears it too.
~ pushed = true
While we're here... There are treatment centres, you know. I could help you apply. # speaker: worker
I've been out four days. And everybody's got a plan for me. # speaker: Pascal # mood: cold
Manon shakes her head, without looking at you. # cue: turns_away
-> after_the_ambulance

=== after_the_ambulance ===
// Afterwards, with Manon: she found him, she shouted, she's the one staying. She's shaking and blaming herself. Rhythm is the rule again: listen first. The training perche will be right in five minutes; now, it would land on her guilt.
The ambulance leaves, empty, no siren. Pascal dozes against the wall in his foil blanket, the wool socks on his feet.
Manon sits down on the back-door step. Her hands are shaking; the lighter won't catch.
I left him alone twenty minutes. To shoot the breeze with the crew. If I'd come back five minutes later... # speaker: Manon # mood: quiet
She turns toward the wall, the lighter clenched in her fist. # cue: turns_away
+ [Sit at the far end of the step, not too close, and listen # act: listen]
    -> listening
+ [Gently tell her that next time it'd be better not to let him use alone # act: opinion]
    -> next_time
+ [Offer her Tuesday's naloxone training right now, so she's ready next time # act: perche # topic: naloxone]
    -> training_too_soon

=== listening ===
// Listening without correcting: she needs to say it, and for someone to stay. Her old story explains her fear of 911; her question about the law deserves an accurate answer, limits included.
You sit at the end of the step. When she holds out the lighter, you light her cigarette. # distance: near
Ten years ago, my buddy Ti-Loup. Same thing, in a stairwell. Somebody called. The cops got there before the ambulance, and I'm the one who went in the back of the cruiser. # speaker: Manon # mood: quiet
That law of yours. The Good Samaritans. Didn't exist back then? # speaker: Manon
No. Since 2017. It covers simple possession, and probation conditions about possession. Not a warrant, for instance. I won't lie to you. # speaker: worker
Pascal's got no warrant. Just sandals. # speaker: Manon # mood: dry
She looks at Pascal, who's snoring softly. A real snore, this time.
And you, breathing into a mask on the face of a guy who had baloney for supper. They give you danger pay for that? # speaker: Manon # mood: amused # cue: smiles
-> the_empty_sprays

=== next_time ===
// Accurate advice (don't use alone), at the worst moment: she just said she blames herself. She hears that it's her fault.
~ pushed = true
Next time, it'd be better not to let him use alone, you know. # speaker: worker
You think I don't know that? I just told you. # speaker: Manon # mood: cold # cue: arms_crossed
-> the_empty_sprays

=== training_too_soon ===
// The right perche, five minutes too early: she's still shaking, and you're talking about "next time". A perche lands on the person's state, not only on its content.
~ pushed = true
Tuesday, at the drop-in, there's a naloxone training. That way, next time, you'll be ready. # speaker: worker
He's not even properly awake, and you're signing me up for school. # speaker: Manon # mood: cold # cue: turns_away
-> the_empty_sprays

=== the_empty_sprays ===
// She's the one who picks up an empty spray and asks. The perche, now, answers what she's looking at: a kit of her own, a two-minute demonstration, the training named once, no sign-up.
Manon picks an empty spray up off the asphalt and turns it in her fingers.
{ pushed:
    That's your nose thing? # speaker: Manon # mood: dry # moment: guarded
- else:
    That's your nose thing? That's what brought him back? # speaker: Manon # mood: quiet # cue: leans_in # moment: open
}
+ [Offer her a kit of her own, and show her the steps in two minutes, right here under the light # act: perche # topic: naloxone]
    -> kit_and_demo
+ [Give her a kit, without explaining anything # act: material]
    -> kit_no_word
+ [Tell her she can get one free at any pharmacy # act: inform]
    -> the_pharmacy

=== kit_and_demo ===
// The perche at the right moment: she asked, you answer with the object and the steps. Tonight's moves become hers.
You open a new kit on the step, between the two of you.
You show her: shout the name, shake the shoulders, rub the sternum. 911. On the back, head tilted back, nozzle in one nostril, press in one go. Nothing after two or three minutes: the second dose, the other nostril. And you stay until the ambulance comes.
She does the thumb move in the air, twice.
That, I can do. # speaker: Manon
There's a training too, on Tuesdays. An hour, a coffee, a dummy to practise on. If you ever feel like it. # speaker: worker
-> no_chairs

=== kit_no_word ===
// Giving without explaining: the gesture is right, but she had a question. A kit without the steps is one more thing in a pocket.
You hand her a new kit. She opens it, looks at the ampoules, the mask, the sprays.
And what do I do with this? I didn't go to nursing school. # speaker: Manon # mood: dry
You show her, in two minutes: the name, the shoulders, the sternum, 911, one dose in one nostril, the second after two or three minutes, and stay until the ambulance comes.
There's a training too, on Tuesdays. An hour, a coffee, a dummy to practise on. If you ever feel like it. # speaker: worker
-> no_chairs

=== the_pharmacy ===
// The information is right (in Quebec, naloxone is free at pharmacies, no prescription), but she was looking at the spray here, now. Sending her elsewhere answers beside her question.
There's free ones at every pharmacy. No prescription needed. # speaker: worker
With the pharmacist following me down the aisles? Haven't you got one in that big bag of yours? # speaker: Manon # mood: dry
You take out a new kit and show her, in two minutes: the name, the shoulders, the sternum, 911, one dose in one nostril, the second after two or three minutes, and stay until the ambulance comes.
There's a training too, on Tuesdays. An hour, a coffee, a dummy to practise on. If you ever feel like it. # speaker: worker
-> no_chairs

=== no_chairs ===
// She turns down the training, with her reasons (rooms, forms, being looked at), then changes the subject. The refusal is her position; the kit, she took. You accept, and the offer stays open, no conditions.
Manon tucks the kit into her coat, where she's kept your card for three weeks.
The training, forget it. Chairs in a circle, a form, and everybody wondering who uses the most? No thanks. # speaker: Manon # mood: firm
Ginette closes at eleven. I gotta go get soda crackers for Pascal, his stomach's gonna be bad all night. # speaker: Manon # cue: changes_subject
+ [Tell her it's her call: the kit is hers, and Tuesday's offer stays open, no conditions # act: accept]
    -> her_call
+ [Insist: just one hour, and you could come pick her up on Tuesday # act: insist # topic: naloxone]
    -> just_one_hour
+ [Suggest organizing a demonstration for Réal and his crew, with her # act: perche # topic: naloxone]
    -> show_the_gang

=== her_call ===
// Accepting the refusal, leaving the offer open, following her change of subject. She answers with a joke: the link held.
It's your call. The kit's yours. Tuesday's there if you ever want it; if not, that's fine too. # speaker: worker
You're all right, Business Card. For somebody in shoes like that. # speaker: Manon # mood: amused # cue: smiles # moment: open
-> closing

=== just_one_hour ===
// Insisting on a perche she refused, reasons given. The intention is her safety; she hears that her no doesn't count.
~ pushed = true
Just one hour. I could come pick you up on Tuesday. # speaker: worker
Business Card. I said no. And right now it's soda crackers. # speaker: Manon # mood: cold # cue: turns_away
-> closing

=== show_the_gang ===
// A good idea (peers training each other), at the wrong moment, and not hers. If it comes, it will come from her.
~ pushed = true
What if we did a demonstration for Réal and the crew? With you. # speaker: worker
I just said no to chairs in a circle, and now you're making me the host? # speaker: Manon # mood: dry # cue: turns_away
-> closing

=== closing ===
// Ending. Pascal refused the hospital; naloxone can wear off before the opioid. Manon is staying with him: she's the safety net. Your place: ask permission to come back rather than take it.
It's 10:40. The coordinator wants you and Samir to drop by the office when you're done, to talk about the night.
Pascal gets up, leaning on the wall. Manon slips an arm under his shoulder.
+ [Leave her your number, and ask if she'd mind you knocking on her door in an hour # act: ask]
    -> back_in_an_hour
+ [Wish them good night, and finish your round with Samir # act: leave]
    -> goodnight
+ [Tell her you'll stay with them until morning, in case the overdose comes back # act: insist]
    -> all_night

=== back_in_an_hour ===
// An agreement on presence, said out loud. An hour is about when the naloxone can wear off: coming back is safety, asked for rather than imposed.
Would you mind if I knocked on your door in an hour? Just to see he's breathing. # speaker: worker
Knock twice. Once is the landlord. # speaker: Manon # mood: amused
-> an_hour_later

=== goodnight ===
// Leaving is fine: Manon is staying, she has a kit and your card. Nothing you gave came with conditions.
Good night, you two. My number's on the card. # speaker: worker
Manon raises two fingers without turning around. They head up the lane in small steps. # sound: footsteps
-> next_thursday

=== all_night ===
// Wanting to stay all night: a real worry, and a presence that takes up all the room. Manon is the one staying; it's for her to say how far into her night you come.
I'll stay with you two until morning. # speaker: worker
In my room? There's a bed and a chair, and the chair's mine. # speaker: Manon # mood: dry
Go to bed, Business Card. I'm the one staying. I've got your nose thing. # speaker: Manon
They head up the lane in small steps. # sound: footsteps
-> next_thursday

=== an_hour_later ===
// The link's band (worked out by the engine) decides what you find behind the door. Either way, Pascal is breathing and Manon is watching: you came back at the agreed time, no closer than agreed.
11:45. You knock twice on her door. # sound: door
{ link == "solid" or link == "building":
    The door opens a crack on Manon, in wool socks. Behind her, Pascal is asleep on his side.
    He's breathing. I'm counting in my head, like you did. # speaker: Manon # mood: quiet # cue: smiles
- else:
    He's breathing. Go to bed. # speaker: Manon # mood: dry
    The door stays shut.
}
-> next_thursday

=== next_thursday ===
// A week later. The network: the night in the lane has gone around the crew, and it's Réal asking for a kit. The request comes from peers; your place is to supply the kit and let Manon show what she knows.
The next Thursday, same round, same dep. # visit: 2 # ambience: street_night # distance: far
{ link == "solid" or link == "building":
    Manon sees you from a distance and raises her arm, this time. # cue: eye_contact # moment: open
    Hey! Business Card! Get over here! # speaker: Manon # mood: amused
- else:
    Manon sees you from a distance and lifts her chin, once. # moment: guarded
}
You stop at the parking meter. Réal is there, hands in his pockets. # distance: near
Heard you got nose things. Manon says they work. I'd like one, for the people in my building. # speaker: Réal # mood: gruff
You take out a kit. Manon takes it, opens it on the window ledge and shows him the steps, with her thumb.
And you don't run off when the ambulance comes, Réal. You stay. # speaker: Manon # mood: firm
-> the_end

=== the_end ===
// The end: the emergency was handled, Pascal is alive, and the link with Manon held. Naloxone now moves through the crew, through her: it's the network that protects, not just you.
Réal slips the kit into his coat. Manon's hands aren't shaking anymore.
So, Business Card, still a notary, or did you change jobs? # speaker: Manon # mood: amused # cue: smiles
You laugh, and carry on with your round. Behind you, she does the thumb move again for someone else. # end: handled
-> END

=== link_broken ===
// Reached only when the model judges the link broken. Before the emergency: too many pushy gestures in front of the others. After: the emergency was handled well, but the aftermath cost the link. In the debrief: what could have waited?
{ stage == "before":
    Manon turns up the collar of her leather coat and turns away. # cue: turns_away # moment: closed
    Well. Have a good round, Business Card. # speaker: Manon # mood: cold
    She disappears into the lane beside the dep, without looking back.
    The following Thursdays, Manon is still outside the dep. She nods to you from a distance; she doesn't wave you over anymore. # end: broken
- else:
    Manon helps Pascal to his feet. # cue: turns_away # moment: closed
    Forget it, Business Card. We're going. # speaker: Manon # mood: cold
    Samir runs after them to remind them the naloxone can wear off before the opioid. Manon raises a hand without turning around: she knows, she's staying with him. # sound: footsteps
    The following Thursdays, the corner by the dep is empty. Samir ran into Manon at the metro: Pascal is doing fine. She gets her supplies from the bus now, when you're not on it. # end: broken
}
-> END
