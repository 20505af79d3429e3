# title: First Hello
# lang: en
# setting: street
# time: 11 p.m., November
# character: Josée
# wariness: 4
# summary: Your first night of street work. A woman and her dog watch you from a distance, sitting on a metro air vent. Tonight the only task is to say hello and to show you are no threat. A few days later, you come back.
# duration: 5
# concepts: lien, voisinage-courtois, suggestion-legitime, rythme, non-demande, refus
# warning: homelessness, drug use mentioned, distrust of police, loss of a pet mentioned

// Set by the engine: fragile | building | solid | broken. Never assign it here.
VAR link = "fragile"
VAR name_known = false
VAR card_given = false

-> start

=== start ===
// The frame: tonight the only task is hello. Ask trainees what "being no threat" looks like from across a street.
Your first night of street work. Ontario Street, a little after eleven. A damp cold, the kind that gets in through your sleeves. # ambience: street_night # moment: guarded
Before you left, Karine, your colleague, told you: "Tonight you say hi. That's the whole job. The rest comes later, or it doesn't."
Across the street, a woman sits on the metro air vent, a dog curled up against her leg. # distance: far
She saw you before you saw her. She doesn't move. She watches. # cue: eye_contact
+ [Give her a small wave and say good evening, from where you are # act: greet]
    -> hello_from_afar
+ [Cross the street to go and introduce yourself # act: approach]
    -> too_close
+ [Stay where you are, back against the wall, and let her look you over # act: hold]
    -> waiting_it_out

=== hello_from_afar ===
// A hello from a distance asks for nothing. She decides what happens next.
Evening! # speaker: worker
Your voice sounds louder than you meant it to in the empty street.
She doesn't answer. She lifts her chin, barely. The dog opens one eye. # mood: wary
+ [Stay put, and say nothing more # act: hold]
    -> she_speaks
+ [Cross slowly and stop a few steps away from her # act: approach]
    -> a_few_steps
+ [Call over to ask if she has somewhere to sleep tonight # act: ask]
    -> question_too_soon

=== waiting_it_out ===
// Standing still and letting yourself be watched. People look first; being seen not threatening anyone is already work.
You stay with your back to the wall, hands out of your pockets, where she can see them.
A minute goes by. Two. An almost empty bus rolls past between you. # sound: bus_engine
By the time it's gone, the dog has crossed over. He sniffs your boots, tail low, then high.
She whistles. The dog takes his time going back. She looks at you, really looks, for the first time. # cue: eye_contact
+ [Wave and say good evening # act: greet]
    Evening. Nice dog you've got. # speaker: worker
    -> she_speaks
+ [Follow the dog back over to her, to introduce yourself # act: approach]
    -> too_close
+ [Decide that's enough for a first night, and carry on with your round # act: leave]
    -> goodnight_early

=== a_few_steps ===
// A slow approach to mid-distance. She sets the limit herself; noticing it and honouring it is the skill.
You cross slowly, hands out of your pockets, and stop a few steps from the vent. # distance: near # sound: footsteps
She folds her arms. The dog half gets up. # cue: arms_crossed
That's good. Right there. Stay there. # speaker: Josée # mood: wary
+ [Stop there, and don't move # act: hold]
    -> she_speaks
+ [Step back a little more, to give her some room # act: step_back]
    You step back to the edge of the sidewalk. # distance: far
    -> she_speaks
+ [Take two more steps to hand her your card # act: approach]
    -> too_close

=== too_close ===
// Walking straight up to a wary person. The intention is warm; from the vent, it's a stranger closing in at night.
You walk right up to her and stop in front of the vent. # distance: close # sound: footsteps
The dog springs up and barks. # sound: dog_bark
She's up too, backing against the wall, the leash wrapped around her fist. # cue: steps_back # moment: closed
Whoa. Who are you? Cops get new uniforms or something? # speaker: Josée # mood: alarmed
+ [Back off a few steps, hands where she can see them, and apologize # act: step_back]
    You back up to the lamppost, palms open. # distance: near
    Sorry. Didn't mean to scare you. I'm a street worker. Nothing to do with the police. # speaker: worker
    -> recovering
+ [Ask her if she has somewhere to sleep tonight # act: ask]
    -> question_too_soon
+ [Tell her right away there are still beds at the shelter tonight # act: perche # topic: shelter]
    -> shelter_too_soon

=== question_too_soon ===
// A personal question before there is any trust. Kind intention, wrong moment: to her it sounds like an intake desk, or a police check.
You got somewhere to sleep tonight? It's going down to minus ten. # speaker: worker
She stares at you for a long moment. # cue: silence
Do I ask you where you sleep? No. So there you go. None of your business. # speaker: Josée # mood: cold
She turns her head toward the street, as if you'd just vanished. # cue: turns_away # moment: closed
+ [Tell her there are still beds at the shelter tonight # act: perche # topic: shelter]
    -> shelter_too_soon
+ [Tell her she's right, it's none of your business # act: accept]
    You're right. It's none of my business. # speaker: worker
    -> recovering
+ [Wish her a good night and carry on with your round # act: leave]
    -> goodnight_early

=== shelter_too_soon ===
// A perche (the shelter) in the first few minutes. The suggestion is sound; the timing isn't. Notice how she changes the subject: that is her way of saying "enough".
There's still beds at the shelter tonight, you know. I could call for you. # speaker: worker
I hate shelters. And they don't take dogs. # speaker: Josée # cue: arms_crossed
She scratches the dog's head, then looks your coat up and down.
Hey, is that coat warm? Looks like a sleeping bag with sleeves. # speaker: Josée # mood: dry # cue: changes_subject
+ [Insist, you know one that takes dogs, just for one night # act: insist]
    I think there's one that takes dogs. Just one night, to try it out? # speaker: worker
    -> she_walks_off
+ [Tell her it's her call, and answer about the coat # act: accept]
    Your call. And yeah, it's warm. Too warm, even. # speaker: worker
    -> recovering
+ [Wish her a good night and carry on with your round # act: leave]
    -> goodnight_early

=== recovering ===
// After a misstep, you repair by doing less. She is watching to see if you'll push again.
She looks at you for a long moment without a word. The dog sits back down against her leg. # cue: silence
Okay. You're not a cop, that's for sure. They never let anything go. # speaker: Josée # mood: dry # moment: guarded
-> she_speaks

=== she_speaks ===
// She speaks first. That's her opening, on her terms. Presence did its work; keep it light.
She studies you a little longer, then she speaks.
Never seen you before. And I know every face around here. # speaker: Josée # mood: wary
The dog has lain back down, his nose on her boot.
+ [Ask her what her dog's name is # act: small_talk]
    What's his name? # speaker: worker
    -> the_dog
+ [Ask her how long she's been on the street # act: ask]
    -> history_question
+ [Explain everything your organization does, the bus, the drop-in, the nurse # act: inform]
    -> the_pitch

=== the_pitch ===
// The beginner's sales pitch. Nothing false in it, but she didn't ask. Information is a door left ajar, not a presentation.
You tell her about the bus that comes by on Thursdays, the drop-in that's open days, the nurse, the supplies, the coffee. You can hear yourself talking fast.
She lets you finish. # cue: silence
You done with your commercial? # speaker: Josée # mood: amused
She shrugs, not unkindly. The dog yawns.
-> the_dog

=== history_question ===
// Her story is hers to tell, if and when she wants to. A biographical question this early feels like a form being filled in.
How long have you been out here? # speaker: worker
Long enough to know that people who ask that fill out a form after. # speaker: Josée # mood: cold
She half turns toward the window of the dep. # cue: turns_away # moment: closed
+ [Add nothing, and just stay there, quietly # act: hold]
    -> she_softens
+ [Step back and tell her there's no form # act: step_back]
    You step back to the edge of the sidewalk. # distance: far
    There's no form. Promise. # speaker: worker
    -> she_softens
+ [Explain it's so you know how to help her # act: insist]
    It's just so I know how I can help, you know? # speaker: worker
    -> she_walks_off

=== she_softens ===
// Respecting the cue. No reply needed: the silence says "I heard you".
An empty snowplough rumbles past. You wait. # cue: silence
She half turns back.
No form, eh? # speaker: Josée
No form. # speaker: worker
Hm. # speaker: Josée # moment: guarded
-> the_dog

=== the_dog ===
// Small talk about the dog. The humour and the dog's name give a glimpse of her story (the police), told her way. Then she closes a door: watch for it.
~ name_known = true
The dog stretches and comes to sniff your hand. You let him.
That's Cruiser. I'm Josée, but that part's less important. # speaker: Josée
Cruiser? # speaker: worker
'Cause he barks at cop cars. Good judge of character, this guy. # speaker: Josée # mood: amused # cue: smiles # moment: open
She laughs a little, then coughs. A deep cough that goes on. # sound: cough
We used to have a yard, him and me. A real one, with a fence and a... # speaker: Josée # mood: wistful
She stops short and looks up at the orange sky over the rooftops.
Think it's gonna snow tomorrow? # speaker: Josée # cue: changes_subject # moment: guarded
+ [Answer about the snow, and leave the yard where she left it # act: accept]
    -> weather_talk
+ [Gently ask her what happened with the house # act: ask]
    What happened, with the house? # speaker: worker
    -> pushed_past
+ [Tell her there are programs to help people find housing # act: perche # topic: housing]
    You know, there are programs to help you find a place. Even with a dog. # speaker: worker
    -> pushed_past

=== weather_talk ===
// Following her change of subject. She steered away; you went with her. That small smile is the link growing.
They're calling for snow, I think. But I'm usually wrong. # speaker: worker
Cruiser hates wet snow. He plays dead on the sidewalk and I have to drag him. # speaker: Josée # mood: amused
She looks straight at you for the first time, with a little sideways smile. # cue: smiles # moment: open
-> night_one_close

=== pushed_past ===
// She had closed that door (she changed the subject). Going through it anyway, however gently, costs trust. The subject will come back when she brings it up.
She doesn't answer right away. She folds her arms. # cue: arms_crossed # moment: closed
You know, the snow thing was a real question. # speaker: Josée # mood: cold
+ [Apologize, step back a little, and talk about the snow # act: step_back]
    You step back to the edge of the sidewalk. # distance: far
    Sorry. About the snow, I think they're calling for some. # speaker: worker
    -> night_one_close
+ [Explain you just want to help her get a place of her own # act: insist]
    I just want to help you get a place of your own, that's all. # speaker: worker
    -> she_walks_off
+ [Wish her and Cruiser a good night # act: leave]
    -> goodnight_early

=== night_one_close ===
// Ending a first contact well. Leaving on time is part of the hello. The card costs her nothing and leaves the next step with her.
Down the block, Karine is waiting for you at the corner. It's nearly midnight.
+ [Leave her your card with your number, and say you come by on Tuesdays # act: material]
    ~ card_given = true
    You set your card on the edge of the vent, not in her hand.
    That's my number. I come by here Tuesdays, around this time. No strings. # speaker: worker
    She doesn't pick it up right away. When you look back from the corner, the card is gone.
    -> later_that_week
+ [Say good night to her and Cruiser, and go join Karine # act: leave]
    Good night, Josée. Night, Cruiser. # speaker: worker
    She lifts two fingers without looking at you. That's already a lot.
    -> later_that_week
+ [Offer to walk her to a shelter that takes dogs # act: perche # topic: shelter]
    -> last_minute_shelter

=== last_minute_shelter ===
// A perche, now that a little trust exists. She says no. The refusal is her choice: name your worry once, then stop.
I know a place that takes dogs. If you want, I'll walk over there with you. # speaker: worker
I hate shelters. People snoring, people going through your bag. No. # speaker: Josée # cue: arms_crossed # moment: guarded
+ [Say it's her call, and that the cold worries you a bit # act: accept]
    That's fine, it's your call. I'll just say the cold worries me a bit. # speaker: worker
    Me too, sometimes. But Cruiser makes a good space heater. # speaker: Josée # mood: dry # cue: smiles
    -> later_that_week
+ [Insist, just one night, to see # act: insist]
    Just one night, to see? I'll stay with you till you're settled. # speaker: worker
    -> she_walks_off

=== she_walks_off ===
// Insisting after a refusal. The intention was care; to her, it's one more person deciding for her. She leaves: the link never got a chance to exist.
She gets up, grabs her bag, wraps the leash around her hand. # cue: turns_away # moment: closed
Thanks, but no thanks. Come on, Cruiser. # speaker: Josée # mood: cold
She heads east without looking back. The dog looks back, once. # sound: footsteps
Karine joins you and hands you a coffee. "We'll come back," she says. "Not too soon." # end: ended
-> END

=== goodnight_early ===
// Leaving is a message too: "I come, I go, I take nothing." After a rough start, it is often the best repair.
Good night. I'm around here sometimes. # speaker: worker
She doesn't answer, but her eyes follow you all the way to the corner. # cue: eye_contact
-> later_that_week

=== later_that_week ===
// The second visit. Presence that comes back, same place, same time: that is how the unspoken agreement on presence takes shape.
The following Tuesday. No snow: rain, a cold rain that sticks. # visit: 2 # ambience: rain
You're doing the round with Karine again; she takes the other side of the street.
Someone from the bus told you a woman with a dog sometimes sleeps under the awning behind the church.
+ [Go by the corner on Ontario Street, same time as the other night, and wait # act: hold]
    -> corner_again
+ [Go check behind the church to see if she's there and doing okay # act: visit]
    -> uninvited

=== uninvited ===
// The unspoken agreement on presence includes where. A street corner is shared ground; the place she sleeps is her home. Concern, uninvited, is still an intrusion.
Behind the church, under the awning, a shape lies under a blanket. The dog lifts his head and growls. # distance: near # sound: dog_bark
She sits bolt upright, eyes full of sleep, then of anger. # cue: agitated # moment: closed
Who told you I sleep here? # speaker: Josée # mood: angry
+ [Apologize and back off to the sidewalk # act: step_back]
    You back off to the sidewalk, palms open. # distance: far
    Sorry. I shouldn't have come here. # speaker: worker
    -> back_to_the_corner
+ [Explain that you were worried, with the rain and the cold # act: insist]
    -> she_moves_on
+ [Leave your card and a bag of supplies on the low wall, and go # act: material]
    -> left_on_the_wall

=== back_to_the_corner ===
// The repair. She sets the rule herself. Now you both know where the line is: voisinage courtois, said out loud.
She looks at you for a long time, then lies half back down. # cue: silence
The corner, Tuesdays, that's fine. Here is my place. # speaker: Josée # mood: firm # moment: guarded
Twenty minutes later, at the corner of Ontario Street, you see her coming through the rain, the dog in an old puffer jacket. # sound: footsteps
She sits down on the air vent without a word. You stay a few steps away. # distance: near
{ not name_known:
    Josée. And that's Cruiser. Just so you know who you're scaring. # speaker: Josée # mood: dry
    ~ name_known = true
}
-> corner_talk

=== she_moves_on ===
// Explaining your good reasons after she has asked you to go. She hears one more person who knows better than she does what's good for her.
I just wanted to see if you were okay, with the rain... # speaker: worker
Well, I'm okay. I was better before you showed up. # speaker: Josée # mood: cold
She rolls up her blanket, clips on the dog's leash, and walks off into the rain. # cue: turns_away # sound: footsteps
The next Tuesday, she isn't at the corner. Nor the one after. Karine thinks she moved to another neighbourhood. You keep an eye out. # end: ended
-> END

=== left_on_the_wall ===
// Leaving supplies and a card is respectful; but coming all the way to where she sleeps has already cost something. The link is on pause, not lost.
~ card_given = true
You set the card and the bag on the low wall and leave without another word.
The next day, the bag is gone. The following Tuesday, she isn't at the corner.
You'll come back. Same time, same corner. No closer. # end: ended
-> END

=== corner_again ===
// The link band (computed by the engine) colours her welcome. Same place, same time: a presence she can count on.
{ link == "solid" or link == "building":
    She's already there on the vent. She raises a hand first. The dog wags his tail under an old puffer jacket. # cue: eye_contact # moment: open
    Well. Tuesday. At least you're on time. # speaker: Josée # mood: amused
- else:
    She's there on the vent. She watches you come, like the first night, without moving. # moment: guarded
    You again. # speaker: Josée # mood: wary
}
You stop a few steps away. # distance: near # sound: footsteps
{ not name_known:
    I'm Josée, by the way. And that's Cruiser. # speaker: Josée
    ~ name_known = true
}
She pats the concrete beside her. The vent breathes warm air up from the metro.
You can sit, if you want. Only warm spot in the neighbourhood. # speaker: Josée
// A close approach, but invited: the request comes from her, hence the author's trust bonus.
+ [Sit on the edge of the vent, since she's offering # act: approach # trust: +3]
    You sit down, an arm's length from her. The warm air rises up your back. # distance: close
    -> corner_talk
+ [Thank her and stay standing, at your distance # act: hold]
    Thanks. I'm good standing. # speaker: worker
    -> corner_talk

=== corner_talk ===
// Once presence is agreed, more can be said. Three doors: listening, a frank opinion, a perche. Each is possible now; none was on the first night.
She coughs. A deep cough that goes on. She wipes her mouth on her sleeve. # sound: cough
She scratches Cruiser behind the ear.
Found him in a back alley, this one. He was the size of a mitten. # speaker: Josée # mood: soft
+ [Listen, without asking anything # act: listen]
    -> her_story
+ [Tell her frankly that her cough worries you # act: opinion]
    -> frank_word
+ [Tell her about the nurse who's on the bus on Thursdays # act: perche # topic: nurse]
    -> nurse_perche

=== her_story ===
// Listening. She offers a piece of her story (the police, a lost dog) because nobody asked for it. Her wariness has its reasons.
She talks. About the alley, the cardboard box, the first winter.
About the other dog, before Cruiser. The night the police picked her up, they called animal control. She never saw him again.
So Cruiser sleeps right up against me. And he barks at cop cars. # speaker: Josée # mood: quiet
You nod. You don't say anything more. She leans a little toward you. # cue: leans_in # moment: open
+ [Offer her supplies, if she wants some # act: material]
    -> kit_and_card
+ [Tell her about the nurse who's on the bus on Thursdays # act: perche # topic: nurse]
    -> nurse_perche
+ [Tell her you have to carry on with your round, and you'll be by Tuesday # act: leave]
    -> see_you_tuesday

=== kit_and_card ===
// The material stage. Handing out sterile supplies with no questions attached is a whole intervention in itself; some links stay right here for years, and that's fine.
I've got supplies, if you want any. No questions. # speaker: worker
Two kits. And some pipes, for a buddy. # speaker: Josée
You hand them over in a brown paper bag, with alcohol swabs and condoms. She tucks it all inside her coat.
{ not card_given:
    You add your card. She turns it over, reads your number, slips it into her boot.
    ~ card_given = true
}
-> see_you_tuesday

=== frank_word ===
// A frank opinion, said once, as your own. Possible now because the link allows it; the decision stays hers.
I'll be straight with you. You look pretty worn out, and that cough worries me. # speaker: worker
She gives you a sideways look. # cue: eye_contact
You sound like my sister. # speaker: Josée # mood: amused # cue: smiles
She doesn't say whether that's a compliment. She coughs again.
+ [Tell her about the nurse who's on the bus on Thursdays # act: perche # topic: nurse]
    -> nurse_perche
+ [Leave it there, it's been said # act: accept]
    -> see_you_tuesday

=== nurse_perche ===
// The perche. One concrete option, offered once, with the practical doubts answered. She takes her time: "I'll think about it" is a complete answer.
On Thursdays the bus stops at Frontenac metro. There's a nurse. She doesn't ask questions you don't want to hear. # speaker: worker
She gonna ask for my medicare card? Haven't had one in a while. # speaker: Josée # mood: wary
No. She sees lots of people without one. # speaker: worker
She's quiet for a long time. # cue: silence
I'll think about it. # speaker: Josée
What about him, does he get to see the nurse? # speaker: Josée # mood: amused # cue: changes_subject
+ [Laugh with her, and leave Thursday where it is # act: accept]
    He gets a dog biscuit. I always have some in my bag. # speaker: worker
    -> see_you_tuesday
+ [Offer to pick her up Thursday so you can go together # act: insist]
    I could come get you Thursday, if you want. We'd go together. # speaker: worker
    -> too_much_at_once
+ [Add that you could get her medicare card redone together, while you're at it # act: perche # topic: health_card]
    And while we're at it, we could get your medicare card redone together. # speaker: worker
    -> too_much_at_once

=== too_much_at_once ===
// One perche at a time. After "I'll think about it" and a change of subject, adding more turns a suggestion into a plan made for her.
She holds up a hand, not angry, but firm. # cue: arms_crossed # moment: guarded
Whoa. I said I'd think about it. Let me think. # speaker: Josée # mood: firm
+ [Say okay, and talk about something else # act: accept]
    Okay. You're the boss. Does Cruiser want a biscuit? # speaker: worker
    -> see_you_tuesday
+ [Say good night and head off # act: leave]
    Good night, then. # speaker: worker
    -> see_you_tuesday

=== see_you_tuesday ===
// The good ending is small. She'll be at the corner next Tuesday: the link is kept. Nothing else was asked of tonight.
Time to get on with the round. The rain is letting up a little.
{ card_given:
    Still got your card. It's in my boot, staying dry. # speaker: Josée # mood: dry
- else:
    You hand her your card. She takes it, reads your number, slips it into her boot.
    ~ card_given = true
}
Tuesday, same time? # speaker: worker
If it's not raining. Cruiser hates the rain. # speaker: Josée # mood: amused # cue: smiles
She gives you a little nod as you leave. Cruiser watches you all the way to the corner. # end: kept
-> END

=== link_broken ===
// Reached only when the engine's trust model judges the link broken (too many rushes in a short span). The story never diverts here itself. In the debrief: which moments came too early?
She gets up. She doesn't say anything more. She picks up her bag and wraps the leash around her hand. # cue: turns_away # moment: closed
Okay. Well, have a good night. # speaker: Josée # mood: cold
She heads east, unhurried, without looking back. # sound: footsteps
The following Tuesdays, the vent is empty. At the dep, they tell you she still comes by, but later, once the people from your organization have gone. # end: broken
-> END
