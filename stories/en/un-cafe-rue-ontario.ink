# title: A Coffee on Ontario Street
# lang: en
# setting: cafe
# time: 10 a.m., a Tuesday in March
# character: Nadia
# look: woman_braids
# wariness: 2
# summary: You have known Nadia for a year. She is the one who asked for this meeting at the café: she has "twenty thousand things to sort out". You think her health card should come first, for her foot. She is thinking about her daughter. Today you help her make her own plan. The following week, you go with her to the legal aid office.
# duration: 12
# concepts: plan-de-changement, accompagnement, suggestion-legitime, lien, refus, voisinage-courtois
# warning: child custody, youth protection (DPJ), suspended visits
# warning: discrimination at a service counter, a stigmatising remark
# warning: drug use mentioned, a foot wound

// Set by the engine: fragile | building | solid | broken. Never assign it here.
VAR link = "fragile"
// True if the trainee imposed the health card: Nadia will not ask for their opinion again.
VAR pushed = false
// True if Nadia wrote her plan in her own hand.
VAR plan_hers = true
// True if the trainee's number, not the drop-in's, is on the file.
VAR worker_number = false
// True once at legal aid (for the "link broken" ending).
VAR at_clinic = false

-> start

=== start ===
// The frame: a one-year link, and a meeting she asked for. The request is hers: that is what makes the meeting legitimate. Her lateness is already her time against the fixed hour. Ask trainees: what does she hear if the first sentence is about her foot?
A Tuesday in March, 10:20 a.m. A little café on Ontario Street, near Joliette metro. Wet boots on the mat, the espresso machine hissing. # ambience: cafe # moment: guarded
You've known Nadia for a year. First at the bus, on Thursdays: supplies, a few words. Then coffees. Since the fall, she calls you from the drop-in's phone, about once a week.
On Friday, she was the one who asked: "We should meet. For real, like. With paper and a pen."
The meeting was at ten. Your coffee has gone cold.
The door opens. Nadia comes in, hood up, limping. She crosses the café without looking at anyone and sits down across from you, back to the wall. # sound: door # distance: near
I know. I'm late. Don't start. # speaker: Nadia # mood: flustered # cue: agitated
+ [Tell her it's fine, she's here, and offer her a coffee # act: accept]
    You're here. That's what counts. What are you having? # speaker: worker
    -> coffee
+ [Wait for her to catch her breath, without saying anything # act: hold]
    You say nothing. She pushes back her hood, blows on her fingers, reads the menu on the wall as if for the first time.
    -> coffee
+ [Tell her right away you saw her limping, and that she should replace her health card to see a doctor # act: perche # topic: health_card]
    -> card_at_the_door

=== card_at_the_door ===
// The worry is real, the perche is good, the moment isn't: she arrives out of breath, late, with her own agenda. She closes the door; opening it again means letting her go first.
I saw you limping. Your foot's no better, eh? You really need to replace your health card so you can see a doctor. # speaker: worker
She hasn't even taken her coat off.
Whoa. I just got here. # speaker: Nadia # mood: dry
I didn't call you about my foot. # speaker: Nadia # cue: turns_away
She looks out the window, at the slush, the buses.
+ [Tell her she's right, and let her start # act: accept]
    You're right. Take your coat off. I'm listening. # speaker: worker
    She gives you a sideways look, then takes off her coat. # moment: guarded
    -> coffee
+ [Insist: a wound on the foot can get infected fast # act: insist # topic: health_card]
    Nadia, a wound on your foot can get infected fast. I'm saying this for you. # speaker: worker
    -> she_goes_alone

=== coffee ===
// She takes up the space: the muffin, the joke, the "office" in a bag. Listening first to her twenty thousand problems, in her own order, is already part of the plan.
You wave the server over. Coffees at appointments are on the organization.
A large, four sugars. And a blueberry muffin, if the organization's feeling rich this morning. # speaker: Nadia # mood: amused # cue: smiles # moment: open
She pulls a Ziploc bag out of her pocket, folded in four, stuffed with papers.
My office. # speaker: Nadia # mood: dry
She spreads the papers between the cups: a letter from a storage company, a letter from the DPJ, a birthday card still in its envelope.
Okay. I've got twenty thousand things to sort out. I don't know which end to pick it up by. # speaker: Nadia # cue: leans_in
+ [Listen to her, without interrupting # act: listen]
    -> her_list
+ [Ask her what matters most to her in all that # act: ask]
    What matters most to you, in all that? # speaker: worker
    Hang on. Let me tell it to you in order. # speaker: Nadia
    -> her_list

=== her_list ===
// Her story, her reasons. The missed visits: a stolen phone against an institution's schedule. Then she shuts the health-card door in advance, with humour: she knows what you think. Follow her choice, or impose yours?
The storage first. A little rented locker on Notre-Dame Street, everything left from her old apartment: her mother's sewing machine, photo albums, a box full of Léa's drawings. She hasn't paid since the fall. The letter says: auction on March 28.
Then Léa. Nine since January. She lives with a foster family in Laval. The visits were supervised, every two weeks, in a room at the DPJ.
In July, somebody stole my phone. I never got the message that changed the time. I missed two visits. Two. Since then, it's "suspended". # speaker: Nadia # mood: quiet
Eight months. And her birthday card's still in the bag. # speaker: Nadia # mood: quiet
Under the table, she rubs her foot against her ankle and winces.
So that's it. Léa. Or else the locker, because Léa's drawings are in there. # speaker: Nadia
She points her muffin at you.
And I see you coming with your health card. You've been on about my health card for six months. No. # speaker: Nadia # mood: amused # cue: arms_crossed # moment: guarded
+ [Tell her she's the one who chooses, and ask which of the two she wants to start with # act: accept]
    Okay. You choose. Léa or the locker: which one do you want to start with? # speaker: worker
    -> her_choice
+ [Explain that without a health card there's no doctor, and that her foot comes before everything else # act: insist # topic: health_card]
    Nadia, no health card, no doctor. And your foot comes before the rest. Otherwise you'll end up in emerg. # speaker: worker
    -> card_pushed
+ [Offer her a compromise: the health card first, quickly, then Léa # act: perche # topic: health_card]
    What if we did your health card first, quick? Then we deal with Léa. # speaker: worker
    -> card_pushed

=== card_pushed ===
// Imposing the health card. Your order may be the wiser one; it's still your order. She holds her ground: her refusal is a stand on her own path, not a whim.
~ pushed = true
She puts down her muffin. She isn't laughing anymore.
Do you ever listen? I said Léa. # speaker: Nadia # mood: cold # cue: turns_away # moment: closed
My foot's been waiting two years. It can wait another month. My daughter's been waiting for me for eight months. # speaker: Nadia # mood: cold
+ [Tell her she's right, it's her plan, and you're on board # act: accept]
    You're right. It's your plan. Léa first. I'm on board. # speaker: worker
    She looks at you for a long time, as if checking. # cue: silence
    Okay. # speaker: Nadia # moment: guarded
    -> plan_making
+ [Go back over your reasons: infection, emergency, the risks # act: insist # topic: health_card]
    I get it, but an infection can spread fast. If you end up in hospital, you won't see Léa either. # speaker: worker
    -> she_goes_alone

=== her_choice ===
// She asks for your opinion. The invitation is what makes a frank opinion legitimate. Say it once, then follow her: that is the whole difference between a suggestion and a prescription.
She looks at the two letters, side by side.
The 28th is in three weeks. Léa is... she's Léa. # speaker: Nadia # mood: quiet
She looks up at you.
And you, what do you think? For real. You can say it. # speaker: Nadia # cue: eye_contact # moment: open
+ [Tell her frankly, just once, that you'd start with her foot, but that she decides, and you're on board # act: opinion]
    -> frank_once
+ [Tell her it isn't your plan, and turn the question back to her # act: accept]
    It's not my plan, it's yours. What do you think? # speaker: worker
    She rolls her eyes. # cue: silence
    You're no fun. I asked for your opinion, not a mirror. # speaker: Nadia # mood: dry
    -> plan_making
+ [Explain in detail why the health card should come first: infection, the doctor, emergency # act: insist # topic: health_card]
    You explain everything: the wound that could get infected, the doctor she needs to see, the card she needs to see one, the emergency room where she might end up. You talk for a long time.
    She nods at every sentence, smaller each time. # cue: silence
    Okay, okay. I get it. Once was enough. # speaker: Nadia # mood: tired
    -> plan_making

=== frank_once ===
// The opinion, invited, said once, followed right away by "it's your plan, I'm on board". She laughs: she knew. The link makes frankness possible; frankness doesn't change who decides.
You know me. I'd start with your foot. I'll say it once: I'm scared it gets infected and you end up in emerg the day you finally see Léa. # speaker: worker
But it's your plan. If it's Léa first, it's Léa first. I'm on board. # speaker: worker
I knew you'd say that. # speaker: Nadia # mood: amused # cue: smiles
She takes a long sip.
And if I fall flat on my face? # speaker: Nadia
Then I'll be there with the tissues. And we'll redo the plan. # speaker: worker
-> plan_making

=== plan_making ===
// She chooses. The plan gets written: by whose hand? The plan for change is hers; one written for her, however good, stays yours.
Okay. Léa first. The locker, I'll call the storage place Friday, from the drop-in's phone. They'll say what they say. # speaker: Nadia # moment: open
You take out your pen. The server left a stack of paper napkins at the end of the table.
+ [Hand her the pen and a napkin, so she can write her plan her own way # act: listen]
    -> her_napkin
// The model would count this gesture as harmless information. Here it takes the pen out of her hands: the author sets the effect.
+ [Write the plan yourself, neatly, step by step, so she has nothing to remember # act: inform # trust: -2]
    -> worker_napkin

=== her_napkin ===
// Her handwriting, her words, her order. The question mark at the bottom of the list is hers: the plan stays open, renegotiable, and she knows it.
She takes the pen. She writes slowly, in square capitals.
1. LÉA. LEGAL AID (a lawyer).
2. Call the storage place Friday (from the drop-in).
She hesitates, then adds at the bottom, smaller: 3. foot?
{ pushed:
    The question mark is so you'll get off my back. # speaker: Nadia # mood: dry
- else:
    The question mark's for you. So you don't look like you lost. # speaker: Nadia # mood: amused # cue: smiles
}
-> the_schedule

=== worker_napkin ===
// A well-made plan, in your handwriting. She puts it away without reading it: it isn't hers.
~ plan_hers = false
You write: 1. Legal aid. 2. Storage. 3. Health card. With arrows, times, the storage company's number.
She reads the napkin upside down, from across the table.
Very nice. It's your handwriting, though. # speaker: Nadia # mood: dry
She folds the napkin and slips it into her Ziploc without reading it again.
-> the_schedule

=== the_schedule ===
// Institutional time (opens at 8:30, first come, first served) against hers. Then she drops a hint about her weekend and changes the subject: the door to her drug use is hers to hold. An opinion on her use, here, comes uninvited, in a meeting that was about something else.
Legal aid opens at 8:30. In the morning, without an appointment, it's first come, first served. # speaker: worker
8:30? At 8:30 I'm not a person. Especially after the weekend I had. # speaker: Nadia # mood: amused
She laughs, then yawns, a long one. Dark circles under her eyes, hands that won't stay still around her cup.
They're good, their muffins, eh? I'm gonna get one for later. # speaker: Nadia # cue: changes_subject
+ [Laugh with her, and look together for a time that works for her: they see people in the afternoon too # act: accept]
    -> afternoon
+ [Tell her frankly you think she's been using more since the DPJ letter, and that it could count against her # act: opinion]
    -> opinion_on_use
+ [Tell her she has to be there at 8:30, that's how it works # act: insist]
    -> rigid_time

=== afternoon ===
// Translating, already: finding room in the institution's schedule for the person's schedule. Following her change of subject costs the plan nothing.
Ha. I'm not a person at 8:30 either. They see people in the afternoon too. Longer wait, but you don't have to get up at dawn. # speaker: worker
Afternoon I can do. Next Tuesday? One o'clock? # speaker: Nadia # mood: amused
And yes, the muffins are good. Get two. # speaker: worker
{ plan_hers:
    She writes "Tues 1 pm" next to LÉA, and underlines it twice.
- else:
    She takes the napkin back out and hands it to you so you can add the time.
}
-> cafe_close

=== opinion_on_use ===
// The opinion on her use. The worry is sincere, and the DPJ may well look at it. But she asked for nothing, she had just changed the subject, and she came for her plan. She hears one more worker judging her.
Nadia... I'm telling you because I care about you. I think you've been using more since the DPJ letter. And they're going to see it. # speaker: worker
The muffin stops in midair.
You sound like my DPJ worker. # speaker: Nadia # mood: cold # cue: arms_crossed # moment: closed
I know how much I use. I'm here on a Tuesday morning with my papers. Isn't that enough? # speaker: Nadia # mood: cold
+ [Tell her she's right, it wasn't the moment, and go back to her plan # act: accept]
    You're right. It wasn't the moment. We were talking about your plan. # speaker: worker
    She takes a sip. She takes her time. # cue: silence
    One o'clock, then. Tuesday. Mornings I won't make it, and you know why. # speaker: Nadia # mood: dry # moment: guarded
    -> cafe_close
+ [Explain that the DPJ will probably ask for tests, and she'd better get ready for that # act: insist]
    The DPJ will probably ask for tests, you know. Better get ready for that now. # speaker: worker
    -> she_goes_alone

=== rigid_time ===
// Imposing the institution's schedule, as if it were the only one. To her, it's one more no before she has even started. Correcting yourself right away repairs it.
You have to be there at 8:30, or you won't get seen. That's how it works. # speaker: worker
Well then I won't get seen. # speaker: Nadia # mood: cold # cue: turns_away # moment: closed
She slips the rest of her muffin into her pocket.
+ [Tell her you spoke too fast: there are afternoon spots too # act: accept]
    Wait. I spoke too fast. They see people in the afternoon too. # speaker: worker
    Oh, well. Couldn't you say that before? Tuesday, one o'clock. # speaker: Nadia # mood: dry # moment: guarded
    -> cafe_close
+ [Explain that if she wants to see Léa again, she'll have to fit their schedules # act: insist]
    If you want to see Léa again, you'll have to fit their schedules. It sucks, but that's how it is. # speaker: worker
    -> she_goes_alone

=== cafe_close ===
// Ending the meeting: the plan is a draft, it can change. Something concrete with no questions (tickets for Tuesday). Bringing up the health card a third time as she stands up means it was no longer said "once".
It's past eleven. She's finished her muffin, and half of yours.
Okay. Tuesday, one o'clock, outside legal aid. If I'm not there at quarter past, don't leave right away. Wait for me till half past. # speaker: Nadia # mood: dry
She puts her coat back on. She's already half out of her chair. # cue: steps_back
+ [Tell her the plan is hers, it can change whenever she wants, and see you Tuesday # act: leave]
    It's your plan. If it doesn't work, we redo it. It's a draft. See you Tuesday. # speaker: worker
    A draft on a paper napkin. We've come a long way, for sure. # speaker: Nadia # mood: amused # cue: smiles
    -> tuesday
+ [Slip her two metro tickets for Tuesday, without adding anything # act: material]
    You set two metro tickets on the napkin. She folds them in with the rest, in the Ziploc.
    The office is growing. # speaker: Nadia # mood: amused # cue: smiles
    -> tuesday
+ [Remind her, before she goes, to add the health card to her list # act: perche # topic: health_card]
    And the health card, don't forget it, eh? # speaker: worker
    You said once. # speaker: Nadia # mood: dry
    She zips her coat up to her chin and walks out without looking back. # sound: door
    -> tuesday

=== she_goes_alone ===
// Pushing a second time after a no. The intention was to protect her; she hears one more person deciding for her. She will do it without you: the link is on pause, not lost.
Nadia puts her coat back on. She gathers her papers, one by one, and puts them back in the Ziploc. # cue: turns_away # moment: closed
Forget it. Tuesday, I'll go to legal aid by myself. I've already got a DPJ worker to tell me what to do. # speaker: Nadia # mood: cold
She walks out without looking back. The muffin is left on the table. # sound: door
Thursday, at the bus, she comes for her supplies. She says hello, politely. She doesn't call you that week. # end: ended
-> END

=== tuesday ===
// The second visit: the accompaniment. The link's band colours her arrival. A meeting kept is already the agreement on presence stretching to a new place.
~ at_clinic = true
The following Tuesday, 1 p.m. Outside the neighbourhood legal aid office, a grey building between a pharmacy and a pawnshop. # visit: 2 # ambience: neutral # moment: guarded
{ link == "solid" or link == "building":
    Nadia is already there, sitting on the low wall, her Ziploc on her knees. She's wearing a sweater from the clothing room, still creased from the fold.
    Look at that. Before you. Put it in your report. # speaker: Nadia # mood: amused # cue: smiles # moment: open
- else:
    You wait. 1:10. 1:20. At 1:25 she shows up, hands in her pockets, in no hurry.
    I almost didn't come. # speaker: Nadia # mood: wary
}
Inside: a beige waiting room, chairs bolted together, a number dispenser. # ambience: site # sound: door
She takes number 62. The screen says 41.
Twenty-one ahead of me. If this was the lottery, I'd be rich. # speaker: Nadia # mood: dry
You sit down side by side. # distance: near
-> waiting

=== waiting ===
// Institutional time: a number, a line, a screen that stops moving. Nadia's time: a sore foot, an hour sitting, the need to move. Translating means holding her place in line while she gets some air.
Forty minutes go by. The screen moves in fits and starts: 47, 48, then nothing for ten minutes.
Nadia has stretched her bad foot under the chair in front. With the other, she taps the floor. Then she's up, all at once.
I'm going for a smoke. I can't take it. # speaker: Nadia # mood: restless # cue: agitated
+ [Tell her to go: you'll hold her number, and you'll come get her if they get close to 62 # act: accept]
    Go. I'll hold your number. If they get close, I'll come get you. # speaker: worker
    Thanks. You're all right. # speaker: Nadia # mood: soft
    She's back at number 58, cheeks red from the cold, and sits down beside you again. # moment: guarded
    -> counter
+ [Ask her to stay: if they call her number and she isn't there, she loses her turn # act: insist]
    Stay, Nadia. If they call 62 and you're not here, you lose your turn. # speaker: worker
    I waited eight months. I can lose a turn. # speaker: Nadia # mood: cold
    She sits back down anyway, arms crossed, and stops looking at you. # cue: arms_crossed # moment: closed
    -> counter
+ [Stay in your chair, say nothing, and let her go # act: hold]
    You say nothing. She goes out. Through the window, you see her smoking, her back to the wind.
    She comes back at number 59 and sits down beside you again. # moment: guarded
    -> counter

=== counter ===
// At the counter, the clerk talks to the worker, not to Nadia. Accompaniment as translation doesn't speak in her place: it hands her the floor back, and shows the institution who the person in front of it is.
"Sixty-two!" At window 3, a clerk, glasses on the end of her nose, doesn't look up from her screen.
Nadia steps forward. You stay a step behind her.
Hello. What's it for? # speaker: The clerk # mood: hurried
It's for... my daughter. The DPJ. I'd like... # speaker: Nadia # mood: quiet
The clerk looks at you, over Nadia's shoulder.
Are you her worker? Does she have proof of income? Proof of address? # speaker: The clerk # mood: hurried
Nadia looks down at her Ziploc. She takes half a step back. # cue: steps_back # moment: closed
+ [Take a small step to the side, and say Nadia will answer # act: step_back]
    You step to the side, so there's only her at the window.
    She's the one applying. I'm just here with her. # speaker: worker
    The clerk turns to Nadia. Nadia straightens up a little. # moment: guarded
    I've got my welfare statement, somewhere in here. And for the address... I don't have an address. # speaker: Nadia
    -> forms
+ [Answer for her: you know her file, it'll go faster # act: inform]
    Yes. She's on welfare. For the address, she gets her mail at our place, the drop-in. # speaker: worker
    The clerk nods and types, looking at you. Nadia looks at the posters on the wall. # moment: guarded
    -> forms
+ [Stay behind her, say nothing, and give her time to answer # act: hold]
    You don't move. The silence stretches. The clerk repeats her question, louder, to Nadia this time.
    I've got my welfare statement, somewhere in here. And for the address... I don't have an address. # speaker: Nadia # moment: guarded
    -> forms

=== forms ===
// The form. Filling it in for her would be faster; it would also take from her the one part of the process that is entirely hers. Wait for her to ask, then translate the box that stops her.
The clerk slides a clipboard under the glass: three pages, a pen on a little chain.
Fill this out and come back to me. No need to take another number. # speaker: The clerk # mood: hurried
You go back to your seats. Nadia holds the clipboard at arm's length, then right up to her eyes.
They sure write small, these people. # speaker: Nadia # mood: dry
She fills in her name, her date of birth. The pen stops at the box marked "Home address". # cue: silence
+ [Wait beside her, without looking at her sheet, for her to tell you if she needs you # act: hold]
    You watch the number screen. You wait.
    -> her_question
+ [Ask her if she'd like you to go through the questions with her # act: ask]
    Want me to read it with you, or would you rather do it yourself? # speaker: worker
    Myself. But this here... # speaker: Nadia
    -> her_question
+ [Take the clipboard and fill in the rest for her: you write faster # act: approach]
    -> filled_for_her

=== her_question ===
// She is the one asking: your answer becomes legitimate. Translating an administrative box into her reality, without taking the pen from her.
What am I supposed to put there? I'm not "domiciled". # speaker: Nadia # mood: dry # cue: eye_contact
You can put the drop-in's address, if you want. Your mail already goes there. It's an address that counts. # speaker: worker
She writes the drop-in's address from memory, without asking you for it. She fills in the other two pages on her own, moving her lips as she reads. # moment: open
-> remark

=== filled_for_her ===
// Taking the pen. The help is real; the gesture erases it: the process becomes yours. Her irony is a closing cue; answering it means handing the clipboard back.
You pull the clipboard toward you and take the pen. # distance: close
Nadia reads you her welfare number. You write the drop-in's address, the names, the dates. She watches your hands.
While you're at it, sign it too. # speaker: Nadia # mood: cold # cue: turns_away # moment: closed
+ [Hand the clipboard back so she can finish, and apologize for taking the pen # act: step_back]
    You hand her back the clipboard. # distance: near
    Sorry. It's your application, not mine. # speaker: worker
    She finishes the last page without a word, pressing hard. # moment: guarded
    -> remark
+ [Explain that it's just to go faster, there's only one page left # act: insist]
    It's just to go faster. There's one page left. # speaker: worker
    She doesn't answer. You finish the page. # moment: guarded
    -> remark

=== remark ===
// The stigmatising remark. Being a witness: staying there, beside her, calm, and letting the clerk hear herself. Snapping back defends her, but makes Nadia the centre of a scene she didn't choose; playing it down tells her it doesn't count.
At the window, the clerk reads over the pages. Her finger stops on the address.
Oh. That's the drop-in's address. The needle place. # speaker: The clerk # mood: flat
She says it loud enough. A man two chairs over looks up from his phone.
For the DPJ, ma'am, you'd better show up in a fit state for your appointment with the lawyer, eh. With your crowd, we've had surprises before. # speaker: The clerk # mood: flat
Nadia pulls her sleeves down over her fingers. She says nothing. # cue: turns_away # moment: closed
+ [Stay beside her, shoulder to shoulder, and look calmly at the clerk, without saying anything # act: hold]
    You don't move. You stay beside Nadia, and you look at the clerk. Not angry. Just there.
    The clerk meets your eyes. She clears her throat.
    Well. I'm only saying it for your sake. # speaker: The clerk # mood: flat
    She goes back to her screen. Her tone has changed: lower, shorter. Nadia lets go of her sleeves. # moment: guarded
    -> institution_time
+ [Tell the clerk her remark is out of line, and ask to speak to her supervisor # act: opinion]
    Ma'am, that remark was out of line. I'd like to speak to your supervisor. # speaker: worker
    The whole room turns around. The man puts his phone away to get a better look. Nadia goes red to the ears.
    Leave it. Just leave it, okay? # speaker: Nadia # mood: tense
    The clerk, lips pressed tight, types on her keyboard. Nobody mentions a supervisor again. # moment: guarded
    -> institution_time
+ [Lean toward Nadia and whisper not to worry, the clerk talks like that to everyone # act: inform]
    Don't worry about it. She talks like that to everyone. # speaker: worker
    Not to you, she doesn't. # speaker: Nadia # mood: cold
    The clerk goes back to her screen. # moment: guarded
    -> institution_time

=== institution_time ===
// Institutional time, in jargon: a missing paper, a "business days" delay. Nadia nods without understanding and looks at you. Translate, quietly, in her words; then let her find what's missing herself.
I'm missing your proof of financial eligibility for the current month. Without it, I can't open the mandate. After that, assignment takes ten business days. # speaker: The clerk # mood: hurried
Nadia nods. Then she looks at you. # cue: eye_contact
+ [Translate for her, quietly, in her words: which paper is missing, and what "ten business days" means # act: inform]
    The paper is your March welfare statement. And ten business days means about two weeks. Not ten days. # speaker: worker
    Two weeks. # speaker: Nadia # mood: quiet
    -> the_paper
+ [Wait until they're done, and tell yourself you'll explain outside # act: hold]
    You say nothing. Nadia looks at the Ziploc, then at the clerk, then at the Ziploc again.
    The welfare paper, is that what she means? # speaker: Nadia
    -> the_paper

=== the_paper ===
// Her "office" in a bag works. She finds the paper herself. Then the phone question: who will be the contact, her or you? Autonomy plays out in one box on a form.
She digs in the Ziploc, pulls out folded papers, metro tickets, the birthday card. Then a crumpled statement with the ministry's logo.
This it? # speaker: Nadia
That's it. # speaker: The clerk # mood: hurried
The clerk types. Then, without looking up:
A phone number where we can reach you? # speaker: The clerk # mood: hurried
I don't have a cell. # speaker: Nadia
The clerk sighs. Nadia half turns toward you. # cue: silence
+ [Wait, and let her answer for herself # act: hold]
    You say nothing. Nadia turns back to the glass.
    Take the drop-in's number. They take my messages. # speaker: Nadia # mood: firm
    She recites it from memory. The clerk writes it down. # moment: open
    -> the_date
+ [Give your own cell number, and tell the clerk you'll do the follow-up # act: inform]
    ~ worker_number = true
    Take mine. I'll do the follow-up with her. # speaker: worker
    The clerk writes your name in the "contact person" box. Nadia looks at the box.
    So it's you they'll call. # speaker: Nadia # mood: flat
    -> the_date
+ [Ask her, directly, if she wants to give the drop-in's number, where they already take her messages # act: ask]
    Want to give the drop-in's number? They already take your messages. # speaker: worker
    Yeah. The drop-in. # speaker: Nadia
    She recites it from memory to the clerk. # moment: open
    -> the_date

=== the_date ===
// The institution gives a morning date. She decides whether she keeps it. The choice is hers, even when it contradicts what she said last week.
Ten minutes later, the clerk slides a card under the glass: an appointment with a lawyer, March 28, at 10 a.m.
The 28th. Auction day. And at ten in the morning, of course. # speaker: Nadia # mood: dry
She looks at the card for a long moment.
For Léa, ten o'clock, I'll be there. # speaker: Nadia # mood: firm
-> outside

=== outside ===
// After the counter, on the sidewalk. She brings up the remark herself. Being a witness also means saying it: "I heard it, it wasn't right", and letting her decide what to do with it.
Outside, the March sun is melting the slush in the sidewalk cracks. Nadia lights a cigarette. She holds the first drag a long time. # ambience: neutral # sound: door
"Your crowd." Some people still think I can't hear them. # speaker: Nadia # mood: dry
She blows the smoke upward. # cue: silence
+ [Tell her you heard it too, it wasn't right, and you can write it in your notes if she ever wants to use it # act: opinion]
    I heard it too. It wasn't right. If you ever want to complain, I was there: I can write it in my notes, with the date. # speaker: worker
    She thinks about it, cigarette between her fingers.
    Write it down. I don't know if I'll use it. But write it down. # speaker: Nadia # mood: firm # cue: smiles
    -> her_plan_again
+ [Listen to her, without adding anything # act: listen]
    You stay beside her. You say nothing.
    Before, I'd have gotten into it with her. Today I had Léa in my head. I told myself: "Shut up, Nadia, and take your card." # speaker: Nadia # mood: quiet
    -> her_plan_again
+ [Tell her not to think about it: what matters is the appointment with the lawyer # act: inform]
    Don't think about that. What matters is your appointment with the lawyer. # speaker: worker
    Easy for you to say. You're not the one she looked at like that. # speaker: Nadia # mood: dry
    -> her_plan_again

=== her_plan_again ===
// The plan renegotiated, by her. The locker got its delay; the health card comes back, from her own mouth, at her own time. A request that comes from her: that is where the perche becomes legitimate.
She takes the napkin out of the Ziploc, folded, a little coffee-stained.
{ plan_hers:
    She ticks off LÉA. Next to "storage place", she writes: April 15, $60.
- else:
    She unfolds it, looks at it, then takes your pen and writes at the bottom, in her own hand: April 15, $60.
}
I called Friday. The guy gave me till April 15 if I pay sixty bucks. I said yes. Don't know with what yet. # speaker: Nadia # mood: dry
She looks at the bottom of the napkin. Then she looks at her foot.
My foot's been on strike since Saturday. On the 28th, I don't want to show up at the lawyer's limping like a pirate. # speaker: Nadia # mood: amused
The health card... could we do it next week? You and me? # speaker: Nadia # cue: leans_in # moment: open
+ [Tell her yes, and ask which day would suit her # act: ask]
    Yes. What day works for you? # speaker: worker
    Not a morning. Wednesday afternoon. # speaker: Nadia # mood: amused
    -> see_you
+ [Tell her about the drop-in nurse on Thursday, who can look at her foot even without a card, in the meantime # act: perche # topic: nurse]
    Yes. And in the meantime, Thursday, the nurse is at the drop-in. She can look at your foot, even without a card. # speaker: worker
    Thursday... okay. Thursday, the foot. The Wednesday after, the card. # speaker: Nadia # mood: firm
    -> see_you
+ [Tell her "finally!", and offer to go right now: the RAMQ office isn't far # act: insist # topic: health_card]
    Finally! We could go right now, the office is ten minutes away. # speaker: worker
    Whoa. I've had my fill of service counters for today. # speaker: Nadia # mood: dry
    She stubs out her cigarette.
    Next week. An afternoon. # speaker: Nadia # mood: firm
    -> see_you

=== see_you ===
// The ending. Her plan moved forward by her hands; yours (the health card) came in through her door, at the moment she chose.
{ plan_hers:
    She writes at the bottom of the napkin: "3. FOOT. health card." She crosses out the question mark.
- else:
    She writes at the bottom of your napkin, in her own hand: "FOOT." The rest is in your handwriting; this line is in hers.
}
{ worker_number:
    And if the lawyer calls, you tell me right away. It's your number they've got. # speaker: Nadia # mood: dry
}
She folds the napkin and puts it away in the Ziploc, with the card for the 28th.
My office is full. I should buy myself a filing cabinet. # speaker: Nadia # mood: amused # cue: smiles
She heads for the metro, limping, in no hurry. At the corner, she turns and holds up the Ziploc, like a trophy. # end: kept
-> END

=== link_broken ===
// Reached only when the engine's model judges the link broken (too many rushes in a short time). Never divert here. In the debrief: at which moments did you speak, write or decide in her place?
{ at_clinic:
    Nadia gets up. She picks up her Ziploc, without looking at you. # cue: turns_away # moment: closed
    You keep going. You seem to know better than me. # speaker: Nadia # mood: cold
    She walks out. The door swings shut softly behind her. # sound: door
    The following Thursday, at the bus, it's another worker who gives her supplies. Nadia doesn't call anymore. The paper napkin is left on a chair in the waiting room. # end: broken
- else:
    Nadia puts her coat back on and gathers her papers, one by one. # cue: turns_away # moment: closed
    I thought this was my appointment. Guess I was wrong. # speaker: Nadia # mood: cold
    She walks out. The door swings shut softly behind her. # sound: door
    The following Thursday, at the bus, it's another worker who gives her supplies. Nadia doesn't call anymore. On Tuesday at one, nobody is waiting for you outside legal aid. # end: broken
}
-> END
