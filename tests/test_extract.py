"""The extractor on sentences written for these tests: text in, claims out.

Each row: text -> list of (claim text, kind, source text, cue text, via).
Rows with an empty list must yield no claim at all.
"""

import pytest

from provenance.extract import extract

CASES = [
    # speaker before, "that" clause
    (
        "The mayor said that the bridge would reopen in May.",
        [("the bridge would reopen in May", "indirect", "The mayor", "said", None)],
    ),
    # no "that"; adverbial between cue and clause
    (
        "The ministry said on Tuesday its grain reserves were sufficient.",
        [("its grain reserves were sufficient", "indirect", "The ministry", "said", None)],
    ),
    # claim before, speaker after
    (
        "Rail traffic will resume on Friday, the operator said.",
        [("Rail traffic will resume on Friday", "indirect", "the operator", "said", None)],
    ),
    # inverted cue after a quotation
    (
        "\u201cWe are not going anywhere,\u201d said the spokeswoman.",
        [("We are not going anywhere,", "direct", "the spokeswoman", "said", None)],
    ),
    # straight quotes, speaker after
    (
        '"Prices will keep climbing," Dr. Lena Hartwig said.',
        [("Prices will keep climbing,", "direct", "Dr. Lena Hartwig", "said", None)],
    ),
    # told + outlet
    (
        "Three people briefed on the talks told the newspaper that a deal was close.",
        [("a deal was close", "indirect", "Three people briefed on the talks", "told", "the newspaper")],
    ),
    (
        "A senior diplomat told Agence Nouvelle the summit had been postponed.",
        [("the summit had been postponed", "indirect", "A senior diplomat", "told", "Agence Nouvelle")],
    ),
    (
        "The governor told reporters in the capital the curfew would be lifted.",
        [("the curfew would be lifted", "indirect", "The governor", "told", "reporters")],
    ),
    # according to, front and back
    (
        "According to the fire brigade, nobody was hurt in the blaze.",
        [("nobody was hurt in the blaze", "indirect", "the fire brigade", "According to", None)],
    ),
    (
        "The factory will close next year, according to an internal memo.",
        [("The factory will close next year", "indirect", "an internal memo", "according to", None)],
    ),
    # interrupting attribution keeps the whole clause
    (
        "The ceasefire, officials said, is holding across the region.",
        [("The ceasefire, officials said, is holding across the region", "indirect", "officials", "said", None)],
    ),
    # split quote: the second half has no cue of its own
    (
        "\u201cWe lost everything,\u201d the farmer said. \u201cThe river took the house and the barn.\u201d",
        [
            ("We lost everything,", "direct", "the farmer", "said", None),
            ("The river took the house and the barn.", "direct", "the farmer", None, None),
        ],
    ),
    # speaker before a colon
    (
        "The coach said: \u201cWe were simply not sharp enough today.\u201d",
        [("We were simply not sharp enough today.", "direct", "The coach", "said", None)],
    ),
    # mixed: a reported clause with a quoted fragment
    (
        "The senator said the proposal was \u201cdead on arrival\u201d in its current form.",
        [("the proposal was \u201cdead on arrival\u201d in its current form", "mixed", "The senator", "said", None)],
    ),
    # title, particles and apposition
    (
        "Maj. Gen. Karim bin Nasser, the border commander, said patrols had been doubled.",
        [("patrols had been doubled", "indirect", "Maj. Gen. Karim bin Nasser, the border commander", "said", None)],
    ),
    # participial cue shares the source
    (
        "The agency said exports fell sharply, adding that imports were flat.",
        [
            ("exports fell sharply", "indirect", "The agency", "said", None),
            ("imports were flat", "indirect", "The agency", "adding", None),
        ],
    ),
    # two sources, two claims in one sentence
    (
        "One witness said the car was red and the other said it was blue.",
        [
            ("the car was red", "indirect", "One witness", "said", None),
            ("it was blue", "indirect", "the other", "said", None),
        ],
    ),
    # "and that" makes two claims of one cue
    (
        "The company said that profits rose and that it would hire 200 workers.",
        [
            ("profits rose", "indirect", "The company", "said", None),
            ("it would hire 200 workers", "indirect", "The company", "said", None),
        ],
    ),
    # As X reported
    (
        "As the local radio station reported, the dam was inspected last month.",
        [("the dam was inspected last month", "indirect", "the local radio station", "reported", None)],
    ),
    # pronoun source, apostrophe inside a British quote
    (
        "\u2018It\u2019s the best result we\u2019ve had all season,\u2019 she said.",
        [("It\u2019s the best result we\u2019ve had all season,", "direct", "she", "said", None)],
    ),
    # a weak verb with a clause is a claim ...
    (
        "A study by the institute found that older drivers were safer at night.",
        [("older drivers were safer at night", "indirect", "A study by the institute", "found", None)],
    ),
    # ... with a bare object it is not
    ("Police found a stolen van near the harbour.", []),
    ("The company announced a new chief executive on Monday.", []),
    # scare quotes, titles in quotes, nicknames: no claim
    ("The so-called \u201cpeace dividend\u201d never arrived.", []),
    ("The band played \u201cRiver of Stars\u201d as an encore.", []),
    ('Locals call the tower "the pencil" because of its shape.', []),
    # declined / did not respond / could not be reached
    ("A spokesman for the ministry declined to comment.", []),
    ("The embassy did not respond to requests for comment.", []),
    ("Her lawyer declined to say whether she would appeal.", []),
    ("The train arrived according to plan.", []),
    ("He is said to be furious about the leak.", []),
    # caption with an agency credit
    ("Firefighters battle a blaze in a warehouse on Monday. (Photo agency)", []),
    # manner verbs are cues only for quotations
    ("\u201cWhy now?\u201d she asked.", [("Why now?", "direct", "she", "asked", None)]),
    ("He asked the minister about the budget.", []),
    # quoted as saying: passive and active (the quoting outlet is the via)
    (
        "The minister was quoted as saying the talks had stalled.",
        [("the talks had stalled", "indirect", "The minister", "saying", None)],
    ),
    (
        "State media quoted the foreign minister as saying that the border would reopen.",
        [("the border would reopen", "indirect", "the foreign minister", "saying", "State media")],
    ),
    # a dateline is not part of the claim; "the court heard"; "without giving details" is the reporter's
    (
        "LISBON, May 2 (Agency) - Three ministers will resign, party officials said.",
        [("Three ministers will resign", "indirect", "party officials", "said", None)],
    ),
    (
        "The defendant had lied to investigators, the court heard.",
        [("The defendant had lied to investigators", "indirect", "the court", "heard", None)],
    ),
    (
        "A police spokesman said the suspect had been released, without giving details.",
        [("the suspect had been released", "indirect", "A police spokesman", "said", None)],
    ),
    # "told" needs an audience and a clause; a told story is not a claim
    ("He told the story of his escape.", []),
    (
        "The mayor told a packed town hall that the budget was balanced.",
        [("the budget was balanced", "indirect", "The mayor", "told", "a packed town hall")],
    ),
    # a cue opening the sentence, the source after it
    (
        "Said one resident: \u201cWe have been forgotten.\u201d",
        [("We have been forgotten.", "direct", "one resident", "Said", None)],
    ),
    ("Said to be worth $5 million, the painting was never found.", []),
    # a broadcaster after "on" is not part of the claim
    ("She said on Channel Nine the plan was dead.", [("the plan was dead", "indirect", "She", "said", None)]),
]

#: More sentences in wire and newspaper styles (written for these tests).
MORE_CASES = [
    (
        'Officials familiar with the plan said it would be announced next week.',
        [
            ('it would be announced next week', 'indirect', 'Officials familiar with the plan', 'said', None),
        ],
    ),
    (
        'The minister, speaking at a news conference in the capital, said the border would stay closed.',
        [
            ('the border would stay closed', 'indirect', 'The minister', 'said', None),
        ],
    ),
    (
        'A spokesperson for the regional police, who asked not to be named, said two men had been arrested.',
        [
            ('two men had been arrested', 'indirect', 'A spokesperson for the regional police', 'said', None),
        ],
    ),
    (
        '"We have no plans to sell," a company spokesman said in an emailed statement.',
        [
            ('We have no plans to sell,', 'direct', 'a company spokesman', 'said', None),
        ],
    ),
    (
        '"It is a sad day," said Mayor Tom Reilly of Eastbrook. "But we will rebuild."',
        [
            ('It is a sad day,', 'direct', 'Mayor Tom Reilly of Eastbrook', 'said', None),
            ('But we will rebuild.', 'direct', 'Mayor Tom Reilly of Eastbrook', None, None),
        ],
    ),
    (
        'Prices are expected to rise further this year, analysts at the bank wrote in a note to clients.',
        [
            ('Prices are expected to rise further this year', 'indirect', 'analysts at the bank', 'wrote', None),
        ],
    ),
    (
        'The deal, two people with knowledge of the matter said, could be signed as soon as Friday.',
        [
            ('The deal, two people with knowledge of the matter said, could be signed as soon as Friday', 'indirect', 'two people with knowledge of the matter', 'said', None),
        ],
    ),
    (
        'According to a statement from the ministry, the vaccine will be offered to all adults.',
        [
            ('the vaccine will be offered to all adults', 'indirect', 'a statement from the ministry', 'According to', None),
        ],
    ),
    (
        'Police said the driver, a 34-year-old man, had been taken to hospital.',
        [
            ('the driver, a 34-year-old man, had been taken to hospital', 'indirect', 'Police', 'said', None),
        ],
    ),
    (
        'He told the BBC that he had "no regrets" about the decision.',
        [
            ('he had "no regrets" about the decision', 'mixed', 'He', 'told', 'the BBC'),
        ],
    ),
    (
        'She described the proposal as "unworkable and unfair."',
        [
            ('the proposal as "unworkable and unfair."', 'mixed', 'She', 'described', None),
        ],
    ),
    (
        'The spokeswoman declined to comment on the report.',
        [],
    ),
    (
        'The company did not immediately respond to a request for comment.',
        [],
    ),
    (
        'A lawyer for the family could not be reached for comment.',
        [],
    ),
    (
        'The film, "Long Way Home," opens on Friday.',
        [],
    ),
    (
        'The group calls itself the "Friends of the Forest."',
        [],
    ),
    (
        'Asked whether she would run again, the senator said: "That is a question for another day."',
        [
            ('That is a question for another day.', 'direct', 'the senator', 'said', None),
        ],
    ),
    (
        'The report found that one in five households struggled to pay energy bills.',
        [
            ('one in five households struggled to pay energy bills', 'indirect', 'The report', 'found', None),
        ],
    ),
    (
        'Court documents show that the firm paid the consultant $2 million.',
        [
            ('the firm paid the consultant $2 million', 'indirect', 'Court documents', 'show', None),
        ],
    ),
    (
        'As the Financial Ledger first reported, the bank is considering job cuts.',
        [
            ('the bank is considering job cuts', 'indirect', 'the Financial Ledger', 'reported', None),
        ],
    ),
    (
        '"I don\'t know," he said, "whether we can survive another winter like this."',
        [
            ("I don't know,", 'direct', 'he', 'said', None),
            ('whether we can survive another winter like this.', 'direct', 'he', 'said', None),
        ],
    ),
    (
        'Dr. Aisha Rahman, an epidemiologist at the university, warned that cases could double.',
        [
            ('cases could double', 'indirect', 'Dr. Aisha Rahman, an epidemiologist at the university', 'warned', None),
        ],
    ),
    (
        'The president vowed to rebuild the destroyed towns.',
        [
            ('to rebuild the destroyed towns', 'indirect', 'The president', 'vowed', None),
        ],
    ),
    (
        'Residents say the water has been brown for weeks.',
        [
            ('the water has been brown for weeks', 'indirect', 'Residents', 'say', None),
        ],
    ),
    (
        'The statement said the attack had been "repelled."',
        [
            ('the attack had been "repelled."', 'mixed', 'The statement', 'said', None),
        ],
    ),
    (
        'Sheikh Omar bin Rashid Al-Nuaimi, the council chairman, told reporters the talks had failed.',
        [
            ('the talks had failed', 'indirect', 'Sheikh Omar bin Rashid Al-Nuaimi, the council chairman', 'told', 'reporters'),
        ],
    ),
    (
        'Sen. Laura Price, D-Vt., said she would vote against the bill.',
        [
            ('she would vote against the bill', 'indirect', 'Sen. Laura Price, D-Vt', 'said', None),
        ],
    ),
    (
        'The army said in a statement on Sunday that three soldiers had been killed.',
        [
            ('three soldiers had been killed', 'indirect', 'The army', 'said', None),
        ],
    ),
    (
        'The plan was approved according to schedule.',
        [],
    ),
    (
        'She said goodbye to her colleagues on Friday.',
        [],
    ),
    (
        'The minister said nothing about the budget.',
        [],
    ),
    (
        'He is said to have left the country.',
        [],
    ),
    (
        'Turnout was low, said an election official who declined to give his name.',
        [
            ('Turnout was low', 'indirect', 'an election official', 'said', None),
        ],
    ),
    (
        'In an interview with the Morning Herald, the coach said his players were exhausted.',
        [
            ('his players were exhausted', 'indirect', 'the coach', 'said', 'the Morning Herald'),
        ],
    ),
    (
        'The minister wrote on social media that the talks were "constructive."',
        [
            ('the talks were "constructive."', 'mixed', 'The minister', 'wrote', None),
        ],
    ),
    (
        '"We\'re ready," she told reporters on Tuesday. "We\'ve been ready for months."',
        [
            ("We're ready,", 'direct', 'she', 'told', 'reporters'),
            ("We've been ready for months.", 'direct', 'she', None, None),
        ],
    ),
    (
        'He said he was "absolutely certain" the money would be repaid, adding that the bank had been "very patient."',
        [
            ('he was "absolutely certain" the money would be repaid', 'mixed', 'He', 'said', None),
            ('the bank had been "very patient."', 'mixed', 'He', 'adding', None),
        ],
    ),
    (
        "The ministry's spokesman, Ali Karimi, said the claims were baseless.",
        [
            ('the claims were baseless', 'indirect', "The ministry's spokesman, Ali Karimi", 'said', None),
        ],
    ),
    (
        'A senior Western diplomat, speaking on condition of anonymity because he was not authorized to brief the media, said the sanctions would be extended.',
        [
            ('the sanctions would be extended', 'indirect', 'A senior Western diplomat', 'said', None),
        ],
    ),
    (
        'One official said the meeting went well; another described it as "tense."',
        [
            ('the meeting went well', 'indirect', 'One official', 'said', None),
            ('it as "tense."', 'mixed', 'another', 'described', None),
        ],
    ),
    (
        'Critics argue the scheme will cost more than it saves.',
        [
            ('the scheme will cost more than it saves', 'indirect', 'Critics', 'argue', None),
        ],
    ),
    (
        'Shares rose 3 percent after the company said profits had doubled.',
        [
            ('profits had doubled', 'indirect', 'the company', 'said', None),
        ],
    ),
    (
        'The tournament is known as "the Beast of the East."',
        [],
    ),
    (
        'Her new album, "Midnight Roads," debuted at number one.',
        [],
    ),
    (
        'Witnesses told the Associated Press they heard three explosions.',
        [
            ('they heard three explosions', 'indirect', 'Witnesses', 'told', 'the Associated Press'),
        ],
    ),
    (
        '"That\'s the end of it," the judge told the court.',
        [
            ("That's the end of it,", 'direct', 'the judge', 'told', 'the court'),
        ],
    ),
    (
        "The group's leader, Col. Ahmed Saleh, claimed responsibility for the attack.",
        [],
    ),
    (
        'Spokesman Mark Lee said: "No comment."',
        [
            ('No comment.', 'direct', 'Spokesman Mark Lee', 'said', None),
        ],
    ),
    (
        'Meanwhile, the agency said it was investigating.',
        [
            ('it was investigating', 'indirect', 'the agency', 'said', None),
        ],
    ),
    (
        'The cause of the fire is under investigation, fire officials said Monday.',
        [
            ('The cause of the fire is under investigation', 'indirect', 'fire officials', 'said', None),
        ],
    ),
    # a verb-like noun after a determiner ("the plans") stays in the source;
    # the apposition after the audience does not end the claim's attribution
    (
        'The airline will retire its oldest jets, two pilots aware of the plans told the Harbor Times, a decision that could ground a dozen routes.',
        [('The airline will retire its oldest jets', 'indirect', 'two pilots aware of the plans', 'told', 'the Harbor Times')],
    ),
    # ... but "that plans" is still a relative clause's verb, and nothing is reported
    ('The agency that plans the budget told lawmakers.', []),
    # "said no" opening a clause reports it; a relative clause between source and cue
    (
        'Two aides, who asked not to be named because the talks are continuing, said no agreement had been signed.',
        [('no agreement had been signed', 'indirect', 'Two aides', 'said', None)],
    ),
    # "said no" as a refusal reports nothing
    ('Asked whether she would run again, the senator said no.', []),
    ('He said no to the merger.', []),
    # the sentence's full stop is not part of the audience ...
    (
        'The mill will close in June, a union official told the Lakeside Courier.',
        [('The mill will close in June', 'indirect', 'a union official', 'told', 'the Lakeside Courier')],
    ),
    # ... but an abbreviation keeps its period
    (
        'The mill will close in June, a union official told Halvorsen Co.',
        [('The mill will close in June', 'indirect', 'a union official', 'told', 'Halvorsen Co.')],
    ),
    # "Talking to X," framing the attribution names the outlet ...
    (
        'Talking to Radio Meridian on Friday, the coach said his players were exhausted.',
        [('his players were exhausted', 'indirect', 'the coach', 'said', 'Radio Meridian')],
    ),
    # ... and so does an audience, as after "told" ("told reporters")
    (
        'Speaking to reporters, the coach said his players were exhausted.',
        [('his players were exhausted', 'indirect', 'the coach', 'said', 'reporters')],
    ),
    (
        'The coach, talking to reporters after the match, said his players were exhausted.',
        [('his players were exhausted', 'indirect', 'The coach', 'said', 'reporters')],
    ),
    # ... but a word that is no audience does not
    (
        'Speaking to young players, the coach said fitness mattered most.',
        [('fitness mattered most', 'indirect', 'the coach', 'said', None)],
    ),
    # an outlet that passed on a first-hand claim is its via
    (
        'The minister said that the border would reopen, state television reported.',
        [('the border would reopen', 'indirect', 'The minister', 'said', 'state television')],
    ),
    (
        '"The harbour will be rebuilt," the governor said, according to the Coast Herald.',
        [('The harbour will be rebuilt,', 'direct', 'the governor', 'said', 'the Coast Herald')],
    ),
    # a weak cue before a name and a past-tense verb reports a clause ...
    (
        'Investigators allege Moreau moved the money through three shell companies.',
        [('Moreau moved the money through three shell companies', 'indirect', 'Investigators', 'allege', None)],
    ),
    # ... but not before a noun and a participle
    ('The ministry confirmed the contract signed in May.', []),
    # the cue of a relative clause inside the subject is not the main cue
    (
        'A nurse who testified on Monday told the court that the ward was understaffed.',
        [('the ward was understaffed', 'indirect', 'A nurse', 'told', 'the court')],
    ),
    (
        'Parents who say they were never consulted said the closure was unlawful.',
        [('the closure was unlawful', 'indirect', 'Parents', 'said', None)],
    ),
    # a stretch opening with "and" starts a new clause; the comma of a number
    # is no apposition break
    (
        'Shelves emptied within hours, and the chain said deliveries would resume on Friday.',
        [('deliveries would resume on Friday', 'indirect', 'the chain', 'said', None)],
    ),
    (
        'The association, which has 12,500 members, says the levy is unlawful.',
        [('the levy is unlawful', 'indirect', 'The association', 'says', None)],
    ),
    # a cue inside the claim after an apposition is no trailing attribution
    (
        'A porter, who asked not to be named, said nurses had complained for weeks about the lifts.',
        [('nurses had complained for weeks about the lifts', 'indirect', 'A porter', 'said', None)],
    ),
    # what the words were about or how they were said is no reported clause
    (
        '"It is a betrayal," the shop steward said of the offer.',
        [('It is a betrayal,', 'direct', 'the shop steward', 'said', None)],
    ),
    (
        '"We have earned this," the captain said with a grin.',
        [('We have earned this,', 'direct', 'the captain', 'said', None)],
    ),
    (
        '"Our patience has run out," she said to loud cheers.',
        [('Our patience has run out,', 'direct', 'she', 'said', None)],
    ),
    (
        'The mayor said of the stadium that it would never be sold.',
        [('it would never be sold', 'indirect', 'The mayor', 'said', None)],
    ),
    ('Few people outside the village had heard of him.', []),
    ('The insurer warned of higher premiums.', []),
    # a parenthetical after the subject makes no inverted cue
    (
        'Two engineers, speaking on condition of anonymity because they feared reprisals, said the dam was leaking.',
        [('the dam was leaking', 'indirect', 'Two engineers', 'said', None)],
    ),
    (
        'A nurse and a porter, both of whom asked not to be named, said the ward was closed.',
        [('the ward was closed', 'indirect', 'A nurse and a porter', 'said', None)],
    ),
    # an adverb-led parenthetical is not the source; a possessive description
    # is an apposition of the name before it
    (
        '"We gave everything," the captain, visibly exhausted, said after the final.',
        [('We gave everything,', 'direct', 'the captain', 'said', None)],
    ),
    (
        "Ana Weber, Tom Lind's lawyer, said the charges would be fought.",
        [('the charges would be fought', 'indirect', "Ana Weber, Tom Lind's lawyer", 'said', None)],
    ),
    # after a quotation, a subordinate clause after the cue tells when
    (
        '"Move back," an officer shouted as the crowd surged forward.',
        [('Move back,', 'direct', 'an officer', 'shouted', None)],
    ),
    (
        '"I will miss this place," she said while locking the door for the last time.',
        [('I will miss this place,', 'direct', 'she', 'said', None)],
    ),
    (
        'Regional newspapers reported that the mine had flooded.',
        [('the mine had flooded', 'indirect', 'Regional newspapers', 'reported', None)],
    ),
    # "added" / "noted" with a plain object report nothing ...
    ('The visitors added a second goal before half-time.', []),
    ('She noted rising costs for farmers.', []),
    ('The instructor explained the rules of the drill.', []),
    ('The chairman stressed the importance of safety.', []),
    # a name and its apposition before the cue are its subject, not an inverted
    # claim, though the clause after the cue holds no auxiliary
    (
        'Jane Roe, a spokeswoman for the city, said the mayor attended the meeting.',
        [('the mayor attended the meeting', 'indirect', 'Jane Roe, a spokeswoman for the city', 'said', None)],
    ),
    (
        'Tom Varga, head of research at Acme Capital, said the bank missed its targets.',
        [('the bank missed its targets', 'indirect', 'Tom Varga, head of research at Acme Capital', 'said', None)],
    ),
    (
        'Tom Ray, a doctor at Lakeshore Hospital who was not involved in the study, said the study relied on self-reports.',
        [('the study relied on self-reports', 'indirect', 'Tom Ray, a doctor at Lakeshore Hospital', 'said', None)],
    ),
    # ... while a clause before "said" and a counted source after it are inverted
    (
        'Shares fell sharply, said one trader.',
        [('Shares fell sharply', 'indirect', 'one trader', 'said', None)],
    ),
    # a cue that is a second participle of a passive is no new predicate ...
    (
        'Police said a man had been arrested and charged with murder.',
        [('a man had been arrested and charged with murder', 'indirect', 'Police', 'said', None)],
    ),
    # ... but one with a clause of its own is
    (
        'The company was fined and said it would appeal.',
        [('it would appeal', 'indirect', 'The company', 'said', None)],
    ),
    # an aside between the cue and its "that" is no part of the claim
    (
        'The mayor has repeatedly claimed, without evidence, that the vote was rigged.',
        [('the vote was rigged', 'indirect', 'The mayor', 'claimed', None)],
    ),
    (
        'The official added, citing internal data, that losses had doubled.',
        [('losses had doubled', 'indirect', 'The official', 'added', None)],
    ),
    # a longer aside, or one holding a cue word, too (a longer one used to raise an error)
    (
        'She said, after a long pause and a glance at her lawyers and the judge, that the deal was dead.',
        [('the deal was dead', 'indirect', 'She', 'said', None)],
    ),
    (
        'The company said on Monday, when it reported earnings, that sales fell.',
        [('sales fell', 'indirect', 'The company', 'said', None)],
    ),
    # "as S put it, “Q”" in mid-sentence: the quotation is how S put it, the rest the writer's
    (
        'The reform was, as the minister put it, "a leap in the dark."',
        [('a leap in the dark.', 'direct', 'the minister', 'put it', None)],
    ),
    (
        'She came with a bicycle and, as she liked to put it, "more nerve than sense," and stayed 40 years.',
        [('more nerve than sense,', 'direct', 'she', 'put it', None)],
    ),
    ('He declined to put it in writing.', []),
    # a quoted name inside the subject is no quotation the cue attributes
    (
        'A military blogger who posts under the name "Sever" claimed on Telegram that 40 soldiers had been killed.',
        [('40 soldiers had been killed', 'indirect', 'A military blogger', 'claimed', None)],
    ),
    ('"We will win" said the coach.', [('We will win', 'direct', 'the coach', 'said', None)]),
    # a later source's account of a report, its anonymity explained after it
    (
        'The report warned that billing was twice the average, the specialist said, speaking on condition of anonymity.',
        [('The report warned that billing was twice the average', 'indirect', 'the specialist', 'said', None)],
    ),
    # a slide, like a sign, reads
    (
        '"Every chart we miss is money left on the table," one slide read.',
        [('Every chart we miss is money left on the table,', 'direct', 'one slide', 'read', None)],
    ),
    # "described X as Y" judges X, quoted or not ...
    (
        'Witnesses described the man as about six feet tall.',
        [('the man as about six feet tall', 'indirect', 'Witnesses', 'described', None)],
    ),
    # ... but "described" with no "as" describes
    ('She described in detail how the fire spread.', []),
    # "calls X “Q”" in the present names X in the source's words ...
    (
        'Critics call the plan "a giveaway."',
        [('the plan "a giveaway."', 'mixed', 'Critics', 'call', None)],
    ),
    # ... but "calls for", "calls on" and "calls itself" do not
    ('The union calls for "urgent action" on pay.', []),
    ('"It is a disaster," said the group, which calls itself "Save Our Park."', [('It is a disaster,', 'direct', 'the group', 'said', None)]),
    # "states" after a number, a name or a determiner is the noun
    ('The researchers analyzed records of about 410,000 births in five states.', []),
    (
        'The alliance, which represents builders in five Gulf states, said the rules were too strict.',
        [('the rules were too strict', 'indirect', 'The alliance', 'said', None)],
    ),
    ('"The rules are clear," the report states.', [('The rules are clear,', 'direct', 'the report', 'states', None)]),
    # after a whole quotation, the narration after its attribution is no part of it
    (
        '"Hear that?" he says, and taps a wheel with the end of a pencil.',
        [('Hear that?', 'direct', 'he', 'says', None)],
    ),
    # what a judge ordered is no part of what the judge said
    (
        'The judge said the surveys had been "cursory at best" and ordered work to stop.',
        [('the surveys had been "cursory at best"', 'mixed', 'The judge', 'said', None)],
    ),
    # "alleging", "maintaining" are participial cues like "saying"
    (
        'The company denied wrongdoing, maintaining that its products were safe.',
        [('its products were safe', 'indirect', 'The company', 'maintaining', None)],
    ),
    # a simple past after any subject reads as a clause after a weak cue
    (
        'Yields rose after data showed U.S. producer prices rose more than expected.',
        [('U.S. producer prices rose more than expected', 'indirect', 'data', 'showed', None)],
    ),
    # "May" after "in" is the month, not a modal before the cue
    (
        'A survey published in May found that one in four users had missed a payment.',
        [('one in four users had missed a payment', 'indirect', 'A survey published in May', 'found', None)],
    ),
    # a claim in a relative clause on a place ends where the main clause resumes
    (
        'In the parish, where the report found land is sinking, the parish president said the findings were no surprise.',
        [
            ('land is sinking', 'indirect', 'the report', 'found', None),
            ('the findings were no surprise', 'indirect', 'the parish president', 'said', None),
        ],
    ),
    # a quoted nickname in a parenthetical on the subject is part of the parenthetical
    (
        'The winger, nicknamed "The Cat" by supporters, said it was the best night of his life.',
        [('it was the best night of his life', 'indirect', 'The winger', 'said', None)],
    ),
    (
        'Ferri, known as "The Cat", said it was the best night of his life.',
        [('it was the best night of his life', 'indirect', 'Ferri', 'said', None)],
    ),
    # a phrase of a relative clause on the subject is no clause of its own
    (
        'A billing clerk who worked at the head office until last year said the auditors had flagged it.',
        [('the auditors had flagged it', 'indirect', 'A billing clerk', 'said', None)],
    ),
    # a clause before "and" is no part of the subject after it
    (
        'Police arrested two men and prosecutors said they would be charged.',
        [('they would be charged', 'indirect', 'prosecutors', 'said', None)],
    ),
    (
        'The rain stopped after the game ended and officials said the pitch was fine.',
        [('the pitch was fine', 'indirect', 'officials', 'said', None)],
    ),
    ('Jane Roe and Tom Varga said the deal was fair.', [('the deal was fair', 'indirect', 'Jane Roe and Tom Varga', 'said', None)]),
    # "it" ends no noun phrase: "footage it said was ..." is a relative clause without "that"
    (
        'The channel showed footage it said was of tanks moving toward the border.',
        [('was of tanks moving toward the border', 'indirect', 'it', 'said', None)],
    ),
    # the name after an outlet's description is the rest of the via
    (
        'The operator said in a statement carried by the state news agency Kazpress that a rail had cracked.',
        [('a rail had cracked', 'indirect', 'The operator', 'said', 'the state news agency Kazpress')],
    ),
    (
        'The minister said in an interview with the newspaper Le Courrier that talks would resume.',
        [('talks would resume', 'indirect', 'The minister', 'said', 'the newspaper Le Courrier')],
    ),
    # where and when a quotation was told is no claim of its own
    ('"We ran," she told AFP from a shelter where families were housed.', [('We ran,', 'direct', 'she', 'told', 'AFP')]),
    # what an accusation charges ends before ", and" and a clause of another subject
    (
        'Several commenters accused Dunmore of exaggerating for views, and a columnist wrote that she had lied.',
        [('Dunmore of exaggerating for views', 'indirect', 'Several commenters', 'accused', None),
         ('she had lied', 'indirect', 'a columnist', 'wrote', None)],
    ),
    ('The union accused the board of lying, and of hiding the losses.',
     [('the board of lying, and of hiding the losses', 'indirect', 'The union', 'accused', None)]),
    # a relative clause's claim ends at the comma before the main clause's subject and cue
    (
        'Asked about a report by a think tank, which claimed that the loans had left countries in "debt traps," '
        'Ding said the report was "full of lies."',
        [('the loans had left countries in "debt traps', 'mixed', 'which', 'claimed', None),
         ('the report was "full of lies."', 'mixed', 'Ding', 'said', None)],
    ),
    # what a newsroom "has learned" it reports; a person who has learned something reports nothing
    ('NHK has learned that the government is considering a longer alert.',
     [('the government is considering a longer alert', 'indirect', 'NHK', 'learned', None)]),
    ('The Daily Courier has learned that the mayor will resign.',
     [('the mayor will resign', 'indirect', 'The Daily Courier', 'learned', None)]),
    ('Jane Roe has learned that her post was cut.', []),
    # what is recommended, a thing rather than a clause, is no claim, quoted or not
    ('The document recommends \u201cpersonnel solutions\u201d in at least five cases.', []),
    ('The academy recommends that teenagers get nine hours of sleep.',
     [('teenagers get nine hours of sleep', 'indirect', 'The academy', 'recommends', None)]),
    # a name ending in "ing" opening the sentence is its subject, not a participle
    ('Ding declined to comment on the visit, saying only that details would be released "in due course."',
     [('details would be released "in due course."', 'mixed', 'Ding', 'saying', None)]),
    # a quotation after "said X, a worker who said R" goes on with X, not the relative clause
    (
        '"We lost everything," said Alfredo Ruiz, 58, a vineyard worker who said his trailer was knocked over. '
        '"The first time was a fire."',
        [('We lost everything,', 'direct', 'Alfredo Ruiz, 58, a vineyard worker', 'said', None),
         ('his trailer was knocked over', 'indirect', 'a vineyard worker', 'said', None),
         ('The first time was a fire.', 'direct', 'Alfredo Ruiz, 58, a vineyard worker', None, None)],
    ),
    # "but would not give details" is the source's refusal; "but would not give up X" the claim's
    ('The spokesman said the talks had stalled but would not give details.',
     [('the talks had stalled', 'indirect', 'The spokesman', 'said', None)]),
    ('Party sources said it would raise its offer to 15 seats but would not give up the two seats.',
     [('it would raise its offer to 15 seats but would not give up the two seats', 'indirect', 'Party sources', 'said', None)]),
    # a relative clause of the source after "according to" ("a copy of which ...") is no part of the claim
    ("According to a letter from the players' representative, a copy of which is available with The Tribune, "
     'match fees have not been paid.',
     [('match fees have not been paid', 'indirect', "a letter from the players' representative", 'According to', None)]),
    # a participle after a comma is no cue, and a verb opens no source
    ('The court also took notice of a report by the city administration, submitted in a separate case last week.', []),
    # an attribution interrupting a concessive clause reports that clause, to its end
    ('She has no plans to retire, although her knees, she admits, have opinions about the hours.',
     [('her knees, she admits, have opinions about the hours', 'indirect', 'she', 'admits', None)]),
    # a place's name after "the capital," is no apposition of the source after it
    ('Speaking by video link from the capital, Juba, the WHO representative, Dr. Ngozi Okello, said cases were rising.',
     [('cases were rising', 'indirect', 'the WHO representative, Dr. Ngozi Okello', 'said', None)]),
    # a place and its named region keep their comma inside the source
    ('Officials in Kuroshio Town, Kochi Prefecture, say 600 residents spent the night in shelters.',
     [('600 residents spent the night in shelters', 'indirect', 'Officials in Kuroshio Town, Kochi Prefecture', 'say', None)]),
    # ... but a subordinator closed by a comma ends the claim, and the source after it attributes it
    ('He was transferred to The Hague, where he has been held since, the court said.',
     [('He was transferred to The Hague, where he has been held since', 'indirect', 'the court', 'said', None)]),
    # a subject after "before", "when", "because" ... heads a clause of its own, no attribution
    ('Officials knew for five months that lead levels exceeded the limit before they told residents.', []),
    (
        'Officials knew for months that the levels were high before they told residents, according to emails '
        'reviewed by the Ledger.',
        [('Officials knew for months that the levels were high before they told residents', 'indirect',
          'emails reviewed by the Ledger', 'according to', None)],
    ),
    # a participle's source is the sentence's subject, a long title with its name after it
    (
        'The Chairman of the Christian Council of Nigeria in Ondo State, Bishop Kayode Adeyemi, condemned '
        'the attack, describing it as "barbaric."',
        [('it as "barbaric."', 'mixed',
          'The Chairman of the Christian Council of Nigeria in Ondo State, Bishop Kayode Adeyemi', 'describing', None)],
    ),
    # advice against doing something is no claim; a clause about something against is
    ('Doctors warned parents against demanding antibiotics.', []),
    (
        'He warned members against heckling in the chamber and said the sitting would be broadcast.',
        [('the sitting would be broadcast', 'indirect', 'He', 'said', None)],
    ),
    ('She warned the move against Iran would backfire.',
     [('the move against Iran would backfire', 'indirect', 'She', 'warned', None)]),
    # thanks end where the source's next act begins
    (
        'In a post, she thanked her colleagues for their support and said she would be back \u201cin my old chair.\u201d',
        [('she would be back \u201cin my old chair.\u201d', 'mixed', 'she', 'said', None)],
    ),
    # a phrase after the cue whose noun a participle describes holds no clause
    (
        'Consultancies expect inflation to ease, the bank said in its latest survey (REM), published last week.',
        [('Consultancies expect inflation to ease', 'indirect', 'the bank', 'said', None)],
    ),
    # "In her words, Q": the possessive is the source
    (
        'In her words, Norway is "deliberately escalating tensions in the region."',
        [('Norway is "deliberately escalating tensions in the region."', 'mixed', 'her', 'In her words', None)],
    ),
    (
        'The talks dragged on, and in his own words, the plan was never serious.',
        [('the plan was never serious', 'indirect', 'his', 'in his own words', None)],
    ),
    ('He told the story in his own words, and it sold well.', []),
    # a clause opened by "where" before the subject is no apposition of it, and a
    # relative clause giving the source's name stays in the source
    (
        'At the pier, where the coast guard brings migrants ashore, a young man, 27, said he had paid '
        '2,500 dinars for a place.',
        [('he had paid 2,500 dinars for a place', 'indirect', 'a young man, 27', 'said', None)],
    ),
    (
        'A young man who gave his name as Karim, 27, said he had paid 2,500 dinars.',
        [('he had paid 2,500 dinars', 'indirect', 'A young man who gave his name as Karim, 27', 'said', None)],
    ),
    (
        'The bill went to the Senate, where Majority Leader Ellen Dorsey, a Democrat, said it was dead.',
        [('it was dead', 'indirect', 'Majority Leader Ellen Dorsey, a Democrat', 'said', None)],
    ),
    # ... nor an adverb or a date with no clause after it
    (
        '"I closed my eyes a little bit," Ferreira said postgame, still grinning.',
        [('I closed my eyes a little bit,', 'direct', 'Ferreira', 'said', None)],
    ),
    (
        '\u201cRe-test everything,\u201d Lindqvist wrote in an email to his deputy on Feb. 9.',
        [('Re-test everything,', 'direct', 'Lindqvist', 'wrote', None)],
    ),
    # ... but a clause after the cue is still what the cue reports
    (
        '"We are done," she said Tuesday the company would appeal.',
        [('the company would appeal', 'indirect', 'she', 'said', None)],
    ),
    # ... nor is a relative clause on the statement or comment it came in
    (
        '"We will win," he said in a statement that was posted online.',
        [('We will win,', 'direct', 'he', 'said', None)],
    ),
    # a phrase of time between a cue and its colon
    (
        'The owner posted on Instagram after the final whistle: "Told you. Believe."',
        [('Told you. Believe.', 'direct', 'The owner', 'posted', None)],
    ),
    # ... or of circumstance, topic or manner
    (
        'Judge Ann Lowe said as she jailed him: "You showed no remorse."',
        [('You showed no remorse.', 'direct', 'Judge Ann Lowe', 'said', None)],
    ),
    ('The coach said of the defeat: "We were poor."', [('We were poor.', 'direct', 'The coach', 'said', None)]),
    ('She said last night: "I am proud of them."', [('I am proud of them.', 'direct', 'She', 'said', None)]),
    ('He said simply: "No."', [('No.', 'direct', 'He', 'said', None)]),
    # a clause before the colon is part of the claim
    (
        'He said the reason was this: "We ran out of money."',
        [('the reason was this: "We ran out of money."', 'mixed', 'He', 'said', None)],
    ),
    # "what X called “Q”": the quoted words are X's
    (
        'He was convicted of what prosecutors called "a campaign of terror".',
        [('a campaign of terror', 'direct', 'prosecutors', 'called', None)],
    ),
    ('It was what he called a mistake.', []),
    # the reporter's narration after "but he did not ..." is no part of the claim
    (
        'Staff who chose not to move would receive severance, he wrote, but he did not say how many would leave.',
        [('Staff who chose not to move would receive severance', 'indirect', 'he', 'wrote', None)],
    ),
    # the reporter's comment in apposition to the words is no part of the claim
    (
        'The minister said the reform was overdue, a view shared by many economists.',
        [('the reform was overdue', 'indirect', 'The minister', 'said', None)],
    ),
    (
        'The union said the plan would create "thousands of jobs," a claim disputed by economists.',
        [('the plan would create "thousands of jobs,"', 'mixed', 'The union', 'said', None)],
    ),
    (
        'One worker described the policy as "layoffs with extra steps" — a phrase that spread quickly online.',
        [('the policy as "layoffs with extra steps"', 'mixed', 'One worker', 'described', None)],
    ),
    # ... but a noun that is the claim's own predicate is
    (
        'The judge said it was a claim that could not be proven.',
        [('it was a claim that could not be proven', 'indirect', 'The judge', 'said', None)],
    ),
    # "answered" reports a quotation or a clause, not its object
    ('"I was tired. It was a joke," the witness answered.', [('I was tired. It was a joke,', 'direct', 'the witness', 'answered', None)]),
    ('He answered questions for two hours.', []),
    # "add" with a plain object reports nothing
    ("The project will add a children's wing and 12 study rooms.", []),
    ('She adds that the plan is sound.', [('the plan is sound', 'indirect', 'She', 'adds', None)]),
    # a subject pronoun is the whole subject of a second predicate's cue
    ('He lives in London and said he was happy.', [('he was happy', 'indirect', 'He', 'said', None)]),
    # "no." ends a sentence unless a number follows
    (
        'Two members voted no. Drexler called the project "a monument to poor planning."',
        [('the project "a monument to poor planning."', 'mixed', 'Drexler', 'called', None)],
    ),
    # messages by text and email are cues, weak ones: a clause or quotation, not an object
    ('"We are safe," she texted.', [('We are safe,', 'direct', 'she', 'texted', None)]),
    (
        'The spokesman emailed that the company would not comment further.',
        [('the company would not comment further', 'indirect', 'The spokesman', 'emailed', None)],
    ),
    ('She emailed the documents to her lawyer.', []),
    # an irregular past is a clause's verb after any cue
    (
        'Shares rose after the company said deliveries beat forecasts.',
        [('deliveries beat forecasts', 'indirect', 'the company', 'said', None)],
    ),
    # ... in the present or after a modal too
    ('Screen use could partly explain the association, which was strongest among girls.', []),
    ('The minister will explain the plan to parliament on Tuesday.', []),
    ('The coach stresses the value of rest days.', []),
    (
        'She explains the rules are different in winter.',
        [('the rules are different in winter', 'indirect', 'She', 'explains', None)],
    ),
    ('The brewery announced plans to open a second site.', []),
    (
        'The lawyer argued the search was unlawful.',
        [('the search was unlawful', 'indirect', 'The lawyer', 'argued', None)],
    ),
    # ... with a clause, even one without an auxiliary, they do
    (
        'The analyst noted the bank lost money in each of the last three quarters.',
        [('the bank lost money in each of the last three quarters', 'indirect', 'The analyst', 'noted', None)],
    ),
    # a participial parenthetical is not the source; "quoted by X" names the via
    (
        'The governor, quoted by the regional news agency, said the dam would hold.',
        [('the dam would hold', 'indirect', 'The governor', 'said', 'the regional news agency')],
    ),
    (
        'An audit, published on Monday by the city, found that the fund was short.',
        [('the fund was short', 'indirect', 'An audit', 'found', None)],
    ),
    # "X understands that": an outlet's own knowledge, with "that" only
    (
        'The Evening Ledger understands that the manager will be sacked.',
        [('the manager will be sacked', 'indirect', 'The Evening Ledger', 'understands', None)],
    ),
    ('Everyone understands the risks.', []),
    # the day between subject and verb is no part of the shared subject
    (
        'The regulator on Friday fined the bank and said further action was possible.',
        [('further action was possible', 'indirect', 'The regulator', 'said', None)],
    ),
    # a question about what was said reports nothing
    ('What did the minister say? Very little.', []),
    # an agent noun opening the sentence is a group, not a name
    (
        'Firefighters said the blaze started in a kitchen.',
        [('the blaze started in a kitchen', 'indirect', 'Firefighters', 'said', None)],
    ),
    # an all-capitals name keeps no sentence full stop
    (
        'The mill will close, the mayor told broadcaster NRK.',
        [('The mill will close', 'indirect', 'the mayor', 'told', 'broadcaster NRK')],
    ),
    # the question put to the source is never the claim, whether the answer
    # follows the cue or precedes the source
    (
        'Asked whether the plant would close, the manager said, "Not this year."',
        [('Not this year.', 'direct', 'the manager', 'said', None)],
    ),
    (
        'Asked about the delay, \u201cWe ran out of steel,\u201d the builder said.',
        [('We ran out of steel,', 'direct', 'the builder', 'said', None)],
    ),
    (
        'When pressed, the treasurer said, "The accounts are in order."',
        [('The accounts are in order.', 'direct', 'the treasurer', 'said', None)],
    ),
    (
        'Asked about the so-called "night tax," the councillor said, "It was never approved."',
        [('It was never approved.', 'direct', 'the councillor', 'said', None)],
    ),
    ('Asked whether the ferry would run on Sunday, the captain said.', []),
    # a fronted phrase without its comma: the subject is what follows it
    (
        'In a radio interview last week she said that the deficit was "entirely manageable".',
        [('the deficit was "entirely manageable"', 'mixed', 'she', 'said', None)],
    ),
    (
        'After the vote they said the count had been fair.',
        [('the count had been fair', 'indirect', 'they', 'said', None)],
    ),
    (
        'On the eve of the summit the foreign minister said talks would go ahead.',
        [('talks would go ahead', 'indirect', 'the foreign minister', 'said', None)],
    ),
    (
        'In a letter to shareholders the chairman said that profits would fall.',
        [('profits would fall', 'indirect', 'the chairman', 'said', None)],
    ),
    ('In her view the merger was a mistake.', []),
    # the people a court story tells things to are audiences, not claim words
    (
        'The cyclist told police he had been forced off the road.',
        [('he had been forced off the road', 'indirect', 'The cyclist', 'told', 'police')],
    ),
    (
        'The nurse told jurors she had checked the dose twice.',
        [('she had checked the dose twice', 'indirect', 'The nurse', 'told', 'jurors')],
    ),
    ('Officers told him to wait outside.', []),
    # "reminded / warned / assured X (that)": X is the audience, not the claim
    (
        'The coroner reminded the inquest that the cause of death was still unknown.',
        [('the cause of death was still unknown', 'indirect', 'The coroner', 'reminded', 'the inquest')],
    ),
    (
        'The regulator warned lenders on Monday that more defaults were likely.',
        [('more defaults were likely', 'indirect', 'The regulator', 'warned', 'lenders')],
    ),
    (
        'The principal assured parents they would be told of any change.',
        [('they would be told of any change', 'indirect', 'The principal', 'assured', 'parents')],
    ),
    (
        'Forecasters warned that the storm would strengthen.',
        [('the storm would strengthen', 'indirect', 'Forecasters', 'warned', None)],
    ),
    ('The teacher reminded pupils of the deadline.', []),
    # base forms of noun-like cues are verbs after a plural or pronoun subject
    (
        'Landlords claim the new rules are unworkable.',
        [('the new rules are unworkable', 'indirect', 'Landlords', 'claim', None)],
    ),
    (
        'Insurers estimate the losses will exceed $1 billion.',
        [('the losses will exceed $1 billion', 'indirect', 'Insurers', 'estimate', None)],
    ),
    ("The landlord's claim the flat was empty was false.", []),
    ('The repairs will cost $2 million, twice the original estimate.', []),
    # "said only that": the clause after "that" is the claim; "only" before
    # anything else stays in it
    (
        'The club said only that the coach was unwell.',
        [('the coach was unwell', 'indirect', 'The club', 'said', None)],
    ),
    (
        'The organisers said only 40 tickets were left.',
        [('only 40 tickets were left', 'indirect', 'The organisers', 'said', None)],
    ),
    # the audience that ends a sentence after "told"
    (
        '"We are not going away," the organiser told a rally outside parliament.',
        [('We are not going away,', 'direct', 'the organiser', 'told', 'a rally')],
    ),
    (
        '"The harvest is lost," the farmer told a packed village hall.',
        [('The harvest is lost,', 'direct', 'the farmer', 'told', 'a packed village hall')],
    ),
    ('After supper, the old man told a long story.', []),
    # "point out" reports; "pointed to" and the noun do not
    (
        'Engineers pointed out that the bridge was never designed for trucks.',
        [('the bridge was never designed for trucks', 'indirect', 'Engineers', 'pointed out', None)],
    ),
    ('The coach pointed to a lack of fitness.', []),
    ('The point is that nobody asked.', []),
    # a programme or show of a broadcaster is the audience
    (
        '"We will not back down," she told Radio Kestrel\'s Morning programme.',
        [('We will not back down,', 'direct', 'she', 'told', "Radio Kestrel's Morning programme")],
    ),
    (
        'Fares will rise again in the spring, analysts estimate.',
        [('Fares will rise again in the spring', 'indirect', 'analysts', 'estimate', None)],
    ),
    # "here" / "there" after a subject is not part of the source
    (
        'Shopkeepers here say the bypass has emptied the high street.',
        [('the bypass has emptied the high street', 'indirect', 'Shopkeepers', 'say', None)],
    ),
    ('The inspectors report to the minister every month.', []),
    # object relatives: the source is the subject after "that" / "which",
    # while a subject relative ("the firm that owns ...") stays in the source
    (
        'The board backed the merger, which analysts said would save $40 million a year.',
        [('would save $40 million a year', 'indirect', 'analysts', 'said', None)],
    ),
    (
        'Rangers arrested a poacher that the wardens said had killed two rhinos.',
        [('had killed two rhinos', 'indirect', 'the wardens', 'said', None)],
    ),
    (
        'The firm that runs the ferry said crossings would resume.',
        [('crossings would resume', 'indirect', 'The firm that runs the ferry', 'said', None)],
    ),
    # split quotation around an inverted cue: the second half is the same
    # speaker's; when and how it was said is not part of the source
    (
        '"The harvest was poor," wrote growers at Dunmore Farms in a letter to members, "but prices held."',
        [
            ('The harvest was poor,', 'direct', 'growers at Dunmore Farms', 'wrote', None),
            ('but prices held.', 'direct', 'growers at Dunmore Farms', 'wrote', None),
        ],
    ),
    (
        '"We will appeal," said the club\'s chairman, Olof Berg, "and we expect to win."',
        [
            ('We will appeal,', 'direct', "the club's chairman, Olof Berg", 'said', None),
            ('and we expect to win.', 'direct', "the club's chairman, Olof Berg", 'said', None),
        ],
    ),
    (
        '"The season is over," said the coach in an interview with Radio Meridian.',
        [('The season is over,', 'direct', 'the coach', 'said', 'Radio Meridian')],
    ),
    (
        'Fares will rise in March, said the transport minister on Thursday.',
        [('Fares will rise in March', 'indirect', 'the transport minister', 'said', None)],
    ),
    (
        '"We are ready," said the Sunday Courier.',
        [('We are ready,', 'direct', 'the Sunday Courier', 'said', None)],
    ),
    # a relative clause's own cue attributes the second half; the first stays
    (
        '"Rents will fall," said Mia Holt, who added, "but not this year."',
        [
            ('Rents will fall,', 'direct', 'Mia Holt', 'said', None),
            ('but not this year.', 'direct', 'who', 'added', None),
        ],
    ),
    # a comma-enclosed affiliation ("X, of Y,") is part of the subject's apposition
    (
        'Professor Ana Ruiz, of the University of Leeds, said the results were "striking."',
        [('the results were "striking."', 'mixed', 'Professor Ana Ruiz', 'said', None)],
    ),
    (
        'Ms Okoye, of Harlow, told the inquiry she had heard nothing.',
        [('she had heard nothing', 'indirect', 'Ms Okoye', 'told', 'the inquiry')],
    ),
    # a second predicate of the company itself ends the reported clause ...
    (
        'Pellworth Foods said its quarterly profit fell 9% and cut its annual forecast.',
        [('its quarterly profit fell 9%', 'indirect', 'Pellworth Foods', 'said', None)],
    ),
    (
        'Dovana said on Monday deliveries rose 4% and reaffirmed its target for the year.',
        [('deliveries rose 4%', 'indirect', 'Dovana', 'said', None)],
    ),
    (
        'The airlines said their bookings slumped and slashed their summer schedules.',
        [('their bookings slumped', 'indirect', 'The airlines', 'said', None)],
    ),
    # ... but not when the clause's own subject can own the "its"/"their"
    (
        'The union said the company cut jobs and raised its prices.',
        [('the company cut jobs and raised its prices', 'indirect', 'The union', 'said', None)],
    ),
    (
        'The league said its members met and set their own rules.',
        [('its members met and set their own rules', 'indirect', 'The league', 'said', None)],
    ),
    # what the announcement did to the shares is the reporter's
    (
        'Kestrel Mining said output would fall, sending its shares down 6% in early trading.',
        [('output would fall', 'indirect', 'Kestrel Mining', 'said', None)],
    ),
    # "..., with X saying Q2": Q1 ends before "with"
    (
        'Retailers warned that costs would rise, with the trade body saying shops were already closing.',
        [
            ('costs would rise', 'indirect', 'Retailers', 'warned', None),
            ('shops were already closing', 'indirect', 'the trade body', 'saying', None),
        ],
    ),
    # nouns in "-ly" are no adverbs; adverbs before a cue are no part of the subject
    (
        'The family said in a statement that his condition had improved, and thanked the hospital staff.',
        [('his condition had improved', 'indirect', 'The family', 'said', None)],
    ),
    (
        'A close ally said the minister would stay.',
        [('the minister would stay', 'indirect', 'A close ally', 'said', None)],
    ),
    (
        'The mayor quietly said the deal was off.',
        [('the deal was off', 'indirect', 'The mayor', 'said', None)],
    ),
    ('It is widely said that the deal was off.', []),
    ('He was repeatedly told the deal was off.', []),
    # relative "who" after a name or a group that is no subject
    (
        'The funeral was arranged by her son, Tomas Berg, who said she had died peacefully.',
        [('she had died peacefully', 'indirect', 'who', 'said', None)],
    ),
    # an opening fragment, the attribution, then the quoted rest: one mixed claim;
    # a whole clause before the attribution stays a claim of its own
    (
        'The plan, she said, "is dead."',
        [('The plan, she said, "is dead."', 'mixed', 'she', 'said', None)],
    ),
    (
        'If the talks fail, the envoy said, "nobody will be spared."',
        [('If the talks fail, the envoy said, "nobody will be spared."', 'mixed', 'the envoy', 'said', None)],
    ),
    # how long the quoted words held is still the claim
    (
        "Lindqvist said his squad had been 'one striker short' since the sale of Marcus Doyle in January.",
        [("his squad had been 'one striker short' since the sale of Marcus Doyle in January", 'mixed', 'Lindqvist', 'said', None)],
    ),
    # "..., one said, while another cautioned that ...": the second "that" is the other's
    (
        'The bid is close, one of the people said, while another cautioned that the board had yet to sign off.',
        [('The bid is close', 'indirect', 'one of the people', 'said', None),
         ('the board had yet to sign off', 'indirect', 'another', 'cautioned', None)],
    ),
    ('The mayor said while visiting the site that the dam was safe.',
     [('the dam was safe', 'indirect', 'The mayor', 'said', None)]),
    # a media word with a possessive and no name is the via of "told"
    (
        '"We have dropped points four times," Ashworth told the club\'s website, "and that has to stop."',
        [('We have dropped points four times,', 'direct', 'Ashworth', 'told', "the club's website"),
         ('and that has to stop.', 'direct', 'Ashworth', 'told', "the club's website")],
    ),
    ('She told a local newspaper that she would run.',
     [('she would run', 'indirect', 'She', 'told', 'a local newspaper')]),
    # what the source was doing while speaking is no part of the source
    (
        '"The days of hoarders are over," said the prime minister while addressing a ceremony.',
        [('The days of hoarders are over,', 'direct', 'the prime minister', 'said', None)],
    ),
    ('"No," said the minister when asked about the plan.', [('No,', 'direct', 'the minister', 'said', None)]),
    # "termed" judges as "called" does; "terms" is a noun
    (
        'The opposition termed the budget "anti-people."',
        [('the budget "anti-people."', 'mixed', 'The opposition', 'termed', None)],
    ),
    (
        'The loan terms were "generous," the bank said.',
        [('The loan terms were "generous,"', 'mixed', 'the bank', 'said', None)],
    ),
    # a participle's aside after the subject is no claim of an inverted cue
    (
        'The proposed class action, filed Monday in the U.S. District Court, says the chain deducted 30 minutes from pay.',
        [('the chain deducted 30 minutes from pay', 'indirect', 'The proposed class action', 'says', None)],
    ),
    # an allegation is a clause, even without "that"; "alleges fraud" is not one
    (
        'The lawsuit, filed in federal court in May, alleges the auditors ignored warnings.',
        [('the auditors ignored warnings', 'indirect', 'The lawsuit', 'alleges', None)],
    ),
    ('The complaint alleges fraud and negligence by the bank, which denied wrongdoing.', []),
    # a cue inside what minutes or a report show is part of it
    (
        'Minutes of the review meeting show Fitzgerald and two other managers agreed to continue release.',
        [('Fitzgerald and two other managers agreed to continue release', 'indirect', 'Minutes of the review meeting', 'show', None)],
    ),
    # ... but a second source's "that" clause set against it after a comma is its own claim
    (
        'Ministry figures show that 4,100 homes were flooded, while aid groups estimate that the real number is twice as high.',
        [
            ('4,100 homes were flooded', 'indirect', 'Ministry figures', 'show', None),
            ('the real number is twice as high', 'indirect', 'aid groups', 'estimate', None),
        ],
    ),
    (
        'The audit found that the fund lost $2 million; the trustees insist that the losses were on paper only.',
        [
            ('the fund lost $2 million', 'indirect', 'The audit', 'found', None),
            ('the losses were on paper only', 'indirect', 'the trustees', 'insist', None),
        ],
    ),
    # a relative clause holding a list runs to the cue
    (
        'The documents, which include laboratory reports, internal emails and the minutes of a meeting, show that 11 batches failed tests.',
        [('11 batches failed tests', 'indirect', 'The documents', 'show', None)],
    ),
    # an allegation after the main clause is a clause without "that"
    (
        'Nurses have sued the hospital in federal court, alleging the chain systematically failed to pay them.',
        [('the chain systematically failed to pay them', 'indirect', 'Nurses', 'alleging', None)],
    ),
    ('He sued the city, alleging negligence.', []),
    # a short fronted phrase without its comma, then the pronoun subject of a participial cue
    (
        'In later life he campaigned for music lessons, telling a committee that children had lost their songs.',
        [('children had lost their songs', 'indirect', 'he', 'telling', 'a committee')],
    ),
    # data "released" on a day: the head noun is before the participle, and the day
    # tells when it came out
    (
        'Data released on Tuesday showed consumer prices rose 3.1%.',
        [('consumer prices rose 3.1%', 'indirect', 'Data released on Tuesday', 'showed', None)],
    ),
    # the reason after an interrupting attribution is still the source's, after
    # an unquoted claim; after a whole quotation it is the reporter's narration
    (
        'That matters, economists say, because expectations can become self-fulfilling.',
        [('That matters, economists say, because expectations can become self-fulfilling', 'indirect', 'economists', 'say', None)],
    ),
    ('"It matters," she said, because she had seen it before.', [('It matters,', 'direct', 'she', 'said', None)]),
    (
        'Systems were knocked out, the company said, though it insisted that water supplies were safe.',
        [('Systems were knocked out', 'indirect', 'the company', 'said', None),
         ('water supplies were safe', 'indirect', 'it', 'insisted', None)],
    ),
    # a reporter's question (or the writer's) claims nothing; a participant's does
    ('A reporter asked: "Why were no alerts sent?"', []),
    ('"Are you worried?" I asked.', []),
    (
        '"Why are we buying plows in February?" asked Alcott.',
        [('Why are we buying plows in February?', 'direct', 'Alcott', 'asked', None)],
    ),
    # ... but a relative clause followed by the main clause's verb ends at its comma
    (
        'The bill, which would set farm policy for five years, now goes to the Senate, where Majority Leader '
        'Ellen Voss, D-Md., said it was dead.',
        [('it was dead', 'indirect', 'Majority Leader Ellen Voss, D-Md', 'said', None)],
    ),
    # a name holding a list, before an aside and its cue
    (
        'Federal Minister for Planning, Development and Special Initiatives Ahsan Chaudhry, while talking to '
        'reporters, claimed that the economy had recovered.',
        [('the economy had recovered', 'indirect',
          'Federal Minister for Planning, Development and Special Initiatives Ahsan Chaudhry', 'claimed', 'reporters')],
    ),
    # a belief's clause may have a long subject before its auxiliary
    (
        'Many analysts believe the first wave of post-pandemic inflation has largely run its course.',
        [('the first wave of post-pandemic inflation has largely run its course', 'indirect', 'Many analysts', 'believe', None)],
    ),
    ('He feared retaliation from a company in the town where his family has lived.', []),
    # when the audience was told is no part of it
    ('He told a Senate committee in 2011 that children were lost.',
     [('children were lost', 'indirect', 'He', 'told', 'a Senate committee')]),
    ('He told a packed town hall on Monday that the plant would close.',
     [('the plant would close', 'indirect', 'He', 'told', 'a packed town hall')]),
    # a demand is reported speech when a clause follows; not an object, nor "demanded to know"
    ('Farmers demanded that the government waive crop loans.',
     [('the government waive crop loans', 'indirect', 'Farmers', 'demanded', None)]),
    ('Protesters demanded his resignation.', []),
    ('The chairman demanded to know why the Army had not invoked penalty clauses.', []),
    # an interrupting "according to" before the verb: the clause is one claim,
    # the source ends at its comma
    (
        'The deal, according to two people familiar with it, values the company at $10 billion.',
        [('The deal, according to two people familiar with it, values the company at $10 billion',
          'indirect', 'two people familiar with it', 'according to', None)],
    ),
    # a complement or a free relative's verb after an interrupting attribution
    (
        'It is unclear, the official said, whether the talks will resume.',
        [('It is unclear, the official said, whether the talks will resume', 'indirect', 'the official', 'said', None)],
    ),
    (
        'What is clear, analysts say, is that rates will stay high.',
        [('What is clear, analysts say, is that rates will stay high', 'indirect', 'analysts', 'say', None)],
    ),
    # a name's list after another sentence in the window of the subject
    (
        'Water firms were fined. A spokesman for the Department for Environment, Food and Rural Affairs said ministers were determined.',
        [('ministers were determined', 'indirect',
          'A spokesman for the Department for Environment, Food and Rural Affairs', 'said', None)],
    ),
    # a plural noun and its doing, as data show it
    (
        'Industry data show store-brand snacks gaining market share.',
        [('store-brand snacks gaining market share', 'indirect', 'Industry data', 'show', None)],
    ),
    # a "whose" relative clause ends where the main clause's verb follows its comma
    (
        'Mehra, whose book argued that schools should start later, said the next step was a trial.',
        [('schools should start later', 'indirect', 'whose book', 'argued', None),
         ('the next step was a trial', 'indirect', 'Mehra', 'said', None)],
    ),
    # a recalled person and a relative clause on them is an object, no clause
    ("She once recalled a farmer's wife who refused to let her in the house.", []),
    ('She recalled the storm had flattened the barn.',
     [('the storm had flattened the barn', 'indirect', 'She', 'recalled', None)]),
    ('He said a man who was shot had died.', [('a man who was shot had died', 'indirect', 'He', 'said', None)]),
    # an outlet's name and its media word, or a name with "!", inside "in a statement to ..."
    (
        'Her representative said in a statement to People magazine that there was no third party involved.',
        [('there was no third party involved', 'indirect', 'Her representative', 'said', None)],
    ),
    (
        'Her representative said in a statement to E! News that there was no third party involved.',
        [('there was no third party involved', 'indirect', 'Her representative', 'said', None)],
    ),
    ('"Help!" she shouted. "We are trapped," said Ana.',
     [('Help!', 'direct', 'she', 'shouted', None), ('We are trapped,', 'direct', 'Ana', 'said', None)]),
    # where a quotation was written is no claim
    (
        '"I have spent my life making choices," Vale, 29, wrote alongside a photo of herself.',
        [('I have spent my life making choices,', 'direct', 'Vale, 29', 'wrote', None)],
    ),
    # a long subject of titles and a name, before a participial cue
    (
        'Harbor City Police Officers Union Lodge 44 President Mike Kaczmarek urged the public to wait, saying officers "lack the benefit of slow motion."',
        [('officers "lack the benefit of slow motion."', 'mixed', 'Harbor City Police Officers Union Lodge 44 President Mike Kaczmarek', 'saying', None)],
    ),
    # ... as is a subject and a verb still awaiting its complement
    (
        'It was, he said, "the worst day of my life."',
        [('It was, he said, "the worst day of my life."', 'mixed', 'he', 'said', None)],
    ),
    (
        'We will, she said, "fight to the end."',
        [('We will, she said, "fight to the end."', 'mixed', 'she', 'said', None)],
    ),
    # ... and so is a whole clause whose quoted rest goes on with a preposition
    (
        'It arrived, she says, "in one piece, which is more than I can say for the mayor."',
        [('It arrived, she says, "in one piece, which is more than I can say for the mayor."', 'mixed', 'she', 'says', None)],
    ),
    # a relative clause on a fronted "according to" source describes the source
    (
        'According to Smith, who spoke at a rally, the plan "will never work."',
        [('the plan "will never work."', 'mixed', 'Smith', 'According to', None)],
    ),
    (
        'According to the report, which was released Monday, prices rose 4%.',
        [('prices rose 4%', 'indirect', 'the report', 'According to', None)],
    ),
    (
        'Rates fell sharply, she said, "and they will keep falling."',
        [
            ('Rates fell sharply', 'indirect', 'she', 'said', None),
            ('and they will keep falling.', 'direct', 'she', 'said', None),
        ],
    ),
    # "in a <anything> interview with X" names the outlet
    (
        'In a 2019 interview with the Daily Courier, Ms Lee said she was tired of politics.',
        [('she was tired of politics', 'indirect', 'Ms Lee', 'said', 'the Daily Courier')],
    ),
    (
        '"We are tired," the coach said in a televised interview with Radio Sud.',
        [('We are tired,', 'direct', 'the coach', 'said', 'Radio Sud')],
    ),
    # a British single quote opening a sentence runs on when it is not closed
    (
        "'It is hard,' she said. 'But we owe it to them. We can't wait.\n\n'Every year lost is a year lost.'",
        [
            ('It is hard,', 'direct', 'she', 'said', None),
            ("But we owe it to them. We can't wait.\n\n'Every year lost is a year lost.", 'direct', 'she', None, None),
        ],
    ),
    # "S said Q, according to X": no words of S reached the page, only X's
    # account of them, so the whole sentence is X's claim ...
    (
        'Some senators privately acknowledged that the plan had failed, according to two aides.',
        [('Some senators privately acknowledged that the plan had failed', 'indirect', 'two aides', 'according to', None)],
    ),
    (
        'Survivors told aid workers that the boat had capsized near the coast, the agency said.',
        [('Survivors told aid workers that the boat had capsized near the coast', 'indirect', 'the agency', 'said', None)],
    ),
    # ... but S's own quoted words stay S's, and X passed them on
    (
        'Residents said they had heard "a huge bang" before the fire, according to the agency.',
        [('they had heard "a huge bang" before the fire', 'mixed', 'Residents', 'said', 'the agency')],
    ),
    # a second attribution after a quotation's own is no continuation of the quote
    (
        '“We will rebuild,” the mayor said, the newspaper reported.',
        [('We will rebuild,', 'direct', 'the mayor', 'said', 'the newspaper')],
    ),
    # a reported clause inside a relative clause ends where the sentence resumes
    (
        'The plans, which critics say favour large schools, will be debated next week.',
        [('favour large schools', 'indirect', 'critics', 'say', None)],
    ),
    (
        'Meanwhile, a levy supporters said would raise £200m a year was quietly dropped.',
        [('would raise £200m a year', 'indirect', 'supporters', 'said', None)],
    ),
    (
        'A bridge Jane Roe said would last a century was closed on Monday.',
        [('would last a century', 'indirect', 'Jane Roe', 'said', None)],
    ),
    (
        'It was a decision that supporters said would make sure the money was spent.',
        [('would make sure the money was spent', 'indirect', 'supporters', 'said', None)],
    ),
    # "claims"/"notes" with a singular subject and a clause with its own subject
    (
        'Reed claims the company has misled the council, a charge the firm denies.',
        [('the company has misled the council', 'indirect', 'Reed', 'claims', None)],
    ),
    (
        'The lawsuit claims the company hid the defects.',
        [('the company hid the defects', 'indirect', 'The lawsuit', 'claims', None)],
    ),
    (
        'The report notes the economy grew 2%.',
        [('the economy grew 2%', 'indirect', 'The report', 'notes', None)],
    ),
    ('Insurance claims jumped after the storm hit.', []),
    ('Insurance claims have risen sharply this year.', []),
    # a weak cue and a verb that can only be a simple past: a clause
    (
        'Officials revealed the plan went over budget.',
        [('the plan went over budget', 'indirect', 'Officials', 'revealed', None)],
    ),
    ('Police found the car used in the robbery.', []),
    # two adverbials after a trailing cue
    (
        'The drug cut weight by a fifth, researchers reported on Monday in the Journal of Clinical Medicine.',
        [('The drug cut weight by a fifth', 'indirect', 'researchers', 'reported', None)],
    ),
    # "told local media", "told the press": an audience, not the clause's subject
    (
        'Witnesses told local media they heard at least three explosions.',
        [('they heard at least three explosions', 'indirect', 'Witnesses', 'told', 'local media')],
    ),
    (
        'Residents told state media the water had risen.',
        [('the water had risen', 'indirect', 'Residents', 'told', 'state media')],
    ),
    # "to X" after another cue names the addressee ...
    (
        "The prime minister's office confirmed to the Courier that the meeting had taken place.",
        [('the meeting had taken place', 'indirect', "The prime minister's office", 'confirmed', 'the Courier')],
    ),
    (
        '"We are done," she said to reporters on Monday.',
        [('We are done,', 'direct', 'she', 'said', 'reporters')],
    ),
    # ... but a manner phrase does not
    (
        'The minister said to loud applause that the war was over.',
        [('the war was over', 'indirect', 'The minister', 'said', None)],
    ),
    # a subordinate clause between the halves of a split quotation
    (
        '"I don\'t know," he said when asked about the timeline, "but I hope it\'s soon."',
        [
            ("I don't know,", 'direct', 'he', 'said', None),
            ("but I hope it's soon.", 'direct', 'he', 'said', None),
        ],
    ),
    # a participle phrase after a fronted "according to" source is no part of the claim
    (
        'According to the lawsuit, filed in federal court in Ohio, the bank ignored repeated warnings.',
        [('the bank ignored repeated warnings', 'indirect', 'the lawsuit', 'According to', None)],
    ),
    (
        'According to the airline, delayed flights will leave tomorrow.',
        [('delayed flights will leave tomorrow', 'indirect', 'the airline', 'According to', None)],
    ),
    # a participle clause before a cue is no subject
    ('Sales rose 4.2%, beating the 2.8% rise analysts polled by the agency had expected.', []),
    (
        'The strike will go on, striking workers said.',
        [('The strike will go on', 'indirect', 'striking workers', 'said', None)],
    ),
    # set phrases and verbless objects report nothing
    ('Having said that, nobody expected the vote to pass.', []),
    ('Nobody said a word.', []),
    ('She said little about the plan.', []),
    ('He said a few words to the crowd.', []),
    (
        'She said she agrees.',
        [('she agrees', 'indirect', 'She', 'said', None)],
    ),
    (
        'Police said a suspect fled.',
        [('a suspect fled', 'indirect', 'Police', 'said', None)],
    ),
    # a programme's title in quotation marks after a cue is the outlet, not a claim
    (
        '"I think we will win," Mr Hale told KTV\'s "Sunday Forum" on Sunday.',
        [('I think we will win,', 'direct', 'Mr Hale', 'told', 'KTV\'s "Sunday Forum"')],
    ),
    (
        '"We will win," she said on Radio Nord\'s "This Week."',
        [('We will win,', 'direct', 'she', 'said', 'Radio Nord\'s "This Week"')],
    ),
    (
        '"We will win," she told the "Morning" show.',
        [('We will win,', 'direct', 'she', 'told', 'the "Morning" show')],
    ),
    # ... but a quoted name opening the clause is part of it
    (
        'He said the party\'s "Green Deal" would fail.',
        [('the party\'s "Green Deal" would fail', 'mixed', 'He', 'said', None)],
    ),
    (
        'The minister said the "Great Reset" was a myth.',
        [('the "Great Reset" was a myth', 'mixed', 'The minister', 'said', None)],
    ),
    (
        'The report said costs rose. "We will win," Mr Hale told KTV\'s "Sunday Forum" on Sunday.',
        [
            ('costs rose', 'indirect', 'The report', 'said', None),
            ('We will win,', 'direct', 'Mr Hale', 'told', 'KTV\'s "Sunday Forum"'),
        ],
    ),
    # an age between a name and its description; an apposition before "has said"
    (
        'Mary Jones, 45, a teacher from Leeds, said the school had been flooded twice.',
        [('the school had been flooded twice', 'indirect', 'Mary Jones, 45, a teacher from Leeds', 'said', None)],
    ),
    (
        'Mr Okafor, who has led the party since 2019, has said he will not stand again.',
        [('he will not stand again', 'indirect', 'Mr Okafor', 'said', None)],
    ),
    (
        'Ms Lin, the party leader, has long said the tax is unfair.',
        [('the tax is unfair', 'indirect', 'Ms Lin, the party leader', 'said', None)],
    ),
    # ... but a modal after the comma opens the main clause: no apposition ends there
    ('The deal, signed in May, will add three berths by 2029.', []),
    # "a crowd of supporters" is one audience; "in a memo seen by X" is the occasion
    (
        '"We are not going anywhere," he told a crowd of supporters on Saturday night, to loud cheers.',
        [('We are not going anywhere,', 'direct', 'he', 'told', 'a crowd of supporters')],
    ),
    (
        'The CEO told employees in a memo seen by the Courier that layoffs would begin next week.',
        [('layoffs would begin next week', 'indirect', 'The CEO', 'told', 'employees')],
    ),
    (
        'She wrote in a letter obtained by the Courier that she would resign.',
        [('she would resign', 'indirect', 'She', 'wrote', None)],
    ),
    # "both" after a compound subject is no part of it
    (
        'The governor and the mayor both said the response had been too slow.',
        [('the response had been too slow', 'indirect', 'The governor and the mayor', 'said', None)],
    ),
    # a bullet opening a list item is no part of the source or the claim
    (
        '\u2022 Police said no foul play was suspected.',
        [('no foul play was suspected', 'indirect', 'Police', 'said', None)],
    ),
    (
        '\u2022 "We are devastated," the owner told reporters.',
        [('We are devastated,', 'direct', 'the owner', 'told', 'reporters')],
    ),
    # an aside between dashes after the subject
    (
        "The city's fire chief \u2014 a 30-year veteran of the department \u2014 said the blaze was the worst he had seen.",
        [('the blaze was the worst he had seen', 'indirect', "The city's fire chief", 'said', None)],
    ),
    # "show" reports what documents, data and images show, not what people show
    ('Cole, who denied the charges, showed no emotion as the sentence was read.', []),
    (
        'Satellite images show the camp was destroyed.',
        [('the camp was destroyed', 'indirect', 'Satellite images', 'show', None)],
    ),
    (
        'He showed that the claim was false.',
        [('the claim was false', 'indirect', 'He', 'showed', None)],
    ),
    # ... a subject's head noun comes before its prepositional phrase or participle
    (
        'Data from the Labor Department showed unemployment rose to 4.5%.',
        [('unemployment rose to 4.5%', 'indirect', 'Data from the Labor Department', 'showed', None)],
    ),
    (
        'Figures released under freedom of information laws show the office lost track of them.',
        [('the office lost track of them', 'indirect', 'Figures released under freedom of information laws', 'show', None)],
    ),
    ('The head of the agency showed no emotion as the verdict was read.', []),
    # ... and what evidence shows may be a clause with a verb that is also a participle
    ('Records show the man lost his job.', [('the man lost his job', 'indirect', 'Records', 'show', None)]),
    ('Cole showed the jury the knife he used.', []),
    # what a video or photo shows: someone doing something
    (
        'The 40-second clip, which the station has reviewed, shows Whitaker turning toward the officer.',
        [('Whitaker turning toward the officer', 'indirect', 'The 40-second clip', 'shows', None)],
    ),
    ('The video shows him walking away.', [('him walking away', 'indirect', 'The video', 'shows', None)]),
    ('The video shows the building.', []),
    ('Reality TV shows featuring chefs are popular.', []),
    # "Sta." and "Sto." (Santa, Santo) do not end a sentence or a subject
    (
        'Residents of Barangay Sta. Lucia said the area flooded three times.',
        [('the area flooded three times', 'indirect', 'Residents of Barangay Sta. Lucia', 'said', None)],
    ),
    # the comma of a digit group, or of a list inside a name, does not end the subject
    (
        'A survey of 2,000 voters shows that the race is tied.',
        [('the race is tied', 'indirect', 'A survey of 2,000 voters', 'shows', None)],
    ),
    (
        'Officials at the Department for Environment, Food and Rural Affairs said the ban would start in May.',
        [('the ban would start in May', 'indirect', 'Officials at the Department for Environment, Food and Rural Affairs', 'said', None)],
    ),
    (
        "Union leaders at the company's plant in Dayton, Ohio, said they had not been told.",
        [('they had not been told', 'indirect', "Union leaders at the company's plant in Dayton, Ohio", 'said', None)],
    ),
    (
        'Residents of Halifax, Nova Scotia said the storm was the worst in decades.',
        [('the storm was the worst in decades', 'indirect', 'Residents of Halifax, Nova Scotia', 'said', None)],
    ),
    (
        "The therapy's developer, Lumen Genetics of Cambridge, Mass., said it planned to apply for approval.",
        [('it planned to apply for approval', 'indirect', "The therapy's developer, Lumen Genetics of Cambridge, Mass", 'said', None)],
    ),
    ('In a statement, Georgia said the border was closed.',
     [('the border was closed', 'indirect', 'Georgia', 'said', None)]),
    (
        'In Paris, Berlin and Rome, officials said the plan was dead.',
        [('the plan was dead', 'indirect', 'officials', 'said', None)],
    ),
    # a participle phrase between the halves of a split quotation
    (
        '"This," she said, pointing at the map, "is where it happened."',
        [
            ('This,', 'direct', 'she', 'said', None),
            ('is where it happened.', 'direct', 'she', 'said', None),
        ],
    ),
    # "in a statement read (out) by X" is the occasion of the words
    (
        'The family said in a statement read out by a cousin that they were relieved.',
        [('they were relieved', 'indirect', 'The family', 'said', None)],
    ),
    # "identified only as X" / "known as X" stay inside the subject
    (
        'A worker identified only as Ahmed said the factory was closed.',
        [('the factory was closed', 'indirect', 'A worker identified only as Ahmed', 'said', None)],
    ),
    (
        'As the crowd cheered, the mayor said the park would reopen.',
        [('the park would reopen', 'indirect', 'the mayor', 'said', None)],
    ),
    ('For years the factory said nothing.', []),
    # ... while the same words inside the quotation are the speaker's
    (
        '"Speaking plainly," the farmer said, "the harvest was the worst in years."',
        [
            ('Speaking plainly,', 'direct', 'the farmer', 'said', None),
            ('the harvest was the worst in years.', 'direct', 'the farmer', 'said', None),
        ],
    ),
    # an acronym that spells a pronoun or preposition is a name
    ('The WHO said it would send a team.', [('it would send a team', 'indirect', 'The WHO', 'said', None)]),
    ('Officials at the WHO said the outbreak had peaked.',
     [('the outbreak had peaked', 'indirect', 'Officials at the WHO', 'said', None)]),
    ('Residents who fled said the water had risen.', [('the water had risen', 'indirect', 'Residents', 'said', None)]),
    # a subject that denies the cue reports nothing
    ('Both officials said the talks would resume. Neither would say when the deal might be signed.',
     [('the talks would resume', 'indirect', 'Both officials', 'said', None)]),
    ('No one would say whether the plant would close.', []),
    ('Nobody could say how long the repairs would last.', []),
    ('Neither side said when talks would resume.', []),
    ('No official said the plan was dead.', []),
    # the occasion of a statement, with its date, is not part of the claim
    ('The chief executive, Lena Holt, said in an interview published Saturday that the plant would stay open.',
     [('the plant would stay open', 'indirect', 'The chief executive, Lena Holt', 'said', None)]),
    ('Holt said in a video posted on Monday night that she would run.',
     [('she would run', 'indirect', 'Holt', 'said', None)]),
    ('Officials said released prisoners would be monitored.',
     [('released prisoners would be monitored', 'indirect', 'Officials', 'said', None)]),
    # the outlet a source spoke to, wherever the article names it
    ('The official, who spoke to Radio Nord on condition of anonymity, said the talks had stalled.',
     [('the talks had stalled', 'indirect', 'The official', 'said', 'Radio Nord')]),
    ('According to a person familiar with the talks who spoke to Kestrel News, the deal is close.',
     [('the deal is close', 'indirect', 'a person familiar with the talks', 'According to', 'Kestrel News')]),
    ("Speaking to Radio 4's Today programme, the minister said the strike was unacceptable.",
     [('the strike was unacceptable', 'indirect', 'the minister', 'said', "Radio 4's Today programme")]),
    # whom an outlet relied on, or the reason the source cited, is not part of the claim;
    # a to-phrase that is no infinitive is no claim
    ('The Daily Courier reported that the deal could close next week, citing unnamed sources.',
     [('the deal could close next week', 'indirect', 'The Daily Courier', 'reported', None)]),
    ('The firm said it would cut 500 jobs, citing weak demand.',
     [('it would cut 500 jobs', 'indirect', 'The firm', 'said', None)]),
    ('The rebels have agreed to a pause in fighting, Kestrel News reported.',
     [('The rebels have agreed to a pause in fighting', 'indirect', 'Kestrel News', 'reported', None)]),
    ('The rebels agreed to pause the fighting.', []),  # (a deal, no words: see "agreed Monday to acquire")
    # a promise or a threat to act is an undertaking, not a claim ...
    ('The province has promised to hire 1,200 nurses for rural regions.', []),
    ('The party threatened to withdraw its 68 MPs unless the bill was shelved.', []),
    # ... but what is promised to someone, or that something will be, is
    ('The minister promised voters that taxes would not rise.',
     [('taxes would not rise', 'indirect', 'The minister', 'promised', 'voters')]),
    ('A Kestrel News tally showed that at least 40 people had died.',
     [('at least 40 people had died', 'indirect', 'A Kestrel News tally', 'showed', None)]),
    # a name ending in a lower-case particle ("al-Sharif") still heads an apposition
    ('Karim al-Sharif, the leader of the coalition, told Kestrel News that the talks had failed.',
     [('the talks had failed', 'indirect', 'Karim al-Sharif, the leader of the coalition', 'told', 'Kestrel News')]),
    ('According to the indictment, unsealed Tuesday in federal court, the scheme ran for six years.',
     [('the scheme ran for six years', 'indirect', 'the indictment', 'According to', None)]),
    # "states that" reports; "state" before a noun is an adjective
    ('The complaint states that the company ignored repeated warnings.',
     [('the company ignored repeated warnings', 'indirect', 'The complaint', 'states', None)]),
    ('"We are ready," state epidemiologist Ruth Kimball said.',
     [('We are ready,', 'direct', 'state epidemiologist Ruth Kimball', 'said', None)]),
    # "told her lawyer that": "her" is a possessive
    ('She told her lawyer that she had been threatened.',
     [('she had been threatened', 'indirect', 'She', 'told', 'her lawyer')]),
    ('He told her that the deal was off.', [('the deal was off', 'indirect', 'He', 'told', None)]),
    # whom "told" addressed before a colon and a quotation
    ('Judge Ruth Kimball told the defendant: "You betrayed the trust of thousands."',
     [('You betrayed the trust of thousands.', 'direct', 'Judge Ruth Kimball', 'told', 'the defendant')]),
    # a short attribution after a quotation that ends with its own stop belongs to it
    ('"What do you expect?" Roe asked reporters. "We did our best."',
     [('What do you expect?', 'direct', 'Roe', 'asked', None), ('We did our best.', 'direct', 'Roe', None, None)]),
    ('"We did our best." Roe said the team would regroup.',
     [('the team would regroup', 'indirect', 'Roe', 'said', None)]),
    # a party tag in brackets closes with the source
    ('Gov. Ruth Kimball (D) said the state would sue.',
     [('the state would sue', 'indirect', 'Gov. Ruth Kimball (D)', 'said', None)]),
    ('Rep. Ruth Kimball (D-Vt.) said the state would sue.',
     [('the state would sue', 'indirect', 'Rep. Ruth Kimball (D-Vt.)', 'said', None)]),
    # a rhetorical question and the writer's hedge report nothing
    ('Who says the economy is recovering?', []),
    ("I'd say the risks are overstated.", []),
    ('Costs could rise by, say, 10% next year.', []),
    # an "as X put it" aside, like ", X said,"
    ('The decision, as one analyst put it, was a political own goal.',
     [('The decision, as one analyst put it, was a political own goal', 'indirect', 'one analyst', 'put it', None)]),
    ('The decision was, as one analyst put it, a political own goal.', []),
    ('The market fell, as traders had expected.', []),
    # the passive of "As X reported, Q"
    ('As first reported by Kestrel News, the council had drafted a new order.',
     [('the council had drafted a new order', 'indirect', 'Kestrel News', 'reported', None)]),
    ('As reported by the Daily Courier on Monday, the mine will close.',
     [('the mine will close', 'indirect', 'the Daily Courier on Monday', 'reported', None)]),
    ('As expected by analysts, rates rose.', []),
    # a bracket closing around the whole attribution is not part of the claim
    ('(The ministry later said the figures had been revised.)',
     [('the figures had been revised', 'indirect', 'The ministry', 'said', None)]),
    ('The ministry said the cost was high (about $2 billion).',
     [('the cost was high (about $2 billion)', 'indirect', 'The ministry', 'said', None)]),
    # a quantified subject ("At least four witnesses") is a subject
    ('At least four witnesses said they heard gunfire.',
     [('they heard gunfire', 'indirect', 'At least four witnesses', 'said', None)]),
    ('Up to a dozen staff said they had been told to leave.',
     [('they had been told to leave', 'indirect', 'Up to a dozen staff', 'said', None)]),
    # present-tense plural cues with a clause
    ('Supporters counter that the rules are long overdue.',
     [('the rules are long overdue', 'indirect', 'Supporters', 'counter', None)]),
    ('Residents complain that the noise keeps them awake.',
     [('the noise keeps them awake', 'indirect', 'Residents', 'complain', None)]),
    ('Economists agree that rates will fall.', [('rates will fall', 'indirect', 'Economists', 'agree', None)]),
    ('He refused to confirm that the road was closed.', []),
    ('The company issued a recall that affected 2 million cars.', []),
    ('The reports confirm the trend.', []),
    # a dated parenthetical after the name (", now in charge of ...,") is not the source
    ('Tom Varga, now in charge of the national team, told Radio Nord that his old club would recover.',
     [('his old club would recover', 'indirect', 'Tom Varga', 'told', 'Radio Nord')]),
    ('Tom Varga, formerly at the central bank, said rates would fall.',
     [('rates would fall', 'indirect', 'Tom Varga', 'said', None)]),
    # a belief is an attribution of its own, with a clause as without "that";
    # the claim it holds is part of it
    ('Marsh believes the documents will show that officials ignored warnings.',
     [('the documents will show that officials ignored warnings', 'indirect', 'Marsh', 'believes', None)]),
    ('Republicans fear the issue could cost them the House.',
     [('the issue could cost them the House', 'indirect', 'Republicans', 'fear', None)]),
    ('Investors worried the bank would fail.',
     [('the bank would fail', 'indirect', 'Investors', 'worried', None)]),
    # ... but not with an object whose own clause holds the verb
    ('They feared retaliation from a company that has sued former staff.', []),
    # a verb that is no cue ends no subject: the cue's subject starts after it
    ('She knows the report says that prices rose.',
     [('prices rose', 'indirect', 'the report', 'says', None)]),
    # "told X of/about Y": the topic, not a claim; a quotation before it is the claim
    ('Kessel told Kestrel News of the plan to cut jobs.', []),
    ('"It is over," Kessel told Kestrel News of the plan.',
     [('It is over,', 'direct', 'Kessel', 'told', 'Kestrel News')]),
    # a programme's name with "of the", and what a name possesses, are the via
    ("Kessel told Channel 9's State of the Nation on Sunday that the party was united.",
     [('the party was united', 'indirect', 'Kessel', 'told', "Channel 9's State of the Nation")]),
    ("Kessel said in an interview with the Bank of Harbour's staff magazine that rates would fall.",
     [('rates would fall', 'indirect', 'Kessel', 'said', "the Bank of Harbour's staff magazine")]),
    # "writing in X" frames the main cue, and X is where the source wrote
    ('Ana Kessel, writing in Foreign Affairs, argued that the alliance was fraying.',
     [('the alliance was fraying', 'indirect', 'Ana Kessel', 'argued', 'Foreign Affairs')]),
    ('Writing for The Atlantic, Kessel said the alliance was fraying.',
     [('the alliance was fraying', 'indirect', 'Kessel', 'said', 'The Atlantic')]),
    # how long something has been said is no part of the claim nor an audience
    ('He has argued for months that the central bank waited too long.',
     [('the central bank waited too long', 'indirect', 'He', 'argued', None)]),
    ('The engineer has warned for years that the dam could fail.',
     [('the dam could fail', 'indirect', 'The engineer', 'warned', None)]),
    ('She said for the first time that she would not run.',
     [('she would not run', 'indirect', 'She', 'said', None)]),
    ('Some officials argued for a half-point cut.',
     [('for a half-point cut', 'indirect', 'Some officials', 'argued', None)]),
    # "said that, <aside>, Q": the clause starts after "that,"
    ('The official said that, if the rain continues, the dam could fail.',
     [('if the rain continues, the dam could fail', 'indirect', 'The official', 'said', None)]),
    ('The official said that, according to early figures, turnout was 60 percent.',
     [('according to early figures, turnout was 60 percent', 'indirect', 'The official', 'said', None),
      ('turnout was 60 percent', 'indirect', 'early figures', 'according to', None)]),
    # "read(s)" reports what a written text says, never someone reading
    ('"Closed until further notice," the sign read.',
     [('Closed until further notice,', 'direct', 'the sign', 'read', None)]),
    ('The letter reads: "We will not stay silent."',
     [('We will not stay silent.', 'direct', 'The letter', 'reads', None)]),
    ('He read the statement aloud.', []),
    ('"We are not done," he read from a prepared text.', []),
    # an irregular past tense ends the subject of a first predicate
    ('He met the players and told them the club would be sold.',
     [('the club would be sold', 'indirect', 'He', 'told', None)]),
    ('She read the report and said it was flawed.',
     [('it was flawed', 'indirect', 'She', 'said', None)]),
    # the platform's former name is no part of the claim
    ('She wrote on X, formerly known as Twitter, that the vote was rigged.',
     [('the vote was rigged', 'indirect', 'She', 'wrote', None)]),
    # "per X" after a comma or opening the sentence is a source; a rate is not
    ('The company plans to cut 500 jobs, per a memo seen by Kestrel News.',
     [('The company plans to cut 500 jobs', 'indirect', 'a memo seen by Kestrel News', 'per', None)]),
    ('Per the filing, the company owes $3 million.',
     [('the company owes $3 million', 'indirect', 'the filing', 'Per', None)]),
    ('Shares rose 5 per cent.', []),
    ('The tax is $5 per share, per the company.',
     [('The tax is $5 per share', 'indirect', 'the company', 'per', None)]),
    # "as S puts it": how the words were put
    ('As she puts it: "Every minister wanted a ribbon to cut."',
     [('Every minister wanted a ribbon to cut.', 'direct', 'she', 'puts it', None)]),
    ('"Every minister wanted a ribbon to cut," as she put it.',
     [('Every minister wanted a ribbon to cut,', 'direct', 'she', 'put it', None)]),
    ('She puts the blame on the ministers.', []),
    # judging a thing "as" a quoted word, like "called"; never without the quotation
    ('The former minister has dismissed the book as "score-settling."',
     [('the book as "score-settling."', 'mixed', 'The former minister', 'dismissed', None)]),
    ('Critics branded the plan "a disgrace."',
     [('the plan "a disgrace."', 'mixed', 'Critics', 'branded', None)]),
    ('The judge dismissed the case.', []),
    # a participial aside between the subject and the main cue ends before the cue
    ('The minister, calling the report "nonsense," said the figures were wrong.',
     [('the report "nonsense,"', 'mixed', 'The minister', 'calling', None),
      ('the figures were wrong', 'indirect', 'The minister', 'said', None)]),
    # "to" before a verb is no adverbial before "that": the infinitive is the claim
    ('The union vowed to fight a challenge to a state law that requires age checks.',
     [('to fight a challenge to a state law that requires age checks', 'indirect', 'The union', 'vowed', None)]),
    # (but "agreed to" and a verb is a deal done, and no claim)
    ('The court agreed to hear a challenge to a state law that requires age checks.', []),
    ('She said to reporters that the plan was dead.',
     [('the plan was dead', 'indirect', 'She', 'said', 'reporters')]),
    # ", many of them ...," is an aside after the subject
    ('Protest organizers, many of them young people who mobilized online, vowed that they would return.',
     [('they would return', 'indirect', 'Protest organizers', 'vowed', None)]),
    # a time adverb opening the sentence is no part of the subject
    ('Later the ministry said the road was closed.',
     [('the road was closed', 'indirect', 'the ministry', 'said', None)]),
    ('The earlier report said prices rose.',
     [('prices rose', 'indirect', 'The earlier report', 'said', None)]),
    # "signaled that": a clause signalled is a claim, a thing signalled is not
    ('The bank signaled on Wednesday that it would cut rates.',
     [('it would cut rates', 'indirect', 'The bank', 'signaled', None)]),
    ('The referee signaled a penalty.', []),
    # a full name after an inverted description is the source's name
    ('"That meant a lot," said the striker, Luis Romero.',
     [('That meant a lot,', 'direct', 'the striker, Luis Romero', 'said', None)]),
    ('"It is over," said the spokesman, New York Police Department.',
     [('It is over,', 'direct', 'the spokesman', 'said', None)]),
    # "insist on" a thing is a demand, not reported words
    ('Each side agrees to a framework, then insists on conditions the other cannot accept.', []),
    ('She insisted on Monday that the vote was fair.',
     [('the vote was fair', 'indirect', 'She', 'insisted', None)]),
    # a party and state in parentheses, with a comma inside, stay with the name
    ('Rep. Ana Kessel (D., Texas), chairman of the banking committee, has said the money is not enough.',
     [('the money is not enough', 'indirect',
       'Rep. Ana Kessel (D., Texas), chairman of the banking committee', 'said', None)]),
    # a semicolon after the cue ends the attribution
    ('The man was in critical condition, a hospital spokeswoman said; the woman has been released.',
     [('The man was in critical condition', 'indirect', 'a hospital spokeswoman', 'said', None)]),
    # "Q, as S reported": the clause before the comma is what S reported
    ('The talks stalled, as Kestrel News reported last week.',
     [('The talks stalled', 'indirect', 'Kestrel News', 'reported', None)]),
    ('He resigned, as expected.', []),
    # speech acts that judge someone for something: whom, and what for
    ('The union accused the government of lying.',
     [('the government of lying', 'indirect', 'The union', 'accused', None)]),
    # thanks, praise and blame are claims only with the source's words quoted
    ('He thanked the council for its \u201cunwavering support to the port.\u201d',
     [('the council for its \u201cunwavering support to the port.\u201d', 'mixed', 'He', 'thanked', None)]),
    ('He thanked the council for its continuous support to the port.', []),
    ('Critics blamed the regulator for the delays.', []),
    ('Republicans on Sunday blamed the administration for the shortage.', []),
    ('In a post on Instagram, she thanked her colleagues for their support and said she would be back.',
     [('she would be back', 'indirect', 'she', 'said', None)]),
    ('He was blamed for the delays.', []),
    ('Thanks to the rain, the fire died out.', []),
    ('The coach thanked everyone, saying the season had been long.',
     [('the season had been long', 'indirect', 'The coach', 'saying', None)]),
    # a voiced feeling: "expressed gratitude to X for Y", "expressed hope that Y"
    ('She expressed gratitude to the council for its support.',
     [('the council for its support', 'indirect', 'She', 'expressed gratitude', None)]),
    ('The minister expressed hope that the talks would resume.',
     [('the talks would resume', 'indirect', 'The minister', 'expressed hope', None)]),
    ('The museum expressed interest in the painting.', []),
    ('The minister expressed concern over the delays at the port.',
     [('the delays at the port', 'indirect', 'The minister', 'expressed concern', None)]),
    # insisting on anonymity says why the source is unnamed, not what it said
    ('A European official, who insisted on anonymity to discuss sensitive matters, said the plan was dead.',
     [('the plan was dead', 'indirect', 'A European official', 'said', None)]),
    # a news conference or briefing is the audience, as in "told a news conference"
    ('Two men were arrested, Sgt. Ana Kessel said at a news briefing.',
     [('Two men were arrested', 'indirect', 'Sgt. Ana Kessel', 'said', 'a news briefing')]),
    ('"We are ready," said the mayor at a press conference.',
     [('We are ready,', 'direct', 'the mayor', 'said', 'a press conference')]),
    # the outlet that carried or quoted a statement is its via
    ('The ministry said in a statement carried by the semi-official news agency that the border would reopen.',
     [('the border would reopen', 'indirect', 'The ministry', 'said', 'the semi-official news agency')]),
    ('Kessel was quoted by the state news agency as saying that the border would reopen.',
     [('the border would reopen', 'indirect', 'Kessel', 'saying', 'the state news agency')]),
    # a relative clause without a subject: its source follows "that", and
    # "and that" opens the next relative clause, not a second claim
    ('The mayor signed the order, a move that housing advocates said would hurt tenants and that '
     'landlords dismissed as too late.',
     [('would hurt tenants', 'indirect', 'housing advocates', 'said', None)]),
    ('The plan that city officials said would save money was dropped.',
     [('would save money', 'indirect', 'city officials', 'said', None)]),
    # a participial phrase on the speaker after a quotation is no more of the claim
    ('"This will help us," the mayor said at the town hall, flanked by police officers.',
     [('This will help us,', 'direct', 'the mayor', 'said', None)]),
    # a relative clause's claim ends where the main clause's verb follows its comma
    ('The minister, who said last week that taxes would rise, resigned on Monday.',
     [('taxes would rise', 'indirect', 'who', 'said', None)]),
    ('The report, which said prices would rise, was published on Monday.',
     [('prices would rise', 'indirect', 'which', 'said', None)]),
    # ... also where a quotation closes on the relative clause's comma; and the
    # quotation is no inverted "“Q,” told S" claim
    ('Lee, who called the plan "reckless," said voters would reject it.',
     [('the plan "reckless,"', 'mixed', 'who', 'called', None),
      ('voters would reject it', 'indirect', 'Lee', 'said', None)]),
    ('Smith, who has called the ruling "a victory," told the paper that he would not appeal.',
     [('the ruling "a victory,"', 'mixed', 'who', 'called', None),
      ('he would not appeal', 'indirect', 'Smith', 'told', 'the paper')]),
    ('The minister, calling the report "nonsense," told reporters that the figures were wrong.',
     [('the report "nonsense,"', 'mixed', 'The minister', 'calling', None),
      ('the figures were wrong', 'indirect', 'The minister', 'told', 'reporters')]),
    # "that" opening a relative clause on the adverbial's noun is not the complementizer
    ('The chief executive said in a memo that was leaked to reporters that layoffs were coming.',
     [('layoffs were coming', 'indirect', 'The chief executive', 'said', None)]),
    ('The chief executive said on Monday that was not true.',
     [('that was not true', 'indirect', 'The chief executive', 'said', None)]),
    # a job title before the name of an inverted source
    ('The weather service had issued a flood watch, said meteorologist Ana Brandt.',
     [('The weather service had issued a flood watch', 'indirect', 'meteorologist Ana Brandt', 'said', None)]),
    ('The vote was rigged, said on Monday.', []),
    # a first name set off after a description of a person is the source's name
    ('"She knew my order," added his daughter, Mira, 12.',
     [('She knew my order,', 'direct', 'his daughter, Mira', 'added', None)]),
    ('"It is over," said the spokesman, Monday.',
     [('It is over,', 'direct', 'the spokesman', 'said', None)]),
    # ... also after a description of a role that names no job title, or with
    # a role word before the name
    ('"We will win," said her longtime collaborator, songwriter Ava Brennan.',
     [('We will win,', 'direct', 'her longtime collaborator, songwriter Ava Brennan', 'said', None)]),
    ('"This is a start," said the union\u2019s secretary general, Wilfred Magak.',
     [('This is a start,', 'direct', 'the union\u2019s secretary general, Wilfred Magak', 'said', None)]),
    ('"They are testing us," said the spokesman for the Coastal Defence Forces, Colonel Yahya Al-Hakimi.',
     [('They are testing us,', 'direct', 'the spokesman for the Coastal Defence Forces, Colonel Yahya Al-Hakimi', 'said', None)]),
    ('"It is over," said the official, in Kabul.',
     [('It is over,', 'direct', 'the official', 'said', None)]),
    # "in the words of X" leads a source like "according to X"
    ('In the words of one former colleague, the banker "thought the rules did not apply to him."',
     [('the banker "thought the rules did not apply to him."', 'mixed', 'one former colleague', 'In the words of', None)]),
    ('The plan, in the words of one diplomat, is "dead on arrival."',
     [('The plan, in the words of one diplomat, is "dead on arrival."', 'mixed', 'one diplomat', 'in the words of', None)]),
    ('The rules were in the words of the judge.', []),
    # "went on to say": the subject of "went" says it; "declined to say" says nothing
    ('Marsh went on to say that the charges were baseless.',
     [('the charges were baseless', 'indirect', 'Marsh', 'say', None)]),
    ('The minister went on to warn that prices would rise.',
     [('prices would rise', 'indirect', 'The minister', 'warn', None)]),
    ('The team went on to win the title.', []),
    # the interview after an inverted source's apposition names the outlet
    ('"It is too early," warned Lena Dahl, a former finance minister, in an interview with Radio Nord.',
     [('It is too early,', 'direct', 'Lena Dahl, a former finance minister', 'warned', 'Radio Nord')]),
    ('The mayor believes that the plan is dead.',
     [('the plan is dead', 'indirect', 'The mayor', 'believes', None)]),
    # a cue word after a determiner is a noun: "said of his point guard" is no second cue
    ('"He never panics," Kessel said of his point guard.',
     [('He never panics,', 'direct', 'Kessel', 'said', None)]),
    ('"It was a mistake," she said of the report.',
     [('It was a mistake,', 'direct', 'she', 'said', None)]),
    # a cue followed by "that" is no inverted cue, whatever the commas before it
    ('The lawsuit, filed in federal court in May, alleges that the auditors ignored warnings.',
     [('the auditors ignored warnings', 'indirect', 'The lawsuit', 'alleges', None)]),
    # "issued a statement saying Q": the issuer says Q, with "saying" as the cue
    ('The union posted a statement on its website saying it had offered to help.',
     [('it had offered to help', 'indirect', 'The union', 'saying', None)]),
    ('The ministry put out a brief statement late Monday saying that talks would resume.',
     [('talks would resume', 'indirect', 'The ministry', 'saying', None)]),
    ('He sent a letter to staff saying the office would close.',
     [('the office would close', 'indirect', 'He', 'saying', None)]),
    ('Police released a video saying nothing.', []),
    ('A sign saying "Closed" hung on the door.', []),
    # "opined that", and "submitted that" in court reporting (only with a clause)
    ('The union leader opined that the government was buying time.',
     [('the government was buying time', 'indirect', 'The union leader', 'opined', None)]),
    ('Counsel for the unions submitted that the committee was a sham.',
     [('the committee was a sham', 'indirect', 'Counsel for the unions', 'submitted', None)]),
    ('The firm submitted its bid on Monday.', []),
    # a programme's title after "on", also when its full stop ends the sentence
    ('"I cannot vote for it," Roe said in an interview on "Face the Nation." She left.',
     [('I cannot vote for it,', 'direct', 'Roe', 'said', '"Face the Nation"')]),
    ('Roe said on "Face the Nation" that she would vote no.',
     [('she would vote no', 'indirect', 'Roe', 'said', '"Face the Nation"')]),
    # a time adverb between an apposition and its cue; a press-release dateline
    ('Lumora Systems, a maker of batteries, today announced that it has raised $45 million.',
     [('it has raised $45 million', 'indirect', 'Lumora Systems, a maker of batteries', 'announced', None)]),
    ('SAN JOSE, Calif., June 3, 2025 /PRNewswire/ -- Lumora Systems today announced that it has raised $45 million.',
     [('it has raised $45 million', 'indirect', 'Lumora Systems', 'announced', None)]),
    ('A lawyer for the lenders, Paul Roe, told the justices the rule would raise rates.',
     [('the rule would raise rates', 'indirect', 'A lawyer for the lenders, Paul Roe', 'told', 'the justices')]),
    # the head of a document seen by an outlet is the document: "show" has a claim
    ('Documents reviewed by the newspaper show the company had been warned in 2021.',
     [('the company had been warned in 2021', 'indirect', 'Documents reviewed by the newspaper', 'show', None)]),
    # "then added": a second predicate of the same speaker, with or without a quotation before
    ('She paused, then added: "Much worse."',
     [('Much worse.', 'direct', 'She', 'added', None)]),
    ('She paused and then added: "Much worse."',
     [('Much worse.', 'direct', 'She', 'added', None)]),
    ('"Much worse," she said, then added: "We will rebuild."',
     [('Much worse,', 'direct', 'she', 'said', None), ('We will rebuild.', 'direct', 'she', 'added', None)]),
    ('"Much worse," she said, and added: "We will rebuild."',
     [('Much worse,', 'direct', 'she', 'said', None), ('We will rebuild.', 'direct', 'she', 'added', None)]),
    ('The minister, a former banker, then said the plan was dead.',
     [('the plan was dead', 'indirect', 'The minister, a former banker', 'said', None)]),
    # a possessive description before a name is part of the source
    ('"Take it seriously," Kestrel\'s chief executive, Pablo Roe, told KXAN.',
     [('Take it seriously,', 'direct', "Kestrel's chief executive, Pablo Roe", 'told', 'KXAN')]),
    ('Donald Kessel\'s campaign manager, Ana Varga, said the results would stand.',
     [('the results would stand', 'indirect', "Donald Kessel's campaign manager, Ana Varga", 'said', None)]),
    # "repeated his claim that Q": the subject's own claim; "rejected her claim" is not his
    ('The senator repeated his claim that the election had been rigged.',
     [('the election had been rigged', 'indirect', 'The senator', 'claim', None)]),
    ('He rejected her claim that the vote was unfair.', []),
    # "who asked not to be named" says why the source is unnamed: no cue
    ('"The town fell at dawn," a resident who asked not to be named told AFP by phone.',
     [('The town fell at dawn,', 'direct', 'a resident', 'told', 'AFP')]),
    # a cue noun after a verb is its object: "rejected claims that" reports no claim of hers
    ('Dr. Rao admitted delays, but she rejected claims that patients had been put at risk.', []),
    ('The institute, founded in 1990, estimates that 40 people died.',
     [('40 people died', 'indirect', 'The institute', 'estimates', None)]),
    # a cue ending an embedded question reports nothing
    ('We spoke to her about what the latest data shows.', []),
    ('Here is what he said: "We will win."', [('We will win.', 'direct', 'he', 'said', None)]),
    # "suggesting", "indicating" after an event are the writer's inference; after a cue, the source's
    ('The yen weakened after the announcement, suggesting that markets had expected more.', []),
    ('Audits revealed that staff held meetings, indicating that talks took place.',
     [('staff held meetings', 'indirect', 'Audits', 'revealed', None),
      ('talks took place', 'indirect', 'Audits', 'indicating', None)]),
    # an apposition of a few words before "at", "of" or "for" after an inverted source is part of it
    ('"It is over," said Jane Roe, chief global strategist at Acme Capital.',
     [('It is over,', 'direct', 'Jane Roe, chief global strategist at Acme Capital', 'said', None)]),
    # a clause before a quotation's inner comma is no apposition of the next source
    ('The foundation said the order set "a dangerous precedent," while a rival group, NetLab, argued that '
     'the site had become a haven.',
     [('the order set "a dangerous precedent,"', 'mixed', 'The foundation', 'said', None),
      ('the site had become a haven', 'indirect', 'a rival group, NetLab', 'argued', None)]),
    # a fronted participial phrase is no apposition of the subject after it
    ('Testifying before a committee in London, Mark Varga, who led the lobbying, said the founder knew.',
     [('the founder knew', 'indirect', 'Mark Varga', 'said', None)]),
    # a semicolon ends a reported clause
    ('Some parents said they supported the teachers; others worried about lost lessons.',
     [('they supported the teachers', 'indirect', 'Some parents', 'said', None)]),
    # a relative clause without "that": a possessive after a noun opens its subject
    ('The union voted to strike, a decision its president called "a last resort."',
     [('a last resort.', 'direct', 'its president', 'called', None)]),
    ('A former nurse accused of poisoning her neighbor told jurors she was innocent.',
     [('she was innocent', 'indirect', 'A former nurse accused of poisoning her neighbor', 'told', 'jurors')]),
    ('A friend of her sister said the house was empty.',
     [('the house was empty', 'indirect', 'A friend of her sister', 'said', None)]),
    # the audience of "told" may carry a participle and its agent
    ('The lawyer told a bench headed by Chief Justice Anil Rao that the law was void.',
     [('the law was void', 'indirect', 'The lawyer', 'told', 'a bench headed by Chief Justice Anil Rao')]),
    ('She told a committee chaired by Senator Jane Roe that the agency had failed.',
     [('the agency had failed', 'indirect', 'She', 'told', 'a committee chaired by Senator Jane Roe')]),
    # an adverbial clause after a closing attribution belongs to the sentence, not to an
    # infinitive claim of the verb before it
    ('Ministers agreed on Tuesday to extend the rules, three diplomats said, as governments '
     'struggle with the cost of energy subsidies.',
     [('Ministers agreed on Tuesday to extend the rules', 'indirect', 'three diplomats', 'said', None)]),
    # (but a clause of time with its own subject and verb goes on with the claim, as the
    # annotators of heldout-m and heldout-o read it)
    ('The talks collapsed, two officials said, after the delegation walked out over a dispute about '
     'the wording of the final text.',
     [('The talks collapsed, two officials said, after the delegation walked out over a dispute about '
       'the wording of the final text', 'indirect', 'two officials', 'said', None)]),
    # a phrase after the cue ends before a pronoun that opens the reported clause
    ('Lindner told reporters after the meeting he was not happy.',
     [('he was not happy', 'indirect', 'Lindner', 'told', 'reporters')]),
    ('The mayor said at the time he had no choice.',
     [('he had no choice', 'indirect', 'The mayor', 'said', None)]),
    # what a court rules, and what a body concludes or finds in a participle
    ('The Supreme Court ruled Thursday that the commission overstepped its authority.',
     [('the commission overstepped its authority', 'indirect', 'The Supreme Court', 'ruled', None)]),
    ('The judge ruled out a delay.', []),
    ('The editors have retracted a 2021 study, concluding that key images in the paper had been manipulated.',
     [('key images in the paper had been manipulated', 'indirect', 'The editors', 'concluding', None)]),
    ('The court struck down the law, ruling that it violated the constitution.',
     [('it violated the constitution', 'indirect', 'The court', 'ruling', None)]),
    ('The study tracked 4,000 children, finding that screen time was linked to poor sleep.',
     [('screen time was linked to poor sleep', 'indirect', 'The study', 'finding', None)]),
    ('The panel issued a ruling that upheld the ban.', []),
    # what someone found or something showed, closed by an attribution, is all the
    # closing source's claim, quotation and all
    ('Investigators found a crack at the root of the blade with "features consistent with fatigue," it said.',
     [('Investigators found a crack at the root of the blade with "features consistent with fatigue,"',
       'mixed', 'it', 'said', None)]),
    ('Some had sold their flats and found that the levy wiped out their savings, she added.',
     [('Some had sold their flats and found that the levy wiped out their savings', 'indirect', 'she', 'added', None)]),
    ('The data showed prices rose 3%, the ministry said.',
     [('The data showed prices rose 3%', 'indirect', 'the ministry', 'said', None)]),
    # outlets: a station, and the lower-case joints of names in other languages; a
    # quotation's told-phrase never becomes a claim of its own
    ('"It sounded like a shotgun," passenger Dale Rusk told Billings television station KTVQ.',
     [('It sounded like a shotgun,', 'direct', 'passenger Dale Rusk', 'told', 'Billings television station KTVQ')]),
    ('"This is a cut," Vogel told the newspaper Bild am Sonntag.',
     [('This is a cut,', 'direct', 'Vogel', 'told', 'the newspaper Bild am Sonntag')]),
    ('"This is a cut," Rossi told Corriere della Sera on Sunday.',
     [('This is a cut,', 'direct', 'Rossi', 'told', 'Corriere della Sera')]),
    ('"It was loud," Rusk told CNN affiliate WXYZ.',
     [('It was loud,', 'direct', 'Rusk', 'told', 'CNN affiliate WXYZ')]),
    # the occasion of an attribution may be numbered or dated, and addressed to
    # someone's possession
    ('The center said in its 7 a.m. advisory that the eye crossed the coast.',
     [('the eye crossed the coast', 'indirect', 'The center', 'said', None)]),
    ('The center said in a 5 p.m. update the storm had weakened.',
     [('the storm had weakened', 'indirect', 'The center', 'said', None)]),
    ('“We cannot rule out bad product,” a manager wrote in a Feb. 14 email to the plant’s director, Colm Fitzgerald.',
     [('We cannot rule out bad product,', 'direct', 'a manager', 'wrote', None)]),
    # after a quoted fragment, what was said goes on unless the narrative takes over
    ('Ahmed Khalaf told Al Jazeera he heard “a sound like thunder” before flames rose from one of the tanks.',
     [('he heard “a sound like thunder” before flames rose from one of the tanks', 'mixed', 'Ahmed Khalaf', 'told',
       'Al Jazeera')]),
    ('Quintero said the victory was ‘bittersweet’ because of the drama ahead of him.',
     [('the victory was ‘bittersweet’ because of the drama ahead of him', 'mixed', 'Quintero', 'said', None)]),
    ('The coach said his side were ‘nowhere near good enough’ despite a 2-1 win over Kingsmere City.',
     [('his side were ‘nowhere near good enough’', 'mixed', 'The coach', 'said', None)]),
    ('She said her serve was “nowhere near finished” after she saved four match points.',
     [('her serve was “nowhere near finished”', 'mixed', 'She', 'said', None)]),
    ('She said they "ended up feeling sorry for ourselves" after a players-only meeting on Thursday.',
     [('they "ended up feeling sorry for ourselves" after a players-only meeting on Thursday', 'mixed', 'She',
       'said', None)]),
    ('The nurse said she had given the woman “tea, soup and company,” as she took the stand.',
     [('she had given the woman “tea, soup and company,”', 'mixed', 'The nurse', 'said', None)]),
    # a phrase of place or manner after a cue is no claim, nor part of the audience
    ('“They told us to come out,” she told the court through an interpreter.',
     [('They told us to come out,', 'direct', 'she', 'told', 'the court')]),
    ('The first witness testified from behind a screen in the afternoon.', []),
    ('The minister said in the end it did not matter.',
     [('in the end it did not matter', 'indirect', 'The minister', 'said', None)]),
    ('The rebels vowed to avenge his death.', [('to avenge his death', 'indirect', 'The rebels', 'vowed', None)]),
    # a discourse adverbial between the subject and its cue; a noun-like cue after its auxiliary
    ('The German Trade Union Confederation (DGB), by contrast, called the plan "unacceptable".',
     [('the plan "unacceptable"', 'mixed', 'The German Trade Union Confederation (DGB)', 'called', None)]),
    ('Economists surveyed by data provider Marketview had forecast that sales would slip.',
     [('sales would slip', 'indirect', 'Economists surveyed by data provider Marketview', 'forecast', None)]),
    ('The figure was 4.1%, nearly double the original forecast.', []),
    # an ordinal opens a subject ("12th seed"), and "seed" and "hundred" are no verbs
    ('In the women’s draw, 12th seed Lena Hofmann of Germany beat Aigerim Saparova 6-2, 6-3 and said her ace '
     'was “the first time I hit my spot”.',
     [('her ace was “the first time I hit my spot”', 'mixed', '12th seed Lena Hofmann of Germany', 'said', None)]),
    ('Three hundred protesters said they would return.',
     [('they would return', 'indirect', 'Three hundred protesters', 'said', None)]),
    ('Political scientist Karen Whitley cautioned against reading too much into a single poll.', []),
    ('Doctors warned against travel, saying the outbreak was spreading.',
     [('the outbreak was spreading', 'indirect', 'Doctors', 'saying', None)]),
    # a relative clause runs over the name it gives to the cue, once the reason after it is dropped
    ('Another worker, who gave only her first name, Amina, because she feared retaliation, said the line was '
     'too fast.',
     [('the line was too fast', 'indirect', 'Another worker', 'said', None)]),
    # where a poll puts someone is what it found; what police found is not
    ('The survey of 812 likely voters found Alvarez with 48% support to Hendricks’ 42%.',
     [('Alvarez with 48% support to Hendricks’ 42%', 'indirect', 'The survey of 812 likely voters', 'found', None)]),
    ('A separate survey by Copper State Polling showed Hendricks ahead by 1 point.',
     [('Hendricks ahead by 1 point', 'indirect', 'A separate survey by Copper State Polling', 'showed', None)]),
    ('Police found Smith with a knife.', []),
    ('Officers found Jones behind the counter.', []),
    # after a possessive, a verb-like word is a noun of the subject
    ("Two people familiar with the company's plans said Kaveri was in talks.",
     [('Kaveri was in talks', 'indirect', "Two people familiar with the company's plans", 'said', None)]),
    ('A person familiar with Kaveri’s plans said it was in talks.',
     [('it was in talks', 'indirect', 'A person familiar with Kaveri’s plans', 'said', None)]),
    # a time phrase between the subject and its cue is when, not who
    ('The chairman last week warned that members would face the law.',
     [('members would face the law', 'indirect', 'The chairman', 'warned', None)]),
    ('The chairman, Sani Dan-Musa, had last week warned that members would face the law.',
     [('members would face the law', 'indirect', 'The chairman, Sani Dan-Musa', 'warned', None)]),
    ('The report last month found that prices rose.', [('prices rose', 'indirect', 'The report', 'found', None)]),
    # a participle phrase with its object is no source; what was added may be a thing
    ('Workers walked off the job after talks failed, halting production on dozens of film and television projects.', []),
    ('Container lines have diverted ships around the Cape since December, adding 10 to 14 days to voyages.', []),
    # nor is what someone writes or tells when it is a thing ("notes", "jokes"), and a noun-like
    # cue after a participle is its object
    ('She sat through the hearing, shaking her head and writing notes on a legal pad.', []),
    ('He kept the crowd waiting, telling jokes about the weather.', []),
    ('The minister hit back, writing the report was flawed.',
     [('the report was flawed', 'indirect', 'The minister', 'writing', None)]),
    ('The filing claims that the firm hid losses.', [('the firm hid losses', 'indirect', 'The filing', 'claims', None)]),
    # a noun-like cue after a subject pronoun is a verb
    ('Acme said profits would fall this year, but it forecast that the deal would add to profit by 2027.',
     [('profits would fall this year', 'indirect', 'Acme', 'said', None),
      ('the deal would add to profit by 2027', 'indirect', 'it', 'forecast', None)]),
    # an approximate count opens the clause, it is no preposition's phrase
    ('Kessel said about $210 million of the $3 billion in deposits exceeded the limit.',
     [('about $210 million of the $3 billion in deposits exceeded the limit', 'indirect', 'Kessel', 'said', None)]),
    ('The agency said at least 1,100 homes and 240 commercial buildings had been destroyed.',
     [('at least 1,100 homes and 240 commercial buildings had been destroyed', 'indirect', 'The agency', 'said', None)]),
    ('The witness testified about the night of the fire.', []),
    # "agreed to" and a verb is a deal done, not words reported; "agreed that" reports
    ('The airline agreed Monday to acquire a rival for about $640 million.', []),
    ('Economists agreed that the recession was over.', [('the recession was over', 'indirect', 'Economists', 'agreed', None)]),
    # a clause of time with its own subject goes on with the claim after its attribution,
    # and a cue inside it is part of the claim; "after meeting X" tells when the source spoke
    ('Prices rose, she said, after the storm hit the coast.',
     [('Prices rose, she said, after the storm hit the coast', 'indirect', 'she', 'said', None)]),
    ('The talks resumed, they said, after the bank warned that the airline might default.',
     [('The talks resumed, they said, after the bank warned that the airline might default', 'indirect', 'they', 'said', None)]),
    ('The plan is dead, he said, after meeting the minister.', [('The plan is dead', 'indirect', 'he', 'said', None)]),
    # "and said" after an "according to" claim: the subject of the sentence said it
    ('Acme has lined up $1.5 billion in loans, according to a filing with regulators, and said it would fund the rest in cash.',
     [('Acme has lined up $1.5 billion in loans', 'indirect', 'a filing with regulators', 'according to', None),
      ('it would fund the rest in cash', 'indirect', 'Acme', 'said', None)]),
    # what a naming cue calls something ends where a clause of the writer's begins
    ('Critics called the plan "a disaster," and the mayor has since dropped it.',
     [('the plan "a disaster,"', 'mixed', 'Critics', 'called', None)]),
    ('Critics called the plan "a disaster" and "a waste."',
     [('the plan "a disaster" and "a waste."', 'mixed', 'Critics', 'called', None)]),
    # a slogan on a sign and a caption of a word or two are names, not claims; a caption
    # of a sentence is the poster's own words
    ('A smaller group held hand-lettered signs that said “Homes for Teachers.”', []),
    ('The agency posted the first image of the asteroid on Tuesday with a one-word caption: “Hello.”', []),
    ('Okafor posted a photo on Instagram with the caption: "You were unreal tonight. Onto the next one."',
     [('You were unreal tonight. Onto the next one.', 'direct', 'Okafor', 'posted', None)]),
    ('The sign said the park was closed.', [('the park was closed', 'indirect', 'The sign', 'said', None)]),
    # "and" and a verb only the source does ends the claim: the source's second act
    ('He said the contact had been "minimal" and questioned why the referee had not looked again.',
     [('the contact had been "minimal"', 'mixed', 'He', 'said', None)]),
    ('She said the team had played well and thanked the fans.',
     [('the team had played well', 'indirect', 'She', 'said', None)]),
    ('The minister said the rebels had vowed revenge.',
     [('the rebels had vowed revenge', 'indirect', 'The minister', 'said', None)]),
    # an absolute phrase after an interrupting attribution goes on with the claim; "with a
    # shrug" tells how the source spoke
    ('Output grew 1.2 percent, the authority said, with oil activities contracting 5.8 percent.',
     [('Output grew 1.2 percent, the authority said, with oil activities contracting 5.8 percent',
       'indirect', 'the authority', 'said', None)]),
    ('The plan is dead, he said, with a shrug.', [('The plan is dead', 'indirect', 'he', 'said', None)]),
    # a judge's direction after a quoted remark is the judge's act, not the remark
    ('The judge remarked that pasting notices was "not service in the eyes of the law" and directed '
     'the counsel to produce the record.',
     [('pasting notices was "not service in the eyes of the law"', 'mixed', 'The judge', 'remarked', None)]),
    # "shot back", "fired back", "hit back" report; "shot dead" does not
    ('"The report came out in April," she shot back.',
     [('The report came out in April,', 'direct', 'she', 'shot back', None)]),
    ('She fired back that the report was wrong.', [('the report was wrong', 'indirect', 'She', 'fired back', None)]),
    ('Police shot dead two men.', []),
    # a fronted phrase and a comma between the cue and its clause
    ('A lawyer said under the federal traffic law, the impounding period could be extended to three months.',
     [('the impounding period could be extended to three months', 'indirect', 'A lawyer', 'said', None)]),
    ('He testified on Monday, the day the verdict came.', []),
    # "It was stated in X that", "It is learnt from X that": the passive names its source
    ('It was stated in the petition that the residents had written four times.',
     [('the residents had written four times', 'indirect', 'the petition', 'stated', None)]),
    ('It is learnt from sources in the board that the chairman has met the coach.',
     [('the chairman has met the coach', 'indirect', 'sources in the board', 'learnt', None)]),
    ('It was stated in the basement that the pipes had burst.', []),
    ('She learned that the plan had failed.', []),
    # a capitalized title "of" a body after a name is its apposition
    ('Rain was scarce. N. Senthamarai Kannan, Deputy Director General of Meteorology, told reporters that the monsoon was weak.',
     [('the monsoon was weak', 'indirect', 'N. Senthamarai Kannan, Deputy Director General of Meteorology', 'told', 'reporters')]),
    # "and said" after a subordinate clause whose subject speaks: that subject
    ('Acme shares fell 9% on Thursday after the software company reported slowing growth and said it would spend more on AI.',
     [('it would spend more on AI', 'indirect', 'the software company', 'said', None)]),
    # a noun-like cue after "after" is a noun
    ('The company recalled 300,000 kettles after reports that their handles could detach.', []),
    # a capitalized word in -ing opening a subject is no fronted participle
    ('Housing minister Jane Roe has resigned, saying she could not defend the plans.',
     [('she could not defend the plans', 'indirect', 'Housing minister Jane Roe', 'saying', None)]),
    # "said little about" reports nothing; "said much of" does
    ('Leaders in both parties have said little about how they intend to fit everything in.', []),
    ('Critics say much of the money was never spent.', [('much of the money was never spent', 'indirect', 'Critics', 'say', None)]),
    # a quoted nickname inside a name is part of the source
    ('Committee chair Sen. Ramon "Monching" Esguerra said the projects were unfinished.',
     [('the projects were unfinished', 'indirect', 'Committee chair Sen. Ramon "Monching" Esguerra', 'said', None)]),
    # a lone participle opening the sentence is no apposition of the source
    ("Contacted, the factory's director, Kamrul Hasan, said the orders had been cancelled.",
     [('the orders had been cancelled', 'indirect', "the factory's director, Kamrul Hasan", 'said', None)]),
    # "who claims" and a clause: a verb, the relative pronoun its subject
    ('The singer is being sued by her former manager, who claims she cut him out of $14 million.',
     [('she cut him out of $14 million', 'indirect', 'who', 'claims', None)]),
    # a noun-like cue word ending a sentence with no comma before it is a noun
    ('She said she would file a bill requiring geotagged and time-stamped photographs for every billing on public works projects.',
     [('she would file a bill requiring geotagged and time-stamped photographs for every billing on public works projects',
       'indirect', 'She', 'said', None)]),
    ('The economy will grow 2%, the bank projects.', [('The economy will grow 2%', 'indirect', 'the bank', 'projects', None)]),
    # a time phrase after a participle tells when a document came out, and stays in the source
    ('A federal analysis released last spring found that crews were safe.',
     [('crews were safe', 'indirect', 'A federal analysis released last spring', 'found', None)]),
    ('The chairman last week warned that rates would rise.',
     [('rates would rise', 'indirect', 'The chairman', 'warned', None)]),
    # a belief in a stated reason for anonymity is the reason, not a claim
    ('A juror who asked not to be named because she feared harassment said the panel had been divided.',
     [('the panel had been divided', 'indirect', 'A juror', 'said', None)]),
    # a short name may carry a long description
    ('Haskins, a 51-year-old citrus grower and developer from Lake Wales making his first run for office, '
     'told supporters that the poll was good.',
     [('the poll was good', 'indirect', 'Haskins, a 51-year-old citrus grower and developer from Lake Wales '
       'making his first run for office', 'told', 'supporters')]),
    # a rite said is no claim
    ('The Rev. Tom Galvin said Mass in the parking lot at dawn for about 200 people.', []),
    # "and" and a phrase of time before the cue: the sentence's subject speaks
    ('The judge overruled several objections and at one point warned both lawyers that she would "not tolerate a circus."',
     [('she would "not tolerate a circus."', 'mixed', 'The judge', 'warned', 'both lawyers')]),
    ('The minister denied the report and later said that he had never met the donor.',
     [('he had never met the donor', 'indirect', 'The minister', 'said', None)]),
    ('The minister praised the deal, adding China welcomes more imports.',
     [('China welcomes more imports', 'indirect', 'The minister', 'adding', None)]),
    # whom an accusation judges and for what, after "and" or in a participle
    ('The senator said the breach was preventable and accused the company of putting profits first.',
     [('the breach was preventable', 'indirect', 'The senator', 'said', None),
      ('the company of putting profits first', 'indirect', 'The senator', 'accused', None)]),
    ('The novelists sued the start-up on Tuesday, accusing the company of training its chatbot on pirated books.',
     [('the company of training its chatbot on pirated books', 'indirect', 'The novelists', 'accusing', None)]),
    # an assessment is a claim; a condition by inversion needs the rest of its sentence
    ('It assessed that the ship was likely targeted.', [('the ship was likely targeted', 'indirect', 'It', 'assessed', None)]),
    ('The panel assessed the damage.', []),
    ('Had the cancer been detected sooner, he said, it could have been treated.',
     [('Had the cancer been detected sooner, he said, it could have been treated', 'indirect', 'he', 'said', None)]),
    # after an opening word, a possessive opens the subject of the claim (not "her voice breaking"),
    # and what the data show inside her claim is hers to report
    ("Still, she said, her team's tracking data showed that the herds were returning.",
     [("Still, she said, her team's tracking data showed that the herds were returning", 'indirect', 'she', 'said', None)]),
    ('"We will rebuild," she said, her voice breaking.', [('We will rebuild,', 'direct', 'she', 'said', None)]),
    # a second attribution after ", and" ends the first claim before its source
    ('The bill passed easily, he said, and the senator said that it would become law.',
     [('The bill passed easily', 'indirect', 'he', 'said', None),
      ('it would become law', 'indirect', 'the senator', 'said', None)]),
    ('The plan, he said, was never costed, and the minister admitted that it was rushed.',
     [('The plan, he said, was never costed', 'indirect', 'he', 'said', None),
      ('it was rushed', 'indirect', 'the minister', 'admitted', None)]),
    # an apposition after an "according to" source does not hide the reason that continues the claim
    ('He turned down the role, according to his longtime agent, Miriam Sachs, because filming would have clashed.',
     [('He turned down the role, according to his longtime agent, Miriam Sachs, because filming would have clashed',
       'indirect', 'his longtime agent', 'according to', None)]),
    # a follow-on quotation is the named speaker's, not her relative clause's
    ('“There were no fighters here,” said Mahmoud Abu Hasira, who said he pulled two nephews from the rubble. '
     '“We dug with our hands.”',
     [('There were no fighters here,', 'direct', 'Mahmoud Abu Hasira', 'said', None),
      ('he pulled two nephews from the rubble', 'indirect', 'who', 'said', None),
      ('We dug with our hands.', 'direct', 'Mahmoud Abu Hasira', None, None)]),
    # a claim reported in a relative clause on the subject ends where the main verb takes it up
    ('A man who said he was a police officer was arrested on Friday.',
     [('he was a police officer', 'indirect', 'A man', 'said', None)]),
    ('Residents who said they saw the crash described a loud bang.',
     [('they saw the crash', 'indirect', 'Residents', 'said', None)]),
    ('Officials who said the plan had failed resigned.', [('the plan had failed', 'indirect', 'Officials', 'said', None)]),
    ('A woman who said she had to wait for hours has complained.',
     [('she had to wait for hours', 'indirect', 'A woman', 'said', None)]),
    # a free relative naming something is an attribution of its own; so is a passive naming
    ('Residents vowed to fight on after the plans were approved, in what one campaigner branded ‘an act of vandalism’.',
     [('to fight on after the plans were approved', 'indirect', 'Residents', 'vowed', None),
      ('an act of vandalism', 'direct', 'one campaigner', 'branded', None)]),
    ('His Lear was hailed by one critic as “the performance of a generation,” and he never played it again.',
     [('the performance of a generation,', 'direct', 'one critic', 'hailed', None)]),
    ('She was described by police as a white woman in her 30s.', []),
    # a sentence adverb is no apposition; letters after a name are no source of their own
    ('However, a senior party member, who spoke on condition of anonymity, said the defections were bought.',
     [('the defections were bought', 'indirect', 'a senior party member', 'said', None)]),
    ('A lawyer and political analyst, Mr Dapo Olatunji, SAN, said the courts had given conflicting judgments.',
     [('the courts had given conflicting judgments', 'indirect', 'A lawyer and political analyst, Mr Dapo Olatunji',
       'said', None)]),
    # the outlet of fronted comments or a statement made to it
    ('In comments to the Financial Times, the chief executive said the company was not for sale.',
     [('the company was not for sale', 'indirect', 'the chief executive', 'said', 'the Financial Times')]),
    ('In a statement to Reuters, the ministry said the talks would resume.',
     [('the talks would resume', 'indirect', 'the ministry', 'said', 'Reuters')]),
    # a relative clause naming something at the end of a reported clause is an attribution of its own
    ('He said the company had been "blindsided" by the decision, which he called "reckless and unnecessary."',
     [('the company had been "blindsided" by the decision', 'mixed', 'He', 'said', None),
      ('reckless and unnecessary.', 'direct', 'he', 'called', None)]),
    ('She said the report, which he called "final", was wrong.',
     [('the report, which he called "final", was wrong', 'mixed', 'She', 'said', None)]),
    # a judgement's quotation followed by the narrative ends the claim
    ('Calloway accused Marek of ‘driving like he had nothing to lose’ after the pair collided at the first corner.',
     [('Marek of ‘driving like he had nothing to lose’', 'mixed', 'Calloway', 'accused', None)]),
    # ", and she campaigned ...": a person's new clause after a reported clause is the narrative's
    ('Neighbors said she visited new mothers into her eighties, and she campaigned, unsuccessfully, against the closure.',
     [('she visited new mothers into her eighties', 'indirect', 'Neighbors', 'said', None)]),
    ('He said the plan was dead, and it would not be revived.',
     [('the plan was dead, and it would not be revived', 'indirect', 'He', 'said', None)]),
    # telling someone to do something is an instruction, not a claim
    ('Judge Rosalind Achebe told jurors to expect closing arguments by the end of next week.', []),
    ('She told Reuters the plan was dead.', [('the plan was dead', 'indirect', 'She', 'told', 'Reuters')]),
    # ", then a vice president": who the addressee was then, no clause after the cue
    ('“We are done,” Halvorsen wrote in a 2022 email to Dana Kolb, then a company vice president.',
     [('We are done,', 'direct', 'Halvorsen', 'wrote', None)]),
    ('He said, then, that the plan was dead.', [('the plan was dead', 'indirect', 'He', 'said', None)]),
    # accounts and tax returns show what they record
    ('Accounts published in March show the club made a pre-tax loss.',
     [('the club made a pre-tax loss', 'indirect', 'Accounts published in March', 'show', None)]),
    ('She accounts for most of the sales, the firm said.',
     [('She accounts for most of the sales', 'indirect', 'the firm', 'said', None)]),
    # a one-word sentence quoted after her attributed quotation is hers too
    ('“Not this one,” she says. “Thursday.”',
     [('Not this one,', 'direct', 'she', 'says', None), ('Thursday.', 'direct', 'she', None, None)]),
    # "accepted that" concedes a claim; "accepted the offer" does not
    ('Judge Kerrigan accepted that Bellamy had shown remorse but said the repayments came late.',
     [('Bellamy had shown remorse', 'indirect', 'Judge Kerrigan', 'accepted', None),
      ('the repayments came late', 'indirect', 'Judge Kerrigan', 'said', None)]),
    ('The board accepted the offer on Monday.', []),
    # a clause telling when the source spoke, between the cue and "that"
    ('Ortiz told reporters as she left the ministry that she had no regrets.',
     [('she had no regrets', 'indirect', 'Ortiz', 'told', 'reporters')]),
    ('He said as the votes were counted that the election had been stolen.',
     [('the election had been stolen', 'indirect', 'He', 'said', None)]),
    ('She said as much in a letter.', []),
    # "at least" after a cue opens the clause's subject, not an adverbial of place
    ('Officials said at least 12 people died.', [('at least 12 people died', 'indirect', 'Officials', 'said', None)]),
    # a participle after a sentence about a thing goes to the subject of its clause
    ('Bus service across Ottawa could halt on Monday after the union representing 2,900 drivers issued '
     'strike notice, saying talks had reached an impasse.',
     [('talks had reached an impasse', 'indirect', 'the union representing 2,900 drivers', 'saying', None)]),
    ('The exchanges grew so noisy that the Speaker, Sir Graham Pocock, was forced to intervene, warning MPs '
     'that the public did not tune in to watch a shouting match and threatening to throw one out.',
     [('the public did not tune in to watch a shouting match', 'indirect', 'the Speaker, Sir Graham Pocock',
       'warning', 'MPs')]),
    # (a body's sentence keeps its subject)
    ('The union called a strike after talks collapsed, saying the offer was an insult.',
     [('the offer was an insult', 'indirect', 'The union', 'saying', None)]),
    # two participles, each with its own subject
    ('The leaders clashed, with the Prime Minister insisting the NHS had ‘turned the corner’ and the '
     'Conservative leader accusing him of ‘fobbing patients off’.',
     [('the NHS had ‘turned the corner’', 'mixed', 'the Prime Minister', 'insisting', None),
      ('him of ‘fobbing patients off’', 'mixed', 'the Conservative leader', 'accusing', None)]),
    # a plural noun before an auxiliary is no cue
    ('Storm signals were raised over 27 provinces.', []),
    ('Reports have emerged that the deal collapsed.', []),
    # "declared" with a plain object declares a state, not a claim
    ('The governor, who declared a state of calamity on Thursday, said 40,000 families had fled.',
     [('40,000 families had fled', 'indirect', 'The governor', 'said', None)]),
    # "asking:" and a quotation is the question asked; "asking for" is a request
    ('Rennie turned to trade, asking: ‘Will the Prime Minister admit that exporters lost billions?’',
     [('Will the Prime Minister admit that exporters lost billions?', 'direct', 'Rennie', 'asking', None)]),
    ('She wrote to the council, asking for a recount.', []),
    # "after" with a noun and its relative clause goes on with the claim
    ('Lalonde said the drivers "deserve a decent raise" after years of cuts that made their jobs harder.',
     [('the drivers "deserve a decent raise" after years of cuts that made their jobs harder', 'mixed',
       'Lalonde', 'said', None)]),
    # "Not everyone believes": the writer's observation
    ('Not everyone in the industry believes the model can work everywhere.', []),
    # what the words allude to is the writer's
    ('The trust posted on X that it would "believe it when we see him holding the scarf," a reference to '
     'the targets who got away.',
     [('it would "believe it when we see him holding the scarf,"', 'mixed', 'The trust', 'posted', None)]),
    # "quoted as saying by X": the quotation before, relayed by X
    ('"The people will judge," Seo was quoted as saying by a senior official during a meeting.',
     [('The people will judge,', 'direct', 'Seo', 'saying', 'a senior official')]),
    # "claimed" with a subject and its verb; not an object and a clause of time
    ('The insider claimed the row erupted.', [('the row erupted', 'indirect', 'The insider', 'claimed', None)]),
    ('He claimed victory after Smith conceded.', []),
    # a document noun followed by its verb is the subject's head, not a cue
    ('A city staff report released last week recommended approval, finding that the plan was sound.',
     [('the plan was sound', 'indirect', 'A city staff report', 'finding', None)]),
    # a cue word after a preposition or "citing" is a noun
    ('Cáceres declined to be interviewed, citing fear for relatives still in Honduras.', []),
    ('The vote came amid claims of fraud.', []),
    # a fronted phrase of time or place is no claim of a cue with a plain complement
    ('On Sunday, the putter finally agreed with him.', []),
    ('At the hearing in August, which lasted six hours, Roe testified for most of the morning.', []),
    ('On the winning play, Abernathy said, he ran a double move.',
     [('On the winning play, Abernathy said, he ran a double move', 'indirect', 'Abernathy', 'said', None)]),
    # the object of a preposition is no subject of the cue after it
    ('Reuters could not verify the identities of the people who posted them.', []),
    # what must be shown is no claim
    ('Under U.S. law, applicants must show that they face persecution.', []),
    # "according to the mission plan" is a document; "according to plan" the idiom
    ('According to the mission plan, Halcyon will map the surface.',
     [('Halcyon will map the surface', 'indirect', 'the mission plan', 'According to', None)]),
    ('Everything went according to plan, officials said.',
     [('Everything went according to plan', 'indirect', 'officials', 'said', None)]),
    # what a quoted word means is the writer's
    ('Budiman said the situation remained “conducive,” a term officials use to describe calm.',
     [('the situation remained “conducive,”', 'mixed', 'Budiman', 'said', None)]),
    # years spent saying it
    ('Arriaga has spent the better part of two years insisting that his swing was fine.',
     [('his swing was fine', 'indirect', 'Arriaga', 'insisting', None)]),
    # what a document shows, in a participle right after it
    ('She pointed to figures published last week showing that 7.4 million treatments were waiting.',
     [('7.4 million treatments were waiting', 'indirect', 'figures published last week', 'showing', None)]),
    ('The firm cited data showing that sales fell.', [('sales fell', 'indirect', 'data', 'showing', None)]),
    ('The yen fell, showing that traders were nervous.', []),
    # warned of something: no audience, no clause
    ('The Vatican issued guidelines, warning priests against chatbots that imitate spiritual direction.', []),
    # a relative clause on the object of a whole clause, before an inverted cue
    ('Sentiment was supported by a weaker dollar, which makes oil cheaper, said Harald Lindqvist, an analyst.',
     [('Sentiment was supported by a weaker dollar, which makes oil cheaper', 'indirect',
       'Harald Lindqvist, an analyst', 'said', None)]),
    # a name holding a list, with its acronym in brackets
    ('The Department for Environment, Food and Rural Affairs (Defra) said it was investing record amounts.',
     [('it was investing record amounts', 'indirect',
       'The Department for Environment, Food and Rural Affairs (Defra)', 'said', None)]),
    # a verb and its one-word object inside an interrupted claim
    ('This year, they say, they have found three.',
     [('This year, they say, they have found three', 'indirect', 'they', 'say', None)]),
    # the reason for anonymity inside the subject's relative clause
    ('A ranger who spoke on condition of anonymity because he was not authorised to speak said salaries rose.',
     [('salaries rose', 'indirect', 'A ranger', 'said', None)]),
    ('Another resident, who asked that only her first name, Hawa, be used, told Al Jazeera she had fled.',
     [('she had fled', 'indirect', 'Another resident', 'told', 'Al Jazeera')]),
    # the rest of a court's name after "testified in"
    ('"I had the melody for two days," Ardent testified in Los Angeles Superior Court.',
     [('I had the melody for two days,', 'direct', 'Ardent', 'testified', None)]),
    # ", and according to X, Q": the claim after the attribution
    ('Neither side has a recording, and according to court filings, the memo was lost in 2020.',
     [('the memo was lost in 2020', 'indirect', 'court filings', 'according to', None)]),
    # "when he heard it" after a quotation goes on with the claim
    ('Brook testified that Ardent "lit up" when he heard it.',
     [('Ardent "lit up" when he heard it', 'mixed', 'Brook', 'testified', None)]),
    ('The court quashed the notices, observing that the State could not "wish away" communities.',
     [('the State could not "wish away" communities', 'mixed', 'The court', 'observing', None)]),
    # a new subject and its verb after a quotation closed by its comma
    ('Pell said the question had been "asked and answered," and the judge sustained the objection.',
     [('the question had been "asked and answered,"', 'mixed', 'Pell', 'said', None)]),
    ('A clerk who asked that his name not be used because he fears for his safety was unhurt.', []),
    # an initial after a lower-case word ends no sentence; "on X." does
    ('The petitioners, represented by senior counsel S. Prabhakaran, had contended that the notices were void.',
     [('the notices were void', 'indirect', 'The petitioners', 'contended', None)]),
    # a cue word after a determiner is a noun, and the apposition goes with it
    ('A report released Monday by the Keystone Center, a think tank in Harrisburg, found that 212 districts had borrowed.',
     [('212 districts had borrowed', 'indirect',
       'A report released Monday by the Keystone Center, a think tank in Harrisburg', 'found', None)]),
    # "that" and a past tense after a phrase opens a relative clause, no reported clause
    ('Morale was low, the engineer said, after a round of cuts in March that affected 300 people.',
     [('Morale was low', 'indirect', 'the engineer', 'said', None)]),
    # ", as X warn that Q": another source's claim
    ('The RSF says it has seized the town, as aid agencies warn that thousands are fleeing.',
     [('it has seized the town', 'indirect', 'The RSF', 'says', None),
      ('thousands are fleeing', 'indirect', 'aid agencies', 'warn', None)]),
    ('The talks stalled, as Reuters reported on Monday.',
     [('The talks stalled', 'indirect', 'Reuters', 'reported', None)]),
    # "described X as" a clause: "as" is a conjunction, and nothing is described as anything
    ('Residents described scenes of panic as fighters in pick-up trucks entered the town.', []),
    ('Neighbors described him as a quiet man who loved dogs.',
     [('him as a quiet man who loved dogs', 'indirect', 'Neighbors', 'described', None)]),
    # "held that", "objected that": cues with "that" only
    ('A Division Bench held that the notices were "arbitrary."',
     [('the notices were "arbitrary."', 'mixed', 'A Division Bench', 'held', None)]),
    ('The two sides held talks on Monday.', []),
    ('More than 900 people objected to the plans.', []),
    # "that person" is a demonstrative and its noun, no relative clause
    ('The concerns, that person said, were “acknowledged and filed.”',
     [('The concerns, that person said, were “acknowledged and filed.”', 'mixed', 'that person', 'said', None)]),
    # a passive after an interrupting attribution goes on with the claim; a passive is no cue
    ('The concerns, the official said, were dismissed.',
     [('The concerns, the official said, were dismissed', 'indirect', 'the official', 'said', None)]),
    ('He was warned that the bridge was unsafe.', []),
    # a memo and its author's name: the memo
    ('A memo written by the county’s purchasing director at the time, Gloria Benning, warned that the '
     'declaration was unsupported.',
     [('the declaration was unsupported', 'indirect',
       'A memo written by the county’s purchasing director at the time, Gloria Benning', 'warned', None)]),
    # a plural's possessive opens a description in apposition, as "Roe's" does
    ('Mara Lindqvist, Northwind Partners’ founder, said on Tuesday that the shares were undervalued.',
     [('the shares were undervalued', 'indirect', 'Mara Lindqvist, Northwind Partners’ founder', 'said', None)]),
    # "said nothing" reports nothing, but "nothing" can be a clause's subject; "said little in public"
    ('A ministry spokesperson said nothing had yet been decided.',
     [('nothing had yet been decided', 'indirect', 'A ministry spokesperson', 'said', None)]),
    ('The chair has said little in public about the campaign.', []),
    # a second predicate in the perfect shares the subject; inside a claim it is the claim's
    ('The mayor toured the site and has said the repairs would take weeks.',
     [('the repairs would take weeks', 'indirect', 'The mayor', 'said', None)]),
    ('The company said it had launched a review and had notified the regulator on Monday.',
     [('it had launched a review and had notified the regulator on Monday', 'indirect', 'The company', 'said', None)]),
    # ... and in a relative clause, "who" is its subject
    ('It was the biggest bet yet by Chief Executive Dana Roe, who took over the company in 2023 and has told '
     'investors she wants to sell the frozen unit.',
     [('she wants to sell the frozen unit', 'indirect', 'who', 'told', 'investors')]),
    # "which" after a comma opens a relative clause, even after a scare quote
    ('The agency ran the firm’s so-called “Vault” campaign, which promised yields of 12%.', []),
    # the reporter's comment on what was announced ends the claim
    ('Roe also said the bank would buy back shares, a move welcomed by investors.',
     [('the bank would buy back shares', 'indirect', 'Roe', 'said', None)]),
    # an amount, or a noun and "that", before the subject: the cue's object, in a relative clause
    ('The chain earned $1.88 a share, short of the $2.05 analysts had forecast.', []),
    ('Sales rose 4%, less than the 6% rise that economists had predicted.', []),
    # a contrast after an interrupting attribution is the source's, unless it has its own cue
    ('Revenue rose 72%, he said, while losses narrowed to $5 million.',
     [('Revenue rose 72%, he said, while losses narrowed to $5 million', 'indirect', 'he', 'said', None)]),
    ('The utility was hit by a cyberattack, the company said, though it insisted that water supplies were safe.',
     [('The utility was hit by a cyberattack', 'indirect', 'the company', 'said', None),
      ('water supplies were safe', 'indirect', 'it', 'insisted', None)]),
    # "estimating that" is a participial cue like "adding that"
    ('She said the market was huge, estimating that it was worth $50 billion a year.',
     [('the market was huge', 'indirect', 'She', 'said', None),
      ('it was worth $50 billion a year', 'indirect', 'She', 'estimating', None)]),
    # what the source called something, inside the claim she is credited with afterwards
    ('Last year the chain ended 38 franchise deals over what she called “billing irregularities”, and it now '
     'audits every store, she said.',
     [('Last year the chain ended 38 franchise deals over what she called “billing irregularities”, and it now '
       'audits every store', 'mixed', 'she', 'said', None)]),
    # an interrupting source with its apposition, between the claim's subject and verb
    ('The bonuses, Ana Ferreira, a lawyer for the trustee, argued, were retention pay in disguise.',
     [('The bonuses, Ana Ferreira, a lawyer for the trustee, argued, were retention pay in disguise', 'indirect',
       'Ana Ferreira, a lawyer for the trustee', 'argued', None)]),
    # a quotation that only names a thing makes no object a clause
    ('The fund wrote to the board demanding what it called ‘a credible plan’.',
     [('a credible plan', 'direct', 'it', 'called', None)]),
    ('Last year the two firms agreed the so-called ‘merger of equals’ that created a giant.', []),
    # an adverb of frequency between subject and cue is no part of the source, nor of a passive's
    ('At conferences he often described the exchange as “the grown-up in the room.”',
     [('the exchange as “the grown-up in the room.”', 'mixed', 'he', 'described', None)]),
    ('Whooping cough is often called the “100-day cough” because the fits can last for months.', []),
    # "recounted" reports, like "recalled"
    ('“We sat down,” one of them recounted, granted anonymity to describe a private meeting.',
     [('We sat down,', 'direct', 'one of them', 'recounted', None)]),
    # a quotation ending in "!" and its attribution with how it was said: one sentence
    ('"Gas is $4.19 in this county!" Mayor Dana Roe said, pausing as the crowd booed. "When I left office, gas was cheap."',
     [('Gas is $4.19 in this county!', 'direct', 'Mayor Dana Roe', 'said', None),
      ('When I left office, gas was cheap.', 'direct', 'Mayor Dana Roe', None, None)]),
    # the "of" inside a body's name does not end the head of its data
    ('Bureau of Labor Statistics data shows the state gained about 4,000 manufacturing jobs.',
     [('the state gained about 4,000 manufacturing jobs', 'indirect', 'Bureau of Labor Statistics data', 'shows', None)]),
    # a weekday after a participle tells when the poll came out, and stays in the source
    ('A Harbor Research poll released Thursday found that the mayor trailed by six points.',
     [('the mayor trailed by six points', 'indirect', 'A Harbor Research poll released Thursday', 'found', None)]),
    # a party tag in brackets after the subject's name
    ('Sen. Ada Moreno (R-Wyo.) used her time to question the agency, arguing that it had grown too large.',
     [('it had grown too large', 'indirect', 'Sen. Ada Moreno (R-Wyo.)', 'arguing', None)]),
    # "describes himself as": who he is, no claim
    ('Leo Park, 34, an electrician who describes himself as an independent, said he liked the plan.',
     [('he liked the plan', 'indirect', 'Leo Park, 34, an electrician who describes himself as an independent', 'said', None)]),
    # "before adding that": a second cue, not when he spoke; "adding with a smile:" and a quotation
    ('"That is a question for the states," Roe answered, before adding that he would "look at" any bill.',
     [('That is a question for the states,', 'direct', 'Roe', 'answered', None),
      ('he would "look at" any bill', 'mixed', 'Roe', 'adding', None)]),
    ('“It is a long race,” she said, adding with a smile: “But I’ll take it.”',
     [('It is a long race,', 'direct', 'she', 'said', None), ('But I’ll take it.', 'direct', 'she', 'adding', None)]),
    # ", per a person familiar with": a source, though "person" after "per" is a rate
    ('The group plans to spend more on digital ads in 14 districts, per a person familiar with the buy.',
     [('The group plans to spend more on digital ads in 14 districts', 'indirect', 'a person familiar with the buy', 'per', None)]),
    # a name in title case given by a naming cue is no claim
    ('The bill, which the governor has branded the “Homes Within Reach” plan, would provide $90 billion.', []),
    # the verb after an interrupting "according to" goes on with the clause
    ('Among those the mayor has approached, according to one of the people briefed on the talks, is a former deputy.',
     [('Among those the mayor has approached, according to one of the people briefed on the talks, is a former deputy',
       'indirect', 'one of the people briefed on the talks', 'according to', None)]),
    # what a report shows, inside the memo's account of it, is the memo's
    ('Aides told officials to hold back a report showing that nine hospitals were at "immediate risk" of closing, '
     'according to a memo obtained by the paper.',
     [('Aides told officials to hold back a report showing that nine hospitals were at "immediate risk" of closing',
       'mixed', 'a memo obtained by the paper', 'according to', None)]),
    # ", citing" a reason ends the claim: the reporter's words
    ('The carmaker announced in March that it would cut 640 jobs, citing slower demand for electric vehicles.',
     [('it would cut 640 jobs', 'indirect', 'The carmaker', 'announced', None)]),
    # "few said" is the writer's observation, like "no one said"
    ('Voters described the same frustration, though few said they had made up their minds.', []),
    # "a retired colonel": an adjective, no verb of a clause before an inverted cue
    ('Brent Haskell, a retired colonel, said the purchases posed a risk.',
     [('the purchases posed a risk', 'indirect', 'Brent Haskell, a retired colonel', 'said', None)]),
    ('The plan failed, said the retired colonel.', [('The plan failed', 'indirect', 'the retired colonel', 'said', None)]),
    # ... nor a participle's aside before a titled name
    ('The think tank’s director, retired Army Col. Brent Haskell, said the purchases posed a risk.',
     [('the purchases posed a risk', 'indirect', 'The think tank’s director, retired Army Col. Brent Haskell', 'said', None)]),
    # a quotation signed after a dash: a pull quote, a fact check's claim, an embedded post
    ('The vote was close.\n\n“We will keep fighting for every family in this state.” — Gov. Ana Ruiz\n\nLawmakers return Monday.',
     [('We will keep fighting for every family in this state.', 'direct', 'Gov. Ana Ruiz', None, None)]),
    ('THE CLAIM: "Crime in this province has fallen by 20 per cent." — Premier Dale Hoskins, in a speech on Jan. 18',
     [('Crime in this province has fallen by 20 per cent.', 'direct', 'Premier Dale Hoskins', None, None)]),
    ('The mayor was blunt.\n\n“The city will not back down.”\n— Mayor Ana Ruiz (@MayorRuiz) May 5, 2024',
     [('The city will not back down.', 'direct', 'Mayor Ana Ruiz', None, None)]),
    # ... but not a dash and the writer's words
    ('Fans chanted “Ole, ole” — a sound that filled the stadium.', []),
    # "Supt." is an abbreviation, and "a news conference" an audience, not the outlet "a news"
    ('“We have not given up on anyone,” RCMP Supt. Claire Beaulieu told a news conference.',
     [('We have not given up on anyone,', 'direct', 'RCMP Supt. Claire Beaulieu', 'told', 'a news conference')]),
    ('“We have not given up,” the chief told a press conference.',
     [('We have not given up,', 'direct', 'the chief', 'told', 'a press conference')]),
    # "repeated" attributes a quotation only; "radios that" reports
    ('"Eleven," she repeated when I asked her a second time.', [('Eleven,', 'direct', 'she', 'repeated', None)]),
    ('She repeated her call for a ceasefire.', []),
    ('Pryor, now on the bridge, radios that he is aboard.', [('he is aboard', 'indirect', 'Pryor', 'radios', None)]),
    # a gesture before a quotation names its speaker ("Maarsen laughs."), a thing's doing does not
    ('Pilot Ann Maarsen took the wheel. “It is easy,” Pryor says. Maarsen laughs. “He says that every time.”',
     [('It is easy,', 'direct', 'Pryor', 'says', None), ('He says that every time.', 'direct', 'Maarsen', None, None)]),
    ('The quake shook the city. "It was terrifying."', []),
    # the source's refusal after "though" or "but" ends the claim
    ('A spokesperson said the company had kept its target of 60 aircraft, though the spokesperson would not say '
     'how many were waiting.',
     [('the company had kept its target of 60 aircraft', 'indirect', 'A spokesperson', 'said', None)]),
    ('Rescuers have described the scene as “chaotic” but have given no details.',
     [('the scene as “chaotic”', 'mixed', 'Rescuers', 'described', None)]),
    # "per two sources", not "per two visits"
    ("The senator told colleagues that she can't back the package, per two sources familiar with the conversation.",
     [("The senator told colleagues that she can't back the package", 'indirect',
       'two sources familiar with the conversation', 'per', None)]),
    ('The fee is $5, per two visits.', []),
    # a title in title case keeps the sentence's stop inside its marks
    ('Backers have branded the package the "Backbone Act." Nobody else calls it that.', []),
    # a bullet before "According to" is no claim before it
    ('• According to a fact sheet the group circulated this week, reviews for a new yard now take 4.7 years.',
     [('reviews for a new yard now take 4.7 years', 'indirect', 'a fact sheet the group circulated this week',
       'According to', None)]),
    # a naming cue's object may hold an "and" before its quotation
    ('He called the decision to share their code and data “exactly what the field needs.”',
     [('the decision to share their code and data “exactly what the field needs.”', 'mixed', 'He', 'called', None)]),
    ('She called for calm and urged “restraint.”', []),
    # "added" and a thing after a comma is a second predicate, not an inverted source
    ('Since his death, she says, the group has replaced its boats, added a helicopter and rewritten its rules.',
     [('Since his death, she says, the group has replaced its boats, added a helicopter and rewritten its rules',
       'indirect', 'she', 'says', None)]),
    ('The plan will fail, added a spokesman for the ministry.',
     [('The plan will fail', 'indirect', 'a spokesman for the ministry', 'added', None)]),
    # a purpose after an interrupting attribution goes on with the claim
    ('The association needs at least 48 pilots, she estimates, to keep up with traffic.',
     [('The association needs at least 48 pilots, she estimates, to keep up with traffic', 'indirect', 'she',
       'estimates', None)]),
    ('The plan is dead, he told reporters, to general surprise.',
     [('The plan is dead', 'indirect', 'he', 'told', 'reporters')]),
    # a long title before a name still closes the sentence of a quotation ending in "?"
    ('"How many more winters do we need?" Italian Ecological Transition Minister Lucia Ferrante asked reporters.',
     [('How many more winters do we need?', 'direct', 'Italian Ecological Transition Minister Lucia Ferrante', 'asked', None)]),
    # a weak cue after a comma with a thing after it is a verb and its object, no inverted source
    ('Gentry’s agent, Terrence Vail of Apex Sports Group, confirmed the deal to ESPN.', []),
    ('The deal is done, confirmed a spokesman for the club.',
     [('The deal is done', 'indirect', 'a spokesman for the club', 'confirmed', None)]),
    # "on condition of anonymity" and its reason after a cue are no reported clause
    ('The talks have stalled, two officials said on condition of anonymity because they were not authorized to speak.',
     [('The talks have stalled', 'indirect', 'two officials', 'said', None)]),
    ('A government source told Ahram Online, on condition of anonymity as he was not authorised to speak to the media, '
     'that the pricing committee would review prices.',
     [('the pricing committee would review prices', 'indirect', 'A government source', 'told', 'Ahram Online')]),
    # "That review": a demonstrative and a document's noun
    ('That review found that the painting had been sold.',
     [('the painting had been sold', 'indirect', 'That review', 'found', None)]),
    # after an article, "plans" is a noun
    ('Bloomberg reported the plans.', []),
    ('Bloomberg reported the company plans to sell the unit.',
     [('the company plans to sell the unit', 'indirect', 'Bloomberg', 'reported', None)]),
    # "but he said nothing about" ends the claim; "said his goodbyes" is none; "per league sources"
    ('Nakabayashi insisted that the government had "not forgotten a single town," but he said nothing about the budget.',
     [('the government had "not forgotten a single town,"', 'mixed', 'Nakabayashi', 'insisted', None)]),
    ('Tolland said his goodbyes to the players on Monday.', []),
    ('The Bucks are in advanced talks to acquire Corey Lindqvist, per league sources.',
     [('The Bucks are in advanced talks to acquire Corey Lindqvist', 'indirect', 'league sources', 'per', None)]),
    # an inverted attribution between a clause's subject and its verb: the whole sentence is the source's
    ('The decision, said the mayor, was final.',
     [('The decision, said the mayor, was final', 'indirect', 'the mayor', 'said', None)]),
    ('The plan, said Jane Roe, a senior analyst, was "dead."',
     [('The plan, said Jane Roe, a senior analyst, was "dead."', 'mixed', 'Jane Roe, a senior analyst', 'said', None)]),
    # "Q, X shows" needs evidence for X: "talk shows" is a noun; a court motion shows
    ('Fans were quick to blame the so-called "Mumbai lobby" for the omission, a theme that dominated sports talk shows '
     'through the day.', []),
    ('The company has lined up an opening bid of $61 million, the sale motion shows.',
     [('The company has lined up an opening bid of $61 million', 'indirect', 'the sale motion', 'shows', None)]),
    # after a quotation closed by its comma, "citing" and "without naming" are the reporter's
    ('The senator said the grants had saved "billions of dollars in damage," citing a report by the auditor.',
     [('the grants had saved "billions of dollars in damage,"', 'mixed', 'The senator', 'said', None)]),
    ('The agency said \u201cthere is no threat to residents,\u201d without mentioning the cause.',
     [('there is no threat to residents,', 'direct', 'The agency', 'said', None)]),
    ('He said the deal would close \u201cwithin weeks\u201d without giving a date.',
     [('the deal would close \u201cwithin weeks\u201d', 'mixed', 'He', 'said', None)]),
    # (no comma closing the quotation: what follows may still be the claim's)
    ('She called the ruling \u201ca disgrace\u201d citing no evidence.',
     [('the ruling \u201ca disgrace\u201d citing no evidence', 'mixed', 'She', 'called', None)]),
    # "X disclosed this while ...": the sentence before is X's report, unless attributed already
    ('Fourteen suspects were arrested for looting shops. The police spokesman, Supt. Ade Ola, disclosed this in a '
     'statement on Monday.',
     [('Fourteen suspects were arrested for looting shops', 'indirect', 'The police spokesman, Supt. Ade Ola', 'disclosed', None)]),
    ('Rents will rise by 4 per cent. The council confirmed this to reporters.',
     [('Rents will rise by 4 per cent', 'indirect', 'The council', 'confirmed', None)]),
    ('"Prices fell," the mayor said. The governor confirmed this on Tuesday.',
     [('Prices fell,', 'direct', 'the mayor', 'said', None)]),
    ('Prices fell. The mayor said this on Tuesday: "We have no choice."',
     [('We have no choice.', 'direct', 'The mayor', 'said', None)]),
    ('The council said this week that rents would rise.',
     [('rents would rise', 'indirect', 'The council', 'said', None)]),
    # a quotation inside the clause before an inverted cue does not end the clause
    ('The leak was "stopped and capped" by noon, said Ruth Adeyemi-Clarke, the county director.',
     [('The leak was "stopped and capped" by noon', 'mixed', 'Ruth Adeyemi-Clarke, the county director', 'said', None)]),
    ('\u201cWe are done,\u201d Jane Doe, the minister, told Kestrel.',
     [('We are done,', 'direct', 'Jane Doe, the minister', 'told', 'Kestrel')]),
    # "advised" reports advice given as a clause, not "advised on a hall", not "advised residents to"
    ('People inside the zone should not return, the department advised.',
     [('People inside the zone should not return', 'indirect', 'the department', 'advised', None)]),
    ('The department advised that residents keep windows closed.',
     [('residents keep windows closed', 'indirect', 'The department', 'advised', None)]),
    ('A hall in Lyon that she advised on was rebuilt.', []),
    ('The department advised residents to keep windows closed.', []),
    # a relative clause in the subject with its own verb and object is part of the source
    ('The union that represents the crew said the engineer was not hurt.',
     [('the engineer was not hurt', 'indirect', 'The union that represents the crew', 'said', None)]),
    ('A lawsuit that parents filed last year said the school was negligent.',
     [('the school was negligent', 'indirect', 'A lawsuit that parents filed last year', 'said', None)]),
    ('The plan that city officials said would cost $2 billion was approved.',
     [('would cost $2 billion', 'indirect', 'city officials', 'said', None)]),
    # ", and who ...," and ", about 2 km from the terminal," are asides on the subject
    ('A city analyst who works with the dashboard, and who requested anonymity because she was not authorized '
     'to speak, said the category had been redefined twice.',
     [('the category had been redefined twice', 'indirect', 'A city analyst', 'said', None)]),
    ('Residents of the district, about 2 km (1.2 miles) from the terminal, said they had been woken.',
     [('they had been woken', 'indirect', 'Residents of the district', 'said', None)]),
    # after an interrupting attribution, "but" and a clause attributed on its own end the claim
    ('The failure did not destroy any samples, according to an internal review, but the review found that '
     'about 1,100 of them had warmed.',
     [('The failure did not destroy any samples', 'indirect', 'an internal review', 'according to', None),
      ('about 1,100 of them had warmed', 'indirect', 'the review', 'found', None)]),
    ('Prices rose, according to the report, and wages fell in most regions.',
     [('Prices rose, according to the report, and wages fell in most regions', 'indirect', 'the report', 'according to', None)]),
    ('The fund has $310,000 left, he said, and the project was estimated at $480,000.',
     [('The fund has $310,000 left, he said, and the project was estimated at $480,000', 'indirect', 'he', 'said', None)]),
    # a name with a year in it is a name ("branded ... “Clear Tap 2030”")
    ('The project, which the authority has branded \u201cClear Tap 2030,\u201d will be financed through a bond.', []),
    # "three hours later" after a cue: when the source spoke
    ('Prices fell, agency officials said at a news conference three hours later.',
     [('Prices fell', 'indirect', 'agency officials', 'said', 'a news conference')]),
    ('The mayor said two days later that the plan was dead.',
     [('the plan was dead', 'indirect', 'The mayor', 'said', None)]),
    # "after" a noun and, some words on, its verb: the reporter's narrative after the quotation
    ('Coach Stuart Kinloch admitted his side had \u2018ridden our luck\u2019 after a last-kick penalty from '
     'replacement fly-half Tom Ashworth snatched a 27-24 victory.',
     [('his side had \u2018ridden our luck\u2019', 'mixed', 'Coach Stuart Kinloch', 'admitted', None)]),
    # "now in private practice" describes the person; "Ninety miles east," is where, not who
    ('Leonard Fiske, a former prosecutor now in private practice, said the practices could expose the hospital.',
     [('the practices could expose the hospital', 'indirect', 'Leonard Fiske, a former prosecutor now in private practice',
       'said', None)]),
    ('Ninety miles east, her challenger, state Sen. Raymond Tull, was at a union hall, telling workers that the state '
     'had failed.',
     [('the state had failed', 'indirect', 'her challenger, state Sen. Raymond Tull', 'telling', 'workers')]),
    # "interjected" reports; "conceded" takes a clause, not "conceded defeat" or "the point"
    ('Aalto interjected that white roofs could make streets hotter.',
     [('white roofs could make streets hotter', 'indirect', 'Aalto', 'interjected', None)]),
    ('Wren conceded the point but said the effect was small.',
     [('the effect was small', 'indirect', 'Wren', 'said', None)]),
    ('The candidate conceded defeat on Tuesday.', []),
    ('The mayor conceded the plan had failed.', [('the plan had failed', 'indirect', 'The mayor', 'conceded', None)]),
    # an object-taking cue before a subject, its relative clause and its verb reports a clause
    ('He noted the report, which runs to 400 pages, was late.',
     [('the report, which runs to 400 pages, was late', 'indirect', 'He', 'noted', None)]),
    ('He noted the report, which runs to 400 pages.', []),
    # what a warning is against is advice, a gerund or a noun
    ('Advocates warned against hype.', []),
    ('The provincial government warned the public against \u201cfake donation drives\u201d using its name.', []),
    ('Criminologist Dr Annette Grizzle of the University of the West Indies, Mona, cautioned against reading too '
     'much into the figures.', []),
    # a participle set off by commas on the subject, the sentence's verb after it
    ('The plan, announced in May, would cut 400 jobs.', []),
    ('The payments, Tomas Iglesias, a lawyer, argued, were bonuses.',
     [('The payments, Tomas Iglesias, a lawyer, argued, were bonuses', 'indirect', 'Tomas Iglesias, a lawyer', 'argued', None)]),
    ('Construction began in 2020, and the authority has since warned that labour costs remain high.',
     [('labour costs remain high', 'indirect', 'the authority', 'warned', None)]),
    # a noun and its participle ("note, seen by X,"); "states" after a comma is the verb
    ('An internal briefing note, seen by The Herald, states that the yard had limited capacity.',
     [('the yard had limited capacity', 'indirect', 'An internal briefing note', 'states', None)]),
    ('Michael Dineen (78), from Castleconnell, Co Limerick, said he had spent 31 hours on a trolley.',
     [('he had spent 31 hours on a trolley', 'indirect', 'Michael Dineen (78)', 'said', None)]),
    ('Murder rates had fallen before, she noted, only to climb again.',
     [('Murder rates had fallen before, she noted, only to climb again', 'indirect', 'she', 'noted', None)]),
    # praise or blame in the writer's words, or with only a name in quotes, reports no claim
    ('The municipality has also blamed Eskom for the crisis, pointing to the so-called "load reduction" schedule.', []),
    ('Marwat praised the government for continuing the "Sehat Card Plus" health insurance scheme.', []),
    ('He thanked the council for its \u201cunwavering support.\u201d',
     [('the council for its \u201cunwavering support.\u201d', 'mixed', 'He', 'thanked', None)]),
    # the name after "in a statement signed by its spokesman," is the signer's, in the aside
    ('The ministry, in a statement signed by its spokesman, Ade Bello, said prices would fall.',
     [('prices would fall', 'indirect', 'The ministry', 'said', None)]),
    # "reported to the police" before the sentence's verb is a participle on its noun
    ('Shootings fell, while the number of rapes reported to the police was unchanged at 312.', []),
    ('She reported to the board that the audit was late.',
     [('the audit was late', 'indirect', 'She', 'reported', None)]),
    # a fronted phrase of time is no apposition of the subject after it
    ('Hours after the announcement, Elsie Crane, the singer, posted on Instagram that the band had not been paid.',
     [('the band had not been paid', 'indirect', 'Elsie Crane, the singer', 'posted', None)]),
    ('The head of the agency, Jane Roe, said the bill was dead.',
     [('the bill was dead', 'indirect', 'The head of the agency, Jane Roe', 'said', None)]),
]


@pytest.mark.parametrize("text,expected", CASES + MORE_CASES)
def test_extract_table(text, expected):
    got = [
        (
            c.claim.text,
            c.kind,
            c.source.text if c.source else None,
            c.cue.text if c.cue else None,
            c.via,
        )
        for c in extract(text)
    ]
    assert got == expected


def test_offsets_are_into_the_whole_text():
    prefix = "Unrelated opening paragraph.\n\n"
    text = prefix + "The mayor said that the bridge would reopen in May."
    claims = extract(text, len(prefix))
    assert len(claims) == 1
    c = claims[0]
    assert text[c.claim.start : c.claim.end] == c.claim.text == "the bridge would reopen in May"
    assert text[c.source.start : c.source.end] == "The mayor"
    assert c.rule and 0 <= c.confidence <= 1


def test_unbalanced_quote_does_not_derail_the_next_paragraph():
    text = (
        "The chairman said the vote was \u201ca farce.\n\n"
        "Turnout was 41 percent, the electoral commission said."
    )
    claims = extract(text)
    assert [c.source.text for c in claims] == ["The chairman", "the electoral commission"]
    assert claims[1].claim.text == "Turnout was 41 percent"


def test_unbalanced_quote_in_text_without_paragraphs():
    """Text with its newlines stripped: a stray opening mark must not hide
    every attribution after it."""
    text = (
        "The chairman called the vote \u201ca farce and walked out. "
        + "Turnout was 41 percent, the electoral commission said. " * 15
        + "The mayor said the count would be repeated."
    )
    claims = extract(text)
    assert claims[-1].claim.text == "the count would be repeated"
    assert claims[-1].source.text == "The mayor"


def test_a_quotation_after_an_attribution_in_its_sentence_is_that_speakers_and_a_slogan_is_nobodys():
    text = (
        "Harold Mertz, a retired machinist, said he was worried.\n\n"
        "\u201cThey told us this was the safest bank in town,\u201d Jane Roe said, holding an advertisement "
        "with the slogan \u201cRock-Solid Since 1923.\u201d \u201cI will believe it when I see my money.\u201d"
    )
    claims = extract(text)
    assert [(c.claim.text, c.source.text) for c in claims] == [
        ("he was worried", "Harold Mertz, a retired machinist"),
        ("They told us this was the safest bank in town,", "Jane Roe"),
        ("I will believe it when I see my money.", "Jane Roe"),
    ]


def test_multi_paragraph_quote_continues_the_speaker():
    text = (
        "The minister said: \u201cWe will rebuild every school that was damaged.\n\n"
        "\u201cAnd we will do it before the winter comes.\u201d"
    )
    claims = extract(text)
    assert [(c.claim.text, c.source.text, c.cue.text) for c in claims] == [
        (
            "We will rebuild every school that was damaged.\n\n\u201cAnd we will do it before the winter comes.",
            "The minister",
            "said",
        ),
    ]


def test_straight_single_quotes_british_style():
    """Typed straight marks: a plural possessive is not the closer when a new
    quotation opens later, and a quote may run on into the next paragraph."""
    text = (
        "The inspector said the owners' claims were 'simply untrue' in every respect. "
        "'We checked the players' records twice,' she told the hearing.\n\n"
        "The chairman said: 'We accept the findings.\n\n"
        "'We will publish a full response next month.'"
    )
    got = [(c.claim.text, c.kind, c.source.text) for c in extract(text)]
    assert got == [
        ("the owners' claims were 'simply untrue' in every respect", "mixed", "The inspector"),
        ("We checked the players' records twice,", "direct", "she"),
        ("We accept the findings.\n\n'We will publish a full response next month.", "direct", "The chairman"),
    ]


def test_multi_paragraph_quote_attributed_at_its_end():
    text = (
        "\u201cThe flood took the bakery and the school.\n\n"
        "\u201cWe start again on Monday,\u201d the headteacher said."
    )
    claims = extract(text)
    assert [(c.claim.text, c.source.text, c.kind) for c in claims] == [
        (
            "The flood took the bakery and the school.\n\n\u201cWe start again on Monday,",
            "the headteacher",
            "direct",
        ),
    ]


@pytest.mark.parametrize(
    "text, pair, offset",
    [("The mayor said it.", (4, 9), 0), ("xxThe mayor said it.", (4, 9), 2), ("“Q,” she said", (0, 4), 0), ("", (0, 0), 0)],
)
def test_spans_filled_through_slots_equal_constructed_spans(text, pair, offset):
    from provenance.extract import Span, _span

    made = _span(text, pair, offset)
    start, end = pair[0] + offset, pair[1] + offset
    assert type(made) is Span
    assert made == Span(start, end, text[start:end])
    assert hash(made) == hash(Span(start, end, text[start:end]))
    assert text[made.start : made.end] == made.text
    assert _span(text, None, offset) is None


def test_a_pronoun_points_past_a_participial_aside_to_the_subject_and_never_to_a_byline():
    text = (
        "Race tightens in Florida\n\nBy JAMES L. PRUDHOMME\nStaff Writer\n\n"
        "The race is between Attorney General Lorraine Whitaker and Clayton Haskins.\n\n"
        'Whitaker, campaigning in South Florida on Sunday, dismissed the poll. "The only poll that counts '
        'is on Nov. 6," she told reporters.'
    )
    claims = extract(text)
    assert [(c.source.text, c.source_resolved) for c in claims] == [("she", "Attorney General Lorraine Whitaker")]


def test_a_pronoun_opening_a_paragraph_points_to_the_subject_of_the_paragraph_before():
    """The sentence before a pronoun's is its likeliest antecedent, also
    across a paragraph break; before, the last person quoted won."""
    text = (
        'Ana Varga worked at the mill for 31 years. "It was hard," she says.\n\n'
        'Her daughter, Carol, runs a bakery. "I learned later," Carol says.\n\n'
        "The strike lasted nine weeks. Varga was one of the strikers.\n\n"
        '"We were tired," she insists.'
    )
    claims = extract(text)
    assert [(c.source.text, c.source_resolved) for c in claims] == [
        ("she", "Ana Varga"), ("Carol", "Carol"), ("she", "Ana Varga"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the speaker of the sentence before, not the man the speaker talked about
        ('Mr. Kessel said in a statement that Mr. Varga had "broken my trust" and accused him of '
         'disloyalty. "Serious work is not possible," he said.', "Mr. Kessel"),
        # a title's period ends no sentence: the subject is "Sen. Kessel", not "Varga had"
        ('Sen. Kessel said on Monday that Gov. Varga had lied. "Everyone knows it," she said.', "Sen. Kessel"),
    ],
)
def test_a_pronoun_goes_on_with_the_speaker_of_the_sentence_before(text, expected):
    assert extract(text)[-1].source_resolved == expected


def test_a_spokeswoman_for_the_mayor_does_not_name_the_mayor():
    """An office holder introduced without a name takes the name of a person
    who holds that office, not of one who serves it."""
    text = (
        '"We will not give up," the mayor told the crowd.\n\n'
        "A spokeswoman for the mayor, Amira Varga, said the critics were wrong."
    )
    assert [c.source_resolved for c in extract(text)] == ["the mayor", "Amira Varga"]
    text = "The mayor of Lindenhaven said the bridge would close. Mayor Jane Roe said repairs would take a year."
    assert [c.source_resolved for c in extract(text)] == ["Mayor Jane Roe", "Mayor Jane Roe"]


def test_a_name_whose_possessive_opens_a_source_is_the_full_name_of_its_surname():
    text = (
        "Donald Kessel's campaign manager, Ana Varga, said the results would stand.\n\n"
        "In a series of posts on Saturday, Kessel said the vote was rigged."
    )
    assert [c.source_resolved for c in extract(text)] == ["Ana Varga", "Donald Kessel"]
    # a name written before, with its possessive, outside any source
    text = "Donald Kessel's lawyers filed a motion on Monday. Kessel said he was innocent."
    assert [c.source_resolved for c in extract(text)] == ["Donald Kessel"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # typewriter quotes (``Q,'' as in newswire archives, TeX and Penn Treebank text)
        ("``We will not sell the unit,'' said Jane Roe, the chairman. ``It is ours.''",
         [("We will not sell the unit,", "direct", "Jane Roe, the chairman", "said"),
          ("It is ours.", "direct", "Jane Roe, the chairman", None)]),
        ("``The plan works,'' he said, ``and it will go on.''",
         [("The plan works,", "direct", "he", "said"), ("and it will go on.", "direct", "he", "said")]),
        # a mixed claim holds both characters of each mark
        ("The chairman said the deal was ``dead'' and would not return.",
         [("the deal was ``dead'' and would not return", "mixed", "The chairman", "said")]),
        ("She called the plan ``nonsense.''", [("the plan ``nonsense.''", "mixed", "She", "called")]),
        # without grave accents, two apostrophes are no quotation mark
        ("The 12'' pipe burst, the utility said.", [("The 12'' pipe burst", "indirect", "the utility", "said")]),
    ],
)
def test_typewriter_quotation_marks(text, expected):
    claims = extract(text)
    assert [(c.claim.text, c.kind, c.source.text, c.cue.text if c.cue else None) for c in claims] == expected
    assert all(text[c.claim.start : c.claim.end] == c.claim.text for c in claims)


@pytest.mark.parametrize(
    "line, claimed",
    [
        ("\u2018Deeply concerned\u2019", False),  # a subheading quoting a phrase of the story
        ('"Peaceful and credible"', False),
        ("\u201cThat ends now.\u201d", True),  # a quotation told as its own paragraph ends its sentence
        ("\u201cWhy now?\u201d", True),
    ],
)
def test_a_quoted_line_without_a_stop_after_an_attribution_is_a_subheading(line, claimed):
    text = (
        "\u201cWe are watching the situation,\u201d Marta Lindqvist, a spokeswoman for the agency, told reporters.\n\n"
        + line
        + "\n\nAid convoys reached the town on Friday."
    )
    found = [c.claim.text for c in extract(text)]
    assert (line.strip("\u2018\u2019\u201c\u201d\"") in found) is claimed
