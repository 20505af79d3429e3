# title: The Waiting Room
# lang: en
# setting: clinic
# time: Monday, 8 a.m., late November
# character: Gilles
# look: man_beard
# wariness: 3
# summary: You have known Gilles for eight months. On Friday he showed you his arm: an abscess, red, hot, getting bigger. "If you come with me, I'll go." This morning you go with him to the walk-in clinic at the CLSC. The last time he saw a doctor, he was taken for a "pill seeker". Your task: translate between the clinic's time and his, be a witness without speaking for him, and let him decide, even to leave.
# duration: 12
# concepts: accompagnement, lien, rythme, refus, suggestion-legitime, voisinage-courtois
# warning: an abscess on the arm, infection, medical care (no graphic detail)
# warning: injection drug use mentioned, early withdrawal
# warning: past stigma in a health care setting

// Set by the engine: fragile | building | solid | broken. Never assign it here.
VAR link = "fragile"
// True from the next day on (the second visit), for the "link broken" ending.
VAR day_two = false
// True if the trainee told the nurse about his withdrawal without his consent.
VAR told_nurse = false
// True if the prescription was fitted to his days.
VAR adapted = false
// True if the trainee stayed seated across the room.
VAR sat_far = false

-> start

=== start ===
// The frame: eight months of link, and a request that comes from him. He let the line go in without him: his time is already running beside the clinic's. Ask trainees: what does he hear if the first sentence is about the list, or about his arm?
Monday, 8:05 a.m., late November. Outside the CLSC on Sainte-Catherine Street East. A fine drizzle. # ambience: rain # moment: guarded # distance: far
You've known Gilles for eight months. First from a distance, near Frontenac metro: a nod, supplies, a bag of kibble for his dog. Then coffees standing up, at the dep.
On Friday, at the drop-in, he rolled up his sleeve without anyone asking him anything. An abscess on his forearm, the size of an egg. "If you come with me, I'll go. Monday. Before I change my mind."
The doors have just opened. The line that was waiting on the sidewalk has gone in. Gilles stayed outside, sitting on the edge of an empty planter, a half-smoked cigarette in his fingers. At his feet, tied to the access ramp, a big yellow dog with floppy ears: the Minister.
I watched the line. I didn't stand in the line. I don't stand in line with people looking at me. # speaker: Gilles # mood: dry
+ [Say hello to him and to the Minister, and sit at the end of the planter # act: greet]
    -> hello
+ [Tell him to go in right away: at a walk-in, every minute counts for the list # act: perche # topic: doctor]
    -> hurry_in
+ [Ask him to show you his arm, to see if it's worse since Friday # act: ask]
    -> arm_first

=== hello ===
// Saying hello to the dog is saying hello to his life. He shows his arm himself, when he's ready.
Hi, Gilles. Good morning, Mr. Minister. # speaker: worker
He won't answer you. He only talks to reporters. # speaker: Gilles # mood: amused # cue: smiles
You sit at the end of the planter. # distance: near
He finishes his cigarette, in no hurry. Then, without you asking anything, he rolls up his sleeve. The skin is tight and shiny; the red reaches almost to the elbow.
It beats like a second heart. Okay. Shall we go get told things? # speaker: Gilles # mood: dry
-> reception

=== hurry_in ===
// Institutional time, imposed right on the sidewalk. The information is true, but he has just said why he didn't stand in line: hurrying him says his reason counts for less than the list.
Gilles, we should go in right now. Every minute counts, for the list. # speaker: worker
I've been sitting here forty minutes. I think the list will survive my cigarette. # speaker: Gilles # mood: dry # cue: turns_away
+ [Tell him he's right, and wait for him to finish it # act: accept]
    You're right. Finish it. # speaker: worker
    You sit at the end of the planter. He smokes it down to the filter, then gets up. # distance: near # moment: guarded
    -> reception
+ [Explain that if there are too many people ahead of him, he'll be there all day # act: insist]
    If there are too many people ahead of you, you'll be here all day. # speaker: worker
    Gilles flicks his cigarette into the slush and gets up. # distance: near # moment: closed
    Fine, then. Let's go to your list. # speaker: Gilles # mood: cold # cue: arms_crossed
    -> reception

=== arm_first ===
// Asking to see his body in front of the bus stop. The worry is right, the place isn't: his arm is his to show, to whoever he chooses.
Show me your arm, let's see if it's worse. # speaker: worker
Here? In front of the bus stop? It's not a show. # speaker: Gilles # mood: cold # cue: arms_crossed
He pulls his sleeve down over his fingers.
+ [Tell him he's right: it's the doctor he'll show it to # act: accept]
    You're right. This isn't the place. # speaker: worker
    He nods, finishes his cigarette, and you walk with him to the door. # distance: near # moment: guarded
    -> reception
+ [Insist: just two seconds, you only want to see if the red has spread # act: insist]
    Just two seconds. I want to see if the red has spread. # speaker: worker
    Gilles gets up without answering and walks to the door. You follow him. # distance: near # moment: closed # cue: turns_away
    -> reception

=== reception ===
// The front desk: the institution's rule (the ramp is for wheelchairs) against Gilles's life (his dog). The receptionist isn't mean: she is alone, and the phone is ringing. Who sorts it out? He does, if you let him.
Inside, it smells of wet coats and disinfectant. On the wall: "Walk-in clinic. Estimated wait: 3 to 4 hours." # ambience: neutral # sound: door
At the desk, Gilles takes his health card out of a little plastic sleeve. "My arm. An abscess." The receptionist types, the phone wedged against her shoulder. Then she looks out through the glass door.
The dog tied to the ramp, is he yours? He can't stay there, sir. That's the wheelchair ramp. # speaker: The receptionist # mood: hurried
He's not bothering anybody. He's asleep. # speaker: Gilles # mood: cold # cue: arms_crossed
Behind you, the line is getting longer. Someone sighs.
+ [Stay a step behind him, and let him sort it out with her # act: hold]
    -> his_dog
+ [Step up to the desk beside him and explain to the receptionist that the dog is calm and you'll move him # act: inform]
    -> dog_spoken_for
+ [Tell the receptionist that dog is his whole family, and he can't just leave him anywhere # act: opinion]
    -> dog_defended

=== his_dog ===
// He settles his own business with the institution; your presence, a step behind, is enough. He even finds, inside the rule, a place for his life: the window.
You don't move. Gilles breathes out through his nose and uncrosses his arms.
So where do I put him? # speaker: Gilles
The bike rack, on the side. You'll see him from the waiting-room window. # speaker: The receptionist # mood: tired
From the window. Like TV. # speaker: Gilles # mood: amused # moment: guarded
He goes out to tie the Minister to the bike rack, says something in his ear, and comes back shaking the drizzle off his shoulders.
-> the_room

=== dog_spoken_for ===
// Speaking for him, right up against him. It's faster, and it takes away the one thing he was holding: his own answer. The "we" puts him on your side, with the people who look after him.
You step up to the desk beside him. # distance: close
He's very calm, the dog. We'll move him, no problem. # speaker: worker
Relieved, the receptionist hands you a form. You.
"We'll" move him? He's my dog. # speaker: Gilles # mood: cold # cue: steps_back
+ [Hand him the form and step back # act: step_back]
    You hand him the form and step back. # distance: near
    Sorry. It's your dog, and it's your visit. # speaker: worker
    He goes out and ties the Minister to the bike rack himself, then comes back. # moment: guarded
    -> the_room
+ [Tell him you just wanted to help, it was quicker that way # act: insist]
    I just wanted to help. It was quicker. # speaker: worker
    He doesn't answer. He goes out to tie the Minister up and comes back without looking at you. # moment: closed
    -> the_room

=== dog_defended ===
// Defending him by telling his life in front of the line. The intention is warm; the scene turns him into a case. What is his is not yours to say.
That dog is his whole family. He can't just leave him anywhere. # speaker: worker
In the line, two people look up from their phones. The receptionist flushes.
I'm not saying anywhere, I'm saying not on the ramp. # speaker: The receptionist # mood: tired
Can my family just go to the bike rack, then? # speaker: Gilles # mood: cold # cue: turns_away
+ [Say nothing more, and let him finish with her # act: hold]
    You say nothing more. He goes out to tie the Minister to the bike rack, and comes back. # moment: guarded
    -> the_room
+ [Add that the clinic should have a spot for dogs # act: opinion]
    The clinic should have a spot for dogs, though. # speaker: worker
    Nobody answers. Gilles goes out to tie the Minister up and comes back without looking at you. # moment: closed
    -> the_room

=== the_room ===
// Where to sit. He crosses his arms over his clipboard: a full room, eyes on him. Right up close is watching over him; across the room is leaving him alone. One chair away, leaving him the window: the presence he asked for.
The receptionist slides a clipboard under the glass: "Health questionnaire". The nurse will call him for triage.
Blue plastic chairs bolted in rows, a TV with the sound off. A mother rocks a whimpering baby. A man coughs into his elbow. # sound: cough
Gilles picks the corner chair, by the window: from there, he can see the Minister. He sets the clipboard on his knees and crosses his arms on top of it. # cue: arms_crossed
+ [Sit one chair away from him, on the room side, leaving him the view out the window # act: hold]
    -> beside
+ [Sit right up against him, to help him with the questionnaire # act: approach]
    -> too_close
// The model would count this step back as a cue respected. Here the room left is too wide: he came because you were coming with him. The author sets the effect.
+ [Sit across the room, by the TV, so you don't look like you're watching him # act: step_back # trust: +1]
    -> across_the_room

=== beside ===
// The empty chair between you is air: close enough that he isn't alone, far enough that the questionnaire stays his.
You sit one chair away from him. # distance: near
Gilles uncrosses his arms and puts his pack of cigarettes on the empty chair.
Reserved. For the Minister, when they call him. # speaker: Gilles # mood: amused # cue: smiles
-> the_form

=== too_close ===
// Right up against him, to help. In a room where everyone is looking, it looks like you're watching him. The help wasn't asked for; the empty chair was.
You sit right next to him, your shoulder against his. # distance: close
Gilles turns the clipboard toward the window.
Whoa. This isn't the bus, there's room. # speaker: Gilles # mood: dry # cue: steps_back
+ [Move over one chair # act: step_back]
    You move over one chair. # distance: near
    Thanks. I need my elbows to write. # speaker: Gilles # mood: dry # moment: guarded
    -> the_form
+ [Stay there, and tell him it's just to help him with the questions # act: insist]
    It's just to help you with the questions. # speaker: worker
    Gilles gets up and sits two chairs further along. # distance: near # moment: closed
    -> the_form

=== across_the_room ===
// Too far, out of tact. Alone in his corner, he's "the guy with the dog" again. He invites you over with a joke: that's the door.
You sit by the TV, four rows away from him. # distance: far
Gilles raises his eyebrows over the heads and pats the chair next to his.
Come sit. An arm isn't catching. # speaker: Gilles # mood: amused # cue: eye_contact
+ [Go and sit one chair away from him # act: approach]
    You cross the room again. # distance: near
    I was scared you'd mistaken me for someone else. # speaker: Gilles # mood: dry
    -> the_form
+ [Wave to show him you're right there, and stay where you are # act: hold]
    ~ sat_far = true
    You give him a little wave. He shrugs and bends over his clipboard. # moment: guarded
    -> the_form

=== the_form ===
// The box that scares him. First he tells why (the wrist, the word on the screen), then he asks a real question. Accurate information is legitimate: he asked for it. Telling him what to write, either way, is deciding for him.
{ sat_far:
    After a while, he crosses the room with his clipboard and sits one chair away from you. # distance: near
}
Gilles fills in the top of the sheet in square capitals. Under "Allergies", he writes: "waiting rooms". Then the pen stops. "Drugs: which ones? Route of administration?"
In 2019, I broke my wrist on the ice. At the ER, I told them everything, like a good boy. The doctor looked at my arms before my wrist. "We don't give out narcotics here." I hadn't asked for anything. # speaker: Gilles # mood: quiet
He turns his right wrist. It stops halfway, like a doorknob that sticks.
It healed all crooked. And on the screen I read: "opioid-seeking". Pill seeker, in plain English. # speaker: Gilles # mood: dry
So. Do I put the truth? # speaker: Gilles # cue: eye_contact
+ [Tell him what you know: it's confidential, it's so they can treat him properly, and he decides what to write # act: inform]
    -> straight_answer
+ [Tell him to put the truth: it's always better to tell the doctor everything # act: opinion]
    -> tell_the_truth
+ [Tell him to tick "no": what he uses is none of their business, and he'll be treated better # act: opinion]
    -> tick_no

=== straight_answer ===
// Accurate information, then the decision is his again. His answer (one box ticked, the rest kept for the doctor "if he looks me in the eye") is a strategy: autonomy is also knowing how to play a place's rules.
It's confidential. It stays in your file, it doesn't go to the police. They ask so they can pick the right antibiotic, and so they don't leave you in withdrawal if it drags on. But you decide what you write. # speaker: worker
Gilles chews the end of the pen. He ticks "Drugs" and leaves the rest blank.
The rest, I'll tell the doctor. If he looks me in the eye before he looks at my arms. # speaker: Gilles # mood: firm # moment: open
-> triage

=== tell_the_truth ===
// Sound advice that decides for him. He has just told what the truth cost him; "it's always better" wipes out his story.
Put the truth. It's always better to tell the doctor everything. # speaker: worker
Better for who? # speaker: Gilles # mood: cold
He writes fast, pressing hard, then flips the clipboard over on his knees. # cue: turns_away # moment: closed
+ [Tell him that last time it went badly, and that he decides what he says today # act: accept]
    You're right. Last time, the truth cost you a wrist. You decide what you say today. # speaker: worker
    Gilles looks at the Minister through the window. # moment: guarded
    -> triage
+ [Explain that doctors need to know, to treat him properly # act: insist]
    Doctors need to know, Gilles, to treat you properly. # speaker: worker
    I wrote it down, your truth. Want me to sign it too? # speaker: Gilles # mood: cold
    -> triage

=== tick_no ===
// Protecting him by telling him to keep quiet. Hidden information can mean worse care, and it's still a decision made for him. He knows better than you: his arms do the talking.
Tick "no". It's none of their business. You'll be treated better. # speaker: worker
You think it doesn't show, on my arms? # speaker: Gilles # mood: dry # cue: arms_crossed
+ [Tell him he's right, and that it's his call what to write # act: accept]
    You're right. And it's not for me to tell you what to write. # speaker: worker
    He ticks "Drugs" and leaves the rest blank. "The rest, I'll tell the doctor." # moment: guarded
    -> triage
+ [Insist: the less he says, the less they can judge him # act: insist]
    The less you say, the less they can judge you. # speaker: worker
    He ticks something, fast, without letting you see what. # moment: closed
    -> triage

=== triage ===
// The institution isn't the enemy: a hurried, skilled nurse who doesn't judge, with a clock of her own (priorities). The pen line on his skin is information he'll carry with him, whether he stays or goes.
9:10. "Gilles B.?" Gilles gives you a little jerk of the chin: come. You stay in the doorway of the triage room. # sound: door
The nurse takes his temperature: 37.9. She looks at the arm, then traces the edge of the redness on his skin with a pen, and writes the time beside it.
That's the line. If the red goes past the line, or you get a fever, chills, you go to the ER. You don't wait for us. # speaker: The nurse # mood: brisk
Do you inject in that arm? # speaker: The nurse # mood: brisk
Sometimes. # speaker: Gilles # mood: wary
Okay. The doctor will probably open it up to drain it, and give you antibiotics. You're priority four. Two hours, maybe three. # speaker: The nurse # mood: brisk
In the hallway, Gilles studies the line on his skin like a road map.
Priority four. I've never been a priority of anything. # speaker: Gilles # mood: amused
-> long_wait

=== long_wait ===
// Institutional time (names called, feverish babies first) against Gilles's: withdrawal starting, the dog outside. "I'm leaving" is his decision, and a closing cue. Leaving him the door is what keeps it open.
Ten o'clock. Ten thirty. The mother with the baby goes in. A man who came after you goes in before you. "Must've trained to run a fever," says Gilles.
Then he talks less. He yawns, again. There's sweat at his temples, though the room is cold. His knee bounces on its own.
It's starting, you know. # speaker: Gilles # mood: quiet
You know what he means. He doesn't say more.
Outside, a delivery guy walks too close to the bike rack. The Minister barks. # sound: dog_bark
Gilles stands up all at once and shoves one arm into his coat.
I'm going. I'll come back some other day. # speaker: Gilles # mood: tense # cue: agitated # moment: closed
+ [Tell him it's his call, and stand up with him # act: accept]
    -> at_the_door
+ [Ask him to stay: with an arm like that, it can't wait for another day # act: insist # topic: doctor]
    -> stay_pushed
+ [Go tell the triage nurse he's starting to go into withdrawal, so they'll see him sooner # act: inform]
    -> told_the_nurse

=== at_the_door ===
// Accepting that he leaves is what lets him stop. Then he says what would make him stay: knowing how long. That is a request. Answer it with him, not in his place.
It's your call. If you go, I'll go with you. # speaker: worker
Gilles stops, one arm in his sleeve. # moment: guarded
If they'd at least tell me how much longer. One hour, I can do. Three, I can't. # speaker: Gilles # mood: tense # cue: eye_contact
+ [Ask him if he wants to go ask at the front desk, and whether you should come with him # act: ask]
    -> how_long
+ [Go ask at the front desk yourself, while he puts his coat on # act: inform]
    -> not_your_file
+ [Say nothing, and wait for him to decide # act: hold]
    -> he_asks_alone

=== how_long ===
// A witness, beside him: he asks himself. The institution answers with its numbers; he does the math and decides to leave. This refusal isn't a failure of the accompaniment: it's his position, and it can still be served.
Want to go ask them? I'll come with you, if you like. # speaker: worker
Come. But I do the talking. # speaker: Gilles # mood: firm
At the desk, you stay a little behind him.
How much longer, for me? Bouchard. # speaker: Gilles
Six people ahead of you. The doctor sees about three an hour. Two hours, easily. # speaker: The receptionist # mood: tired
Two hours. Plus the "easily". # speaker: Gilles # mood: dry
He looks at the Minister, who is pulling on his leash.
I'll come back tomorrow. He hasn't had breakfast. Me neither. And... you know. # speaker: Gilles # mood: firm
If you leave, you lose your place, sir. # speaker: The receptionist # mood: tired
I know, ma'am. Thanks all the same. # speaker: Gilles # mood: soft
-> sidewalk

=== not_your_file ===
// Going in his place, to save him a step. The institution itself reminds you: it's his file. He laughs, a bit sourly, and does it himself.
You go to the desk. For Mr. Bouchard, how much longer, roughly? # speaker: worker
Are you family? I can't give out information about a patient to someone else. # speaker: The receptionist # mood: tired
Behind you, Gilles heard it all.
See? Even they know it's my file. # speaker: Gilles # mood: dry
He leans on the desk: six people ahead of him, two hours, "easily".
I'll come back tomorrow. He hasn't had breakfast. Me neither. And... you know. # speaker: Gilles # mood: firm
-> sidewalk

=== he_asks_alone ===
// Saying nothing leaves the decision to him; but he wanted a witness, not a spectator. He does it alone, three steps from you.
You say nothing. Gilles waits a second, then goes to the desk on his own. He comes back counting on his fingers.
Six ahead of me. Two hours, "easily". I'll come back tomorrow. He hasn't had breakfast. Me neither. And... you know. # speaker: Gilles # mood: firm
-> sidewalk

=== stay_pushed ===
// The information is right, but he has just said no, on his feet, in withdrawal. Pushing after a no is one more counter. Taking it back at once repairs it.
Stay, Gilles. With an arm like that, it can't wait. # speaker: worker
You too, now? I know what I've got on my arm. I've had it a week. # speaker: Gilles # mood: cold # cue: turns_away
+ [Tell him he's right, it's his call, and go out with him # act: accept]
    You're right. It's your call. I'll come out with you. # speaker: worker
    He says nothing, but he waits for you at the door. # moment: guarded
    -> sidewalk
+ [Remind him the nurse said it could go badly # act: insist]
    The nurse said it, Gilles. It could go badly. # speaker: worker
    -> left_alone

=== told_the_nurse ===
// Telling the institution about his withdrawal, without his consent, to help him. For him it's the 2019 scene: someone saying "opioids" before he opens his mouth. It was his to say, or not.
~ told_nurse = true
You knock on the triage door. # sound: door
Mr. Bouchard is starting to go into withdrawal. Would it be possible to see him sooner? # speaker: worker
I can't change the order for that. I've got children with fevers. But I'll make a note. # speaker: The nurse # mood: brisk
Gilles is three steps behind you. The whole row heard.
Thanks. Now it's in writing. # speaker: Gilles # mood: cold # cue: turns_away
+ [Apologize: it was his to say, not yours # act: accept]
    I'm sorry. That was yours to say. Not mine. # speaker: worker
    Gilles looks at you for a long time. Then he pushes the door open. # moment: guarded
    You coming, then? # speaker: Gilles # mood: dry
    -> sidewalk
+ [Explain that it was so he'd be seen sooner # act: insist]
    It was so you'd be seen sooner. # speaker: worker
    -> left_alone

=== left_alone ===
// The second "for your own good" in a row. He doesn't slam the door, he closes it. The link is on hold, not lost. In the debrief: what could have kept him, other than letting him go?
Gilles walks out without answering. Through the window, you see him untie the Minister. # sound: door # distance: far # cue: turns_away # moment: closed
I'll manage. On my own, I'm used to it. # speaker: Gilles # mood: cold
On Thursday, at the drop-in, he comes in for his supplies and says hello, politely. His sleeve is pulled down over his fingers. You don't know if anyone has looked at his arm. # end: ended
-> END

=== sidewalk ===
// His refusal respected, a perche can help now: a concrete option that answers what made him leave (the line, the dog). He takes it, or not, and he picks the time.
Outside, the drizzle has stopped. Gilles unties the Minister, who jumps up on him. # ambience: rain # distance: near
They didn't see me. They'll see us tomorrow. Or never. # speaker: Gilles # mood: dry
+ [Offer to come back with him tomorrow before opening: you'll hold the Minister while he stands in line # act: perche # topic: appointment]
    -> tomorrow
+ [Leave him your card, and tell him to call you if he wants to go back someday # act: material]
    -> card_only
+ [Tell him that with an arm like that, he should go to the ER today # act: insist # topic: doctor]
    -> emergency_room

=== tomorrow ===
// A perche cut to measure: what cost him his place was the line with the dog. He takes it and makes it his own idea: the time is his to set.
Tomorrow, if you want, I'll come before opening. You stand in line, and I'll hold the Minister. # speaker: worker
He doesn't like you, you know. But he doesn't hate you either. # speaker: Gilles # mood: amused
He scratches the dog behind the ear.
Not seven thirty. Six forty-five. If I'm first, they'll be the ones waiting for me, for once. # speaker: Gilles # mood: firm # cue: smiles # moment: open
-> the_line

=== card_only ===
// Something concrete, no pressure; but it doesn't touch what made him leave. He finds the answer himself, and you follow.
I've got three of your cards. I could play solitaire. # speaker: Gilles # mood: dry
My problem isn't your number. It's the line, with him. If somebody held him, tomorrow... At six forty-five, I'd be first. # speaker: Gilles # mood: quiet
I can hold him. # speaker: worker
Six forty-five, then. Don't be late. # speaker: Gilles # mood: amused # cue: smiles # moment: open
-> the_line

=== emergency_room ===
// Not wrong, but it's a third institution, offered right after he chose to leave. The ER is for the signs the nurse named.
With an arm like that, you should go to the ER. Today. # speaker: worker
The ER. Where I got my two Tylenol. # speaker: Gilles # mood: cold # cue: turns_away # moment: closed
+ [Tell him you get it: not the ER, and ask him what would help, for him # act: accept]
    Okay. Not the ER. What would help you? # speaker: worker
    If somebody held the Minister, tomorrow, while I stand in line... At six forty-five, I'd be first. # speaker: Gilles # mood: quiet # moment: guarded
    I can hold him. # speaker: worker
    -> the_line
+ [Insist: you don't want him ending up in hospital for real # act: insist]
    I don't want you ending up in hospital for real, Gilles. # speaker: worker
    -> left_alone

=== the_line ===
// The worry said once, with the exact signs that should send him to the ER, then letting him go. With the link, a frank opinion becomes possible; repeating it turns it into control.
He rolls up his sleeve. The red hasn't crossed the pen line.
The lady's line. I'll watch it like TV. # speaker: Gilles # mood: dry # cue: eye_contact
+ [Tell him once that you're worried, and what should send him to the ER tonight # act: opinion]
    -> worry_once
+ [Add nothing: he heard the nurse # act: leave]
    See you tomorrow, Gilles. # speaker: worker
    See you tomorrow. Bring cookies. For him, not for me. # speaker: Gilles # mood: amused
    -> night
+ [Ask him to call you tonight and tell you how his arm is doing # act: ask]
    Can you call me tonight, to tell me how your arm is? # speaker: worker
    With what phone? The Minister doesn't have a plan. If it crosses the line, I'll go. # speaker: Gilles # mood: dry
    -> night

=== worry_once ===
// "I'll say it once": accurate information (the warning signs, 911 if it's serious), the worry, then back to his decision. He answers with a joke: he heard.
I'll say it once, because I'm worried. If the red goes past the line, if you get a fever, chills, you go to the ER tonight. And if it gets really bad, 911. After that, it's your call. # speaker: worker
Yes, boss. # speaker: Gilles # mood: amused # cue: smiles
If it crosses, I'll go. Not because of you. Because of the line. See you tomorrow. Bring cookies. For him, not for me. # speaker: Gilles # mood: amused
-> night

=== night ===
// The next day, second visit. The link's band decides whether he's there: what was respected yesterday (his leaving, his time) shows this morning.
~ day_two = true
Tuesday, 6:40 a.m. Still dark. Outside the CLSC, streetlights, salt, a few people stamping their feet. # visit: 2 # ambience: street_night # moment: guarded # distance: far
{ link == "solid" or link == "building":
    -> first_in_line
- else:
    -> no_show
}

=== first_in_line ===
// He's there before you, with a coffee for you. The agreement on presence stretches to a new place and a new time. In the exam room he asks for a witness: where do you sit?
Gilles is first in line, his back against the glass door, two coffees from the dep in his hands. He hands you one, and the leash.
The coffee's for you. The Minister's a loan. # speaker: Gilles # mood: amused # cue: smiles # moment: open
The red didn't cross. I watched it all night. # speaker: Gilles # mood: quiet
At eight, he goes in to register. The Minister sits on your feet, as if to stop you leaving. Through the glass, you see yesterday's receptionist recognize Gilles and say something that makes him laugh. He comes back out to tie the Minister to the bike rack himself, and you follow him in.
8:40. "Gilles Bouchard, room 3?" # ambience: neutral # sound: door
You coming? I want a witness. # speaker: Gilles
Room 3 is narrow: an exam table, a sink, a chair by the door. Gilles sits on the table, feet dangling, arms crossed over his stomach. # distance: near # cue: arms_crossed
+ [Sit on the chair by the door # act: hold]
    -> by_the_door
+ [Stand beside the exam table, right next to him, to reassure him # act: approach]
    -> at_the_table
+ [Ask him if he'd rather you wait outside, after all # act: ask]
    -> second_guess

=== by_the_door ===
// A witness, not a bodyguard: close enough that he can see you, far enough that the doctor talks to him.
You sit on the chair by the door. Gilles uncrosses his arms and swings his feet.
-> the_doctor

=== at_the_table ===
// Right up close, to reassure him: it puts you between him and the doctor. There's a chair for that.
You stand beside the table, a hand's width from him. # distance: close
There's a chair right there. You'll hide the doctor. # speaker: Gilles # mood: dry # cue: steps_back
+ [Go sit on the chair by the door # act: step_back]
    You go and sit by the door. Gilles uncrosses his arms. # distance: near # moment: guarded
    -> the_doctor
+ [Stay there, and tell him it's so you're close if it hurts # act: insist]
    It's so I'm close, if it hurts. # speaker: worker
    Gilles doesn't answer. He stares at the sink. # moment: closed
    -> the_doctor

=== second_guess ===
// He said: come, I want a witness. Asking again, out of tact, is not believing his request. A clear request is to be received.
Would you rather I wait outside, after all? # speaker: worker
I said I wanted a witness. A witness in the hallway doesn't witness much. # speaker: Gilles # mood: dry # cue: turns_away
+ [Sit on the chair by the door, without adding anything # act: hold]
    You sit by the door. # moment: guarded
    -> the_doctor
+ [Explain that you wanted to leave him the choice # act: insist]
    I just wanted to leave you the choice. # speaker: worker
    I made the choice. Yesterday. # speaker: Gilles # mood: cold # moment: closed
    -> the_doctor

=== the_doctor ===
// The doctor's questions, asked of him. He looks down: 2019 comes back. Answering for him is telling about his use without his consent; challenging the question is defending him from a question that serves his care. Keeping quiet gives him time.
Dr. Thibodeau comes in with a tablet. Thirties, hair held up with a pencil, dark circles. She looks at the arm, the line, the time written beside it. Then she looks Gilles in the eye.
The line held. Well done. # speaker: Dr. Thibodeau # mood: warm
She pulls up a stool and sits at his level.
Some personal questions, so I choose the right treatment. Do you inject in that arm? What do you use, mostly? Do you have access to new supplies? # speaker: Dr. Thibodeau
Gilles looks down at his boots. The paper on the table crackles. # cue: turns_away
{ told_nurse:
    He seems to be wondering what is already written in his file.
}
+ [Keep quiet, and let him answer at his own pace # act: hold]
    -> his_answer
+ [Answer for him, to spare him the embarrassment: you know he gets new supplies at the drop-in # act: inform]
    -> answered_for_him
+ [Ask the doctor whether those questions are really necessary for an abscess # act: opinion]
    -> question_contested

=== his_answer ===
// The silence held, he answers. The doctor looked him in the eye before his arms: his condition from yesterday. The accompaniment said nothing; it was there.
You say nothing. Neither does the doctor. She waits.
That arm, yeah. Heroin. Or whatever passes for heroin these days. My supplies, I get them new, at the drop-in. Almost always. # speaker: Gilles # mood: quiet
Thank you for telling me. That helps. # speaker: Dr. Thibodeau # mood: warm
Gilles glances at you, almost put out that nothing happened. # cue: smiles # moment: open
-> the_incision

=== answered_for_him ===
// What you say is true; it was his to say, and his to choose what. The scene he feared (being talked about in front of him) happened, in your voice.
He gets new supplies at the drop-in. I know him, he's careful. # speaker: worker
Dr. Thibodeau nods, at you. Then, to Gilles: "Is that right?"
Guess so. # speaker: Gilles # mood: cold
He doesn't look up. # moment: guarded
-> the_incision

=== question_contested ===
// Defending him against a question that isn't attacking him. Your distrust of institutions becomes his, and the visit turns into an argument with no room left for him.
Are those questions really necessary, for an abscess? # speaker: worker
Yes. Depending on what he uses and how, I don't pick the same antibiotic, and I don't look for the same complications. # speaker: Dr. Thibodeau # mood: firm
Gilles looks at the doctor, then at you, like a tennis match. # cue: arms_crossed # moment: closed
+ [Tell the doctor you understand, and sit back to let Gilles answer # act: step_back]
    Okay. Sorry. # speaker: worker
    Gilles waits for the silence to come back. # moment: guarded
    Heroin. Or whatever passes for heroin. My supplies, I get them new, at the drop-in. Almost always. # speaker: Gilles # mood: quiet
    -> the_incision
+ [Tell the doctor what happened to him at the ER in 2019 # act: inform]
    He's already been called a pill seeker, at the ER. He has good reasons to be wary. # speaker: worker
    -> doctor_walkout

=== doctor_walkout ===
// Telling his story for him, in front of the institution he distrusts: the 2019 scene in reverse, in your voice. He gets his care anyway; the link is on hold.
Gilles gets off the table. The paper tears under him.
Well. She knows everything now. Is there anything left for me to say? # speaker: Gilles # mood: cold # cue: turns_away # moment: closed
Mr. Bouchard, I'd still like to open that arm before you go. Ten minutes. # speaker: Dr. Thibodeau # mood: firm
Gilles sits back down. Without looking at you: "You can wait in the hallway."
Twenty minutes later he comes out with a dressing and a prescription, unties the Minister and heads for the pharmacy without looking back. # sound: door
On Thursday, he has his dressing changed by the nurse at the drop-in. He waves to you from a distance. He doesn't ask you to come with him anymore. # end: ended
-> END

=== the_incision ===
// The care, without detail. The doctor explains before she acts; Gilles makes jokes, it's how he holds on. The witness has nothing to do here but be there.
We'll open it to drain it. I'll freeze the skin first. It stings for two seconds, then it's a relief. # speaker: Dr. Thibodeau
I was a cook for twenty years. I know what a knife is. You, how many years in a kitchen? # speaker: Gilles # mood: amused
None. I'm better at abscesses than onions. # speaker: Dr. Thibodeau # mood: amused
Ten minutes later there's a thick dressing on his forearm, and he looks a week younger.
-> the_prescription

=== the_prescription ===
// Institutional time, in the prescription: four times a day, back here in 48 hours. He says "okay" too fast. Translating is asking him the question that lets him say it himself. Saying it for him, even rightly, takes his voice back.
Antibiotics, four times a day, for seven days. All of them, even if it feels better. And we change the dressing in 48 hours, here. # speaker: Dr. Thibodeau # mood: brisk
Okay. # speaker: Gilles
He said it very fast, his eyes on the door. # cue: silence
+ [Ask him, him, whether four times a day and coming back here in two days works with his days # act: ask]
    -> his_days
// The model would count this as harmless information. Here it tells his life for him: the author sets the effect.
+ [Explain to the doctor that he lives outside, and four times a day won't be possible # act: inform # trust: -3]
    -> his_days_told
+ [Say nothing: he said "okay" # act: hold]
    -> said_correct

=== his_days ===
// The right question, asked of him: he names his constraints, and the institution adjusts. Accompaniment as translation makes each one audible to the other.
~ adapted = true
Gilles, four times a day, and coming back here in two days, does that work with your days? # speaker: worker
Well... I don't have a watch. At the shelter, pills disappear fast: some guys take them for you. And the line again, with him... # speaker: Gilles # mood: quiet
He points at the window, the bike rack.
Okay. There's another antibiotic, just as good for this kind of abscess, twice a day: morning and evening. The pharmacy can give it to you one day at a time. And the dressing, do you have a nurse somewhere? # speaker: Dr. Thibodeau # mood: warm
At the drop-in. Thursdays. # speaker: Gilles
Thursday is 48 hours. Perfect. I'll write her a note. # speaker: Dr. Thibodeau # mood: warm
-> the_offer

=== his_days_told ===
// What you say is right, and the doctor adjusts. But it was your voice that told his nights. He points it out, then takes the floor back.
~ adapted = true
He lives outside, doctor. Four times a day won't be possible. # speaker: worker
I can say that myself, you know. # speaker: Gilles # mood: dry
He turns to the doctor: no watch, pills that disappear fast at the shelter, the line with the dog.
Twice a day, then, another antibiotic just as good for this. The pharmacy, one day at a time. And the dressing with your nurse, Thursday. # speaker: Dr. Thibodeau # mood: warm
-> the_offer

=== said_correct ===
// Keeping quiet lets an "okay" through that means "I won't be able to". The institution only hears what it's told.
You say nothing. The doctor prints the prescription. Gilles folds it in four without reading it.
-> the_offer

=== the_offer ===
// The doctor offers treatment for his use, no obligation. He sets his limit: one problem at a time. It's his plan; the opportunity is real, but it isn't yours to seize for him.
You look like you're starting to go into withdrawal. I can give you something to get through the day. And if one day you want to start treatment, methadone or Suboxone, we can talk about it here. It's up to you. # speaker: Dr. Thibodeau # mood: warm
The something for today, yes. The treatment... One problem at a time. Today, it's my arm. # speaker: Gilles # mood: firm # cue: arms_crossed
He looks at you, as if to check you're not going to start.
+ [Nod: one problem at a time, that's his plan # act: accept]
    -> one_at_a_time
+ [Tell him this might be the chance, since he's here anyway # act: opinion]
    -> the_occasion
+ [Explain that Suboxone is a tablet, and he could start today # act: inform]
    -> the_occasion

=== the_occasion ===
// The information is accurate, the moment isn't: he has just set his limit in front of you. What he hears: even with you, he has to defend himself.
You could start today, you know. Since you're here. # speaker: worker
I said one problem at a time. You were there when I said it. # speaker: Gilles # mood: cold # cue: turns_away # moment: closed
The doctor puts her tablet away. She waits to see who will speak.
+ [Tell him he's right: today it's his arm, and the rest is his call # act: accept]
    You're right. Today it's your arm. # speaker: worker
    Gilles breathes out, and nods to the doctor, not to you. "The something for today, then." # moment: guarded
    -> outside
+ [Insist: a chance like this doesn't come every day # act: insist]
    A chance like this doesn't come along every day, Gilles. # speaker: worker
    -> doctor_walkout

=== one_at_a_time ===
// His plan, respected. A doctor gives him something without his asking: the stigma of 2019 weighs a little less. The door to treatment stays open, and he's the one holding it.
You nod. Dr. Thibodeau types.
Your arm today. My door's open for the rest. # speaker: Dr. Thibodeau # mood: warm
First time a doctor's given me something without me asking. Usually I ask for nothing, and they refuse me anyway. # speaker: Gilles # mood: amused # cue: smiles
-> outside

=== outside ===
// He is the one who brings up hepatitis C, with an outdated belief. Accurate information, here, is a legitimate perche: he opened the door. The rest belongs to him.
9:30. Pale sun on the slush. The Minister circles Gilles's legs three times. # ambience: neutral # sound: door
{ adapted:
    Gilles has already slipped the prescription into his plastic sleeve, with his card. The pharmacy is next door.
- else:
    Gilles reads the prescription again on the sidewalk. "Four times a day. Let's say twice. And the dressing, we'll see."
}
She asked me about hep C, too. I've had it since 2014. There's nothing to be done about that. My buddy Réal did the treatment, back in the day: a year of shots. He was sicker on it than before. # speaker: Gilles # mood: dry
He looks at you sideways, as if waiting for an answer. # cue: eye_contact # moment: open
+ [Tell him what has changed: now it's pills, eight to twelve weeks, and it cures almost everyone # act: inform]
    -> hep_c_facts
+ [Listen to him talk about Réal, without correcting anything # act: listen]
    -> real_story
+ [Suggest going straight back in to ask for a blood test, since you're here # act: insist # topic: testing]
    -> right_now

=== hep_c_facts ===
// Accurate information, asked for by his look: pills, 8 to 12 weeks, a cure in the great majority of cases, covered by the health card. Then stop: what comes next, he proposes.
It's not like in Réal's day. Now it's pills, eight to twelve weeks, hardly any side effects, and it cures almost everyone. It's covered by your card. First, a blood test, to see if the virus is still there. # speaker: worker
Pills. And Réal swallowed a whole year of shots. # speaker: Gilles # mood: quiet
-> his_idea

=== real_story ===
// The belief has a history, like the refusal. Listen first; he asks the question himself, and the answer comes in its own time.
You listen. Réal, the Friday shots, the Saturday fevers, the job he lost.
Is it still like that, now? # speaker: Gilles # cue: eye_contact
No. Now it's pills, eight to twelve weeks, and it cures almost everyone. It's covered by your card. First, a blood test. # speaker: worker
Pills. Réal would've laughed. # speaker: Gilles # mood: quiet
-> his_idea

=== right_now ===
// "Since we're here": the institution's logic, again. He has done two mornings at the CLSC for one arm; a third step, right now, is yours.
We could go back in and ask for a blood test, since we're here. # speaker: worker
Whoa, slow down. That's two mornings I've spent here. One arm at a time. # speaker: Gilles # mood: dry # cue: steps_back
+ [Tell him you get it: one arm at a time # act: accept]
    Okay. One arm at a time. # speaker: worker
    He smokes for a while. # moment: open
    Is it still like that, with the shots, now? # speaker: Gilles
    No. Now it's pills, eight to twelve weeks, and it cures almost everyone. First, a blood test. # speaker: worker
    -> his_idea
+ [Explain that hep C damages the liver, even when you don't feel anything # act: insist]
    Hep C damages your liver, Gilles, even when you don't feel anything. # speaker: worker
    I know. Réal told me before you did. # speaker: Gilles # mood: cold # cue: turns_away
    He heads for the pharmacy with the Minister. On Thursday, he has his dressing changed at the drop-in. He doesn't mention hepatitis. The arm heals; the rest will wait until he brings it up again. # sound: footsteps # end: referred
    -> END

=== his_idea ===
// The request comes from him: Thursday's dressing and the blood test, with the nurse he knows. And he'll ask himself. A successful referral, and it's his.
Thursday, the nurse at the drop-in, for my dressing... Could she do the blood test at the same time? # speaker: Gilles # cue: leans_in
Yes. She does that. # speaker: worker
Don't ask her, you. I'll ask her. # speaker: Gilles # mood: firm
-> see_you_thursday

=== see_you_thursday ===
// The end: an arm cared for, a treatment taken his way, a next step he chose. The link is kept, and he comes out of it more able to choose.
{ adapted:
    Morning and evening, the pharmacy. Thursday, the dressing and the blood test. # speaker: Gilles # mood: firm
- else:
    Four times a day, I'll do what I can. Thursday, the dressing and the blood test. # speaker: Gilles # mood: firm
}
He takes the leash back from you.
Six forty-five was way too early. Next time, I'm making an appointment. Like normal people. # speaker: Gilles # mood: amused # cue: smiles
He heads for the pharmacy, the Minister in front. At the door, he turns and raises his bandaged arm, like a trophy. # end: referred
-> END

=== no_show ===
// The link is still fragile: he doesn't come. That's nobody's fault; the appointment wasn't quite his yet. He comes back his own way, at the drop-in, and the next step is one he proposes.
You wait. Seven. Seven thirty. The doors open at eight. Gilles isn't there. At eight thirty, you go back to the drop-in.
On Thursday, the drop-in nurse calls you into her room. Gilles is sitting there, sleeve rolled up, the Minister lying on his feet. # ambience: site # distance: near
I couldn't, Tuesday. I saw the line, and I turned around. # speaker: Gilles # mood: quiet # cue: turns_away
The nurse looks at the pen line. The red hasn't crossed it, but the abscess needs to be opened: tomorrow, no later.
+ [Tell him it's okay, he's here, and what comes next is his call # act: accept]
    It's okay. You're here. What comes next is your call. # speaker: worker
    Tomorrow, then. But I'm the one who calls you, at six thirty. If I don't call, don't come. # speaker: Gilles # mood: firm # moment: guarded
    The next day, at 6:32, the drop-in phone rings. He's at the corner, first in line. # end: kept
    -> END
+ [Remind him the nurse said it can't wait any longer # act: insist]
    The nurse told you, Gilles. It can't wait any longer. # speaker: worker
    I heard her. I'm not deaf, I'm just wiped out. # speaker: Gilles # mood: cold # moment: closed
    He leaves with the Minister. The next day, the nurse hears he went to the CLSC, on his own. # end: ended
    -> END

=== link_broken ===
// Reached only when the model judges the link broken (too many rushes in a short time). Never divert here. In the debrief: when did you speak, decide or hurry in his place?
{ day_two:
    Gilles gets down from the exam table without looking at you. # cue: turns_away # moment: closed
    You can go. I'll finish this on my own. I should've come on my own. # speaker: Gilles # mood: cold
    In the weeks that follow, he picks up his supplies at the drop-in from another worker. He waves to you from a distance. You don't know if he finished his antibiotics. # sound: door # end: broken
- else:
    Gilles gets up, puts his coat back on and walks out without a word. Through the window, you see him untie the Minister. # cue: turns_away # moment: closed # sound: door
    I should've come on my own. Or not come. # speaker: Gilles # mood: cold
    The next morning, there's nobody outside the CLSC. At the drop-in, he picks up his supplies from another worker, his sleeve pulled down over his fingers. You don't know if anyone has looked at his arm. # end: broken
}
-> END
