# title: Kevin's Coffee
# lang: en
# setting: site
# time: A Tuesday in February, 2 p.m.
# character: Kevin
# look: man_tuque_bag
# wariness: 2
# summary: Your third week at the drop-in site. Kevin, a regular, comes in to leave his bag at the cloakroom and complain about the coffee. Later his friend Steph runs in: someone is not breathing right in the washroom. In the emergency, hesitation is the mistake. Afterwards, when Kevin wakes up sick and angry, the right distance is what counts. The next day, he comes back for his bag.
# duration: 12
# concepts: urgence, lien, refus, rythme, suggestion-legitime
# warning: opioid overdose, naloxone, withdrawal

// Set by the engine: fragile | building | solid | broken. Never assign it here.
VAR link = "fragile"
VAR heard_kitchen = false
VAR pushed_him = false

-> start

=== start ===
// The frame: a regular, a routine. At the drop-in, the counter is already an agreed distance, and the hello is part of the ritual. Ask trainees: what does a regular expect from the person behind the counter?
Your third week at the drop-in site. Outside, the snow is coming in sideways; inside, it smells of coffee and wet boots. # ambience: site # moment: guarded
This morning Mathieu, your colleague, showed you the naloxone kit hanging behind the counter, next to the washroom key. "Three overdoses in the neighbourhood this week. You know where it is. That's what matters."
The door bangs open under a shoulder. A man in his forties shakes the snow off his toque, a big gym bag over his shoulder. # sound: door # distance: far
Mathieu looks up: "Hey, Kevin!" Kevin gives him a mock salute, then looks at you, the new face behind the counter. # cue: eye_contact
+ [Say hi to him by name from behind the counter, and point him to the cloakroom # act: greet]
    -> cloakroom_hello
+ [Come around the counter to welcome him at the door, with a pat on the shoulder # act: approach]
    -> at_the_door
+ [Finish folding the cloakroom coats, and let him come to the counter # act: hold]
    -> let_him_come

=== cloakroom_hello ===
// The ritual: a name, a cloakroom tag, a coffee. A regular needs nothing more to feel expected.
Hey, Kevin! Bag in the cloakroom? # speaker: worker
He crosses the room and sets the bag on the counter. You hand him tag number 12. # distance: near
Twelve. My lucky number, as of this morning. # speaker: Kevin # mood: amused
-> the_coffee

=== at_the_door ===
// Going out to meet him, all the way to touching him: a warm welcome, but he is a regular of the site, not yet of you. The routine already has its distance: the counter.
You come around the counter, go all the way to the door and pat him on the shoulder, your hand out for his bag. # distance: close # sound: footsteps
He stiffens. He keeps the bag on his shoulder.
Whoa. Do we know each other? # speaker: Kevin # mood: wary
He steps around your hand and takes the bag to the counter himself. You go back behind it and hand him tag number 12. # distance: near
Twelve. Fine. My lucky number, let's say. # speaker: Kevin # mood: dry
-> the_coffee

=== let_him_come ===
// Letting yourself be found. A regular knows the way to the counter; a nod is enough.
You signal that you'll be right there and finish folding a coat.
Take your time. It's only me melting on your floor. # speaker: Kevin # mood: dry
He sets the bag on the counter. You hand him tag number 12. # distance: near
-> the_coffee

=== the_coffee ===
// Small talk. His joke about the coffee is a door he opens, as wide as he chooses. Following it builds the link; remarking on how he looks means talking about him before he does.
He pours himself a coffee at the back table, tastes it, winces.
Ouch. Who made this? That's burnt sock juice. # speaker: Kevin # mood: amused
He drinks it anyway, both hands around the paper cup. He has dark circles under his eyes and the grey skin of someone who sleeps badly.
+ [Ask him how he would make it, the coffee # act: small_talk]
    -> the_line_cook
+ [Tell him he's been looking tired lately, and ask if he's okay # act: opinion]
    -> tired_remark
+ [Laugh, and let him drink in peace # act: hold]
    -> quiet_coffee

=== the_line_cook ===
// A question about the coffee, not about him: he can answer it with his story, or not. He chooses to give a piece of it.
How would you make it? # speaker: worker
He looks at you as if you'd finally asked a real question. # cue: smiles # moment: open
-> kitchen_story

=== quiet_coffee ===
// Adding nothing. At a drop-in, silence is a kind of welcome too; often the person speaks first.
You laugh. He drinks, watching the snow through the front window.
After a while he speaks, without looking at you. # moment: open
-> kitchen_story

=== kitchen_story ===
// A piece of his story (the kitchen, his back), then he shuts the door with hockey. That's his way of saying "enough". Watch for it: this is where rhythm is at stake.
~ heard_kitchen = true
Less water, more grounds, and you don't leave it burning on the burner for two hours. Fifteen years on the hot line, me, on Saint-Denis. I made the staff coffee. Nobody complained. # speaker: Kevin # mood: proud
He looks down at his forearms. Old burn scars, white, running across them.
Until my back gave out. After that... # speaker: Kevin # mood: quiet
He stops, takes a sip, makes an exaggerated face.
So, you see the game last night? Habs got buried in the third again. # speaker: Kevin # cue: changes_subject # moment: guarded
+ [Follow him onto hockey, and leave his back where he left it # act: accept]
    -> hockey
+ [Gently ask him what happened after, with his back # act: ask]
    -> after_the_back
+ [Tell him there are back-to-work programs for kitchen jobs # act: perche]
    -> kitchen_perche

=== hockey ===
// Following his change of subject. The hot line, his back, what came after: those belong to him. He'll bring them up again, or not.
I only saw the second period. Then I went to bed so I wouldn't suffer. # speaker: worker
Wise move. Me, I suffered right to the end. That's a real fan. # speaker: Kevin # mood: amused # cue: smiles
-> see_you_later

=== after_the_back ===
// He had closed the door. Going through it, even gently, takes control of his story away from him.
What happened after, with your back? # speaker: worker
He shrugs and folds his arms over his cup. # cue: arms_crossed
After is what happened after. The game was a real question, you know. # speaker: Kevin # mood: cold
-> see_you_later

=== kitchen_perche ===
// A perche through the door he just closed. Not a bad idea; nobody asked for it.
You know, there are back-to-work programs for kitchens. I could find you the name. # speaker: worker
A kitchen, with my back? Thanks, rookie. I'll think about it when I retire. # speaker: Kevin # mood: dry # cue: turns_away
-> see_you_later

=== tired_remark ===
// Remarking on how he looks, however gently, means talking about him before he does. He answers with a jab and closes up: he came in for a coffee.
You've been looking tired lately, Kevin. You okay? # speaker: worker
He looks up from his coffee, slowly.
Tired? You look like a rookie. We've all got our problems. # speaker: Kevin # mood: dry # cue: turns_away
He goes to sit at the far end of the table, his back to the counter, and leafs through an old newspaper.
-> see_you_later

=== see_you_later ===
// The everyday at the site: welcoming, tidying, minding bags. Nothing announces what's coming; that's part of the everyday too.
Around 2:30, Kevin brings his empty cup back to the counter.
I'm going out for a bit. Keep my bag warm, I'll be back for it before closing. # speaker: Kevin
He pulls his toque down and heads back out into the snow. # sound: door # distance: far
The afternoon goes by. People come in for supplies, a coffee, dry socks. You learn where the toques are, the kits, the condoms, the cookies.
Around three, Kevin comes back in with his friend Steph, a tall skinny guy in a hoodie. He gives you a nod and goes straight to the washroom at the back. Steph sits on the radiator next to the washroom door. # sound: door
You go back to the cloakroom: a woman is looking for her coat, and you can't find her number.
-> steph_runs_in

=== steph_runs_in ===
// The emergency begins. Here the model turns around: moving fast is the right move. Going to get the coordinator, or asking questions first, are a beginner's reflexes, kind ones, and they cost seconds.
A few minutes later, Steph runs up to the counter, white as a sheet. # moment: emergency # sound: footsteps
Kevin! In the washroom! He's not answering! I knocked, and he's making this noise like snoring, but weird! # speaker: Steph # mood: panicked
Mathieu is at the other end of the room, on the phone. Nadia, the coordinator, is in her office with the door shut.
+ [Grab the naloxone kit and the washroom key, and run, shouting for Mathieu to come # act: urgent]
    -> to_the_washroom
+ [Go knock on Nadia's office door: the coordinator will know what to do # act: leave]
    -> nadia_first
+ [Ask Steph what Kevin took, so you know what to do # act: ask]
    -> what_did_he_take

=== to_the_washroom ===
// The right reflex: the kit and the key first, a colleague alerted on the way. You don't need to know what he took to start helping him.
You grab the red kit and the key. # sound: footsteps
Mathieu! The washroom, now! # speaker: worker
-> the_washroom

=== nadia_first ===
// Going to get the coordinator: you want to do it right, not make a mistake. But the kit is behind the counter, and every minute without oxygen counts. You alert people on the way; you don't go ask for permission.
You run to the office and knock. Nadia opens, phone at her ear.
Kevin... the washroom... Steph says he's not answering. # speaker: worker
Why are you here? Take the kit and go! I'm coming! # speaker: Nadia # mood: firm
You run back, grab the kit and the key. Thirty seconds lost, maybe more. # sound: footsteps
-> the_washroom

=== what_did_he_take ===
// Wanting to know what he took before acting. The answer will help the paramedics, later. Naloxone does no harm if there are no opioids: you don't hold it back waiting for an answer.
What did he take? # speaker: worker
How would I know? Come on, for Christ's sake! # speaker: Steph # mood: panicked
You grab the kit and the key. Steph is already running back down the hall. # sound: footsteps
-> the_washroom

=== the_washroom ===
// Recognizing an opioid overdose: no response, bad breathing (a gurgling snore), blue or grey lips, cold clammy skin. That snore is not sleep. First move: stimulate him, hard.
You unlock the door. Kevin is sitting on the floor, his back against the wall, his head dropped onto his shoulder. # distance: close
He's making a slow, rasping sound, a gurgling snore. His lips are grey, almost blue. His skin is cold and clammy.
Steph is behind you in the doorway. Mathieu comes running at the end of the hall. # sound: footsteps
+ [Shout his name and rub his sternum hard with your knuckles # act: urgent]
    -> stimulate
+ [Wait a few seconds: he's snoring, maybe he's just sleeping really hard # act: hold]
    -> just_sleeping
+ [Run and fill a glass of cold water to throw in his face # act: step_back]
    -> cold_water

=== stimulate ===
// Stimulate: call him loudly, by name, and rub his sternum. If he responds to neither voice nor pain, you call 911.
You kneel in front of him.
KEVIN! Kevin, can you hear me? Open your eyes! # speaker: worker
You rub the middle of his chest hard with your knuckles. Nothing. Not a flinch. Just that slow snore, further and further apart.
-> no_response

=== just_sleeping ===
// "He's sleeping, he's snoring": the most human mistake, and one of the most dangerous. A gurgling snore in someone who doesn't respond is breathing in distress.
You wait. The snoring slows. Three seconds between breaths. Five.
He's not sleeping! Look at his lips! # speaker: Steph # mood: panicked
You kneel, shout his name, rub his sternum hard with your knuckles. Nothing.
-> no_response

=== cold_water ===
// Cold water, ice, slapping: street remedies that waste time and leave the person alone. You stay, you stimulate, you call.
You run to the sink in the hall and fill a glass. When you get back, Mathieu is on his knees beside Kevin. # distance: near
Forget the water! He's not responding! # speaker: Mathieu # mood: firm
You kneel too. You shout his name, rub his sternum hard with your knuckles. Nothing. # distance: close
-> no_response

=== no_response ===
// Call 911, or have one specific person call, as soon as the person doesn't respond. The fear of police is real; the Good Samaritan Drug Overdose Act protects people who call for help at an overdose from charges for simple possession. One sentence is enough, not a lecture.
Steph grabs your sleeve.
Don't call an ambulance! The cops always show up with them, and I've got stuff on me! # speaker: Steph # mood: panicked
Mathieu has his cell in his hand. He looks at you: you're the one next to Kevin.
+ [Tell Mathieu to call 911 right now, and tell Steph in one sentence that the law protects him # act: urgent]
    -> call_911
+ [Give the naloxone first, and only call if it doesn't work # act: hold]
    -> naloxone_first
+ [Take the time to calm Steph down and explain his rights before calling # act: listen]
    -> calming_steph

=== call_911 ===
// One call, one name, one clear instruction. And one true sentence for Steph: he can stay without fearing a simple possession charge.
Mathieu, call 911. Overdose, he's not responding, he's barely breathing. # speaker: worker
Steph, the Good Samaritan law protects you: you won't get charged with possession for calling for help. Stay with us. # speaker: worker
Mathieu is already dialling. Steph bites his fist, but he stays.
-> the_kit

=== naloxone_first ===
// Waiting to see whether naloxone is enough, out of respect for Steph's fear. The intention is good, but naloxone wears off sooner than many opioids, and the ambulance takes minutes to arrive: you call right away.
Okay, not yet. We try the naloxone first. # speaker: worker
Mathieu shakes his head and dials anyway.
No, we call. It takes time for them to get here. Steph, the law covers you for possession. # speaker: Mathieu # mood: firm
-> the_kit

=== calming_steph ===
// Reassuring Steph is right, but not before the call. One sentence, then 911: the rest can wait until Kevin is breathing.
You turn to Steph. You explain the law, simple possession, what paramedics do and what they don't. He's half listening. Behind you, Kevin's snoring has almost stopped.
Mathieu dials while you talk. "I'm calling. You take care of Kevin."
-> the_kit

=== the_kit ===
// Nasal spray naloxone: the person on their back, head tilted back with the neck supported, the nozzle in one nostril, press the plunger firmly. Don't test it first. You don't need to know what he took: without opioids it does no harm, and fentanyl hides in plenty of other drugs.
Mathieu has the 911 dispatcher on the line, on speaker. He gives the address, spells the street name.
You open the kit: gloves, a pocket mask for rescue breaths, two naloxone nasal sprays in their packaging.
+ [Lay Kevin on his back, tilt his head back and spray one dose into one nostril # act: urgent]
    -> first_dose
+ [Wait for the paramedics: they'll do it better than you # act: hold]
    -> wait_for_paramedics
+ [Ask Steph whether it was really opioids, since naloxone only works on those # act: ask]
    -> is_it_opioids

=== first_dose ===
// The move as it's taught in training. Note the time: the paramedics will ask.
You and Mathieu lay him on his back. You support his neck and tilt his head back.
You insert the nozzle into one nostril and press the plunger firmly.
First dose. I'm noting the time. # speaker: Mathieu
-> breathing

=== wait_for_paramedics ===
// Waiting for the paramedics "because they know better": naloxone is made to be given by anyone, trained in an hour. Every minute of waiting is a minute without oxygen.
You keep the spray in your hand. The paramedics will know how...
The dispatcher, over the speaker: "Do you have naloxone? Give it now, don't wait for the ambulance."
You and Mathieu lay him on his back. You tilt his head, insert the nozzle into one nostril, press the plunger.
-> breathing

=== is_it_opioids ===
// Naloxone only works on opioids, that's true; but it does no harm if there are none. When in doubt, you give it.
Steph, was it opioids he took? Naloxone only works on those. # speaker: worker
I don't know! I wasn't in there! # speaker: Steph # mood: panicked
The dispatcher, over the speaker: "If you have naloxone, give it. It won't hurt him."
You and Mathieu lay him on his back. You tilt his head, insert the nozzle into one nostril, press the plunger.
-> breathing

=== breathing ===
// Naloxone takes a few minutes to work. Meanwhile you support breathing by following 911's instructions (rescue breaths or compressions, depending on your training), you watch the time, and you don't leave the person.
Nothing happens. Kevin is barely breathing: once, then a long nothing, then another.
The dispatcher asks whether anyone is trained in rescue breathing. You did the training two weeks ago. Mathieu looks at you: you're at his head.
+ [Put on the pocket mask and give him rescue breaths, following the dispatcher's instructions # act: urgent]
    -> rescue_breaths
+ [Leave him on his back and wait for the naloxone to kick in # act: hold]
    -> just_watching
+ [Leave Kevin with Mathieu and go open the front door for the paramedics # act: leave]
    -> front_door

=== rescue_breaths ===
// Supporting breathing, and handing off the rest: Steph needs a job, and the door is one.
You put the mask over his mouth and nose, keep his head tilted back, and blow. His chest rises. You count, like in training: one breath every five or six seconds.
Steph, go open the front door for the ambulance. # speaker: worker
Steph takes off running. It helps him to have something to do. # sound: footsteps
-> two_minutes

=== just_watching ===
// Watching and waiting while naloxone works: the brain goes short of oxygen during those minutes. You support the breathing.
You watch his chest. It barely moves. Ten seconds. Fifteen.
The dispatcher: "Is he breathing poorly? Give him rescue breaths." You put on the mask, tilt his head, and blow: one breath every five or six seconds.
Steph goes to open the front door. # sound: footsteps
-> two_minutes

=== front_door ===
// Leaving the person for a task someone else can do. You stay with them; you hand off the door.
You get up to go to the door. Mathieu stops you with a hand.
No, you stay with him. Steph, go open up front! # speaker: Mathieu # mood: firm
Steph takes off running. You get back on your knees, put on the mask, and blow: one breath every five or six seconds. # sound: footsteps
-> two_minutes

=== two_minutes ===
// No response after two or three minutes: a second dose, with a new spray, in the other nostril. Waiting "a little longer" isn't caution: it's time without oxygen.
Mathieu checks the time. Two minutes. Two and a half. Kevin isn't moving. His lips are still grey.
Still nothing. It's been almost three minutes. # speaker: Mathieu
+ [Open the second spray, a new one, and give the dose in the other nostril # act: urgent]
    -> second_dose
+ [Wait a little longer: maybe the first dose just needs time # act: hold]
    -> a_little_longer
+ [Ask Mathieu to check with the dispatcher whether you can give a second dose # act: ask]
    -> asking_permission

=== second_dose ===
// The instruction followed. A second dose can make waking up harder; one minute too many without oxygen can cost far more.
You tear open the second package. New spray, other nostril. You press the plunger firmly.
Second dose. Noted. # speaker: Mathieu
You go back to the rescue breaths.
-> he_breathes

=== a_little_longer ===
// Same logic as before: after two or three minutes with no response, you give another dose. Hesitation is paid for in oxygen.
You wait. You breathe for him, you count. One more minute. Kevin still isn't moving.
Give the second one! It's in the training! # speaker: Mathieu # mood: firm
You tear open the second package. New spray, other nostril. You press the plunger.
-> he_breathes

=== asking_permission ===
// Asking permission for a move you were trained to make. The instruction is clear: no response after two or three minutes, a second dose.
Mathieu, ask them if I can give the second one. # speaker: worker
The dispatcher answers before he can: "Yes, give it." Mathieu adds: "It's in the training, go!"
You tear open the second package. New spray, other nostril. You press the plunger.
-> he_breathes

=== he_breathes ===
// Breathing comes back. As soon as he breathes on his own, the recovery position keeps his airway open if he vomits. And you stay: naloxone can wear off before the opioids do. Then he wakes up, and the emergency turns into something else: withdrawal, anger.
A minute goes by. Then Kevin takes a huge breath all at once, like someone coming up out of water. He coughs. A little colour comes back to his lips. # sound: cough
You and Mathieu roll him onto his side, into the recovery position, arm under his head, leg bent. He's breathing. On his own. # distance: close
Ambulance is five minutes out. # speaker: Mathieu
Kevin opens his eyes. He sees the ceiling, the mask in your hand, the naloxone packaging on the floor. He gets it. # moment: closed
// The link built before the emergency is the one you work with after it: the link band (computed by the engine) colours how he wakes up.
{ link == "solid" or link == "building":
    His eyes land on you. He recognizes you: the face from the counter, tag number 12.
- else:
    He looks at you without recognizing you. One more face leaning over him, like at the hospital.
}
He jerks up onto one elbow, sweating, shivering, his nose running. # cue: agitated
Jesus Christ... You gave me naloxone? I'm sick now! I'm sick as a dog! # speaker: Kevin # mood: angry
+ [Step back and crouch by the door, at his level, to give him some air # act: step_back]
    -> give_him_air
+ [Stay over him, your hands on his shoulders, so he doesn't get up too fast # act: approach]
    -> standing_over
+ [Tell him right away that he almost died, that he was blue # act: opinion]
    -> almost_died

=== give_him_air ===
// After naloxone, withdrawal hits all at once: pain, nausea, chills, and often anger. You step back, get down to his level, state the facts in two sentences. He doesn't owe anyone thanks.
You back up to the doorframe and crouch, hands on your knees. # distance: near
You overdosed, Kevin. We gave you naloxone. The ambulance is coming. I'm staying right here. # speaker: worker
He looks at you, eyes watering. He doesn't say anything. But he stops trying to get up. # cue: silence
-> sick_and_angry

=== standing_over ===
// Leaning over him, hands on him: the intention is to protect him. From the floor of a washroom, it's someone pinning him down, at the worst possible moment.
~ pushed_him = true
You stay over him, both hands on his shoulders. # distance: close
Don't move, Kevin. Stay down, okay? # speaker: worker
He knocks your hands away with his arm and shrinks back against the wall, as far from you as he can get. # cue: steps_back
Don't touch me! Get off me! # speaker: Kevin # mood: angry
-> sick_and_angry

=== almost_died ===
// "You almost died", to someone waking up in withdrawal: it's true, and it's the worst sentence for that moment. He hears it as blame.
~ pushed_him = true
Kevin, you almost died. You were blue. Do you get that? # speaker: worker
Yeah, I get it! You think I did it on purpose? # speaker: Kevin # mood: angry # cue: agitated
He doubles over, retching.
-> sick_and_angry

=== sick_and_angry ===
// Withdrawal brought on by naloxone: he's in pain, he's cold, he's nauseous, and he's angry at whoever is closest. Taking the anger without defending yourself and without a lecture keeps the door open for tomorrow.
Kevin throws up in the toilet. He's shaking all over, goosebumps up his arms.
When he lifts his head, it's you he's looking at.
Happy now? You wrecked my whole day. And you, rookie, you're looking at me like an animal at the zoo. # speaker: Kevin # mood: angry # cue: agitated
+ [Accept his anger without justifying yourself: he has the right to be mad, and you're staying close by # act: accept]
    -> anger_accepted
+ [Calmly explain that the naloxone saved his life, and that he should be more careful # act: opinion]
    -> the_lecture
+ [Tell him there's a detox bed open this week, and that you can call right now # act: insist # topic: detox]
    -> detox_now

=== anger_accepted ===
// Taking the anger without taking it personally. No justifying, no "we saved your life": he knows. A paper towel held out at arm's length is a presence that doesn't crowd him.
You've got every right to be pissed off. I'm not taking it personally. I'm staying close by. # speaker: worker
You hold out a paper towel, at arm's length, without moving closer.
He takes it. He wipes his mouth. He doesn't say thanks; he doesn't say anything else either. # moment: guarded
Steph? Where's Steph? # speaker: Kevin # mood: quiet
Up front. Waiting for the ambulance. He's the one who found you, you know. # speaker: worker
Kevin closes his eyes. He nods, once.
-> paramedics

=== the_lecture ===
// The lecture, however gentle, however true. He's sick, humiliated, on a washroom floor: what he hears is that he screwed up. It might be sayable another day, if he opens the door.
~ pushed_him = true
Kevin, the naloxone saved your life. You should be more careful, you know. At least don't use alone. # speaker: worker
More careful? I wasn't alone, Steph was right at the door! You're lecturing me, now, on a washroom floor? # speaker: Kevin # mood: angry # cue: turns_away
He turns to face the wall.
-> paramedics

=== detox_now ===
// Offering detox to someone waking up in withdrawal, angry, on the floor: the intention is care, the timing is the worst. It isn't his request; it's ours.
~ pushed_him = true
Kevin, there's a detox bed open this week. I can call right now, if you want. This could be the moment, you know. # speaker: worker
He looks at you as if you were speaking another language.
The moment? I'm puking my guts out and you're selling me a program? # speaker: Kevin # mood: angry # cue: turns_away
He turns to face the wall.
-> paramedics

=== paramedics ===
// The paramedics take over: you give them the facts (what you saw, the two doses, the times), then make room for them. His refusal to go to hospital is his right; explaining the risk is their job. The legitimate suggestion here: say your worry once, offer one concrete option, let him choose.
Two Urgences-santé paramedics come down the hall with their bags. # sound: footsteps # moment: guarded
You get up to make room and tell them what you know: he wasn't responding, he was barely breathing, grey lips; two doses of nasal naloxone, three minutes apart; he's been breathing on his own for a few minutes. Mathieu reads them the times of both doses off his phone. # distance: near
The paramedic crouches by Kevin, takes his pulse, clips an oximeter on his finger. She tells him they'll take him to the hospital so he can be monitored.
No. I'm not going to the hospital. Last time, twelve hours on a stretcher in the hallway, and everybody looking at me like I was garbage. # speaker: Kevin # mood: firm # cue: arms_crossed
The paramedic explains the risk, calmly: the naloxone can wear off before the drug does, and the overdose can come back. He has the right to refuse, but he shouldn't be alone, and he shouldn't use again right away. Kevin signs the refusal with a scrawl.
+ [Tell him it's his call, that you're a bit worried, and offer him the couch by the cloakroom, a blanket and a coffee # act: accept]
    -> the_couch
+ [Insist that he get in the ambulance: you can go with him, you'll stay by his side # act: insist]
    -> hospital_push
+ [Use the moment, with the paramedics there, to bring up a treatment centre # act: perche # topic: treatment]
    -> treatment_perche

=== the_couch ===
// Respecting the refusal and making the safest option he will accept possible: not alone, somewhere warm, people around. It's his plan, not ours. The worry gets said once.
It's your call, Kevin. I'm just telling you I'm a bit worried. The couch by the cloakroom is free. A blanket, a coffee. Stay as long as you want; we'll keep an eye out. # speaker: worker
He looks at you for a long time. # cue: silence
A coffee that's not burnt? # speaker: Kevin # mood: dry
I can't promise anything. # speaker: worker
The corner of his mouth moves. Almost a smile. # cue: smiles
-> the_afternoon

=== hospital_push ===
// Insisting after an informed refusal. The paramedic explained the risk; he chose. Repeating it louder tells him again that someone else decides for him: exactly what he avoids at the hospital.
~ pushed_him = true
Kevin, get in the ambulance. I'll go with you, I'll stay right beside you, I promise. # speaker: worker
No. I said no. You're worse than they are. # speaker: Kevin # mood: cold # cue: turns_away
The paramedic gives you a small wave of the hand: that's enough. She tells him again not to stay alone.
-> the_afternoon

=== treatment_perche ===
// A perche towards treatment, in front of two paramedics, minutes after an overdose, to someone who just said no. Even well put, it lands at the worst moment.
~ pushed_him = true
While we're at it, Kevin... There are treatment centres, you know. I could help you apply. # speaker: worker
Kevin doesn't even look at you. # cue: turns_away
Everybody's got a plan for me today. # speaker: Kevin # mood: cold
-> the_afternoon

=== the_afternoon ===
// Staying, without hovering. The link is kept in silence too, at the right distance; and the team looks after the trainee, who has just been through an emergency.
Kevin spends an hour on the couch by the cloakroom, wrapped in a blanket, Steph sitting next to him. He shivers, dozes, wakes up. Mathieu checks on him every ten minutes.
Around 4:30 he gets up, hands back the blanket and leaves with Steph without picking up his bag. Tag number 12 is still in his coat pocket. # sound: door
Before closing, Nadia sits down with Mathieu and you. She asks how you're doing. You're not sure what to say. She tells you that's normal, and that you can talk about it again tomorrow.
-> next_day

=== next_day ===
// The next day. His return depends on what happened after the emergency: if he was pushed while he was sick, he comes back on guard, and says so.
The next day, 2 p.m. Still snowing. # visit: 2 # ambience: site
The door bangs open under a shoulder. # sound: door # distance: far
{ not pushed_him:
    Kevin. Drawn face, a new toque. He comes straight to the counter and looks you in the eye. # distance: near # cue: eye_contact # moment: open
    Hey, rookie. I'm here for my bag. And... yesterday, I was pretty nasty to you. # speaker: Kevin # mood: sheepish
- else:
    Kevin. Drawn face, a new toque. He comes to the counter, but keeps his eyes on the tag he's turning between his fingers. # distance: near # moment: guarded
    Hey. Just my bag, okay? And no sermon. # speaker: Kevin # mood: dry # cue: arms_crossed
}
+ [Give him back his bag and pour him a coffee, without bringing up yesterday # act: material]
    -> bag_and_coffee
+ [Tell him frankly that he scared you yesterday # act: opinion]
    -> you_scared_me
+ [Give him the treatment centre brochure you printed last night # act: perche # topic: treatment]
    -> the_brochure

=== bag_and_coffee ===
// No need to go back over yesterday: handing him his bag with a coffee says "we're okay". What happened belongs to him; he'll talk about it if he wants to.
You put the bag on the counter, with a coffee.
{ heard_kitchen:
    We're good, Kevin. Here. I used more grounds. # speaker: worker
- else:
    We're good, Kevin. Here. I made it myself. # speaker: worker
}
He tastes it. He raises an eyebrow. # cue: smiles
Not bad. There's hope for you. # speaker: Kevin # mood: amused
-> his_request

=== you_scared_me ===
// A frank opinion, said once, without blame. The next day, with the link, it can be said; on the washroom floor, it couldn't. If he has just said "no sermon", it still comes too soon.
I'll be straight with you, Kevin. You scared me yesterday. # speaker: worker
{ pushed_him:
    He rolls his eyes at the ceiling.
    I said no sermon. # speaker: Kevin # mood: cold # cue: turns_away
    Then, lower, without looking at you: "I scared myself too."
- else:
    He looks at the counter for a long moment.
    I scared myself too. # speaker: Kevin # mood: quiet
}
You put his bag on the counter, with a coffee.
-> his_request

=== the_brochure ===
// A brochure prepared overnight: the concern is real. But it's our plan, arriving before his request. He takes it to be polite; whether he does anything with it is his decision.
You pull the brochure out from under the counter: a treatment centre in Laval. You printed it last night when you got home.
I was thinking about you last night. Here, just in case. # speaker: worker
He looks at the brochure, then at you. He folds it in four and slips it in his pocket without reading it. # cue: turns_away
We'll see. My bag first. # speaker: Kevin # mood: dry
You put his bag on the counter, with a coffee.
-> his_request

=== his_request ===
// The request comes from him. It's the most legitimate moment to give and explain: kits, a two-minute demonstration, the essentials said simply. He leaves better equipped, not more dependent on us.
Kevin drinks his coffee, leaning on the counter. Then, without looking at you:
That nose thing. The naloxone. Where do you get it? Steph wants one. And me too, let's say. Just in case. # speaker: Kevin # cue: leans_in # moment: open
+ [Give him two kits and show him, in two minutes, how to use them # act: material]
    -> two_kits
+ [Tell him every pharmacy has it for free, no prescription needed # act: inform]
    -> at_the_pharmacy
+ [Ask him why he wants one, all of a sudden # act: ask]
    -> why_now

=== two_kits ===
// Answering the request, right away and concretely. The demonstration goes over yesterday's moves: now they're his.
You take two kits from under the counter and open one in front of him.
You show him: shout the name, rub the sternum. Call 911. Person on their back, head tilted back, nozzle in one nostril, press down hard. If nothing changes after two or three minutes, the second one, in the other nostril. And you stay until the ambulance gets there.
He listens all the way through. He mimes the thumb push, in the air.
Like yesterday. # speaker: Kevin # mood: quiet
Like yesterday. And it's free at the pharmacy, no prescription, if you need more. # speaker: worker
-> last_word

=== at_the_pharmacy ===
// The information is right, but he was asking for a kit, here, now. Sending him elsewhere answers beside his request. He asks again; this time, you hear it.
Every pharmacy has it for free. No prescription needed. # speaker: worker
Yeah. And the pharmacist looking me up and down? Don't you have any here? # speaker: Kevin # mood: dry
You take two kits from under the counter and open one in front of him.
You show him: shout the name, rub the sternum. Call 911. Person on their back, head tilted back, nozzle in one nostril, press down hard. If nothing changes after two or three minutes, the second one, in the other nostril. And you stay until the ambulance gets there.
Like yesterday. # speaker: Kevin # mood: quiet
-> last_word

=== why_now ===
// Asking why, when the request is clear: it makes him justify a precaution. He answers anyway, with his humour.
Why do you want one, all of a sudden? # speaker: worker
He shrugs.
Because Steph was more scared than me yesterday. And next time, maybe it's him on the floor. # speaker: Kevin # mood: quiet
You take two kits from under the counter and show him: shout the name, rub the sternum, call 911, one dose in one nostril, the second after two or three minutes if needed, and stay until the ambulance gets there.
-> last_word

=== last_word ===
// A request of his own (his feet, the nurse), and a perche the size of his request: the hours, and an offer to let her know, which he's free to turn down. The rest will come at his pace, or it won't.
He slips the kits into his coat and puts his bag back on his shoulder.
Nadia says the nurse is in on Thursday. Not to quit, okay. For my feet. They've been frozen since the fall. # speaker: Kevin # mood: dry
+ [Give him the hours, and offer to let the nurse know, if he wants # act: perche # topic: nurse]
    Thursday, one to four. If you want, I'll tell her you're coming by. # speaker: worker
    Don't tell her anything. I'll see. # speaker: Kevin # mood: dry
    Your call. # speaker: worker
    -> see_you_thursday
+ [Offer to book the appointment right now, and to go with him # act: insist]
    I can book you an appointment right now, and go with you. # speaker: worker
    Whoa. One thing at a time, rookie. I told you about my feet, not my soul. # speaker: Kevin # mood: amused
    -> see_you_thursday

=== see_you_thursday ===
// The ending: the emergency was handled, and the link held through the anger. A bag handed back, two kits, a joke. It's small, and it's everything.
He pulls his toque down and shoulders the door open. # sound: door
And make me a decent coffee tomorrow. # speaker: Kevin # mood: amused # cue: smiles
The door closes on the snow. In the cloakroom, hook number 12 is empty. # end: handled
-> END

=== link_broken ===
// Reached only when the model judges the link broken: too many pushes after the emergency (standing over him, the lecture, treatment at the wrong moment). The emergency itself was handled; it's the aftermath that cost the link. In the debrief: what could have waited until tomorrow?
Kevin gets up, leaning on the wall, legs shaky. He pushes away the hand someone holds out. # cue: turns_away # moment: closed
Leave me alone. All of you. # speaker: Kevin # mood: cold
He refuses everything: the ambulance, the couch, the coffee. He walks out into the snow with Steph, without his bag. Mathieu runs after them to the sidewalk to remind them the naloxone can wear off before the drug does; Steph raises a hand: he's staying with him. # sound: door
The next day, the bag is still in the cloakroom, on hook number 12. The week after, too. Mathieu ran into Kevin at the metro: he's okay, but now he gets his supplies from the bus, Thursday nights, when you're not on. # end: broken
-> END
