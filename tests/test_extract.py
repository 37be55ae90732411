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
]


@pytest.mark.parametrize("text,expected", CASES)
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
