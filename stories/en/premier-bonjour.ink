# title: First Hello
# lang: en
# setting: street
# time: 11 p.m., November to December
# character: Josée
# look: josee
# wariness: 4
# summary: Your first night of street work. A woman and her dog watch you from a distance, sitting on a metro air vent. Tonight the only task is to say hello and to show you are no threat. After that, you come back on Tuesdays, to the same corner, for weeks: the next doors are hers to open, if she wants to.
# duration: 12
# concepts: lien, voisinage-courtois, suggestion-legitime, rythme, non-demande, refus
# warning: homelessness, drug use mentioned, distrust of police, loss of a pet mentioned, a dog with a hurt leg

// Set by the engine: fragile | building | solid | broken. Never assign it here.
VAR link = "fragile"
VAR name_known = false
VAR card_given = false
// The first night: you talked about the snow with her (she'll remember on the third night).
VAR snow_talked = false
// The second night: you went where she sleeps, uninvited.
VAR uninvited_once = false
// The second night: the perche about the Thursday nurse was offered (and left alone).
VAR nurse_offered = false
// The third night: the coffee happens at Lise's, or outside, on the vent.
VAR at_lise = false

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
~ snow_talked = true
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
    ~ snow_talked = true
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
~ uninvited_once = true
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
~ nurse_offered = true
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
// The good ending of the second night is small. She'll be at the corner next Tuesday: the agreement on presence holds. Nothing else was asked of tonight.
Time to get on with the round. The rain is letting up a little.
{ card_given:
    Still got your card. It's in my boot, staying dry. # speaker: Josée # mood: dry
- else:
    You hand her your card. She takes it, reads your number, slips it into her boot.
    ~ card_given = true
}
Tuesday, same time? # speaker: worker
If it's not raining. Cruiser hates the rain. # speaker: Josée # mood: amused # cue: smiles
She gives you a little nod as you leave. Cruiser watches you all the way to the corner.
-> third_tuesday

=== third_tuesday ===
// The third visit, weeks later. In between, presence has settled in: on Tuesdays, a wave, a kit, "see you Tuesday". Tonight she isn't alone, and she sets the distance herself, with one gesture. Ask trainees: what would it cost her, in front of her friend, to be greeted by someone from the organization?
Early December, three weeks later. The cold has changed: it's dry now, and it stings your nose. # visit: 3 # ambience: street_night # moment: guarded
Since then, every Tuesday, you've come by the corner of Ontario Street around eleven. The first one, the vent was empty. The next, she was there: a wave, two kits in a brown bag, "see you Tuesday". Nothing more. Karine calls it "putting in your presence hours".
Tonight Karine has taken the other sidewalk, as usual. She walks slower than you do; she says it's on purpose.
At the corner, Josée is on the vent. But she isn't alone. # distance: far
A man is crouched in front of her, a Habs toque pulled down to his eyebrows. They're counting change in a coffee cup, coin by coin, laughing at something you can't hear.
Josée looks up and sees you. Without stopping her counting, she makes a small gesture with her hand, flat, down by her knee. Not yet. Then she looks away. # cue: turns_away
+ [Keep walking with a small nod, and go around the block before coming back # act: step_back]
    -> around_the_block
+ [Cross over anyway to say hi, so she knows you're there # act: approach]
    -> crossed_anyway
+ [Call over to her: "You okay, Josée?" # act: ask]
    -> called_out

=== around_the_block ===
// Reading a gesture and following it. "Not yet" isn't "no": coming back twenty minutes later respects her moment, and her standing among her own people.
You walk past without slowing down. A nod, barely, the way you'd greet a neighbour. # sound: footsteps
You go around the block with Karine: the alley behind the dep, Darling Street, the little park where nobody sleeps when it's this cold. Karine tells you about her cat, who eats elastic bands. You check the time three times.
Twenty minutes later, the man in the toque is gone. Josée is alone on the vent, Cruiser curled up on her feet.
She's the one who raises a hand first. # cue: eye_contact # moment: open
You can come over now. # speaker: Josée
You cross and stop a few steps away, your usual spot. # distance: near # sound: footsteps
That was Ti-Guy. Known him fifteen years. He's okay, but he's sure you organization people write reports for the cops. # speaker: Josée # mood: dry
If he'd seen me chatting with you, the whole corner would've known by morning. And I'd be the girl who talks to the outreach workers. # speaker: Josée
She shrugs, and something like a smile goes by.
You saw my signal. That's good. Some people never do. # speaker: Josée # mood: amused
-> first_snow

=== crossed_anyway ===
// Going past a gesture because you have good reasons (so she knows you're there). For her, it means being seen with the organization in front of someone who distrusts it. The hand signal was an instruction, not a courtesy.
You cross and stop a few steps from the vent, a smile ready. # distance: near # sound: footsteps
The man in the toque stands up and looks you up and down: your coat, your bag, the logo on your bag.
Well. The CLSC's here. I'll leave you with your organization, Josée. # speaker: The man in the toque # mood: cold
He empties the cup into his pocket without splitting it, and heads for the metro without looking back. # sound: footsteps
Josée watches him go. Then she looks at you. She folds her arms. # cue: arms_crossed # moment: guarded
Didn't you see me signal you? # speaker: Josée # mood: cold
+ [Tell her you saw it but didn't understand, and next time you'll wait # act: accept]
    I saw it. I didn't get it. Next time, I'll wait. # speaker: worker
    -> repaired_in_the_cold
+ [Explain you just wanted to make sure he wasn't bothering her # act: insist]
    I just wanted to make sure he wasn't bugging you, that's all. # speaker: worker
    -> not_your_call

=== called_out ===
// Saying her name out loud, in front of someone else, to ask if she's okay. The concern is sincere; but her name in your mouth tells the whole corner the organization knows her.
You okay, Josée? # speaker: worker
Your voice carries a long way in the dry cold. The man in the toque turns his head toward you, then toward her.
Josée? You know the organization people now? # speaker: The man in the toque # mood: dry
Yeah, I'm okay. I was okay. # speaker: Josée # mood: cold
She turns back to him and goes on counting, her back half turned to you. # cue: turns_away # moment: closed
+ [Raise a hand to apologize, and keep walking: you'll come back later # act: step_back]
    You raise a hand, palm open, and keep walking without crossing. # distance: far
    -> back_later
+ [Cross over to apologize in person # act: approach]
    You cross the street to them. # distance: near # sound: footsteps
    Sorry, I just wanted to see if you were all right... # speaker: worker
    The man in the toque gets up, empties the cup into his pocket and heads for the metro, whistling. # sound: footsteps
    -> not_your_call

=== back_later ===
// Repairing by doing less: leave right away, come back later. She got to finish her business without you; now she's the one stating the rule.
You go around the block with Karine. She doesn't say anything; she doesn't need to. # sound: footsteps
Twenty minutes later, the man in the toque is gone. Josée is alone. She sees you coming back and doesn't move.
You stop a few steps away. She lets a long moment go by. # distance: near # cue: silence
Next time I'm with somebody, you don't know me. You only know me when I'm by myself. Deal? # speaker: Josée # mood: firm # moment: guarded
Deal. # speaker: worker
That was Ti-Guy. He thinks you people write reports for the cops. Now he's gonna think I write them too. Thanks a lot. # speaker: Josée # mood: dry
-> first_snow

=== repaired_in_the_cold ===
// Owning the mistake, simply, without justifying it. She sets the rule; you take it as it is.
She looks at you for a moment, then sighs, a white cloud in the cold. # moment: guarded
That was Ti-Guy. He thinks you organization people write reports for the cops. And now he's gone off with my share of the cup. # speaker: Josée # mood: dry
Next time I'm with somebody, you don't know me. You only know me when I'm by myself. Deal? # speaker: Josée # mood: firm
Deal. # speaker: worker
-> first_snow

=== not_your_call ===
// Justifying yourself with your worry, or going to apologize too close, after she has set the limit. She hears you judging her friends for her. Tonight is over; the link is on pause.
Josée gets up. Cruiser gets up with her. # cue: turns_away # moment: closed
The guy in the toque, Ti-Guy, he's been my buddy for fifteen years. He's pulled me out of more holes than your organization. I pick who bugs me. # speaker: Josée # mood: cold
Not tonight, okay? # speaker: Josée
She heads east, Cruiser at her heels. He's limping a little on a back leg; you notice too late to say anything. # sound: footsteps
The next Tuesday she's on the vent. She takes her two kits, says "see you Tuesday", and looks elsewhere. It will be a month before she mentions Ti-Guy to you again. # end: ended
-> END

=== first_snow ===
// The first snow, and a link with a memory ("think it's gonna snow?"). The link band (computed by the engine) decides whether she opens a door herself, or whether tonight stays at the material stage. Both are successes.
Above the rooftops, the orange sky starts to come down, very gently. The first flakes, the real ones, the ones that stay.
Josée holds out her hand, palm up, and watches a flake melt.
{ snow_talked:
    You said they were calling for it. Took them a month, but you were right. # speaker: Josée # mood: amused
- else:
    First snow. Cruiser's gonna hate it. # speaker: Josée # mood: amused
}
Cruiser gets up, sniffs the snow and takes three steps, limping on a back leg. He comes right back and lies down on Josée's feet.
{ link == "solid" or link == "building":
    -> her_invitation
- else:
    -> material_stage
}

=== material_stage ===
// The material stage. The link hasn't grown enough for more yet, and that isn't a failure: she's there on Tuesdays, she takes her kit, she knows your name. Some people stay at this stage for years, and the link holds.
She sees that you saw Cruiser's leg. She pulls the blanket over him.
His paws are cold, that's all. Two kits, if you've got 'em. # speaker: Josée # mood: wary
+ [Give her two kits, no questions, and say "see you Tuesday" # act: material]
    -> material_goodnight
+ [Offer to go warm up at the diner on the corner, your treat # act: perche # topic: food]
    -> too_soon_for_coffee

=== too_soon_for_coffee ===
// Offering a coffee is a lovely idea; but she didn't ask, and she doesn't know your face well enough yet to sit across from you. The repair: give her what she asked for, and nothing else.
Want to warm up at Lise's, on the corner? My treat. # speaker: worker
She looks at you as if you'd just offered her a cruise. # cue: arms_crossed
No. Two kits, I said. # speaker: Josée # mood: cold
+ [Give her the two kits, and add nothing # act: material]
    -> material_goodnight

=== material_goodnight ===
// The ending at the material stage: the link is kept. Nothing else was asked of tonight, and she'll be back Tuesday. In the debrief: why is this a success?
You hand her the brown paper bag: two kits, alcohol swabs, sterile water, condoms. She tucks it inside her coat.
See you Tuesday. # speaker: Josée
The snow is coming down harder. When you look back from the corner, she has pulled up her hood and Cruiser has his nose in her sleeve.
On the way back, Karine shakes out her toque. "Some people, it takes years before they offer you a coffee. Others, never. And on Tuesdays we come by all the same. That's the job." # end: kept
-> END

=== her_invitation ===
// The door she opens herself: a coffee, away from the street corner, at her place of choice. The agreement on presence widens, on her initiative. The right answer is to go her way, not ours.
Josée stands up and brushes the snow off her knees.
Want to get a coffee at Lise's? The diner, on the corner. My invitation. # speaker: Josée # cue: eye_contact
She lets a second go by.
Well, you're paying. But I'm inviting. # speaker: Josée # mood: amused # cue: smiles # moment: open
And I've got a question for you. About Cruiser. # speaker: Josée
Across the street, Karine has seen it all. She waves you on: go, I'll do the block.
+ [Say yes, and follow her to Lise's # act: approach]
    -> chez_lise
// A perche (the drop-in) that the model would allow at this level of trust. But the invitation came from her, to her place of choice: steering it back inside the organization's walls is taking over. The author decides.
+ [Suggest the organization's drop-in instead: the coffee is free there, and it's warm # act: perche # topic: food # trust: -3]
    -> the_drop_in
+ [Thank her, but stay outside, and tell her you're listening right here # act: hold]
    -> under_the_snow

=== chez_lise ===
// A coffee away from the street corner. An ordinary place, a counter, doughnuts: the opposite of an office, and that is why people talk differently there. Face to face, but because she suggested it.
~ at_lise = true
Lise's smells of the fryer and of coffee left too long on the burner. You sit in the back booth, face to face, the table between you. # distance: close # ambience: cafe # sound: door
Cruiser is allowed in the vestibule, between the two doors. That's Lise's rule, and here Lise makes the rules. He lies down on the mat, his nose pressed to the glass.
Lise brings two coffees without anyone ordering, and a bowl of water she sets down in the vestibule.
Two honey dips, sweetheart? And one for your visitor? # speaker: Lise
Two. She's paying. # speaker: Josée # mood: amused
Josée takes off her mittens and holds her cup in both hands, for a long time, without drinking.
-> the_request

=== the_drop_in ===
// Steering her toward the drop-in, with good reasons (it's free, it's warm, there's the nurse). What she mostly hears is her invitation being taken back. A sign-in book at the door, a camera: her own reasons not to go.
At the drop-in the coffee's free, and it's warm. There's even the nurse, on Thursdays. # speaker: worker
The drop-in. With the sign-in book at the door and the camera over it. # speaker: Josée # mood: dry
She sits back down on the vent. # cue: turns_away # moment: guarded
Forget it, then. # speaker: Josée
+ [Tell her she's right: she's the one inviting, and it's Lise's # act: accept]
    You're right. You're the one inviting. Lise's. # speaker: worker
    She gives you a long sideways look. Then she gets up. # cue: smiles
    You're paying for the doughnuts too, then. # speaker: Josée # mood: amused # moment: open
    -> chez_lise
+ [Push a little: at the drop-in she could also take a shower and change # act: insist]
    And at the drop-in you could take a shower, change... # speaker: worker
    -> she_goes_alone

=== she_goes_alone ===
// Steering the invitation back toward the organization twice. She didn't say no to the coffee; she said no to your version of it. She goes alone: the link is on pause, not lost.
Seriously. Is this an invitation or an intake? # speaker: Josée # mood: cold # cue: turns_away # moment: closed
She clips on Cruiser's leash and crosses to the diner by herself. Through the window you see her sit at the counter, her back to the street. # sound: door
You wait a while on the sidewalk, in the snow. She doesn't turn around. You go and join Karine.
The next Tuesday she's on the vent. She takes her two kits, says "see you Tuesday". She doesn't bring up the coffee again, or Cruiser. # end: ended
-> END

=== under_the_snow ===
// Politely turning down an invitation is allowed: staying outside breaks nothing. But she had opened a door, and she half closes it. Her question will come anyway, outside, shorter.
Thanks. I'm good here. I'm listening. # speaker: worker
Well, your loss. Lise's doughnuts are the best on Ontario Street. # speaker: Josée # mood: dry
She sits back down on the vent. The snow settles on her toque, on Cruiser's back. # moment: guarded
-> the_request

=== the_request ===
// The request comes from her. This is where intervening becomes legitimate: she chose the subject, the moment and the place. Her priority is her dog, not her cough; and she closes in advance the door she doesn't want opened. Watch for it.
Cruiser's limping. Back leg, three days now. Must've stepped on glass, or it's the salt. # speaker: Josée # mood: quiet
You know a vet who doesn't charge an arm and a leg? # speaker: Josée
{ at_lise:
    She turns her cup a quarter turn.
- else:
    She turns her empty cup between her mittens.
}
And who doesn't call animal control when they see you got no address. # speaker: Josée # mood: quiet
She coughs into her elbow, a long fit. Then she raises a finger at you, before you can open your mouth. # sound: cough
And don't talk to me about my cough. I see you coming. We're talking about Cruiser. # speaker: Josée # mood: dry # cue: arms_crossed
+ [Promise her you'll only talk about Cruiser, and ask what she'd like: an address, or someone to go with her # act: accept]
    -> her_choice
+ [Tell her you'll handle it: tomorrow morning you'll call and book the appointment for her # act: perche # topic: appointment]
    -> taking_over
+ [Tell her that about her cough, actually, the Thursday nurse could look at it at the same time # act: perche # topic: nurse]
    -> the_cough_anyway

=== her_choice ===
// Asking what she wants: an address, or someone with her. She keeps her hands on her own business; you don't do for her what she can do herself.
Promise. We're talking about Cruiser. # speaker: worker
What would you like? An address? Or somebody to go with you? # speaker: worker
{ at_lise:
    She thinks for a long time. She watches Cruiser through the vestibule glass. # cue: silence
- else:
    She thinks for a long time. She watches Cruiser, lying on her feet. # cue: silence
}
An address. And... we'll see about the rest. # speaker: Josée
-> the_address

=== taking_over ===
// Taking charge of what she just asked for. The intention is generous; but it's her request, at her pace: an appointment set by someone else, tomorrow morning, is a plan made for her.
I'll handle it. Tomorrow morning I'll call and book you an appointment. I'll come get you, if you want. # speaker: worker
Whoa. Tomorrow morning, I'm sleeping. # speaker: Josée # mood: firm # moment: guarded
{ at_lise:
    She puts down her cup.
- else:
    She leans back on the vent.
}
I asked for an address. Not a babysitter. # speaker: Josée # mood: dry # cue: arms_crossed
+ [Tell her she's right: an address, and she decides when # act: accept]
    You're right. An address. You decide when. # speaker: worker
    -> the_address
+ [Insist: with an appointment, it's more certain they'll see him # act: insist # topic: appointment]
    With an appointment, it's more sure they'll see him, you know. # speaker: worker
    -> she_pays_her_own

=== the_cough_anyway ===
// She had closed that door in advance ("don't talk to me about my cough"). Going through it anyway, even for her own good, shows her that her request was just a way in for yours.
About your cough, actually... On Thursdays the nurse could look at it, and... # speaker: worker
She isn't looking at you anymore; she's looking at Cruiser. # cue: turns_away # moment: guarded
I knew it. I knew you'd say that. # speaker: Josée # mood: cold
+ [Apologize: she picks the subject, and tonight it's Cruiser # act: accept]
    Sorry. You pick. Tonight it's Cruiser. # speaker: worker
    She huffs through her nose. # cue: silence
    Okay. # speaker: Josée
    -> the_address
+ [Explain that you're worried: she's been coughing for three weeks # act: insist]
    I'm just worried. You've been coughing for three weeks. # speaker: worker
    -> she_pays_her_own

=== she_pays_her_own ===
// Insisting after she has set the limit. The worry is sincere; for her, the coffee turns into an office. She leaves: the link is on pause, not lost, but tonight her request goes unanswered.
{ at_lise:
    She gets up. She takes two dollars in change out of her pocket and sets them on the table, next to her still-full cup. # cue: turns_away # moment: closed
    I'll pay for my own coffee. Good night. # speaker: Josée # mood: cold
    She unclips Cruiser in the vestibule. The dog limps out to the sidewalk. # sound: door
    Lise picks up the two dollars and looks at you over her glasses. She says nothing.
- else:
    She gets up and rolls up her blanket. # cue: turns_away # moment: closed
    Forget the vet. I'll figure it out. Good night. # speaker: Josée # mood: cold
    She heads toward the church, Cruiser limping behind her in the fresh snow. # sound: footsteps
}
The next Tuesday, Josée is on the vent. She takes her two kits. She doesn't mention Cruiser. You don't know if he's still limping, and you don't ask. # end: ended
-> END

=== the_address ===
// A concrete answer to a concrete request. You promise only what you know; Karine knows the address. Writing it on your card leaves what happens next in her hands.
{ at_lise:
    You don't know an address by heart, and you tell her so. You text Karine, who answers before your coffee gets cold.
- else:
    You don't know an address by heart, and you tell her so. You text Karine, across the street. She answers before the snow buries your phone.
}
A community vet clinic, one Saturday a month, in a church basement on Hochelaga Street. Volunteer vets, for the animals of people who live outside. Free. They don't ask for an address. Next one: Saturday.
You write it on the back of one of your cards, in block letters, and hand it to her.
{ card_given:
    She reads it twice. She slips it into her boot, with the other one.
- else:
    She reads it twice. She slips it into her boot.
    ~ card_given = true
}
Saturday. # speaker: Josée
If I go, I'll tell you Tuesday. If I don't go, I won't tell you. # speaker: Josée # mood: dry
-> thursday_question

=== thursday_question ===
// What a perche left in peace can turn into. Weeks after "I'll think about it", she's the one bringing up the nurse, her way (through the dog, then "say"). The task: answer her question, simply, without turning it into a plan.
{ at_lise:
    Lise comes by to top up the cups. Josée waits until she's back behind her counter.
- else:
    A bus goes by, empty, kicking up snow. Josée waits until it's gone. # sound: bus_engine
}
{ nurse_offered:
    That Thursday thing of yours. The nurse on the bus. # speaker: Josée # mood: quiet
- else:
    Ti-Guy says there's a nurse on the Thursday bus. # speaker: Josée # mood: quiet
}
She look at dogs too? # speaker: Josée # mood: amused
You laugh. She doesn't. She scratches at an imaginary spot on her knee.
And me, say. Say I went. Do you need an appointment? # speaker: Josée # mood: quiet # cue: leans_in
+ [Answer simply: no appointment, Thursdays, 2 to 3 p.m., at Frontenac metro # act: inform]
    -> just_the_facts
// Picking her up where she sleeps: the model sees only a visit, allowed at this level of trust. But the place she sleeps is still her home, and a "say" doesn't ask for company yet. The author decides.
+ [Offer to pick her up Thursday where she sleeps, so you can go together # act: visit # trust: -3]
    -> where_she_sleeps
+ [Tell her frankly that you're glad, that her cough has worried you since the first night # act: opinion]
    -> glad_you_said

=== just_the_facts ===
// Answering the question asked, nothing more. A "say" is a first step; you don't run ahead of it. Information she asked for is information that counts.
No appointment. Thursdays, two to three, at Frontenac metro. You get on, you say hi to Francine. No medicare card needed. # speaker: worker
Francine. # speaker: Josée
She repeats the name slowly, the way you taste something new.
And Cruiser, can he come on? # speaker: Josée # mood: amused
He can come on. There'll be a biscuit. # speaker: worker
-> closing_time

=== where_she_sleeps ===
// Offering to pick her up where she sleeps. With all the trust earned, that place is still her home; and she only asked for a time and a place.
If you want, Thursday I'll come get you behind the church, and we'll go together. # speaker: worker
{ uninvited_once:
    Behind the church is my place. We said that. # speaker: Josée # mood: firm
- else:
    Behind the church? Who told you I sleep there? # speaker: Josée # mood: firm
}
She leans back, her spine very straight. # cue: steps_back # moment: guarded
I said say. If I go, I go by myself. # speaker: Josée
+ [Tell her that's fine: she'll go alone, and you'll just give her the time # act: accept]
    Fine. By yourself. Thursdays, two to three, at Frontenac metro. No appointment. # speaker: worker
    She nods, once.
    -> closing_time
+ [Insist: the first time, it's easier to have someone with you # act: insist]
    The first time, it's easier with someone along, you know. # speaker: worker
    -> she_pays_her_own

=== glad_you_said ===
// A frank opinion, said with the link behind it: that is allowed now. But a "say" is fragile; making it good news too fast puts weight on it. She changes the subject, with humour: follow her.
I'll be straight with you: I'm glad. Your cough has worried me since the first night. # speaker: worker
Relax. I said say. # speaker: Josée # mood: dry
She looks toward Cruiser.
Do dogs eat doughnuts? # speaker: Josée # mood: amused # cue: changes_subject
+ [Laugh, and answer about the doughnuts, without going back to Thursday # act: accept]
    Not honey dips. He'd never want to eat anything else. # speaker: worker
    -> closing_time
+ [Give her the time and place again, to be sure she has them # act: inform]
    Thursday, two o'clock, Frontenac. No appointment. Want me to write it down? # speaker: worker
    I know. Frontenac. I'm not deaf. # speaker: Josée # mood: cold # moment: guarded
    -> closing_time

=== closing_time ===
// Ending on time, again. She opened two doors tonight (the coffee, her request); she decides when they close. She turns toward the street: that is "enough for tonight".
{ at_lise:
    Lise starts putting the chairs up on the back tables. Through the window you see Karine waiting in the snow, her toque gone white.
    Josée finishes her coffee in one go and puts her mittens back on.
- else:
    The snow is coming down harder. Across the street, Karine is waiting, her toque gone white.
    Josée stands up and shakes the snow off her blanket.
}
Okay. Cruiser and me, we've got a big night. Got a vent to keep an eye on. # speaker: Josée # mood: amused
She turns toward the street. # cue: turns_away
+ [Give her two kits in a brown bag, as usual, and say "see you Tuesday" # act: material]
    You hand her two kits in a brown bag. She tucks them into her coat without looking.
    See you Tuesday. # speaker: worker
    -> see_you_saturday
+ [Ask her, before she goes, what happened with the house and the yard # act: ask]
    -> the_yard_again
+ [Wish her a good night, and let her leave first # act: leave]
    Good night, Josée. Night, Cruiser. # speaker: worker
    -> see_you_saturday

=== the_yard_again ===
// Reopening, just as she leaves, the door she closed on the first night. With the link, the question is no longer an intrusion; but she will pick the moment. She says so with humour: hear it.
What happened, with the house? The yard, the fence... # speaker: worker
She stops. She looks at you for a long time. # cue: silence
The yard. Another time. Tuesday, maybe. Or next year. # speaker: Josée # mood: dry # cue: changes_subject
+ [Say "next year, then", and give her two kits # act: accept]
    Next year, then. I'll write it down. # speaker: worker
    You hand her two kits in a brown bag. She tucks them into her coat.
    -> see_you_saturday

=== see_you_saturday ===
// The good ending is small, again. She leaves with an address she asked for, a question she raised herself, and Tuesday. Nothing was done for her. In the debrief: what made her request possible?
{ at_lise:
    You go out together. The cold grabs you on the sidewalk. Cruiser shakes himself off in the vestibule and follows you. # ambience: street_night # sound: door
- else:
    Cruiser shakes himself off and gets up. # ambience: street_night
}
The snow has covered the vent. Cruiser limps to the corner, nose in the fresh snow, and, it turns out, he seems to like it.
Josée pulls up her hood.
{ at_lise:
    Thanks for the coffee. Next time, I'm paying. Well... we'll see. # speaker: Josée # mood: amused # cue: smiles
- else:
    Thanks for the address. Next time I'll invite you again. Maybe you'll say yes. # speaker: Josée # mood: amused # cue: smiles
}
She heads toward the church. She doesn't look back, but she lifts two fingers over her shoulder. # sound: footsteps
{ at_lise:
    Karine catches up and brushes the snow off your toque. "A month for a coffee. With some people it takes years, and with others it never happens. We come by on Tuesdays all the same." # end: kept
- else:
    Karine catches up and brushes the snow off your toque. "A month before she asked you for something of her own. With some people it takes years, and with others it never happens. We come by on Tuesdays all the same." # end: kept
}
-> END

=== link_broken ===
// Reached only when the engine's trust model judges the link broken (too many rushes in a short span). The story never diverts here itself. In the debrief: which moments came too early?
She gets up. She doesn't say anything more. She picks up her bag and wraps the leash around her hand. # cue: turns_away # moment: closed
Okay. Well, have a good night. # speaker: Josée # mood: cold
She heads east, unhurried, without looking back. # sound: footsteps
The following Tuesdays, the vent is empty. At the dep, they tell you she still comes by, but later, once the people from your organization have gone. # end: broken
-> END
