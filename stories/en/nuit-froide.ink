# title: Cold Night
# lang: en
# setting: street
# time: 1 a.m., January, −25 °C
# character: Mélissa
# look: woman_long_hair
# wariness: 3
# summary: Extreme cold warning: minus twenty-five, minus thirty-five with the wind chill. In the entrance of a closed bank: Mélissa, her boyfriend Steve and their dog. You've met them twice. Tonight the shelters still have beds and you'd like them to take one. It's their call; your job is to offer what can be taken.
# duration: 12
# concepts: suggestion-legitime, refus, voisinage-courtois, reseau, lien, rythme
# warning: extreme cold
# warning: police presence

// Set by the engine: fragile | building | solid | broken. Never assign it here.
VAR link = "fragile"
VAR shelter_early = false
VAR pushed = false
VAR spoke_for_her = false
VAR exposed = false

-> start

=== start ===
// The frame: a dangerous night, and a strong urge to "rescue". Ask trainees: what, on a night like this, pushes you to go too fast? They know you a little; the right distance is the one you have already found together, no closer.
Extreme cold warning. Minus twenty-five on the thermometer, minus thirty-five with the wind chill. Sainte-Catherine Street East, a little after one. # ambience: street_night # moment: guarded
You're doing the rounds with Samir, your colleague. Your bags are full of wool blankets and hand warmers. Before you left, the coordinator said: "The shelters added beds. And the warming bus is parked at Papineau metro until seven. Dogs are allowed on."
Across the street, in the entrance of a closed bank, two shapes under a sleeping bag, and a black-and-white dog in a sweater far too big for her. # distance: far
You know them: Mélissa, Steve, and Skunk. In November, Mélissa took a pair of wool socks without a word. Two weeks ago, she asked your name, then gave you a different one.
Hey! Wool Socks! # speaker: Mélissa # mood: amused # cue: eye_contact
+ [Wave, and stay on your side of the street # act: hold]
    -> across_the_street
+ [Cross, and stop at the edge of the entrance, a few steps from them # act: approach]
    You cross and stop at the edge of the entrance, where the sidewalk ends and their corner begins. # distance: near # sound: footsteps
    -> doorway
+ [Cross quickly and crouch right beside them, to check whether their hands are frozen # act: approach]
    -> too_close

=== across_the_street ===
// Staying back is careful, but they know you and they're calling you over: the invitation is clear. How far does it go? To the edge of their corner, not inside it.
You wave. A cab creeps by between you, slow on the ice.
You gonna stand there and freeze? Come on, we don't bite. Skunk doesn't either. # speaker: Mélissa # mood: amused # cue: smiles
+ [Cross and slip into the entrance with them, out of the wind # act: approach]
    -> too_close
+ [Cross, and stop at the edge of the entrance # act: approach]
    You cross and stop at the edge of the entrance, where the sidewalk ends and their corner begins. # distance: near # sound: footsteps
    -> doorway

=== too_close ===
// Even when they know you, you don't walk into their shelter uninvited. The intention (checking their hands) is care; seen from the sleeping bag, it's someone walking into the bedroom.
You slip into the entrance and crouch an arm's length from the sleeping bag. # distance: close # sound: footsteps
Skunk jumps up and barks. Steve sits up, his hood falling back. # sound: dog_bark
Whoa. Whoa. Back up. # speaker: Steve # mood: alarmed # cue: steps_back # moment: closed
Relax, Steve. It's Wool Socks. # speaker: Mélissa
She looks at you.
Back up anyway, though. This is our bedroom. # speaker: Mélissa # mood: dry
+ [Back up to the edge of the entrance, and apologize # act: step_back]
    You back up to the edge of the sidewalk. # distance: near
    Sorry. I just wanted to see if you were okay. # speaker: worker
    Skunk lies back down, one eye open on you. # moment: guarded
    -> doorway
+ [Tell them right away there are still beds at the shelter tonight # act: perche # topic: shelter]
    -> shelter_too_soon

=== doorway ===
// Presence first. The cold is dangerous and they haven't asked for anything: what can be given with no strings comes before any suggestion.
The wind whips into the entrance and lifts a corner of the cardboard. Steve has pulled his hood back up; all you can see are his eyes.
Mélissa has her hands pulled up inside her sleeves. Her teeth chatter when she isn't talking, so she talks.
We found ourselves a one-bedroom with a street view. Heat not included, mind you. # speaker: Mélissa # mood: dry
+ [Ask her how she's doing, really, in this cold # act: ask]
    -> how_are_you
+ [Take out hand warmers and two blankets, and set them down in front of them, no questions asked # act: material]
    -> warm_things
+ [Tell them right away there are still beds at the shelter tonight # act: perche # topic: shelter]
    -> shelter_too_soon

=== how_are_you ===
// A fair question, a little early: before you've offered anything, "how are you" sounds like an assessment. She answers by eyeing your bag: she's showing you the right order.
How are you doing, really, in this cold? # speaker: worker
How am I doing? It's minus twenty-five, Wool Socks. Take a guess. # speaker: Mélissa # mood: dry
She looks at your bag. # cue: changes_subject
You got anything in there, or is this just a social call? # speaker: Mélissa
+ [Take out hand warmers and two blankets, and set them down in front of them # act: material]
    -> warm_things
+ [Tell her what you've mostly got is a bed at the shelter to offer them # act: perche # topic: shelter]
    -> shelter_too_soon

=== shelter_too_soon ===
// The right perche, too early: before any warmth, before you've looked at their situation. To them it's the answer everyone has given them tonight, the police included. She shuts it down, with humour.
~ shelter_early = true
There are still beds at the shelter tonight. I can call for you guys. # speaker: worker
Mélissa laughs, a short laugh that turns to steam.
Good evening to you too. # speaker: Mélissa # mood: dry
The shelter. Everybody's talking to us about the shelter tonight. The cops, the lady at the dep, and now you. # speaker: Mélissa # moment: guarded
Steve lies back down, his back to you. # cue: turns_away
+ [Insist: just one night, with the cold it is # act: insist # topic: shelter]
    -> pressed_early
+ [Tell her she's right, you started at the end, and take out the hand warmers # act: accept]
    You're right. I started at the end. Here, this is the beginning. # speaker: worker
    -> warm_things

=== pressed_early ===
// Pushing a perche you just offered too early. She doesn't even argue: she withdraws. What's still possible is to give with no strings, or to leave.
~ pushed = true
Just one night. With this cold, it's worth it. # speaker: worker
Mélissa doesn't answer. She pulls the sleeping bag up to her chin and looks out at the street. # cue: turns_away # moment: closed
+ [Set the blankets and hand warmers at the edge of the entrance, and take a step back # act: material]
    -> warm_things
+ [Wish them good night, and carry on with your rounds # act: leave]
    -> left_at_the_door

=== left_at_the_door ===
// Leaving after pushing: the best repair available tonight. The link is paused, not lost; leaving the blankets says nothing was conditional.
You set the blankets down at the edge of the entrance. Good night. # speaker: worker
Nobody answers. When you look back from the corner, Steve has pulled the blankets in, and Mélissa has spread one over the dog.
Samir hands you a coffee. "We'll come back later. From a distance." # end: ended
-> END

=== warm_things ===
// Supplies with no strings. Nothing is asked in return, and that's often what makes talking possible afterwards. Useful information fits in one sentence.
You set two wool blankets and a handful of hand warmers on the cardboard in front of them, not in their hands.
Mélissa tears a packet open with her teeth and shakes it. Steve slips two into his gloves.
Not right against your skin, eh. When you're frozen, they burn and you don't feel it. # speaker: worker
{ pushed:
    Mélissa nods, without looking at you. She spreads the first blanket over Skunk. # moment: guarded
- else:
    You wouldn't have a dog-size one, while you're at it? # speaker: Mélissa # mood: amused # cue: smiles # moment: open
}
+ [While you're at it, explain the signs of frostbite and hypothermia # act: inform]
    -> frost_lesson
+ [Ask her where Skunk's sweater came from # act: small_talk]
    What's the story with the sweater? # speaker: worker
    -> dog_talk

=== frost_lesson ===
// Information nobody asked for, accurate and useful. She takes it politely, and reminds you who the expert on her own survival is. Steve heard it, though: it will matter later.
You explain: skin that turns white or grey, goes hard, stops hurting. Don't rub it. Warm it up gently. And if someone stops shivering, gets confused or suddenly falls asleep, that's 911. # speaker: worker
Mélissa hears you out to the end, eyebrows raised.
Wool Socks. This is my sixth winter doing this. But that's sweet. # speaker: Mélissa # mood: dry
Steve, though, stares at his gloves for a long moment. # cue: silence
-> dog_talk

=== dog_talk ===
// Small talk. The dog is their family; she is also the first reason for their refusal, heard here before anything has even been offered. Listening now is understanding the refusal later.
Skunk has squeezed in between the two of them. Her sweater has the sleeves cut off and a half-faded pizzeria logo.
It was Steve's hoodie. We cut the sleeves off and made holes for her legs. # speaker: Mélissa
She found us, not the other way around. At the metro, three years ago. She wouldn't leave. # speaker: Steve # mood: soft
Since then, there's three of us. We don't go far without her. # speaker: Mélissa
She scratches the dog between the ears.
And she's the only one in the bedroom who doesn't snore. # speaker: Mélissa # mood: amused # cue: smiles # moment: open
-> reading_the_night

=== reading_the_night ===
// Assess before you suggest: the wind, Steve's fingers, the chattering teeth. The perche answers what you see, once warmth has been given and the conversation is open. The shelter first (a bed beats a bus seat); the bus stays in reserve. The same worry, said as an order, shuts the door.
The wind shifts. It whips into the entrance and Mélissa curls up against Steve. Her teeth chatter between sentences. # moment: guarded
Steve takes off a glove to scratch the dog. His fingertips are white, waxy. He hides them in his sleeve right away.
Mélissa saw you look. She says nothing, but she doesn't look away. # cue: eye_contact
Your phone buzzes in your pocket: Samir texts that the shelter on the next street still has six beds.
+ [Tell them they can't stay here tonight, it's too dangerous # act: opinion]
    -> not_here_tonight
+ [Offer the perche: one night at the shelter, in a warm bed; you can call for them # act: perche # topic: shelter]
    -> the_perche

=== not_here_tonight ===
// Telling someone where they can't sleep is deciding for them. Your fear is real; said as a rule, it sounds like every institution's. She guesses the rest before you say it.
You can't stay here tonight. It's too dangerous. # speaker: worker
Mélissa raises her eyebrows.
Oh no? Where are we supposed to go, then? Wait, let me guess. # speaker: Mélissa # mood: dry # cue: arms_crossed
-> the_perche

=== the_perche ===
// The perche, said simply, once, with your worry. She says no, and her reasons are real: the dog, the couple, the rules, the thefts. The refusal is her position on her own life; it is respected, not negotiated.
There are still beds at the shelter, close by. A real bed, somewhere warm, for one night at least. I can call for you guys, and walk you over. # speaker: worker
{ shelter_early:
    I know, I brought it up before. This is the last time. # speaker: worker
}
Mélissa looks at Steve. Steve looks at the dog.
And Skunk sleeps where? # speaker: Mélissa
She doesn't wait for your answer.
They don't take dogs. And they split us up: guys on one side, girls on the other. # speaker: Mélissa
Last time, Steve went out for a smoke at two. They wouldn't let him back in. Me inside, him outside, all alone, and me not even knowing. # speaker: Mélissa # mood: quiet
And in the morning my boots were gone. In February. I walked to Tim's in my socks. # speaker: Mélissa
So wool socks, I know what they're worth. # speaker: Mélissa # mood: dry
No. We're staying right here. Together. # speaker: Mélissa # mood: firm # cue: arms_crossed
+ [Insist: just one night, with the cold it is # act: insist # topic: shelter]
    -> just_one_night
+ [Tell her it's her call, but that you're worried, and say it only once # act: accept]
    -> worry_said
+ [Suggest another way: her at the women's shelter, Steve at the men's, Skunk boarded somewhere for one night # act: insist # topic: shelter]
    -> split_up
+ [Remind them that people freeze to death outside on nights like this # act: opinion]
    -> cold_lecture

=== worry_said ===
// The heart of the encounter: respect the refusal, name your worry once, as yours, then stop. That isn't giving up: it's leaving the door where she can open it again herself.
It's your call. But I'm telling you, it worries me, tonight. That's all. # speaker: worker
Mélissa looks at you for a moment. # cue: silence
I know it worries you. You've had that worried face since November. # speaker: Mélissa # mood: dry # cue: smiles
Steve laughs into his hood. Skunk wags her tail under the blanket.
-> police

=== just_one_night ===
// Pushing after a refusal with reasons. The intention is care; to her, it's one more person who didn't hear her reasons. There is still a good answer: let it go.
~ pushed = true
Just one night. With this cold. Tomorrow we'll figure something out for Skunk. # speaker: worker
Mélissa looks at you for a long time. # cue: silence
Wool Socks. I said no. # speaker: Mélissa # mood: cold
She pulls the blanket over the dog and turns toward Steve. # cue: turns_away # moment: closed
+ [Suggest another way: her at the women's shelter, Steve at the men's, Skunk boarded somewhere for one night # act: insist # topic: shelter]
    -> split_up
+ [Let it go: it's their call # act: accept]
    Okay. I'll stop. It's your call. # speaker: worker
    Mélissa shrugs one shoulder. It means: we'll see if you keep your word. # moment: guarded
    -> police
+ [Remind them that people freeze to death outside on nights like this # act: opinion]
    -> cold_lecture

=== split_up ===
// Suggesting they leave the dog, or sleep apart: a logical solution seen from an office, a betrayal seen from the bank's entrance. She just told you why; that's what she hears.
~ pushed = true
What if we did it differently? You at the women's shelter, Steve at the men's. And Skunk, I know a place that could keep her for a night. # speaker: worker
Steve sits up. Mélissa isn't laughing anymore.
Did you hear a word I just said? We don't split up. And Skunk, we don't leave her with anybody. # speaker: Mélissa # mood: cold # cue: arms_crossed # moment: closed
-> police

=== cold_lecture ===
// Moralizing about the cold. It's all true, and she knows it better than you; saying it after her refusal makes her carry your fear.
You know people freeze to death outside, on nights like this? # speaker: worker
Mélissa doesn't answer right away.
I know. I knew one. # speaker: Mélissa # mood: quiet
You think I need you to tell me? # speaker: Mélissa # mood: cold # cue: turns_away # moment: closed
-> police

=== police ===
// The social layer. In front of a patrol car, Mélissa can't say what she says to you. Your place: step aside, let her answer for herself, wait. Sticking close to them, even to protect them, puts you on the side of the people asking the questions.
Headlights sweep across the bank's entrance. A patrol car slows, crawls along the curb, then stops, engine running.
Mélissa sits up straight all at once. Steve pulls his hands into his sleeves. Skunk growls, very low. # cue: turns_away # moment: closed
The passenger window rolls down. An officer leans over.
Evening. Everybody okay here? With the warning on, there's room at the shelters, you know. # speaker: Officer # mood: firm
+ [Stay where you are, without a word # act: hold]
    -> police_hold
+ [Go stand next to Mélissa and answer the officer yourself: they're with you, you've got this # act: approach]
    -> police_close
+ [Back up to the edge of the sidewalk, hands in sight, and let Mélissa answer # act: step_back]
    -> police_step_back

=== police_step_back ===
// Stepping aside. She keeps control of what gets said about her; you stay visible, but not at her side.
You back up to the edge of the sidewalk, a little off to the side, hands out of your pockets. # distance: far
We're fine, ma'am. We were just leaving, actually. # speaker: Mélissa # mood: bright
Her voice has changed: higher, politer, with a smile you've never seen on her.
The officer looks at you, at the edge of the sidewalk. You just say good evening.
Don't stay out here too long. Good night. # speaker: Officer
The window rolls up. The car pulls away, slowly. # moment: guarded
Mélissa waits until the tail lights have turned the corner. Then she waves you back over. # cue: eye_contact
You come back to the edge of the entrance. # distance: near
-> after_police

=== police_hold ===
// Staying put, without a word: nothing wrong with it, but you stay in the picture. The officer ends up talking to you.
You stay where you are, at the edge of the entrance, without a word.
We're fine, ma'am. We were just leaving, actually. # speaker: Mélissa # mood: bright
Her voice has changed: higher, politer, with a smile you've never seen on her.
You with them? # speaker: Officer
I do street outreach. # speaker: worker
The officer takes one more look at Steve, his hands in his sleeves, then at the dog.
Don't stay out here too long. Good night. # speaker: Officer
The car pulls away. Mélissa waits until the tail lights have turned the corner. # moment: guarded
-> after_police

=== police_close ===
// Speaking for them in front of the police. The intention is to protect them; the effect is that she loses control of what gets said about her, and you look like you're on the car's side.
~ spoke_for_her = true
You go and stand next to Mélissa, right up against the entrance. # distance: close # sound: footsteps
Evening. I do street outreach. They're with me, I've got this. # speaker: worker
Mélissa's smile freezes.
The officer isn't looking at her anymore: she's talking to you now. How long they've been here. Whether the dog has a licence. Whether anyone needs an ambulance.
You answer. Mélissa doesn't say another word. Steve looks at his boots.
The car finally pulls away.
Don't you ever talk for me in front of them again. # speaker: Mélissa # mood: cold # cue: arms_crossed # moment: guarded
You step back to the edge of the entrance. # distance: near
-> after_police

=== after_police ===
// What she couldn't say in front of the police, she can say to you, if you stepped aside. This is the moment to offer what can be taken: an option that answers her reasons.
{ spoke_for_her:
    She lets a long moment go by. Then she explains, without looking at you.
    In front of them, I'm never cold. If I say I'm cold, they call an ambulance, and Skunk goes to the pound. It happened to a girl we know. # speaker: Mélissa # mood: cold
    She rubs her arms. She's shivering, and she's not hiding it anymore. # moment: guarded
- else:
    Mélissa's shoulders drop. The polite smile is gone.
    In front of them, I'm never cold. If I say I'm cold, they call an ambulance, and Skunk goes to the pound. It happened to a girl we know. # speaker: Mélissa # mood: quiet
    She lowers her voice.
    But between us… I'm freezing my butt off. And Steve can't feel his fingertips. # speaker: Mélissa # mood: soft # cue: leans_in # moment: open
}
+ [Tell her about the warming bus at Papineau metro: the dog can come on, they stay together, nobody asks for names # act: perche # topic: warming_bus]
    -> bus_offer
+ [Tell her that since she's cold, the shelter is still the best option # act: insist # topic: shelter]
    -> shelter_again
+ [Nod, and wait for her to go on # act: hold]
    -> her_question

=== her_question ===
// Adding nothing. The silence leaves her in charge, and she is the one who asks. A perche that answers a request is the most legitimate kind.
You nod, and say nothing. At the corner, Samir pretends to check his phone.
{ spoke_for_her:
    Mélissa rubs her arms for a long moment, without looking at you. Then she looks up.
- else:
    Mélissa blows into her hands. Steve has tucked his back under his arms.
}
So. You got anything besides the shelter? # speaker: Mélissa # cue: eye_contact
+ [Tell her about the warming bus at Papineau metro: the dog can come on, they stay together, nobody asks for names # act: perche # topic: warming_bus]
    -> bus_offer

=== shelter_again ===
// She has just admitted she's cold; using it to steer back to the shelter teaches her never to admit it again. She brings the conversation back to what can be taken: her request makes the next perche legitimate.
You're cold. The shelter would still be better. # speaker: worker
Mélissa sighs. Her breath rises and vanishes.
That's why I don't say it, that I'm cold. Everybody steers me back to the shelter. # speaker: Mélissa # mood: tired
She looks you straight in the eye.
If you've got something else, now's the time. # speaker: Mélissa # cue: eye_contact
+ [Tell her about the warming bus at Papineau metro: the dog can come on, they stay together, nobody asks for names # act: perche # topic: warming_bus]
    -> bus_offer

=== bus_offer ===
// What can be taken: an option that respects her reasons (the dog, the couple, no rules at the door), accurate information for Steve's fingers, and nothing more. "We'll see", then a change of subject: that's enough for tonight.
There's a heated bus parked at Papineau metro until seven. Dogs can come on. You stay together. Nobody asks your name, and you can step out for a smoke and get back on. # speaker: worker
And Steve, your fingers: don't rub them. Warm them up slowly, under your arms. If they stay white and hard, or they blister, someone needs to look at them. I can go with you. # speaker: worker
Steve takes his hand out of his sleeve and looks at it, as if it belonged to someone else.
I was a roofer. My hands are pretty much all I've got left. # speaker: Steve # mood: quiet
He looks up.
Skunk can come on? For real? # speaker: Steve
For real. # speaker: worker
Mélissa looks toward the metro, then at Steve.
We'll see. Maybe. When Steve's done his smoke. # speaker: Mélissa # mood: dry
She sticks a foot out of the sleeping bag.
Hey, you see my boots? Real ones, lined. Got them from the clothing room at the drop-in. # speaker: Mélissa # mood: amused # cue: changes_subject
+ [Offer to walk them to the bus right now, before it gets even colder # act: insist # topic: warming_bus]
    -> bus_now
+ [Ask her whether "maybe" means yes # act: ask]
    -> maybe_means
+ [Follow her onto the boots, and leave the bus where it is # act: accept]
    Lined, too. Nice score. # speaker: worker
    I don't take them off anymore. Not even to sleep. # speaker: Mélissa # mood: amused # cue: smiles
    -> peers

=== bus_now ===
// "We'll see" is a complete answer. Trying to turn it into leaving right now takes back the decision you just left to her.
Come on, let's go now, I'll walk with you. Before it gets even colder. # speaker: worker
Whoa. I said maybe. # speaker: Mélissa # mood: firm # cue: arms_crossed # moment: guarded
Steve puts his hand back in his sleeve.
-> peers

=== maybe_means ===
// Asking her to pin down a "maybe" is asking her to commit in front of you. She had just changed the subject: that was enough for tonight.
Does maybe mean yes? # speaker: worker
It means maybe, Wool Socks. # speaker: Mélissa # mood: dry
She pulls her foot back into the sleeping bag. # moment: guarded
-> peers

=== peers ===
// Peers. In front of Dany, Mélissa has nothing, isn't cold, and has never heard of any bus. She manages her world, and she manages it well. Your place: one step back, and not a word of what she told you.
Footsteps crunch on the packed snow. Two figures come up from the metro: Dany, a tall guy in an army coat, and Kim, dragging a gym bag. # sound: footsteps
Steve! My man! # speaker: Dany # mood: loud
With one kick, Mélissa shoves the hand warmers and the new blanket under the sleeping bag. Her voice changes again: louder, harder. # cue: turns_away # moment: closed
What do you want, Dany? # speaker: Mélissa # mood: cold
Nothing, nothing. Just passing by. # speaker: Dany
He looks at your bag, then at you.
What about you, got any hand warmers in that big bag? # speaker: Dany
+ [Give him two hand warmers, without a word about what you left with Mélissa and Steve # act: material]
    You hand him two hand warmers. You say nothing more.
    Dany pockets them, claps Steve on the shoulder, and heads off west with Kim. # sound: footsteps
    -> after_peers
+ [Take a step back, and wait in silence for Mélissa to lead the conversation # act: step_back]
    You take a step back, hands in your pockets, and wait.
    Dany looks at you, then at Mélissa.
    Give him two, Wool Socks. He'll leave faster. # speaker: Mélissa # mood: dry
    You give him two. Dany pockets them, claps Steve on the shoulder, and heads off west with Kim. # sound: footsteps
    -> after_peers
+ [Pick up with Steve where you left off: his fingers, the bus # act: ask]
    ~ exposed = true
    Steve, about your fingers and the bus… # speaker: worker
    What bus? You guys got something going? # speaker: Dany # mood: amused
    His eyes drift down to the sleeping bag.
    Nothing. We got nothing. Forget it. # speaker: Mélissa # mood: cold
    Dany sits down on the step, bums a smoke off Steve, then another. He finally leaves with Kim, glancing back over his shoulder twice. # sound: footsteps
    -> after_peers

=== after_peers ===
// Autonomy as lucidity: she knows what each person takes and what each person gives. This is not the time to sort out her friendships for her; that work may come later, if she asks for it.
Mélissa waits until they've turned the corner. Then she pulls the hand warmers back out from under the sleeping bag, one by one, and counts them.
{ exposed:
    Thanks a lot. Now he knows we've got stuff. He'll be back. # speaker: Mélissa # mood: cold
}
Dany's not a bad guy. But when he sees something, he wants it. And then he sells it. # speaker: Mélissa # mood: dry
My boots, at the shelter, last winter? One of his buddies. # speaker: Mélissa
So in front of him, we got nothing. We never got nothing. # speaker: Mélissa # moment: guarded
+ [Advise her to stay away from Dany and his crew # act: opinion]
    -> peers_advice
+ [Listen, without commenting on her friends # act: listen]
    You nod. You say nothing about Dany.
    Mélissa holds out a hand warmer to you. # cue: smiles # moment: open
    Here. For Samir. He looks frozen too. # speaker: Mélissa # mood: amused
    -> closing

=== peers_advice ===
// Advising her to cut ties, on a sidewalk, at two in the morning, at minus twenty-five. On the street, her peers are also her survival network; she just showed you she already knows what each of them is worth.
You should stay away from Dany, you know. And his crew. # speaker: worker
And go where? This is my street. I've known Dany ten years. I know what he's worth, I just told you. # speaker: Mélissa # mood: cold # cue: turns_away
-> closing

=== closing ===
// Ending: leave a way to reach you, and ask permission to come back instead of taking it. Even at minus twenty-five, presence is negotiated.
At the corner, Samir is stamping his feet to keep warm. It's almost two.
+ [Wish them good night, and carry on with your rounds # act: leave]
    -> next_night
+ [Leave her your number, and ask if she minds you coming by again around three # act: ask]
    -> three_am_asked
+ [One last try before you go: the shelter, at least for Mélissa # act: insist # topic: shelter]
    -> last_push

=== three_am_asked ===
// Asking before coming back. She says yes, her way: an agreement on presence, said out loud.
You write your number on a card and set it on the cardboard, next to the hand warmers.
That's my number. Do you mind if I come by again around three? Just to check. # speaker: worker
Mélissa picks up the card, turns it over, and tucks it into her lined boot.
If you want. Don't bother knocking, there's no door. # speaker: Mélissa # mood: amused
-> three_am

=== three_am ===
// The link's band (computed by the engine) decides what you find at three. Either way it's their choice, and the link holds: you came back at the time agreed, no closer than agreed.
3:05 a.m. The wind has dropped; the cold hasn't. You and Samir swing back by Papineau metro.
{ link == "solid" or link == "building":
    The warming bus idles by the metro entrance, its windows fogged up. # sound: bus_engine
    At the back, on the bench seat, two shapes under a wool blanket. A dog's tail sticks out from under the seat.
    Mélissa opens one eye. She sees you behind the glass door.
    Don't go thinking you won. Skunk was the one who was cold. # speaker: Mélissa # mood: dry # cue: smiles
    Steve is asleep, hands tucked under his arms. You don't get on. You give a little wave from the door, and carry on with your rounds. # end: kept
- else:
    The warming bus is there, nearly empty. They're not on it.
    In the bank's entrance, the two shapes haven't moved. The wool blanket covers the dog first.
    Mélissa lifts a corner of the sleeping bag.
    Still alive, Wool Socks. Go to bed. # speaker: Mélissa # mood: dry
    She holds out her hand. You put two more hand warmers in it, and head off. # end: kept
}
-> END

=== next_night ===
// Leaving without asking for anything is fine. The next night shows what your presence left behind: an expectation, voiced as a complaint.
Good night, you three. # speaker: worker
Mélissa raises two fingers out of the sleeping bag.
The next night, it's minus twenty-two. They're there, in the bank's entrance. Mélissa sees you coming from a distance.
No visit last night? We waited up for you, Skunk and me. # speaker: Mélissa # mood: dry # cue: smiles
It's a complaint. It's also an invitation. # end: kept
-> END

=== last_push ===
// The last try, on the way out, splitting up the couple. An hour of presence lost in one sentence: she said no, and she said why.
What about you, Mélissa, just you, at the women's shelter? We'd figure something out for Steve and Skunk. # speaker: worker
Mélissa looks at you as if you'd just spoken another language.
Good night, Wool Socks. # speaker: Mélissa # mood: cold # cue: turns_away # moment: closed
She pulls the sleeping bag up over her head. Steve won't look at you.
At the corner, Samir doesn't ask. You'll come back tomorrow, from a distance. # end: ended
-> END

=== link_broken ===
// Reached only when the model judges the link broken. Never divert here from the story. In the debrief: every push was a sincere worry; which one came too early, too close, or one time too many?
Mélissa gets up. She rolls up the sleeping bag and wraps the leash around her wrist. Steve picks up the cardboard. # cue: turns_away # moment: closed
We'll go freeze somewhere else. Thanks for the socks. # speaker: Mélissa # mood: cold
They head east, Skunk between them in her sweater with the sleeves cut off. # sound: footsteps
The nights after, the bank's entrance is empty. Samir runs into them once, at the metro; Mélissa waves at him, not you. # end: broken
-> END
